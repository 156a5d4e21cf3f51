"""natasha's models (shipped inside its PyPI package; nothing is downloaded) and pymorphy3's dictionaries, loaded on
first use and kept for the process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from dossier.resolve.names import morph


@dataclass(frozen=True)
class Token:
    """A word of a Russian report: its span in the report, its part of speech and features (natasha's UD tags),
    its syntactic head (index into the report's tokens, -1 at the root) and relation, and its lemma (pymorphy3)."""

    i: int
    text: str
    start: int
    end: int
    pos: str
    feats: dict
    head: int
    rel: str
    lemma: str
    sentence: int


@dataclass(frozen=True)
class Name:
    """A span natasha's name tagger marks: PER, LOC or ORG."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class Parsed:
    text: str
    sentences: tuple[tuple[int, int], ...]  # (start, end) of each sentence
    tokens: tuple[Token, ...]
    names: tuple[Name, ...]

    @cached_property
    def starts(self) -> list[int]:
        """Where each token starts, for bisection."""
        return [t.start for t in self.tokens]

    @cached_property
    def children(self) -> dict[int, list[Token]]:
        """Each token's dependents, by the token's index (-1: the roots)."""
        out: dict[int, list[Token]] = {}
        for t in self.tokens:
            out.setdefault(t.head, []).append(t)
        return out


@lru_cache(maxsize=1)
def _models():
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    embedding = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(embedding), NewsSyntaxParser(embedding), NewsNERTagger(embedding)


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    return morph().parse(word)[0].normal_form if word[:1].isalpha() else word.lower()


def parse(text: str) -> Parsed:
    """The report line by line (a line is a paragraph, a heading or a caption: no sentence runs across two)."""
    from natasha import Doc

    segmenter, morph_tagger, syntax, ner = _models()
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    names: list[Name] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            doc = Doc(line)
            doc.segment(segmenter)
            doc.tag_morph(morph_tagger)
            doc.parse_syntax(syntax)
            doc.tag_ner(ner)
            for sent in doc.sents:
                if sentences and sentences[-1][1] > offset and _open_quote(text[sentences[-1][0]:sentences[-1][1]]):
                    sentences[-1] = (sentences[-1][0], offset + sent.stop)  # a stop inside «…» ends no sentence
                else:
                    sentences.append((offset + sent.start, offset + sent.stop))
                n = len(sentences) - 1
                first = len(tokens)
                ids = {t.id: first + k for k, t in enumerate(sent.tokens)}
                for t in sent.tokens:
                    tokens.append(Token(len(tokens), t.text, offset + t.start, offset + t.stop, t.pos or "",
                                        dict(t.feats or {}), ids.get(t.head_id, -1), t.rel or "", lemma(t.text), n))
            names += [Name(offset + s.start, offset + s.stop, s.text, s.type) for s in doc.spans]
        offset += len(line) + 1
    return Parsed(text, tuple(sentences), tuple(tokens), tuple(names))


def _open_quote(sentence: str) -> bool:
    return sentence.count("«") > sentence.count("»")
