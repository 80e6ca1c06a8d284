"""Which HTTP answers are worth another try: one rule for the URL sources and the CKAN client."""

from __future__ import annotations


def is_transient(status: int) -> bool:
    """5xx (the server is down or overloaded) and 429 (we are asked to slow down) may pass on a
    later try; any other 4xx will not, and retrying it only hides the real problem."""
    return status >= 500 or status == 429
