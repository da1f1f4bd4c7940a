"""Validating a workbook and loading it into the database as one upload, or not at all."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import duckdb
import pandas as pd

from kla import audit, store, uploads
from kla.catalog import Opd
from kla.regions import Region
from kla.text import t
from kla.users import LOCAL_OPERATOR, User
from loaders.archive import archive_file, archive_profiles, file_sha256
from loaders.budget_names import OpdResolver
from loaders.budget_rows import BudgetReader, find_budget_header
from loaders.collector import collector_paused
from loaders.file_checks import (
    budget_duplicate,
    check_budget_owner,
    check_duplicates,
    check_ownership,
    measure_duplicate,
    report_missing_and_finer,
)
from loaders.headers import find_header
from loaders.permissions import refusal_before_reading, refuse_rows_of_others
from loaders.plausibility import plausibility_warnings, warnings_alongside
from loaders.profile_sheets import LayoutChoice
from loaders.region_names import RegionResolver
from loaders.report import FileReport, Problem
from loaders.rows import MeasureRule, RowReader
from loaders.safety import RefusedFile, check_file
from loaders.sheet_result import SheetResult
from loaders.upload_file import temporary_copy
from loaders.workbook import ACCEPTED_SUFFIXES, Sheet, SheetsReading, UnreadableWorkbook

VALUES_SHOWN = 500  # values of a profile-read file shown before loading
SHOWN_COLUMNS = ("indicator_code", "year", "region_code", "sex", "value", "numerator", "denominator")


@dataclass(frozen=True)
class Readers:
    """The row readers of both upload kinds, set up from the database's catalog."""

    measures: RowReader
    budget: BudgetReader
    lang: str


def _readers(con: duckdb.DuckDBPyConnection, lang: str, opd: str | None) -> Readers:
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
    opds = [Opd(*row) for row in con.execute("SELECT code, short_name, full_name FROM opd").fetchall()]
    return Readers(RowReader(measures, RegionResolver(regions), lang), BudgetReader(OpdResolver(opds), lang, opd), lang)


def start_reading(path: Path, lang: str) -> SheetsReading | Problem:
    """The file at ``path`` checked at the door and its reading started (see
    :class:`SheetsReading`), or the problem that refuses it before any parser sees it."""
    if path.suffix.lower() not in ACCEPTED_SUFFIXES:
        return Problem(None, None, None, t("err_file_type", lang, suffix=path.suffix or "?"))
    try:
        check_file(path)
    except RefusedFile as refused:
        return Problem(None, None, None, t(refused.reason, lang, **refused.values))
    return SheetsReading(path)


def _open_sheets(
    path: Path, report: FileReport, lang: str, started: SheetsReading | Problem | None
) -> list[Sheet] | None:
    """The sheets of the workbook at ``path`` (whose reading may have ``started``), or None
    after reporting why it cannot be read."""
    reading = started or start_reading(path, lang)
    if isinstance(reading, Problem):
        report.errors.append(reading)
        return None
    try:
        with reading:
            return reading.sheets()
    except UnreadableWorkbook as unreadable:
        detail = t(unreadable.reason, lang)
        report.errors.append(Problem(None, None, None, t("err_not_workbook", lang, detail=detail)))
    return None


def detect_kind(sheets: list[Sheet], reader: RowReader) -> str:
    """``anggaran`` for a workbook whose sheets hold budget tables and no measure values,
    else ``indikator``."""
    budget = any(find_budget_header(sheet.rows) for sheet in sheets)
    measures = any(find_header(sheet.rows, reader.code_for(sheet.name)) for sheet in sheets)
    return uploads.BUDGET.kind if budget and not measures else uploads.OBSERVATIONS.kind


def _read_sheets(
    sheets: list[Sheet], find: Callable, read: Callable, report: FileReport, lang: str, found: SheetResult | None = None
) -> SheetResult:
    """Every sheet with a header that ``find`` recognises, read with ``read``; others skipped.
    ``found`` holds what was found before (while mapping an export through its profile)."""
    combined = found or SheetResult()
    found_header = False
    for sheet in sheets:
        header = find(sheet)
        if header is None:
            report.warnings.append(Problem(sheet.name, None, None, t("warn_sheet_skipped", lang, sheet=sheet.name)))
            continue
        found_header = True
        if sheet.hidden:
            report.warnings.append(Problem(sheet.name, None, None, t("warn_hidden_sheet", lang, sheet=sheet.name)))
        combined.merge(read(sheet, header))
    budget = report.kind == uploads.BUDGET.kind
    if not found_header and not combined.errors:
        combined.errors.append(
            Problem(None, None, None, t("err_budget_no_header" if budget else "err_no_header", lang))
        )
    elif not combined.count and not combined.errors:
        combined.errors.append(
            Problem(None, None, None, t("err_budget_no_values" if budget else "err_no_values", lang))
        )
    return combined


def validate(
    path: Path,
    readers: Readers,
    opd: str | None = None,
    kind: str | None = None,
    user: User = LOCAL_OPERATOR,
    started: SheetsReading | Problem | None = None,
    layout: LayoutChoice | None = None,
) -> tuple[FileReport, pd.DataFrame]:
    """Read and check a workbook; the report lists every problem, the frame holds the rows.

    ``kind`` is ``indikator`` or ``anggaran``; None recognises it from the sheets' headers.
    Rows that ``user`` may not load (another OPD's) are errors at their cells. ``started`` is
    what :func:`start_reading` gave for ``path``, if the caller started reading already.
    ``layout`` says which layout profiles may read sheets the contract cannot (all saved ones
    by default).
    """
    report = FileReport(file=path.name)
    refusal = refusal_before_reading(user, opd, readers.lang)
    if refusal is not None:
        report.errors.append(refusal)
        report.not_permitted = True
        return report, pd.DataFrame()
    sheets = _open_sheets(path, report, readers.lang, started)
    if sheets is None:
        return report, pd.DataFrame()
    report.kind = kind or detect_kind(sheets, readers.measures)
    if report.kind == uploads.BUDGET.kind:
        combined = _read_sheets(
            sheets, lambda sheet: find_budget_header(sheet.rows), readers.budget.read, report, readers.lang
        )
        history = uploads.BUDGET
        rows = combined.frame([*history.columns, "_sheet", "_cell"])
        repeated = check_duplicates(rows, combined, history, partial(budget_duplicate, lang=readers.lang))
        if user.is_admin:  # an analyst's rows of other OPDs are errors below, not warnings
            check_budget_owner(rows, combined, opd, readers.lang)
        before = len(combined.errors)
        refuse_rows_of_others(rows, combined, user, rows["opd_code"], "err_not_your_budget", readers.lang)
    else:
        reader = readers.measures
        plan = (layout or LayoutChoice()).plan(sheets, reader)
        plan.tell(report, reader.lang)
        combined = _read_sheets(
            plan.sheets,
            lambda sheet: find_header(sheet.rows, reader.code_for(sheet.name)),
            reader.read,
            report,
            reader.lang,
            plan.result,
        )
        history = uploads.OBSERVATIONS
        rows = combined.frame([*history.columns, "_sheet", "_cell"])
        repeated = check_duplicates(rows, combined, history, partial(measure_duplicate, lang=readers.lang))
        if user.is_admin:
            check_ownership(rows, combined, reader, opd)
        lead = {code: rule.lead_opd for code, rule in reader.measures.items()}
        before = len(combined.errors)
        owners = rows["indicator_code"].map(lead) if not user.is_admin else None  # an admin loads anything
        refuse_rows_of_others(rows, combined, user, owners, "err_not_your_measure", reader.lang)
        report_missing_and_finer(combined, reader)
    report.not_permitted = len(combined.errors) > before
    report.errors, report.missing = combined.errors, combined.missing
    report.warnings += combined.warnings
    frame = rows.drop(columns="_sheet")
    if repeated:  # the same value twice is no error: it is loaded once
        frame = frame.drop_duplicates(subset=list(history.identity))
    frame = frame.rename(columns={"_cell": "cell"})
    report.rows = len(frame)
    return report, frame


def _single_opd(frame: pd.DataFrame, kind: str, reader: RowReader) -> str | None:
    """The one OPD that leads every measure in ``frame`` or owns all its budget rows, if any."""
    if kind == uploads.BUDGET.kind:
        owners = set(frame["opd_code"])
    else:
        owners = {reader.measures[code].lead_opd for code in frame["indicator_code"].unique()}
    return owners.pop() if len(owners) == 1 else None


def _validate_with_profiles(
    path: Path,
    readers: Readers,
    opd: str | None,
    kind: str | None,
    user: User,
    started: SheetsReading | Problem | None,
    layout: LayoutChoice | None,
) -> tuple[FileReport, pd.DataFrame]:
    """:func:`validate`; a file read through a profile shows its first values in the report,
    for the analyst to see before loading."""
    report, frame = validate(path, readers, opd, kind, user, started, layout)
    if report.read_with and not frame.empty:
        shown = frame.head(VALUES_SHOWN)[list(SHOWN_COLUMNS)]
        report.values = shown.astype(object).where(shown.notna(), None).to_dict("records")
    return report, frame


def _load(
    con: duckdb.DuckDBPyConnection,
    report: FileReport,
    meta: uploads.UploadMeta,
    frame: pd.DataFrame,
    user: User,
    lang: str,
) -> None:
    """Load ``frame`` as one upload; the plausibility warnings (measure values only) are worked
    out at the same time, against the values before it."""
    if report.kind != uploads.OBSERVATIONS.kind:
        written = uploads.write_upload(con, meta, frame, user)
    else:
        with warnings_alongside(con, frame, lang) as plausibility:
            written = uploads.write_upload(con, meta, frame, user)
            report.warnings += plausibility()
    report.upload_id, counts = written.upload_id, written.counts
    report.added, report.changed, report.unchanged = counts.added, counts.changed, counts.unchanged
    report.changes = written.changes.to_dict("records")


def _audit_refusal(con: duckdb.DuckDBPyConnection, report: FileReport, user: User) -> None:
    first_error = report.errors[0]
    where = f"{first_error.cell}: " if first_error.cell else ""
    detail = t("audit_upload_refused", count=len(report.errors), first=where + first_error.message)
    audit.record(con, user, "upload", outcome="ditolak", subject=report.file, detail=detail)


def ingest_file(
    path: Path,
    db_path: Path,
    opd: str | None = None,
    dry_run: bool = False,
    lang: str = "id",
    file_name: str | None = None,
    kind: str | None = None,
    user: User = LOCAL_OPERATOR,
    layout: LayoutChoice | None = None,
) -> FileReport:
    """Validate ``path`` and, unless rejected or ``dry_run``, load it as one upload by ``user``.

    ``kind`` is ``indikator`` (measure values) or ``anggaran`` (child budget); None
    recognises it from the sheets' headers. ``layout`` chooses the layout profiles that may
    read an OPD's own export (see :class:`LayoutChoice`); a profile that read the file is
    archived with it, so the archive can be replayed as it was read.

    A database file that does not exist yet is created only when the file is accepted
    and loaded; a rejected file or a dry run never creates or changes one (the draft it was
    checked against, a hidden file beside it, is removed). The same bytes
    loaded a second time are recognised and not loaded again. ``file_name`` is the name to
    record when ``path`` is a copy (an upload in the browser, a file from the archive).
    An analyst's rows of another OPD are refused; loads and refusals go to the audit trail.
    """
    exists = db_path.exists()
    # The child process reads the workbook while this one hashes it and opens the database
    # (or prepares a new one, put in place only once the file is loaded into it).
    started = start_reading(path, lang) if refusal_before_reading(user, opd, lang) is None else None
    with store.DatabaseDraft(db_path) as draft:
        # Checking only reads: pages and other readers go on while a file is checked; the write
        # lock is taken for the load itself (or to record a refusal), not for the checking.
        with (
            started if isinstance(started, SheetsReading) else nullcontext(),
            store.reading_current(db_path) if exists else store.writing(draft.path) as con,
        ):
            sha256 = file_sha256(path)
            readers = _readers(con, lang, opd)
            with collector_paused():
                report, frame = _validate_with_profiles(path, readers, opd, kind, user, started, layout)
            report.file = file_name or report.file
            report.dry_run = dry_run
            report.status = "rejected" if report.errors else "accepted"
            if not report.errors:
                _preview(con, report, frame, sha256, lang, compare=dry_run)
            loading = not report.errors and not dry_run and report.already_loaded_as is None
            if loading:
                meta = _archived(path, report, frame, sha256, db_path, opd, user, readers.measures, layout)
            if loading and not exists:
                _load(con, report, meta, frame, user, lang)
        if report.errors and exists and not dry_run and report.not_permitted:  # other rejections leave no trace
            with store.writing(db_path) as con:
                _audit_refusal(con, report, user)
        if not loading or (not exists and draft.put_in_place()):
            return report
        with store.writing(db_path) as con:  # a database that was there, or appeared meanwhile
            if not _already_loaded(con, report, sha256, lang):
                _load(con, report, meta, frame, user, lang)
    return report


def _archived(
    path: Path,
    report: FileReport,
    frame: pd.DataFrame,
    sha256: str,
    db_path: Path,
    opd: str | None,
    user: User,
    reader: RowReader,
    layout: LayoutChoice | None,
) -> uploads.UploadMeta:
    """The accepted file at ``path`` (and the profiles that read it) kept in the archive of the
    database ``db_path``; what its upload records."""
    archived = archive_file(path, sha256, db_path)
    archive_profiles(report.read_with, archived, layout.year if layout else None)
    owner = opd or _single_opd(frame, report.kind, reader)
    return uploads.UploadMeta(report.file, sha256, owner, report.missing, str(archived), report.kind, user.name)


def _already_loaded(con: duckdb.DuckDBPyConnection, report: FileReport, sha256: str, lang: str) -> bool:
    """Whether a file with these bytes is loaded already; if so the report says which upload."""
    report.already_loaded_as = uploads.upload_with_sha(con, sha256)
    if report.already_loaded_as is None:
        return False
    report.added = report.changed = 0
    report.unchanged = report.rows
    report.warnings.insert(
        0, Problem(None, None, None, t("warn_already_loaded", lang, upload_id=report.already_loaded_as))
    )
    return True


def _preview(
    con: duckdb.DuckDBPyConnection, report: FileReport, frame: pd.DataFrame, sha256: str, lang: str, compare: bool
) -> None:
    """What loading an accepted file would do, if ``compare`` (a dry run): nothing when its
    bytes are loaded already, else plausibility warnings and the values it adds and changes.
    A file that is loaded gets those from the load itself, compared under the write lock."""
    if _already_loaded(con, report, sha256, lang) or not compare:
        return  # a load adds its plausibility warnings itself (see _load)
    if report.kind == uploads.OBSERVATIONS.kind:
        report.warnings += plausibility_warnings(con, frame, lang)
    changes, counts = uploads.preview_changes(con, frame, report.kind)
    report.changes = changes.to_dict("records")
    report.added, report.changed, report.unchanged = counts.added, counts.changed, counts.unchanged


def ingest_bytes(name: str, content: bytes, db_path: Path, **options: object) -> FileReport:
    """:func:`ingest_file` for a file received as bytes (a browser upload) named ``name``
    (see :func:`loaders.upload_file.temporary_copy`)."""
    with temporary_copy(name, content) as path:
        return ingest_file(path, db_path, file_name=name, **options)
