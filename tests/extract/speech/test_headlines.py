"""A headline's own source tag."""

import pytest


def test_a_role_tag_is_the_source_the_body_names_with_that_word(said):
    found = said("Election officials in Belarus said Monday that Lukashenko had won.",
                 title="Lukashenko wins Belarus polls with 80% votes: Official")
    assert found[0][:3] == ("Election officials in Belarus", "Official", "Lukashenko wins Belarus polls with 80% votes")


@pytest.mark.parametrize("title,source", [
    ("Talks with Minsk have failed, says Latushka", "Latushka"),
    ("Russia will respond to the new sanctions – Kremlin", "Kremlin"),
])
def test_names_after_says_or_a_dash(said, title, source):
    found = said("The talks ended on Friday.", title=title)
    assert found and found[0][0] == source


@pytest.mark.parametrize("title", ["Analysis: why the regime fears its own army", "Belarus votes: a guide",
                                   "Minsk – a city under watch"])
def test_section_labels_and_plain_titles_have_no_source(said, title):
    assert said("The talks ended on Friday.", title=title) == []
