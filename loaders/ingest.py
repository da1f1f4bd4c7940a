"""Validating a workbook and loading it into the database as one upload, or not at all."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from kla import store
from kla.regions import Region
from kla.text import t
from loaders.headers import find_header
from loaders.plausibility import plausibility_warnings
from loaders.region_names import RegionResolver
from loaders.report import FileReport, Problem
from loaders.rows import MeasureRule, RowReader, SheetResult
from loaders.safety import RefusedFile, check_file
from loaders.workbook import ACCEPTED_SUFFIXES, UnreadableWorkbook, read_sheets

MISSING_CELLS_SHOWN = 10


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _reader(con: duckdb.DuckDBPyConnection, lang: str) -> RowReader:
    measures = {
        code: MeasureRule(unit, lead, level)
        for code, unit, lead, level in con.execute("SELECT code, unit, lead_opd, finest_level FROM measures").fetchall()
    }
    regions = [
        Region(code, name, level, parent)
        for code, name, level, parent in con.execute(
            "SELECT code, name, level, parent_code FROM regions ORDER BY sort_order"
        ).fetchall()
    ]
    return RowReader(measures, RegionResolver(regions), lang)


def validate(path: Path, reader: RowReader, opd: str | None = None) -> tuple[FileReport, pd.DataFrame]:
    """Read and check a workbook; the report lists every problem, the frame holds the values."""
    report = FileReport(file=path.name)
    if path.suffix.lower() not in ACCEPTED_SUFFIXES:
        report.errors.append(Problem(None, None, None, t("err_file_type", reader.lang, suffix=path.suffix or "?")))
        return report, pd.DataFrame()
    try:
        check_file(path)
    except RefusedFile as refused:
        report.errors.append(Problem(None, None, None, t(refused.reason, reader.lang, **refused.values)))
        return report, pd.DataFrame()
    try:
        sheets = read_sheets(path)
    except UnreadableWorkbook as unreadable:
        detail = t(unreadable.reason, reader.lang)
        report.errors.append(Problem(None, None, None, t("err_not_workbook", reader.lang, detail=detail)))
        return report, pd.DataFrame()

    combined = SheetResult()
    found_header = False
    for sheet in sheets:
        header = find_header(sheet.rows, reader.code_for(sheet.name))
        if header is None:
            message = t("warn_sheet_skipped", reader.lang, sheet=sheet.name)
            report.warnings.append(Problem(sheet.name, None, None, message))
            continue
        found_header = True
        if sheet.hidden:
            report.warnings.append(
                Problem(sheet.name, None, None, t("warn_hidden_sheet", reader.lang, sheet=sheet.name))
            )
        result = reader.read(sheet, header)
        combined.observations += result.observations
        combined.errors += result.errors
        combined.warnings += result.warnings
        combined.missing_cells += result.missing_cells
        for code, cells in result.finer_regions.items():
            combined.finer_regions.setdefault(code, []).extend(cells)
    if not found_header:
        combined.errors.append(Problem(None, None, None, t("err_no_header", reader.lang)))
    elif not combined.observations and not combined.errors:
        combined.errors.append(Problem(None, None, None, t("err_no_values", reader.lang)))

    _check_duplicates(combined, reader.lang)
    _check_ownership(combined, reader, opd)
    if combined.missing:
        message = t(
            "warn_missing", reader.lang, count=combined.missing, cells=_some(combined.missing_cells, reader.lang)
        )
        combined.warnings.append(Problem(None, None, None, message))
    for code, cells in combined.finer_regions.items():
        level = t(
            "level_" + ("desa" if reader.measures[code].finest_level == "desa" else reader.measures[code].finest_level),
            reader.lang,
        )
        message = t(
            "warn_finer_region", reader.lang, code=code, level=level, count=len(cells), cells=_some(cells, reader.lang)
        )
        combined.warnings.append(Problem(None, None, None, message))
    report.errors, report.missing = combined.errors, combined.missing
    report.warnings += combined.warnings
    frame = pd.DataFrame(combined.observations, columns=[*store.OBSERVATION_COLUMNS, "_cell"])
    frame = frame.drop_duplicates(subset=list(store.IDENTITY)).rename(columns={"_cell": "cell"})
    report.rows = len(frame)
    return report, frame


def _some(cells: list[str], lang: str) -> str:
    """The first few cell names, and how many more there are."""
    shown = ", ".join(cells[:MISSING_CELLS_SHOWN])
    rest = len(cells) - MISSING_CELLS_SHOWN
    return shown + (t("and_more", lang, count=rest) if rest > 0 else "")


def _check_duplicates(result: SheetResult, lang: str) -> None:
    seen: dict[tuple, dict] = {}
    for row in result.observations:
        identity = tuple(row[column] for column in store.IDENTITY)
        earlier = seen.setdefault(identity, row)
        if earlier is not row and earlier["value"] != row["value"]:
            message = t(
                "err_duplicate",
                lang,
                code=row["indicator_code"],
                year=row["year"],
                region=row["region_code"],
                sex=row["sex"],
                other=earlier["_cell"],
            )
            result.errors.append(Problem(row["_sheet"], row["_cell"], None, message))


def _check_ownership(result: SheetResult, reader: RowReader, opd: str | None) -> None:
    if not opd:
        return
    for code in sorted({row["indicator_code"] for row in result.observations}):
        lead = reader.measures[code].lead_opd
        if lead != opd:
            message = t("warn_not_owner", reader.lang, code=code, lead=lead, opd=opd)
            result.warnings.append(Problem(None, None, None, message))


def _single_lead_opd(frame: pd.DataFrame, reader: RowReader) -> str | None:
    """The OPD that leads every measure in ``frame``, when there is exactly one."""
    leads = {reader.measures[code].lead_opd for code in frame["indicator_code"].unique()}
    return leads.pop() if len(leads) == 1 else None


def archive_dir(db_path: Path) -> Path:
    """Where raw uploaded files are kept, by their SHA-256: ``arsip/`` beside the database."""
    return db_path.parent / "arsip"


def _archive(path: Path, sha256: str, db_path: Path) -> Path:
    target = archive_dir(db_path) / f"{sha256}{path.suffix.lower()}"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".tmp")
        shutil.copyfile(path, partial)
        partial.replace(target)
    return target


def _load(con: duckdb.DuckDBPyConnection, report: FileReport, meta: store.UploadMeta, frame: pd.DataFrame) -> None:
    report.upload_id, counts = store.write_upload(con, meta, frame)
    report.added, report.changed, report.unchanged = counts.added, counts.changed, counts.unchanged


def ingest_file(
    path: Path,
    db_path: Path,
    opd: str | None = None,
    dry_run: bool = False,
    lang: str = "id",
    file_name: str | None = None,
) -> FileReport:
    """Validate ``path`` and, unless rejected or ``dry_run``, load it as one upload.

    A database file that does not exist yet is created only when the file is accepted
    and loaded; a rejected file or a dry run never creates or changes one. The same bytes
    loaded a second time are recognised and not loaded again. ``file_name`` is the name to
    record when ``path`` is a copy (an upload in the browser, a file from the archive).
    """
    exists = db_path.exists()
    sha256 = file_sha256(path)
    with store.writing(db_path) if exists else store.scratch() as con:
        reader = _reader(con, lang)
        report, frame = validate(path, reader, opd)
        report.file = file_name or report.file
        report.dry_run = dry_run
        report.status = "rejected" if report.errors else "accepted"
        if report.errors:
            return report
        report.already_loaded_as = store.upload_with_sha(con, sha256)
        if report.already_loaded_as is not None:
            report.unchanged = report.rows
            report.warnings.insert(
                0, Problem(None, None, None, t("warn_already_loaded", lang, upload_id=report.already_loaded_as))
            )
            return report
        report.warnings += plausibility_warnings(con, frame, lang)
        report.changes = store.changed_values(con, frame).to_dict("records")
        counts = store.preview_upload(con, frame)
        report.added, report.changed, report.unchanged = counts.added, counts.changed, counts.unchanged
        if dry_run:
            return report
        archived = _archive(path, sha256, db_path)
        owner = opd or _single_lead_opd(frame, reader)
        meta = store.UploadMeta(report.file, sha256, owner, report.missing, str(archived))
        if exists:
            _load(con, report, meta, frame)
            return report
    with store.writing(db_path) as con:
        _load(con, report, meta, frame)
    return report


def ingest_bytes(name: str, content: bytes, db_path: Path, **options: object) -> FileReport:
    """:func:`ingest_file` for a file received as bytes (a browser upload) named ``name``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(content)
        return ingest_file(path, db_path, **options)
