"""Commands that measure dossier: eval, yardstick, bench, corpus and the bench-* figures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from dossier import picture
from dossier.cli.common import DbOption, JsonOption, app, emit_json, err, out, progress_bar, steps
from dossier.report import terminal
from dossier.store import open_store


@app.command("eval")
def eval_(
    folder: Annotated[str, typer.Argument(help="Folder of gold files (*.json) with the documents beside them.")],
    peer: Annotated[Optional[str], typer.Option(help="Score this peer tool instead of dossier: spacy, textacy, quantulum3, dateparser.")] = None,
    versus: Annotated[Optional[list[str]], typer.Option(help="Also score this peer, side by side (repeatable).")] = None,
    json_out: JsonOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown table.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="List misses and false findings per document and section.")] = False,
    floor: Annotated[Optional[Path], typer.Option("--floor", help="JSON of section -> lowest F1 allowed; exit 1 when "
                                                                  "a section scores below it.")] = None,
) -> None:
    """Score dossier (or a peer) against hand-annotated reports: P/R/F1 per section."""
    from dossier.eval import render
    from dossier.eval.floor import AGREEMENTS, below_floor, load_floor
    from dossier.eval.runner import run_eval

    floors = load_floor(floor) if floor is not None else {}
    systems = list(dict.fromkeys([peer or "dossier", *(versus or ())]))
    results = {}
    with progress_bar() as progress:
        for system in systems:
            task = progress.add_task(f"scoring {system}")
            results[system] = run_eval(folder, system, lambda _d: progress.advance(task))
    if json_out:
        emit_json(results[systems[0]].as_dict() if len(systems) == 1 else {n: r.as_dict() for n, r in results.items()})
    elif markdown:
        sys.stdout.write(render.evaluation_markdown(results) + "\n")
    else:
        out.print(render.evaluation_table(results))
    if explain:
        for line in render.explain_lines(results[systems[0]]):
            out.print(terminal.plain(line), soft_wrap=True)
    failed = below_floor(results[systems[0]], floors)
    for section, f1, lowest in failed:
        err.print(terminal.plain(f"{floor}: {section} {'accuracy' if section in AGREEMENTS else 'F1'} {f1:.4f} is below its floor {lowest:.4f}"), soft_wrap=True)
    if failed:
        raise typer.Exit(1)


@app.command()
def yardstick(
    name: Annotated[str, typer.Argument(help="article-extraction, trafilatura-eval, tempeval3, newsquant, meantime, or all.")],
    data: Annotated[Optional[str], typer.Argument(help="The benchmarks folder (default: $DOSSIER_BENCHMARKS, "
                                                        "../shared/benchmarks, ./benchmarks).")] = None,
    json_out: JsonOption = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown table.")] = False,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Keep dossier's TimeML files here (tempeval3).")] = None,
) -> None:
    """Score dossier's own stages on a public benchmark with its published metric, beside the published scores.
    A benchmark whose data is not on this machine is skipped with a message."""
    from dossier.yardstick import NAMES, BenchmarkMissing, run_yardstick
    from dossier.yardstick.render import yardstick_json, yardstick_markdown, yardstick_table

    names = NAMES if name == "all" else (name,)
    results = []
    for one in names:
        with progress_bar() as progress:
            task = progress.add_task(f"yardstick {one}")
            try:
                results.append(run_yardstick(one, data, lambda: progress.advance(task), out_dir))
            except BenchmarkMissing as exc:
                err.print(terminal.plain(f"skipped {one}: {exc}"), style="yellow", soft_wrap=True)
    if json_out:
        emit_json([yardstick_json(r) for r in results] if name == "all" else
                   (yardstick_json(results[0]) if results else None))
        return
    for result in results:
        if markdown:
            sys.stdout.write(yardstick_markdown(result, f"dossier yardstick {result.name}") + "\n\n")
        else:
            out.print(yardstick_table(result))
            for note in result.notes:
                out.print(terminal.plain(note))


@app.command()
def bench(
    paths: Annotated[Optional[list[str]], typer.Argument(help="Reports to use (default: the bundled samples).")] = None,
    min_words: Annotated[int, typer.Option(help="Repeat the reports until they hold this many words.")] = 50_000,
    rounds: Annotated[int, typer.Option(help="Alternating rounds; each side's fastest counts.")] = 2,
    json_out: JsonOption = False,
) -> None:
    """Throughput of read -> extract -> store against raw spaCy nlp.pipe on the same texts, as a ratio."""
    from dossier.measuring.throughput import run_bench

    with steps(rounds * 2) as on_step:
        result = run_bench(paths or [str(picture.samples_dir())], min_words, rounds, on_step)
    figures = {
        "documents": result.documents, "words": result.words,
        "pipeline_words_per_second": round(result.pipeline_words_per_second),
        "raw_nlp_pipe_words_per_second": round(result.raw_words_per_second),
        "ratio": round(result.ratio, 3), "median_round_ratio": round(result.median_round_ratio, 3),
        "round_ratios": [round(r, 3) for r in result.round_ratios],
        "pipeline_peak_rss_mb": round(result.pipeline_peak_rss_mb),
        "process_peak_rss_mb": round(result.process_peak_rss_mb),
    }
    if json_out:
        emit_json(figures)
    else:
        for key, value in figures.items():
            out.print(terminal.plain(f"{key:32} {value}"))


@app.command()
def corpus(
    count: Annotated[int, typer.Argument(help="How many reports.")],
    folder: Annotated[str, typer.Argument(help="Where to write them.")],
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same corpus).")] = 7,
) -> None:
    """Write a synthetic corpus composed from the sample reports, for benchmarks."""
    from dossier.scale.corpus import sentence_pool, write_corpus

    n = write_corpus(sentence_pool([str(picture.samples_dir())]), count, Path(folder), seed)
    out.print(terminal.plain(f"{n} synthetic reports written to {folder}"))


@app.command("bench-memory")
def bench_memory(
    sizes: Annotated[str, typer.Option(help="Corpus sizes, comma-separated.")] = "1000,10000",
    json_out: JsonOption = False,
) -> None:
    """Peak memory of `dossier add` as the corpus grows (each size in its own process)."""
    from dossier.measuring.scale import memory_by_size

    runs = memory_by_size([int(s) for s in sizes.split(",")], str(picture.samples_dir()))
    base = runs[0].peak_rss_mb
    rows = [{"reports": r.reports, "peak_rss_mb": round(r.peak_rss_mb), "seconds": round(r.seconds, 1),
             "ratio_to_smallest": round(r.peak_rss_mb / base, 3)} for r in runs]
    if json_out:
        emit_json(rows)
    else:
        for r in rows:
            out.print(terminal.plain(f"{r['reports']:>8} reports  peak {r['peak_rss_mb']:>5} MB  {r['seconds']:>7} s  "
                                     f"× {r['ratio_to_smallest']} of the smallest"))


@app.command("bench-large")
def bench_large(
    sizes: Annotated[str, typer.Option(help="Report sizes in MB, comma-separated.")] = "1,2,8",
    json_out: JsonOption = False,
) -> None:
    """Cost of one large report against raw spaCy on its text, and its memory, as the report grows (each size in
    its own process): linear cost keeps the ratio flat."""
    from dossier.measuring.scale import large_report_costs

    runs = large_report_costs([float(s) for s in sizes.split(",")], str(picture.samples_dir()))
    rows = [{"megabytes": r.megabytes, "raw_seconds": round(r.raw_seconds, 1),
             "pipeline_seconds": round(r.pipeline_seconds, 1), "ratio_to_raw": round(r.ratio, 2),
             "peak_rss_mb": round(r.pipeline_peak_rss_mb)} for r in runs]
    if json_out:
        emit_json(rows)
    else:
        for r in rows:
            out.print(terminal.plain(f"{r['megabytes']:>5} MB  raw nlp.pipe {r['raw_seconds']:>7} s  pipeline "
                                     f"{r['pipeline_seconds']:>7} s  × {r['ratio_to_raw']} of raw  peak "
                                     f"{r['peak_rss_mb']:>6} MB"), soft_wrap=True)


@app.command("bench-dask")
def bench_dask(
    reports: Annotated[int, typer.Option(help="Synthetic reports to add.")] = 1000,
    workers: Annotated[int, typer.Option(help="Dask workers of the local cluster.")] = 2,
    rounds: Annotated[int, typer.Option(help="Rounds; each runs both back to back.")] = 2,
    json_out: JsonOption = False,
) -> None:
    """`dossier add` on a local Dask cluster against one process, on the same corpus, as a ratio per round."""
    import statistics

    from dossier.measuring.scale import dask_speedup

    with steps(rounds * 2) as on_step:
        found = dask_speedup(reports, workers, rounds, str(picture.samples_dir()), on_step)
    figures = {"reports": reports, "workers": workers,
               "rounds": [{"one_process_s": round(r.single_seconds, 1), "dask_s": round(r.dask_seconds, 1),
                           "speedup": round(r.speedup, 3)} for r in found],
               "median_speedup": round(statistics.median(r.speedup for r in found), 3)}
    if json_out:
        emit_json(figures)
    else:
        for r in figures["rounds"]:
            out.print(terminal.plain(f"one process {r['one_process_s']:>7} s   Dask ({workers} workers) {r['dask_s']:>7} s"
                                     f"   × {r['speedup']}"))
        out.print(terminal.plain(f"median speedup × {figures['median_speedup']} ({reports} reports)"))


@app.command("bench-queries")
def bench_queries(
    reports: Annotated[int, typer.Option(help="How many reports the store holds.")] = 10_000,
    db: DbOption = None,
    runs: Annotated[int, typer.Option(help="Runs of each query.")] = 20,
    http: Annotated[bool, typer.Option("--http/--no-http", help="Also time every page and API list over HTTP.")] = True,
    json_out: JsonOption = False,
) -> None:
    """Query latency (median, p95) on a store of N reports, filled by cloning an extracted synthetic base: library
    calls, then every page and API list of `dossier serve` over HTTP with the size of each response."""
    import tempfile

    from dossier.measuring.scale import http_latency, http_urls, link_store, query_latency

    linking = {}
    with tempfile.TemporaryDirectory(prefix="dossier-bq-") as tmp:
        address = db or str(Path(tmp) / "q.db")
        with open_store(address) as store:
            if store.count() < reports:
                whole, new = link_store(store, reports, str(picture.samples_dir()), min(1000, reports // 10))
                linking = {"whole_store": {"reports": whole.reports, "seconds": round(whole.seconds, 1)},
                           "new_reports": {"reports": new.reports, "seconds": round(new.seconds, 1)}}
            found = query_latency(store, runs)
            urls = http_urls(store) if http else []
        served = http_latency(address, urls, runs) if urls else []
    rows = [{"query": q.query, "median_ms": round(q.median_ms, 1), "p95_ms": round(q.p95_ms, 1), "runs": q.runs}
            for q in found]
    pages = [{"url": h.url, "status": h.status, "median_ms": round(h.median_ms, 1), "p95_ms": round(h.p95_ms, 1),
              "kb": round(h.bytes / 1000, 1), "runs": h.runs} for h in served]
    if json_out:
        emit_json({"reports": reports, "linking": linking, "latency": rows, "http": pages})
        return
    out.print(terminal.plain(f"{reports} reports"))
    if linking:
        w, n = linking["whole_store"], linking["new_reports"]
        out.print(terminal.plain(f"  linking across reports: {w['reports']:,} at once in {w['seconds']} s; "
                                 f"{n['reports']:,} added to them in {n['seconds']} s"))
    for r in rows:
        out.print(terminal.plain(f"  {r['query']:<40} median {r['median_ms']:>9} ms   p95 {r['p95_ms']:>9} ms   ({r['runs']} runs)"))
    if pages:
        out.print(terminal.plain("  over HTTP (dossier serve):"))
    for p in pages:
        out.print(terminal.plain(f"  {p['url'][:48]:<48} {p['status']} median {p['median_ms']:>8} ms   p95 "
                                 f"{p['p95_ms']:>8} ms   {p['kb']:>8} KB"), soft_wrap=True)
