import pytest

from dossier.read.furniture import (
    MAX_PULL_QUOTE_CANDIDATES,
    bio_names,
    byline_names,
    classify_line,
    is_dateline,
    is_pull_quote,
    split_furniture,
)

BODY_LINES = [
    "Police detained more than 800 people on Sunday, the rights group said.",
    "The opposition called on its supporters to follow the news on Telegram and to share evidence of abuses.",
    "Jane Roe, who covered the protests, said the photo showed riot police.",
    "Comments by the foreign minister were not published in full.",
    "The views of the two governments differ sharply on the question of sanctions.",
    "Readers of the state newspaper were told that the war was a special operation.",
    "Minsk | Vilnius",
    "Vyachorka is an adviser to the opposition leader and a former journalist.",
    "The regime’s mission is to survive, analysts said.",
]


@pytest.mark.parametrize("line", BODY_LINES)
def test_report_sentences_are_not_furniture(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("line,reason", [
    ("Stay updated", "newsletter promo"),
    ("Sign up for the morning briefing", "newsletter promo"),
    ("Our best analysis, delivered twice a week directly to your inbox.", "newsletter promo"),
    ("Follow us on social media", "social media prompt"),
    ("Follow The Exile Review on Telegram for more interviews.", "social media prompt"),
    ("Share this article", "social media prompt"),
    ("Further reading", "further reading"),
    ("Related stories:", "further reading"),
    ("You may also like", "further reading"),
    ("About the author", "author box"),
    ("By Olivia Wilson", "byline"),
    ("By Jane Roe and John Doe", "byline"),
    ("Image: Protesters in Minsk. (Photo by Jane Roe/Reuters)", "image caption or credit"),
    ("Riot police in Minsk on Sunday. (Sputnik/Pavel Ivanov/Kremlin via REUTERS)", "image caption or credit"),
    ("Photograph: Northern Courier", "image caption or credit"),
    ("The views expressed in this piece are solely those of the author.", "site disclaimer"),
    ("© 2022 The Courier. All rights reserved.", "site disclaimer"),
    ("The Centre’s mission is to promote dialogue in Eastern Europe.", "site disclaimer"),
    ("Please contact: with the subject DMCA Request.", "site disclaimer"),
    ("12 comments", "comment section"),
    ("Leave a comment", "comment section"),
    ("Home | World | Europe | Opinion", "page chrome"),
    ("5 min read", "page chrome"),
    ("Published: 10 March 2022", "timestamp"),
    ("Monday, 7 March 2022", "timestamp"),
])
def test_furniture_lines_get_their_reason(line, reason):
    assert classify_line(line) == reason


def test_byline_and_bio_names():
    assert byline_names("By Jane Roe, John Doe and Ann Lee") == ("Jane Roe", "John Doe", "Ann Lee")
    assert byline_names("By the end of the day, police had left") == ()
    bio = "Stephen Nix is the senior director for Eurasia at the Institute. Mark Dee is the resident director for Belarus."
    assert bio_names(bio) == ("Stephen Nix", "Mark Dee")
    # One body sentence in the paragraph is enough to keep it.
    assert bio_names("Jane Roe is a senior fellow at the Institute. She said the war would last.") == ()


def test_dateline_needs_a_whole_date():
    assert is_dateline("20 December 2022") and is_dateline("December 19, 2022") and is_dateline("2022-03-07")
    assert not is_dateline("20 December 2022 was the day the regiment passed 1,000 fighters")


def test_pull_quote_repeated_from_the_body():
    body = ["She said: “We will not let our children go to this criminal war,” and left the room."]
    assert is_pull_quote("We will not let our children go to this criminal war", body)
    assert not is_pull_quote("We will not let our children go to this criminal war.", body)
    # Only a longer line can be the one repeated: a short body line inside the display line proves nothing.
    assert not is_pull_quote("Volunteers say this criminal war will go on for years", ["this criminal war"])


def test_first_person_display_line_is_a_pull_quote():
    assert is_pull_quote("I am appealing to the mothers of soldiers not to let their sons fight", ["unrelated body text"])
    assert not is_pull_quote("Support for the volunteers grows in the west", ["unrelated body text"])


def test_pull_quote_found_in_a_report_and_its_source_line_kept():
    lines = ["Tsikhanouskaya spoke to reporters in Vilnius on Monday.", "",
             "“The regime has turned our country into a launchpad for this war,” she said.", "",
             "The regime has turned our country into a launchpad for this war", "",
             "Her adviser did not comment."]
    split = split_furniture(lines)
    assert [(f.line_no, f.reason) for f in split.furniture] == [(5, "pull quote")]


def test_long_lists_of_display_lines_are_not_compared_line_by_line():
    lines = [f"Heading number {i} of a long list of items" for i in range(MAX_PULL_QUOTE_CANDIDATES + 1)]
    lines.append("Heading number 3 of a long list of items, repeated in a sentence of the body.")
    assert split_furniture(lines).furniture == ()


def test_sections_take_the_lines_that_follow():
    lines = [
        "Title line of the body.",
        "",
        "Further reading",
        "Lukashenka's balancing act",
        "What the regiment wants",
        "",
        "3 comments",
        "anna: Finally someone says it, and at length, with many words in the comment.",
    ]
    split = split_furniture(lines)
    assert split.kept[0] == "Title line of the body."
    assert [f.reason for f in split.furniture] == ["further reading"] * 3 + ["comment section"] * 2
    assert [f.line_no for f in split.furniture] == [3, 4, 5, 7, 8]


def test_continuation_line_joins_the_furniture_above_it():
    split = split_furniture(["Body sentence here.", "", "Follow us on social media", "and support our work"])
    assert [(f.text, f.reason) for f in split.furniture] == [
        ("Follow us on social media", "social media prompt"),
        ("and support our work", "social media prompt"),
    ]


def test_author_names_from_byline_mark_a_lone_name_line():
    split = split_furniture(["Body.", "", "About the author", "", "Olivia Wilson", "By Olivia Wilson"])
    assert split.authors == ("Olivia Wilson",)
    assert split.authors == ("Olivia Wilson",)
    assert {f.text for f in split.furniture} == {"About the author", "Olivia Wilson", "By Olivia Wilson"}
    assert split.kept[0] == "Body."
