"""Words passed on: 'His words were quoted by BelTA', 'This was reported by Lukashenko's press service'.

Such a sentence points back at the sentence before it. When that sentence holds someone's statement, the statement
was relayed: its speaker stays, and the relay is noted beside it. When it holds only narration ('Lukashenko pardoned
29 people'), the narration is the relay's own report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from dossier.extract.speech.statements import Found, source_phrase, span_of
from dossier.lexicon import en


def _points_back(subject: Token) -> bool:
    if subject.lower_ in en.POINTING_WORDS and subject.dep_ == "nsubjpass" and subject.i < subject.head.i:
        return True
    return subject.lower_ in en.WORDS_NOUNS and any(c.dep_ in ("poss", "det") and c.lower_ in en.PRONOUNS | en.POINTING_WORDS
                                            for c in subject.children)


def anaphoric_relays(parsed: Sequence[tuple[int, Doc]]) -> list[Found]:
    """Rule `anaphoric_relay`: a passive of reporting or quoting whose subject points back, with an agent. What it
    points back at is the sentence before; a relay that opens its paragraph passes on the paragraph before."""
    out: list[Found] = []
    last_paragraph: tuple[int, int] | None = None
    for offset, doc in parsed:
        previous = last_paragraph
        sentences = [s for s in doc.sents if any(not t.is_space for t in s)]
        for n, sent in enumerate(sentences):
            if n:
                previous = _trimmed_sentence(offset, sentences[n - 1])
            found = _relay_in(sent, offset, previous)
            if found is not None:
                out.append(found)
        if sentences:
            last_paragraph = (_trimmed_sentence(offset, sentences[0])[0], _trimmed_sentence(offset, sentences[-1])[1])
    return out


def _relay_in(sent, offset: int, previous: tuple[int, int] | None) -> Found | None:
    if previous is None:
        return None
    for verb in sent:
        if verb.lemma_ not in en.RELAY_VERBS or verb.tag_ != "VBN" or verb.dep_ in ("relcl", "acl"):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subject is None or by is None or not _points_back(subject):
            continue
        when = [c for c in by.children if c.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)]
        source = [t for t in source_phrase(by) if not any(t in w.subtree for w in when)]
        while source and (source[-1].is_punct or source[-1].pos_ == "ADP"):
            source = source[:-1]
        cue = [t for t in sent if t.dep_ == "auxpass" and t.head.i == verb.i or t.i in (verb.i, agent.i)]
        return Found(span_of(source, offset), by, offset + by.idx, span_of(cue, offset), previous, False, previous,
                     rule="anaphoric_relay")
    return None


def _trimmed_sentence(offset: int, sent) -> tuple[int, int]:
    tokens = [t for t in sent if not t.is_space]
    while len(tokens) > 1 and tokens[-1].is_punct and tokens[-1].text not in ('"', "”", "’"):
        tokens = tokens[:-1]
    return span_of(tokens, offset)


def apply_relays(statements: list[Found], relays: list[Found]) -> list[Found]:
    """Statements inside a relayed sentence get the relay noted; a relay whose sentence holds no statement stays as
    the relay's own report of it."""
    out = list(statements)
    for relay in relays:
        a, b = relay.content
        inside = [n for n, f in enumerate(out) if a <= f.content[0] and f.content[1] <= b and f.rule != "anaphoric_relay"]
        if inside:
            for n in inside:
                out[n] = replace(out[n], relay=out[n].relay or relay.source)
        else:
            out.append(relay)
    return out
