"""Small counts about child victims, hidden from anyone not signed in.

**The rule.** For the measures flagged ``sensitif`` in the catalog, the value of a kecamatan
or a desa/kelurahan (never the city's) is hidden when the count behind it is below
:data:`THRESHOLD`: for a count (``jumlah``) the value itself; for a rate (``persen``,
``per_1000_kh``) its numerator or its denominator, both counts of children. A rate reported
without numerator and denominator has no known count and is shown.

**Totals never give a hidden value back.** Every value is part of sums: a kecamatan is the
sum of its desa and the city the sum of its kecamatan, and L+P is the sum of L and P, always
within one measure, year and series (administrative or survey). In every such sum either
nothing is hidden or at least two cells are. Where exactly one is, the smallest visible part
is hidden as well (for a count the smallest value, for a rate the smallest numerator); with
no visible part left, the total is hidden instead (never the city). This repeats until no
sum has exactly one hidden cell. So a hidden desa takes a second desa of its kecamatan with
it, a hidden girls' value takes the boys' value with it while L+P is shown, and a group
whose total is itself hidden needs nothing more.

**One decision for every view.** :func:`hidden_cells` decides once, on every value of the
sensitive measures in the database (:func:`sensitive_values`); :func:`protect`
applies that decision to whatever a query returned. So a desa profile hides exactly what the
kecamatan breakdown hides, and pages, downloads and decks agree. Hidden rows are kept, with
value, numerator and denominator empty and ``hidden`` True, so displays can write ``<5``.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import numpy as np
import pandas as pd

from kla import fmt, queries
from kla.text import t

THRESHOLD = 5
RATES = ("persen", "per_1000_kh")
KEY = ["indicator_code", "year", "region_code", "sex", "source_kind"]  # what identifies a value
BLOCK = ["indicator_code", "year", "source_kind"]  # every sum lies within one: decided on its own
NUMBERS = ["value", "numerator", "denominator"]
HIDDEN = "hidden"

# The queries whose rows hold values of kecamatan and desa: pages get them protected.
PROTECTED_QUERIES = (
    queries.regional_values,
    queries.measure_values,
    queries.region_values,
    queries.latest_by_region,
)


def _sums(cells: pd.DataFrame) -> list[tuple[int | None, list[int]]]:
    """Every sum among ``cells`` as (row of the total or None when it is not there, rows of
    the parts): children of one parent, and L and P of one region; in a fixed order."""
    position = dict(zip(cells[KEY].itertuples(index=False, name=None), cells.index))
    labels = cells.index.to_numpy()
    sums = []
    geography = ["indicator_code", "year", "parent_code", "sex", "source_kind"]
    groups = cells.groupby(geography).indices  # group → positions, without building frames
    for code, year, parent, sex, kind in sorted(groups):
        parts = labels[groups[(code, year, parent, sex, kind)]].tolist()
        sums.append((position.get((code, year, parent, sex, kind)), parts))
    by_sex = cells[cells["sex"].isin(("L", "P"))]
    groups = by_sex.groupby(["indicator_code", "year", "region_code", "source_kind"]).indices
    labels = by_sex.index.to_numpy()
    for code, year, region, kind in sorted(groups):
        sums.append(
            (position.get((code, year, region, "L+P", kind)), labels[groups[(code, year, region, kind)]].tolist())
        )
    return sums


def _complete(cells: pd.DataFrame, hidden: set[int]) -> set[int]:
    """``hidden`` grown until no sum has exactly one hidden cell (see the module's rule).

    A work list: only the sums that hold a newly hidden cell are looked at again."""
    sums = _sums(cells)
    order = {row: (size, code) for row, size, code in zip(cells.index, cells["size"], cells["region_code"])}
    hideable = dict(zip(cells.index, cells["hideable"]))
    sums_of: dict[int, list[int]] = defaultdict(list)
    for number, (total, parts) in enumerate(sums):
        for row in parts if total is None else [*parts, total]:
            sums_of[row].append(number)
    waiting = deque(sorted({number for row in hidden for number in sums_of[row]}))
    while waiting:
        total, parts = sums[waiting.popleft()]
        members = parts if total is None else [*parts, total]
        if sum(row in hidden for row in members) != 1:
            continue
        spare = sorted((row for row in parts if row not in hidden and hideable[row]), key=order.get)
        if spare:
            newly = spare[0]
        elif total is not None and hideable[total] and total not in hidden:
            newly = total
        else:
            continue
        hidden.add(newly)
        waiting.extend(sums_of[newly])
    return hidden


def suppress(values: pd.DataFrame, measures: pd.DataFrame, regions: pd.DataFrame) -> pd.DataFrame:
    """``values`` (columns :data:`KEY`, value and optionally numerator and denominator;
    ``code`` is read as ``indicator_code``) with the rule applied: a ``hidden`` column, and
    hidden rows without value, numerator or denominator. ``measures`` is
    :func:`kla.queries.measures`, ``regions`` :func:`kla.queries.region_tree`.
    The decision is made on these rows alone: pass a complete set (see :func:`hidden_cells`)."""
    cells = values.rename(columns={"code": "indicator_code"}).reset_index(drop=True)
    for column in KEY:  # plain Python objects: a million rows are walked one by one below
        cells[column] = cells[column].astype(object)
    for column in NUMBERS:
        if column not in cells:
            cells[column] = np.nan
    flagged = measures[measures["sensitive"].fillna(False).astype(bool)]
    units = cells["indicator_code"].map(dict(zip(flagged["code"], flagged["unit"])))
    cells["parent_code"] = cells["region_code"].map(dict(zip(regions["code"], regions["parent_code"])))
    cells["hideable"] = units.notna() & cells["parent_code"].notna()
    cells["size"] = np.where(units == "jumlah", cells["value"], cells["numerator"].fillna(cells["value"]))
    small_count = (units == "jumlah") & (cells["value"] < THRESHOLD)
    small_rate = units.isin(RATES) & ((cells["numerator"] < THRESHOLD) | (cells["denominator"] < THRESHOLD))
    first = set(cells.index[cells["hideable"] & (small_count | small_rate)])
    hidden = _complete(cells[units.notna() & _in_blocks_of(cells, first)], first) if first else set()
    result = values.reset_index(drop=True).copy()
    result[HIDDEN] = cells.index.isin(sorted(hidden))
    _blank(result)
    return result


def _in_blocks_of(cells: pd.DataFrame, rows: set[int]) -> np.ndarray:
    """Which of ``cells`` (a frame with a range index) lie in a block (:data:`BLOCK`) of one of
    ``rows``: no sum reaches across blocks, so only those can need a second hidden cell, and
    the sums of the others are not worked out at all (most of the decision's time)."""
    blocks = pd.MultiIndex.from_frame(cells[BLOCK])
    return blocks.isin(blocks[sorted(rows)])


def _blank(frame: pd.DataFrame) -> None:
    """Empty the numbers of the hidden rows of ``frame`` (in place)."""
    columns = [column for column in NUMBERS if column in frame]
    frame[columns] = frame[columns].astype(float)
    frame.loc[frame[HIDDEN], columns] = np.nan


@contextmanager
def _registered(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame | None) -> Iterator[None]:
    """Within the block, ``frame`` (when given) is a table called ``name`` on ``con``."""
    if frame is not None:
        con.register(name, frame)
    try:
        yield
    finally:
        if frame is not None:
            con.unregister(name)


def _in_blocks(blocks: pd.DataFrame | None, table: str = "") -> str:
    """The SQL condition that a row (of ``table``, e.g. ``o.``) lies in the registered
    ``chosen_blocks``; TRUE when no blocks are given."""
    if blocks is None:
        return "TRUE"
    return f"({', '.join(table + column for column in BLOCK)}) IN (SELECT {', '.join(BLOCK)} FROM chosen_blocks)"


def sensitive_values(con: duckdb.DuckDBPyConnection, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every current value of the measures flagged sensitive, in every region (the city too),
    sex, year and series: the complete set the rule decides on; with ``blocks`` (columns
    :data:`BLOCK`), the values of those measures' years and series only."""
    with _registered(con, "chosen_blocks", blocks):
        return con.execute(
            f"""
            SELECT o.indicator_code, o.year, o.region_code, o.sex, o.source_kind, o.value, o.numerator, o.denominator
            FROM observations o JOIN measures m ON m.code = o.indicator_code
            WHERE m.sensitive AND {_in_blocks(blocks, "o.")}
            ORDER BY o.indicator_code, o.year, o.region_code, o.sex, o.source_kind
            """
        ).df()


def decide(con: duckdb.DuckDBPyConnection, blocks: pd.DataFrame | None = None) -> pd.DataFrame:
    """The cells to hide from the public (columns :data:`KEY`), decided on every value of the
    sensitive measures in the database ``con``; with ``blocks`` (columns :data:`BLOCK`), on
    the values of those blocks only, which decides them exactly as deciding everything would:
    no sum reaches across blocks."""
    values = sensitive_values(con, blocks)
    if values.empty:
        return pd.DataFrame(columns=KEY)
    decided = suppress(values, queries.measures(con), queries.region_tree(con))
    return decided.loc[decided[HIDDEN], KEY].reset_index(drop=True)


def refresh_hidden(con: duckdb.DuckDBPyConnection, blocks: pd.DataFrame | None = None) -> int:
    """Decide again and keep the decision in ``hidden_cells`` (called by every write that can
    change it: uploads, undos, the catalog); returns how many cells of the decided blocks are
    hidden. With ``blocks`` (columns :data:`BLOCK`: the measures' years and series whose
    values changed) only those are decided again and the rest of the decision is kept: an
    upload of a few desa into a province database then decides one block, not a million
    values. Runs inside the caller's transaction when there is one."""
    cells = decide(con, blocks)
    with _registered(con, "chosen_blocks", blocks):
        con.execute(f"DELETE FROM hidden_cells WHERE {_in_blocks(blocks)}")
    if not cells.empty:
        with _registered(con, "decided_cells", cells):
            con.execute(f"INSERT INTO hidden_cells SELECT {', '.join(KEY)} FROM decided_cells")
    return len(cells)


def hidden_cells(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """The cells hidden from the public (columns :data:`KEY`), as last decided."""
    return con.execute(f"SELECT {', '.join(KEY)} FROM hidden_cells").df()


def protect(frame: pd.DataFrame, hidden: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` (rows of a query, with the :data:`KEY` columns) in which the
    ``hidden`` cells (from :func:`hidden_cells`) are marked and have no numbers."""
    result = frame.copy()
    marked = frame[KEY].merge(hidden[KEY].drop_duplicates().assign(**{HIDDEN: True}), on=KEY, how="left")
    result[HIDDEN] = marked[HIDDEN].fillna(False).to_numpy(dtype=bool)  # a left merge keeps the order
    _blank(result)
    return result


def for_viewer(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame, reveal: bool) -> pd.DataFrame:
    """``frame`` as is for someone who may see small counts (``reveal``), else protected."""
    return frame if reveal else protect(frame, hidden_cells(con))


def hidden_mask(frame: pd.DataFrame) -> pd.Series:
    """Which rows of ``frame`` are hidden (none when it was not protected)."""
    if HIDDEN not in frame:
        return pd.Series(False, index=frame.index)
    return frame[HIDDEN].fillna(False).astype(bool)


def any_hidden(frame: pd.DataFrame) -> bool:
    """Whether ``frame`` has a hidden row."""
    return bool(hidden_mask(frame).any())


def value_text(value: float | None, unit: str, lang: str, hidden: bool = False) -> str:
    """A value with its unit (:func:`kla.fmt.measure_value`), or ``<5`` when hidden."""
    return t("privacy_hidden", lang) if hidden else fmt.measure_value(value, unit, lang)


def number_text(value: float | None, decimals: int, lang: str, hidden: bool = False) -> str:
    """A plain number (:func:`kla.fmt.number`), or ``<5`` when hidden."""
    return t("privacy_hidden", lang) if hidden else fmt.number(value, decimals, lang)


def writes_hidden(frame: pd.DataFrame) -> bool:
    """Whether a display table shows a hidden value (a cell that starts with ``<5``)."""
    marker = t("privacy_hidden")
    texts = frame.select_dtypes(include=["object", "string"])
    return any(texts[column].astype(str).str.startswith(marker).any() for column in texts)
