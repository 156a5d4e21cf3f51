"""Readers: sources (files, folders, standard input) to RawReport records."""

from dossier.read.sources import STDIN, find_sources, read_source

__all__ = ["STDIN", "find_sources", "read_source"]
