"""The Wilayah page: a map of kecamatan or desa coloured by a measure's value or status, and a region's profile."""

from __future__ import annotations

import functools

import streamlit as st

from kla import config, geo, queries
from kla.map_figure import map_figure
from kla.region_profile import map_data, region_profile
from kla.scorecard import goal_for
from kla.sources import source_line
from kla.text import t
from kla.ui.parts import chart, downloads, hidden_note, linked_choice, measure_names, page_header, shown_table
from kla.ui.replay import drawn_once
from kla.ui.state import language, load, made_from, worked_out


def _regional_measures() -> tuple[dict[str, str], dict[str, str]]:
    """The measures with values per region: their names, and their finest level."""
    measures = load(queries.measures)
    regional = measures[measures["finest_level"] != "kota"]
    return measure_names(regional, language()), dict(zip(regional["code"], regional["finest_level"]))


def _region_names(level: str) -> dict[str, str]:
    """The regions of ``level`` by code: their names."""
    regions = load(queries.regions_at, level)
    return dict(zip(regions["code"], regions["name"]))


def _map(code: str, level: str, colour_by: str, year: int) -> None:
    """The map of ``level`` coloured by the measure's value or status, with its source."""
    lang, sample = language(), load(queries.is_sample)
    measure = load(queries.measures).set_index("code").loc[code]
    targets = load(queries.city_targets)
    goal_year, goal = goal_for(targets[(targets["indicator_code"] == code) & (targets["kind"] == "target_kota")], year)
    values = load(queries.measure_values, code)
    level_rank = 2 if level == "kecamatan" else 3
    data = made_from(map_data, queries.measure_values, (code,), level_rank, measure, goal_year, goal, year, lang)
    if data.empty:
        st.info(t("region_no_data", lang, level=t("level_" + level, lang)))
        return
    boundaries = geo.boundaries(level)
    fig = map_figure(data, boundaries, geo.centre(boundaries), colour_by, measure.unit, measure.direction, lang)
    drawn_sources = values.loc[values["source_kind"] == "administrasi", "source"]
    caption = source_line(drawn_sources, data["year"], sample, lang)
    chart(fig, f"{caption} {config.GEO_ATTRIBUTION}.", key="map", note=hidden_note(data))


def _profile(chosen: str, year: int) -> None:
    """Every measure's value in region ``chosen`` beside the city's goal."""
    measures, targets = load(queries.measures), load(queries.city_targets)
    shown_table(region_profile(measures, load(queries.region_values, chosen), targets, year, language()))


def render_region_page() -> None:
    """Draw the page; its parts without widgets are drawn once and replayed."""
    lang, year, _ = page_header("region_title", "region_intro")

    names, finest = worked_out(_regional_measures)
    pick, level_column, colour_column = st.columns([3, 1, 1])
    with pick:
        code = linked_choice(t("indicator_pick", lang), names, "kode")
    levels = ["kecamatan", "desa"] if finest[code] == "desa" else ["kecamatan"]
    linked_region = st.query_params.get("wilayah", "")
    with level_column:  # a link to a desa opens the desa map
        level = linked_choice(
            t("region_level", lang),
            {name: t("level_" + name, lang) for name in levels},
            "tingkat",
            widget=st.radio,
            default="desa" if linked_region and linked_region in worked_out(_region_names, "desa") else None,
        )
    with colour_column:
        colour_by = linked_choice(
            t("region_colour", lang),
            {name: t("region_colour_" + name, lang) for name in ("value", "status")},
            "warna",
            widget=st.radio,
        )

    map_column, profile_column = st.columns([3, 2], gap="large")
    with map_column:
        drawn_once(_map, code, level, colour_by, year)
    with profile_column:
        region_names = worked_out(_region_names, level)
        chosen = linked_choice(t("region_pick", lang), region_names, "wilayah")
        drawn_once(_profile, chosen, year)
        measures, values, targets = (
            load(queries.measures),
            load(queries.region_values, chosen),
            load(queries.city_targets),
        )
        downloads(functools.partial(region_profile, measures, values, targets, year, lang), region_names[chosen])
