"""Turning what a budget sheet says about an OPD or a KLA cluster into its code."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from kla.catalog import COMPONENTS, Opd

_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV", "5": "V"}
_CLUSTER_PREFIX = re.compile(r"^(klaster|cluster|kluster)\s*", re.IGNORECASE)
_CITY_SUFFIX = re.compile(r"\s+kota\s+batu$", re.IGNORECASE)


def _key(text: str) -> str:
    """Lower case without spaces, dots, commas, hyphens or ampersands."""
    return re.sub(r"[\s.,\-&/]", "", text.lower())


@dataclass
class UnknownName(ValueError):
    """A cell naming no known OPD or cluster; ``suggestion`` is the nearest known name."""

    text: str
    suggestion: str | None


def _nearest(text: str, names: list[str]) -> str | None:
    keys = {_key(name): name for name in names}
    close = difflib.get_close_matches(_key(text), list(keys), n=1, cutoff=0.6)
    return keys[close[0]] if close else None


class OpdResolver:
    """OPD by code (``DINKES``), short name (``Dinkes``) or full name (``Dinas Kesehatan``,
    with or without ``Kota Batu``)."""

    def __init__(self, opds: list[Opd]):
        self._by_key: dict[str, str] = {}
        for opd in opds:
            for name in (opd.code, opd.short_name, opd.full_name):
                self._by_key[_key(name)] = opd.code
        self._names = [opd.short_name for opd in opds] + [opd.full_name for opd in opds]

    def resolve(self, raw: object) -> str:
        """The OPD code a cell names; raises :class:`UnknownName`."""
        text = str(raw).replace("\u00a0", " ").strip()
        found = self._by_key.get(_key(text)) or self._by_key.get(_key(_CITY_SUFFIX.sub("", text)))
        if found is None:
            raise UnknownName(text, _nearest(text, self._names))
        return found


class ClusterResolver:
    """KLA cluster by code or name: ``KL``, ``Kelembagaan``, ``III``, ``Klaster 3``,
    ``Klaster III``, ``3`` or the cluster's full name."""

    def __init__(self):
        self._by_key: dict[str, str] = {}
        for component in COMPONENTS:
            self._by_key[_key(component.code)] = component.code
            for lang in ("id", "en"):
                self._by_key[_key(component.name(lang))] = component.code
                self._by_key[_key(component.name(lang).split(":")[-1])] = component.code
        self._by_key[_key("Kelembagaan")] = "KL"
        self._names = [component.name("id") for component in COMPONENTS]

    def resolve(self, raw: object) -> str:
        """The component code a cell names; raises :class:`UnknownName`."""
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw).replace("\u00a0", " ").strip()
        bare = _CLUSTER_PREFIX.sub("", text).strip()
        found = self._by_key.get(_key(text)) or self._by_key.get(_key(_ROMAN.get(bare, bare)))
        if found is None:
            raise UnknownName(text, _nearest(text, self._names))
        return found
