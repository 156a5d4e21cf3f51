"""Who said what: reported statements, quotes, charges and relays, with their sources resolved through the report's
memory of who is who and their hedges attached. `extract_attributions` is the way in."""
