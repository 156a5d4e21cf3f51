"""Word lists and patterns, one lexicon per language (as spaCy keeps `lang/en/`): the extractors hold rules, the
lexicon holds the words those rules look for, each list named for what it holds."""
