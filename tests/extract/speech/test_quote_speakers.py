"""Who speaks a quotation."""


def test_a_label_before_a_colon_on_the_quotes_line(said):
    body = "Tatsiana Khomich, sister of Maria Kalesnikava: “Maria tore up her passport”"
    assert said(body) == [("Tatsiana Khomich", None, "Maria tore up her passport", True, False)]


def test_a_verb_before_a_colon(said):
    assert said("Tsikhanouskaya wrote: “Freedom for all political prisoners.”") == [
        ("Tsikhanouskaya", "wrote", "Freedom for all political prisoners.", True, False)]
    assert said("Peskov told reporters: “There are no plans for that.”") == [
        ("Peskov", "told", "There are no plans for that.", True, False)]


def test_a_headline_quote_and_its_speaker_after_the_colon(said):
    assert said("“Nobody will be forgotten”: Tsikhanouskaya vows to free all prisoners") == [
        ("Tsikhanouskaya", "vows", "Nobody will be forgotten", True, False)]


def test_the_one_who_calls_something_by_a_quoted_name(said):
    assert said("Lukashenko called the protesters “sheep” and “rats”.") == [
        ("Lukashenko", "called", "sheep", True, False), ("Lukashenko", "called", "rats", True, False)]


def test_a_quote_after_the_last_speakers_attribution_continues_them(said):
    body = "“The sanctions are illegal,” the foreign ministry said in a statement. “We will respond.”"
    assert [s[0] for s in said(body)] == ["foreign ministry", "foreign ministry"]


def test_a_quote_after_a_sentence_of_the_writers_continues_no_one(said):
    body = ("Tsikhanouskaya spoke in Vilnius.\n\nThe publishing trade has collapsed since 2020. “With this government "
            "I see no future for books,” a publisher.")
    assert said(body)[-1][0] == "unnamed speaker"


def test_the_verb_after_an_earlier_quote_is_that_quotes(said):
    body = ("“The ban is emblematic of a brutal drive,” said CPJ director Carlos Martínez de la Serna, in New York. "
            "“Authorities should walk back the designations.”")
    assert [s[0] for s in said(body)] == ["Carlos Martínez de la Serna", "Carlos Martínez de la Serna"]


def test_the_person_a_paragraph_is_about(said):
    body = ("Tsikhanouskaya now calls herself the legitimate leader of Belarus.\n\n"
            "She previously avoided geopolitics; her focus was Minsk. “Lukashenko dragged us into this war.”")
    assert said(body)[-1] == ("Tsikhanouskaya", None, "Lukashenko dragged us into this war.", True, False)


def test_a_quote_cut_off_by_the_end_of_an_excerpt_ends_at_its_last_whole_word(said):
    body = "“Authorities should walk back the designations and allow them to w"
    assert said(body)[0][2] == "Authorities should walk back the designations and allow them to"


def test_a_short_scare_quote_is_no_ones_speech(said):
    assert said("The so-called “referendum” was held in February.") == []
