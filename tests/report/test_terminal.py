from rich.console import Console

from dossier.model import Document, Findings, FurnitureLine, Mention
from dossier.report.terminal import document_view, documents_table

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
