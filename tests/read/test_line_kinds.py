"""Each kind of page furniture, and the lines of a report that look a little like it and must stay."""

import pytest

from dossier.read.furniture import classify_line, repeated_headline, split_furniture
from dossier.read.line_kinds import is_name_alone, reads_as_headline


@pytest.mark.parametrize("line,reason", [
    # bylines in every arrangement
    ("By Olivia Wilson", "byline"),
    (", by Jules Bigot", "byline"),
    ("By Jane Roe | Reuters | 10 March 2022", "byline"),
    ("Jane Roe | Reuters", "byline"),
    ("By Jane Roe, for the Minsk Ledger", "byline"),
    # timestamps
    ("Published 14:57 IST, August 10th 2020", "timestamp"),
    ("- Published Date: 09:55 | 27 January 2025", "timestamp"),
    ("- Modified Date: 09:57 | 27 January 2025", "timestamp"),
    ("Follow on Published On: Sat, 21 Jun 2025 23:50:22 PKT", "timestamp"),
    ("Updated: 12.03.2023, 10:42", "timestamp"),
    ("10:42, 12 March 2023", "timestamp"),
    # prompts to share, follow, join, install
    ("Share:", "social media prompt"),
    ("For more news and in-depth stories from Ukraine please follow us on X.", "social media prompt"),
    ("Join our Telegram channel for the latest updates", "social media prompt"),
    ("Get it on Google Play", "social media prompt"),
    # advertisements, navigation, controls, counters, ratings, contacts
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Home / Analytics / Have Russia and Belarus Reached an Integration Breakthrough?", "page chrome"),
    ("- Europe", "page chrome"),
    ("World", "page chrome"),
    ("Skip to main content", "page chrome"),
    ("Aa Aa Aa", "reader control"),
    ("- A +", "reader control"),
    ("We use cookies to provide some features and experiences in QOSHE", "reader control"),
    ("More information  .  Close", "reader control"),
    ("63 37 157", "counters"),
    ("Rate this article", "rating"),
    ("4.5/5 (120 votes)", "rating"),
    ("Hotline: +375 29 123 45 67", "contact box"),
    # captions and credits
    ("Lithuanian border guards have intercepted a wave of asylum seekers - Getty", "image caption or credit"),
    ("A court building in Minsk on September 6, 2013. (Reuters/Vasily Fedosenko)", "image caption or credit"),
    ("Tatsiana Khomich (left) and her sister Maria Kalesnikava (right) in 2018. Credits: Tatsiana Khomich",
     "image caption or credit"),
    ("Source: photo stock / author Hédi Benyounes", "image caption or credit"),
    # comments, related stories, campaigns
    ("Write a comment", "comment section"),
    ("Related news", "further reading"),
    ("TNF supports JEF-Europe’s campaign #DemocracyUnderPressure that this year takes place in March.",
     "campaign promo"),
])
def test_each_kind_of_furniture(line, reason):
    assert classify_line(line) == reason


@pytest.mark.parametrize("line", [
    "The opposition called on its supporters to follow the news on Telegram and to share evidence of abuses.",
    "Police detained 63 people in Minsk, 37 in Homel and 157 across the country.",
    "He was published in 2020 and updated his findings in a second book.",
    "The court will publish its ruling on 12 March 2023, a spokesperson said.",
    "The agency, which has no access to the region, could not confirm the figures.",
    "Subscribers to state television were told that the protests were staged.",
    "The ministry said its website had been hacked and that visitors saw a page reading #FreeBelarus.",
    "Officials in Minsk (the capital) said the march was illegal, and police detained organisers.",
    "The KGB puts people on its terrorist list without a trial, rights groups say.",
    "Reuters could not independently verify the footage.",
    "World leaders condemned the forced landing of the plane.",
    "Home to 2 million people, Minsk was quiet on Sunday.",
    "Minsk | Vilnius",
])
def test_lines_of_the_report_stay(line):
    assert classify_line(line) is None


def test_a_lone_name_is_a_byline_only_at_the_head_of_the_page():
    lines = ["Home / Analytics / A title", "Sergiu CEBAN",
             "Moscow is trying to create another platform to stimulate integration processes in the post-Soviet space.",
             "", "Alexander Lukashenko", "",
             "The talks in Sochi ended without an agreement on gas prices, officials in both capitals said on Friday."]
    split = split_furniture(lines)
    assert [(f.text, f.reason) for f in split.furniture] == [("Home / Analytics / A title", "page chrome"),
                                                              ("Sergiu CEBAN", "byline")]
    assert split.authors == ("Sergiu CEBAN",)


def test_a_heading_of_common_words_is_no_byline():
    lines = ["Künstlerischer Lebenslauf",
             "Wir sind zu zweit und schreiben seit den frühen Herbsttagen des Jahres 2009 über unsere künstlerischen "
             "Versuche."]
    assert split_furniture(lines).furniture == ()


def test_a_capitalised_line_far_down_a_page_without_prose_is_no_byline():
    verse = ["ai shi qu de ai", "tao bu hui lai"] * 6
    assert split_furniture([*verse, "Repeat Chorus", *verse]).furniture == ()


def test_a_biography_is_an_author_box_only_outside_the_report():
    bio = "Jane Roe is a senior fellow at the Institute for Baltic Studies."
    middle = "Ihar Losik is a blogger who was sentenced to 15 years after covering the protests in 2020."
    lines = ["Sanctions are not working, and the regime knows it better than anyone in Brussels does.", "", middle, "",
             "The next package should target the potash trade and the banks that finance it, analysts say.", "", bio]
    split = split_furniture(lines)
    assert [(f.text, f.reason) for f in split.furniture] == [(bio, "author box")]


def test_a_run_of_headlines_after_the_report_lists_other_stories():
    lines = ["Lukashenko has been reelected, winning a seventh term, the central election commission said on Monday.",
             "- 7 members of a child abuse gang jailed for life",
             "- Slovenia calls the relocation plan 'unacceptable'",
             "- EU partially suspends visa-free travel with Georgia"]
    split = split_furniture(lines)
    assert [f.reason for f in split.furniture] == ["related stories"] * 3


def test_a_list_in_the_reports_own_words_is_its_content():
    lines = ["Comprehensions, loops that append, map and filter, local and global names: which is faster? The findings.",
             "- Map and filter are sometimes faster than comprehensions",
             "- Local names are faster to look up than global names",
             "- Comprehensions are faster than loops that append"]
    assert split_furniture(lines).furniture == ()


def test_short_items_or_links_are_not_headlines_of_other_stories():
    report = "The recipe makes twelve muffins and takes an hour, most of it waiting for the dough to rise."
    assert split_furniture([report, "- 390 kcal", "- 12 g protein", "- 40 g carbohydrates"]).furniture == ()
    links = [f"- Storm batters the northern coast as warnings are extended via News https://example.org/{n}"
             for n in range(3)]
    assert split_furniture([report, *links]).furniture == ()


def test_a_key_points_list_inside_the_report_stays():
    lines = ["Key points:", "- Troops have moved to the border.", "- Talks are stalled.", "- Sanctions will follow.",
             "", "The defence ministry said the exercises would last two weeks, and that no troops would cross."]
    assert split_furniture(lines).furniture == ()


def test_headlines_and_ledes():
    assert reads_as_headline("Lukashenko wins Belarus presidential polls with 80% votes: Official")
    assert reads_as_headline("Have Russia and Belarus Reached an Integration Breakthrough?")
    assert not reads_as_headline("The self-proclaimed president of Belarus Aleksandr Lukashenko pardoned 29 people who "
                                 "were convicted of \"extremist crimes.\"")
    assert is_name_alone("Sergiu CEBAN") and not is_name_alone("The Guardian") and not is_name_alone("Minsk")


@pytest.mark.parametrize("line", [
    "Als Kim im Oktober 2014 wochenlang verschwunden war, hatte es Spekulationen um seine Gesundheit gegeben. Der "
    "Geheimdienst nahm damals an, dass er operiert worden sei, und die Zyste könne sich jederzeit neu bilden. (FR mit dpa)",
    "The ministry said the talks would resume next week in Vilnius, and that both delegations had agreed to meet again "
    "without preconditions, although neither side would say what had been agreed on the prisoners. (Reuters)",
])
def test_a_paragraph_signed_by_an_agency_is_no_caption(line):
    assert classify_line(line) is None


def test_a_short_line_credited_to_an_agency_is_a_caption():
    assert classify_line("Protesters gather outside the court in Minsk on Monday. (Reuters)") == \
        "image caption or credit"


def test_a_long_row_of_numbers_is_read_word_by_word():
    row = "   \xa0   " + "   ".join(f"{n},{n % 10}" for n in range(100, 400)) + "   x   "
    assert classify_line(row) is None  # the 'x' makes it no counter; read in one pass, not by trying every split
    assert classify_line("1,204 views · 37 likes · 5") is None and classify_line("1,204 · 37 · 5") == "counters"


def test_the_headline_again_after_a_section_label_but_not_inside_a_phrase():
    title = "Top 10 Women Talking Sports"
    assert repeated_headline("Top 10 Women Talking Sports", title)
    assert repeated_headline("Sport Top 10 Women Talking Sports", title)
    assert not repeated_headline("My Top 10 Women Talking Sports", title)
    assert not repeated_headline("für das Rezept Top 10 Women Talking Sports", title)
