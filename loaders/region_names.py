"""Turning what a sheet says about a region (a code or a name) into a Kemendagri code."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from kla.regions import Region

CITY_WORDS = {"kota", "jumlah", "total"}
# A prefix is a whole word: followed by a space, or ending in a dot ("Kec.Batu").
_KECAMATAN_PREFIX = re.compile(r"^(kecamatan|kec)(\.\s*|\s+)", re.IGNORECASE)
_DESA_PREFIX = re.compile(r"^(kelurahan|kel|desa|ds)(\.\s*|\s+)", re.IGNORECASE)


def name_key(name: str) -> str:
    """A name without case, spaces or hyphens: ``Oro-Oro Ombo`` → ``orooroombo``."""
    return re.sub(r"[\s\-]", "", name.lower())


@dataclass
class UnknownRegion(ValueError):
    """A region cell that matches no known region; ``suggestion`` is the nearest name."""

    text: str
    suggestion: str | None


class RegionResolver:
    """Resolves codes and names against one region tree."""

    def __init__(self, regions: list[Region]):
        self.by_code = {region.code: region for region in regions}
        self.root = next(region for region in regions if region.parent_code is None)
        self._digits = {region.code.replace(".", ""): region.code for region in regions}
        self._kecamatan: dict[str, str] = {}
        self._desa: dict[str, str] = {}
        self._upper: dict[str, str] = {}  # cities and regencies under a province root
        for region in regions:
            if region.level == "kecamatan":
                self._kecamatan[name_key(region.name)] = region.code
            elif region.rank >= 3:
                self._desa[name_key(region.name)] = region.code
            elif region.parent_code is not None:
                self._upper[name_key(region.name)] = region.code
        self._city = CITY_WORDS | {name_key(self.root.name)}
        self._names = sorted({region.name for region in regions})

    def _from_code(self, text: str) -> str | None:
        if text in self.by_code:
            return text
        digits = text.replace(".", "")
        return self._digits.get(digits) if digits.isdigit() else None

    def resolve(self, raw: object, column: str = "wilayah") -> str:
        """The region code for a cell of ``column`` (``wilayah``, ``kecamatan`` or ``desa``).

        A bare name in a single ``wilayah`` column that is both a kecamatan and a desa
        means the kecamatan; ``Desa X`` or a name in a ``desa`` column means the desa.
        Raises :class:`UnknownRegion`.
        """
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw).replace("\u00a0", " ").strip()
        code = self._from_code(text)
        if code:
            return code
        desa_prefix = _DESA_PREFIX.match(text)
        kecamatan_prefix = _KECAMATAN_PREFIX.match(text)
        key = name_key(text[(desa_prefix or kecamatan_prefix).end() :] if (desa_prefix or kecamatan_prefix) else text)
        if key in self._city or name_key(text) in self._city:
            return self.root.code
        if kecamatan_prefix or column == "kecamatan":
            found = self._kecamatan.get(key)
        elif desa_prefix or column == "desa":
            found = self._desa.get(key)
        else:
            found = self._kecamatan.get(key) or self._desa.get(key) or self._upper.get(name_key(text))
        if found:
            return found
        nearest = difflib.get_close_matches(text, self._names, n=1, cutoff=0.6)
        if not nearest:
            keys = {name_key(name): name for name in self._names}
            close = difflib.get_close_matches(key, list(keys), n=1, cutoff=0.6)
            nearest = [keys[close[0]]] if close else []
        raise UnknownRegion(text, nearest[0] if nearest else None)
