"""Quantities, times and events on sentences written for these tests (the real English pipeline)."""

import pytest

from dossier.extract import extract, load_pipeline
from dossier.model import Document


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def findings(nlp, body, published="2022-03-24"):
    text = f"Report\n\n{body}"
    doc = Document(id="t", source="t", kind="txt", title="Report", text=text, url=None, outlet=None, authors=(),
                   published=published, language="en")
    found = extract(doc, nlp)
    for item in (*found.quantities, *found.times):
        assert text[item.start:item.end] == item.text
    return found


def figures(nlp, body):
    return [(q.text, q.value, q.approx, q.bound) for q in findings(nlp, body).quantities]


def test_approximate_figures_keep_their_marker_and_bound(nlp):
    got = figures(nlp, "Officials said up to 4,000 troops and more than 150 tanks had crossed, and an estimated "
                       "30,000 people fled.")
    assert got == [("up to 4,000", 4000, True, "max"), ("more than 150", 150, True, "min"),
                   ("an estimated 30,000", 30000, True, "about")]


def test_vague_amounts_have_no_value(nlp):
    got = figures(nlp, "Several thousand people marched, and hundreds of them were detained.")
    assert [(t, v) for t, v, _, _ in got] == [("Several thousand", None), ("hundreds", None)]


def test_years_dates_ordinals_and_quoted_counts_are_not_figures(nlp):
    body = ("In 2020 the first protests began on 9 August. “We have two fronts,” she said. "
            "One of the organisers was jailed for 15 years.")
    assert [(t, v) for t, v, _, _ in figures(nlp, body)] == [("15 years", 15)]


def test_percentages_money_and_compounds(nlp):
    got = figures(nlp, "Some 79% backed the plan, which costs $2.5 billion, after a two-hour meeting.")
    assert [(t, v) for t, v, _, _ in got] == [("Some 79%", 79), ("$2.5 billion", 2.5e9), ("two-hour", 2)]


def test_the_thing_counted_comes_from_the_parse(nlp):
    (q,) = findings(nlp, "A group of up to 200 volunteers from Belarus is fighting near Kyiv.").quantities
    assert q.counted == "volunteers from Belarus" and q.unit == "volunteer"
    assert q.about == "volunteers from Belarus fighting near Kyiv"  # with the clause it stands in


def test_a_figure_takes_the_time_its_sentence_fixes(nlp):
    (q,) = findings(nlp, "In early March, police detained more than 800 people in Minsk.").quantities
    assert q.when == "2022-03"


def test_times_in_a_report_resolve_against_its_publication_date(nlp):
    found = findings(nlp, "On 17 March she spoke at the UN. Last week the EU agreed sanctions, and in January this "
                          "year hackers hit the railways. The war began on 24 February.")
    assert [(t.text, t.value) for t in found.times] == [
        ("17 March", "2022-03-17"), ("Last week", "2022-W11"), ("January this year", "2022-01"),
        ("24 February", "2022-02-24")]


def test_a_date_counted_from_an_event_the_report_dates(nlp):
    body = "Russian troops invaded Ukraine on 24 February. Four days after the invasion began, the referendum passed."
    times = {t.text: t.value for t in findings(nlp, body).times}
    assert times["Four days after the invasion began"] == "2022-02-28"


def test_without_a_publication_date_relative_times_say_why(nlp):
    (t,) = findings(nlp, "The minister resigned last week.", published=None).times
    assert t.value is None and "publication date" in t.unresolved


def test_every_resolved_date_makes_an_event_with_its_clause_and_actors(nlp):
    found = findings(nlp, "On 21 March, Franak Vyachorka posted a report on the sabotage in Homel.")
    (event,) = found.events
    assert event.date == "2022-03-21"
    assert "Franak Vyachorka posted a report on the sabotage in Homel" in event.what
    assert set(event.actors) >= {"Franak Vyachorka", "Homel"}


def test_a_date_the_verb_puts_ahead_resolves_forwards(nlp):
    found = findings(nlp, "The commission said on Monday that the referendum will be held on 7 April. Observers "
                          "were expelled in April, and the final count is due to be published in May.")
    assert [(t.text, t.value) for t in found.times] == [
        ("on Monday", "2022-03-21"), ("7 April", "2022-04-07"), ("April", "2021-04"), ("May", "2022-05")]


def test_a_day_named_only_in_a_condition_is_not_a_date(nlp):
    found = findings(nlp, "If the army wanted to cross the border tomorrow, it could. The talks resume tomorrow.")
    assert [(t.text, t.value) for t in found.times] == [("tomorrow", "2022-03-25")]


def test_lengths_ranges_units_and_rates(nlp):
    got = findings(nlp, "He was sentenced to three years in prison. Temperatures fell by 1 to 1.5 degrees Celsius. "
                        "The convoy moved at 40 km/h for two hours, and diesel sold for A$2.11 a litre. "
                        "Nearly two-thirds of voters backed the plan.").quantities
    assert [(q.text, q.value, q.high, q.unit) for q in got] == [
        ("three years", 3, None, "years"), ("1 to 1.5 degrees Celsius", 1, 1.5, "celsius"),
        ("40 km/h", 40, None, "kilometre per hour"), ("two hours", 2, None, "hours"),
        ("2.11", 2.11, None, "AUD per litre"), ("Nearly two-thirds", 2 / 3, None, None)]


def test_counts_the_tagger_missed_and_numbers_that_cannot_be_years(nlp):
    got = figures(nlp, "The clinic has more than 900 doctors. It marked a record with sales of 5835 units in 2019.")
    assert ("more than 900", 900, True, "min") in got and ("5835", 5835, False, None) in got
    assert all(value != 2019 for _, value, _, _ in got)


def test_a_rate_names_what_it_is_counted_per(nlp):
    got = findings(nlp, "Staff worked 40 hours a week. Sales grew five percent a year. The bank lost 63 cents per "
                        "share. Labs ran 3,000 tests per day. The car gets 20 miles per gallon.").quantities
    assert [q.unit for q in got] == ["hours per week", "percent per year", "cent per share", "test per day",
                                     "mile per gallon"]


def test_a_level_reached_after_a_change_is_in_the_change_s_unit(nlp):
    got = findings(nlp, "The index rose 64.06 points to 4,577.10. Another lost 1.1% to end at 1,334.20.").quantities
    assert [(q.value, q.unit) for q in got] == [(64.06, "point"), (4577.1, "point"), (1.1, "percent"), (1334.2, None)]


def test_numbers_before_punctuation_money_that_looks_like_a_year_and_numbers_no_year_could_be(nlp):
    got = figures(nlp, "The average closed at 27,349.19, a record. The laptop is worth exactly $2000. The CAC was "
                       "down at 5884. Sales rose in 2019.")
    assert [value for _, value, _, _ in got] == [27349.19, 2000, 5884]


def test_shares_in_words(nlp):
    got = figures(nlp, "A third of those screened were ill. Almost half of them were men. One out of three voters "
                       "stayed home. In the second half of the match, an hour and a half later, nothing changed.")
    assert [(text, round(value, 3)) for text, value, _, _ in got] == [
        ("A third", 0.333), ("Almost half", 0.5), ("One out of three", 0.333)]
    assert figures(nlp, "Unless a third party objects, flags fly at half-staff.") == []
    assert all(value >= 1 for _, value, _, _ in figures(nlp, "Two of three defendants were jailed."))


def test_numbers_spelt_out_over_several_words(nlp):
    got = figures(nlp, "There are twenty-eight thousand six hundred forty-two students enrolled.")
    assert [(text, value) for text, value, _, _ in got] == [("twenty-eight thousand six hundred forty-two", 28642)]


def test_numbers_inside_names_and_plurals_of_names_are_not_figures(nlp):
    got = findings(nlp, "The S&P 500 index fell while Boeing 787 jets stayed grounded. Tesla delivered 63,150 Model 3s. "
                        "He ran the 100 metres in 9.58s.").quantities
    units = {q.value: q.unit for q in got}
    assert 500 not in units and 787 not in units
    assert units[9.58] == "seconds" and 63150 in units and units[63150] != "seconds"


def test_money_after_a_scale_word_marked_currencies_and_fractions_of_a_unit(nlp):
    got = figures(nlp, "The industry earns 9 billion shekels a year. The ranch sold for $US17,246,208. Add 1/16 of a pint "
                       "and 1⁄128 of a gallon. The shop is open 24/7.")
    assert [(text, value) for text, value, _, _ in got] == [
        ("9 billion shekels", 9e9), ("17,246,208", 17246208), ("1/16", 1 / 16), ("1⁄128", 1 / 128)]


def test_ranges_written_with_between(nlp):
    got = findings(nlp, "Between 3,000 and 5,000 people came. Hearing ends between 15kHz and 17kHz. It fell between 2 "
                        "and 3 points.").quantities
    assert [(q.value, q.high, q.unit) for q in got] == [
        (3000, 5000, "people"), (15, 17, "kilohertz"), (2, 3, "point")]


def test_an_age_set_after_a_name(nlp):
    got = findings(nlp, "Ihar Losik, 30, was sentenced on Thursday.").quantities
    assert [(q.text, q.value, q.unit) for q in got] == [("30", 30, "year of age")]


def test_multiples(nlp):
    got = findings(nlp, "Arrests rose more than sixfold, then saw a 10-fold rise.").quantities
    assert [(q.value, q.unit, q.bound) for q in got] == [(6, "fold", "min"), (10, "fold", None)]


def test_a_length_of_time_starts_at_a_word(nlp):
    """The 'one' that ends 'bygone' is not a number."""
    got = findings(nlp, "Veterans recalled bygone days of unrest in Minsk.").quantities
    assert got == ()


def test_a_number_that_is_part_of_a_name_is_not_a_figure(nlp):
    got = findings(nlp, "Apple showed the iPhone 11 as Part 3 of the act took effect.").quantities
    assert got == ()


def test_two_figures_in_one_parser_span_and_signed_changes(nlp):
    got = findings(nlp, "The car offers 640bhp from a 5.2 litre engine. The deficit increased by $43.6 billion to "
                        "$419.2 billion. The index closed at minus 3.5 points and fell by 1 to 1.5 per cent.").quantities
    values = [(q.value, q.high) for q in got]
    assert (640, None) in values and (5.2, None) in values
    assert (43.6e9, None) in values and (419.2e9, None) in values
    assert (-3.5, None) in values and (1, 1.5) in values


def test_numbers_sharing_a_unit_written_once_after_the_last(nlp):
    got = findings(nlp, "Buyers choose a 10- or 12-inch screen and four-, five- and six-seat versions.").quantities
    assert [(q.value, q.unit) for q in got] == [(10, "inch"), (12, "inch"), (4, "seat"), (5, "seat"), (6, "seat")]


def test_two_close_numbers_joined_by_or_are_one_rough_range(nlp):
    got = findings(nlp, "Over the last three or four years, prices rose. Two or three people were hurt. Either 5 or "
                        "50 people came.").quantities
    assert [(q.value, q.high) for q in got][:2] == [(3, 4), (2, 3)]
    assert (5, None) in [(q.value, q.high) for q in got] and (50, None) in [(q.value, q.high) for q in got]


def test_ranges_whose_unit_is_glued_to_the_second_number(nlp):
    got = findings(nlp, "Bake it for ~20 – 35min. The car does the 0-to-60-mph sprint quickly.").quantities
    assert [(q.value, q.high, q.unit) for q in got] == [(20, 35, "minutes"), (0, 60, "mile per hour")]


def test_metres_before_a_dimension_are_not_millions(nlp):
    got = findings(nlp, "Divers found a 25m (82ft)-long whale. The tower is 300m tall. The club paid £35m for him.").quantities
    assert [(q.value, q.unit) for q in got if q.unit != "foot"] == [(25, "metre"), (300, "metre"), (35e6, "GBP")]


def test_a_scale_abbreviation_never_scales_a_scale_word(nlp):
    got = findings(nlp, "The archive holds 3 billion b.").quantities
    assert [q.value for q in got] == [3e9]


def test_ages_written_after_a_name_and_after_age_of(nlp):
    got = findings(nlp, "Jones, 71, has said he will retire. Nick Hague 44 has spent months in orbit. Only fans over "
                        "the age of 18 may enter. The vote is on March 3.").quantities
    assert [(q.value, q.unit) for q in got if q.unit == "year of age"] == [(71, "year of age"), (44, "year of age"),
                                                                            (18, "year of age")]
    assert 3 not in [q.value for q in got]


def test_ages_of_a_group_polled_or_of_a_person_written_with_aged(nlp):
    got = findings(nlp, "Of respondents aged 18 to 34, 60 per cent agreed. A man aged 41 was held.").quantities
    assert [(q.value, q.high, q.unit) for q in got] == [(18, 34, "year of age"), (60, None, "percent"),
                                                        (41, None, "year of age")]


def test_a_count_per_unit_of_time_whose_noun_came_before(nlp):
    got = findings(nlp, "Police logged 30 burglaries last week, against an average of 12 per day.").quantities
    assert 12 in [q.value for q in got]


def test_street_numbers_lap_times_year_spans_and_market_indexes_are_not_figures(nlp):
    got = findings(nlp, "The firm bought 12 Harbour View Road and a unit at 16-18 Quay Avenue. The car ran a 1:42.3 lap. "
                        "Between 1500 and 1700 the population doubled. The FTSE 100 fell 1.2% and the Stoxx 600 index "
                        "slipped. Between 1500 and 1700 troops crossed.").quantities
    assert [(q.value, q.high) for q in got] == [(1.2, None), (1500, 1700)]


def test_one_as_a_pronoun_is_no_count_but_only_one_is(nlp):
    got = findings(nlp, "Reusing the same one everywhere is a mistake. Only one person came.").quantities
    assert [(q.text, q.value) for q in got] == [("Only one", 1)]


def test_a_bare_number_in_a_coordinated_clause_counts_what_the_figure_before_it_counts(nlp):
    got = findings(nlp, "Police detained 1,200 people in Minsk and 300 in Gomel. The index rose 2% and closed at "
                        "1,334. Exports rose 2 percent but imports fell by 1.").quantities
    assert [(q.value, q.unit) for q in got] == [(1200, "people"), (300, "people"), (2, "percent"), (1334, None),
                                                (2, "percent"), (1, "percent")]


def test_what_a_figure_counts_through_of_and_after_a_scale(nlp):
    got = findings(nlp, "Two of the mayor's deputies were fired. Some 300 Belarusians joined. The firm sold 35m of "
                        "its speakers. Add 1/16 of a US pint.").quantities
    assert [q.unit for q in got] == ["deputy", "Belarusian", "speaker", "pint"]


def test_multiples_and_frequencies_written_with_times(nlp):
    got = findings(nlp, "The stock trades at 6.5 times earnings. The star spins 78,000 times a minute.").quantities
    assert [(q.value, q.unit) for q in got] == [(6.5, "time"), (78000, "time per minute")]


def test_what_is_counted_keeps_hyphens_and_joined_modifiers_but_not_the_approximation(nlp):
    got = findings(nlp, "An estimated 5 million children died. It runs 20 coal-fired power plants and two gas-only "
                        "units. About 460 Kia and Hyundai cars were stolen.").quantities
    assert [q.counted for q in got] == ["children", "coal-fired power plants", "gas-only units", "Kia and Hyundai cars"]


def test_clock_times_an_article_before_a_dollar_and_a_year_earlier_are_not_units(nlp):
    got = findings(nlp, "The deadline is 2 p.m. on the day the two firms meet. They have a $3500 a month mortgage. "
                        "Revenue rose to $7.36 billion from $6.78 billion a year earlier.").quantities
    assert [(q.value, q.unit) for q in got] == [(2, "firm"), (3500, "USD per month"), (7.36e9, "USD"), (6.78e9, "USD")]


def test_model_numbers_plurals_of_names_and_years_opening_a_span(nlp):
    got = findings(nlp, "Viewers of Channel 5s coverage saw Boeing's own 787 Dreamliner. The iPhone 11 Pro and 11 Pro "
                        "Max launched. Kyiv got 5 Leopard tanks. Between 1600 and 1900 world temperatures fell.").quantities
    assert [(q.value, q.unit) for q in got] == [(5, "tank")]


def test_a_bare_lower_end_takes_the_upper_end_s_scale_and_an_elided_unit_keeps_its_rate(nlp):
    got = findings(nlp, "Guidance was cut from US $89 to $93 billion. We had 22 burglaries, against an average of 20 "
                        "per week.").quantities
    assert [(q.value, q.high, q.unit) for q in got] == [(89e9, 93e9, "USD"), (22, None, "burglary"),
                                                        (20, None, "burglary per week")]


def test_words_that_qualify_the_count_are_not_what_is_counted(nlp):
    got = findings(nlp, "The launches offer a combined 435 homes. Eight other employees left.").quantities
    assert [q.counted for q in got] == ["homes", "employees"]


def test_a_sign_after_the_currency_mark_and_a_scale_written_as_a_capital_letter(nlp):
    got = findings(nlp, "The trade balance fell to $-12.4bn in May. The population is about 8 B people.").quantities
    assert [(q.value, q.unit, q.counted) for q in got] == [(-12.4e9, "USD", None), (8e9, "people", "people")]


def test_money_marked_by_its_currency_sign_that_the_tagger_missed(nlp):
    got = findings(nlp, "Savings range from $200,000 to $414 million for preserving wetlands. It cost $5 and "
                        "$2,000.").quantities
    assert {414e6, 200000} <= {v for q in got for v in (q.value, q.high)} and {q.unit for q in got} == {"USD"}
    assert [(q.text, q.value) for q in got][-2:] == [("$5", 5), ("$2,000", 2000)]


def test_dates_in_the_page_furniture_are_kept_apart_and_make_no_event(nlp):
    from dossier.extract import extract
    from dossier.model import Document, FurnitureLine

    furniture = (FurnitureLine(1, "Published 14:57 IST, August 10th 2020", "timestamp"),
                 FurnitureLine(4, "Protesters in Minsk in 2018. (Reuters/Jane Roe)", "image caption or credit"))
    text = "Title\n\nPolice detained 30 people on Sunday."
    doc = Document(id="t", source="t", kind="txt", title="Title", text=text, url=None, outlet=None, authors=(),
                   published="2020-08-10", language="en", furniture=furniture)
    findings = extract(doc, nlp)
    kept = [(t.text, t.value) for t in findings.times if t.in_furniture]
    assert kept == [("August 10th 2020", "2020-08-10"), ("in 2018", "2018")]
    assert all(doc.furniture_text[t.start:t.end] == t.text for t in findings.times if t.in_furniture)
    assert [e.date for e in findings.events] == ["2020-08-09"]


def test_dates_counted_from_the_date_the_report_last_gave(nlp):
    body = ("Earlier in March, the publishing house was asked to vacate its office. A year earlier, its accounts were "
            "frozen. The raid came on 16 May 2021, and the owner was charged the day after.")
    times = {t.text: t.value for t in findings(nlp, body).times}
    assert times["A year earlier"] == "2021-03" and times["the day after"] == "2021-05-17"


@pytest.mark.parametrize("text,value", [
    ("the summer of 2024", "2024"), ("this morning", "2022-03-24"), ("the 20th of March", "2022-03-20"),
    ("earlier in the spring", "2022"),
])
def test_seasons_parts_of_the_day_and_ordinal_days(nlp, text, value):
    times = {t.text: t.value for t in findings(nlp, f"It happened {text}, officials said.").times}
    assert value in times.values()


def test_a_books_year_and_a_span_of_days_are_no_dates(nlp):
    found = findings(nlp, "Police took a copy of George Orwell’s 1984. Early voting took place on Jan. 21-25.")
    assert [t.text for t in found.times] == []


@pytest.mark.parametrize("body", [
    "Lukashenko has ruled Belarus since 1994.",
    "As of today, there are 360 people on the list of political prisoners.",
    "Voting in the parliamentary election is taking place today.",
    "The decision is expected to be published and come into force on Thursday.",
    "VILNIUS, March 20 (Baltic Wire) - The border stayed shut.",
    "The talks resume tomorrow.",
])
def test_states_datelines_and_what_is_to_come_make_no_event(nlp, body):
    assert findings(nlp, body).events == ()


def test_the_same_sentence_printed_twice_is_one_event(nlp):
    body = "Police detained 30 people on Sunday.\n\nPolice detained 30 people on Sunday"
    assert len(findings(nlp, body).events) == 1


def test_a_date_of_a_noun_in_a_present_clause_still_dates_a_happening(nlp):
    (event,) = findings(nlp, "Many left the country after the repression in 2020 began.").events
    assert event.date == "2020"


def test_a_day_without_a_year_takes_the_year_the_report_gives_it(nlp):
    body = ("The plane was forced down on March 30, 2020. Protests followed. On March 30 the pilot had asked to turn "
            "back.\n\nIn 2020, the protests began in August. The firm said downloads had grown since its launch in "
            "2003, and that as of February its share was 70%.")
    times = [(t.text, t.value) for t in findings(nlp, body).times]
    assert ("March 30", "2020-03-30") in times and ("August", "2020-08") in times  # not 2021-03-30, not 2021-08
    assert ("February", "2022-02") in times  # 2003 dates the launch, not February


def test_days_counted_from_an_event_named_by_a_short_word(nlp):
    found = findings(nlp, "Protests followed Sunday's vote. Three days after the vote, workers went on strike.")
    assert {t.text: t.value for t in found.times}["Three days after the vote"] == "2022-03-23"


def test_a_fall_that_is_no_season_and_a_since_clause_that_is_a_state(nlp):
    found = findings(nlp, "Analysts believe the war will expedite the fall of the regime. Since the retreat in early "
                          "April 2022, Belarus has continued to supply arms. Her tenure lasted from 2020-2022.")
    assert [t.text for t in found.times if "fall" in t.text] == []
    assert found.events == ()


def test_an_ordinal_counts_a_recurring_series_but_not_a_first_or_a_rank(nlp):
    got = findings(nlp, "He won a fifth consecutive term. The bloc adopted its 9th package of sanctions. It was the "
                        "first time, and the second largest city voted for the third time.").quantities
    assert [(q.text, q.value, q.unit) for q in got] == [("fifth", 5, "term"), ("9th", 9, "package"),
                                                        ("third", 3, "time")]


def test_a_length_of_time_in_two_units_is_one_figure_in_the_larger_unit(nlp):
    got = findings(nlp, "She has been held for two years and three months. The trial lasted 1 year, 2 months. He "
                        "spent a year and six months in detention.")
    assert [(q.text, q.value, q.unit) for q in got.quantities][0] == ("two years and three months", 2.25, "years")
    assert [q.text for q in got.quantities][1:3] == ["1 year", "2 months"]  # a list of parts stays parts
    assert [(q.text, q.value) for q in got.quantities][3] == ("a year and six months", 1.5)


def test_a_respectively_list_pairs_each_figure_with_whose_it_is(nlp):
    got = findings(nlp, "Ihar Losik, Maria Kalesnikava and Viktar Babaryka were sentenced to 15, 11 and 14 years "
                        "respectively.").quantities
    assert [(q.text, q.value, q.unit, q.measure) for q in got] == [
        ("15", 15, "years", "prison sentence of Ihar Losik"), ("11", 11, "years", "prison sentence of Maria Kalesnikava"),
        ("14 years", 14, "years", "prison sentence of Viktar Babaryka")]


def test_an_age_named_by_what_it_is_and_a_count_of_those_who(nlp):
    got = findings(nlp, "Life expectancy for men in the region is around 71. Some 9,000 who fled have returned.")
    assert [(q.text, q.value, q.unit) for q in got.quantities] == [("around 71", 71, "year of age"),
                                                                   ("Some 9,000", 9000, "people")]


def test_an_age_said_of_a_person_with_be_and_an_age_in_months(nlp):
    got = findings(nlp, "Her brother Pavel, who was 17, was detained. She will be 40 by the end of the year. "
                        "The turnout was 60 in the district. A 9 month-old baby was among them. Children under the "
                        "age of 5 years were sent home.").quantities
    units = {q.text: q.unit for q in got}
    assert units["17"] == "year of age" and units["40"] == "year of age"
    assert units.get("60") != "year of age"  # a turnout said with 'be' is no age
    assert units["9 month-old"] == "month of age" and units["5"] == "year of age"


def test_a_share_out_of_a_group_and_a_scale_letter_count_nothing_themselves(nlp):
    got = findings(nlp, "One out of three voters stayed home. The new model is around 25k or 40k cheaper than its "
                        "two rivals respectively.").quantities
    assert [(q.text, q.unit, q.counted) for q in got][0] == ("One out of three", None, "voters")
    assert [(q.value, q.high, q.unit) for q in got[1:3]] == [(25000, None, None), (40000, None, None)]


def test_a_date_after_a_figure_is_not_what_it_counts_and_a_level_takes_its_change_unit(nlp):
    got = findings(nlp, "The angle was 1.4 degrees in 2018 and 2.1 last year. The index closed at 7,123, down 45 "
                        "points.").quantities
    units = {q.text: q.unit for q in got}
    assert units["2.1"] == "degree" and units["7,123"] == "point"


def test_a_price_per_thing_after_a_conversion_in_brackets(nlp):
    got = findings(nlp, "The offer was C$6 (US$4.46) per share. Gas rose to $2.24 per mmBTU.").quantities
    units = {q.value: q.unit for q in got}
    assert units[6] == "CAD per share" and units[2.24] == "USD per million british thermal unit"


def test_a_pronoun_one_and_a_player_number_are_no_figures(nlp):
    got = findings(nlp, "Do not use the same one twice. Striker Ivan Petrov (9) scored.").quantities
    assert [q.text for q in got] == []
