import pytest

from dossier.extract.speech.hedging import doubt_verb_hedge, is_caveat, sentence_hedge


@pytest.mark.parametrize("sentence,cue", [
    ("The claim could not be independently verified.", "could not be independently verified"),
    ("Such information is difficult to verify.", "difficult to verify"),
    ("We cannot rule out that the figures are exaggerated.", "cannot rule out"),
    ("Videos appeared to show police beating protesters.", "appeared to"),
    ("Unconfirmed reports spoke of explosions near the airfield.", "Unconfirmed reports"),
    ("An anonymous source in the ministry said the order came in March.", "anonymous source"),
    ("A diplomat, who spoke on condition of anonymity, said the talks had stalled.", "who spoke on condition of anonymity"),
    ("Sources close to the Kremlin said the decision was taken.", "Sources close to"),
    ("It is said that the commander fled to Moscow.", "It is said"),
    ("It was reported that the convoy crossed the border.", "It was reported"),
])
def test_hedge_phrases_qualify_their_sentence(sentence, cue):
    assert sentence_hedge(sentence) == cue


@pytest.mark.parametrize("sentence", [
    "The minister said the talks would resume on Monday.",
    "Police confirmed that 30 people were detained.",
    "The verdict was verified by the court registry.",
    "It is known that the plant was closed in 2020.",
])
def test_plain_reports_carry_no_hedge_phrase(sentence):
    assert sentence_hedge(sentence) is None


@pytest.mark.parametrize("cue,hedge", [("claims", "claims"), ("claimed", "claimed"), ("alleged", "alleged"),
                                       ("alleging", "alleging"), ("purports", "purports"), ("sealed", None),
                                       ("said", None), ("told", None), (None, None)])
def test_a_partys_claim_is_hedged_by_its_verb(cue, hedge):
    assert doubt_verb_hedge(cue) == hedge


def test_caveats_about_earlier_claims():
    assert is_caveat("Neither claim can be confirmed from open sources.")
    assert is_caveat("Information on these incidents is difficult to verify.")
    assert is_caveat("Baltic Wire could not independently verify the footage.")
    assert not is_caveat("The ministry confirmed the arrests.")
