"""The pacer (dqpub/core/pace.py) on a simulated clock, against a limit that behaves as Prefect's rate
limit does (its busy slots decay as floor(rate × seconds since the last update), and a refusal is an
update that decays nothing). Speed on the real portal is measured by bench/bench_scale.py, not here."""

from __future__ import annotations

import math

import pytest

from dqpub.core.pace import LimitView, Pacer


class Clock:
    def __init__(self) -> None:
        self.t = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.slept.append(seconds)
        self.t += seconds


class PrefectLikeLimit:
    """Prefect 3's ``ConcurrencyLimitV2`` arithmetic (server/models/concurrency_limits_v2.py)."""

    def __init__(self, clock: Clock, size: int, rate: float, latency: float = 0.0) -> None:
        self.clock, self.size, self.rate, self.latency = clock, size, rate, latency
        self.active, self.updated = 0, 0.0
        self.takes = self.refused = self.looks = 0
        self.given: list[tuple[float, int]] = []

    def _busy(self) -> int:
        return max(0, self.active - math.floor(self.rate * (self.clock() - self.updated)))

    def look(self) -> LimitView:
        self.looks += 1
        return LimitView(size=self.size, rate=self.rate, busy=self._busy())

    def take(self, slots: int) -> bool:
        self.clock.t += self.latency / 2  # the request on its way
        busy, ok = self._busy(), False
        if busy + slots <= self.size:
            self.active, ok = busy + slots, True
            self.takes += 1
        else:
            self.refused += 1  # the refusal restarts the decay clock, active unchanged
        self.updated = self.clock()
        self.clock.t += self.latency / 2  # the answer on its way back
        return ok

    def give_back(self, slots: int) -> None:
        self.active, self.updated = max(0, self._busy() - slots), self.clock()
        self.given.append((self.clock(), slots))


def most_in_a_second(stamps: list[float]) -> int:
    """As bench_scale counts: the most requests in any sliding second (a tolerance for float sums)."""
    stamps, most, j = sorted(stamps), 0, 0
    for i, x in enumerate(stamps):
        while x - stamps[j] >= 1.0 - 1e-9:
            j += 1
        most = max(most, i - j + 1)
    return most


def run(pacers: list[Pacer], clock: Clock, wants: list[list[float]], service: float = 0.0) -> list[list[float]]:
    """Each process asks for a slot at each of its ``wants`` instants (or as soon as its previous
    request took ``service`` seconds), in the order of the shared clock; the instants it sent at."""
    sent: list[list[float]] = [[] for _ in pacers]
    ready = [w[0] if w else math.inf for w in wants]
    while min(ready) < math.inf:
        p = min(range(len(pacers)), key=lambda i: ready[i])
        clock.t = max(clock.t, ready[p])
        pacers[p]()
        sent[p].append(clock.t)
        clock.t += service / len(pacers)  # the others go on meanwhile: a share of the wait
        rest = wants[p][len(sent[p]):]
        ready[p] = max(rest[0], sent[p][-1] + service) if rest else math.inf
    return sent


def test_one_process_saturating_spends_the_budget_and_never_exceeds_it():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0)
    pacer = Pacer(limit, clock=clock, sleep=clock.sleep)
    [sent] = run([pacer], clock, [[0.0] * 200])
    assert most_in_a_second(sent) == 5
    assert min(b - a for a, b in zip(sent, sent[1:])) >= 1.1 / 5 - 1e-9  # the pace, with its margin
    rate = (len(sent) - 1) / (sent[-1] - sent[0])
    assert rate >= 0.8 * 5  # a batch loses at most its last slot, and the margin 1/11
    assert limit.refused == 0  # it looks before it asks
    assert pacer.batches == limit.takes == math.ceil(200 / 9)


def test_two_processes_share_the_budget_never_above_it_in_any_second():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0, latency=0.02)
    a, b = (Pacer(limit, clock=clock, sleep=clock.sleep) for _ in range(2))
    # bursts of requests separated by work, as a publication goes
    bursts_a = [t + 0.01 * i for t in (0.0, 3.0, 3.5, 9.0) for i in range(12)]
    bursts_b = [t + 0.01 * i for t in (0.1, 2.9, 7.0, 7.2) for i in range(9)]
    sa, sb = run([a, b], clock, [bursts_a, bursts_b], service=0.05)
    assert len(sa) == len(bursts_a) and len(sb) == len(bursts_b)
    assert most_in_a_second(sa + sb) <= 5
    # and the gap between two requests of different processes is never under 1/rate
    merged = sorted([(t, "a") for t in sa] + [(t, "b") for t in sb])
    assert all(y - x >= 0.22 - 1e-9 for (x, p), (y, q) in zip(merged, merged[1:]) if p != q)


def test_a_batch_is_a_window_a_late_slot_is_not_spent():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0)
    pacer = Pacer(limit, clock=clock, sleep=clock.sleep)
    [sent] = run([pacer], clock, [[0.0, 0.5, 3.0]])  # the third comes after the window (0 → 1.78 s)
    assert sent[:2] == [0.0, 0.5]
    assert pacer.batches == 2 and pacer.lost == 8
    assert sent[2] >= 2.0  # the second batch once the server freed the first
    assert most_in_a_second(sent) <= 5


def test_the_former_limit_of_one_slot_still_paces():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=1, rate=5.0, latency=0.01)
    a, b = (Pacer(limit, clock=clock, sleep=clock.sleep) for _ in range(2))
    sa, sb = run([a, b], clock, [[0.0] * 30, [0.0] * 30])
    assert len(sa) == len(sb) == 30
    assert most_in_a_second(sa + sb) <= 5
    assert a.batches == b.batches == 30 and a.lost == b.lost == 0


def test_a_refusal_is_waited_out_and_the_slot_taken_later():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0)
    pacer = Pacer(limit, clock=clock, sleep=clock.sleep)
    real_take = limit.take
    calls = []

    def race(slots: int) -> bool:  # another process takes the limit between our look and our take
        calls.append(clock())
        if len(calls) == 1:
            limit.active, limit.updated = 10, clock()
            return False
        return real_take(slots)

    limit.take = race  # type: ignore[method-assign]
    pacer()
    assert len(calls) == 2 and clock() >= 2.0 - 0.2  # waited for the other batch to decay


def test_close_gives_back_a_live_batch_after_the_pace_interval():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0)
    a, b = (Pacer(limit, clock=clock, sleep=clock.sleep) for _ in range(2))
    a()
    clock.t = 0.05
    a.close()
    assert limit.given == [(pytest.approx(0.22), 10)]  # an interval after its last request, not before
    assert a.lost == 9
    b()  # the other process starts at once
    assert clock() == pytest.approx(0.22) and b.batches == 1
    a.close()  # nothing held: nothing given
    assert len(limit.given) == 1


def test_close_leaves_an_expired_batch_alone():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0)
    a, b = (Pacer(limit, clock=clock, sleep=clock.sleep) for _ in range(2))
    a()
    clock.t = 2.5  # a's window is over: the server may be holding b's batch now
    b()
    a.close()
    assert limit.given == [] and limit._busy() > 0


def test_the_pace_follows_the_rate_the_steward_sets():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=4, rate=2.0)
    pacer = Pacer(limit, clock=clock, sleep=clock.sleep)
    [slow] = run([pacer], clock, [[0.0] * 6])
    limit.rate, limit.size = 10.0, 20
    clock.t += 5.0
    [fast] = run([pacer], clock, [[clock.t] * 40])
    assert most_in_a_second(slow) <= 2 and most_in_a_second(fast) == 10
    assert min(b - a for a, b in zip(slow, slow[1:])) >= 0.5


def test_a_limit_without_decay_is_not_paced():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=3, rate=0.0)
    pacer = Pacer(limit, clock=clock, sleep=clock.sleep)
    [sent] = run([pacer], clock, [[0.0] * 5])
    assert sent == [0.0] * 5 and limit.takes == 0
    pacer.close()
    assert limit.given == []


def test_a_waiting_process_looks_again_within_the_poll_interval():
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0)
    a, b = (Pacer(limit, clock=clock, sleep=clock.sleep, poll=0.5) for _ in range(2))
    a()
    b()  # waits out a's batch, looking at most every half second
    assert clock() >= 2.0 - 0.2 and max(clock.slept) <= 0.5 and limit.looks >= 4


def test_close_near_the_end_of_the_window_gives_nothing_back():
    """A give-back that reached the server after the window would free the next holder's batch."""
    clock = Clock()
    limit = PrefectLikeLimit(clock, size=10, rate=5.0)
    pacer = Pacer(limit, clock=clock, sleep=clock.sleep)
    pacer()
    clock.t = 1.0  # less than half a window (1 s) left before its deadline (1.78 s)
    pacer()
    pacer.close()
    assert limit.given == [] and pacer.lost == 8
