"""The Russian pipeline on sentences written for these tests: every construction of who said what, figures, dates,
names in any case, and page furniture."""

from __future__ import annotations

import pytest

from dossier.extract import extract
from dossier.model import Document
from dossier.read.clean import clean_report
from dossier.read.plaintext import parse_plain_text


def findings(body: str, published: str = "2022-03-10"):
    text = f"Новости недели\n\n{body}"
    doc = Document(id="ru", source="t", kind="txt", title="Новости недели", text=text, url=None, outlet=None,
                   authors=(), published=published, language="ru")
    found = extract(doc, None)
    for item in (*found.mentions, *found.quantities, *found.times):
        assert text[item.start:item.end] == item.text
    return found


def said(found) -> list[tuple[str, str, bool, bool]]:
    return [(a.source, a.content, a.direct, a.hedged) for a in found.attributions]


def test_quotes_in_guillemets_with_the_speaker_after_or_before():
    found = findings("«Мы не будем воевать», — заявил Александр Лукашенко журналистам.\n\n"
                     "Светлана Тихановская сказала: «Переговоры продолжатся в Вильнюсе».")
    assert ("Александр Лукашенко", "Мы не будем воевать", True, False) in said(found)
    assert ("Светлана Тихановская", "Переговоры продолжатся в Вильнюсе", True, False) in said(found)


def test_speech_introduced_by_a_dash_after_a_colon_and_closed_by_a_dash():
    found = findings("Павел Латушко подчеркнул главное:\n— Мы вернемся в Минск.\n\n"
                     "— Выборы были украдены, — сказал Павел Латушко.")
    assert ("Павел Латушко", "Мы вернемся в Минск.", True, False) in said(found)
    assert any(s == "Павел Латушко" and c.startswith("Выборы были украдены") for s, c, _, _ in said(found))


def test_reported_speech_according_to_and_hedges():
    found = findings("Правозащитный центр «Весна» сообщил, что в стране более 1 400 политзаключенных.\n\n"
                     "По словам Павла Сапелки, якобы задержаны еще 30 человек.\n\n"
                     "Ходят слухи, что министр подал в отставку.")
    claims = said(found)
    assert any("1 400 политзаключенных" in c and not d for _, c, d, _ in claims)
    assert any(s.startswith("Павла Сапелки") and h for s, _, _, h in claims)  # 'якобы' hedges it
    assert any(s == "слухи" and h for s, _, _, h in claims)


def test_an_interview_transcript_gives_the_answers_not_the_questions():
    found = findings("Журналист Иван Петров поговорил с Марией Колесниковой.\n"
                     "Петров: Вы вернетесь в Беларусь?\nКолесникова: Да, обязательно.\n"
                     "Петров: Когда?\nКолесникова: Как только это станет возможно.")
    quotes = [(s, c) for s, c, d, _ in said(found) if d]
    assert quotes == [("Колесникова", "Да, обязательно."), ("Колесникова", "Как только это станет возможно.")]


def test_figures_in_words_and_digits_with_their_units_and_bounds():
    found = findings("Суд приговорил его к 10 годам, а ее к 11 годам колонии. Около двухсот человек пришли к суду, "
                     "более 800 были задержаны, а на акцию вышли почти 30 тысяч человек. Встреча длилась полтора часа. "
                     "Он провел в заключении 27-летний срок.")
    got = {q.text: (q.value, q.unit, q.bound) for q in found.quantities}
    assert got["10 годам"] == (10, "years", None) and got["Около двухсот человек"] == (200, "people", "about")
    assert got["более 800"][0] == 800 and got["более 800"][2] == "min"
    assert got["почти 30 тысяч человек"] == (30_000, "people", "about")
    assert got["полтора часа"] == (1.5, "hours", None) and got["27-летний"] == (27, "years", None)


@pytest.mark.parametrize("phrase, value", [
    ("17 марта", "2022-03-17"), ("29 января 2021 года", "2021-01-29"), ("в августе 2020 года", "2020-08"),
    ("в 1994 году", "1994"), ("в прошлый четверг", "2022-03-03"), ("в четверг", "2022-03-03"), ("вчера", "2022-03-09"),
    ("на прошлой неделе", "2022-W09"), ("в прошлом году", "2021"), ("летом", "2021"),
    ("сегодня, 10 марта", "2022-03-10"), ("25 декабря", "2021-12-25"),
])
def test_dates_in_every_case_against_the_publication_date(phrase, value):
    found = findings(f"Это случилось {phrase}, сообщили источники.")
    values = [t.value for t in found.times]
    assert value in values, (phrase, values)


def test_names_are_found_in_any_case():
    found = findings("Встреча Александра Лукашенко с Владимиром Путиным прошла в Сочи. Лукашенку поддержал Кремль.")
    names = {m.text for m in found.mentions}
    assert {"Александра Лукашенко", "Владимиром Путиным", "Сочи"} <= names


def test_russian_page_furniture_is_set_apart():
    raw = parse_plain_text("Итоги недели\n\n10 марта 2022 г.\nРеклама\nВ Минске прошла акция протеста, на которую "
                           "пришли сотни людей.\nЧитайте также: Другие новости\nФото: AP / Scanpix / LETA\n"
                           "Подписывайтесь на наш Telegram-канал", "t.txt", "txt", "utf-8")
    document = clean_report(raw)
    removed = {f.text for f in document.furniture}
    assert {"Реклама", "Читайте также: Другие новости", "Фото: AP / Scanpix / LETA",
            "Подписывайтесь на наш Telegram-канал", "10 марта 2022 г."} <= removed
    assert "акция протеста" in document.text


def test_english_reports_load_no_russian_model(tmp_path):
    import subprocess
    import sys

    report = tmp_path / "en.txt"
    report.write_text("Talks in Vilnius\n\nSviatlana Tsikhanouskaya said on Monday that talks would resume.",
                      encoding="utf-8")
    code = ("import sys; from dossier.extract import load_pipeline; from dossier.ingest import add_reports; "
            "from dossier.store.sqlite import SqliteStore; nlp = load_pipeline(); "
            f"s = SqliteStore({str(tmp_path / 'e.db')!r}); add_reports([{str(report)!r}], s, nlp=lambda: nlp); "
            "print(sorted(m for m in ('natasha', 'pymorphy3', 'slovnet', 'navec') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
