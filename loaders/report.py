"""What the loader says about a file: accepted or rejected, with every problem located."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


def cell_name(sheet: str, row_index: int, column_index: int) -> str:
    """``Data!E14`` for 0-based row and column indexes."""
    letters = ""
    number = column_index + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(65 + remainder) + letters
    return f"{sheet}!{letters}{row_index + 1}"


@dataclass(frozen=True)
class Problem:
    """One error or warning; ``cell`` like ``Data!E14`` when a cell is to blame."""

    sheet: str | None
    cell: str | None
    row: int | None
    message: str


@dataclass
class FileReport:
    """The outcome of validating (and perhaps loading) one file."""

    file: str
    status: str = "rejected"  # accepted | rejected
    kind: str = "indikator"  # indikator (measure values) | anggaran (child budget)
    upload_id: int | None = None
    rows: int = 0
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    missing: int = 0
    dry_run: bool = False
    already_loaded_as: int | None = None  # the same bytes were loaded before, as this upload
    not_permitted: bool = False  # refused (also) because the user may not load these rows
    profile: str | None = None  # the layout profile the file was read with: "name (versi 2)"
    layout_unknown: bool = False  # no sheet the contract or a profile reads: a mapping is needed
    layout_changed: str | None = None  # the key of a profile whose layout the file has, changed
    changes: list[dict] = field(default_factory=list)  # values that differ: identity, old and new
    values: list[dict] = field(default_factory=list)  # first values of a file read through a profile
    read_with: list = field(default_factory=list)  # the layout profiles that read it (not in JSON)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict:
        """The report as the CLI's ``--json`` prints it."""
        data = asdict(self)
        data.pop("read_with")
        data["errors"] = [asdict(problem) for problem in self.errors]
        data["warnings"] = [asdict(problem) for problem in self.warnings]
        return data
