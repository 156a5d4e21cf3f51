"""A Russian report through the Russian extractors: names, who said what, figures and dates, each span into the
report's clean text."""

from __future__ import annotations

from dataclasses import replace

from dossier.extract.dates import as_date
from dossier.extract.ru.dates import extract_dates
from dossier.extract.ru.events import extract_events
from dossier.extract.ru.figures import extract_figures
from dossier.extract.ru.mentions import mentions as find_mentions
from dossier.extract.ru.nlp import parse
from dossier.extract.ru.speech import extract_speech
from dossier.model import Document, Findings, Sentence


def extract_russian(document: Document) -> Findings:
    parsed = parse(document.text)
    names = find_mentions(parsed)
    published = as_date(document.published)
    times = extract_dates(document.text, published)
    furniture = [replace(t, in_furniture=True) for t in extract_dates(document.furniture_text, published)] \
        if document.furniture else []
    return Findings(
        document.id,
        sentences=tuple(Sentence(n, s, e) for n, (s, e) in enumerate(parsed.sentences)),
        mentions=tuple(names),
        attributions=tuple(extract_speech(parsed, names)),
        quantities=tuple(extract_figures(parsed, times, document.published)),
        times=(*times, *furniture),
        events=tuple(extract_events(parsed, times, names, document.published)),
    )
