from dossier.extract.figures.units import currency_before, rate_after, unit_after


def test_units_after_a_number_in_news_spellings():
    assert [unit_after(t) for t in (" km/h east", "mph", " per cent", "-year-old son", "bhp V10", " yuan", " a day")] == [
        "kilometre per hour", "mile per hour", "percent", "year of age", "brake horsepower", "CNY", None]


def test_units_that_read_like_other_things():
    assert [unit_after(t) for t in (" m.p.h. on the M4", " Nm of torque", " nm wide", " pounds of cocaine",
                                    " pounds in fines", "Mbps plan", " cubic feet")] == [
        "mile per hour", "newton metre", "nanometre", "pound-mass", "GBP", "megabit per second", "cubic foot"]


def test_currency_marks_before_a_number():
    assert [currency_before(t) for t in ("worth $", "paid HK $", "($A", "rose to RM", "in 2019 ")] == [
        "USD", "HKD", "AUD", "MYR", None]
    assert rate_after(" a barrel in October") == "barrel" and rate_after(" in October") is None



def test_iso_codes_glued_to_amounts():
    assert [currency_before(t) for t in ("a sum of USD", "priced at RM", "package of INR")] == ["USD", "MYR", "INR"]


def test_compound_units_glued_symbols_and_spaced_currency_marks():
    assert [unit_after(t) for t in (" kV/cm", " A/cm2 at", "m2 of floor", "G networks", "g of sugar", "″ long")] == [
        "kilovolt per centimetre", "ampere per square centimetre", "square metre", "generation wireless", "gram", "inch"]
    assert [currency_before(t) for t in ("paid C $", "costs AU $")] == ["CAD", "AUD"]
    assert rate_after("-a-day refinery") == "day" and rate_after(" a-year rise") == "year"
