"""Statements read from a verb of saying: 'X said (that) ...', '..., X said', 'X told Y', 'X quoted Y as saying',
'X thanked Y for ...', 'what they saw as ...', 'X called on Y to ...', 'a claim Minsk denies', evidence that shows or
suggests. One named function per construction, each taking the trigger token and its paragraph's offset."""

from __future__ import annotations

from spacy.tokens import Token

from dossier.extract.speech import phrases
from dossier.extract.speech.hedging import has_owner
from dossier.extract.speech.statements import (
    Found,
    cue_tokens,
    is_counter_claim,
    make_found,
    phrase_head,
    rest_after,
    source_phrase,
    subject_of,
    subtree,
    trimmed,
    unsaid,
)
from dossier.lexicon import en
from dossier.lexicon.en import APPEAL_VERBS, CLAUSE_VERBS, OBJECT_VERBS


def _citing(verb: Token) -> tuple[Token, Token] | None:
    """'X, citing Y, said that ...': (the cited source, the relay's participle)."""
    for child in verb.children:
        if child.dep_ == "advcl" and child.lemma_ in en.CITING_VERBS and child.tag_ == "VBG":
            cited = next((c for c in child.children if c.dep_ == "dobj"), None)
            if cited is not None:
                return cited, child
    return None


# -- rules over the parse: each takes a trigger token and the paragraph's offset --------------------------------


def impersonal_attribution(verb: Token, offset: int) -> Found | None:
    """'It is said that ...', 'it was reported that ...', 'it is thought that ...': an unnamed source."""
    if verb.lemma_ not in en.IMPERSONAL_VERBS or verb.tag_ != "VBN":
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "expl")), None)
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if subject is None or subject.lower_ != "it" or complement is None:
        return None
    aux = [c for c in verb.children if c.dep_ in ("auxpass", "aux")]
    return make_found(None, None, sorted([subject, *aux, verb], key=lambda t: t.i), subtree(complement), verb, offset,
                      rule="impersonal_attribution", hedge=f"unnamed source: it is {verb.text}",
                      described="unnamed source")


def clause_attribution(verb: Token, offset: int) -> Found | None:
    """'X said (that) CLAUSE' and 'CLAUSE, X said': the clausal complement of a reporting verb. 'X, citing Y,
    said ...' is Y's statement, which X relays."""
    finding = verb.lemma_ in en.FINDING_VERBS
    if verb.lemma_ not in CLAUSE_VERBS and not finding or verb.pos_ not in ("VERB", "AUX") or unsaid(verb):
        return None
    complement = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if complement is None or not _has_subject(complement):
        return None
    if finding and not any(c.dep_ == "mark" and c.lower_ == "that" for c in complement.children):
        return None
    content = trimmed(subtree(complement))
    subject = subject_of(verb)
    citing = _citing(verb)
    carried = _carried_by(verb)
    if subject is None and citing is not None:
        # 'Ukrinform, citing the General Staff, reported that ...' with the relay misread: the phrase before the comma.
        opening = phrases.strip_edges(phrases.split_commas([t for t in verb.sent if t.i < citing[1].i])[0])
        subject = opening[-1] if opening and len(opening) <= 6 and opening[0].text[:1].isupper() else None
    if not content or subject is None:
        return None
    if citing is not None:
        cited, participle = citing
        return make_found(subtree(cited), cited, [verb], content, verb, offset, rule="clause_attribution",
                          relay=source_phrase(subject))
    return make_found(subtree(subject), subject, cue_tokens(verb), content, verb, offset, rule="clause_attribution",
                      relay=carried)


def _carried_by(verb: Token) -> list[Token] | None:
    """'In comments carried by the state news agency BelTA, Lukashenko said ...': the relay of a venue phrase."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
            continue
        for venue in prep.children:
            for acl in venue.children:
                if acl.dep_ == "acl" and acl.lemma_ in en.RELAY_VERBS | {"broadcast", "air"}:
                    agent = next((c for c in acl.children if c.dep_ == "agent"), None)
                    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                    if by is not None:
                        return source_phrase(by)
    return None


def _has_subject(clause: Token) -> bool:
    """A reported clause says something of something: it has a subject, or is an order or a question."""
    return (any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children) or clause.tag_ == "VB"
            or clause.dep_ == "conj" or any(c.dep_ == "conj" and _has_subject(c) for c in clause.children)
            or clause.pos_ not in ("VERB", "AUX"))


def counter_claim_attribution(verb: Token, offset: int) -> Found | None:
    """'Western officials say Russia has moved troops into Belarus, a claim Minsk denies': Minsk denies the clause
    the claim stands for."""
    if verb.lemma_ not in en.DENIAL_VERBS or verb.dep_ != "relcl" or not is_counter_claim(verb.head):
        return None
    noun = verb.head
    subject = subject_of(verb)
    first = min(t.i for t in noun.subtree)
    sent = [t for t in verb.sent if t.i < first]
    said = [t for t in sent if t.lemma_ in CLAUSE_VERBS and any(c.dep_ == "ccomp" for c in t.children)]
    if said:
        start = min(t.i for c in said[-1].children if c.dep_ == "ccomp" for t in c.subtree)
        sent = [t for t in sent if t.i >= start]
    if subject is None or not sent:
        return None
    return make_found(subtree(subject), subject, [verb], sent, verb, offset, rule="counter_claim_attribution")


def relay_as_saying_attribution(verb: Token, offset: int) -> Found | None:
    """'TASS quoted Peskov as saying that ...', 'Peskov was quoted by TASS as saying ...', 'X cited Y as saying':
    the speaker is the one quoted, the other the relay."""
    if verb.lemma_ not in en.CITING_VERBS:
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    saying = next((c for c in as_.children if c.lemma_ in CLAUSE_VERBS), None) if as_ is not None else None
    if saying is None:
        return None
    complement = next((c for c in saying.children if c.dep_ in ("ccomp", "dobj")), None)
    if complement is None:
        return None
    if verb.tag_ == "VBN":
        speaker = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        relay = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    else:
        speaker = next((c for c in verb.children if c.dep_ == "dobj"), None)
        relay = subject_of(verb)
    if speaker is None:
        return None
    return make_found(subtree(speaker), speaker, [verb, as_, saying], subtree(complement), verb, offset,
                      rule="relay_as_saying_attribution", relay=source_phrase(relay) if relay is not None else None)


def object_attribution(verb: Token, offset: int) -> Found | None:
    """'X announced the creation of Y', 'X rejected the official figures': the object is the content."""
    if verb.lemma_ not in OBJECT_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = subject_of(verb)
    if obj is None or subject is None:
        return None
    content = trimmed(subtree(obj))
    return make_found(subtree(subject), subject, [verb], content, verb, offset, rule="object_attribution")


def speech_act_attribution(verb: Token, offset: int) -> Found | None:
    """'X thanked Y for Z', 'X criticised it for its alleged ideology', 'X accused the West of ...': whom the act
    is addressed to, and why, is what was said."""
    if verb.lemma_ not in en.SPEECH_ACT_VERBS | {"accuse"} or verb.pos_ != "VERB" or verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux",) for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    stop = {t.i for c in verb.children if c.dep_ in ("conj", "advcl") and c.i > verb.i
            or c.dep_ == "cc" for t in c.subtree}
    rest = trimmed([t for t in verb.subtree if t.i > verb.i and t.i not in stop])
    if not rest:
        return None
    return make_found(subtree(subject), subject, [verb], rest, verb, offset, rule="speech_act_attribution")


def perception_attribution(verb: Token, offset: int) -> Found | None:
    """'what they saw as official manipulation', 'many view it as a "special operation"': the view is what follows
    'as'."""
    if verb.lemma_ not in en.PERCEPTION_VERBS:
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    what = next((c for c in as_.children if c.dep_ in ("pobj", "pcomp")), None) if as_ is not None else None
    if what is None or any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None or verb.tag_ == "VBN" and subject.dep_ == "nsubjpass":
        return None
    return make_found(subtree(subject), subject, [verb, as_], subtree(what), verb, offset,
                      rule="perception_attribution")


def appeal_attribution(verb: Token, offset: int) -> Found | None:
    """'X called on Y to do Z', 'X urged Y to Z', 'X wants Y to Z', 'X called for Y to be Z': who is asked, and what."""
    if verb.lemma_ not in APPEAL_VERBS:
        return None
    children = list(verb.children)
    action = next((c for c in children if c.dep_ in ("xcomp", "ccomp")), None)
    prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("on", "for", "to")), None)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    purpose = next((c for c in children if c.dep_ == "advcl" and any(m.lower_ == "for" and m.dep_ == "mark"
                                                                     for m in c.children)), None)
    if verb.lemma_ == "call" and prep is None and purpose is None:
        return None
    # Someone must be asked ('urged Belarusians to ...'); only wanting needs no one ('wants to see ...').
    if obj is None and prep is None and purpose is None and verb.lemma_ != "want":
        return None
    if action is None and prep is None and purpose is None:
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    if purpose is not None and prep is None:
        marker = next(m for m in purpose.children if m.lower_ == "for")
        content = trimmed([t for t in purpose.subtree if t.i != marker.i])
        cue = [verb, marker]
    else:
        cue = cue_tokens(verb)
        content = trimmed(rest_after(verb, cue[-1]))
    if not content:
        return None
    return make_found(subtree(subject), subject, cue, content, verb, offset, rule="appeal_attribution")


def self_description_attribution(verb: Token, offset: int) -> Found | None:
    """'X calls herself Y', 'X describes himself as Y': what someone claims to be."""
    if verb.lemma_ not in en.SELF_DESCRIPTION_VERBS:
        return None
    reflexive = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_.endswith(("self", "selves"))), None)
    if reflexive is None:
        return None
    complement = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "ccomp", "xcomp")), None)
    if complement is None:
        as_prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        complement = next((c for c in as_prep.children if c.dep_ == "pobj"), None) if as_prep is not None else None
    subject = subject_of(verb)
    if complement is None or subject is None:
        return None
    return make_found(subtree(subject), subject, [verb, reflexive], trimmed(subtree(complement)), verb, offset,
                      rule="self_description_attribution")


def parenthetical_attribution(verb: Token, offset: int) -> Found | None:
    """'CLAUSE, she said, ...': the parser hangs the reporting verb off the clause it reports."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.dep_ != "parataxis" or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = subject_of(verb)
    clause = subtree(verb.head, exclude=[verb])
    content = trimmed([t for t in clause if t.i < verb.i])
    if subject is not None and content and verb.i + 1 < len(verb.doc) and verb.nbor(1).text == "," and any(
            t.i > verb.i + 1 for t in clause):
        # 'The regime, he said, was trading people': the clause runs on past the aside; it is all what was said.
        content = trimmed([t for t in verb.sent if t.i >= content[0].i])
    if subject is None or not content:
        return None
    return make_found(subtree(subject), subject, [verb], content, verb, offset, rule="parenthetical_attribution",
                      aside=content[-1].i > verb.i)


def trailing_source_attribution(verb: Token, offset: int) -> Found | None:
    """'CONTENT, the president's spokeswoman, Natalya Eismont, said in a statement.' and 'CONTENT, said Peskov.':
    read off the token sequence, since the parser hangs such a source off the content."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.pos_ != "VERB" or any(c.dep_ == "ccomp" and c.i > verb.i
                                                                      for c in verb.children):
        return None
    after = [t for t in verb.sent if t.i > verb.i]
    tail = phrases.split_commas(after)[0] if after else []
    if any(t.lower_ == "that" or t.is_quote or t.text == ":" for t in tail) or phrases.is_clause(tail):
        return None
    split = phrases.source_before(verb)
    if split is not None:
        content, source = split
    else:
        before = phrases.strip_edges([t for t in verb.sent if t.i < verb.i])
        source = phrases.source_after(verb)
        if source is None or not before or verb.nbor(-1).text != ",":
            return None
        content = before
    if not content or content[0].is_quote or content[-1].is_quote:
        return None
    if content[0].tag_ in ("VBN", "VBG") and not any(t.dep_ in ("nsubj", "nsubjpass") for t in content):
        return None  # 'Asked whether ..., Lukashenko said': the circumstance, not what was said
    head = phrase_head(source)
    if head is None:
        return None
    return make_found(source, head, [verb], content, verb, offset, rule="trailing_source_attribution", as_found=True)


def as_attribution(verb: Token, offset: int) -> Found | None:
    """'As X argues, CLAUSE': the main clause is the content."""
    if verb.lemma_ not in CLAUSE_VERBS or verb.dep_ != "advcl" or not any(c.lower_ == "as" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    subject = by if by is not None else subject_of(verb)  # 'As reported by Belsat, ...'
    if subject is None or by is None and verb.tag_ == "VBN":
        return None
    content = trimmed(subtree(verb.head, exclude=[verb]))
    if not content:
        return None
    return make_found(subtree(subject), subject, [verb], content, verb, offset, rule="as_attribution")


def information_origin_attribution(verb: Token, offset: int) -> Found | None:
    """'Information on the incidents has come from Kyiv and the opposition': where the information comes from is
    its source."""
    if verb.lemma_ != "come":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    from_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    origin = next((c for c in from_.children if c.dep_ == "pobj"), None) if from_ is not None else None
    if subject is None or origin is None or subject.lemma_.lower() not in en.INFORMATION_NOUNS:
        return None
    cue = [t for t in verb.sent if t.i in (verb.i, from_.i) or subject.i < t.i < from_.i and t.head.i == verb.i]
    return make_found(subtree(origin), origin, sorted(cue, key=lambda t: t.i), subtree(subject), verb, offset,
                      rule="information_origin_attribution")


def evidence_attribution(verb: Token, offset: int) -> Found | None:
    """'Images indicating X', 'the early count suggesting X', 'a video released by her office showed X': evidence
    that shows or suggests. What only suggests is tentative; pictures no one stands behind are unverified."""
    if verb.lemma_ not in en.EVIDENCE_VERBS:
        return None
    if verb.dep_ == "acl" or verb.tag_ == "VBG" and verb.i and verb.nbor(-1).lemma_.lower() in en.EVIDENCE_NOUNS:
        holder = verb.head if verb.dep_ == "acl" else verb.nbor(-1)  # 'the early count suggesting ...'
    else:
        holder = subject_of(verb)
    if holder is None or holder.lower_ not in en.EVIDENCE_NOUNS and holder.lemma_.lower() not in en.EVIDENCE_NOUNS:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
    if obj is None:
        return None
    owned = has_owner(holder) or any(t.ent_type_ in ("PERSON", "ORG") for t in holder.subtree)
    hedge = (f"tentative: {verb.text}" if verb.lemma_ in en.TENTATIVE_VERBS
             else f"unnamed source: {holder.text}" if holder.lower_ in en.IMAGERY_NOUNS and not owned else None)
    source = [t for t in subtree(holder, exclude=[verb]) if not t.is_punct and t.i < verb.i] \
        if verb.dep_ == "acl" or holder.i == verb.i - 1 else subtree(holder)
    return make_found(source, holder, [verb], trimmed(subtree(obj)), verb, offset, rule="evidence_attribution",
                      hedge=hedge)
