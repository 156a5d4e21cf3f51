"""The analyst's desk: a local web UI and a JSON API over one store."""
