"""Charges as the accuser's hedged statements: who brings them, and when they are a speaker's own words."""

import pytest


def charges(statements, body):
    return [(a.source, a.content, a.direct, a.hedge) for a in statements(body) if (a.hedge or "").startswith("accusation")]


@pytest.mark.parametrize("body,expected", [
    ("Urad was detained in March and charged with high treason.",
     ("the authorities", "high treason", False, "accusation: charged with")),
    ("The second prisoner is Volha Mayorava, who is suspected of ‘terrorism’.",
     ("the authorities", "terrorism", True, "accusation: suspected of")),
    ("He was sentenced to 10 years for “calls to action damaging national security”.",
     ("the authorities", "calls to action damaging national security", True, "accusation: sentenced for")),
    ("The KGB added the outlet to its list of “terrorist organisations” on Thursday.",
     ("KGB", "terrorist organisations", True, "accusation: list of")),
    ("The Ministry of Information declared the channel “extremist” last year.",
     ("Ministry of Information", "extremist", True, "accusation: declared")),
])
def test_a_charge_is_its_accusers_hedged_statement(statements, body, expected):
    assert charges(statements, body) == [expected]


def test_the_authority_the_report_last_spoke_of_brings_the_charge(statements):
    body = ("A few hours later, the police arrived and searched the store.\n\n"
            "The owner and a shop assistant were also arrested on “petty hooliganism” charges.")
    assert charges(statements, body) == [("the police", "petty hooliganism", True, "accusation: charges")]


def test_the_subject_that_acts_is_the_accuser(statements):
    body = ("On August 13, the Central District Court in Minsk granted an application from the ministry to declare all "
            "content published by Zerkalo.io as “extremist”.")
    ((source, content, direct, _),) = charges(statements, body)
    assert ("Central District Court" in source, content, direct) == (True, "extremist", True)


def test_an_offence_someone_is_punished_for(statements):
    body = ("Authorities raided the offices and detained 15 of its employees and associates for suspected tax evasion, "
            "according to CPJ.")
    found = statements(body)
    assert charges(statements, body) == [("Authorities", "tax evasion", False, "accusation: suspected")]
    assert next(a for a in found if a.cue == "according to").hedged is False  # CPJ reports a suspicion, plainly


def test_a_charge_in_a_named_speakers_words_is_theirs(statements):
    body = ("Eismont said the detainees had been “convicted of extremist and terrorist activity”. "
            "The KGB said it had detained six people suspected of sabotage.")
    assert charges(statements, body) == []


def test_a_label_someone_calls_for_is_their_demand(statements):
    body = "Tsikhanouskaya called for Belarus to be recognised as a ‘temporarily occupied’ country."
    assert charges(statements, body) == []
    assert ("Tsikhanouskaya", "temporarily occupied", True) in [(a.source, a.content, a.direct) for a in
                                                               statements(body)]


def test_a_charge_relayed_by_the_next_sentence_is_the_relays(statements):
    body = ("Lukashenko pardoned 29 people who were convicted of \"extremist crimes.\"\n"
            "This was reported by Lukashenko's press service.")
    assert charges(statements, body) == [("Lukashenko's press service", "extremist crimes.", True,
                                          "accusation: convicted of")]
