"""The child budget upload: rupiah read exactly, broken files refused at the right cell with
nothing written, history, undo, template, rebuild and migration; with real workbooks."""

import hashlib
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kla import schema, store, uploads
from loaders.ingest import ingest_file
from loaders.numbers import NotANumber, parse_rupiah
from loaders.rebuild import rebuild
from tests.workbooks import write_ods, write_xls

ROOT = Path(__file__).resolve().parent.parent
HEADER = ["No", "OPD", "Klaster", "Program", "Kegiatan", "Pagu (Rp)", "Realisasi (Rp)", "Keterangan"]
PROGRAM = "Program Pemenuhan Upaya Kesehatan"
BUDGET_SQL = "SELECT opd_code, component, program, activity, allocation, realisation FROM budget ORDER BY ALL"


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "loaders", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("Rp 1.250.000.000", "1250000000.00"),
        ("Rp1.250.000.000,00", "1250000000.00"),
        ("Rp. 1.250.000.000", "1250000000.00"),
        ("1.250.000.000", "1250000000.00"),
        ("1,25 M", "1250000000.00"),
        ("1,25 miliar", "1250000000.00"),
        ("1.250 juta", "1250000000.00"),
        ("1.250 jt", "1250000000.00"),
        ("Rp 1,3 M", "1300000000.00"),
        ("500 rb", "500000.00"),
        ("Rp 75.000.000,50", "75000000.50"),
        ("IDR 2.000.000", "2000000.00"),
        (1250000000, "1250000000.00"),
        (1100000000.3, "1100000000.30"),
        ("-5.000", "-5000.00"),
        ("(5.000)", "-5000.00"),
    ],
)
def test_rupiah_written_the_usual_ways_is_read_exactly(written, amount):
    assert parse_rupiah(written) == Decimal(amount)


@pytest.mark.parametrize("missing", ["", "-", "Rp -", "Rp", None, "tidak ada data"])
def test_empty_amounts_are_missing(missing):
    assert parse_rupiah(missing) is None


@pytest.mark.parametrize("text", ["satu miliar", "1,25 X", "Rp 5 dolar", "1.2.3,4,5", True])
def test_other_text_is_not_an_amount(text):
    with pytest.raises(NotANumber):
        parse_rupiah(text)


def _budget_workbook(path: Path, rows: list[list], title: list[list] | None = None, header=HEADER) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Anggaran"
    for row in title if title is not None else [["REKAP ANGGARAN RESPONSIF ANAK"], ["Tahun Anggaran 2024"], []]:
        sheet.append(row)
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


ROWS = [
    [1, "Dinas Kesehatan", "Klaster III", PROGRAM, "Pemberian makanan tambahan", "Rp 1.250.000.000", "1,1 M"],
    [2, "DINKES", "3", PROGRAM, "Imunisasi dasar lengkap", "1,25 M", "1.187.412.350"],
    [3, "Dinkes", "III", PROGRAM, "Kesehatan bayi dan balita", "1.250 juta", "Rp -"],
    [4, "Dinas Kesehatan Kota Batu", "iii", "Program Pemberdayaan Masyarakat", None, "Rp 75.000.000,50", 75000000.5],
    [5, "DP3AP2KB", "Kelembagaan", "Program Pemenuhan Hak Anak", "Gugus Tugas", 350000000, "Rp 360.000.000"],
    [None, None, None, "JUMLAH", None, "Rp 4.175.000.000,50", None],
    [None, "Mengetahui, Kepala Dinas", None, None, None, None, None],
]
EXPECTED = [
    ("DINKES", "III", PROGRAM, "Imunisasi dasar lengkap", Decimal("1250000000.00"), Decimal("1187412350.00")),
    ("DINKES", "III", PROGRAM, "Kesehatan bayi dan balita", Decimal("1250000000.00"), None),
    ("DINKES", "III", PROGRAM, "Pemberian makanan tambahan", Decimal("1250000000.00"), Decimal("1100000000.00")),
    ("DINKES", "III", "Program Pemberdayaan Masyarakat", "", Decimal("75000000.50"), Decimal("75000000.50")),
    ("DP3AP2KB", "KL", "Program Pemenuhan Hak Anak", "Gugus Tugas", Decimal("350000000.00"), Decimal("360000000.00")),
]


def _budget(db: Path) -> list[tuple]:
    with store.reading(db) as con:
        return con.execute(BUDGET_SQL).fetchall()


def test_a_real_export_loads_every_amount_exactly(tmp_path, sample_db):
    report = ingest_file(_budget_workbook(tmp_path / "ara-2024.xlsx", ROWS), sample_db)
    assert report.status == "accepted", report.errors
    assert report.kind == "anggaran" and report.rows == 5
    with store.reading(sample_db) as con:
        loaded = con.execute(
            BUDGET_SQL.replace("FROM budget", "FROM budget WHERE year = 2024 AND upload_id = ?"), [report.upload_id]
        ).fetchall()
        kind = con.execute("SELECT kind FROM uploads WHERE upload_id = ?", [report.upload_id]).fetchone()[0]
    assert sorted(loaded, key=str) == sorted(EXPECTED, key=str)
    assert kind == "anggaran"
    warnings = {(w.cell, w.message.split(" ")[0]) for w in report.warnings}
    assert ("Anggaran!G9", "Realisasi") in warnings  # 360 jt spent of a 350 jt allocation
    assert any("Anggaran!D10" in w.message for w in report.warnings)  # the JUMLAH row is skipped, not loaded


@pytest.mark.parametrize("writer", [write_xls, write_ods], ids=["xls", "ods"])
def test_old_excel_and_libreoffice_files_give_the_same_amounts(tmp_path, empty_db, writer):
    header = ["tahun", *HEADER[1:]]
    rows = [[2024, *row[1:]] for row in ROWS[:5]]
    path = writer(tmp_path / f"ara{'.xls' if writer is write_xls else '.ods'}", rows, header=header, sheet="Anggaran")
    report = ingest_file(path, empty_db)
    assert report.status == "accepted", report.errors
    assert sorted(_budget(empty_db), key=str) == sorted(EXPECTED, key=str)


def _file_state(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


BROKEN = [
    # (row, the cell to blame, words the message must hold)
    ([1, "DINKES", "III", PROGRAM, "PMT", "-5.000.000", None], "Anggaran!F5", "negatif"),
    ([2, "DINKES", "III", PROGRAM, "Imunisasi", "Rp 1.000.000", "(250.000)"], "Anggaran!G6", "negatif"),
    ([3, "DINKES", "III", PROGRAM, "Posyandu", "satu miliar", None], "Anggaran!F7", "bukan jumlah rupiah"),
    ([4, "Dinas Kesehatn", "III", PROGRAM, "Balita", "1 M", None], "Anggaran!B8", "Dinas Kesehatan"),
    ([5, "DINKES", "Klaster VII", PROGRAM, "Balita", "1 M", None], "Anggaran!C9", "Klaster"),
    ([6, "DINKES", "III", PROGRAM, "Tanpa pagu", None, "Rp 5.000.000"], "Anggaran!F10", "Pagu kosong"),
    ([7, "DINKES", "III", None, "Tanpa program", "1 M", None], "Anggaran!D11", "program"),
    ([8, "DINKES", "III", PROGRAM, "Balita sehat", "Rp 2.000.000", None], None, None),
    ([9, "DINKES", "III", PROGRAM, "Balita sehat", "Rp 3.000.000", None], "Anggaran!F13", "dua kali"),
]


def test_broken_amounts_and_names_are_refused_at_their_cell_and_nothing_is_written(tmp_path, sample_db):
    before, state = _budget(sample_db), _file_state(sample_db)
    path = _budget_workbook(tmp_path / "rusak.xlsx", [row for row, _, _ in BROKEN])
    report = ingest_file(path, sample_db)
    assert report.status == "rejected" and report.upload_id is None
    found = {error.cell: error.message for error in report.errors}
    for _, cell, words in (case for case in BROKEN if case[1]):
        assert cell in found, (cell, found)
        assert words.lower() in found[cell].lower(), (cell, found[cell])
    assert _budget(sample_db) == before and _file_state(sample_db) == state


def test_a_rejected_file_creates_no_database(tmp_path):
    db = tmp_path / "baru.duckdb"
    report = ingest_file(_budget_workbook(tmp_path / "rusak.xlsx", [BROKEN[0][0]]), db)
    assert report.status == "rejected" and not db.exists()


def test_a_subtotal_row_is_skipped_when_it_adds_up_and_refused_when_it_does_not(tmp_path, empty_db):
    subtotal = [None, "DINKES", "III", PROGRAM, None, "2,5 M", None]
    rows = [
        subtotal,
        [1, "DINKES", "III", PROGRAM, "PMT", "1,25 M", None],
        [2, "DINKES", "III", PROGRAM, "Imunisasi", "1,25 M", None],
    ]
    report = ingest_file(_budget_workbook(tmp_path / "subtotal.xlsx", rows), empty_db, dry_run=True)
    assert report.status == "accepted" and report.rows == 2
    assert any(w.cell == "Anggaran!F5" and "subtotal" in w.message for w in report.warnings)
    rows[0] = [None, "DINKES", "III", PROGRAM, None, "3 M", None]
    report = ingest_file(_budget_workbook(tmp_path / "subtotal-salah.xlsx", rows), empty_db, dry_run=True)
    assert report.status == "rejected" and report.errors[0].cell == "Anggaran!F5"


def test_the_year_and_the_opd_must_come_from_somewhere(tmp_path, empty_db):
    no_opd = ["No", "Klaster", "Program", "Kegiatan", "Pagu"]
    path = _budget_workbook(tmp_path / "tanpa-opd.xlsx", [[1, "III", PROGRAM, "PMT", "1 M"]], header=no_opd)
    refused = ingest_file(path, empty_db, dry_run=True)
    assert refused.status == "rejected" and "kolom OPD" in refused.errors[0].message
    accepted = ingest_file(path, empty_db, opd="DINKES")
    assert accepted.status == "accepted" and _budget(empty_db)[0][0] == "DINKES"
    untitled = _budget_workbook(tmp_path / "tanpa-tahun.xlsx", [ROWS[0]], title=[])
    refused = ingest_file(untitled, empty_db, dry_run=True)
    assert refused.status == "rejected" and "Tahun Anggaran" in refused.errors[0].message


def test_a_measure_file_read_as_budget_says_what_a_budget_sheet_needs(tmp_path, empty_db):
    path = _budget_workbook(tmp_path / "x.xlsx", [[1, 2]], title=[], header=["kode_indikator", "tahun", "nilai"])
    report = ingest_file(path, empty_db, kind="anggaran", dry_run=True)
    assert report.status == "rejected" and "klaster, program dan pagu" in report.errors[0].message


def test_reloading_replaces_amounts_and_undo_brings_them_back(tmp_path, sample_db):
    first = ingest_file(_budget_workbook(tmp_path / "v1.xlsx", ROWS), sample_db)
    changed = [row.copy() for row in ROWS]
    changed[1][5] = "1,4 M"
    preview = ingest_file(_budget_workbook(tmp_path / "v2.xlsx", changed), sample_db, dry_run=True)
    (change,) = preview.changes
    assert change["activity"] == "Imunisasi dasar lengkap"
    assert (change["old_allocation"], change["new_allocation"]) == (1.25e9, 1.4e9)
    second = ingest_file(_budget_workbook(tmp_path / "v2.xlsx", changed), sample_db)
    assert (second.added, second.changed, second.unchanged) == (0, 1, 4)
    with store.reading(sample_db) as con:
        sql = "SELECT allocation FROM budget WHERE activity = 'Imunisasi dasar lengkap' AND year = 2024"
        assert con.execute(sql).fetchone()[0] == Decimal("1400000000.00")
    undone = _cli("undo", str(second.upload_id), "--db", str(sample_db))
    assert undone.returncode == 0, undone.stderr
    with store.reading(sample_db) as con:
        assert con.execute(sql).fetchone()[0] == Decimal("1250000000.00")
        history = con.execute(
            "SELECT count(*) FROM budget_history WHERE upload_id IN (?, ?)", [first.upload_id, second.upload_id]
        ).fetchone()[0]
    assert history == 10  # both uploads stay in history
    listed = json.loads(_cli("history", "--db", str(sample_db), "--json").stdout)
    assert [(u["upload_id"], u["kind"], u["status"]) for u in listed[:2]] == [
        (second.upload_id, "anggaran", "dibatalkan"),
        (first.upload_id, "anggaran", "aktif"),
    ]


def test_the_budget_template_fills_in_and_loads(tmp_path, empty_db):
    out = tmp_path / "templat.xlsx"
    written = _cli("template", "--kind", "anggaran", "--opd", "DINKES", "--year", "2025", "--out", str(out))
    assert written.returncode == 0 and "Templat anggaran DINKES" in written.stdout
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["Petunjuk", "Anggaran", "Referensi"]
    sheet = workbook["Anggaran"]
    assert [c.value for c in sheet[1]] == [
        "tahun",
        "opd",
        "klaster",
        "program",
        "kegiatan",
        "pagu",
        "realisasi",
        "keterangan",
    ]
    assert [c.value for c in sheet[2]][:3] == [2025, "DINKES", "III"]
    assert sheet["F2"].number_format == '"Rp "#,##0'
    sheet["D2"], sheet["E2"], sheet["F2"], sheet["G2"] = PROGRAM, "PMT balita", 1_250_000_000, "1,1 M"
    workbook.save(out)
    loaded = _cli("ingest", str(out), "--kind", "anggaran", "--opd", "DINKES", "--db", str(empty_db))
    assert loaded.returncode == 0, loaded.stdout
    assert _budget(empty_db) == [
        ("DINKES", "III", PROGRAM, "PMT balita", Decimal("1250000000.00"), Decimal("1100000000.00"))
    ]
    assert _cli("template", "--out", str(out)).returncode == 2  # a measure template needs an OPD


def test_rebuild_from_the_archive_brings_back_the_budget_too(tmp_path, sample_db):
    ingest_file(_budget_workbook(tmp_path / "ara.xlsx", ROWS), sample_db)
    before = _budget(sample_db)
    count, identical = rebuild(sample_db)
    assert identical and count == 21
    assert _budget(sample_db) == before


def test_a_version_3_database_gains_the_budget_and_keeps_its_uploads(tmp_path):
    import duckdb

    db = tmp_path / "v3.duckdb"
    con = duckdb.connect(str(db))
    schema.migrate(con, 3)
    con.execute(
        "INSERT INTO uploads (upload_id, file_name, sha256, opd_code, loaded_at, rows_in_file, rows_added, "
        "rows_changed, rows_unchanged, rows_missing) VALUES (1, 'a.xlsx', 'x', 'DINKES', now(), 1, 1, 0, 0, 0)"
    )
    con.close()
    with store.writing(db) as con:
        assert schema.current_version(con) == schema.LATEST_VERSION
        assert con.execute("SELECT kind, status FROM uploads").fetchall() == [("indikator", "aktif")]
        assert con.execute("SELECT count(*) FROM budget").fetchone()[0] == 0


def test_the_sample_budget_covers_every_opd_and_year_plausibly(sample_db_master):
    with store.reading(sample_db_master) as con:
        per_opd = con.execute("SELECT opd_code, min(year), max(year) FROM budget GROUP BY 1").fetchall()
        opds = {row[0] for row in con.execute("SELECT code FROM opd").fetchall()}
        totals = con.execute(
            "SELECT year, sum(allocation), sum(realisation) FROM budget GROUP BY 1 ORDER BY 1"
        ).fetchall()
        kinds = con.execute("SELECT kind, count(*) FROM uploads GROUP BY 1 ORDER BY 1").fetchall()
    assert {row[0] for row in per_opd} == opds
    assert all((first, last) == (2018, 2025) for _, first, last in per_opd)
    for year, allocation, realisation in totals:  # 4-8% of an APBD near Rp 1 triliun
        assert Decimal("30e9") < allocation < Decimal("90e9"), year
        assert Decimal("0.75") < realisation / allocation <= 1, year
    assert kinds == [("anggaran", 10), ("indikator", 10)]
    assert uploads.BUDGET.kind == "anggaran"
