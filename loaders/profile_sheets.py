"""Choosing, per sheet, how it is read: by the upload contract, or through a layout profile.

A sheet the contract reads by itself is read so. Any other sheet whose header reads exactly
as a profile's is read through that profile. A sheet whose header is close to a profile's but
not the same (a column renamed, moved, added or gone) is this layout changed: an error that
says what changed, so a changed export is never read silently with an old mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kla import profile_store
from kla.layout_profile import Profile
from kla.sheet_layout import LayoutMatch, match
from kla.text import t
from loaders.headers import find_header
from loaders.mapped_sheet import ProfileReader
from loaders.report import FileReport, Problem
from loaders.rows import RowReader
from loaders.sheet_result import SheetResult
from loaders.workbook import Sheet

CHANGES_SHOWN = 6


@dataclass
class SheetPlan:
    """The sheets to read with the contract (mapped ones already turned canonical), the
    problems found while mapping, and what the report should say about profiles."""

    sheets: list[Sheet] = field(default_factory=list)
    result: SheetResult = field(default_factory=SheetResult)
    used: list[Profile] = field(default_factory=list)
    changed: Profile | None = None  # a profile whose layout a sheet has, changed
    unknown: bool = False  # no sheet the contract or a profile reads

    def tell(self, report: FileReport, lang: str) -> None:
        """Say in the report which profiles read the file, or that its layout is unknown or changed."""
        report.layout_unknown = self.unknown
        report.layout_changed = self.changed.key if self.changed else None
        report.read_with = list(self.used)
        if self.used:
            named = (t("profile_used", lang, profile=p.name, version=p.version) for p in self.used)
            report.profile = ", ".join(named)


def plan_sheets(
    sheets: list[Sheet], reader: RowReader, profiles: list[Profile], chosen: Profile | None, year: int | None
) -> SheetPlan:
    """How to read each sheet; ``chosen`` is the one profile to read with (else any of
    ``profiles`` whose layout a sheet has), ``year`` the year chosen at upload, if any."""
    plan = SheetPlan()
    candidates = [chosen] if chosen is not None else profiles
    near: list[tuple[Sheet, Profile, LayoutMatch]] = []
    readable = False
    for sheet in sheets:
        if chosen is None and find_header(sheet.rows, reader.code_for(sheet.name)) is not None:
            plan.sheets.append(sheet)
            readable = True
            continue
        matches = [(profile, match(profile.columns, sheet.rows)) for profile in candidates]
        exact = next(((profile, found) for profile, found in matches if found and found.exact), None)
        if exact is not None:
            profile, found = exact
            mapped, problems = ProfileReader(profile, reader, year).read(sheet, found.row)
            plan.sheets.append(mapped)
            plan.result.merge(problems)
            if profile not in plan.used:
                plan.used.append(profile)
            readable = True
            continue
        plan.sheets.append(sheet)  # skipped below, with the usual warning
        closest = max((pair for pair in matches if pair[1]), key=lambda pair: -len(pair[1].differences), default=None)
        if closest is not None:
            near.append((sheet, *closest))
    for sheet, profile, found in near:  # read by nothing: never skipped silently
        plan.result.errors.append(_changed(sheet, profile, found, reader.lang))
        plan.changed = plan.changed or profile
    if chosen is not None and not plan.used and not near:
        plan.result.errors.append(Problem(None, None, None, t("layout_not_this", reader.lang, profile=chosen.name)))
    plan.unknown = not readable and not near
    return plan


def _changed(sheet: Sheet, profile: Profile, found: LayoutMatch, lang: str) -> Problem:
    """The error for a sheet whose header is a profile's layout, changed."""
    changes = [t(key, lang, **values) for key, values in found.differences]
    rest = len(changes) - CHANGES_SHOWN
    shown = "; ".join(changes[:CHANGES_SHOWN]) + (t("and_more", lang, count=rest) if rest > 0 else "")
    message = t("layout_changed", lang, profile=profile.name, version=profile.version, changes=shown)
    return Problem(sheet.name, f"{sheet.name}!A{found.row + 1}", found.row + 1, message)


@dataclass(frozen=True)
class LayoutChoice:
    """Which layout profiles may read an export: ``profile`` alone when given (``--profile``,
    a mapping being previewed), else every one of ``profiles`` (None: all saved profiles);
    ``year`` is the year chosen at upload for a profile that takes it so."""

    profile: Profile | None = None
    profiles: tuple[Profile, ...] | None = None
    year: int | None = None

    def plan(self, sheets: list[Sheet], reader: RowReader) -> SheetPlan:
        """How each sheet is read (see :func:`loaders.profile_sheets.plan_sheets`)."""
        profiles = list(self.profiles) if self.profiles is not None else profile_store.all_profiles()
        return plan_sheets(sheets, reader, profiles, self.profile, self.year)
