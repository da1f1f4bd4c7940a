"""The coordination-meeting deck: what each slide says, independent of how it is shown.

One :class:`Deck` feeds the presenter mode (``/presentasi``) and the ``.pptx`` and ``.pdf``
files (:mod:`kla.report`), so the three always agree. Slides: title, the city at a glance,
Kelembagaan and the five clusters, what needs attention, data not yet in, and a summary.
Every slide carries its source and data years; the footer says when the data are a sample.
A deck for the public (``reveal=False``, the default) hides small counts of sensitive
measures (:mod:`kla.privacy`); its title slide, and the footer and notes of its files, say
which version it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import duckdb
import pandas as pd
import plotly.graph_objects as go

from kla import catalog, fmt, overview, privacy, queries
from kla.figures import cluster_status_figure, trend_figure
from kla.indicator import LEVEL_WORDS, region_verdicts
from kla.narrative import GOOD, cluster_sentence, focus_row
from kla.scorecard import PROGRESS_COLOURS, city_scorecard
from kla.slide_figure import for_slides
from kla.sources import series_sources, source_line
from kla.text import t

BEHIND = ("deterioration", "limited_progress", "moderate_progress")  # not on track, worst first
MAX_ATTENTION_ROWS = 8


@dataclass(frozen=True)
class SlideTable:
    """A small display table (texts already written for reading); ``colours`` gives each
    row's (background, text) colour for the ``status_column``."""

    frame: pd.DataFrame = field(compare=False)
    status_column: str | None = None
    colours: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Slide:
    """One slide: a title, its one message, and at most a table, a chart and some points."""

    key: str
    title: str
    message: str
    source: str
    points: tuple[str, ...] = ()
    table: SlideTable | None = None
    figure: go.Figure | None = field(default=None, compare=False)
    figure_title: str = ""


@dataclass(frozen=True)
class Deck:
    """The slides of one meeting, for one data year and language."""

    city: str
    year: int
    lang: str
    made_on: dt.date
    sample: bool
    slides: tuple[Slide, ...]
    reveal: bool = False  # True: small counts shown (not for the public)

    def footer(self, number: int) -> str:
        """The line at the foot of slide ``number`` (1-based): city, year, slide number and,
        for sample data, the notice."""
        text = t("deck_footer", self.lang, city=self.city, year=self.year, number=number, total=len(self.slides))
        return text + (t("source_sample", self.lang) if self.sample else "")

    def file_footer(self, number: int) -> str:
        """:meth:`footer` with the version (public or full) added, for the ``.pptx`` and ``.pdf`` files."""
        return f"{self.footer(number)} · {version_line(self.reveal, self.lang, short=True)}"

    def file_name(self, extension: str) -> str:
        """``rapat-kla-2025-id.pptx``."""
        return f"rapat-kla-{self.year}-{self.lang}.{extension}"


def _name(row, lang: str) -> str:
    return row.name_en if lang == "en" else row.name_id


def version_line(reveal: bool, lang: str, short: bool = False) -> str:
    """Which version a deck or a printed page is: public (small counts hidden) or full."""
    return t(f"privacy_{'footer' if short else 'deck'}_{'full' if reveal else 'public'}", lang)


def _with_year(value, unit: str, year, lang: str, usual_year: int | None = None, hidden: bool = False) -> str:
    """``10,3%``, with ``(2024)`` added when the year is not the ``usual_year`` of the table;
    ``<5`` for a value hidden from the public."""
    if (value is None or pd.isna(value)) and not hidden:
        return "–"
    text = privacy.value_text(value, unit, lang, hidden)
    return text if usual_year is not None and int(year) == usual_year else f"{text} ({int(year)})"


def _years(card: pd.DataFrame) -> list[int]:
    return [int(y) for y in card["data_year"].dropna()]


def scorecard_slide_table(card: pd.DataFrame, year: int, lang: str, with_opd: bool = False) -> SlideTable:
    """Measure, latest value, goal and status (and the lead OPD): the scorecard cut to what
    a room can read. Values and goals of ``year`` go without their year; others carry it."""
    status_column = t("col_status", lang)
    columns = {
        t("col_measure", lang): [f"{row.code} {_name(row, lang)}" for row in card.itertuples()],
        t("deck_col_value", lang, year=year): [
            _with_year(r.value, r.unit, r.data_year, lang, year) for r in card.itertuples()
        ],
        t("deck_col_goal", lang, year=year): [
            _with_year(r.goal, r.unit, r.goal_year, lang, year) for r in card.itertuples()
        ],
        status_column: [t("progress_" + status, lang) for status in card["status"]],
    }
    if with_opd:
        columns[t("col_opd", lang)] = list(card["lead_opd_name"])
    colours = tuple(PROGRESS_COLOURS[status] for status in card["status"])
    return SlideTable(pd.DataFrame(columns), status_column, colours)


def title_slide(
    card: pd.DataFrame,
    fresh: pd.DataFrame,
    city: str,
    year: int,
    today: dt.date,
    sample: bool,
    lang: str,
    reveal: bool = False,
) -> Slide:
    """The meeting, the date, how fresh the data are, and which version the deck is."""
    complete = int((fresh["with_year"] >= fresh["measures"]).sum())
    points = [
        t("deck_prepared", lang, date=fmt.date(today, lang)),
        t("deck_freshness", lang, complete=complete, total=len(fresh), year=year),
    ]
    last = fresh["last_upload"].dropna()
    if not last.empty:
        points.append(t("deck_last_upload", lang, when=fmt.date_time(last.max(), lang)))
    points.append(version_line(reveal, lang))
    return Slide(
        key="judul",
        title=t("deck_title", lang, city=city),
        message=t("deck_meeting", lang, year=year),
        source=t("deck_source_database", lang, years=fmt.year_span(_years(card)))
        + (t("source_sample", lang) if sample else ""),
        points=tuple(points),
    )


def glance_slide(status: pd.DataFrame, card: pd.DataFrame, year: int, sample: bool, lang: str) -> Slide:
    """How many measures meet their goal, per cluster, in one chart."""
    summary = overview.component_summary(status, lang)
    with_goal = int((summary["met"] + summary["missed"]).sum())
    good = int(card["status"].isin(GOOD).sum())
    judged = int(card["score"].notna().sum())
    return Slide(
        key="sekilas",
        title=t("deck_glance_title", lang),
        message=t("deck_glance_message", lang, met=int(summary["met"].sum()), total=with_goal, year=year),
        source=source_line(list(status["source"].dropna()), _years(status), sample, lang),
        points=(t("deck_glance_pace", lang, good=good, total=judged),),
        figure=for_slides(cluster_status_figure(summary, lang), height=400),
        figure_title=t("kpi_heading", lang, year=year),
    )


def chart_row(card: pd.DataFrame, code: str) -> pd.Series | None:
    """The measure whose trend a component's slide shows: the one most behind (see
    :func:`kla.narrative.focus_row`), else the judged measure with the lowest score."""
    focus = focus_row(card, code)
    if focus is not None:
        return focus
    judged = card[(card["component"] == code) & card["score"].notna() & (card["unit"] != "biner")]
    return None if judged.empty else judged.sort_values("score").iloc[0]


def cluster_slide(con: duckdb.DuckDBPyConnection, card: pd.DataFrame, code: str, year: int, sample, lang) -> Slide:
    """A component: its sentence, its scorecard and the trend of the measure most behind."""
    component = catalog.component(code)
    rows = card[card["component"] == code]
    focus = chart_row(card, code)
    figure, figure_title, sources, years = None, "", list(rows["source"].dropna()), _years(rows)
    if focus is not None:
        series = queries.city_series(con, focus["code"])
        goals = queries.targets(con, focus["code"])
        figure_title = f"{focus['code']} {focus['name_en' if lang == 'en' else 'name_id']}"
        trend = trend_figure(series, goals, focus["unit"], lang, series_sources(series), highlight_year=year)
        figure = for_slides(trend, title=figure_title, height=430)
        sources += list(series["source"].dropna())
        years += [int(y) for y in series["year"]]
    return Slide(
        key=code,
        title=component.name(lang),
        message=cluster_sentence(card, code, lang),
        source=source_line(sources, years, sample, lang),
        table=scorecard_slide_table(rows, year, lang),
        figure=figure,
        figure_title=figure_title,
    )


def attention_slide(card: pd.DataFrame, year: int, sample: bool, lang: str) -> Slide:
    """The measures that are deteriorating or far behind, with the OPD that leads each."""
    behind = card[card["status"].isin(BEHIND)].copy()
    behind["order"] = behind["status"].map({status: place for place, status in enumerate(BEHIND)})
    behind = behind.sort_values(["order", "score"])
    shown = behind.head(MAX_ATTENTION_ROWS)
    message = t("deck_attention_message", lang, count=len(behind)) if len(behind) else t("deck_attention_none", lang)
    points = ()
    if len(behind) > len(shown):
        points = (t("deck_attention_more", lang, count=len(behind) - len(shown)),)
    return Slide(
        key="perhatian",
        title=t("deck_attention_title", lang),
        message=message,
        source=source_line(list(shown["source"].dropna()), _years(shown), sample, lang),
        points=points,
        table=scorecard_slide_table(shown, year, lang, with_opd=True) if len(shown) else None,
    )


def missing_slide(status: pd.DataFrame, fresh: pd.DataFrame, year: int, sample: bool, lang: str) -> Slide:
    """Per OPD: the measures with no city figure for the year yet, and its last upload."""
    late = status[status["data_year"].isna() | (status["data_year"] < year)]
    rows = []
    for opd_code, part in late.groupby("lead_opd", sort=False):
        row = fresh[fresh["opd_code"] == opd_code]
        last = row["last_upload"].iloc[0] if not row.empty else None
        rows.append(
            {
                t("col_opd", lang): part["lead_opd_name"].iloc[0],
                t("deck_col_missing", lang, year=year): ", ".join(part["code"]),
                t("col_last_upload", lang): fmt.date_time(last, lang) if last is not None else t("never", lang),
            }
        )
    frame = pd.DataFrame(rows)
    message = (
        t("deck_missing_message", lang, opds=len(rows), count=len(late), year=year)
        if rows
        else t("deck_missing_none", lang, year=year)
    )
    return Slide(
        key="belum-masuk",
        title=t("deck_missing_title", lang),
        message=message,
        source=t("deck_source_uploads", lang, year=year) + (t("source_sample", lang) if sample else ""),
        table=SlideTable(frame) if rows else None,
    )


def closing_slide(card: pd.DataFrame, status: pd.DataFrame, year: int, sample: bool, lang: str) -> Slide:
    """Three lines to take away: what is on track, what needs speeding up, what data is owed."""
    judged = card[card["score"].notna()]
    good = judged[judged["status"].isin(GOOD)]
    behind = judged[judged["status"].isin(BEHIND)].sort_values("score")
    late = status[status["data_year"].isna() | (status["data_year"] < year)]
    points = [t("deck_closing_good", lang, good=len(good), total=len(judged))]
    if len(behind):
        first = ", ".join(behind["code"].head(3))
        points.append(t("deck_closing_behind", lang, count=len(behind), codes=first))
    if len(late):
        opds = ", ".join(dict.fromkeys(late["lead_opd_name"]))
        points.append(t("deck_closing_missing", lang, count=len(late), year=year, opds=opds))
    return Slide(
        key="penutup",
        title=t("deck_closing_title", lang),
        message=t("deck_closing_message", lang, year=year),
        source=source_line(list(card["source"].dropna()), _years(card), sample, lang),
        points=tuple(points),
    )


def build_deck(
    con: duckdb.DuckDBPyConnection, year: int, lang: str, today: dt.date | None = None, reveal: bool = False
) -> Deck:
    """Every slide of the meeting for data year ``year``, read from the database ``con``;
    small counts of kecamatan and desa hidden unless ``reveal`` (see :mod:`kla.privacy`)."""
    today = today or dt.date.today()
    _, city = queries.root_region(con)
    sample = queries.is_sample(con)
    card = city_scorecard(con, year)
    status = queries.goal_status(con, year)
    fresh = queries.freshness_by_opd(con, year)
    slides = [
        title_slide(card, fresh, city, year, today, sample, lang, reveal),
        glance_slide(status, card, year, sample, lang),
    ]
    slides += [cluster_slide(con, card, component.code, year, sample, lang) for component in catalog.COMPONENTS]
    slides += [
        attention_slide(card, year, sample, lang),
        missing_slide(status, fresh, year, sample, lang),
        closing_slide(card, status, year, sample, lang),
    ]
    return Deck(city=city, year=year, lang=lang, made_on=today, sample=sample, slides=tuple(slides), reveal=reveal)


def indicator_slide(con: duckdb.DuckDBPyConnection, code: str, year: int, lang: str, reveal: bool = False) -> Slide:
    """One measure on one page: its status and pace, the city trend, and every region's
    latest value and status (the page ``/indikator`` as a printable sheet); small counts
    hidden unless ``reveal``."""
    card = city_scorecard(con, year)
    row = card.set_index("code").loc[code]
    values = privacy.for_viewer(con, queries.measure_values(con, code, queries.region_ranks(con)[1]), reveal)
    goals = queries.targets(con, code)
    sample = queries.is_sample(con)
    name = row["name_en"] if lang == "en" else row["name_id"]
    message = f"{t('indicator_status', lang)}: {t('progress_' + row['status'], lang)}."
    if pd.notna(row["expected_final"]):
        pace = t(
            "indicator_pace",
            lang,
            year=int(row["final_goal_year"]),
            value=fmt.measure_value(row["expected_final"], row["unit"], lang),
            goal=fmt.measure_value(row["final_goal"], row["unit"], lang),
        )
        message += " " + pace.replace("**", "")
    city = values[(values["rank"] == queries.region_ranks(con)[0]) & (values["sex"] == "L+P")]
    figure = None
    if not city.empty:
        trend = trend_figure(city, goals, row["unit"], lang, series_sources(city), highlight_year=year)
        figure = for_slides(trend, title=t("deck_city_trend", lang), height=430)
    goal = row["goal"] if pd.notna(row["goal"]) else None
    verdicts = region_verdicts(values, row["unit"], row["direction"], row["goal_year"], goal, up_to_year=year)
    status_column = t("col_status", lang)
    frame = pd.DataFrame(
        {
            t("col_region", lang): verdicts["region_name"],
            t("region_level", lang): [t("level_" + LEVEL_WORDS[rank], lang) for rank in verdicts["rank"]],
            t("deck_col_value", lang, year=year): [
                _with_year(v, row["unit"], y, lang, year, h)
                for v, y, h in zip(verdicts["value"], verdicts["year"], verdicts["hidden"])
            ],
            status_column: [t("progress_" + status, lang) for status in verdicts["status"]],
        }
    )
    shown = values[values["year"] <= year]
    return Slide(
        key=code,
        title=f"{code} {name}",
        message=message,
        source=source_line(list(shown["source"]), list(shown["year"]), sample, lang, list(goals["source"])),
        table=SlideTable(frame, status_column, tuple(PROGRESS_COLOURS[s] for s in verdicts["status"])),
        figure=figure,
        figure_title=t("deck_city_trend", lang),
    )
