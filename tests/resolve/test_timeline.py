from datetime import date

from dossier.resolve.timeline import dates_meet, period_start


def test_periods_start_where_they_begin():
    assert period_start("2022") == date(2022, 1, 1)
    assert period_start("2022-03") == date(2022, 3, 1)
    assert period_start("2022-W09") == date(2022, 2, 28)
    assert period_start("2022-03-17") == date(2022, 3, 17)


def test_dates_meet_inside_one_another_or_a_day_apart():
    assert dates_meet("2022-05", "2022-05-23") and dates_meet("2022-05-23", "2022-05-24")
    assert not dates_meet("2022-05-23", "2022-05-26") and not dates_meet("2022-W20", "2022-05")
