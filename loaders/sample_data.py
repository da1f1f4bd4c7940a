"""Writes the sample workbooks (one per OPD) and the city goals into ``data/sample/``.

Deterministic: the same catalog and region tree always give the same numbers. The
workbooks are in the canonical upload layout and are loaded by the same loader users use;
regional figures add up to the kecamatan and city figures (counts summed, rates from
summed numerators and denominators).
"""

from __future__ import annotations

import csv
import math
import random
from collections import defaultdict
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from kla import catalog, config
from kla.regions import Region, read_regions
from loaders.headers import CANONICAL_COLUMNS
from loaders.sample_budget import write_sample_budget
from loaders.sample_exports import write_sample_exports
from loaders.sample_plan import GOAL_SOURCE, GOAL_YEARS, GOALS, PLANS, SURVEY_POINTS, YEARS, SamplePlan

EXPORTS_FOLDER = "ekspor"

HEADER = ["No", *CANONICAL_COLUMNS]
CHILDREN_2023 = {"Batu": 28_083, "Bumiaji": 17_147, "Junrejo": 16_136}
CITY_CHILDREN_2023 = 61_366
SHARE_BOYS = 0.512
SCALE = {"persen": 100.0, "per_1000_kh": 1000.0}
# Denominator populations as a share of children 0-17 in the region.
DENOMINATORS = {
    "anak": 1.0,
    "balita_diukur": 0.2,
    "bayi": 0.053,
    "kelahiran": 0.055,
    "rumah_tangga": 1.05,
    "usia_16_18": 3 / 18,
    "siswa_sd_smp": 0.49,
    "usia_3_6": 4 / 18,
    "sekolah": 1 / 190,
    "paud": 1 / 420,
}
# City-wide denominators that are counts of institutions or cases.
CITY_DENOMINATORS = {"lksa": 6, "puskesmas": 5, "anak_darurat": 24, "anak_disabilitas": 320, "abh": 12}


class SampleCity:
    """The region tree with a child population for every desa and year."""

    def __init__(self, regions: list[Region]):
        self.regions = regions
        self.root = next(r for r in regions if r.parent_code is None)
        self.by_code = {r.code: r for r in regions}
        self.children_of: dict[str, list[Region]] = defaultdict(list)
        for region in regions:
            if region.parent_code:
                self.children_of[region.parent_code].append(region)
        rng = random.Random("penduduk")
        kecamatan = [r for r in regions if r.level == "kecamatan"]
        self.children_2023: dict[str, float] = {}
        for kec in kecamatan:
            total = CHILDREN_2023.get(kec.name, CITY_CHILDREN_2023 / max(len(kecamatan), 1))
            desa = self.children_of[kec.code]
            weights = [rng.uniform(0.6, 1.4) for _ in desa]
            for region, weight in zip(desa, weights):
                self.children_2023[region.code] = total * weight / sum(weights)

    def units(self, level: str) -> list[Region]:
        """Regions at the measure's finest level (desa also covers kelurahan)."""
        if level == "kota":
            return [self.root]
        if level == "kecamatan":
            return [r for r in self.regions if r.level == "kecamatan"]
        return [r for r in self.regions if r.rank >= 3]

    def children(self, code: str, year: int) -> float:
        """Children 0-17 in region ``code`` in ``year`` (growing 0.8% a year)."""
        growth = 1.008 ** (year - 2023)
        if code in self.children_2023:
            return self.children_2023[code] * growth
        return sum(self.children(child.code, year) for child in self.children_of[code])

    def desa_count(self, code: str) -> int:
        """How many desa/kelurahan lie in ``code``."""
        return sum(1 for r in self.regions if r.rank >= 3 and self._within(r, code))

    def _within(self, region: Region, ancestor: str) -> bool:
        while region.parent_code:
            if region.parent_code == ancestor:
                return True
            region = self.by_code[region.parent_code]
        return False

    def ancestors(self, code: str) -> list[str]:
        """The codes above ``code`` up to the root."""
        found = []
        region = self.by_code[code]
        while region.parent_code:
            found.append(region.parent_code)
            region = self.by_code[region.parent_code]
        return found


def _allocate(total: int, weights: list[float]) -> list[int]:
    """Split an integer total in proportion to weights (largest remainder)."""
    raw = [total * w / sum(weights) for w in weights]
    parts = [math.floor(x) for x in raw]
    order = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


def _region_factors(plan: SamplePlan, units: list[Region], year: int) -> dict[str, float]:
    persistent = random.Random(f"{plan.code}:wilayah")
    yearly = random.Random(f"{plan.code}:{year}")
    return {unit.code: math.exp(plan.spread * (persistent.gauss(0, 1) + 0.3 * yearly.gauss(0, 1))) for unit in units}


def _rate_for(city_value: float, factor: float, ceiling: float) -> float:
    if city_value > ceiling / 2:
        return min(ceiling, max(0.0, ceiling - (ceiling - city_value) * factor))
    return min(ceiling, max(0.0, city_value * factor))


class SampleWriter:
    """Generates the rows of every measure: finest level, then the sums above it."""

    def __init__(self, city: SampleCity, measures: dict[str, catalog.Measure]):
        self.city = city
        self.measures = measures
        self.city_counts: dict[tuple[str, int], float] = {}

    def rows(self, plan: SamplePlan) -> list[dict]:
        """All rows of one measure (dicts with code, year, region, sex, value, num, den, note)."""
        measure = self.measures[plan.code]
        rows: list[dict] = []
        for year, city_value in zip(YEARS, plan.path):
            if city_value is None:
                continue
            units = self.city.units(measure.finest_level)
            if plan.base is None and measure.unit != "persen":
                rows += self._count_rows(plan, measure, units, year, city_value)
            else:
                rows += self._rate_rows(plan, measure, units, year, city_value)
        return rows

    def _sexes(self, plan: SamplePlan) -> tuple[str, ...]:
        return ("L", "P") if plan.by_sex else ("L+P",)

    def _count_rows(self, plan, measure, units, year, city_value) -> list[dict]:
        sums: dict[tuple[str, str], float] = defaultdict(float)
        weights = [
            self.city.children(u.code, year) * random.Random(f"{plan.code}:{u.code}").uniform(0.5, 1.5) for u in units
        ]
        per_unit = _allocate(int(city_value), weights) if len(units) > 1 else [city_value]
        rows = []
        for unit, total in zip(units, per_unit):
            split = _allocate(int(total), [1 - 0.55, 0.55]) if plan.by_sex else [total]
            for sex, value in zip(self._sexes(plan), split):
                rows.append(self._row(plan, year, unit.code, sex, value))
                for code in [unit.code, *self.city.ancestors(unit.code)]:
                    sums[code, sex] += value
        self.city_counts[plan.code, year] = city_value
        return rows + self._aggregate_rows(plan, measure, units, year, sums, None)

    def _denominator(self, plan: SamplePlan, code: str, year: int) -> float:
        if plan.base == "desa_count":
            return self.city.desa_count(code)
        if plan.base == "kasus":
            return self.city_counts[("V-21B", year)]
        if plan.base in CITY_DENOMINATORS:
            return CITY_DENOMINATORS[plan.base] * (1 + 0.02 * (year - 2018))
        return DENOMINATORS[plan.base] * self.city.children(code, year)

    def _rate_rows(self, plan, measure, units, year, city_value) -> list[dict]:
        scale = SCALE.get(measure.unit, 100.0)
        if plan.base is None:  # a survey-style value without numerator and denominator
            return [self._row(plan, year, units[0].code, "L+P", city_value)]
        factors = _region_factors(plan, units, year)
        dens = {u.code: self._denominator(plan, u.code, year) for u in units}
        mean = sum(factors[c] * dens[c] for c in dens) / sum(dens.values())
        nums: dict[tuple[str, str], float] = defaultdict(float)
        denoms: dict[tuple[str, str], float] = defaultdict(float)
        skipped = set(plan.missing_regions.get(year, ()))
        rows = []
        for unit in units:
            if unit.name in skipped:
                rows.append(self._row(plan, year, unit.code, "L+P", None, note="belum dilaporkan"))
                continue
            rate = _rate_for(city_value, factors[unit.code] / mean, scale if measure.unit == "persen" else 1e9)
            shares = {"L": SHARE_BOYS, "P": 1 - SHARE_BOYS} if plan.by_sex else {"L+P": 1.0}
            for sex, share in shares.items():
                shift = {"L": plan.sex_gap / 2, "P": -plan.sex_gap / 2}.get(sex, 0.0)
                den = max(1, round(dens[unit.code] * share))
                num = (
                    min(den, round(den * max(0.0, rate + shift) / scale))
                    if measure.unit == "persen"
                    else round(den * (rate + shift) / scale)
                )
                rows.append(self._row(plan, year, unit.code, sex, num / den * scale, num, den))
                for code in [unit.code, *self.city.ancestors(unit.code)]:
                    nums[code, sex] += num
                    denoms[code, sex] += den
        return rows + self._aggregate_rows(plan, measure, units, year, nums, denoms)

    def _aggregate_rows(self, plan, measure, units, year, nums, denoms) -> list[dict]:
        """Rows for every region above the units (and L+P totals where split by sex)."""
        scale = SCALE.get(measure.unit, 100.0)
        unit_codes = {u.code for u in units}
        rows = []
        codes = sorted({code for code, _ in nums}, key=lambda c: (len(c), c))
        for code in codes:
            sexes = [*self._sexes(plan), "L+P"] if plan.by_sex else ["L+P"]
            for sex in dict.fromkeys(sexes):
                if code in unit_codes and sex in self._sexes(plan):
                    continue
                if sex == "L+P" and plan.by_sex:
                    num = nums[code, "L"] + nums[code, "P"]
                    den = (denoms[code, "L"] + denoms[code, "P"]) if denoms else None
                else:
                    num, den = nums[code, sex], (denoms[code, sex] if denoms else None)
                if den is None:
                    rows.append(self._row(plan, year, code, sex, num))
                elif den:
                    rows.append(self._row(plan, year, code, sex, num / den * scale, num, den))
        return rows

    @staticmethod
    def _row(plan, year, code, sex, value, num=None, den=None, note=None, source=None) -> dict:
        return {
            "kode_indikator": plan.code,
            "tahun": year,
            "wilayah": code,
            "jenis_kelamin": sex,
            "nilai": None if value is None else round(value, 2),
            "pembilang": num,
            "penyebut": den,
            "sumber": source or plan.source,
            "keterangan": note,
        }


def _write_workbook(path: Path, opd: catalog.Opd, city: SampleCity, rows: list[dict]) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append([f"{config.SAMPLE_MARKER}: BUKAN DATA RESMI"])
    sheet.append(
        [f"{opd.full_name} ({opd.short_name}), {city.root.name}: capaian indikator KLA {YEARS[0]}-{YEARS[-1]}"]
    )
    sheet.append([])
    sheet.append(HEADER)
    sheet["A1"].font = Font(bold=True)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, start=1):
        values = [row[column] for column in HEADER[1:]]
        values[2] = city.by_code[row["wilayah"]].label
        values[4] = "-" if row["nilai"] is None else row["nilai"]
        sheet.append([number, *values])
    for column, width in zip("ABCDEFGHIJ", (6, 14, 8, 26, 14, 10, 11, 11, 22, 18)):
        sheet.column_dimensions[column].width = width
    workbook.properties.creator = f"Generator data contoh KLA ({opd.short_name})"
    workbook.properties.created = datetime(2026, 1, 1)
    workbook.save(path)


def _write_goals(path: Path, city: SampleCity) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["kode_indikator", "tahun", "wilayah", "nilai", "sumber"])
        for code, (first, last) in GOALS.items():
            for year in GOAL_YEARS:
                step = (year - GOAL_YEARS[0]) / (GOAL_YEARS[-1] - GOAL_YEARS[0])
                writer.writerow([code, year, city.root.code, round(first + (last - first) * step, 2), GOAL_SOURCE])


def write_sample(out_dir: Path = config.SAMPLE_DIR) -> list[Path]:
    """Write one workbook per OPD, one budget workbook per OPD and ``target_kota.csv`` into
    ``out_dir``, and OPD-style exports into its ``ekspor/`` folder; return the paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    measures = {m.code: m for m in catalog.read_measures()}
    city = SampleCity(read_regions())
    writer = SampleWriter(city, measures)
    by_opd: dict[str, list[dict]] = defaultdict(list)
    for plan in sorted(PLANS, key=lambda p: p.code != "V-21B"):  # V-21B first: V-21A uses its cases
        by_opd[measures[plan.code].lead_opd] += writer.rows(plan)
    for code, year, value, source in SURVEY_POINTS:
        plan = next(p for p in PLANS if p.code == code)
        by_opd[measures[code].lead_opd].append(
            SampleWriter._row(plan, year, city.root.code, "L+P", value, source=source)
        )
    order = {m.code: i for i, m in enumerate(measures.values())}
    written = []
    for opd in catalog.read_opds():
        rows = sorted(
            by_opd.get(opd.code, []),
            key=lambda r: (order[r["kode_indikator"]], r["tahun"], len(r["wilayah"]), r["wilayah"]),
        )
        if rows:
            path = out_dir / f"{opd.code.lower()}.xlsx"
            _write_workbook(path, opd, city, rows)
            written.append(path)
    written += write_sample_budget(out_dir)
    written += write_sample_exports(out_dir / EXPORTS_FOLDER)  # to try mapping an OPD's own export
    goals = out_dir / config.SAMPLE_TARGETS_CSV.name
    _write_goals(goals, city)
    return [*written, goals]
