from dossier.extract import extract, extract_many
from dossier.extract.entities import chunks, parse, parse_many, trim_mention
from dossier.model import Document


def doc(text, language="en"):
    return Document(id="d1", source="s", kind="txt", title=text.split("\n")[0], text=text, url=None, outlet=None,
                    authors=(), published=None, language=language)


def test_mentions_carry_exact_spans_and_their_sentence(blank_nlp):
    text = "Exiles meet\n\nTikhanovskaya met Lukashenka’s critics in Vilnius. Then she flew to Kyiv."
    findings = extract(doc(text), blank_nlp)
    got = [(m.text, m.label, m.sentence) for m in findings.mentions]
    assert got == [("Tikhanovskaya", "PERSON", 1), ("Lukashenka", "PERSON", 1), ("Vilnius", "GPE", 1), ("Kyiv", "GPE", 2)]
    assert all(text[m.start:m.end] == m.text for m in findings.mentions)
    assert [text[s.start:s.end] for s in findings.sentences] == [
        "Exiles meet", "Tikhanovskaya met Lukashenka’s critics in Vilnius.", "Then she flew to Kyiv."]


def test_reports_in_a_language_dossier_does_not_read_are_not_extracted_but_russian_ones_are(blank_nlp):
    assert extract(doc("Lukaschenko\n\nLukaschenko in Minsk.", language="de"), blank_nlp).mentions == ()
    assert "Минске" in {m.text for m in extract(doc("Лукашенко\n\nЛукашенко в Минске.", language="ru"),
                                                  blank_nlp).mentions}


def test_trim_mention_drops_article_and_possessive():
    assert trim_mention("the Soviet Union", 10, 26) == ("Soviet Union", 14, 26)
    assert trim_mention("Lukashenka’s", 0, 12) == ("Lukashenka", 0, 10)
    assert trim_mention("The Hague", 0, 9) == ("Hague", 4, 9)  # a known cost: names that begin with "The"


def test_chunks_are_paragraphs_with_offsets():
    text = "Title\n\nOne. Two.\n \nThree\nfour\n"
    assert [(o, p) for o, p in chunks(text)] == [(0, "Title"), (7, "One. Two."), (19, "Three\nfour")]
    long = "a" * 30 + "\n" + "b" * 5
    assert list(chunks(long, limit=20)) == [(0, "a" * 20), (20, "a" * 10 + "\n" + "b" * 5)]


def test_many_texts_parsed_together_come_back_in_order_as_if_parsed_alone(blank_nlp):
    texts = ["Minsk\n\nPolice came. Then they left.", "", "Kyiv\n\nSirens.\n\nA third paragraph.", "   ", "Vilnius"]
    together = list(parse_many(enumerate(texts), lambda: blank_nlp, batch_size=2))
    assert [key for key, _ in together] == [0, 1, 2, 3, 4]
    for (_, parsed), text in zip(together, texts):
        alone = parse(text, blank_nlp)
        assert [(o, d.text, [s.text for s in d.sents]) for o, d in parsed] == \
            [(o, d.text, [s.text for s in d.sents]) for o, d in alone]


def test_no_model_is_loaded_when_nothing_needs_parsing():
    def no_model():
        raise AssertionError("the model was loaded for texts without words")

    assert [key for key, _ in parse_many([("a", ""), ("b", " \n ")], no_model)] == ["a", "b"]
    russian = doc("Лукашенко\n\nЛукашенко в Минске.", language="ru")
    assert list(extract_many([("x", russian), ("end", None)], no_model)) == \
        [("x", russian, extract(russian, None)), ("end", None, None)]


def test_extracting_a_stream_equals_extracting_each_document(blank_nlp):
    documents = [doc("Exiles meet\n\nTikhanovskaya met critics in Vilnius on Monday, 300 of them."),
                 doc("Kyiv\n\nSirens sounded in Kyiv; 12 drones were downed, officials said.")]
    streamed = [findings for _, _, findings in extract_many(enumerate(documents), lambda: blank_nlp, batch_size=1)]
    assert streamed == [extract(d, blank_nlp) for d in documents]


def test_parser_batches_are_held_to_a_number_of_pieces_and_of_characters():
    from dossier.extract.entities import _batches

    pieces = [("x" * 30, n) for n in range(10)]
    assert [len(g) for g in _batches(iter(pieces), 4, 1_000)] == [4, 4, 2]  # by count
    assert [len(g) for g in _batches(iter(pieces), 100, 70)] == [3, 3, 3, 1]  # by characters: 90 >= 70 ends one
    assert list(_batches(iter([]), 4, 70)) == []
