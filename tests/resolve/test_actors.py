import pytest

from dossier.model import AliasDecision
from dossier.packs import Pack, PackEntity, load_pack
from dossier.resolve.actors import resolve_actors
from dossier.resolve.names import fold, gender, same_person

PACK = load_pack()


@pytest.mark.parametrize("a,b", [
    ("Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya"), ("Alexander Lukashenko", "Alyaksandr Lukashenka"),
    ("Maria Kalesnikava", "Maryia Kalesnikava"), ("Kiryl Astapenka", "Kirill Astapenko"), ("Pavel Drozd", "P. Drozd"),
    ("Ціханоўская", "Tsikhanouskaya"),
])
def test_spellings_of_one_person(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize("a,b", [
    ("Sviatlana Tsikhanouskaya", "Siarhei Tsikhanouski"),  # wife and husband
    ("Tsikhanouskaya", "Tsikhanouski"), ("Julie Fisher", "John Fisher"), ("Putin", "Patin"),
    ("Anna Koval", "Anna Kovalenko"), ("Ivan Petrov", "Ivan Petrovsky"),  # a suffix of its own: another surname
])
def test_different_people(a, b):
    assert not same_person(a, b)


def test_folding_and_gender_suffixes():
    assert fold("Лукашэнка") == "lukashenka" and fold("Viačorka") == "viacorka"
    assert (gender("Tsikhanouskaya"), gender("Tsikhanouski"), gender("Lukashenka")) == ("f", "m", None)
    assert (gender("Landsbergis"), gender("Šimonytė"), gender("Kalesnikava")) == ("m", "f", "f")


def test_resolution_across_reports_surnames_and_user_decisions():
    mentions = [
        ("a", "Hanna Kavaliova", "PERSON"), ("a", "Kavaliova", "PERSON"),       # surname within the report
        ("b", "Ganna Kavaliova", "PERSON"),                                       # transliteration, another report
        ("b", "Kavaliou", "ORG"), ("b", "Ihar Kavaliou", "PERSON"),               # her brother: not her
        ("c", "Lukashenko", "PERSON"), ("a", "Лукашэнка", "PERSON"),              # the pack
    ]
    keys = resolve_actors(mentions, PACK)
    assert keys[("a", "Kavaliova")] == keys[("a", "Hanna Kavaliova")] == keys[("b", "Ganna Kavaliova")]
    assert keys[("b", "Ihar Kavaliou")] != keys[("b", "Ganna Kavaliova")]
    assert keys[("b", "Kavaliou")] == keys[("b", "Ihar Kavaliou")]
    assert keys[("c", "Lukashenko")] == keys[("a", "Лукашэнка")] == "lukashenka"
    split = resolve_actors(mentions, PACK, [AliasDecision("split", "Hanna Kavaliova", "Ganna Kavaliova")])
    assert split[("a", "Hanna Kavaliova")] != split[("b", "Ganna Kavaliova")]
    merged = resolve_actors(mentions, PACK, [AliasDecision("merge", "Ihar Kavaliou", "Hanna Kavaliova")])
    assert merged[("b", "Ihar Kavaliou")] == merged[("a", "Hanna Kavaliova")]


def test_a_pack_of_ones_own_joins_what_matching_cannot():
    pack = Pack((PackEntity("x", "PERSON", "Syarhei Tsikhanouski", ("Sergei Tikhanovsky",)),))
    keys = resolve_actors([("a", "Syarhei Tsikhanouski", "PERSON"), ("b", "Sergei Tikhanovsky", "PERSON")], pack)
    assert keys[("a", "Syarhei Tsikhanouski")] == keys[("b", "Sergei Tikhanovsky")] == "x"


def test_acronyms_spelled_out_in_the_report_and_legal_forms_join_their_organisation():
    mentions = [("a", "Organization for Security and Co-operation in Europe", "ORG"), ("a", "OSCE", "ORG"),
                ("b", "OSCE", "ORG"), ("c", "Fiat Group SpA", "ORG"), ("d", "Fiat", "ORG"),
                ("e", "GM", "ORG"), ("e", "Gazprom Media", "ORG")]  # no 'General Motors' here: GM stays itself
    keys = resolve_actors(mentions, Pack(()))
    assert keys[("a", "OSCE")] == keys[("a", "Organization for Security and Co-operation in Europe")] == keys[("b", "OSCE")]
    assert keys[("c", "Fiat Group SpA")] == keys[("d", "Fiat")]
    assert keys[("e", "GM")] == keys[("e", "Gazprom Media")]  # initials agree, and the report spells only this one
