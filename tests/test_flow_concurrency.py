"""The global limit on simultaneous portal uploads (issue 7): a Prefect tag concurrency limit on the
publish task (tag ``televersement-portail``), here across two flow runs started at the same time."""

from __future__ import annotations

import threading
import time

import pytest
from prefect.client.orchestration import get_client
from prefect.concurrency.services import _no_limits_cache

from dqpub.steps import PUBLISH
from flows.publication import publish_dataset
from publishers.local import LocalPortal


@pytest.mark.parametrize("limit", [1, None], ids=["limite-1", "sans-limite"])
def test_upload_tag_limit_serializes_publications_across_flow_runs(prefect_harness, project_env, monkeypatch, limit):
    tag = PUBLISH.tags[0]
    spans: list[tuple[float, float]] = []
    entered: list[float] = []
    met = threading.Condition()
    publish = LocalPortal.publish

    def slow_publish(self, release):
        """An upload that waits (10 s at most) for the other run's upload to start too."""
        start = time.monotonic()
        with met:
            entered.append(start)
            met.notify_all()
            met.wait_for(lambda: len(entered) >= 2, timeout=10)
        out = publish(self, release)
        spans.append((start, time.monotonic()))
        return out

    monkeypatch.setattr(LocalPortal, "publish", slow_publish)
    results: dict[str, dict] = {}
    threads = [threading.Thread(target=lambda s=s: results.update({s: publish_dataset(s, approved=True)}))
               for s in ("bottin-des-services-de-police", "aide-financiere-aux-sinistres")]
    with get_client(sync_client=True) as client:
        if limit:
            client.create_concurrency_limit(tag=tag, concurrency_limit=limit)
        # Prefect's client remembers for 5 s that a tag had no limit (services._no_limits_cache): an
        # upload of an earlier test in this process would let this one skip the new limit. A worker
        # process starts with an empty cache; the test must too.
        _no_limits_cache.clear()
        try:
            for t in threads:
                t.start()
            for t in threads:
                t.join(180)
        finally:
            if limit:
                client.delete_concurrency_limit_by_tag(tag)
    assert {r["status"] for r in results.values()} == {"publié"}, results
    (_, first_end), (second_start, _) = sorted(spans)
    # with the limit, the second upload starts only once the first is done; without it, they overlap
    assert (second_start >= first_end) == bool(limit), spans
