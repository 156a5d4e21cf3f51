from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dossier.extract.dates import normalise_time

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))


@given(days, days)
def test_a_full_date_is_itself_whatever_the_publication_date(d, published):
    for text in (f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}", f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
                 d.isoformat()):
        assert normalise_time(text, published).value == d.isoformat()


@given(days, st.integers(min_value=0, max_value=364))
def test_day_and_month_resolve_to_the_nearest_date_not_after_publication(published, back):
    d = published - timedelta(days=back)
    assume(not (d.month == 2 and d.day == 29))
    assert normalise_time(f"{d.day} {MONTH_NAMES[d.month - 1]}", published).value == d.isoformat()


@given(days, st.integers(min_value=1, max_value=12))
def test_a_month_alone_is_never_after_publication(published, month):
    value = normalise_time(f"in {MONTH_NAMES[month - 1]}", published).value
    year, m = map(int, value.split("-"))
    assert m == month and (year, m) <= (published.year, published.month) and year >= published.year - 1


@given(days)
def test_last_week_is_the_iso_week_before_publication(published):
    year, week, _ = (published - timedelta(days=7)).isocalendar()
    assert normalise_time("last week", published).value == f"{year}-W{week:02d}"


@pytest.mark.parametrize("text", ["last week", "yesterday", "17 March", "in December", "on Sunday", "a year ago",
                                  "early March", "January this year"])
def test_relative_expressions_without_a_publication_date_stay_unresolved_and_say_so(text):
    result = normalise_time(text, None)
    assert result.value is None and "publication date" in result.reason


@pytest.mark.parametrize("text,value", [
    ("17 March", "2022-03-17"), ("24 February", "2022-02-24"), ("January this year", "2022-01"),
    ("early March", "2022-03"), ("the beginning of February", "2022-02"), ("last week", "2022-W11"),
    ("In December", "2021-12"), ("since 2020", "2020"), ("August 2020", "2020-08"), ("early April 2022", "2022-04"),
    ("on Sunday", "2022-03-20"), ("two weeks ago", "2022-W10"), ("mid-January", "2022-01"),
    ("tomorrow", "2022-03-25"), ("next year", "2023"), ("late last July", "2021-07"), ("last June", "2021-06"),
    ("last March", "2021-03"), ("early this year", "2022"), ("mid-2019", "2019"), ("the end of the year", "2022"),
])
def test_expressions_from_reports(text, value):
    assert normalise_time(text, date(2022, 3, 24)).value == value


def test_what_is_to_come_resolves_forwards():
    published = date(2022, 3, 24)
    assert [normalise_time(t, published, future=True).value for t in ("7 April", "February", "Saturday", "the end of the year")] \
        == ["2022-04-07", "2023-02", "2022-03-26", "2022"]
    assert [normalise_time(t, published).value for t in ("7 April", "February", "Saturday")] \
        == ["2021-04-07", "2022-02", "2022-03-19"]


@pytest.mark.parametrize("text", ["2020-2022", "the 1990s", "recent weeks", "many months", "the weeks"])
def test_what_fixes_no_date_is_not_a_date(text):
    assert normalise_time(text, date(2022, 3, 24)).value is None
