"""What a figure counts, said as a reader would: the counted phrase with the clause it stands in ('volunteers from
Belarus fighting in defence of Ukraine', 'books confiscated by police from the bookstore', 'share of the votes won by
Lukashenko'). Read off the parse: the figure's phrase, climbed to the word that carries its role in the clause, then
the verb it is the subject or the object of, with that verb's own complements; never across a clause boundary.

Each decision is a named rule:
- `collective_climb`: 'a group of up to 200 volunteers', '79% of respondents', 'thousands of people': the clause
  role is the collective's or the figure's, the thing counted is what follows 'of'.
- `subject_predicate`: the phrase is a subject: the verb phrase follows it ('respondents opposed to the war').
- `object_predicate`: the phrase is an object: the verb with its doer ('books confiscated by police'), or, for a
  passive ('was given an 18-year sentence'), whom it went to.
- `own_clause`: a participle or relative clause on the counted noun belongs to it ('volunteers fighting under
  Ukrainian command').
- `share_of`: a percentage is a share of what it counts; `share_holder`: 'Oleg Gaidukevich with 2.02%', 'wins the
  polls with 80%': held by the name before 'with', or won by the verb's doer.
- `owners_of`: a figure that counts the owners of a subject or object ('representatives of 27 countries passed the
  package') is said with what their noun did ('countries whose representatives passed the package').
- `length_of`: a length of time that modifies a noun ('a five-year term') is the length of that noun.
- `time_spent`: a length of time after 'for' is the time the verb lasted ('time imprisoned', 'time ruled by X').
- `prepositional_object`: a figure a verb acts on through a preposition ('stumbled upon groups of several dozen
  people') is said as an object is; not 'for the sixth time'.
- `shared_adjunct`: 'one person was killed and dozens were injured in a crackdown': the place or cause after the
  second verb is the first's too.
- `surname`: a person who did it is named by surname ('won by Lukashenko'), as reports do after a first mention.
- `another_figure`: a complement with another figure in it ('pardoned 30 people, on 4 September another 30')
  belongs to that figure, and a figure that borrows what the one before counted keeps its own date.
- `counted_with`: a figure joined to a name shares what is said of it, with that name ('13 other prisoners released
  with Tsikhanouski'); `owners_of` also reads 'the release of 1,150 prisoners' that someone calls for.
- `dated_count`: the date that governs the figure in its own clause is part of what it counts ('people pardoned on
  4 September' is not the count pardoned on 16 August).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from dossier.extract.figures.counted import of_object
from dossier.lexicon import en

MAX_PREDICATE_WORDS = 14
# Dependents that open another clause or list: not part of what the figure counts.
CLAUSE_BOUNDARY = frozenset({"advcl", "ccomp", "parataxis", "conj", "cc", "punct", "mark", "csubj", "intj", "meta",
                             "dep", "appos", "relcl", "preconj", "discourse"})
# A verb's dependents that say what happened to the counted thing: kept after the verb.
COMPLEMENTS = frozenset({"prep", "dobj", "attr", "acomp", "prt", "agent", "xcomp", "neg", "advmod", "npadvmod", "oprd",
                         "dative", "pobj", "pcomp"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj"})


def describe(counted: str | None, head: Token | None, own: range, percent: bool, duration: bool = False,
             date: str | None = None, level: tuple[str, Token | None] | None = None) -> str | None:
    """The description of a figure whose counted phrase is `counted` (headed by `head`), its own tokens `own`;
    `duration` for a length of time; `date` the text of the date that governs the figure in its own clause ('on 4
    September'), said with it when the description does not already say it; `level` what `level_of` says of it,
    when the caller has asked already."""
    text = _described(counted, head, own, percent, duration, level)
    if text and date and date.lower() not in text.lower():
        text = f"{text} {date}"  # rule `dated_count`: 'people pardoned on 4 September'
    return text


def _described(counted: str | None, head: Token | None, own: range, percent: bool, duration: bool,
               level: tuple[str, Token | None] | None) -> str | None:
    if head is None:
        return f"share of {counted}" if percent and counted else counted
    anchor = anchor_of(head, own)
    if not counted and head.i in own and head.pos_ == "NOUN" and not head.like_num and head.text != "%" \
            and head.lemma_ not in en.COLLECTIVE_NOUNS:
        counted = head.text  # 'groups of 40 migrants': the figure's span holds its noun
    kind, what = level if level is not None else level_of(anchor)
    if kind == "of" and what is not None:  # 'the number of political prisoners in Belarus reached 360'
        return ("share of " if percent else "") + _clipped(what)
    parts = [counted] if counted else []
    noun = head if head.i not in own else None
    if noun is not None:
        parts += [_clipped(c) for c in noun.rights if c.dep_ in ("acl", "relcl") and not _relative_subject(c, noun)]
    role_word = role_of(anchor)
    if role_word.dep_ in SUBJECTS:
        parts.append(_subject_predicate(role_word))
    elif role_word.dep_ in OBJECTS:
        parts.append(_object_predicate(role_word))
    elif percent and role_word.dep_ == "pobj" and role_word.head.lower_ == "with":
        holder = holder_before(role_word.head, short=True)
        verb = role_word.head.head
        if holder:
            parts.append(f"held by {holder}")
        elif verb.pos_ == "VERB":  # 'Lukashenko wins the polls with 80% of the votes'
            doer = doer_of(verb, short=True)
            parts.append(f"{participle(verb)} by {doer}" if doer else participle(verb))
    elif role_word.dep_ == "pobj" and role_word.head.lower_ == "of" and role_word.head.head.pos_ == "NOUN" \
            and role_word.head.head.dep_ in SUBJECTS | OBJECTS:
        owner = role_word.head.head  # rule `owners_of`: 'representatives of 27 EU countries passed the package'
        said = _subject_predicate(owner) if owner.dep_ in SUBJECTS else _object_predicate(owner)
        parts.append(f"whose {owner.lower_} {said}".strip())
    elif role_word.dep_ == "pobj" and role_word.head.lower_ == "of" and role_word.head.head.pos_ == "NOUN" \
            and role_word.head.head.dep_ == "pobj" and role_word.head.head.head.head.pos_ == "VERB":
        owner = role_word.head.head  # 'calling for the release of 1,150 prisoners': whose release is called for
        prep, verb = owner.head, owner.head.head
        doer = doer_of(verb, short=True)
        parts.append(" ".join(x for x in (f"whose {owner.lower_}", participle(verb), prep.lower_,
                                          f"by {doer}" if doer else "") if x))
    elif duration and role_word.dep_ == "pobj" and role_word.head.lower_ in ("for", "over") \
            and role_word.head.head.pos_ == "VERB":
        verb = role_word.head.head  # rule `time_spent`: 'has been imprisoned for 2 years', 'has ruled for 26 years'
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:
            held = name_of(passive, proper_only=True, short=True)
            return f"time {held + ' ' if held else ''}{participle(verb)}"
        doer = doer_of(verb, proper_only=True, short=True)
        return f"time {participle(verb)}" + (f" by {doer}" if doer else "")
    elif role_word.dep_ == "pobj" and role_word.head.head.pos_ == "VERB" and not duration \
            and role_word.head.lower_ in en.PHRASAL_PREPOSITIONS and role_word.lemma_ != "time" \
            and role_word.pos_ == "NOUN" and counted:
        prep = role_word.head  # rule `prepositional_object`: 'stumbled upon groups of several dozen people'
        verb = prep.head
        doer = doer_of(verb, short=True)
        parts.append(" ".join(x for x in (participle(verb), prep.lower_, f"by {doer}" if doer else "",
                                          _complements_after(verb, prep.i)) if x))
    partner = anchor.head if anchor.dep_ == "conj" and anchor.head.pos_ == "PROPN" else None
    if partner is not None:  # rule `counted_with`: 'Tsikhanouski and 13 other prisoners have been released'
        name = name_of(partner, proper_only=True, short=True)
        if name:
            parts.append(f"with {name}")
    text = " ".join(p for p in parts if p)
    if percent:
        whole = of_object(head) or head
        the = "the " if counted and any(c.dep_ == "det" and c.lower_ == "the" for c in whole.children) else ""
        text = (f"share of {the}" if counted else "share ") + text if text else "share"  # 'share of the votes'
    elif duration and noun is not None and any(t.dep_ in ("compound", "amod", "nummod") and t.head.i == noun.i
                                               for t in (head.doc[i] for i in own)):
        text = f"length of {text}"  # rule `length_of`: 'a five-year term', 'an 18-year sentence'
    return text or None


def level_of(anchor: Token | None) -> tuple[str, Token | None]:
    """Rule `level_of_a_count`: a figure that is the level a count reached ('the number of political prisoners
    reached 360', 'this figure has now risen to 97%', 'the death toll stood at 50') counts what that count counts.
    ('of', the counted noun) when the count names it; ('back', None) when it points back to a figure before it
    ('this figure'); ('', None) otherwise."""
    if anchor is None:
        return "", None
    verb = anchor.head if anchor.dep_ in ("dobj", "attr") else None
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "at") and anchor.head.head.pos_ in ("VERB", "AUX"):
        verb = anchor.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return "", None
    count = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lemma_ in en.COUNT_NOUNS), None)
    if count is None:
        return "", None
    counted = of_object(count)
    if counted is not None:
        return "of", counted
    if any(c.dep_ == "det" and c.lower_ in ("this", "that", "the") for c in count.children):
        return "back", None
    return "", None


def role_of(anchor: Token) -> Token:
    """The word whose role in the clause a figure's phrase shares: '166 individuals and 15 legal entities', 'X and
    13 other prisoners': the second shares the first's."""
    while anchor.dep_ == "conj" and anchor.head.pos_ in ("NOUN", "PROPN", "NUM"):
        anchor = anchor.head
    return anchor


def anchor_of(head: Token, own: range) -> Token:
    """Rule `collective_climb`: from the counted noun up to the word whose role in the clause the phrase has."""
    a = head
    for _ in range(4):
        of = a.head if a.dep_ == "pobj" and a.head.lower_ == "of" else None
        if of is not None and (of.head.i in own or of.head.lemma_ in en.COLLECTIVE_NOUNS):
            a = of.head
            continue
        if a.i in own and a.dep_ in ("nummod", "quantmod", "compound", "amod", "advmod") and a.head.i != a.i:
            a = a.head
            continue
        break
    return a


def _subject_predicate(subject: Token) -> str:
    """Rule `subject_predicate`: the verb (not a bare 'be') and what it says of the subject, in the text's order."""
    verb = subject.head
    copula = verb.lemma_ == "be"
    words: list[Token] = [] if copula else [verb]
    for child in verb.children:
        if child.i == subject.i or child.dep_ in CLAUSE_BOUNDARY or child.dep_ in ("aux", "auxpass", "nsubj",
                                                                                   "nsubjpass", "expl"):
            continue
        if child.i < verb.i and not copula:
            continue  # 'At that time, ...', 'According to a poll, ...': the frame of the clause, not the count
        if child.dep_ in COMPLEMENTS and child.lower_ not in en.ATTRIBUTING_PREPOSITIONS \
                and not _holds_a_figure(child):
            words += _subtree(child)
    if not any(c.dep_ == "prep" for c in verb.children):  # rule `shared_adjunct`: 'one person was killed and
        partner = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)  # dozens were
        if partner is not None:  # injured in a crackdown': the crackdown is where both happened
            words += [t for c in partner.children if c.dep_ == "prep" and c.i > partner.i for t in _subtree(c)]
    return _text(sorted(words, key=lambda t: t.i)[:MAX_PREDICATE_WORDS])


def _object_predicate(obj: Token) -> str:
    """Rule `object_predicate`: the verb, its doer ('by ...') or for a passive the one it went to ('to ...'), and
    the verb's complements after the object."""
    verb = obj.head
    words = [participle(verb)]
    passives = [c for c in verb.children if c.dep_ == "nsubjpass"]  # 'the journalist Ihar Losik' parsed as two
    passive = next((c for c in passives if c.pos_ == "PROPN"), passives[0] if passives else None)
    if passive is not None:
        name = name_of(passive, short=True)
        if name:
            words += ["to", name]
    else:
        doer = doer_of(verb, short=True)
        if doer:
            words += ["by", doer]
    return " ".join([*words, _complements_after(verb, obj.i)]).strip()


def doer_of(verb: Token, proper_only: bool = False, short: bool = False) -> str | None:
    """The subject of a verb, or of the verb it hangs off ('by sending hundreds', 'signed a decree pardoning 30')."""
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and any(t.ent_type_ in ("DATE", "TIME") for t in subject.subtree):
            return None  # 'VILNIUS, Feb 28 (Reuters) - Police detained ...': a dateline parsed as the subject
        if subject is not None:
            if subject.lower_ in en.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                subject = verb.head  # 'border guards, who used to catch ...'
                if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.pos_ == "NOUN":
                    subject = subject.head.head  # 'four packages of sanctions, which list 166 people': the packages
            return name_of(subject, proper_only, short)
        if verb.dep_ not in ("conj", "xcomp", "advcl", "pcomp", "prep", "acl", "dobj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def name_of(token: Token, proper_only: bool = False, short: bool = False) -> str | None:
    """A doer or holder as a reader names it: its proper name if it has one ('His closest rival, Sergei Syrankov';
    'Lithuania, an EU nation which ...'), else its phrase (none with `proper_only`); none for a pronoun."""
    if token.lower_ in en.PRONOUNS or token.lower_ in en.RELATIVE_PRONOUNS:
        return None
    if token.dep_ == "appos" and token.head.pos_ == "PROPN":
        token = token.head
    if token.pos_ != "PROPN":
        token = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), token)
    if token.pos_ == "PROPN":
        run = _proper_run(token)
        if short and token.ent_type_ == "PERSON" and len(run) > 1:
            return run[-1].text  # rule `surname`: 'won by Lukashenko', as reports say it after the first mention
        return _text(run)
    return None if proper_only else _text(sorted(_subtree(token), key=lambda t: t.i)[:6])


def _proper_run(token: Token) -> list[Token]:
    """A name's words: the token and the proper nouns compounded on it, as long as they run unbroken up to it."""
    run = [token]
    while True:
        before = next((c for c in run[0].children if c.i == run[0].i - 1 and c.dep_ in ("compound", "flat")
                       and c.pos_ == "PROPN"), None)
        if before is None:
            before = next((c for c in token.children if c.i == run[0].i - 1 and c.dep_ in ("compound", "flat")
                           and c.pos_ == "PROPN"), None)
        if before is None:
            return run
        run.insert(0, before)


def holder_before(prep: Token, short: bool = False) -> str | None:
    """Rule `share_holder`: 'Oleg Gaidukevich with 2.02%': the name just before 'with' holds the share."""
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is None or before.pos_ != "PROPN":
        return None
    return name_of(before, proper_only=True, short=short)


def participle(verb: Token) -> str:
    """The verb as a past participle, for 'votes taken by ...': the text when it is one, else from its stem."""
    if verb.tag_ == "VBN":
        return verb.text
    lemma = verb.lemma_.lower()
    if lemma in en.IRREGULAR_PARTICIPLES:
        return en.IRREGULAR_PARTICIPLES[lemma]
    if verb.tag_ == "VBD":
        return verb.text
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _relative_subject(clause: Token, noun: Token) -> bool:
    """A relative clause whose subject is another noun ('prisoners whose release she calls for') is not what is
    counted."""
    return clause.dep_ == "relcl" and any(c.dep_ in SUBJECTS and c.lower_ not in en.RELATIVE_PRONOUNS
                                          for c in clause.children)


def _complements_after(verb: Token, after: int) -> str:
    """What the verb says after position `after` (where the figure's phrase stands): its complements, not the
    one who reports it nor another figure."""
    words = [t for c in verb.children if c.i > after and c.dep_ in COMPLEMENTS - {"dobj", "neg"}
             and c.lower_ not in en.ATTRIBUTING_PREPOSITIONS and not _holds_a_figure(c) for t in _subtree(c)]
    return _text(sorted(words, key=lambda t: t.i)[:MAX_PREDICATE_WORDS])


def _holds_a_figure(token: Token) -> bool:
    """A complement with another figure in it ('on 4 September another 30') belongs to that figure, not this one;
    the numbers of a date do not count."""
    return any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in _subtree(token))


def _subtree(token: Token) -> list[Token]:
    """The token and its dependents, leaving out what opens another clause."""
    out = [token]
    for child in token.children:
        if child.dep_ not in CLAUSE_BOUNDARY:
            out += _subtree(child)
    return out


def _clipped(token: Token) -> str:
    return _text(sorted(_subtree(token), key=lambda t: t.i)[:MAX_PREDICATE_WORDS])


def _text(tokens: Iterable[Token]) -> str:
    """Words as written ('coal-fired', 'army’s'), a sentence-initial capital lowered."""
    out = ""
    before = None
    for t in tokens:
        glued = before is not None and before.i + 1 == t.i and not before.whitespace_
        word = t.text.lower() if t.is_sent_start and t.pos_ not in ("PROPN",) else t.text
        out += ("" if glued or before is None else " ") + word
        before = t
    return out
