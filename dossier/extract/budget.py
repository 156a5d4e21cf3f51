"""The time one report may take to extract, and the guard that holds a report to it.

Extraction is linear in a report's length, so an honest report of any size fits a budget that grows with its size;
what overruns it is hostile or broken text, and it fails alone, with its name and the reason, while the batch goes on.
The guard is a timer signal, so it interrupts the work wherever it is; it can only be set from the main thread, and
elsewhere (a Dask worker's thread, a web server's worker) extraction runs unguarded, bounded by the limits on
paragraph and sentence length that keep it linear.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dossier.errors import DossierError

BASE_SECONDS = 30.0  # any report: a page of text extracts in well under a second
SECONDS_PER_MB = 60.0  # extraction runs at several seconds per megabyte of text; this leaves room for a slow machine


class OverBudget(DossierError):
    """A report took longer to extract than its budget allows."""


def budget_for(text: str, scale: float = 1.0) -> float:
    """Seconds a report of this text may take to extract (`scale` 0 turns the budget off)."""
    return scale * (BASE_SECONDS + SECONDS_PER_MB * len(text) / 1_000_000)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise OverBudget inside the block once `seconds` have passed (only from the main thread; elsewhere a no-op)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(_signum, _frame):
        raise OverBudget(f"extraction took over its budget of {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
