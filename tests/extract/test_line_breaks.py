from dossier.extract.line_breaks import is_hard_wrapped, line_pieces


def pieces(text):
    return [piece for _, piece in line_pieces(text)]


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own():
    text = "Lukashenko wins with 80% of votes: Official\nElection officials said on Monday that he had won."
    assert pieces(text) == ["Lukashenko wins with 80% of votes: Official\n",
                            "Election officials said on Monday that he had won."]


def test_list_items_and_quotes_open_sentences():
    assert pieces("Related:\n- Slovenia calls the plan unacceptable\n- EU suspends visas") == [
        "Related:\n", "- Slovenia calls the plan unacceptable\n", "- EU suspends visas"]


def test_a_line_cut_mid_phrase_continues():
    assert pieces("The minister met with the\nPresident of Lithuania on Friday.") == [
        "The minister met with the\nPresident of Lithuania on Friday."]


def test_hard_wrapped_prose_breaks_only_after_sentences():
    text = ("Tsikhanouskaya said on Monday that the regime had lost control\n"
            "of the army and that soldiers were asking her movement how\n"
            "to desert. Officials in Minsk did not respond to requests.\n"
            "The ministry later published a short statement.")
    assert is_hard_wrapped(text)
    assert pieces(text) == [text[:text.index("The ministry")], "The ministry later published a short statement."]


def test_pieces_keep_every_character_at_its_offset():
    text = "Title line\nFirst sentence here.\n\nNot part of this paragraph"
    for offset, piece in line_pieces(text):
        assert text[offset:offset + len(piece)] == piece
