"""Files made the way OPD systems and hands make them, not the way our template does."""

from openpyxl import Workbook
from openpyxl.styles import Font

from kla import store
from loaders.ingest import ingest_file


def _values(db):
    with store.reading(db) as con:
        return con.execute(
            "SELECT indicator_code, year, region_code, sex, round(value, 4), numerator, denominator FROM observations "
            "ORDER BY ALL"
        ).fetchall()


def test_a_siak_style_recap_with_titles_merged_cells_totals_and_a_signature(tmp_path, empty_db):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Rekap Akta"
    sheet["A1"] = "PEMERINTAH KOTA BATU"
    sheet["A2"] = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"
    sheet["A3"] = "REKAPITULASI KEPEMILIKAN AKTA KELAHIRAN ANAK 0-17 TAHUN"
    for row in ("A1:I1", "A2:I2", "A3:I3"):
        sheet.merge_cells(row)
    sheet["A5"] = "Keadaan s.d. Desember 2024"
    sheet.append([])
    sheet.append(
        [
            "No.",
            "Kode",
            "Thn",
            "Kecamatan",
            "Desa/Kelurahan",
            "JK",
            "Pembilang",
            "Penyebut",
            "Capaian (%)",
            None,
            "Ket.",
        ]
    )
    sheet.append([1, "I-4A", "2024", "Kec. Batu", "Kel. Temas", "L", "1.250", "1.281", "97,58", None, None])
    sheet.append([2, "I-4A", "2024", "Kec. Batu", "Kel. Temas", "P", "1.199", "1.224", "97,96", None, None])
    sheet.append([3, "I - 4a", 2024.0, "BATU", "ORO OROOMBO", None, None, None, None, None, "menyusul"])
    sheet.append([4, "I-4A", 2024, "Junrejo", None, None, 15402, 15890, None, None, None])
    sheet.append([None, "I-4A", 2024, "JUMLAH", None, None, "59.408", "61.370", "96,80%", None, None])
    sheet.append([])
    sheet.append([None, None, None, None, None, None, None, None, None, None, "Batu, 6 Januari 2025"])
    sheet.append([None, None, None, None, None, None, None, None, None, None, "Kepala Dinas"])
    sheet.append([None, None, None, None, None, None, None, None, None, None, "NIP. 19700101 199003 1 001"])
    sheet.append(["Sumber: SIAK, diolah"])
    sheet["A7"].font = Font(bold=True)
    path = tmp_path / "rekap_akta_siak.xlsx"
    workbook.save(path)

    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert report.missing == 1  # the row with no figures
    assert _values(empty_db) == [
        ("I-4A", 2024, "35.79", "L+P", 96.8, 59408.0, 61370.0),
        ("I-4A", 2024, "35.79.01.1001", "L", 97.58, 1250.0, 1281.0),
        ("I-4A", 2024, "35.79.01.1001", "P", 97.96, 1199.0, 1224.0),
        ("I-4A", 2024, "35.79.03", "L+P", round(15402 / 15890 * 100, 4), 15402.0, 15890.0),
    ]


def test_an_eppgbm_style_wide_sheet_per_measure_with_a_group_header_row(tmp_path, empty_db):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "III-13A"
    sheet.append(["Prevalensi stunting balita per desa (bulan timbang Agustus)"])
    sheet.append([])
    sheet.append(["No", "Wilayah", "Capaian per tahun (%)", None, None])  # a group row above the real header
    sheet.merge_cells("C3:E3")
    sheet.append([None, "Desa", "Tahun 2022", "Tahun 2023", "Th. 2024"])
    sheet.append([1, "Desa Sumber Brantas", "16,2", "15,1", "14,9"])
    sheet.append([2, "Ds. Bumiaji", 7.1, "-", 6.8])
    sheet.append([3, "Kota Batu", 13.8, 12.44, "10,9"])
    other = workbook.create_sheet("Grafik")
    other.append(["(grafik)"])
    path = tmp_path / "stunting_eppgbm.xlsx"
    workbook.save(path)

    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert any(w.sheet == "Grafik" for w in report.warnings)
    assert [row[:5] for row in _values(empty_db)] == [
        ("III-13A", 2022, "35.79", "L+P", 13.8),
        ("III-13A", 2022, "35.79.02.2006", "L+P", 7.1),
        ("III-13A", 2022, "35.79.02.2009", "L+P", 16.2),
        ("III-13A", 2023, "35.79", "L+P", 12.44),
        ("III-13A", 2023, "35.79.02.2009", "L+P", 15.1),
        ("III-13A", 2024, "35.79", "L+P", 10.9),
        ("III-13A", 2024, "35.79.02.2006", "L+P", 6.8),
        ("III-13A", 2024, "35.79.02.2009", "L+P", 14.9),
    ]


def test_a_hand_made_sheet_with_mistakes_is_refused_at_the_right_cells(tmp_path, sample_db):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Dapodik"
    sheet.append(["Rekap sekolah ramah anak"])
    sheet.append(["kode indikator", "tahun", "kecamatan", "persentase", "sumber data"])
    sheet.append(["IV-19", 2025, "Batu", "64,0", "Dindik"])
    sheet.append(["IV-19", 2025, "Bumiaji ", "1.064", "Dindik"])  # 1064 %: a thousands dot typed by mistake
    sheet.append(["IV-19", 2205, "Junrejo", 70, "Dindik"])  # a year typo
    path = tmp_path / "sekolah_ramah_anak.xlsx"
    workbook.save(path)
    with store.reading(sample_db) as con:
        before = con.execute("SELECT count(*), sum(value) FROM observations").fetchall()

    report = ingest_file(path, sample_db)
    assert report.status == "rejected"
    assert [e.cell for e in report.errors] == ["Dapodik!D4", "Dapodik!B5"]
    with store.reading(sample_db) as con:
        assert con.execute("SELECT count(*), sum(value) FROM observations").fetchall() == before


def test_a_desa_under_the_wrong_kecamatan_is_refused(tmp_path, empty_db):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["kode_indikator", "tahun", "kecamatan", "desa", "nilai"])
    sheet.append(["I-4A", 2024, "Bumiaji", "Oro-Oro Ombo", 97])
    path = tmp_path / "salah_kecamatan.xlsx"
    workbook.save(path)
    report = ingest_file(path, empty_db)
    assert [e.cell for e in report.errors] == ["Sheet!D2"]
    assert "Desa Oro-oro Ombo tidak berada di Kecamatan Bumiaji" in report.errors[0].message
