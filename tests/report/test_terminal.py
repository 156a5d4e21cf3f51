from rich.console import Console

from dossier.model import Attribution, Document, Findings, FurnitureLine, Mention
from dossier.report.terminal import attributions_table, document_view, documents_table

HOSTILE = "[bold red]Breaking[/bold red] [link=https://evil.example]click[/link] \x1b[31mred"


def render(renderable) -> str:
    console = Console(width=200, record=True, force_terminal=False, color_system=None)
    console.print(renderable)
    return console.export_text()


def test_report_text_is_shown_literally_never_as_markup():
    doc = Document(id="d1", source="s", kind="txt", title=HOSTILE, text=f"{HOSTILE}\n\nBody naming Minsk.", url=None,
                   outlet=HOSTILE, authors=(), published=None, language="en",
                   furniture=(FurnitureLine(1, HOSTILE, "page chrome"),))
    findings = Findings("d1", mentions=(Mention(len(HOSTILE) + 14, len(HOSTILE) + 19, "Minsk", "GPE", 1),))
    shown = render(document_view(doc, findings, furniture=True)) + render(documents_table([doc]))
    assert shown.count("[bold red]Breaking[/bold red]") >= 3
    assert "[link=https://evil.example]click[/link]" in shown
    assert "\x1b[31m" not in shown


def test_a_relayed_statement_names_its_relay_literally():
    doc = Document(id="d2", source="s", kind="txt", title="T", text="T\n\nLukashenko said the army was ready.", url=None,
                   outlet=None, authors=(), published=None, language="en")
    said = Attribution(start=3, end=35, source="Lukashenko", source_key="Lukashenko", source_start=3, source_end=13,
                       cue="said", cue_start=14, cue_end=18, content="the army was ready", content_start=19,
                       content_end=37, direct=False, hedged=False, relay=HOSTILE)
    shown = render(attributions_table([(doc, said)], "Claims"))
    assert "Lukashenko (via [bold red]Breaking[/bold red]" in shown.replace("\n", " ")
