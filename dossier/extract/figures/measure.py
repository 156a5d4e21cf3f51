"""What a figure measures, so that series compare like with like: the thing counted with the modifiers that say
which kind ('political prisoner', 'Russian troop'), what happened to it where the thing is people in general
('people: detained'), whose it is where it belongs to someone ('age of Ihar Losik', 'prison sentence of Maria
Kalesnikava', 'share of votes (Lukashenko)'), and the unit for a measurement ('kilometre of border').

A figure with no measure (a bare number, a length of time that is no sentence, a share of nothing named) joins no
series: a series is only worth drawing when its points count the same thing.

Each decision is a named rule:
- `age_holder`: an age is the age of the person it stands by ('Ihar Losik, 30,', 'the 34-year-old activist X').
- `sentence_holder`: a length of time under a sentencing verb is the prison sentence of whom it was given to.
- `share_holder`: a share is of what it counts, held by whom the clause names ('won 80% of the votes').
- `people_act`: people in general are measured by what happened to them.
- `kind_of_thing`: other things by their noun and the modifiers that say which kind.
- `increment`: a figure that adds to a count ('another 31 political prisoners', 'two more persons') measures the
  addition, apart from the count's level.
- `series_number`: an ordinal is the number of a thing in its series ('term number (Lukashenka)'), apart from
  counts of the thing; a multiple ('six times higher') measures nothing of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.figures.about import doer_of, holder_before, level_of, name_of, role_of
from dossier.extract.figures.candidates import AGE_UNITS, TIME_UNITS
from dossier.extract.figures.counted import of_object
from dossier.lexicon import en


def measure(unit: str | None, head: Token | None, anchor: Token | None, own: range, last: Token | None,
            ordinal: bool = False, level: tuple[str, Token | None] | None = None) -> str | None:
    name = (unit or "").split(" per ")[0]
    anchor = role_of(anchor) if anchor is not None else None
    if ordinal:  # rule `series_number`: 'a sixth consecutive term' is the number of a term, won by someone
        if head is None or head.pos_ != "NOUN":
            return None
        doer = doer_of(anchor.head, proper_only=True) if anchor is not None and anchor.dep_ == "dobj" else None
        return f"{_thing(head)} number" + (f" ({doer})" if doer else "")
    if name in ("time", "fold"):
        return None  # 'six times higher': a multiple of something else
    if name in AGE_UNITS:
        holder = _age_holder(last, own)
        return f"age of {holder}" if holder else None
    if name.rstrip("s") in TIME_UNITS:
        holder = _sentence_holder(head, anchor, own)
        return f"prison sentence of {holder}" if holder else None
    noun = head if head is not None and head.i not in own and head.pos_ in ("NOUN", "PROPN") else None
    if noun is None and head is not None:  # '80% of the vote': the share's own word heads the phrase
        whole = of_object(head)
        noun = whole if whole is not None and whole.pos_ in ("NOUN", "PROPN") else None
    kind, what = level if level is not None else level_of(anchor)
    if kind == "of" and what is not None and what.pos_ in ("NOUN", "PROPN"):
        noun = what  # 'the number of political prisoners reached 360' measures political prisoners
    act = _act(anchor)
    if name.startswith("percent"):
        holder = _share_holder(anchor)
        if noun is None and not holder:
            return None
        share = "share of " + (_thing(noun) if noun is not None else "the whole")
        return f"{share} ({holder})" if holder else (f"{share}: {act}" if act else share)
    if noun is None:
        return None
    thing = _thing(noun)
    if name and name not in (noun.lemma_.lower(), thing) and not name.endswith(noun.lemma_.lower()):
        return f"{name} of {thing}"  # a measurement: '1,084-kilometre border'
    if noun.lower_ in en.PEOPLE_NOUNS or noun.lemma_.lower() in en.PEOPLE_NOUNS:
        return f"people: {act}" if act else None  # rule `people_act`
    if noun.lemma_.lower() == "member":
        group = _member_of(noun, anchor)
        return f"member of {group}" if group else None
    if act and act not in en.PLAIN_ACTS:
        return f"{thing}: {act}"  # rule `kind_of_thing`
    if any(_adds(t) for t in (*(noun.doc[i] for i in own), *noun.children)):
        return f"{thing}: more"  # rule `increment`: 'another 31 political prisoners' is an addition, not a level
    return thing


def _adds(token: Token) -> bool:
    """'another 31', 'a further 1,150', 'two more': the word makes the figure an addition; not 'more than 1,000',
    which is a bound."""
    if token.lower_ == "more":
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return token.i > 0 and token.doc[token.i - 1].like_num and (after is None or after.lower_ != "than")
    return token.lower_ in en.INCREMENT_WORDS


def _thing(noun: Token) -> str:
    """The noun's lemma with the modifiers that say which kind: 'political prisoner', 'Russian troop'."""
    kinds = [t.text if t.text[:1].isupper() else t.lower_ for t in noun.lefts
             if t.dep_ in ("amod", "compound") and (t.lower_ in en.KIND_MODIFIERS
                                                  or (t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN")
                                                      and t.ent_type_ in ("NORP", "GPE")))]
    return " ".join([*kinds, noun.lemma_.lower()])


def _act(anchor: Token | None) -> str | None:
    """What happened to what is counted: the class of its clause's verb (or of the participle on it)."""
    if anchor is None:
        return None
    verbs = [c for c in anchor.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") and anchor.head.pos_ in ("VERB", "AUX"):
        verbs.insert(0, anchor.head)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "against":
        return "accused"  # 'cases against 100 volunteers', 'charges against 40 people'
    for verb in verbs:
        lemma = verb.lemma_.lower()
        for act, lemmas in en.ACT_CLASSES.items():
            if lemma in lemmas:
                return act
    return None


def _age_holder(last: Token | None, own: range) -> str | None:
    """Rule `age_holder`: climb from the age to the first name or person noun outside the figure."""
    node = last
    for _ in range(5):
        if node is None or node.head.i == node.i:
            return None
        node = node.head
        if node.i in own or node.lower_ in ("year", "years", "old", "aged"):
            continue
        if node.pos_ in ("PROPN", "NOUN"):
            return name_of(node, proper_only=True)
    return None


def _sentence_holder(head: Token | None, anchor: Token | None, own: range) -> str | None:
    """Rule `sentence_holder`: 'X was sentenced to 18 years', 'X was given an 18-year sentence', 'X is serving 10
    years', 'a 15-year sentence for X'."""
    token = anchor if anchor is not None else head
    if token is None:
        return None
    sentence_noun = head is not None and head.lemma_.lower() in en.SENTENCE_NOUNS
    node = token
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            break
    verb = node if node.pos_ in ("VERB", "AUX") else None
    if verb is None or not (verb.lemma_.lower() in en.SENTENCE_VERBS or sentence_noun):
        return None
    for dep in ("nsubjpass", "dative", "dobj", "nsubj"):
        for child in verb.children:
            if child.dep_ == dep and child.i not in own and child.i != token.i:
                name = name_of(child, proper_only=True)
                if name:
                    return name
    given_to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    target = next((c for c in given_to.children if c.dep_ == "pobj"), None) if given_to is not None else None
    return name_of(target, proper_only=True) if target is not None and target.i not in own else None


def _share_holder(anchor: Token | None) -> str | None:
    """Rule `share_holder`: the doer of the clause a share is the object of ('Lukashenko won 80%')."""
    if anchor is None:
        return None
    if anchor.dep_ == "dobj":
        return doer_of(anchor.head, proper_only=True)
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "with":
        holder = holder_before(anchor.head)
        if holder:
            return holder
        return doer_of(anchor.head.head, proper_only=True) if anchor.head.head.pos_ == "VERB" else None
    return None


def _member_of(noun: Token, anchor: Token | None) -> str | None:
    """'members of the Kalinouski Regiment', 'the regiment has about 200 members': the group they belong to."""
    group = of_object(noun)
    if group is None and anchor is not None and anchor.dep_ == "dobj" and anchor.head.lemma_ == "have":
        group = next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
    return name_of(group, proper_only=False) if group is not None else None
