"""Observations held column by column: one list per column, rows in the sheet's order."""

from __future__ import annotations

OBSERVATION_KEYS = (
    "indicator_code",
    "year",
    "region_code",
    "sex",
    "source_kind",
    "value",
    "numerator",
    "denominator",
    "source",
    "note",
    "_sheet",
    "_cell",
    "_row",
)


def ordered_table(columns: dict[str, list], observations: list[dict]) -> dict[str, list]:
    """``columns`` (rows read column by column) and ``observations`` (rows read one by one, each
    with its ``_row``) as one table in the order of their rows; one row's observations (a wide
    layout's years) keep their order."""
    if not observations:
        return dict(columns)
    table = {key: [*columns.get(key, ()), *(row[key] for row in observations)] for key in OBSERVATION_KEYS}
    rows = table["_row"]
    if columns and len(rows) > 1:
        order = sorted(range(len(rows)), key=rows.__getitem__)  # stable
        table = {key: [values[i] for i in order] for key, values in table.items()}
    return table
