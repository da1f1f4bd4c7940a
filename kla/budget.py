"""The child budget (anggaran responsif anak): what the database holds and what a meeting asks
of it: allocation and realisation over the years, absorption per OPD, spending per child,
and each cluster's money beside its progress.

Queries take an open connection; the other functions are pure. Amounts come back as floats
in rupiah (exact decimals stay in the database).
"""

from __future__ import annotations

import duckdb
import pandas as pd

from kla import catalog, fmt
from kla.text import t

# The measure whose denominator counts the children 0-17 (birth certificates, from SIAK).
CHILD_POPULATION_MEASURE = "I-4A"
# An OPD that spends less than this share of its allocation is lagging (percent).
ABSORPTION_FLOOR = 85.0
GROUPINGS = ("component", "opd_code")


def budget_years(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Years with budget rows, oldest first."""
    return [row[0] for row in con.execute("SELECT DISTINCT year FROM budget ORDER BY year").fetchall()]


def budget_by_year(con: duckdb.DuckDBPyConnection, by: str) -> pd.DataFrame:
    """Allocation and realisation per year and per ``by`` (``component`` or ``opd_code``),
    with the group's display name (``name``) for OPDs."""
    if by not in GROUPINGS:
        raise ValueError(by)
    frame = con.execute(
        f"""
        SELECT b.year, b.{by} AS "group", coalesce(o.short_name, b.{by}) AS name,
               sum(b.allocation)::DOUBLE AS allocation, sum(b.realisation)::DOUBLE AS realisation
        FROM budget b LEFT JOIN opd o ON o.code = b.{by}
        GROUP BY ALL ORDER BY b.year, "group"
        """
    ).df()
    return with_absorption(frame)


def with_absorption(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with ``absorption``: realisation as a percentage of allocation."""
    allocation = frame["allocation"].where(frame["allocation"] > 0)
    return frame.assign(absorption=frame["realisation"] / allocation * 100)


def yearly_totals(by_year: pd.DataFrame) -> pd.DataFrame:
    """City totals per year (allocation, realisation, absorption) from :func:`budget_by_year`."""
    totals = by_year.groupby("year", as_index=False)[["allocation", "realisation"]].sum(min_count=1)
    return with_absorption(totals)


def absorption_by_opd(by_opd: pd.DataFrame, year: int, floor: float = ABSORPTION_FLOOR) -> pd.DataFrame:
    """Each OPD's absorption in ``year``, lowest first, with ``lagging`` below ``floor``."""
    own = by_opd[by_opd["year"] == year].sort_values("absorption").reset_index(drop=True)
    return own.assign(lagging=own["absorption"] < floor)


def child_population(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Children 0-17 in the city per year: the denominator of the birth-certificate measure."""
    return con.execute(
        """
        SELECT o.year, o.denominator AS children
        FROM observations o JOIN regions r ON r.code = o.region_code AND r.parent_code IS NULL
        WHERE o.indicator_code = ? AND o.sex = 'L+P' AND o.source_kind = 'administrasi'
              AND o.denominator IS NOT NULL
        ORDER BY o.year
        """,
        [CHILD_POPULATION_MEASURE],
    ).df()


def spending_per_child(totals: pd.DataFrame, children: pd.DataFrame) -> pd.DataFrame:
    """Per year with both: allocation and realisation per child, in rupiah."""
    joined = totals.merge(children, on="year", how="inner")
    return joined.assign(
        allocation_per_child=joined["allocation"] / joined["children"],
        realisation_per_child=joined["realisation"] / joined["children"],
    )


def clusters_money_and_progress(by_cluster: pd.DataFrame, scores: pd.DataFrame, year: int, lang: str) -> pd.DataFrame:
    """Per component: its allocation, realisation and share of the year's allocation beside its
    average progress score (:func:`kla.scorecard.component_scores`), in catalog order."""
    own = by_cluster[by_cluster["year"] == year].set_index("group")
    total = own["allocation"].sum()
    score = scores.set_index("component")["score"]
    rows = []
    for component in catalog.COMPONENTS:
        allocation = float(own["allocation"].get(component.code, 0.0))
        rows.append(
            {
                "component": component.code,
                "name": component.short_name(lang),
                "allocation": allocation,
                "realisation": float(own["realisation"].get(component.code, float("nan"))),
                "share": allocation / total * 100 if total else float("nan"),
                "score": score.get(component.code),
            }
        )
    return pd.DataFrame(rows)


def named_clusters(by_year: pd.DataFrame, lang: str) -> pd.DataFrame:
    """:func:`budget_by_year` by component with each cluster's short name, in catalog order."""
    order = {component.code: component.order for component in catalog.COMPONENTS}
    names = {component.code: component.short_name(lang) for component in catalog.COMPONENTS}
    frame = by_year.assign(name=by_year["group"].map(names).fillna(by_year["group"]))
    return frame.sort_values(
        ["year", "group"], key=lambda column: column.map(order) if column.name == "group" else column
    )


def trend_table(by_year: pd.DataFrame, group_label: str, lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Allocation, realisation and absorption per group and year: a table to read (amounts
    rounded in words) and the same with plain numbers for the downloads; the group column
    is headed ``group_label``."""
    data = by_year[["name", "year", "allocation", "realisation", "absorption"]].reset_index(drop=True)
    shown = pd.DataFrame(
        {
            "name": data["name"],
            "year": data["year"].astype(str),
            "allocation": [fmt.rupiah_short(value, lang) for value in data["allocation"]],
            "realisation": [fmt.rupiah_short(value, lang) for value in data["realisation"]],
            "absorption": [
                fmt.number(value, 1, lang) + "%" if pd.notna(value) else "–" for value in data["absorption"]
            ],
        }
    )
    labels = {
        "name": group_label,
        "year": t("col_year", lang),
        "allocation": t("budget_allocation", lang),
        "realisation": t("budget_realisation", lang),
        "absorption": t("budget_absorption", lang),
    }
    return shown.rename(columns=labels), data.rename(columns=labels)


def grouped_trend_table(
    by_year: pd.DataFrame, by: str, group_label: str, lang: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`trend_table` of :func:`budget_by_year` grouped ``by`` ``component`` (each
    cluster by its short name, in catalog order) or ``opd_code``."""
    return trend_table(named_clusters(by_year, lang) if by == "component" else by_year, group_label, lang)


def progress_sentence(clusters: pd.DataFrame, lang: str) -> str:
    """One sentence for the meeting: the cluster furthest behind and its share of the money,
    beside the cluster with the largest share."""
    scored = clusters.dropna(subset=["score"])
    if scored.empty:
        return t("budget_progress_no_scores", lang)
    weakest = scored.loc[scored["score"].astype(float).idxmin()]
    largest = clusters.loc[clusters["share"].idxmax()]
    return t(
        "budget_progress_sentence",
        lang,
        weak=weakest["name"],
        score=fmt.number(weakest["score"], 1, lang),
        weak_share=fmt.number(weakest["share"], 1, lang),
        big=largest["name"],
        big_share=fmt.number(largest["share"], 1, lang),
    )
