"""What a line of a saved page is, when it is not the report: one named function per kind of furniture, each judging
the line by its shape (a timestamp, a byline, a prompt to share, a credit), never by one word a body sentence could
hold. `furniture.py` runs them in order and adds the rules that need a line's neighbours."""

from __future__ import annotations

import re

from dossier.lexicon import en, ru

_NAME = r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|der|la))*"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*"
_BYLINE = re.compile(rf"^\s*,?\s*(?i:by|words by|written by|reporting by|text by|story by)\s+({_NAMES})"
                     r"(?:\s*(?:[|•·,–—-]|\bfor\b)\s*(?P<rest>.*))?$")
_BIO_ROLE = re.compile(
    r"\b(director|fellow|editor|correspondent|reporter|journalist|analyst|researcher|professor|lecturer|author|"
    r"writer|columnist|contributor|head|chair|founder|expert|specialist|associate|adviser|advisor|manager|"
    r"scholar|student|coordinator|producer|officer|member)\b",
    re.I,
)
_BIO_SENTENCE = re.compile(rf"^({_NAME})\s+(?:is|was|has been|serves as|works as)\s+(?:a|an|the|senior|former|\w+['’]s)\b")
_TERMINAL = tuple(".!?:;\"”’'»)…")
_BULLET = re.compile(r"^\s*(?:[-–—•*▪●◦‣·]\s+|\d{1,2}[.)]\s+)")
_MONTH = rf"(?:{'|'.join(m[:3] for m in en.MONTH_NAMES)})[a-z]*\.?"
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*\(?[a-z]{2,5}\)?)?"
_DAY = (rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}|"
        rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})")
_STAMP = re.compile(rf"^(?:{_DAY}(?:,?\s*(?:at\s+)?{_CLOCK})?|{_CLOCK}(?:\s*[|,•·]?\s*{_DAY})?)\s*$")
_STAMP_WORDS = r"(?:first\s+)?(?:published|updated|modified|last\s+(?:updated|modified)|posted|created)"
_CREDITS = en.alternation([re.escape(c) for c in en.PHOTO_CREDITS])


def words(line: str) -> int:
    return len(line.split())


def ends_like_prose(line: str) -> bool:
    return line.rstrip().endswith(_TERMINAL)


def bare(line: str) -> str:
    """The line without a list bullet before it ('- Europe' is 'Europe')."""
    return _BULLET.sub("", line.strip(), count=1).strip()


def is_newsletter_promo(line: str) -> bool:
    text = line.strip().lower()
    if re.search(r"\b(to|in) your inbox\b", text):
        return True
    if re.match(r"^(stay updated|sign up|subscribe\b|get (the|our) [\w\s]*(newsletter|briefing|digest)|"
                r"receive our|don['’]t miss)", text):
        return words(text) <= 40
    return words(text) <= 15 and bool(re.search(r"\b(newsletter|subscribe|subscription)\b", text))


def is_social_prompt(line: str) -> bool:
    """'Share:', 'Follow us on X', 'For more news ... please follow us on Telegram', 'Join our channel', 'Get it on
    Google Play': a prompt to share, follow, join or install."""
    text = bare(line).lower()
    if re.match(r"^(follow us|like us|find us|join us|connect with us|share (this|on|the|via)|share:?$|tweet$|"
                r"copy link$|email$|print$|follow$|follow on\b)", text):
        return words(text) <= 20
    platforms = "|".join(en.PLATFORMS)
    if words(text) <= 30 and re.search(rf"\b(follow|subscribe to|join|find) (us|our\b[\w\s-]{{0,25}}?)\s+"
                                       rf"(?:(?:on|at|via|in)\s+)?({platforms}|channel|page)\b", text):
        return True
    if words(text) <= 12 and re.search(r"\b(get it on google play|download (on|from) the app store|download (the|our) "
                                       r"app|available on the app store)\b", text):
        return True
    return words(text) <= 20 and bool(
        re.search(rf"\b(on|via) ({platforms})\b", text)
        and re.match(r"^(follow|subscribe|join|watch|find|read more|like)\b", text)
    )


def is_further_reading_heading(line: str) -> bool:
    text = bare(line).lower().rstrip(":")
    return bool(re.fullmatch(
        r"(further reading|read more|read next|read also|also read|see also|related( articles| stories| coverage| "
        r"content| reading| news| topics)?|more (from|on|about) [\w\s]+|recommended( for you| reading)?|"
        r"you (may|might) also like|most (read|popular|viewed)|more stories|in other news|latest( news)?|"
        r"what to read next|keep reading|top stories|editor['’]s picks|trending( now)?)", text))


def is_author_box_heading(line: str) -> bool:
    return bool(re.fullmatch(r"(about (the )?authors?|author bio(graphy)?|the authors?|contributors?)\s*:?",
                             line.strip().lower()))


def byline_names(line: str) -> tuple[str, ...]:
    """Names in a byline ('By Jane Roe and John Doe', ', by Jules Bigot', 'By Jane Roe | Reuters | 10 March 2022');
    empty when the line is not a byline."""
    match = _BYLINE.match(line)
    if not match or match.group("rest") and words(match.group("rest")) > 10:
        return ()
    return tuple(n.strip() for n in re.split(r"\s*(?:,|\band\b|&)\s*", match.group(1)) if n.strip())


def bio_names(line: str) -> tuple[str, ...]:
    """Names of the people an author-bio line describes; empty unless every sentence of it is a bio sentence."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line.strip()) if s]
    if not sentences or words(line) > 80:
        return ()
    names = []
    for sentence in sentences:
        match = _BIO_SENTENCE.match(sentence)
        if not match or not _BIO_ROLE.search(sentence) or len(match.group(1).split()) < 2:
            return ()
        names.append(match.group(1))
    return tuple(names)


def is_author_bio(line: str) -> bool:
    """'Jane Roe is a senior fellow at the Institute for Baltic Studies.': a biography that places its subject at an
    institution, as author boxes do ('Ihar Losik is a blogger who ...' in the report's last paragraph is not one)."""
    return bool(bio_names(line)) and bool(re.search(r"\b(at|of|with|for) (the )?[A-Z]", line))


def is_byline(line: str) -> bool:
    """'By Olivia Wilson', 'Jane Roe | Reuters | 10 March 2022', 'Jane Roe, Reuters': who wrote it, and for whom."""
    if byline_names(line):
        return True
    fields = [f.strip() for f in re.split(r"\s*[|•·]\s*", bare(line)) if f.strip()]
    return len(fields) >= 2 and words(line) <= 14 and re.fullmatch(_NAME, fields[0]) is not None and any(
        is_timestamp(f) or f.lower() in en.NEWS_AGENCIES for f in fields[1:])


def is_timestamp(line: str) -> bool:
    """'Published 14:57 IST, August 10th 2020', '- Modified Date: 09:57 | 27 January 2025', 'Follow on Published On:
    Sat, 21 Jun 2025 23:50:22 PKT', 'Monday, 7 March 2022', '10:42': when the page was put up, not the report."""
    if is_dateline(line):
        return True
    text = bare(line).lower().rstrip(".")
    if words(text) > 16:
        return False
    match = re.search(rf"\b{_STAMP_WORDS}(?:\s+(?:date|on|at|time))?\s*:?\s*", text)
    return bool(match) and bool(re.search(r"\d", text[match.end():])) and words(text[match.end():]) <= 8


_DAY_IN = re.compile(_DAY, re.IGNORECASE)


def timestamp_day(line: str) -> str | None:
    """The day a timestamp line gives, as the words that say it ('27 January 2025' of '- Published Date: 09:55 | 27
    January 2025')."""
    match = _DAY_IN.search(line)
    return match.group() if match else None


def is_advertisement(line: str) -> bool:
    return bool(re.fullmatch(r"(advertisement|advertising|ads?|sponsored( content)?|promoted( content)?|"
                             r"partner content|paid (post|content)|story continues below( advertisement)?|"
                             r"continue reading (below|the main story)|\(ad\))", bare(line).lower().rstrip(".:")))


def is_navigation(line: str) -> bool:
    """Breadcrumbs ('Home / Analytics / Title'), menus ('Home | World | Europe'), a section's label on its own
    ('- Europe', 'World'), skip links and reading aids."""
    text = bare(line)
    low = text.lower()
    if text.count("|") >= 3 and words(text) <= 30 and not is_table_row(line.strip()):
        return True
    if re.match(r"^(home|main|news|start)\s*[/>»›|]\s*\S", low) and words(text) <= 30:
        return True
    if low.rstrip(":") in en.SECTION_NAMES:
        return True
    return bool(re.fullmatch(r"(skip to (main )?content|menu|search|home|back to top|listen to this article|"
                             r"\d+\s*min(ute)?s?\s*read|read time:?.*|print this (page|article)|toggle navigation|"
                             r"open menu|close menu|main menu|accessibility|go to top|scroll to top)", low))


def is_table_row(line: str) -> bool:
    """A row of a table in the article, as trafilatura writes it ('| cell | cell |'): data, not a menu."""
    return line.startswith("|") and line.endswith("|")


def is_reader_control(line: str) -> bool:
    """Font, cookie and display controls: 'Aa Aa Aa', '- A +', 'We use cookies ...', 'More information . Close'."""
    low = bare(line).lower()
    if re.fullmatch(r"((aa|a)\s*){2,}|[-–]?\s*a\s*[+]|a\s*[-–]\s*a\s*[+]|font size|text size|dark mode|"
                    r"close|accept( all)?( cookies)?|reject( all)?|more information\s*\.?\s*close|ok(, got it)?",
                    low):
        return True
    return words(low) <= 30 and bool(re.search(r"\b(we|this (site|website)) uses? cookies\b|\bcookie (policy|settings|"
                                               r"preferences|consent)\b|\baccept (all )?cookies\b", low))


_COUNT = re.compile(r"\d[\d.,]*[km]?")


def is_counter(line: str) -> bool:
    """Counts of views, likes and comments set as a line of bare numbers ('63 37 157'); read word by word, since a
    pattern repeated over a long line of numbers would try every way of splitting it."""
    parts = [p for p in re.split(r"[\s|·•]+", bare(line).lower()) if p]
    return len(parts) >= 2 and all(_COUNT.fullmatch(p) for p in parts)


def is_rating(line: str) -> bool:
    low = bare(line).lower()
    return bool(re.match(r"^(rate this( article| story)?|rating:|your rating|[★☆]{3,})", low)) or bool(
        words(low) <= 8 and re.search(r"\b\d(\.\d)?\s*/\s*(5|10)\b|\(\d+ votes?\)", low))


def is_contact_box(line: str) -> bool:
    """Hotlines and contact details: 'Hotline: +375 29 ...', 'Email: tips@example.org'."""
    return words(line) <= 15 and bool(re.match(r"^(hotline|helpline|phone|tel\.?|telephone|e-?mail|fax|whatsapp|viber|"
                                               r"signal|contact( us)?|tips?)\s*:", bare(line).lower()))


# A caption ending in an agency's name alone is a sentence or two; a paragraph that ends so is signed by the agency.
CAPTION_MAX_WORDS = 30


def is_image_caption(line: str) -> bool:
    """A caption or a credit: 'Image: ...', '... - Getty', '... (Reuters/Vasily Fedosenko)', '... Credits: Jane Roe',
    'Source: photo stock / author Jane Roe', 'X (left) and Y (right) in 2018'. A paragraph signed '(FR mit dpa)' is
    not one."""
    text = line.strip()
    low = text.lower()
    if re.match(r"^(image|photo|photograph|picture|pictured|caption|credit|illustration|file photo|main image|"
                r"top image|header image|cover image|video)\s*(\(\w+\))?\s*[:|–—-]", low):
        return True
    if re.match(r"^source\s*:\s*(photo|image|picture|video)", low) or re.search(r"\((?:photo|image|picture)s?\s*(by|:)",
                                                                               low):
        return True
    if re.search(rf"\((?=[^()]*(?:/|\b(?:photo|image|picture|foto|bild)))[^()]*\b{_CREDITS}\b[^()]*\)\s*\.?$", low) or \
            re.search(rf"\({_CREDITS}\)\s*\.?$", low) and words(text) <= CAPTION_MAX_WORDS or re.fullmatch(
            rf"(photo(graph)?:?\s*)?[^.]{{0,60}}/\s*{_CREDITS}[^.]{{0,40}}", low):
        return True
    if re.search(rf"\s[-–—|]\s*{_CREDITS}\s*\.?$", low) or re.search(r"\bcredits?\s*:\s*[\w .'’-]{2,60}$", low):
        return True
    return bool(re.search(r"\((left|right|centre|center|l|r|c|top|bottom)\)", low)) and words(text) <= 40


def is_site_disclaimer(line: str) -> bool:
    text = line.strip().lower()
    return bool(re.search(
        r"views expressed (in|here|by)|do not necessarily (reflect|represent)|all rights reserved|^©|^copyright\b|"
        r"terms of (use|service)|privacy policy|\bdmca\b|accept liability|"
        r"supplied by contributors|^get in touch$|^please contact\b|^contact us\b|"
        r"^this (article|story|piece) (was|is) (originally |first )?(published|republished)|"
        r"editorial (policy|standards)", text)
    ) or is_mission_statement(line)


def is_mission_statement(line: str) -> bool:
    """'The Eurasia Center’s mission is to ...': an organisation describing itself, as site templates do."""
    return bool(re.match(r"^(The\s+)?(?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*['’]s mission is to\b", line.strip()))


def is_comment_heading(line: str) -> bool:
    return bool(re.fullmatch(
        r"(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?|leave a (comment|reply)|join the (conversation|discussion)|"
        r"(log|sign) in to (comment|reply)|show comments|add (a|your) comment|post a comment|write a comment|"
        r"comments are closed\.?|discussion", bare(line).lower()))


def is_hashtag_promo(line: str) -> bool:
    """'TNF supports JEF-Europe’s campaign #DemocracyUnderPressure ...': a campaign line set with its hashtag."""
    return words(line) <= 30 and bool(re.search(r"(?<![\w&])#[A-Za-z][\w]{3,}", line)) and bool(
        re.search(r"\b(campaign|supports?|join|take part|use the hashtag|tag us)\b", line, re.I))


def is_dateline(line: str) -> bool:
    """A line that is nothing but a date (and a time): the page's timestamp, not the report."""
    return bool(_STAMP.match(bare(line).lower().rstrip(".")))


def reads_as_headline(line: str) -> bool:
    """A headline: a few words that do not end like a sentence of running text (a lede paragraph does)."""
    text = line.strip().rstrip("\"”’'»)").rstrip()
    n = words(text)
    return 2 <= n <= 25 and not (text.endswith(".") and n > 8) and not text.endswith((",", ";"))


def is_name_alone(line: str) -> bool:
    """'Sergiu CEBAN', 'Jane Roe': two or three capitalised words that name a person, as a byline without 'By'."""
    tokens = line.strip().split()
    return 2 <= len(tokens) <= 3 and all(re.fullmatch(r"[A-Z][\w'’.-]*", t) for t in tokens) and \
        tokens[0].lower() not in en.NOT_NAME_WORDS


_RU_DATE_LINE = re.compile(r"(?i)^\s*\d{1,2}\s+(?:" + "|".join(ru.MONTHS_GENITIVE) + r")\s+\d{4}(?:\s*(?:г\.|года))?"
                           r"(?:,?\s+\d{1,2}:\d{2})?\s*$")
_RU_CREDITS = re.compile(r"^\s*[\w. -]{2,40}(?:\s/\s[\w. -]{2,40}){2,}\s*$")


def is_russian_furniture(line: str) -> bool:
    """A Russian page's furniture: 'Читайте также', 'Поделиться', 'Подписывайтесь на наш Telegram-канал', 'Реклама',
    'Перейти к материалам', 'Источник: …', 'Фото: …', a date alone on its line, photo credits ('Минобороны РФ / AP /
    Scanpix / LETA')."""
    text = line.strip()
    low = text.lower()
    if not text or words(text) > 14:
        return False
    if _RU_DATE_LINE.match(text) or _RU_CREDITS.match(text):
        return True
    return any(low.startswith(p) or (p in low and words(text) <= 6) for p in ru.FURNITURE) or low in ru.SECTION_WORDS
