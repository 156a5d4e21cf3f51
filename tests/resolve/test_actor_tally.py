from dossier.model import MentionRow
from dossier.packs import Pack, PackEntity
from dossier.resolve.actor_tally import group_mentions

PACK = Pack((PackEntity("luk", "PERSON", "Alyaksandr Lukashenka", ("Lukashenko", "Lukashenka")),))


def row(doc, text, label):
    return MentionRow(doc, text, label, 0, len(text), 0)


def test_pack_spellings_join_one_actor_and_types_are_voted():
    rows = [row("a", "Lukashenka", "PERSON"), row("b", "Lukashenko", "ORG"), row("a", "Vyachorka", "ORG"),
            row("a", "Vyachorka", "PERSON"), row("b", "Vyachorka", "PERSON"), row("b", "Belarusian", "NORP")]
    actors = {a.key: a for a in group_mentions(rows, PACK)}
    assert set(actors) == {"luk", "Vyachorka"}  # nationality adjectives are not actors by default
    luk = actors["luk"]
    assert (luk.name, luk.type, luk.documents, luk.mentions) == ("Alyaksandr Lukashenka", "PERSON", 2, 2)
    assert set(luk.spellings) == {"Lukashenka", "Lukashenko"}
    assert actors["Vyachorka"].type == "PERSON"
    assert [a.key for a in group_mentions(rows, PACK, frozenset({"NORP"}))] == ["Belarusian"]
