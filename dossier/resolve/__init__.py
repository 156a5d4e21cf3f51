"""Cross-document resolution: actors under every spelling."""
