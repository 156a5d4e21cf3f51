"""Words passed on: the speaker stays the source and the relay is noted beside it."""


def relayed(statements, body):
    return [(a.source, a.content, a.relay) for a in statements(body)]


def test_quoted_as_saying(statements):
    assert relayed(statements, "TASS quoted Deputy Foreign Minister Sergei Ryabkov as saying that the talks were over.") == [
        ("Sergei Ryabkov", "the talks were over", "TASS")]


def test_passive_quoted_by_as_saying(statements):
    assert relayed(statements, "Ryabkov was quoted by RIA Novosti as saying that the talks were over.") == [
        ("Ryabkov", "the talks were over", "RIA Novosti")]


def test_cited_as_saying_and_citing(statements):
    assert relayed(statements, "BelTA cited Defence Minister Viktar Khrenin as saying the exercises were defensive.") == [
        ("Viktar Khrenin", "the exercises were defensive", "BelTA")]
    assert relayed(statements, "Ukrinform, citing the General Staff, reported that 30 drones had been shot down.") == [
        ("the General Staff", "30 drones had been shot down", "Ukrinform")]


def test_comments_carried_by_an_agency(statements):
    assert relayed(statements, "In comments carried by the state news agency BelTA, Lukashenko said the army was ready.") \
        == [("Lukashenko", "the army was ready", "the state news agency BelTA")]


def test_results_cited_by_an_agency(statements):
    body = ("Lukashenko has won a seventh term, according to the preliminary results from the Central Election Commission "
            "that were cited by the state news agency Belta on Monday.")
    ((source, content, relay),) = relayed(statements, body)
    assert (content, relay) == ("Lukashenko has won a seventh term", "the state news agency Belta")
    assert "Central Election Commission" in source and "Belta" not in source


def test_his_words_were_quoted_by_relays_the_paragraph_before(statements):
    body = ("Lukashenko said that Belarus and Russia should remain sovereign states.\n\n"
            "His words were quoted by the Belarusian publication BelTA on Sunday.")
    assert relayed(statements, body) == [
        ("Lukashenko", "Belarus and Russia should remain sovereign states", "the Belarusian publication BelTA")]


def test_narration_reported_by_someone_is_their_report(statements):
    body = "Lukashenko pardoned 29 people on Monday. This was reported by the presidential press service."
    assert relayed(statements, body) == [
        ("the presidential press service", "Lukashenko pardoned 29 people on Monday", None)]


def test_a_relative_clause_is_no_pointer_back(statements):
    body = "The figures that were reported by the ministry were lower. Viasna said the real count was higher."
    assert [a.source for a in statements(body)] == ["Viasna"]
