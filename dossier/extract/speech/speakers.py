"""Who is who inside one report: the memory that turns 'she', 'the president' or 'the group' into the person or body
the report named before.

The memory is built from the report's own text: people by their names, the titles and appositions they are
introduced with ('opposition leader Sviatlana Tsikhanouskaya', 'Natalya Eismont, the president's spokeswoman') and
the evidence of their gender; organisations by their names and what the text calls them ('the state news agency
Belta'); groups of people a sentence is about ('her supporters'). Speakers are noted as the report is read, so a
pronoun can go to the one who spoke last. Each resolution is a named rule, and a description that fits no one named
stays a description: no wrong name is better than a guess.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from dossier.extract.speech.names import acronym_of, canonical_role, gender_of_name, initials, name_tokens, same_person
from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en
from dossier.model import Mention

PERSON, ORG, GROUP, PLACE = "PERSON", "ORG", "GROUP", "PLACE"
# How far back a pronoun looks for the one it stands for.
PRONOUN_SENTENCES = 6
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# 'a group calling itself', 'a movement known as': the name that follows is the thing described.
CALLED = r"(?:calling\s+(?:itself|themselves)|known\s+as|called|named|dubbed)"


@dataclass(eq=False)
class Referent:
    """Someone or something the report speaks of. `key` is the mention an actor is resolved from (None for a group
    the report describes without naming it)."""

    name: str
    key: str | None
    kind: str
    gender: str | None = None
    plural: bool = False
    roles: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    spans: list[tuple[int, int]] = field(default_factory=list)
    subject_at: set[int] = field(default_factory=set)  # starts of the spans where it is a sentence's subject

    def add_span(self, start: int, end: int, name: str) -> None:
        self.spans.append((start, end))
        if len(name.split()) > len(self.name.split()):
            self.name = name
            self.key = name if self.kind != GROUP else None


class SpeakerMemory:
    """The people, organisations and groups of one report, and the speakers so far, in text order."""

    def __init__(self, text: str, parsed: Sequence[tuple[int, Doc]], mentions: Sequence[Mention],
                 quotes: Sequence[tuple[int, int]] = (), tokens: TokenFinder | None = None) -> None:
        self.text = text
        self.tokens = tokens or TokenFinder(parsed)
        self.quotes = sorted(quotes)
        self.sentences = [(offset + s.start_char, offset + s.end_char) for offset, doc in parsed for s in doc.sents]
        self.sentence_starts = [s for s, _ in self.sentences]
        self.referents: list[Referent] = []
        self.by_mention: dict[tuple[int, int], Referent] = {}
        self.by_word: dict[tuple[str, str], list[Referent]] = {}  # (kind, a word of a name or its initials) -> referents
        self.spoken: list[tuple[int, Referent]] = []  # (position, speaker), in the order they were noted
        for mention in mentions:
            self._remember(mention)
        for offset, doc in parsed:
            self._remember_groups(offset, doc)
        self.mention_spans = sorted(self.by_mention)
        self.in_sentence: dict[int, list[tuple[int, Referent]]] = {}  # sentence -> (position, referent) named there
        for referent in self.referents:
            for start, _ in referent.spans:
                self.in_sentence.setdefault(self._sentence_at(start), []).append((start, referent))
        self.spoken_in: dict[int, list[tuple[int, Referent]]] = {}

    # -- building ---------------------------------------------------------------------------------------------

    def _remember(self, mention: Mention) -> None:
        head = self.tokens.exactly_at(mention.start) or self.tokens(mention.start)
        roles, descriptors, gender = self._introduction(mention, head)
        kind = self._kind(mention, roles, gender)
        if kind is None:
            return
        referent = self._cluster(mention, kind)
        if referent is None:
            referent = Referent(mention.text, mention.text, kind)
            self.referents.append(referent)
        referent.add_span(mention.start, mention.end, mention.text)
        self._index(referent, mention.text)
        referent.roles |= roles
        referent.descriptors |= descriptors
        if kind == ORG:
            referent.roles |= {w for w in name_tokens(mention.text) if w in en.GROUP_NOUNS}
        if kind == PERSON:
            referent.gender = referent.gender or gender or self._honorific(mention) or gender_of_name(referent.name)
        if head is not None and _is_subject(head):
            referent.subject_at.add(mention.start)
        self.by_mention[(mention.start, mention.end)] = referent

    def _kind(self, mention: Mention, roles: set[str], gender: str | None) -> str | None:
        if mention.label == "PERSON":
            return PERSON
        if mention.label in ("ORG", "NORP") and not (roles & en.ROLE_NOUNS):
            return ORG if mention.label == "ORG" else None
        # A name the tagger took for a place or a body but the text introduces with a person's role or title.
        if (roles & en.ROLE_NOUNS or gender) and mention.text[:1].isupper():
            return PERSON
        return PLACE if mention.label in _PLACE_LABELS else ORG if mention.label == "ORG" else None

    def _cluster(self, mention: Mention, kind: str) -> Referent | None:
        """The referent this name names again: looked up by the words of its name, not by reading every referent."""
        keys = {(kind, w) for w in name_tokens(mention.text)} | {(kind, initials(mention.text))}
        candidates = {id(r): r for key in keys for r in self.by_word.get(key, ())}
        for referent in sorted(candidates.values(), key=lambda r: -r.spans[-1][0]):
            if kind == PERSON and same_person(mention.text, referent.name):
                return referent
            if kind != PERSON and (mention.text.lower() == referent.name.lower()
                                   or acronym_of(mention.text, referent.name)
                                   or acronym_of(referent.name, mention.text)):
                return referent
        return None

    def _index(self, referent: Referent, name: str) -> None:
        for key in {(referent.kind, w) for w in name_tokens(name)} | {(referent.kind, initials(name)),
                                                                      (referent.kind, name.lower())}:
            bucket = self.by_word.setdefault(key, [])
            if not any(r is referent for r in bucket):
                bucket.append(referent)

    def _introduction(self, mention: Mention, head: Token | None) -> tuple[set[str], set[str], str | None]:
        """Roles, describing words and gender evidence from the title before a name and the apposition beside it."""
        roles: set[str] = set()
        descriptors: set[str] = set()
        gender = None
        for words in (self._title_before(mention), self._apposition_after(mention), self._apposition_before(mention),
                      self._calling_itself(mention)):
            for n, word in enumerate(words):
                low = word.lower()
                if low in en.ROLE_NOUNS or low in en.GROUP_NOUNS:
                    roles.add(canonical_role(low))
                    descriptors.update(w.lower() for w in words if w[:1].isalpha() and w.lower() != low)
                    gender = gender or ("f" if low in en.FEMALE_ROLE_NOUNS else "m" if low in en.MALE_ROLE_NOUNS
                                        else None)
        return roles, descriptors, gender

    def _title_before(self, mention: Mention) -> list[str]:
        """'opposition leader', 'Belarusian President', 'the state news agency' right before the name."""
        token = self.tokens(mention.start)
        if token is None or token.i == 0:
            return []
        out: list[str] = []
        for t in reversed(token.doc[max(0, token.i - 6):token.i]):
            if t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.ent_type_ == "PERSON" or t.text in en.POSSESSIVE_MARKS:
                break
            out.insert(0, t.text)
        return out

    def _apposition_after(self, mention: Mention) -> list[str]:
        """'X, Lithuania's deputy foreign minister,', 'X, sister of Y:': the noun phrase after a comma."""
        return self._phrase_words(re.match(r"\s*,\s*((?:the|a|an)\s+)?([^,;:.()]{2,80})",
                                           self.text[mention.end:mention.end + 120]))

    def _apposition_before(self, mention: Mention) -> list[str]:
        """'the president's spokeswoman, Natalya Eismont,': a noun phrase that ends in a role right before a comma."""
        before = self.text[max(0, mention.start - 80):mention.start]
        match = re.search(r"(?:^|[,;:.(]\s*|\s)((?:the|a|an|[\w’'-]+(?:’s|'s|ʼs))\s+[^,;:.()]{0,60}?),\s*$", before)
        if match is None:
            return []
        words = re.findall(r"[\w’'-]+", match.group(1))
        return words if words and words[-1].lower() in en.ROLE_NOUNS else []

    def _calling_itself(self, mention: Mention) -> list[str]:
        """'a group calling itself the Cyber Partisans', 'a movement known as Busly Lyatsyats'."""
        before = self.text[max(0, mention.start - 60):mention.start]
        match = re.search(r"\b(?:a|an|the)\s+((?:[\w-]+\s+){0,4}?[\w-]+)\s+" + CALLED + r"\s+(?:the\s+)?$", before,
                          re.IGNORECASE)
        return match.group(1).split() if match else []

    @staticmethod
    def _phrase_words(match: re.Match | None) -> list[str]:
        if match is None:
            return []
        words = re.findall(r"[\w’'-]+", match.group(2))
        # The phrase ends at its head noun: what follows 'of', 'for', 'at' or 'who' describes the head, not the name.
        for n, word in enumerate(words):
            if word.lower() in ("of", "for", "at", "in", "who", "which", "with", "to", "from", "and", "said", "says"):
                return words[:n]
        return words

    def _honorific(self, mention: Mention) -> str | None:
        before = self.text[max(0, mention.start - 6):mention.start].lower().split()
        if not before:
            return None
        word = before[-1].rstrip(".")
        return "f" if word in en.FEMALE_HONORIFICS else "m" if word in en.MALE_HONORIFICS else None

    def _remember_groups(self, offset: int, doc: Doc) -> None:
        """People a sentence is about without naming them ('Her supporters took to the streets'), for 'they'."""
        for token in doc:
            coordinated = any(c.dep_ == "conj" for c in token.children) and token.pos_ in ("PROPN", "NOUN")
            if token.dep_ not in ("nsubj", "nsubjpass") or not coordinated and (
                    token.tag_ not in ("NNS", "NNPS") or token.ent_type_ not in ("", "NORP")):
                continue
            words = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "appos")
                     and (t.i <= token.i or coordinated)]
            words = [t for t in words if not t.is_punct] or [token]
            start, end = offset + words[0].idx, offset + words[-1].idx + len(words[-1].text)
            if self._in_quote(start):
                continue
            group = Referent(self.text[start:end], None, GROUP, plural=True, roles={token.lemma_.lower()})
            group.spans.append((start, end))
            group.subject_at.add(start)
            self.referents.append(group)

    # -- reading ----------------------------------------------------------------------------------------------

    def named(self, start: int, end: int) -> Referent | None:
        """The referent of the first name that lies in [start, end)."""
        return next((r for span, r in self.names_near(start, end) if start <= span[0] and span[1] <= end), None)

    def names_near(self, start: int, end: int, reach: int = 80) -> list[tuple[tuple[int, int], Referent]]:
        """Names that start in [start - reach, end), in text order: those inside a span and those that run into it."""
        lo = bisect_left(self.mention_spans, (start - reach, -1))
        hi = bisect_left(self.mention_spans, (end, -1))
        return [(span, self.by_mention[span]) for span in self.mention_spans[lo:hi] if span[1] > start]

    def person_named(self, word: str, before: int) -> Referent | None:
        """The person named before `before` whose name this word is ('Eismont' after 'Natalya Eismont')."""
        people = [r for r in self.referents if r.kind == PERSON and r.spans and r.spans[0][0] < before
                  and same_person(word, r.name)]
        return max(people, key=lambda r: max(s for s, _ in r.spans if s < before)) if people else None

    def spoke(self, referent: Referent, at: int) -> None:
        self.spoken.append((at, referent))
        self.spoken_in.setdefault(self._sentence_at(at), []).append((at, referent))

    def last_speaker(self) -> Referent | None:
        return self.spoken[-1][1] if self.spoken else None

    def pronoun(self, word: str, at: int, speaks_as_we: bool = False) -> Referent | None:
        """Rule `pronoun_by_agreement`: the nearest sentence back from the pronoun that holds someone who agrees with
        it in gender and number decides; within it the subject, then the last speaker, then the last named. 'it'
        and a 'they' that speaks as 'we' stand for an organisation; 'it' never stands for a person."""
        word = word.lower()
        fits = _agreement(word, speaks_as_we)
        if fits is None:
            return None
        k = self._sentence_at(at)
        for j in range(k, max(-1, k - PRONOUN_SENTENCES), -1):
            if j < 0:
                break
            limit = min(self.sentences[j][1], at)
            found = [(s, r) for s, r in self.in_sentence.get(j, ()) if fits(r) and s < limit and not self._in_quote(s)]
            spoken = [(s, r) for s, r in self.spoken_in.get(j, ()) if fits(r) and s < limit]
            found += spoken
            if not found:
                continue
            # Who speaks or is the subject comes first, then one whose gender is known to fit, then the last named.
            leading = {id(r) for s, r in found if s in r.subject_at} | {id(r) for _, r in spoken}
            return max(found, key=lambda x: (id(x[1]) in leading, x[1].gender is not None, x[0]))[1]
        last = self.last_speaker()
        return last if last is not None and fits(last) else None

    def quantified(self, word: str, at: int) -> Referent | None:
        """Rule `elliptical_quantifier`: 'many Belarusians still do not realise ... Instead, many view it as ...': a
        bare 'many' or 'some' stands for the group the sentence before counted with the same word, or else for the
        group that sentence was about."""
        k = self._sentence_at(at)
        for j in range(k, max(-1, k - 2), -1):
            start, end = self.sentences[j] if j >= 0 else (0, 0)
            groups = [r for r in self.referents if r.kind == GROUP and r.plural
                      and any(start <= s < min(end, at) for s, _ in r.spans)]
            same_word = [r for r in groups if r.name.lower().split()[:1] == [word.lower()]]
            if same_word or groups and j < k:
                return (same_word or groups)[-1]
        return None

    def description(self, head: Token, at: int) -> Referent | None:
        """Rules `role_description` and `group_description`: a definite description ('the president', 'the exiled
        leader', 'the ministry', 'the hackers') stands for the last one named before it with that role, or the last
        organisation the report calls so. A description that fits no one stays a description."""
        if not _is_definite(head):
            return None
        lemma = canonical_role(head.lemma_)
        modifiers = {c.lower_ for c in head.children if c.dep_ in ("amod", "compound", "nmod") and c.i < head.i}
        before = [r for r in self.referents if r.spans and r.spans[0][0] < at]
        if lemma in en.ROLE_NOUNS and head.tag_ not in ("NNS", "NNPS"):
            people = [r for r in before if r.kind == PERSON and lemma in r.roles]
            return _best(people, modifiers, at)
        if lemma in en.GROUP_NOUNS:
            bodies = [r for r in before if r.kind == ORG and (lemma in r.roles or lemma in r.descriptors)]
            return _best(bodies, modifiers, at)
        if head.lower_ in en.MEMBER_NOUNS:
            bodies = [r for r in before if r.kind == ORG and (head.lower_ in r.descriptors or head.lemma_ in r.descriptors
                                                              or "group" in r.roles)]
            return _best(bodies, modifiers, at)
        return None

    def _sentence_at(self, at: int) -> int:
        return max(0, bisect_right(self.sentence_starts, at) - 1)

    def _in_quote(self, position: int) -> bool:
        at = bisect_right(self.quotes, (position, float("inf"))) - 1
        return at >= 0 and self.quotes[at][0] <= position < self.quotes[at][1]


def _agreement(word: str, speaks_as_we: bool):
    """Which referents a pronoun can stand for, or None for one that names no speaker."""
    if word in en.FEMALE_PRONOUNS:
        return lambda r: _is_person_like(r) and r.gender in ("f", None) and not r.plural
    if word in en.MALE_PRONOUNS:
        return lambda r: _is_person_like(r) and r.gender in ("m", None) and not r.plural
    if word in en.PLURAL_PRONOUNS:
        if speaks_as_we:
            return lambda r: r.kind == ORG
        return lambda r: r.plural or r.kind == ORG
    if word in en.NEUTER_PRONOUNS:
        return lambda r: r.kind == ORG and not r.plural
    return None


def _is_person_like(r: Referent) -> bool:
    """A named person, or a description of one that spoke ('a source in the delegation')."""
    return r.kind == PERSON or (r.kind == GROUP and not r.plural and bool(r.roles & en.PERSON_NOUNS))


def _best(candidates: list[Referent], modifiers: set[str], at: int) -> Referent | None:
    """The candidate whose titles share the description's words, else the one named last before `at`."""
    if not candidates:
        return None

    def last_named(r: Referent) -> int:
        return max((s for s, _ in r.spans if s < at), default=-1)

    return max(candidates, key=lambda r: (len(modifiers & r.descriptors), last_named(r)))


def _is_subject(token: Token) -> bool:
    """A name is a sentence's subject when its head word, or the phrase it names, is."""
    while token.dep_ in ("compound", "flat", "appos", "poss") and token.head.i != token.i:
        if token.dep_ == "poss":
            return False
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _is_definite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" for c in head.children)
