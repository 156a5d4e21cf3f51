"""Cross-document resolution kept in the store: made batch by batch, it must agree with making it in one go."""

from dossier.model import AliasDecision, Document, Findings, Mention
from dossier.packs import load_pack
from dossier.resolve import up_to_date

PACK = load_pack()

STORY = ("The regional court in Hrodna sentenced the activist to four years in a penal colony on Monday, according to "
         "the rights group that follows political trials. Her lawyer said the charges rested on a single post in a "
         "closed chat, and that the defence would appeal the verdict before the end of the month.")


def report(doc_id: str, published: str, names: list[tuple[str, str]], text: str = STORY) -> tuple[Document, Findings]:
    """A report whose body is `text` followed by the names, each a mention with its label."""
    body, mentions = f"Report {doc_id}\n\n{text}", []
    for name, label in names:
        body += " " + name + "."
        mentions.append(Mention(len(body) - len(name) - 1, len(body) - 1, name, label, 0))
    doc = Document(id=doc_id, source=f"{doc_id}.txt", kind="txt", title=f"Report {doc_id}", text=body, url=None,
                   outlet=None, authors=(), published=published, language="en", furniture=())
    return doc, Findings(doc_id, (), tuple(mentions))


REPORTS = [
    report("a", "2022-03-01", [("Hanna Kavaliova", "PERSON"), ("Kavaliova", "PERSON"), ("Лукашэнка", "PERSON")],
           "Police in Minsk detained dozens at a vigil for the victims, the ministry said in a short statement."),
    report("b", "2022-03-02", [("Ganna Kavaliova", "PERSON"), ("Ihar Kavaliou", "PERSON"), ("Kavaliou", "ORG"),
                               ("BelTA", "ORG")]),
    report("c", "2022-03-03", [("Lukashenko", "PERSON"), ("H. Kavaliova", "PERSON"), ("Minsk", "GPE"), ("Belta", "ORG")],
           "Railway workers near the border reported that freight trains had stopped running for a second night."),
    report("d", "2022-03-04", [("Ihar Kavaliou", "PERSON"), ("Minsk", "GPE")]),  # b's text again: a copy
]


def partition(store) -> set[frozenset]:
    groups: dict[str, set] = {}
    for pair, key in store.links_in().items():
        groups.setdefault(key, set()).add(pair)
    return {frozenset(g) for g in groups.values()}


def test_linking_in_batches_agrees_with_linking_at_once(store, tmp_path):
    for doc, findings in REPORTS[:2]:
        store.add(doc, findings)
    first = up_to_date.bring_up_to_date(store, PACK)
    keys_before = store.links_in()
    for doc, findings in REPORTS[2:]:
        store.add(doc, findings)
    second = up_to_date.bring_up_to_date(store, PACK)
    assert (first.linked, first.compared, second.linked, second.compared) == (2, 2, 2, 2)  # only the new ones read
    assert up_to_date.bring_up_to_date(store, PACK) == up_to_date.Resolved(0, 0, False)

    from dossier.store.sqlite import SqliteStore

    with SqliteStore(tmp_path / "once.db") as once:
        for doc, findings in REPORTS:
            once.add(doc, findings)
        up_to_date.bring_up_to_date(once, PACK)
        assert partition(store) == partition(once)
        assert store.copy_links() == once.copy_links()
        labels = {"PERSON", "ORG", "GPE"}
        summary = lambda s: sorted((a.name, a.type, a.mentions, a.documents, sorted(a.spellings)) for a in s.actors(labels))
        assert summary(store) == summary(once)  # tallies added batch by batch = counted at once
    assert {pair: key for pair, key in store.links_in().items() if pair in keys_before} == keys_before
    hanna = keys_before[("a", "Hanna Kavaliova")]
    assert store.links_in()[("c", "H. Kavaliova")] == hanna  # a later spelling joins the key already made
    assert store.links_in()[("c", "Lukashenko")] == "lukashenka"
    assert store.links_in()[("c", "Belta")] == store.links_in()[("b", "BelTA")]  # written otherwise, a batch apart
    assert [(c.copy, c.original) for c in store.copy_links()] == [("d", "b")]


def test_why_a_spelling_is_its_actor_is_kept_batch_by_batch(store):
    from dossier.picture import Picture

    for doc, findings in REPORTS[:2]:
        store.add(doc, findings)
    up_to_date.bring_up_to_date(store, PACK)
    for doc, findings in REPORTS[2:]:
        store.add(doc, findings)
    up_to_date.bring_up_to_date(store, PACK)
    view = Picture(store, PACK, bring=False)
    hanna = store.links_in()[("a", "Hanna Kavaliova")]
    ways = {s.surface: s for s in view.every(view.spellings, hanna)}
    assert set(ways) == {"Hanna Kavaliova", "Kavaliova", "Ganna Kavaliova", "H. Kavaliova"}
    assert ways["Kavaliova"].steps[0] == ("surname_in_report", "Hanna Kavaliova")
    # 'H. Kavaliova' came in the second batch and joined a key the first batch made
    assert ways["H. Kavaliova"].traced and ways["H. Kavaliova"].steps[-1][1] == hanna
    assert {rule for s in ways.values() for rule, _ in s.steps} >= {"surname_in_report", "same_person"}
    assert [(s.surface, s.steps) for s in view.every(view.spellings, "lukashenka", sort="spelling",
                                                     descending=False)] == [
        ("Lukashenko", (("pack", "lukashenka"),)), ("Лукашэнка", (("pack", "lukashenka"),))]
    # links made anew (after a decision) store no join twice
    stored = len(store.joins_around({hanna, "lukashenka"}))
    store.add_decision(AliasDecision("merge", "Ihar Kavaliou", "Kavaliou"))
    up_to_date.bring_up_to_date(store, PACK)
    assert len(store.joins_around({hanna, "lukashenka"})) == stored


def test_actor_summaries_follow_new_reports(store):
    for doc, findings in REPORTS[:2]:
        store.add(doc, findings)
    up_to_date.bring_up_to_date(store, PACK)
    key = store.links_in()[("b", "Ihar Kavaliou")]
    assert store.actor(key).documents == 1 and store.actor(key).mentions == 2
    store.add(*REPORTS[3])
    up_to_date.bring_up_to_date(store, PACK)
    ihar = store.actor(key)
    assert (ihar.documents, ihar.mentions, ihar.name) == (2, 3, "Ihar Kavaliou")
    assert store.newest_documents_of(key, 5) == ["d", "b"]
    assert [a.key for a in store.actors({"GPE"})] == ["minsk"]


def test_a_decision_has_the_links_made_anew(store):
    for doc, findings in REPORTS:
        store.add(doc, findings)
    up_to_date.bring_up_to_date(store, PACK)
    assert store.links_in()[("a", "Hanna Kavaliova")] == store.links_in()[("b", "Ganna Kavaliova")]
    store.add_decision(AliasDecision("split", "Hanna Kavaliova", "Ganna Kavaliova"))
    again = up_to_date.bring_up_to_date(store, PACK)
    assert again.rebuilt and again.linked == 4 and again.compared == 0
    assert store.links_in()[("a", "Hanna Kavaliova")] != store.links_in()[("b", "Ganna Kavaliova")]


def test_removing_a_report_takes_its_links_with_it(store):
    for doc, findings in REPORTS:
        store.add(doc, findings)
    up_to_date.bring_up_to_date(store, PACK)
    store.remove("d")
    assert up_to_date.bring_up_to_date(store, PACK).rebuilt
    assert store.copy_links() == [] and all(doc != "d" for doc, _ in store.links_in())


def test_copy_links_in_the_store_do_not_depend_on_arrival_order(store, tmp_path, monkeypatch):
    """Reports sharing a boilerplate paragraph: the first few to arrive find each other while it is rare; once more
    than STOCK_PHRASE hold it, those links are judged again without it, so either order ends with the one true copy."""
    import dossier.resolve.copies
    import dossier.resolve.up_to_date
    from dossier.store.sqlite import SqliteStore
    from tests.resolve.test_picture_batch import stock_phrase_corpus

    for module in (dossier.resolve.copies, dossier.resolve.up_to_date):
        monkeypatch.setattr(module, "STOCK_PHRASE", 3)
    docs = stock_phrase_corpus()
    for doc in docs:
        store.add(doc, Findings(doc.id, (), ()))
        up_to_date.bring_up_to_date(store, PACK)  # one report at a time: each arrives after the ones before it
    with SqliteStore(tmp_path / "reversed.db") as other:
        for doc in reversed(docs):
            other.add(doc, Findings(doc.id, (), ()))
            up_to_date.bring_up_to_date(other, PACK)
        assert [(c.copy, c.original) for c in other.copy_links()] == [("y", "x")]
    assert [(c.copy, c.original) for c in store.copy_links()] == [("y", "x")]
