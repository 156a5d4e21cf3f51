"""Names of one person, and what a name says of gender."""

import pytest

from dossier.extract.speech.names import acronym_of, gender_of_name, same_person


@pytest.mark.parametrize("a,b,same", [
    ("Eismont", "Natalya Eismont", True),
    ("Natalya Eismont’s", "Eismont", True),
    ("Tsikhanouski", "Tsikhanouskaya", False),
    ("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya", False),
    ("Maria", "Maria Kalesnikava", True),
    ("Pavel Latushka", "Latushka", True),
])
def test_two_names_of_one_person(a, b, same):
    assert same_person(a, b) is same


@pytest.mark.parametrize("name,gender", [
    ("Natalya Eismont", "f"), ("Sviatlana Tsikhanouskaya", "f"), ("Tsikhanouskaya", "f"), ("Maria Kalesnikava", "f"),
    ("Alexander Lukashenko", "m"), ("Ilya Yashin", "m"), ("Siarhei Tsikhanouski", "m"), ("Peskov", "m"),
    ("Lukashenko", None), ("Karpenko", None),
    # endings English names share ('Harris', 'Collins') tell no gender; the Slavic ones do
    ("Harris", None), ("Collins", None), ("Landsbergis", None), ("Medvedev", "m"),
])
def test_gender_read_from_names(name, gender):
    assert gender_of_name(name) == gender


def test_acronyms():
    assert acronym_of("CPJ", "Committee to Protect Journalists")
    assert acronym_of("CEC", "Central Election Commission")
    assert not acronym_of("EU", "Eastern Ukraine Group")
    assert not acronym_of("Cpj", "Committee to Protect Journalists")
