from kla import overview, queries, store


def test_goal_status_judges_the_latest_value_against_the_goal(sample_db_master):
    with store.reading(sample_db_master) as con:
        status = queries.goal_status(con, 2025).set_index("code")
    stunting = status.loc["III-13A"]
    assert stunting["data_year"] == 2025 and stunting["source"] == "e-PPGBM"
    assert stunting["goal"] == 8 and stunting["status"] == "missed"
    assert status.loc["V-21B", "status"] == "no_goal"  # monitored only
    assert status.loc["II-7B", "data_year"] == 2024  # Kemenag has not sent 2025 yet
    assert set(status["status"]) <= {"met", "missed", "no_goal", "no_data"}
    assert (status["status"] == "met").sum() >= 5 and (status["status"] == "missed").sum() >= 5


def test_an_earlier_year_uses_the_values_known_then(sample_db_master):
    with store.reading(sample_db_master) as con:
        status = queries.goal_status(con, 2022).set_index("code")
    assert status.loc["III-13A", "data_year"] == 2022
    assert status.loc["III-13A", "goal_year"] == 2025  # the nearest later goal


def test_regional_values_at_the_finest_level(sample_db_master):
    with store.reading(sample_db_master) as con:
        desa = queries.regional_values(con, "III-13A", 2025)
        kecamatan = queries.regional_values(con, "IV-19", 2025)
        city_only = queries.regional_values(con, "III-S1", 2025)
    assert len(desa) == 24 and set(desa["level"]) == {"desa", "kelurahan"}
    assert list(kecamatan["region_name"]) == ["Batu", "Bumiaji", "Junrejo"]
    assert city_only.empty


def test_city_series_keeps_survey_and_administrative_apart(sample_db_master):
    with store.reading(sample_db_master) as con:
        series = queries.city_series(con, "III-13A")
    assert series.groupby("source_kind").size().to_dict() == {"administrasi": 8, "survei": 2}


def test_freshness_names_the_late_opds(sample_db_master):
    with store.reading(sample_db_master) as con:
        fresh = queries.freshness_by_opd(con, 2025)
    table = overview.freshness_table(fresh, 2025, "id")
    late = table[table["Status"] == "Terlambat"]["OPD"].tolist()
    assert sorted(late) == ["Dinsos", "Disperkim", "Kankemenag"]
    assert fresh["last_upload"].notna().all()


def test_component_summary_counts_every_measure(sample_db_master):
    with store.reading(sample_db_master) as con:
        status = queries.goal_status(con, 2025)
    summary = overview.component_summary(status, "id")
    assert summary["total"].sum() == 35
    assert (summary[["met", "missed", "no_goal", "no_data"]].sum(axis=1) == summary["total"]).all()
    worst = overview.furthest_from_goal(status, "id")
    assert len(worst) == 5 and "II-7B" in worst["Kode"].tolist()
