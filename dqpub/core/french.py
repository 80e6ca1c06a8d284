"""How numbers are written in what the pipeline publishes and tells stewards: Données Québec is French-only."""

from __future__ import annotations


def pct(share: float, decimals: int = 1) -> str:
    """A share in French notation: 0.056 → « 5,6 % » (``decimals=0``: « 6 % »)."""
    return f"{share * 100:.{decimals}f} %".replace(".", ",")
