"""The pacer against Prefect's own global concurrency limit (a temporary Prefect API): the calls it
makes (read, increment a batch, decrement) do what dqpub/core/pace.py relies on. The arithmetic of
the decay is simulated in tests/test_pace.py; nothing here depends on how fast the machine is (the pacer's
own clock is frozen where the API's latency could otherwise expire its window)."""

from __future__ import annotations

import uuid

import pytest
from prefect.exceptions import PrefectHTTPStatusError

from dqpub.core.pace import Pacer, batch_slots
from flows.fanout import PrefectLimit, release_budget


def _limit(rate: float) -> str:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate

    name = "portail-essai-" + uuid.uuid4().hex[:8]
    with get_client(sync_client=True) as client:
        client.create_global_concurrency_limit(
            GlobalConcurrencyLimitCreate(name=name, limit=batch_slots(rate), slot_decay_per_second=rate))
    return name


def test_a_batch_is_the_whole_limit_and_a_second_one_is_refused(prefect_harness):
    limit = PrefectLimit(_limit(5.0))
    try:
        view = limit.look()
        assert (view.size, view.rate, view.busy) == (10, 5.0, 0)
        assert limit.take(10)
        assert not limit.take(10)  # Locked: another process' batch is live
        assert limit.look().busy > 0
        limit.give_back(10)
        assert limit.look().busy == 0
    finally:
        limit.close()


def test_a_publisher_done_gives_its_batch_back_to_the_other_workers(prefect_harness):
    name = _limit(5.0)  # a batch is a window of 2 s: still live when the publisher is done
    publisher = type("Portail", (), {})()
    # the pacer's clock stands still: on a loaded machine the API calls below can outlast the 2 s window,
    # and a batch the pacer sees expired is (rightly) not given back; the server's side is what is tested
    publisher.throttle = Pacer(PrefectLimit(name), clock=lambda: 1000.0, sleep=lambda s: None)
    publisher.throttle()
    other = PrefectLimit(name)
    try:
        assert other.look().busy > 0 and publisher.throttle.batches == 1
        release_budget(publisher)
        assert other.look().busy == 0
        assert other.take(10)  # the next process' batch at once, not at the end of the window
    finally:
        other.close()


class _BusyServer:
    """A Prefect client whose server answers every write with ``status`` (SQLite « database is locked »)."""

    def __init__(self, status: int) -> None:
        self.status = status

    def _fail(self, *args: object, **kwargs: object) -> None:
        import httpx
        from prefect.exceptions import PrefectHTTPStatusError

        request = httpx.Request("POST", "http://prefect/api/v2/concurrency_limits/increment")
        response = httpx.Response(self.status, request=request)
        raise PrefectHTTPStatusError.from_httpx_error(httpx.HTTPStatusError("busy", request=request, response=response))

    increment_concurrency_slots = release_concurrency_slots = _fail


def test_a_busy_prefect_server_makes_a_batch_not_taken_and_a_give_back_lost_not_a_failed_publication():
    limit = PrefectLimit("portail-essai")
    limit._client = _BusyServer(503)
    assert limit.take(10) is False  # the pacer looks again; slots taken unknowingly only delay the others
    limit.give_back(10)  # lost: the window runs out as if never given back
    limit._client = _BusyServer(404)  # not a busy server: a real error still surfaces
    with pytest.raises(PrefectHTTPStatusError):
        limit.take(10)
