"""A headline's own attribution: 'Lukashenko wins with 80% of votes: Official', 'Russia will respond – Kremlin',
'Talks have failed, says Latushka'. The tag after the colon, dash or 'says' is the headline's source; a tag that is a
role ('Official', 'Sources') is the one the report's body names with that word."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from dossier.extract.speech.statements import Found
from dossier.lexicon import en

_TAG = re.compile(r"^(?P<content>[^\n]{12,}?)(?:\s*:\s+|\s+[–—-]\s+|,?\s+says?\s+)(?P<tag>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+)"
                  r"{0,3})\s*$")
MAX_TAG_WORDS = 4
MAX_TITLE_CHARS = 300


def headline_tag(text: str, parsed: Sequence[tuple[int, Doc]]) -> Found | None:
    """Rule `headline_tag`: the title's trailing source tag, when the title is a statement and the tag is a name or
    a word for a source, not a section label ('Analysis: ...' never matches, the tag stands last)."""
    line_end = text.find("\n", 0, MAX_TITLE_CHARS + 1)
    title = text[:line_end if line_end >= 0 else len(text)]
    if len(title) > MAX_TITLE_CHARS:
        return None  # no headline runs this long; the pattern would try every split of it
    match = _TAG.match(title)
    if match is None or match.group("tag").lower().split()[0] in en.SECTION_LABELS:
        return None
    tag = match.group("tag")
    if len(tag.split()) > MAX_TAG_WORDS or not (_names_someone(tag, parsed) or _source_word(tag)):
        return None
    head = next((t for offset, doc in parsed for t in doc if offset + t.idx == match.start("tag")), None)
    return Found((match.start("tag"), match.end("tag")), head, match.start("tag"),
                 (match.start("tag"), match.end("tag")), (match.start("content"), match.end("content")), False,
                 (0, len(title)), rule="headline_tag")


def _names_someone(tag: str, parsed: Sequence[tuple[int, Doc]]) -> bool:
    return any(ent.text == tag and ent.label_ in ("PERSON", "ORG", "GPE") for _, doc in parsed[:1] for ent in doc.ents)


def _source_word(tag: str) -> bool:
    word = tag.lower().split()[-1]
    return word.rstrip("s") in en.PERSON_NOUNS | en.GROUP_NOUNS | en.UNNAMED_SOURCE_NOUNS or word in en.MEMBER_NOUNS


def same_role(tag: str, source: str) -> bool:
    """'Official' and 'Election officials in Belarus': the body names the tag's source with the tag's word."""
    word = tag.lower().split()[-1].rstrip("s")
    return any(w.rstrip("s") == word for w in re.findall(r"[a-z]+", source.lower()))
