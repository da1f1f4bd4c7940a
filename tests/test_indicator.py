from kla import queries, store
from kla.indicator import region_statuses


def test_every_region_gets_a_status(sample_db_master):
    with store.reading(sample_db_master) as con:
        values = queries.measure_values(con, "III-13A")
        counts = queries.measure_values(con, "II-11")
    rates = region_statuses(values, "persen", "turun", 2025, 8.0, "id")
    assert len(rates) == 28 * 3  # every region, for boys + girls, boys, and girls
    assert list(rates.iloc[0][["Wilayah", "Jenis kelamin"]]) == ["Kota Batu", "Laki-laki + perempuan"]
    assert set(rates["Status"]) <= {
        "Target tercapai",
        "Sesuai jalur",
        "Perlu percepatan",
        "Kemajuan terbatas",
        "Memburuk",
    }
    assert "Target tercapai" in set(rates["Status"])  # some desa are below 8%
    assert len(region_statuses(counts, "jumlah", "naik", 2025, 20.0, "id")) == 28
