"""Evaluation against hand-annotated reports (../shared/gold/SCHEMA.md): pure scoring here, running elsewhere."""
