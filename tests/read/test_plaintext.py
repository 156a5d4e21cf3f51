from dossier.read.header import normalise_published, parse_header_line, split_authors
from dossier.read.plaintext import parse_plain_text


def test_the_title_is_left_among_the_lines_to_be_found_once_furniture_is_known():
    raw = parse_plain_text("Minsk protests\n\nPolice detained dozens.\nMore later.", "a.txt")
    assert raw.title is None
    assert raw.lines == ("Minsk protests", "", "Police detained dozens.", "More later.")
    assert raw.published is None and raw.authors == ()
    assert parse_plain_text("TITLE: Named outright\n\nBody.", "a.txt").title == "Named outright"


def test_header_block_before_title_gives_metadata():
    text = "URL: https://x.example/a\nDATE: 7 March 2022\nOUTLET: Minsk Ledger\nAUTHOR: Jane Roe and John Doe\n\nTitle\n\nBody."
    raw = parse_plain_text(text, "a.txt")
    assert (raw.url, raw.outlet, raw.published) == ("https://x.example/a", "Minsk Ledger", "2022-03-07")
    assert raw.authors == ("Jane Roe", "John Doe")
    assert raw.lines == ("Title", "", "Body.")


def test_header_block_after_title():
    raw = parse_plain_text("Title\nDATE: 2022-03-07\n\nBody line.", "a.txt")
    assert raw.published == "2022-03-07"
    assert raw.lines == ("Title", "", "Body line.")


def test_a_header_field_with_no_value_says_nothing_and_is_no_title():
    raw = parse_plain_text("URL: https://x.example/a\nDATE:\n\nHeadline of the day\n\nBody.", "a.txt")
    assert raw.published is None and raw.url == "https://x.example/a"
    assert raw.lines == ("Headline of the day", "", "Body.")


def test_a_colon_in_the_body_is_not_a_header():
    raw = parse_plain_text("Title\n\nNote: the figure is disputed.", "a.txt")
    assert raw.lines == ("Title", "", "Note: the figure is disputed.")


def test_markdown_syntax_is_stripped():
    raw = parse_plain_text("# The *title*\n\nA **bold** claim with [a link](https://x.example).\n- item", "a.md", kind="md")
    assert raw.lines == ("The title", "", "A bold claim with a link.", "item")


def test_header_helpers():
    assert parse_header_line("Date: 2022-03-01") == ("published", "2022-03-01")
    assert parse_header_line("Kyiv: shelling continued") is None
    assert split_authors("By Jane Roe; John Doe") == ("Jane Roe", "John Doe")
    assert normalise_published("2022-03-24T10:00:00+01:00") == "2022-03-24"
    assert normalise_published("December 19, 2022") == "2022-12-19"
    assert normalise_published("2022-03") == "2022-03"
    assert normalise_published("sometime soon") is None
