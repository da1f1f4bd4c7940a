"""Region boundaries for maps, read from the GeoJSON files named in :mod:`kla.config`."""

from __future__ import annotations

import json
from functools import cache

from kla import config


@cache
def boundaries(level: str) -> dict:
    """The GeoJSON of ``level`` (``kecamatan`` or ``desa``)."""
    return json.loads(config.GEO_FILES[level].read_text(encoding="utf-8"))


def centre(geojson: dict) -> dict[str, float]:
    """The middle of the bounding box of every polygon, for centring a map."""
    longitudes, latitudes = [], []

    def walk(coordinates) -> None:
        if coordinates and isinstance(coordinates[0], (int, float)):
            longitudes.append(coordinates[0])
            latitudes.append(coordinates[1])
        else:
            for part in coordinates:
                walk(part)

    for feature in geojson["features"]:
        walk(feature["geometry"]["coordinates"])
    return {"lon": (min(longitudes) + max(longitudes)) / 2, "lat": (min(latitudes) + max(latitudes)) / 2}
