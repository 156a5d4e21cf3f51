import pytest

from dossier.extract.speech.quotes import find_quotes


def inner(text):
    return [(text[q.inner_start:q.inner_end], q.closed) for q in find_quotes(text)]


@pytest.mark.parametrize("text,expected", [
    ("She said: “We will win.”", [("We will win.", True)]),
    ('He said: "We will win," and left.', [("We will win,", True)]),
    ("Il a dit: «We will win», then left.", [("We will win", True)]),
    ("The minister called it ‘a provocation’, officials said.", [("a provocation", True)]),
    ("She called it 'a provocation' on Monday.", [("a provocation", True)]),
])
def test_every_kind_of_mark(text, expected):
    assert inner(text) == expected


def test_apostrophes_are_not_quotes():
    text = "Lukashenka’s regime and the protesters’ demands, in the ’90s, rock ’n’ roll, it's the people's vote."
    assert inner(text) == []


def test_apostrophe_inside_a_single_quoted_phrase():
    assert inner("They called it the ‘people’s referendum’ in Minsk.") == [("people’s referendum", True)]


def test_a_quote_inside_a_quote_belongs_to_it():
    text = "“They told us ‘go home’ and we refused,” she said."
    assert inner(text) == [("They told us ‘go home’ and we refused,", True)]


def test_a_quote_running_over_paragraphs_is_one_quote():
    text = "She said: “We stayed for months.\n\n“Then we left for Vilnius,” she added."
    (quote,) = find_quotes(text)
    assert text[quote.inner_start:quote.inner_end] == "We stayed for months.\n\n“Then we left for Vilnius,"


def test_a_last_quote_that_never_closes_runs_to_the_end_of_its_paragraph():
    text = "She said:\n\n“It was frightening. We still remember it.\n\nAbout the author"
    assert inner(text) == [("It was frightening. We still remember it.", False)]


def test_an_unclosed_quote_does_not_swallow_the_next_paragraph():
    text = "He shouted “stop and\n\nThe police left. “Go,” she said."
    assert inner(text) == [("stop and", False), ("Go,", True)]


def test_straight_quotes_nested_in_straight_quotes_close_inside_out():
    text = ('"Today they talk about "Belarusians on their knees", "a province of Russia" - you would never vote for it,"'
            ' he said.')
    assert inner(text) == [('Today they talk about "Belarusians on their knees", "a province of Russia" - you would '
                            'never vote for it,', True)]


def test_curly_quotes_nested_in_curly_quotes():
    text = "“We told them “no” twice,” she said."
    assert inner(text) == [("We told them “no” twice,", True)]


def test_a_quote_closed_with_an_opening_mark_as_some_pages_print_it():
    text = "Her sister: “Maria tore up her passport“\n\nShe held lectures called “Music for Adults“ in Minsk."
    assert inner(text) == [("Maria tore up her passport", True), ("Music for Adults", True)]


def test_speech_introduced_by_a_dash_ends_at_the_dash_that_hands_over():
    text = "Lukashenko was blunt.\n— We will never give up our country, — he said.\n— Never!"
    assert inner(text) == [("We will never give up our country,", True)]


def test_a_dash_inside_a_sentence_opens_no_speech():
    text = "The talks – held in Minsk – ended early.\n- Europe\n- Sport"
    assert inner(text) == []
