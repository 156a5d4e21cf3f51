"""Benchmarks that print figures, beside the evaluation (`dossier.eval`) and the yardsticks (`dossier.yardstick`):
throughput against raw spaCy (`throughput`), and memory, large reports, Dask and query latency at scale (`scale`)."""
