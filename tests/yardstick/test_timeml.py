"""TimeML out: dossier's dates plus durations, references and times of day, written into the input document."""

from datetime import date

import pytest

from dossier.extract import load_pipeline
from dossier.extract.entities import chunks
from dossier.yardstick.tempeval import read_timeml, write_timeml
from dossier.yardstick.timeml import duration_value, timexes


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def tag(nlp, text, dct=date(2013, 3, 22)):
    pieces = list(chunks(text))
    parsed = list(zip((o for o, _ in pieces), nlp.pipe(p for _, p in pieces)))
    return [(text[t.start:t.end], t.type, t.value) for t in timexes(text, parsed, dct)]


def test_dates_durations_references_and_parts_of_day(nlp):
    text = ("The vote will be held on April 7. The ban lasted eight years and ended two years ago. "
            "Talks resumed on Friday afternoon and are now in their 2009-2010 format for the next decade.")
    assert tag(nlp, text) == [
        ("April 7", "DATE", "2013-04-07"), ("eight years", "DURATION", "P8Y"), ("two years ago", "DATE", "2011"),
        ("Friday afternoon", "TIME", "2013-03-22TAF"), ("now", "DATE", "PRESENT_REF"), ("2009", "DATE", "2009"),
        ("2010", "DATE", "2010"), ("the next decade", "DURATION", "P10Y")]


def test_duration_values():
    assert [duration_value(a, u) for a, u in [("24", "hours"), ("several", "days"), ("a", "decade"), ("1.5", "year")]] \
        == ["PT24H", "PXD", "P10Y", "P1.5Y"]


def test_timeml_written_reads_back_to_the_same_spans():
    xml = ('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">'
           'March 22</TIMEX3></DCT><TEXT>Prices rose 5% & fell on Friday.</TEXT></TimeML>')
    text, dct, found = read_timeml(xml)
    assert (text, dct, found) == ("Prices rose 5% & fell on Friday.", date(2013, 3, 22), [])
    from dossier.yardstick.timeml import Timex

    written = write_timeml(xml, text, [Timex(25, 31, "DATE", "2013-03-22")])
    assert "&amp;" in written and read_timeml(written)[2] == [(25, 31, "2013-03-22", "DATE")]
