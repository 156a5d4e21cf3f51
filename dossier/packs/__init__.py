"""Domain data packs: entities with their spellings and actor kinds, as YAML that users can extend."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from dossier.errors import PackError

BUILTIN_DIR = Path(__file__).parent
PACKS_ENV = "DOSSIER_PACKS"
TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}


@dataclass(frozen=True)
class PackEntity:
    id: str
    type: str
    name: str
    aliases: tuple[str, ...]
    kind: str | None = None

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Pack:
    entities: tuple[PackEntity, ...]
    # Words for one counted thing, the pack's own name first ('volunteer', 'fighter', 'combatant'): figures that
    # count any of them are one measure.
    measures: tuple[tuple[str, ...], ...] = ()

    def measure_synonyms(self) -> dict[str, str]:
        """A word for a counted thing -> the pack's name for it. A later pack's group wins."""
        return {word: group[0] for group in self.measures for word in group[1:]}

    def alias_index(self) -> dict[str, PackEntity]:
        """Spelling -> entity. A later pack's spelling wins over an earlier one's."""
        return {spelling: entity for entity in self.entities for spelling in entity.spellings}


def parse_pack(data: object, origin: str) -> tuple[PackEntity, ...]:
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise PackError(f"{origin}: a pack is a mapping with an 'entities' list")
    entities = []
    for n, item in enumerate(data["entities"], start=1):
        if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
            raise PackError(f"{origin}: entity #{n} needs at least 'id' and 'name'")
        kind = str(item.get("type", "")).upper()
        if kind not in TYPES:
            raise PackError(f"{origin}: entity '{item['id']}' has type {item.get('type')!r}; use one of {sorted(TYPES)}")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list):
            raise PackError(f"{origin}: entity '{item['id']}': 'aliases' must be a list")
        entities.append(PackEntity(str(item["id"]), kind, str(item["name"]), tuple(str(a) for a in aliases), item.get("kind")))
    return tuple(entities)


def parse_measures(data: dict, origin: str) -> tuple[tuple[str, ...], ...]:
    """The pack's optional 'measures': lists of words for one counted thing, in the singular, its own name first."""
    groups = data.get("measures") or []
    if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 for g in groups):
        raise PackError(f"{origin}: 'measures' must be a list of lists of two or more words for one counted thing, "
                        "its own name first (e.g. [volunteer, fighter])")
    return tuple(tuple(str(w).lower() for w in g) for g in groups)


def pack_paths(extra: tuple[str, ...] = ()) -> tuple[Path, ...]:
    """The built-in packs, then those named in DOSSIER_PACKS (os.pathsep-separated), then `extra`."""
    env = tuple(p for p in os.environ.get(PACKS_ENV, "").split(os.pathsep) if p)
    paths = list(sorted(BUILTIN_DIR.glob("*.yaml")))
    for name in (*env, *extra):
        path = Path(name)
        paths.extend(sorted(path.glob("*.y*ml")) if path.is_dir() else [path])
    return tuple(paths)


@lru_cache(maxsize=8)
def load_pack(extra: tuple[str, ...] = ()) -> Pack:
    entities: list[PackEntity] = []
    measures: list[tuple[str, ...]] = []
    for path in pack_paths(extra):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise PackError(f"{path}: cannot be read as a YAML pack ({exc})") from exc
        entities.extend(parse_pack(data, str(path)))
        measures.extend(parse_measures(data, str(path)))
    return Pack(tuple(entities), tuple(measures))
