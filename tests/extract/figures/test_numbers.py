import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.extract.figures.numbers import APPROX_MARKERS, parse_amount, parse_digits, parse_number_words

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def in_words(n: int) -> str:
    """Written-out English for 0..999,999, the way a style guide spells numbers."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + in_words(n % 100) if n % 100 else "")
    return in_words(n // 1000) + " thousand" + (" " + in_words(n % 1000) if n % 1000 else "")


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_thousands_separators_read_back(n):
    assert parse_digits(f"{n:,}") == n
    assert parse_digits(f"{n:,}".replace(",", "\u202f")) == n


@given(st.integers(min_value=0, max_value=999_999))
def test_number_words_read_back(n):
    assert parse_number_words(in_words(n)) == n


@given(st.sampled_from(sorted(APPROX_MARKERS)), st.integers(min_value=1, max_value=10**9))
def test_every_marker_gives_an_approximate_figure_with_its_bound(marker, n):
    amount = parse_amount(f"{marker} {n:,}")
    assert (amount.value, amount.approx, amount.bound) == (n, True, APPROX_MARKERS[marker])


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_keep_both_ends(low, extra):
    amount = parse_amount(f"between {low:,} and {low + extra:,}")
    assert (amount.value, amount.high, amount.bound) == (low, low + extra, "range")


@pytest.mark.parametrize("text,value,approx", [
    ("30,000", 30000, False), ("1.5 million", 1_500_000, False), ("3.5bn", 3.5e9, False), ("a dozen", 12, False),
    ("79%", 79, False), ("18-year", 18, False), ("an estimated 30,000", 30000, True), ("nearly 9,000", 9000, True),
    ("several thousand", None, True), ("hundreds of thousands", None, True), ("tens of thousands", None, True),
    ("dozens", None, True), ("twenty-one", 21, False), ("2,000-3,000", 2000, True),
])
def test_reporters_numbers(text, value, approx):
    amount = parse_amount(text)
    assert (amount.value, amount.approx) == (value, approx)


@pytest.mark.parametrize("text,value,high", [
    ("15-22 miles per hour", 15, 22),  # a range keeps its unit after it
    ("3 - 5 km", 3, 5),
    ("50 -1.3%", 50, None),  # a hyphen spaced on one side is a sign, not a range
    ("four to five thousand", 4000, 5000),  # the scale word belongs to both ends
    ("$370,000 to $5.5 million", 370_000, 5_500_000),
    (".500", 0.5, None),
    ("1/2 pound", 0.5, None),
    ("1⁄32", 1 / 32, None),
    ("2.998×10−8", 2.998e-8, None),
    ("6.02×10²³", 6.02e23, None),
    ("about 80 m.p.h.", 80, None),  # the m of mph is no million
])
def test_ranges_fractions_and_notations(text, value, high):
    amount = parse_amount(text)
    assert amount.value == pytest.approx(value) and (amount.high == pytest.approx(high) if high else amount.high is None)
