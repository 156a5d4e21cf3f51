"""Reports that copy or rewrite another: found by shared word shingles, so that corroboration counts independent
sources rather than copies.

Three-word shingles and containment (shared shingles over the smaller report's) measured on the samples: a rewrite
that changes a few words per sentence keeps 0.70 of its shingles; two independent reports on the same events share
at most 0.06.

Candidates come from a sample of the shingles (those whose hash is 0 modulo SAMPLE_EVERY), which keeps the stored
index a quarter of the size and lets a new report find its candidates without reading the old ones; a candidate
needs two shared samples, so a true copy sharing 20 shingles is missed with probability 2.4%, one sharing 40 with
0.04%. datasketch's MinHash LSH estimates Jaccard, which
misses a short rewrite of a long report, and keeps its index in memory or Redis: this hash-mod sample estimates
containment and lives in the store's own tables.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable, Sequence

from rapidfuzz import fuzz

from dossier.model import CopyLink, Document

SHINGLE_WORDS = 3
COPY_CONTAINMENT = 0.35
MIN_SHINGLES = 20  # shorter reports say too little to tell a copy from a coincidence
SAMPLE_EVERY = 4  # one shingle in four is posted to the candidate index
MIN_SHARED_SAMPLES = 2
STOCK_PHRASE = 50  # a sample held by more reports than this finds no candidates


def shingles(text: str, n: int = SHINGLE_WORDS) -> frozenset[str]:
    words = re.findall(r"\w+", text.lower())
    return frozenset(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    small = min(len(a), len(b))
    return len(a & b) / small if small else 0.0


def shingle_hash(shingle: str) -> int:
    """A stable signed 64-bit hash (Python's own hash() changes between processes)."""
    return int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big", signed=True)


def sample(signature: frozenset[str]) -> list[int]:
    """The shingles whose hash falls in one residue class: two reports that share a fraction c of their shingles
    share about c of their samples too, so the samples find candidates and the full shingles decide."""
    return sorted({h for h in map(shingle_hash, signature) if h % SAMPLE_EVERY == 0})


def promising(shared: int, mine: int, theirs: int, threshold: float = COPY_CONTAINMENT) -> bool:
    """Worth judging on all shingles: enough shared samples, and a share of the smaller sample that a copy could
    reach (half the threshold, since samples of short reports are noisy)."""
    return shared >= MIN_SHARED_SAMPLES and shared >= 0.5 * threshold * min(mine, theirs)


def judge(doc: Document, signature: frozenset[str], candidates: Iterable[tuple[Document, frozenset[str]]],
          threshold: float = COPY_CONTAINMENT) -> list[CopyLink]:
    """Links between a report and the candidates it copies or that copy it: the earlier published is the original
    (then the smaller id, for a stable answer)."""
    links = []
    if len(signature) < MIN_SHINGLES:
        return links
    for other, other_sig in candidates:
        if other.id == doc.id or len(other_sig) < MIN_SHINGLES:
            continue
        score = containment(signature, other_sig)
        if score >= threshold:
            first, second = sorted((doc, other), key=lambda d: (d.published or "9999", d.id))
            links.append(CopyLink(second.id, first.id, round(score, 3)))
    return links


def still_candidates(mine: frozenset[int], theirs: frozenset[int], stock: Collection[int],
                     threshold: float = COPY_CONTAINMENT) -> bool:
    """Rule `stock_phrase_recheck`: a pair linked while a sample they share was rare stays linked only if it is
    still promising without the samples that have since become stock phrases. A report arriving later counts only
    the rare samples, so without this the links would depend on the order reports arrive in."""
    shared = sum(1 for h in mine & theirs if h not in stock)
    return promising(shared, len(mine), len(theirs), threshold)


def families(doc_ids: Sequence[str], links: Sequence[CopyLink]) -> dict[str, str]:
    """Each report's independent source: the original its copies (and copies of copies) go back to."""
    parent = {d: d for d in doc_ids}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for link in sorted(links, key=lambda l: l.copy):
        if link.copy in parent and link.original in parent:
            a, b = root(link.copy), root(link.original)
            if a != b:
                parent[a] = b
    return {d: root(d) for d in doc_ids}


DECLARED_SAME = 90  # partial similarity of two bodies at which a declared copy (a forward) is taken as one


def declared_copies(doc: Document, candidates: Iterable[Document]) -> list[CopyLink]:
    """Rule `declared_copy`: a report whose source says it repeats an outlet (a forwarded Telegram post) copies the
    report of that outlet with the same words, however short; and a report is the original of the stored reports that
    say they repeat its outlet with its words."""
    out = []
    for other in candidates:
        if other.id == doc.id:
            continue
        copy, original = (doc, other) if doc.copied_from and doc.copied_from == other.outlet else (other, doc)
        if copy.copied_from != original.outlet:
            continue
        a, b = _body(copy), _body(original)
        if a and b and (a == b or fuzz.partial_ratio(a, b) >= DECLARED_SAME):
            out.append(CopyLink(copy.id, original.id, 1.0))
    return out


def _body(doc: Document) -> str:
    text = doc.text.split("\n\n", 1)[-1] if doc.title else doc.text
    return " ".join(text.lower().split())
