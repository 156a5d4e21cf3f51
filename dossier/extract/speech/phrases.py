"""Noun phrases read off the token sequence, where the small parser misreads wire copy.

"..., the president's spokeswoman, Natalya Eismont, said in a statement." and "According to Igor Karpenko, the
commission's chairman, nearly 500 observers were accredited" come out of the parser with the source hung off the
content as an apposition. Read as a sequence, the source is plain: the comma-separated noun phrases (a name and the
description beside it) between the content and the verb, or between 'according to' and the content. These helpers
find them with part-of-speech tags, which the small model gets right far more often than the attachments.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NP_START_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON"})
MAX_SOURCE_TOKENS = 25


def is_clause(tokens: list[Token] | Span) -> bool:
    """A stretch with a finite verb of its own: content, not a noun phrase."""
    return any(t.tag_ in FINITE_TAGS or (t.pos_ == "VERB" and t.tag_ in ("VBN", "VBG") and _has_aux(t))
               for t in tokens)


def _has_aux(token: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in token.children)


def is_noun_phrase(tokens: list[Token]) -> bool:
    """A source phrase: starts like a noun phrase, has a noun, no finite verb, no quotation marks."""
    if not tokens or len(tokens) > MAX_SOURCE_TOKENS:
        return False
    if tokens[0].pos_ not in _NP_START_POS and tokens[0].lower_ not in ("u.s.",):
        return False
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in FINITE_TAGS for t in tokens):
        return False
    if any(t.is_quote for t in tokens):
        return False
    return any(t.pos_ in ("NOUN", "PROPN") for t in tokens) or len(tokens) == 1 and tokens[0].pos_ == "PRON"


def is_name(tokens: list[Token]) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in tokens)


def is_description(tokens: list[Token]) -> bool:
    """'the president's spokeswoman', 'a spokesperson for Lithuania's prime minister', 'former news desk manager'."""
    return tokens[0].pos_ in ("DET", "ADJ", "NOUN") or any(t.tag_ == "POS" for t in tokens[:4])


def is_apposition(a: list[Token], b: list[Token]) -> bool:
    """Two neighbouring phrases naming one source: a name and a description of it, in either order; never a list
    ('Moscow and Kyiv, officials said')."""
    if any(t.lower_ in ("and", "or") and t.dep_ == "cc" for t in a + b):
        return False
    return (is_name(a) and not is_name(b[:1]) and is_description(b)) or (is_description(a) and is_name(b))


def split_commas(tokens: list[Token]) -> list[list[Token]]:
    parts: list[list[Token]] = [[]]
    for t in tokens:
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t)
    return parts


def strip_edges(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def source_before(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(content, source) for 'CONTENT, SOURCE said': the noun phrases between the last clause and the verb, with a
    name and its description beside it taken together."""
    sent = verb.sent
    before = [t for t in sent if t.i < verb.i and not t.is_space]
    parts = split_commas(before)
    if parts and not strip_edges(parts[-1]):
        parts = parts[:-1]  # 'Natalya Eismont, said': a comma before the verb
    if len(parts) < 2:
        return None
    source = strip_edges(parts[-1])
    if not is_noun_phrase(source):
        return None
    taken = 1
    while taken < len(parts) - 1:
        previous = strip_edges(parts[-1 - taken])
        if not (is_noun_phrase(previous) and is_apposition(previous, source)):
            break
        source = previous + [t for t in before if previous[-1].i < t.i < source[0].i and t.text == ","] + source
        source = sorted(source, key=lambda t: t.i)
        taken += 1
    content = strip_edges([t for part in parts[:-taken] for t in part if t.i < source[0].i])
    content = [t for t in sent if content and content[0].i <= t.i <= content[-1].i]
    if not content or not is_clause(content):
        return None
    return content, [t for t in sent if source[0].i <= t.i <= source[-1].i]


def source_after(verb: Token) -> list[Token] | None:
    """'CONTENT, said Kremlin spokesman Dmitry Peskov.': the noun phrase after an inverted reporting verb."""
    after = [t for t in verb.sent if t.i > verb.i]
    phrase = strip_edges(split_commas(after)[0]) if after else []
    if not phrase or not is_noun_phrase(phrase) or not is_name(phrase) and phrase[0].pos_ != "DET":
        return None
    return phrase


def phrase_then_clause(tokens: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """('Igor Karpenko, the commission's chairman', 'nearly 500 observers were accredited'): a source phrase with its
    appositions, then the clause after the comma that ends it."""
    parts = split_commas(tokens)
    source = strip_edges(parts[0])
    if not is_noun_phrase(source):
        return None
    used = 1
    while used < len(parts) - 1:
        nxt = strip_edges(parts[used])
        if not (is_noun_phrase(nxt) and is_apposition(source, nxt) and not is_clause(nxt)):
            break
        source = source + nxt
        used += 1
    rest = strip_edges([t for part in parts[used:] for t in part])
    if not rest:
        return None
    first, last = source[0].i, source[-1].i
    doc = tokens[0].doc
    return [doc[i] for i in range(first, last + 1)], [doc[i] for i in range(rest[0].i, rest[-1].i + 1)]
