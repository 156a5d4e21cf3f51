"""Q&A interviews: who answers, and which paragraphs are answers."""

from dossier.extract.speech.interviews import find_interview
from dossier.model import Mention


def answers(text, mentions=()):
    interview = find_interview(text, list(mentions))
    return (interview.interviewee.text, [text[a:b] for a, b in interview.answers]) if interview else None


def test_a_labelled_transcript_with_initials():
    text = ("Tatsiana Khomich is the sister of Maria Kalesnikava.\n\n"
            "Jules Bigot (JB): Can you tell us about your sister?\n\n"
            "Tatsiana Khomich (TK): Maria started music in the 2000s.\n\n"
            "She moved to Germany in 2007.\n\n"
            "JB: Where is she now?\n\n"
            "TK: In a prison colony in Homel.")
    assert answers(text) == ("Tatsiana Khomich", ["Maria started music in the 2000s.", "She moved to Germany in 2007.",
                                                  "In a prison colony in Homel."])


def test_q_and_a_labels_name_the_interviewee_from_the_standfirst():
    text = ("Alena Marozava, a nurse, left Minsk in 2021.\n\n"
            "Q: Why did you leave?\n\nA: I was detained twice.\n\nQ: Will you go back?\n\nA: When it is safe.")
    mentions = [Mention(0, 14, "Alena Marozava", "PERSON", 0)]
    assert answers(text, mentions) == ("Alena Marozava", ["I was detained twice.", "When it is safe."])


def test_section_labels_make_no_transcript():
    text = "Analysis: the regime is nervous.\n\nUpdate: the border reopened on Friday.\n\nMinsk said it was calm."
    assert answers(text) is None


def test_questions_standing_alone_after_a_named_standfirst():
    text = ("Alena Marozava left Minsk in 2021.\n\nWhy did you leave?\n\nI was detained twice.\n\n"
            "Will you go back?\n\nWhen the regime falls, yes.")
    mentions = [Mention(0, 14, "Alena Marozava", "PERSON", 0)]
    assert answers(text, mentions) == ("Alena Marozava", ["I was detained twice.", "When the regime falls, yes."])
