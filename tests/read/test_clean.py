import pytest

from dossier.errors import ReadError
from dossier.model import RawReport
from dossier.read.clean import ReportDefaults, clean_report, document_id
from dossier.read.language import detect_language


def raw(lines, **kw):
    return RawReport(source="a.txt", kind="txt", title=kw.pop("title", "Title"), lines=tuple(lines), **kw)


def test_clean_text_is_title_then_body_without_furniture():
    doc = clean_report(raw(["", "Police detained dozens in Minsk on Sunday.", "", "", "", "Follow us on social media", ""]))
    assert doc.text == "Title\n\nPolice detained dozens in Minsk on Sunday."
    assert [f.reason for f in doc.furniture] == ["social media prompt"]
    assert doc.id == document_id(doc.text) and len(doc.id) == 16


def test_layout_noise_does_not_change_the_id():
    a = clean_report(raw(["Police detained dozens in Minsk on Sunday.   ", "", "", "Second paragraph here."]))
    b = clean_report(raw(["Police detained dozens in Minsk on Sunday.", "", "Second paragraph here."]))
    assert a.id == b.id


def test_report_metadata_wins_over_user_defaults():
    defaults = ReportDefaults(published="2022-03-07", outlet="Ledger")
    assert clean_report(raw(["Body text of the report."]), defaults).published == "2022-03-07"
    own = clean_report(raw(["Body text of the report."], published="2022-03-01", outlet="Wire"), defaults)
    assert (own.published, own.outlet) == ("2022-03-01", "Wire")


def test_published_line_in_the_furniture_dates_the_report():
    doc = clean_report(raw(["Published: 10 March 2022", "", "Body text of the report."]))
    assert doc.published == "2022-03-10"


def test_byline_gives_authors_when_metadata_has_none():
    assert clean_report(raw(["By Jane Roe", "", "Body text of the report."])).authors == ("Jane Roe",)


def test_nothing_left_is_an_error():
    with pytest.raises(ReadError, match="no report text left"):
        clean_report(raw(["Follow us on social media"], title=None))


def test_non_english_report_is_flagged():
    doc = clean_report(raw(["В воскресенье в Минске задержали более 800 человек, сообщили правозащитники."],
                           title="Задержания в Минске"))
    assert doc.language == "ru" and not doc.is_english


@pytest.mark.parametrize("text,code", [
    ("The opposition leader said the referendum had no legal force.", "en"),
    ("Лукашэнка сказаў, што войска не пойдзе ва Украіну.", "be"),
    ("Зеленський заявив, що українська армія тримає оборону.", "uk"),
    ("12345 ---", "und"),
])
def test_language_detection(text, code):
    assert detect_language(text) == code


def test_plain_english_is_told_without_the_statistical_detector_and_other_languages_still_reach_it(monkeypatch):
    from dossier.read import language

    english = ("Belarus jails blogger for 18 years. A court in Homel sentenced Siarhei Tsikhanouski on Tuesday after a "
               "closed trial, his wife Sviatlana Tsikhanouskaya said from Vilnius, calling the verdict revenge. "
               "Five co-defendants got between 14 and 16 years, the Viasna rights group reported.") * 2
    others = {
        "de": "Die Regierung hat am Montag mitgeteilt, dass die Grenze zu Polen geschlossen bleibt und war " * 4,
        "fr": "Les autorités de Minsk ont arrêté dimanche plus de huit cents personnes, selon les défenseurs " * 4,
        "pl": "Władze w Mińsku zatrzymały w niedzielę ponad osiemset osób, poinformowała organizacja praw " * 4,
    }
    asked = []
    real = language._detector

    def watched():
        asked.append(True)
        return real()

    monkeypatch.setattr(language, "_detector", watched)
    assert language.detect_language(english) == "en" and not asked
    assert {code: language.detect_language(text) for code, text in others.items()} == {c: c for c in others}
    assert len(asked) == 3


def test_a_page_without_a_date_header_takes_its_date_from_its_timestamp_and_its_title_from_its_headline():
    from dossier.read.plaintext import parse_plain_text

    text = ("URL: https://x.example/a\nDATE:\n\nPublished 14:57 IST, August 10th 2020\n"
            "Lukashenko wins Belarus polls with 80% votes: Official\n"
            "Election officials in Belarus said Monday that Lukashenko had won a sixth consecutive term in office.")
    document = clean_report(parse_plain_text(text, "page.txt"))
    assert (document.title, document.published) == ("Lukashenko wins Belarus polls with 80% votes: Official",
                                                    "2020-08-10")
    assert [(f.text, f.reason) for f in document.furniture] == [("Published 14:57 IST, August 10th 2020", "timestamp")]


def test_a_lede_that_opens_the_text_leaves_the_title_unknown():
    from dossier.read.plaintext import parse_plain_text

    text = ("BRUSSELS, December 1. /TASS/. Permanent representatives of 27 EU countries have passed the fifth package "
            "of sanctions, a source told TASS on Wednesday.\n\nThe package includes 25 individuals.")
    document = clean_report(parse_plain_text(text, "wire.txt"))
    assert document.title == "" and document.text.startswith("BRUSSELS, December 1.")
    assert document.heading.startswith("BRUSSELS, December 1. /TASS/. Permanent")
