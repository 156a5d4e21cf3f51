"""Charges: what the authorities accuse people of, read as their statements, and hedged.

'Urad was charged with high treason', 'who is suspected of ‘terrorism’', 'arrested on “petty hooliganism” charges',
'detained for suspected tax evasion', 'its designation as “extremist”': each is an accusation someone made, not a
fact the writer vouches for. Its source is who made it: the agent the text names ('by the KGB'), the subject that
acts ('the court granted an application to declare ...'), the source of the statement it is reported in ('according
to the authorities, ...'), the authority the report last spoke of ('the police arrived ...'), or else the
authorities. A charge inside what a named speaker says with a verb of their own is that speaker's words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from dossier.extract.speech.quotes import QuoteSpan
from dossier.extract.speech.statements import Found, make_found, phrase_head, span_of, subtree, trimmed
from dossier.extract.tokens import TokenFinder
from dossier.lexicon import en

# Statement rules that pass narration on rather than give a speaker's own words: a charge in their content is
# still the accuser's, reported through them.
RELAYING_RULES = frozenset({"according_attribution", "anaphoric_relay", "reportedly_attribution"})
# Statement rules whose content is what the speaker asks for: a label in it is their demand ('called for Belarus to
# be recognised as a ‘temporarily occupied’ country'), not an accusation.
WISHING_RULES = frozenset({"appeal_attribution"})
AUTHORITY_WINDOW_PARAGRAPHS = 2
QUOTED_CHARGE_REACH = 24  # tokens either side of a quote the quoted-charge rule may read (it reads 12 words)


def _charge_object(verb: Token) -> tuple[Token, Token] | None:
    """(preposition, charge) for 'charged with X', 'suspected of X', 'found guilty of X'."""
    preps = en.CHARGE_VERBS.get(verb.lemma_)
    holders = [verb] + [c for c in verb.children if c.lower_ == "guilty"]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and (preps and child.lower_ in preps or holder.i != verb.i and child.lower_ == "of"):
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return child, obj
    return None


def charge_verb(token: Token) -> tuple[list[Token], list[Token]] | None:
    """Rule `charge_verb`: 'charged with high treason', 'was earlier accused of committing an act of terrorism'."""
    if token.lemma_ not in en.CHARGE_VERBS or token.pos_ not in ("VERB", "AUX") or token.tag_ not in ("VBN", "VBD",
                                                                                                      "VBZ", "VBP"):
        return None
    if token.lemma_ in ("try", "sentence") and token.tag_ != "VBN":
        return None
    if token.lemma_ == "find" and not any(c.lower_ == "guilty" for c in token.children):
        return None
    found = _charge_object(token)
    if found is None:
        return None
    prep, obj = found
    return [token, prep], subtree(obj)


def charge_noun(token: Token) -> tuple[list[Token], list[Token]] | None:
    """Rule `charge_noun`: 'on charges of organising riots', 'on suspicion of espionage'."""
    if token.lower_ not in en.CHARGE_NOUNS or token.pos_ != "NOUN":
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in of.children if c.dep_ in ("pobj", "pcomp")), None) if of is not None else None
    if obj is None:
        return None
    return [token, of], subtree(obj)


def suspected_offence(token: Token) -> tuple[list[Token], list[Token]] | None:
    """Rule `suspected_offence`: 'detained ... for suspected tax evasion': an offence someone is punished for."""
    if token.lower_ not in ("suspected", "alleged") or token.dep_ != "amod":
        return None
    offence = token.head
    prep = offence.head
    if offence.dep_ != "pobj" or prep.lower_ not in ("for", "on", "over") or _penalty_above(prep) is None:
        return None
    return [token], [t for t in subtree(offence) if t.i != token.i and t.dep_ != "det"]


TOKEN_RULES = (charge_verb, charge_noun, suspected_offence)


def quoted_charge(quote: QuoteSpan, tokens_before: Sequence[Token], tokens_after: Sequence[Token],
                  quote_tokens: Sequence[Token]) -> tuple[str, Token] | None:
    """Rule `quoted_charge`: a quotation that is a charge, a label or a reason for a penalty: 'suspected of
    ‘terrorism’', 'its designation as “extremist”', 'to declare all content ... as “extremist”', 'on “petty
    hooliganism” charges', 'ordered to cease operations “for violation of regulations”'. Returns the cue and the word
    that makes the charge."""
    before = [t for t in tokens_before if not t.is_space]
    after = [t for t in tokens_after if not t.is_space][:1]
    if after and after[0].lower_ in en.CHARGE_NOUNS:
        return after[0].text, after[0]
    words = [t for t in quote_tokens if not t.is_punct and not t.is_space]
    if words and words[0].lower_ == "for":
        penalty = _penalty_above(words[0])
        if penalty is not None:
            return f"{penalty.text} for", penalty
    if not before:
        return None
    last = before[-1]
    if last.lower_ == "of" and len(before) > 1 and before[-2].lower_ in en.LIST_NOUNS:
        lister = _penalty_above(before[-2]) or before[-2]  # 'added the outlet to its list of “terrorist organisations”'
        return f"{before[-2].text} of", lister
    if last.lower_ in ("of", "with", "for"):
        maker = next((t for t in reversed(before[-4:-1]) if t.lemma_ in en.CHARGE_VERBS or t.lower_ in en.CHARGE_NOUNS),
                     None)
        return (f"{maker.text} {last.text}", maker) if maker is not None else None
    if last.lower_ == "as":
        for t in reversed(before[-12:-1]):
            if t.text in (";", ".") or t.is_quote:
                return None
            if t.lemma_ in en.DESIGNATION_VERBS or t.lower_ in en.DESIGNATION_NOUNS:
                return f"{t.text} as", t
        return None
    if last.lemma_ in en.DESIGNATION_VERBS and last.tag_ == "VBN":
        return last.text, last
    # 'declared the channel “extremist”': a designation whose object stands between it and the label.
    for t in reversed(before[-7:-1]):
        if t.pos_ in ("VERB", "AUX") and t.lemma_ not in en.DESIGNATION_VERBS or t.is_punct:
            return None
        if t.lemma_ in en.DESIGNATION_VERBS and t.pos_ == "VERB":
            return t.text, t
    return None


def _penalty_above(token: Token) -> Token | None:
    head = token.head
    for _ in range(7):
        if head.lemma_ in en.PUNITIVE_VERBS or head.lemma_ in ("cease", "suspend", "stop", "close", "add", "include",
                                                               "place", "put"):
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def accuser(token: Token) -> list[Token] | None:
    """Rules `charge_agent` and `charge_subject`: who the text says brings the charge, read up the parse from it:
    a passive's agent ('by the KGB'), else the first subject that acts ('the court granted an application to
    declare ...'), never the accused."""
    node = token
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX"):
            agent = next((c for c in node.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return subtree(by)
            subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
            if subject is not None and node.lemma_ not in {*en.CHARGE_VERBS, "be"} and subject.lower_ not in \
                    en.RELATIVE_PRONOUNS | en.PRONOUNS:
                return [t for t in subtree(subject) if not any(t in c.subtree for c in subject.children
                                                                 if c.dep_ in ("relcl", "acl", "appos"))]
            if subject is not None or any(c.dep_ == "nsubjpass" for c in node.children):
                return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def authority_before(tokens: TokenFinder, at: int) -> tuple[int, int] | None:
    """Rule `authority_in_context`: the last authority the report spoke of before `at`, in this paragraph or the one
    before ('the police arrived, searched the store ... were also arrested on charges')."""
    best = None
    for offset, doc in tokens.before(at, AUTHORITY_WINDOW_PARAGRAPHS):
        for t in doc:
            if offset + t.idx >= at:
                break
            if t.lower_ in en.AUTHORITY_NOUNS and t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("nsubj", "nsubjpass",
                                                                                              "pobj", "dobj"):
                words = [w for w in t.subtree if w.i <= t.i and not w.is_punct]
                best = span_of(words, offset)
    return best


def charge_found(cue: Sequence[Token], content: Sequence[Token], anchor: Token, offset: int, rule: str,
                 direct_span: tuple[int, int] | None = None) -> Found | None:
    """A charge as a statement, with its accuser when the parse names one (else resolved by the caller)."""
    source = accuser(anchor)
    head = phrase_head(source) if source else None
    found = make_found(source, head, cue, content if direct_span is None else [anchor], anchor, offset, rule=rule,
                       hedge=f"accusation: {' '.join(t.text for t in cue)}")
    if found is None:
        return None
    if direct_span is not None:
        return replace(found, content=direct_span, direct=True)
    return found


def token_charges(parsed: Sequence[tuple[int, Doc]]) -> list[Found]:
    out = []
    for offset, doc in parsed:
        for token in doc:
            for rule in TOKEN_RULES:
                hit = rule(token)
                if hit is not None:
                    cue, content = hit
                    found = charge_found(cue, trimmed(list(content)), token, offset, rule.__name__)
                    if found is not None:
                        out.append(found)
                    break
    return out


def accusations(parsed: Sequence[tuple[int, Doc]], tokens: TokenFinder, statements: Sequence[Found],
                 quotes: Sequence[QuoteSpan]) -> list[Found]:
    """Charges as hedged statements: those the parse shows, and quotations that are charges or labels. A charge read
    inside a named speaker's own reported words is theirs and not listed apart; a quotation that is exactly the
    charge or label ('its designation as “extremist”') stays the accuser's wherever it stands."""
    exact = []
    found = token_charges(parsed)
    for quote in quotes:
        inner = (quote.inner_start, quote.inner_end)
        same = next((f for f in found if _within(f.content, (quote.start, quote.end))
                     and _within(inner, (f.content[0] - 1, f.content[1] + 1))), None)
        if same is not None:
            found.remove(same)
            exact.append(replace(same, content=inner, direct=True))
            continue
        charge = _quoted_charge(quote, tokens)
        if charge is not None:
            exact.append(charge)
    kept = []
    for charge in exact + found:
        holder = _holder(charge, statements)
        relaying = holder is not None and holder.rule in RELAYING_RULES
        if holder is not None and not relaying and (not charge.direct or holder.rule in WISHING_RULES):
            continue
        if charge.source is None and relaying and (holder.source or holder.described):
            charge = replace(charge, source=holder.source, source_head=holder.source_head, head_at=holder.head_at,
                             described=holder.described)
        elif charge.source is None:  # no accuser in the parse: the authority the report last spoke of
            authority = authority_before(tokens, charge.content[0])
            charge = replace(charge, source=authority, source_head=tokens(authority[0]) if authority else None,
                             head_at=authority[0] if authority else None,
                             described=None if authority else en.DEFAULT_AUTHORITY)
        kept.append(charge)
    return kept


def _quoted_charge(quote: QuoteSpan, tokens: TokenFinder) -> Found | None:
    first = tokens(quote.inner_start)
    if first is None:
        return None
    doc = first.doc
    offset = tokens.offset_of(first)
    starts = doc.to_array("IDX").tolist()

    def at(position: int) -> int:  # the first token at or after `position`
        return bisect_left(starts, position - offset)

    inside = list(doc[at(quote.inner_start):at(quote.inner_end)])
    # The rule reads a dozen words before the quote and one after it: a window, not the whole paragraph per quote.
    opening, closing = at(quote.start), at(quote.end)
    before = list(doc[max(0, opening - QUOTED_CHARGE_REACH):opening])
    after = list(doc[closing:closing + QUOTED_CHARGE_REACH])
    made = quoted_charge(quote, before, after, inside)
    if made is None or not inside:
        return None
    cue, anchor = made
    found = charge_found([anchor], inside, anchor, offset, "quoted_charge",
                         direct_span=(quote.inner_start, quote.inner_end))
    return replace(found, cue=None, hedge=f"accusation: {cue}") if found is not None else None


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _holder(found: Found, statements: Sequence[Found]) -> Found | None:
    """The statement whose content holds `found`."""
    return next((s for s in statements if s is not found and not s.direct and _within(found.content, s.content)),
                None)
