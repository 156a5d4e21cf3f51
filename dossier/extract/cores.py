"""Extraction on every core: documents go to worker processes a few at a time, each worker with its own copy of the
model, and come back in the order given, so that the one process that writes stores exactly what a one-process run
stores. Workers start only when the first English document comes (a re-run over stored reports starts none), and
are spawned fresh rather than forked from a process that may run threads (a progress bar's)."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from dossier.extract.entities import Key
from dossier.extract.pipeline import extract_many
from dossier.model import Document, Findings, ReadFailure

CHUNK = 8  # documents per task: enough for the parser's batches, few enough to keep both cores busy to the end
AHEAD = 3  # tasks in flight per worker

_worker_nlp: Language | None = None
_worker_scale = 1.0

Item = tuple[Key, Document | None]
Result = tuple[Key, Document | ReadFailure | None, Findings | None]


def default_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def extract_on_cores(items: Iterable[Item], nlp: Callable[[], Language], cores: int, packs: tuple[str, ...] = (),
                     budget_scale: float = 1.0) -> Iterator[Result]:
    """`extract_many` over `cores` processes (one: in this process, with `nlp`)."""
    if cores <= 1:
        yield from extract_many(items, nlp, budget_scale=budget_scale)
        return
    items = iter(items)
    for item in items:  # until the first English document, nothing needs a model
        if item[1] is None or not item[1].is_english:
            yield from extract_many([item], nlp, budget_scale=budget_scale)
            continue
        yield from _on_workers([item], items, cores, packs, budget_scale)
        return


def _on_workers(first: list[Item], rest: Iterator[Item], cores: int, packs: tuple[str, ...],
                scale: float) -> Iterator[Result]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(cores, mp_context=context, initializer=_start, initargs=(packs, scale)) as pool:
        flight: deque[Future] = deque()
        chunks = _chunks(first, rest)
        for chunk in chunks:
            flight.append(pool.submit(_extract, chunk))
            if len(flight) >= cores * AHEAD:
                yield from flight.popleft().result()
        while flight:
            yield from flight.popleft().result()


def _chunks(first: list[Item], rest: Iterator[Item]) -> Iterator[list[Item]]:
    chunk = first + list(islice(rest, CHUNK - len(first)))
    while chunk:
        yield chunk
        chunk = list(islice(rest, CHUNK))


def _start(packs: tuple[str, ...], scale: float) -> None:
    global _worker_nlp, _worker_scale
    from dossier.extract import load_pipeline

    _worker_nlp = load_pipeline(None, packs)
    _worker_scale = scale


def _extract(chunk: list[Item]) -> list[Result]:
    return list(extract_many(chunk, lambda: _worker_nlp, budget_scale=_worker_scale))
