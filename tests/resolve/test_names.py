

def test_russian_names_in_any_case_are_their_nominative():
    from dossier.resolve.names import nominative

    assert nominative("Александром Лукашенко") == "Александр Лукашенко"
    assert nominative("Лукашенку") == "Лукашенко"  # a surname in -енко does not decline
    assert nominative("Марию Колесникову") == "Мария Колесникова"  # the first name says she is a woman
    assert nominative("Алеся Перуновская") == "Алеся Перуновская"  # ... or the surname does
    assert nominative("Беларуси", person=False) == "Беларусь" and nominative("Вясны", person=False) == "Вясны"
