"""Public yardsticks: dossier's own stages run on the evaluation sets the field publishes, scored with each set's
published metric and printed beside the scores established tools published. The data stays where the user keeps
it (`../shared/benchmarks` or DOSSIER_BENCHMARKS); nothing of it is bundled."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from dossier.errors import DossierError
from dossier.yardstick.result import Yardstick

DEFAULT_PLACES = ("../shared/benchmarks", "benchmarks")


class BenchmarkMissing(DossierError):
    """The benchmark's data is not on this machine: a reason to skip, not to fail."""


def benchmarks_root(given: str | None = None) -> Path:
    if given is not None:
        if not Path(given).is_dir():
            raise BenchmarkMissing(f"{given} is not a folder: give the folder that holds the benchmarks")
        return Path(given)
    for place in (os.environ.get("DOSSIER_BENCHMARKS"), *DEFAULT_PLACES):
        if place and Path(place).is_dir():
            return Path(place)
    raise BenchmarkMissing("no benchmark folder found: give its path (the folder that holds tempeval3/, "
                           "newsquant_cqe/ ...) or set DOSSIER_BENCHMARKS")


def _runners() -> dict[str, tuple[str, Callable[[Path], Yardstick]]]:
    from dossier.yardstick import articles, meantime, newsquant, tempeval

    return {
        "article-extraction": ("article-extraction-benchmark", articles.article_extraction),
        "trafilatura-eval": ("trafilatura-eval", articles.trafilatura_eval),
        "tempeval3": ("tempeval3", tempeval.tempeval3),
        "newsquant": ("newsquant_cqe", newsquant.newsquant),
        "meantime": ("meantime_en", meantime.meantime),
    }


NAMES = ("article-extraction", "trafilatura-eval", "tempeval3", "newsquant", "meantime")


def run_yardstick(name: str, root: str | None = None, on_item: Callable[[], None] | None = None,
                  out: Path | None = None) -> Yardstick:
    """Raise BenchmarkMissing when the benchmark's folder is absent, DossierError for an unknown name."""
    runners = _runners()
    if name not in runners:
        raise DossierError(f"no yardstick named '{name}'; choose one of: {', '.join(NAMES)}")
    folder, run = runners[name]
    path = benchmarks_root(root) / folder
    if not path.is_dir():
        raise BenchmarkMissing(f"{path} is missing: the {name} data is not on this machine")
    return run(path, on_item, out) if name == "tempeval3" else run(path, on_item)
