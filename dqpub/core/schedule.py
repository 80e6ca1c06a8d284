"""When a dataset is due: the portal's update-frequency codes as days between publications."""

from __future__ import annotations

import datetime as dt

# Données Québec update-frequency codes (update_frequency, schemas/donnees-quebec.scheming.yaml) →
# days between publications. The others have no schedule (irregular, continuous, hourly, asNeeded,
# notPlanned…): always due.
FREQUENCY_DAYS = {"daily": 1, "weekly": 7, "fortnightly": 14, "monthly": 30, "bimonthly": 61, "quarterly": 91,
                  "semiannual": 182, "annual": 365, "biennial": 730, "triennial": 1095, "quinquennial": 1826}


def is_due(frequency: str, published_at: str | None, now: dt.datetime | None = None) -> bool:
    """Whether the update frequency says a new publication is expected by now."""
    if not published_at or frequency not in FREQUENCY_DAYS:
        return True
    now = now or dt.datetime.now(dt.timezone.utc)
    last = dt.datetime.fromisoformat(published_at)
    # a few hours of slack so a nightly job at 02:00 is not one day late every day
    return now - last >= dt.timedelta(days=FREQUENCY_DAYS[frequency], hours=-6)


def next_due(frequency: str, published_at: str | None) -> str | None:
    """The date a new publication is expected by the update frequency (same rule as ``is_due``)."""
    if not published_at or frequency not in FREQUENCY_DAYS:
        return None
    last = dt.datetime.fromisoformat(published_at)
    return (last + dt.timedelta(days=FREQUENCY_DAYS[frequency])).date().isoformat()
