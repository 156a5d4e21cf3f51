import pytest

from dossier.errors import ReadError
from dossier.read.decode import decode_text, looks_binary

RUSSIAN = "Лукашенко заявил, что белорусская армия не будет участвовать в войне против Украины."


def test_utf8_is_read_as_is():
    assert decode_text("Minsk – Vilnius".encode(), "a.txt") == ("Minsk – Vilnius", "utf-8")


def test_utf8_bom_is_dropped():
    assert decode_text(b"\xef\xbb\xbfTitle", "a.txt") == ("Title", "utf-8-sig")


def test_cp1251_cyrillic_is_recovered():
    text, encoding = decode_text(RUSSIAN.encode("cp1251"), "a.txt")
    assert text == RUSSIAN
    assert encoding == "cp1251"


def test_latin1_accents_are_recovered():
    source = "Der Bericht über die Lage in Minsk wurde am Montag veröffentlicht, sagte der Sprecher."
    text, _ = decode_text(source.encode("latin-1"), "a.txt")
    assert text == source


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"  \n\t\n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(0, 32)) * 20, "binary"),
])
def test_refused_input_says_why(data, reason):
    with pytest.raises(ReadError) as info:
        decode_text(data, "bad.txt")
    assert info.value.source == "bad.txt"
    assert reason in info.value.reason


def test_oversized_input_names_the_limit():
    with pytest.raises(ReadError, match="over the 10-byte limit"):
        decode_text(b"x" * 11, "big.txt", max_bytes=10)


def test_ordinary_text_is_not_binary():
    assert not looks_binary("A plain\treport\nwith lines.\r\n".encode())


def test_a_page_is_read_in_the_encoding_it_declares():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>新闻报道</body></html>'
    text, encoding = decode_text(page.encode("gb2312"), "page.html")
    assert "新闻报道" in text and encoding == "gb2312"
    lying = '<meta charset="ascii"><p>Улады ў Мінску затрымалі журналістаў, паведамляюць праваабаронцы.</p>'.encode("cp1251")
    assert "Мінску" in decode_text(lying, "lying.html")[0]
