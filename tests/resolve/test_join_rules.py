"""Every join of two names carries the name of its rule, and a spelling's key can be explained step by step."""

from dossier.model import AliasDecision
from dossier.packs import load_pack
from dossier.resolve import actors
from dossier.resolve.actors import because, link_batch, reasons
from dossier.resolve.join_rules import JOIN_RULES, RULE_NAMES, NothingKnown

PACK = load_pack()

MENTIONS = [
    ("a", "Hanna Kavaliova", "PERSON"), ("a", "Kavaliova", "PERSON"),      # a surname within its report
    ("b", "Ganna Kavaliova", "PERSON"),                                      # another spelling, another report
    ("c", "Lukashenko", "PERSON"),                                           # the pack
    ("d", "General Motors Corporation", "ORG"), ("e", "General Motors", "ORG"),  # a legal form
    ("e", "GM", "ORG"), ("f", "GM", "ORG"),                                  # an acronym spelt out in one report
    ("g", "Александром Лукашенко", "PERSON"),                                # a Russian case, then the pack
]


def linked(decisions=()):
    return link_batch(MENTIONS, PACK, decisions, NothingKnown())


def test_each_join_names_its_rule():
    rules = {(j.a, j.b, j.rule) for j in linked().joins}
    assert ("Lukashenko", "lukashenka", "pack") in rules
    assert ("Ganna Kavaliova", "Hanna Kavaliova", "same_person") in rules
    assert ("General Motors", "General Motors Corporation", "legal_form") in rules
    assert any(r == "acronym_spelled_out" for _, _, r in rules)
    assert {r for _, _, r in rules} <= set(RULE_NAMES)


def test_a_spelling_is_explained_from_the_report_rules_to_its_key():
    made = linked()
    why = reasons(made)
    assert why[("a", "Kavaliova")][0] == ("surname_in_report", "Hanna Kavaliova")
    assert why[("a", "Kavaliova")][-1][1] == made.links[("a", "Kavaliova")]
    assert why[("c", "Lukashenko")] == (("pack", "lukashenka"),)
    assert why[("g", "Александром Лукашенко")][0][0] == "nominative"
    assert why[("g", "Александром Лукашенко")][-1] == ("pack", "lukashenka")
    # a spelling that is its own key takes no step
    key_spelling = next((d, s) for (d, s), k in made.links.items() if k == s)
    assert why[key_spelling] == ()
    assert because(()) == "its own name"
    assert because(why[("c", "Lukashenko")]) == "→ lukashenka (pack)"


def test_the_users_merge_is_a_join_of_its_own():
    made = linked([AliasDecision("merge", "Hanna Kavaliova", "GM")])
    assert made.links[("a", "Hanna Kavaliova")] == made.links[("f", "GM")]
    assert any(j.rule == "user_merge" for j in made.joins)


def test_the_keys_do_not_depend_on_the_order_the_join_rules_run(monkeypatch):
    before = linked().links
    monkeypatch.setattr(actors, "JOIN_RULES", tuple(reversed(JOIN_RULES)))
    assert linked().links == before


def test_a_split_stops_the_join_and_its_reason():
    split = ("Hanna Kavaliova", "Ganna Kavaliova")
    made = linked([AliasDecision("split", *split)])
    assert made.links[("a", "Hanna Kavaliova")] != made.links[("b", "Ganna Kavaliova")]
    assert not any(j.rule == "same_person" and {j.a, j.b} == set(split) for j in made.joins)


def test_a_name_written_otherwise_is_one_actor_but_a_person_is_left_to_same_person():
    keys = link_batch([("a", "BRUSSELS", "GPE"), ("b", "Brussels", "GPE"), ("a", "U.S.", "GPE"), ("b", "US", "GPE"),
                       ("c", "JEF-Europe", "ORG"), ("c", "JEF Europe", "ORG"), ("d", "Anna KOVAL", "PERSON"),
                       ("e", "Anna Kovalenko", "PERSON"), ("e", "Anna Koval", "PERSON")], PACK, (), NothingKnown())
    assert keys.links[("a", "BRUSSELS")] == keys.links[("b", "Brussels")]
    assert keys.links[("a", "U.S.")] == keys.links[("b", "US")]
    assert keys.links[("c", "JEF-Europe")] == keys.links[("c", "JEF Europe")]
    assert keys.links[("d", "Anna KOVAL")] == keys.links[("e", "Anna Koval")] != keys.links[("e", "Anna Kovalenko")]
    assert {j.rule for j in keys.joins if "Anna KOVAL" in (j.a, j.b)} == {"same_person"}
    assert any(j.rule == "written_otherwise" for j in keys.joins)


def test_a_bare_surname_the_model_took_for_a_place_and_an_english_first_name_are_read_in_their_report():
    made = link_batch([("a", "Anna Kaltygina", "PERSON"), ("a", "Kaltygina", "GPE"),
                       ("b", "Maria Moroz", "PERSON"), ("b", "Maria", "PERSON"), ("b", "Minsk", "GPE"),
                       ("c", "Maria Moroz", "PERSON"), ("c", "Maria Koval", "PERSON"), ("c", "Maria", "PERSON")],
                      PACK, (), NothingKnown())
    assert made.shorthands[("a", "Kaltygina")] == (("surname_in_report", "Anna Kaltygina"),)
    assert made.shorthands[("b", "Maria")] == (("first_name_in_report", "Maria Moroz"),)
    assert ("c", "Maria") not in made.shorthands  # two Marias: which one is not said
    assert ("b", "Minsk") not in made.shorthands  # a place the pack knows is no surname


def test_a_split_between_two_ways_of_writing_a_name_holds_through_a_third():
    mentions = [("a", "U.S.", "GPE"), ("b", "US", "GPE"), ("c", "U.S", "GPE"), ("d", "US.", "GPE")]
    together = link_batch(mentions, PACK, (), NothingKnown()).links
    assert len(set(together.values())) == 1
    # a split is held between the folded names ('u s' and 'us'), so each side keeps the spellings that fold alike
    made = link_batch(mentions, PACK, [AliasDecision("split", "U.S.", "US")], NothingKnown()).links
    assert made[("a", "U.S.")] == made[("c", "U.S")] != made[("b", "US")] == made[("d", "US.")]


def test_a_split_holds_through_the_name_without_its_legal_form():
    mentions = [("a", "Fiat", "ORG"), ("b", "Fiat Group", "ORG"), ("c", "Fiat SpA", "ORG")]
    assert len(set(link_batch(mentions, PACK, (), NothingKnown()).links.values())) == 1
    made = link_batch(mentions, PACK, [AliasDecision("split", "Fiat Group", "Fiat SpA")], NothingKnown()).links
    assert made[("b", "Fiat Group")] != made[("c", "Fiat SpA")]


def test_numbers_and_companies_keep_names_apart():
    made = link_batch([("a", "A320", "PRODUCT"), ("b", "A330", "PRODUCT"), ("a", "Merval", "ORG"),
                       ("b", "Merval 25", "ORG"), ("c", "Lockheed Martin", "PERSON"), ("c", "Lockheed", "ORG")],
                      PACK, (), NothingKnown())
    assert made.links[("a", "A320")] != made.links[("b", "A330")]  # the digits are the name
    assert made.links[("a", "Merval")] != made.links[("b", "Merval 25")]
    assert ("c", "Lockheed") not in made.shorthands  # a bare word tagged ORG is a company, not a first name
