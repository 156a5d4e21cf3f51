import pytest

from dossier.extract.hedging import hedge_cue, is_caveat


@pytest.mark.parametrize("sentence,cue", [
    ("The group posted a report on alleged sabotage.", "alleged"),
    ("Soldiers were reportedly moved to the border.", "reportedly"),
    ("Troops arrived, officially for exercises.", "officially"),
    ("The claim could not be independently verified.", "could not be independently verified"),
    ("Such information is difficult to verify.", "difficult to verify"),
    ("We cannot rule out that the figures are exaggerated.", "cannot rule out"),
    ("Videos appeared to show police beating protesters.", "appeared to"),
    ("A suspected saboteur was detained.", "suspected"),
])
def test_hedge_cues(sentence, cue):
    assert hedge_cue(sentence) == cue


@pytest.mark.parametrize("sentence", [
    "The minister said the talks would resume on Monday.",
    "Police confirmed that 30 people were detained.",
    "The verdict was verified by the court registry.",
])
def test_plain_reports_are_not_hedged(sentence):
    assert hedge_cue(sentence) is None


def test_caveats_about_earlier_claims():
    assert is_caveat("Neither claim can be confirmed from open sources.")
    assert is_caveat("Information on these incidents is difficult to verify.")
    assert is_caveat("Baltic Wire could not independently verify the footage.")
    assert not is_caveat("The ministry confirmed the arrests.")
