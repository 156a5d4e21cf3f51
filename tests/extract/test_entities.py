from dossier.extract import extract
from dossier.extract.entities import chunks, trim_mention
from dossier.model import Document


def doc(text, language="en"):
    return Document(id="d1", source="s", kind="txt", title=text.split("\n")[0], text=text, url=None, outlet=None,
                    authors=(), published=None, language=language)


def test_mentions_carry_exact_spans_and_their_sentence(blank_nlp):
    text = "Exiles meet\n\nTikhanovskaya met Lukashenka’s critics in Vilnius. Then she flew to Kyiv."
    findings = extract(doc(text), blank_nlp)
    got = [(m.text, m.label, m.sentence) for m in findings.mentions]
    assert got == [("Tikhanovskaya", "PERSON", 1), ("Lukashenka", "PERSON", 1), ("Vilnius", "GPE", 1), ("Kyiv", "GPE", 2)]
    assert all(text[m.start:m.end] == m.text for m in findings.mentions)
    assert [text[s.start:s.end] for s in findings.sentences] == [
        "Exiles meet", "Tikhanovskaya met Lukashenka’s critics in Vilnius.", "Then she flew to Kyiv."]


def test_reports_not_in_english_are_not_extracted(blank_nlp):
    assert extract(doc("Лукашенко\n\nЛукашенко в Минске.", language="ru"), blank_nlp).mentions == ()


def test_trim_mention_drops_article_and_possessive():
    assert trim_mention("the Soviet Union", 10, 26) == ("Soviet Union", 14, 26)
    assert trim_mention("Lukashenka’s", 0, 12) == ("Lukashenka", 0, 10)
    assert trim_mention("The Hague", 0, 9) == ("Hague", 4, 9)  # a known cost: names that begin with "The"


def test_chunks_are_paragraphs_with_offsets():
    text = "Title\n\nOne. Two.\n \nThree\nfour\n"
    assert [(o, p) for o, p in chunks(text)] == [(0, "Title"), (7, "One. Two."), (19, "Three\nfour")]
    long = "a" * 30 + "\n" + "b" * 5
    assert list(chunks(long, limit=20)) == [(0, "a" * 20), (20, "a" * 10 + "\n" + "b" * 5)]
