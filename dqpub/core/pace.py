"""A request budget spent as a pace, shared by processes on several machines (issue 26).

Why not one slot of the shared limit per request (the first design): Prefect's rate limit
(``slot_decay_per_second``) decays its busy slots as ``floor(rate × seconds since the last
update)``, and a REFUSED request is an update too: it restarts that clock without decaying anything.
With two workers asking before each request, every refusal pushed the next free slot back, the
waiting worker slept the server's ``Retry-After`` (jittered), and the portal saw 1.1 to 1.6
requests/s under a budget of 5, 44 % apart between two identical runs (bench/README.md, #26).

What a ``Pacer`` does instead, in each process:

* **It looks before it asks.** Reading the limit (its size, rate and busy slots after decay) changes
  nothing on the server; the pacer asks only when the slots it wants are free, so a refusal happens
  only when two processes ask within the same few milliseconds (and costs that much).
* **It asks for a batch** — every slot of the limit (``size``; the flow layer creates the limit with
  two seconds of the budget) — and spends it at the budget's rate, one request every
  ``(1 + margin) / rate`` seconds: one call to the shared limit per batch instead of one per request.
  A limit of one slot (the former configuration) gives batches of one: still correct.
* **A batch is a window of time, not a stock.** The server frees the batch ``size / rate`` seconds
  after it granted it, at the earliest ``size / rate`` after the pacer *sent* its request; so a slot
  may be spent only until ``sent + size / rate`` minus one interval, after which the next holder may
  start: two processes' requests stay one interval apart and no second holds more than the budget.
  A slot not spent by then is gone (the cost of the latency: at most one slot per batch).
* **The interval has a margin** (``margin``, 10 %: 0.22 s at 5 requests/s): a request leaves its
  process, and reaches the portal, a little after its slot when the machine is busy (the scheduler,
  another thread holding the GIL). Five intervals of 0.204 s (a 2 % margin) left 20 ms for that,
  and the bench's portal saw 6 requests within one second (962 sent); 10 % leaves 100 ms. The price:
  the pacer spends at most 1 / 1.1 of the budget, 82 % with the lost slot of each batch.
* **What it cannot use, it gives back.** ``close()`` (the publisher is done, or the process stops
  early) returns a batch that is still live, once an interval has passed since its last request, so
  the next process need not wait for the window to run out; a process that dies without closing
  loses at most one window (two seconds of the budget). Only then, and only with half a window to
  spare: a give-back is a plain decrement on the server, and one that reaches it after the window
  frees the next holder's batch. Giving a batch back whenever its holder paused (a timer, tried and
  measured in bench/README.md) did exactly that under load: Prefect's SQLite held the decrements for
  seconds, and the portal saw 8 to 10 requests in one second. A waiting process looks again at least
  every ``poll`` seconds, so it sees a batch given back.

The clock and the sleep are injected: the tests drive the pacer on a simulated clock.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Callable, Protocol


BATCH_SECONDS = 2  # the size of a new shared limit: this many seconds of the budget per batch
DEFAULT_REQUESTS_PER_SECOND = 5.0  # Données Québec's budget for one publisher, all workers together


def requests_per_second() -> float:
    """The portal's request budget: ``DQPUB_CKAN_REQUESTS_PER_SECOND`` (0: no throttle), 5 by default. Read
    here only: by a target for its own throttle, by the fan-out when it creates the shared limit."""
    return float(os.environ.get("DQPUB_CKAN_REQUESTS_PER_SECOND", DEFAULT_REQUESTS_PER_SECOND))


def batch_slots(rate: float) -> int:
    """The size of a new shared limit at ``rate`` requests/s: two seconds of the budget. Longer, a
    process holds the budget longer while it computes between requests; shorter, the slot a batch
    loses to the latency of the shared limit weighs more (one of ten here)."""
    return max(1, round(BATCH_SECONDS * rate))


@dataclass(frozen=True)
class LimitView:
    """What the shared limit says now: its size in slots, its rate (slots freed per second) and how
    many of its slots are busy (after the decay)."""

    size: int
    rate: float
    busy: int


class SharedLimit(Protocol):
    """A rate limit shared by every process that sends requests to one portal (under Prefect, a
    global concurrency limit with a slot decay: ``flows/fanout.py``)."""

    def look(self) -> LimitView:
        """Read the limit without changing it."""
        ...

    def take(self, slots: int) -> bool:
        """Occupy ``slots`` slots at once if they are free (True), without waiting."""
        ...

    def give_back(self, slots: int) -> None:
        """Free ``slots`` slots now."""
        ...


class Pacer:
    """A ``Throttle`` (``dqpub.core.release``) that spends batches of a shared limit at its rate:
    see the module's docstring. Thread-safe: the threads of one process share its batches."""

    def __init__(self, limit: SharedLimit, *, margin: float = 0.1, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, poll: float = 0.5) -> None:
        self.limit = limit
        self.margin = margin
        self.poll = poll
        self._clock, self._sleep = clock, sleep
        self._lock = threading.Lock()
        self._left = 0  # slots of the current batch not spent yet
        self._deadline = float("-inf")  # last instant a slot of the current batch may be spent
        self._next = float("-inf")  # earliest instant of the next request (this process' own pace)
        self._spacing = 0.0
        self._rate = 0.0
        self._size = 0
        self._fresh = False  # the current batch's first slot is not spent yet
        self.batches = 0  # batches granted (one call to the shared limit each): for logs and tests
        self.spent = 0  # slots spent
        self.lost = 0  # slots of granted batches never spent (their window closed, or given back)

    def __call__(self) -> None:
        """Block until this process may send one request."""
        with self._lock:
            while True:
                now = self._clock()
                at = max(now, self._next)
                # the first slot of a batch is always spent: a batch of one slot (the former limit) must
                # not be lost to the microseconds between the grant and this line
                if self._left and (at <= self._deadline or self._fresh):
                    if at > now:
                        self._sleep(at - now)
                    self._left -= 1
                    self._fresh = False
                    self.spent += 1
                    self._next = at + self._spacing
                    return
                self.lost += self._left
                self._left, self._fresh = 0, False
                self._new_batch()

    def _new_batch(self) -> None:
        """Wait until the shared limit has a whole batch free, then take it (looking first: a refusal
        would restart the server's decay clock)."""
        view = self.limit.look()
        if view.rate <= 0:  # not a rate limit (no decay): nothing to pace against
            self._left, self._deadline, self._spacing = 1, float("inf"), 0.0
            return
        size = max(1, view.size)  # the whole limit: one batch live at a time, whoever holds it
        excess = view.busy + size - view.size
        if excess > 0:
            # busy slots decay one every 1/rate; the last one may go up to 1/rate sooner than counted
            self._sleep(min((excess - 0.75) / view.rate, self.poll))
            return
        sent = self._clock()
        if not self.limit.take(size):  # another process took it in the same instant
            self._sleep(0.25 / view.rate)
            return
        got = self._clock()
        self.batches += 1
        self._rate = view.rate
        self._spacing = (1 + self.margin) / view.rate
        self._left, self._fresh, self._size = size, True, size
        # the next holder starts at the earliest size/rate after `sent`; our last request an interval before
        self._deadline = max(sent + size / view.rate - self._spacing, got)

    def close(self) -> None:
        """Give back the slots of a batch still live (this process sends nothing more), one interval
        after its last request; an expired batch is left alone (the slots the server
        counts then may be another process' batch)."""
        with self._lock:
            if not self._left or not self._rate:  # nothing held (or nothing paced: a limit without decay)
                self._left, self._fresh = 0, False
                return
            now = self._clock()
            last = self._next - self._spacing
            ready = max(now, last + self._spacing)
            # live, with half a window to spare: the give-back must reach the server while it still counts
            # OUR batch; one that arrives after the window frees the next holder's
            if ready + self._size / self._rate / 2 < self._deadline:
                if ready > now:
                    self._sleep(ready - now)
                # ends our window: the busy slots can only be ours (a batch is the whole limit), and
                # the server never counts fewer than zero
                self.limit.give_back(self._size)
            self.lost += self._left
            self._left, self._fresh = 0, False
