from kla import catalog, regions
from kla.config import CATALOG_CSV


def test_catalog_has_all_35_measures_in_six_components():
    measures = catalog.read_measures()
    assert len(measures) == 35
    assert len({m.code for m in measures}) == 35
    assert {m.component for m in measures} == {"KL", "I", "II", "III", "IV", "V"}
    assert [c.code for c in catalog.COMPONENTS] == ["KL", "I", "II", "III", "IV", "V"]


def test_every_lead_opd_is_a_known_opd():
    codes = {opd.code for opd in catalog.read_opds()}
    assert {m.lead_opd for m in catalog.read_measures()} <= codes


def test_measure_fields_are_read_with_types():
    stunting = next(m for m in catalog.read_measures() if m.code == "III-13A")
    assert stunting.unit == "persen"
    assert stunting.direction == "turun"
    assert stunting.benchmark_value == 14.0
    assert stunting.benchmark_year == 2024
    assert stunting.finest_level == "desa"
    assert stunting.name("en").startswith("Stunting")


def test_catalog_rejects_an_unknown_unit(tmp_path):
    text = CATALOG_CSV.read_text(encoding="utf-8").replace(",persen,naik,", ",prosen,naik,", 1)
    broken = tmp_path / "katalog.csv"
    broken.write_text(text, encoding="utf-8")
    try:
        catalog.read_measures(broken)
    except ValueError as error:
        assert "Katalog tidak sah" in str(error)
    else:
        raise AssertionError("an unknown unit must be refused")


def test_region_tree_has_one_root_three_kecamatan_and_24_desa():
    tree = regions.read_regions()
    assert len(tree) == 28
    roots = [r for r in tree if r.parent_code is None]
    assert [(r.code, r.name) for r in roots] == [("35.79", "Kota Batu")]
    assert sum(r.level == "kecamatan" for r in tree) == 3
    assert sum(r.rank == 3 for r in tree) == 24
    by_code = {r.code: r for r in tree}
    assert by_code["35.79.02.2006"].parent_code == "35.79.02"  # Desa Bumiaji in Kecamatan Bumiaji


def test_region_tree_from_another_city(tmp_path):
    other = tmp_path / "wilayah.csv"
    other.write_text(
        "kode,nama,tingkat,kode_induk\n35.07,Kabupaten Malang,kabupaten,\n35.07.01,Donomulyo,kecamatan,35.07\n"
        "35.07.01.2001,Kedungsalam,desa,35.07.01\n",
        encoding="utf-8",
    )
    tree = regions.read_regions(other)
    assert [r.rank for r in tree] == [1, 2, 3]


def test_region_tree_with_two_roots_is_refused(tmp_path):
    other = tmp_path / "wilayah.csv"
    other.write_text("kode,nama,tingkat,kode_induk\n1,A,kota,\n2,B,kota,\n", encoding="utf-8")
    try:
        regions.read_regions(other)
    except ValueError as error:
        assert "tepat satu" in str(error)
    else:
        raise AssertionError("two roots must be refused")
