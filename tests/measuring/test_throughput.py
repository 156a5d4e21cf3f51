from dossier.measuring.throughput import BenchResult


def test_each_round_compares_its_own_two_runs_and_the_median_round_is_reported():
    result = BenchResult(10, 1000, pipeline_seconds=2.0, raw_seconds=1.0, pipeline_peak_rss_mb=1, process_peak_rss_mb=2,
                         round_ratios=(0.74, 0.55, 0.77, 0.76))
    assert result.ratio == 0.5 and result.median_round_ratio == 0.75
