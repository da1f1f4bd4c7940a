"""Who still owes data: an OPD's delivery of each measure, year by year."""

from __future__ import annotations

import pandas as pd

from kla.text import t


def delivery_matrix(measures: pd.DataFrame, reporting: pd.DataFrame, years: list[int], lang: str) -> pd.DataFrame:
    """One row per measure, one column per year: ``✓`` complete, ``12/24`` partial, ``–`` missing."""
    delivered = {(r.code, int(r.year)): (int(r.delivered), int(r.expected)) for r in reporting.itertuples()}
    rows = []
    for measure in measures.itertuples():
        row = {
            t("col_code", lang): measure.code,
            t("col_measure", lang): measure.name_en if lang == "en" else measure.name_id,
        }
        for year in years:
            got, expected = delivered.get((measure.code, year), (0, 0))
            row[str(year)] = "✓" if got and got >= expected else (f"{got}/{expected}" if got else "–")
        rows.append(row)
    return pd.DataFrame(rows)


def missing_for_year(measures: pd.DataFrame, reporting: pd.DataFrame, year: int) -> list[str]:
    """Codes of the measures with no complete delivery for ``year``."""
    complete = {r.code for r in reporting.itertuples() if int(r.year) == year and r.delivered >= r.expected}
    return [code for code in measures["code"] if code not in complete]


def missing_table(missing: pd.DataFrame, expected: dict[str, int], lang: str) -> pd.DataFrame:
    """Per measure with gaps: which regions have not reported (all of them, or the list)."""
    rows = []
    for code, part in missing.groupby("indicator_code", sort=False):
        names = list(part["region_name"])
        shown = (
            t("all_regions", lang, count=len(names))
            if len(names) >= expected.get(code, len(names))
            else ", ".join(names)
        )
        rows.append({t("col_code", lang): code, t("col_missing_regions", lang): shown})
    return pd.DataFrame(rows)
