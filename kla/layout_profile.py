"""Layout profiles: how to read an OPD's own export (SIAK, e-PPGBM, Dapodik …), mapped once.

A profile says which sheet row holds the header, which column names the region (or a finer
unit such as a posyandu, with a lookup to the desa it belongs to), where the year comes from,
and for each measure which column, numerator and denominator, or expression of columns gives
its value. Its header labels are the layout's signature: a file whose header reads exactly the
same is read with the profile; one that differs a little (a renamed or moved column) is named
as changed, never read silently. Profiles are TOML files, see :mod:`kla.profile_store`.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field, replace

import tomli_w

from kla.expression import Expression, ExpressionError, label_key, parse
from kla.sheet_layout import cell_position
from kla.text import KeyedError, t

YEAR_FROM = ("kolom", "sel", "pilih")  # a column per row, a title cell, chosen at upload
REGION_LEVELS = ("kecamatan", "desa")
SEXES = ("", "L", "P")


class ProfileError(KeyedError):
    """A profile that cannot be used; ``key`` and ``values`` say why in the words of :mod:`kla.text`."""


@dataclass(frozen=True)
class MeasureColumns:
    """Where one measure's values are: a value expression, or numerator and denominator ones."""

    code: str
    value: str = ""
    numerator: str = ""
    denominator: str = ""
    sex: str = ""  # "" for both sexes, "L" or "P"
    source: str = ""  # the series' source, e.g. SIAK


@dataclass(frozen=True)
class Profile:
    """One OPD export layout and how its columns become measure values."""

    name: str
    opd: str
    header_row: int  # 1-based, as the analyst sees it
    columns: tuple[str, ...]  # the header labels from column A: the layout's signature
    region_column: str
    region_level: str = "desa"
    measures: tuple[MeasureColumns, ...] = ()
    sheet: str = ""  # the sheet it was mapped on (any sheet with the same header is read)
    parent_column: str = ""  # a kecamatan column beside a desa column
    sum_rows: bool = False  # rows are finer units (posyandu, school): summed per region
    lookup: dict[str, str] = field(default_factory=dict)  # finer unit → region name or code
    year_from: str = "kolom"
    year_column: str = ""
    year_cell: str = ""  # like A2, above the header
    text_numbers: dict[str, float] = field(default_factory=dict)  # cell text → number: Ya → 1
    chosen_year: int = 0  # in an archived copy: the year chosen when the file was loaded
    version: int = 1
    changed_at: str = ""
    changed_by: str = ""

    @property
    def key(self) -> str:
        """The profile's file name stem: OPD and name, lower case, words joined by hyphens."""
        return slug(f"{self.opd} {self.name}")

    def expressions(self, mapping: MeasureColumns) -> dict[str, Expression | None]:
        """The parsed ``nilai``, ``pembilang`` and ``penyebut`` expressions of one measure (None
        where empty); raises :class:`ExpressionError`."""
        texts = {"nilai": mapping.value, "pembilang": mapping.numerator, "penyebut": mapping.denominator}
        return {name: parse(text, list(self.columns)) if text.strip() else None for name, text in texts.items()}


def slug(text: str) -> str:
    """``DINKES e-PPGBM posyandu`` → ``dinkes-e-ppgbm-posyandu``."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "profil"


def check(profile: Profile, units: dict[str, str], lang: str = "id") -> list[str]:
    """What is wrong with a profile, in words: unknown columns, measures or expressions, a rate
    summed from rates. ``units`` maps the known measure codes to their units."""
    return [t(key, lang, **values) for key, values in _problems(profile, units, lang)]


def _problems(profile: Profile, units: dict[str, str], lang: str) -> list[tuple[str, dict]]:
    problems: list[tuple[str, dict]] = []
    labels = {label_key(label) for label in profile.columns if label}
    named = {"region_column": profile.region_column, "parent_column": profile.parent_column}
    if profile.year_from == "kolom":
        named["year_column"] = profile.year_column
    for role, label in named.items():
        if (label or role != "parent_column") and label_key(label) not in labels:
            problems.append(("profile_unknown_column", {"name": label or "–"}))
    if profile.year_from not in YEAR_FROM:
        problems.append(("profile_bad_year_from", {"value": profile.year_from}))
    if profile.year_from == "sel":
        try:
            row, _ = cell_position(profile.year_cell)
            if row >= profile.header_row - 1:
                problems.append(("profile_year_cell_below", {"cell": profile.year_cell}))
        except KeyedError as error:
            problems.append((error.key, error.values))
    if profile.region_level not in REGION_LEVELS:
        problems.append(("profile_bad_level", {"value": profile.region_level}))
    if profile.lookup and not profile.sum_rows:
        problems.append(("profile_lookup_needs_sum", {}))
    if not profile.measures:
        problems.append(("profile_no_measures", {}))
    for mapping in profile.measures:
        problems += _measure_problems(profile, mapping, units, lang)
    return problems


def _measure_problems(
    profile: Profile, mapping: MeasureColumns, units: dict[str, str], lang: str
) -> list[tuple[str, dict]]:
    if mapping.code not in units:
        return [("profile_unknown_measure", {"code": mapping.code or "–"})]
    if mapping.sex not in SEXES:
        return [("profile_bad_sex", {"code": mapping.code, "value": mapping.sex})]
    try:
        parsed = profile.expressions(mapping)
    except ExpressionError as error:
        return [("profile_bad_expression", {"code": mapping.code, "detail": error.message(lang)})]
    count_alone = units[mapping.code] == "jumlah" and parsed["pembilang"] is not None
    if parsed["nilai"] is None and (parsed["pembilang"] is None or parsed["penyebut"] is None) and not count_alone:
        return [("profile_no_value", {"code": mapping.code})]
    if profile.sum_rows and parsed["nilai"] is not None and units[mapping.code] != "jumlah":
        return [("profile_rate_summed", {"code": mapping.code})]
    return []


def to_toml(profile: Profile) -> str:
    """The profile as a readable TOML file, with a comment saying what it is."""
    data = asdict(profile)
    data["columns"] = list(profile.columns)
    data["measures"] = [{key: value for key, value in asdict(m).items() if value} for m in profile.measures]
    document = {key: data[key] for key in _TOP if data[key] not in ("", {}, [], 0)}
    document["measures"] = data["measures"]
    for key in ("lookup", "text_numbers"):
        if data[key]:
            document[key] = data[key]
    header = (
        "# Profil tata letak ekspor OPD untuk dasbor KLA: cara membaca berkas ekspor ini.\n"
        "# Dibuat di halaman Unggah; boleh ditinjau dan disunting. `columns` adalah judul kolom\n"
        "# berkas (dari kolom A): berkas yang judulnya sama persis dibaca dengan profil ini.\n"
    )
    return header + tomli_w.dumps(document)


_TOP = (
    "name",
    "opd",
    "version",
    "changed_at",
    "changed_by",
    "sheet",
    "header_row",
    "columns",
    "region_column",
    "region_level",
    "parent_column",
    "sum_rows",
    "year_from",
    "year_column",
    "year_cell",
    "chosen_year",
)


def from_toml(text: str) -> Profile:
    """The profile a TOML file describes; raises :class:`ProfileError`."""
    try:
        data = tomllib.loads(text)
        measures = tuple(MeasureColumns(**{k: str(v) for k, v in item.items()}) for item in data.pop("measures", []))
        lookup = {str(k): str(v) for k, v in data.pop("lookup", {}).items()}
        numbers = {str(k): float(v) for k, v in data.pop("text_numbers", {}).items()}
        columns = tuple(str(label) for label in data.pop("columns"))
        return Profile(columns=columns, measures=measures, lookup=lookup, text_numbers=numbers, **data)
    except (tomllib.TOMLDecodeError, TypeError, KeyError, ValueError, AttributeError) as error:
        raise ProfileError("profile_unreadable", detail=str(error)) from error


def next_version(profile: Profile, earlier: Profile | None, when: str, by: str) -> Profile:
    """``profile`` stamped as the version after ``earlier`` (or the first), changed ``when`` ``by``."""
    version = earlier.version + 1 if earlier else 1
    return replace(profile, version=version, changed_at=when, changed_by=by)
