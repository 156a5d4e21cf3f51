"""The read model: what is kept in the store as reports arrive equals what one pass over all of them makes, lists come
a page at a time with their totals, and a search naming an actor finds it under every spelling."""

from __future__ import annotations

import pytest

from dossier.extract import load_pipeline
from dossier.ingest import ingest
from dossier.model import AliasDecision, Slice
from dossier.packs import load_pack
from dossier.picture import Picture
from dossier.read import find_sources
from dossier.resolve.up_to_date import bring_up_to_date
from dossier.store.sqlite import SqliteStore
from tests.conftest import SAMPLES

ELSEWHERE = """Opposition leader says talks are over

Minsk, 2 March 2022. Sergei Tikhanovsky, the jailed blogger, has not been seen by his lawyers for a month, his
supporters said on Wednesday. Alyaksandr Lukashenka said the country would not join the war.
"""


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _claims(view: Picture) -> list[tuple]:
    return sorted((g.source_key, g.content, g.independent, g.count) for g in view.every(view.claims))


def _timeline(view: Picture) -> list[tuple]:
    return sorted((e.date, e.what, e.count) for e in view.every(view.timeline))


def test_the_picture_kept_as_reports_arrive_is_the_one_made_at_once(tmp_path, nlp):
    sources = sorted(find_sources([str(SAMPLES)]), key=lambda s: str(s))
    pack = load_pack()
    with SqliteStore(tmp_path / "once.db") as once, SqliteStore(tmp_path / "steps.db") as steps:
        ingest(sources, once, lambda: nlp)
        for n in range(0, len(sources), 3):  # three reports at a time, the picture brought up to date after each
            ingest(sources[n:n + 3], steps, lambda: nlp)
            bring_up_to_date(steps, pack)
        at_once, in_steps = Picture(once, pack), Picture(steps, pack)
        assert _claims(in_steps) == _claims(at_once) and _claims(at_once)
        assert _timeline(in_steps) == _timeline(at_once) and _timeline(at_once)
        assert [(s.measure, s.count) for s in in_steps.every(in_steps.series)] == \
            [(s.measure, s.count) for s in at_once.every(at_once.series)]


def test_lists_come_a_page_at_a_time_with_their_totals(tmp_path, nlp):
    with SqliteStore(tmp_path / "p.db") as store:
        ingest(find_sources([str(SAMPLES)]), store, lambda: nlp)
        view = Picture(store)
        first = view.reports(Slice(0, 4, "title", descending=False))
        assert first.total == store.count() and len(first.items) == 4 and first.next_offset == 4
        rest = view.every(view.reports, sort="title", descending=False)
        assert [d.title for d in rest] == sorted(d.title for d in rest) and len(rest) == first.total
        assert first.items == rest[:4]
        claims = view.claims(Slice(0, 5))
        assert claims.total == len(view.every(view.claims)) and len(claims.items) == 5
        assert [g.independent for g in claims.items] == sorted((g.independent for g in claims.items), reverse=True)
        people = view.actors(Slice(0, 50), frozenset({"PERSON"}))
        assert people.items and {a.type for a in people.items} == {"PERSON"}


def test_a_search_naming_an_actor_finds_it_under_every_spelling(tmp_path, nlp, write):
    with SqliteStore(tmp_path / "s.db") as store:
        ingest(find_sources([str(SAMPLES), write("elsewhere.txt", ELSEWHERE)]), store, lambda: nlp)
        view = Picture(store)
        plain = store.search_ids("Tsikhanouski")
        found = view.search("Tsikhanouski")
        assert found.actor is not None and "Sergei Tikhanovsky" in found.spellings
        assert found.hits.total > len(plain)  # the reports that spell him otherwise come too
        assert found.facets["outlet"] and found.facets["month"]


def test_a_decision_on_who_is_who_rebuilds_the_picture(tmp_path, nlp, write):
    with SqliteStore(tmp_path / "d.db") as store:
        ingest(find_sources([write("a.txt", ELSEWHERE)]), store, lambda: nlp)
        before = Picture(store)
        assert before.resolved.pictured == 1
        store.add_decision(AliasDecision("split", "Sergei Tikhanovsky", "Tsikhanouski"))
        after = Picture(store)
        assert after.resolved.rebuilt and after.resolved.pictured == 1
        assert _claims(after) == _claims(before)


RUSSIAN = """Лукашенко пообещал не вводить войска

Минск, 4 марта 2022 года. Александр Лукашенко заявил, что белорусская армия не будет участвовать в войне.
«Мы не будем воевать», — сказал Лукашенко. Встреча Александра Лукашенко со Светланой Тихановской невозможна,
заявил его пресс-секретарь.
"""


def test_one_actor_across_english_and_russian_reports(tmp_path, nlp, write):
    with SqliteStore(tmp_path / "ru.db") as store:
        ingest(find_sources([str(SAMPLES), write("ru.txt", RUSSIAN)]), store, lambda: nlp)
        view = Picture(store)
        (lukashenka,) = [a for a in view.actors(Slice(0, 500)).items if a.key == "lukashenka"]
        assert {"Лукашенко", "Александра Лукашенко"} <= set(lukashenka.spellings)
        assert any(s.startswith("Lukashenk") or s.startswith("Alyaksandr") for s in lukashenka.spellings)
        profile = view.actor_profile("lukashenka")
        languages = {d.language for d in profile["reports"]}
        assert languages == {"en", "ru"}
        assert any(a.content == "Мы не будем воевать" for _, a in profile["quotes_by"])


def test_a_happening_told_in_russian_and_in_english_is_one_timeline_entry(tmp_path, nlp, write):
    english = write("en.txt", "Lukashenka meets Putin\n\nDATE: 2022-09-28\n\nAlexander Lukashenko met Vladimir Putin "
                              "in Sochi on 26 September, the Kremlin said.")
    russian = write("ru.txt", "Встреча в Сочи\n\nDATE: 2022-09-28\n\n26 сентября Александр Лукашенко встретился с "
                              "Владимиром Путиным в Сочи, сообщили в Кремле.")
    with SqliteStore(tmp_path / "tl.db") as store:
        ingest(find_sources([english, russian]), store, lambda: nlp)
        view = Picture(store)
        entries = [e for e in view.every(view.timeline) if e.date == "2022-09-26"]
        assert len(entries) == 1 and entries[0].count == 2
