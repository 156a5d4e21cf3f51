import pytest

from dossier.errors import ReadError
from dossier.read.clean import clean_report
from dossier.read.html import parse_html

BODY = " ".join(["The opposition leader spoke in Vilnius on Monday about the war and the sanctions."] * 3)
PAGE = f"""<!doctype html><html><head><title>Exiles plan next steps | Courier</title>
<meta property="og:site_name" content="The Courier"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2022-03-05T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/w">World</a> | <a href="/e">Europe</a> | <a href="/o">Opinion</a></nav>
<article><h1>Exiles plan next steps</h1>
<p>{BODY}</p><p>Second paragraph: {BODY}</p><p>Third paragraph: {BODY}</p>
<figure><figcaption>Photo: a rally in Vilnius (Reuters)</figcaption></figure>
<p>Sign up for our newsletter to get the briefing in your inbox.</p></article>
<footer><p>© 2022 The Courier. All rights reserved.</p></footer></body></html>"""


def test_article_text_and_metadata_come_from_trafilatura():
    raw = parse_html(PAGE, "page.html")
    assert raw.title == "Exiles plan next steps"
    assert (raw.outlet, raw.authors, raw.published) == ("The Courier", ("Jane Roe",), "2022-03-05")
    body = "\n".join(raw.lines)
    assert body.count("The opposition leader spoke in Vilnius") == 9
    assert "Home" not in body


def test_page_furniture_is_removed_and_kept_with_reasons():
    doc = clean_report(parse_html(PAGE, "page.html"))
    assert "newsletter" not in doc.text and "All rights reserved" not in doc.text
    reasons = {f.text: f.reason for f in doc.furniture}
    assert reasons["Sign up for our newsletter to get the briefing in your inbox."] == "newsletter promo"
    assert reasons["© 2022 The Courier. All rights reserved."] == "site disclaimer"


def test_malformed_html_still_yields_the_article():
    broken = PAGE.replace("</p>", "").replace("</article>", "<div><span>").replace("</html>", "")
    raw = parse_html(broken, "broken.html")
    assert "The opposition leader spoke in Vilnius" in "\n".join(raw.lines)


def test_page_without_article_text_is_refused():
    with pytest.raises(ReadError, match="no article text"):
        parse_html("<html><body><nav>Home</nav></body></html>", "empty.html")
