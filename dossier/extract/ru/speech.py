"""Who said what in Russian. Each construction is a named rule:

- `quote_then_verb`: «Мы не угрожаем», — сказал Лукашенко (the speaker after the dash and the verb);
- `verb_then_quote`: Лукашенко заявил: «…» (the subject of the reporting verb before the quote);
- `dash_speech`: a paragraph that opens with a dash after one that ends with a colon and names who speaks
  ('Александр Лукашенко подчеркнул главное:' / '— Мы категорически…'), or that closes with ', — сказал X';
- `transcript`: 'Тихановская: …' lines of an interview (questions are not claims);
- `reported_clause`: X заявил, что … (the 'что' clause is what X said);
- `according_to`: по словам X, …; как сообщает X, ….
A statement is hedged when its sentence holds a hedge ('якобы', 'как утверждают', 'ходят слухи')."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from dossier.extract.ru.nlp import Parsed, Token
from dossier.lexicon import ru
from dossier.model import Attribution, Mention
from dossier.resolve.names import name_gender, nominative

_QUOTE = re.compile(r"«([^«»]{2,2000})»|„([^„“”]{2,2000})[“”]|\"([^\"\n]{2,2000})\"")
_AFTER_QUOTE = re.compile(r"^[,.!?]?\s*[—–-]\s*([а-яё]+)\s+", re.IGNORECASE)
_TRANSCRIPT = re.compile(r"(?m)^([А-ЯЁ][а-яё]+(?:\s[А-ЯЁ][а-яё]+)?):\s+(.+)$")
_DASH_LINE = re.compile(r"(?m)^\s*[—–]\s+(.+)$")
_CLOSING_CUE = re.compile(r",\s*[—–]\s+([а-яё]+)\s+([^.!?\n]{2,80})[.!?]?\s*$", re.IGNORECASE)
_RUMOUR = re.compile(r"(?i)\b((?:ходят|ходили|распространились|появились)\s+(слухи))[^.!?\n]{0,40}?,?\s*что\s+")
_HEDGE = re.compile("|".join(re.escape(h) for h in ru.HEDGES), re.IGNORECASE)


def extract_speech(parsed: Parsed, mentions: list[Mention]) -> list[Attribution]:
    text = parsed.text
    found: list[Attribution] = []
    taken: list[tuple[int, int]] = []

    def add(source: str, source_span: tuple[int, int] | None, cue: str | None, cue_span: tuple[int, int] | None,
            start: int, end: int, direct: bool) -> None:
        content = text[start:end].strip(" ,:;—–-\n")
        if not direct:
            content = content.rstrip(".")
        if len(content) < 2:
            return
        start = text.find(content, start)
        end = start + len(content)
        # a span may hold another (a reported clause with a word quoted in it); none may cut across another
        if any((a < end and start < b) and not (start <= a and b <= end) and not (a <= start and end <= b)
               for a, b in taken) or (start, end) in taken:
            return
        taken.append((start, end))
        sentence = _sentence_around(parsed, start)
        hedge = _HEDGE.search(text[sentence[0]:sentence[1]])
        spans = [start, end, *(s for s in (source_span or ()) if s is not None), *(s for s in (cue_span or ()))]
        found.append(Attribution(min(spans), max(spans), source, _key(source, mentions, source_span),
                                 source_span[0] if source_span else None, source_span[1] if source_span else None,
                                 cue, cue_span[0] if cue_span else None, cue_span[1] if cue_span else None,
                                 content, start, end, direct, bool(hedge), hedge.group(0) if hedge else None))

    _transcripts(text, mentions, add)
    _dash_speech(parsed, mentions, add)
    names = {(m.start, m.end) for m in mentions}
    alone: list[tuple[int, int]] = []  # quotes that stand as a paragraph of their own (a headline's)
    for m in _QUOTE.finditer(text):
        inner = next(g for g in m.groups() if g is not None)
        start = m.start() + 1
        if (start, start + len(inner)) in names:
            continue  # «Желтые сливы»: a name in quotes, not words someone said
        speaker = _quote_then_verb(parsed, mentions, m.end()) or _verb_then_quote(parsed, mentions, m.start())
        if speaker:
            add(*speaker, start, start + len(inner), True)
        elif _own_line(text, m.start(), m.end()):
            alone.append((start, start + len(inner)))
    _reported(parsed, mentions, add)
    _headline_quotes(found, alone, add)
    return sorted(found, key=lambda a: a.start)


def _own_line(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:line_end if line_end >= 0 else len(text)].strip(" .")


def _headline_quotes(found: list[Attribution], alone: list[tuple[int, int]], add) -> None:
    """Rule `headline_quote`: a quote that stands as a heading of its own is the words of the one person the report
    quotes directly (none is said when it quotes several or none)."""
    speakers = {(a.source, a.source_key) for a in found if a.direct and a.source_key}
    if len(speakers) != 1 or not alone:
        return
    source, _ = next(iter(speakers))
    first = next(a for a in found if a.direct and a.source == source)
    for start, end in alone:
        add(source, (first.source_start, first.source_end) if first.source_start is not None else None, None, None,
            start, end, True)


def _sentence_around(parsed: Parsed, at: int) -> tuple[int, int]:
    return next(((s, e) for s, e in parsed.sentences if s <= at < e), (at, at))


def _key(source: str, mentions: list[Mention], span: tuple[int, int] | None) -> str | None:
    """The mention a source names, as the actor links will know it."""
    if span is None:
        return None
    for m in mentions:
        if m.start <= span[0] < m.end or span[0] <= m.start < span[1]:
            return m.text if m.label in ("PERSON", "ORG", "GPE") else None
    return None


def _mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    return next((m for m in mentions if start <= m.start < end), None)


def _quote_then_verb(parsed: Parsed, mentions: list[Mention], after: int):
    """Rule `quote_then_verb`: «…», — сказал Лукашенко."""
    m = _AFTER_QUOTE.match(parsed.text[after:after + 60])
    if not m or _lemma_of(parsed, after + m.start(1)) not in ru.SPEECH_VERBS:
        return None
    cue_span = (after + m.start(1), after + m.end(1))
    who = _mention_at(mentions, cue_span[1], cue_span[1] + 60)
    if who is None:
        return None
    return who.text, (who.start, who.end), m.group(1), cue_span


def _verb_then_quote(parsed: Parsed, mentions: list[Mention], before: int):
    """Rule `verb_then_quote`: the reporting verb of the quote's sentence, before it, with a named subject."""
    sentence = _sentence_around(parsed, before)
    for token in _tokens_between(parsed, sentence[0], before):
        if token.lemma in ru.REPORTING_VERBS and token.pos == "VERB":
            subject = _subject(parsed, mentions, token)
            if subject is not None:
                return subject.text, (subject.start, subject.end), token.text, (token.start, token.end)
    return None


def _tokens_between(parsed: Parsed, start: int, end: int) -> list[Token]:
    starts = parsed.starts
    return list(parsed.tokens[bisect_left(starts, start):bisect_left(starts, end)])


def _lemma_of(parsed: Parsed, at: int) -> str | None:
    starts = parsed.starts
    i = bisect_left(starts, at)
    return parsed.tokens[i].lemma if i < len(starts) and starts[i] == at else None


def _subject(parsed: Parsed, mentions: list[Mention], verb: Token) -> Mention | None:
    """The named subject of a verb (its nsubj, or a name the subject's phrase holds)."""
    for t in parsed.children.get(verb.i, []):
        if t.rel in ("nsubj", "nsubj:pass"):
            if t.lemma in ("он", "она"):  # rule `pronoun_subject`: the last person of that gender named before
                return _last_person(mentions, t.start, "femn" if t.lemma == "она" else "masc")
            phrase = _subtree(parsed, t)
            start, end = min(x.start for x in phrase), max(x.end for x in phrase)
            named = [m for m in mentions if start <= m.start < end and m.label in ("PERSON", "ORG")]
            # 'телеграм-канал «Желтые сливы»': the name written right after the word for what it is
            named = named or [m for m in mentions if t.end <= m.start <= t.end + 3 and m.label in ("PERSON", "ORG")]
            if named:
                return min(named, key=lambda m: 0 if m.start <= t.start < m.end else abs(m.start - t.start))
            if end - start > 80:
                return None
            return Mention(start, end, parsed.text[start:end], "NOUN", t.sentence)
    return None


def _last_person(mentions: list[Mention], before: int, gender: str) -> Mention | None:
    for m in sorted((m for m in mentions if m.label == "PERSON" and m.end <= before), key=lambda m: -m.start):
        if name_gender(m.text) in (gender, None):
            return m
    return None


def _subtree(parsed: Parsed, top: Token) -> list[Token]:
    children = parsed.children
    out, stack = [], [top]
    while stack:
        t = stack.pop()
        out.append(t)
        stack += [c for c in children.get(t.i, []) if c.sentence == top.sentence]
    return out


def _dash_speech(parsed: Parsed, mentions: list[Mention], add) -> None:
    """Rule `dash_speech`."""
    text = parsed.text
    for m in _DASH_LINE.finditer(text):
        line_start, body_start, body_end = m.start(), m.start(1), m.end(1)
        closing = _CLOSING_CUE.search(m.group(1))
        if closing and _lemma_of(parsed, body_start + closing.start(1)) in ru.SPEECH_VERBS:
            who = _mention_at(mentions, body_start + closing.start(2), body_start + closing.end(2))
            if who is not None:
                add(who.text, (who.start, who.end), closing.group(1),
                    (body_start + closing.start(1), body_start + closing.end(1)), body_start,
                    body_start + closing.start(), True)
                continue
        before = text[:line_start].rstrip()
        if not before.endswith(":"):
            continue
        intro_start = before.rfind("\n") + 1
        for token in _tokens_between(parsed, intro_start, len(before)):
            if token.lemma in ru.REPORTING_VERBS and token.pos == "VERB":
                subject = _subject(parsed, mentions, token)
                if subject is not None:
                    add(subject.text, (subject.start, subject.end), token.text, (token.start, token.end), body_start,
                        body_end, True)
                    break


def _transcripts(text: str, mentions: list[Mention], add) -> None:
    """Rule `transcript`: 'Name: answer' lines, where the name is a person the report names; questions are not
    statements."""
    people = {nominative(m.text) for m in mentions if m.label == "PERSON"}
    known = people | {p.split()[-1] for p in people} | {m.text for m in mentions if m.label == "PERSON"}
    speakers = [m for m in _TRANSCRIPT.finditer(text) if m.group(1) in known or nominative(m.group(1)) in known]
    if len({m.group(1) for m in speakers}) < 2:
        return
    # the interviewer: the speaker whose lines are mostly questions
    asks = Counter(m.group(1) for m in speakers if m.group(2).rstrip().endswith("?"))
    lines = Counter(m.group(1) for m in speakers)
    for m in speakers:
        if m.group(2).rstrip().endswith("?") or asks[m.group(1)] * 2 >= lines[m.group(1)]:
            continue
        add(m.group(1), (m.start(1), m.end(1)), None, None, m.start(2), m.end(2), True)


def _reported(parsed: Parsed, mentions: list[Mention], add) -> None:
    """Rules `reported_clause` and `according_to`."""
    text = parsed.text
    for token in parsed.tokens:
        if token.pos != "VERB" or token.lemma not in ru.REPORTING_VERBS:
            continue
        sentence = _sentence_around(parsed, token.start)
        if text[sentence[0]:sentence[1]].rstrip().endswith("?"):
            continue  # a question asks; it states nothing
        subject = _subject(parsed, mentions, token)
        if subject is None:
            continue
        after = text[token.end:token.end + 400]
        clause = re.match(r"\s*(?:[^,.!?:\n]{0,60}?),?\s*что\s+", after) or re.match(r"\s*(?=(?:о|об|обо|про)\s)", after)
        if not clause:
            continue
        start = token.end + clause.end()
        add(subject.text, (subject.start, subject.end), token.text, (token.start, token.end), start, sentence[1],
            False)
    for m in _RUMOUR.finditer(text):  # rule `rumour`: 'ходят слухи, что …' — said by rumour, and hedged
        sentence = _sentence_around(parsed, m.start())
        add("слухи", (m.start(2), m.end(2)), m.group(1), (m.start(1), m.end(1)), m.end(), sentence[1], False)
    lowered = text.lower()
    for phrase in ru.ACCORDING_TO:
        for m in re.finditer(rf"(?<![а-яё]){re.escape(phrase)}\s+", lowered):
            sentence = _sentence_around(parsed, m.start())
            rest = text[m.end():sentence[1]]
            comma = rest.find(",")
            if comma <= 0 or comma > 80:
                continue
            source_span = (m.end(), m.end() + comma)
            who = _mention_at(mentions, source_span[0], source_span[1])
            source = who.text if who else text[source_span[0]:source_span[1]]
            span = (who.start, who.end) if who else source_span
            cue_span = (m.start(), m.start() + len(phrase))
            add(source, span, text[cue_span[0]:cue_span[1]], cue_span, source_span[1] + 1, sentence[1], False)
