"""Display-ready tables for the upload page: problems, changes (old → new), upload history.

Pure functions over the loader's JSON report (``FileReport.as_json()``) and
:func:`kla.queries.upload_history`; numbers are written in the user's style.
"""

from __future__ import annotations

import pandas as pd

from kla import fmt
from kla.text import t


def problem_table(problems: list[dict], lang: str) -> pd.DataFrame:
    """Sheet, cell and message of each problem."""
    return pd.DataFrame(
        {
            t("col_sheet", lang): [p["sheet"] or "–" for p in problems],
            t("col_cell", lang): [
                p["cell"] or (f"{t('col_row', lang)} {p['row']}" if p["row"] else "–") for p in problems
            ],
            t("col_message", lang): [p["message"] for p in problems],
        }
    )


def change_table(changes: list[dict], lang: str, region_names: dict[str, str], kind: str = "indikator") -> pd.DataFrame:
    """Each value that an upload would change: measure, year, region, sex, old → new; for a
    budget upload, year, OPD, cluster, program, kegiatan and the amounts old → new."""
    if kind == "anggaran":
        return budget_change_table(changes, lang)
    return pd.DataFrame(
        {
            t("col_code", lang): [c["indicator_code"] for c in changes],
            t("col_year", lang): [str(c["year"]) for c in changes],
            t("col_region", lang): [region_names.get(c["region_code"], c["region_code"]) for c in changes],
            t("col_sex", lang): [c["sex"] for c in changes],
            t("col_old", lang): [fmt.number(c["old_value"], 2, lang) for c in changes],
            t("col_new", lang): [fmt.number(c["new_value"], 2, lang) for c in changes],
        }
    )


def budget_change_table(changes: list[dict], lang: str) -> pd.DataFrame:
    """Each budget row that an upload would change, with allocation and realisation old → new."""

    def amounts(column: str) -> list[str]:
        return [f"{fmt.rupiah(c['old_' + column], lang)} → {fmt.rupiah(c['new_' + column], lang)}" for c in changes]

    return pd.DataFrame(
        {
            t("col_year", lang): [str(c["year"]) for c in changes],
            t("col_opd", lang): [c["opd_code"] for c in changes],
            t("budget_by_component", lang): [c["component"] for c in changes],
            t("budget_col_program", lang): [c["program"] for c in changes],
            t("budget_col_activity", lang): [c["activity"] or "–" for c in changes],
            t("budget_allocation", lang): amounts("allocation"),
            t("budget_realisation", lang): amounts("realisation"),
        }
    )


def history_table(history: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Uploads, newest first, with their kind and status in words."""
    return pd.DataFrame(
        {
            t("col_upload", lang): [f"#{i}" for i in history["upload_id"]],
            t("col_kind", lang): [t("upload_kind_" + kind, lang) for kind in history["kind"]],
            t("col_time", lang): [fmt.date_time(moment, lang) for moment in history["loaded_at"]],
            t("col_opd", lang): [name if isinstance(name, str) else "–" for name in history["opd_name"]],
            t("col_file", lang): history["file_name"],
            t("col_added", lang): [fmt.number(n, 0, lang) for n in history["rows_added"]],
            t("col_changed", lang): [fmt.number(n, 0, lang) for n in history["rows_changed"]],
            t("col_status", lang): [t("upload_" + status, lang) for status in history["status"]],
        }
    )


def profile_table(profiles: list, lang: str) -> pd.DataFrame:
    """The saved layout profiles (:class:`kla.layout_profile.Profile`): name, OPD, how many
    measures they read, version, when and by whom last saved, and their file."""
    return pd.DataFrame(
        {
            t("map_name", lang): [profile.name for profile in profiles],
            t("col_opd", lang): [profile.opd for profile in profiles],
            t("profiles_measures", lang): [", ".join(m.code for m in profile.measures) for profile in profiles],
            t("profiles_version", lang): [str(profile.version) for profile in profiles],
            t("profiles_changed", lang): [f"{profile.changed_at} · {profile.changed_by}" for profile in profiles],
            t("col_file", lang): [f"{profile.key}.toml" for profile in profiles],
        }
    )
