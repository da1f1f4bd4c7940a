"""What the sample data says, measure by measure: the city's path 2018-2025.

The figures follow the published facts in ``shared/reference/fakta-kota-batu.md`` where
there are any (stunting, birth certificates, KIA, child-marriage dispensations…) and are
plausible inventions elsewhere. They are sample data, never official figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field

YEARS = tuple(range(2018, 2026))


@dataclass(frozen=True)
class SamplePlan:
    """How to generate one measure's sample values.

    ``path`` holds the city value per year (None = not reported that year). ``base`` names
    the denominator population for rates (see ``sample_data.DENOMINATORS``) or is None for
    counts and plain values. ``spread`` is how far regions differ from the city value.
    """

    code: str
    path: tuple[float | None, ...]
    source: str
    base: str | None = None
    by_sex: bool = False
    sex_gap: float = 0.0
    spread: float = 0.25
    missing_regions: dict[int, tuple[str, ...]] = field(default_factory=dict)


def _late(values: tuple[float, ...]) -> tuple[float | None, ...]:
    """The same path without 2025: the OPD has not reported 2025 yet."""
    return (*values[:-1], None)


PLANS: tuple[SamplePlan, ...] = (
    SamplePlan("KL-1", (0, 1, 1, 1, 1, 1, 1, 1), "Bagian Hukum"),
    SamplePlan("KL-2A", (2, 3, 1, 3, 4, 4, 5, 4), "Sekretariat Gugus Tugas KLA"),
    SamplePlan("KL-2B", (17, 21, 25, 33, 42, 50, 63, 71), "DP3AP2KB", base="desa_count", spread=0.5),
    SamplePlan("KL-3", (12, 15, 14, 19, 24, 29, 34, 38), "DP3AP2KB"),
    SamplePlan(
        "I-4A",
        (90.4, 91.8, 93.1, 94.5, 95.6, 96.8, 97.3, 97.7),
        "SIAK",
        base="anak",
        by_sex=True,
        sex_gap=0.4,
        spread=0.5,
    ),
    SamplePlan("I-4B", (8, 15, 22, 31, 40, 47, 58, 78), "SIAK", base="anak", by_sex=True, sex_gap=0.6, spread=0.3),
    SamplePlan("I-5", (2, 3, 3, 5, 6, 7, 8, 9), "Diskominfo"),
    SamplePlan("I-6", (38, 46, 50, 63, 75, 83, 92, 96), "DP3AP2KB", base="desa_count", spread=0.3),
    SamplePlan("II-7A", (11.2, 10.8, 10.1, 9.6, 9.0, 8.5, 8.1, 7.6), "Susenas (BPS)"),
    SamplePlan("II-7B", _late((35, 58, 110, 95, 61, 120, 148, 45)), "Pengadilan Agama Malang"),
    SamplePlan("II-8A", (None, 96, 120, 141, 168, 190, 231, 262), "Puspaga"),
    SamplePlan("II-8B", (1, 1, 1, 2, 2, 3, 3, 4), "DP3AP2KB"),
    SamplePlan("II-9", _late((16.7, 16.7, 33.3, 33.3, 50, 50, 66.7, 83.3)), "Dinsos", base="lksa"),
    SamplePlan("II-10", (28, 33, 35, 41, 48, 55, 63, 70), "Dapodik", base="paud", spread=0.3),
    SamplePlan("II-11", _late((2, 3, 3, 6, 8, 11, 14, 18)), "Disperkim"),
    SamplePlan("III-12", (95.1, 96.0, 96.4, 97.2, 98.0, 98.6, 99.1, 99.4), "SIMPUS", base="kelahiran", spread=0.6),
    SamplePlan(
        "III-13A",
        (27.1, 25.4, 14.83, 14.4, 13.8, 12.44, 10.9, 10.3),
        "e-PPGBM",
        base="balita_diukur",
        by_sex=True,
        sex_gap=0.9,
        spread=0.35,
    ),
    SamplePlan("III-13B", (6.8, 6.5, 5.9, 5.6, 5.1, 4.8, 4.5, 4.2), "e-PPGBM", base="balita_diukur", spread=0.35),
    SamplePlan(
        "III-14A",
        (54.2, 57.0, 58.3, 61.5, 64.0, 67.2, 69.8, 72.1),
        "SIMPUS",
        base="bayi",
        spread=0.35,
        missing_regions={2020: ("Sumberbrantas", "Gunungsari")},
    ),
    SamplePlan(
        "III-14B",
        (88.5, 90.2, 79.4, 83.0, 88.6, 92.3, 94.0, 95.1),
        "ASIK Kemenkes",
        base="bayi",
        by_sex=True,
        sex_gap=0.3,
        spread=0.5,
    ),
    SamplePlan("III-15", (20, 40, 40, 60, 80, 100, 100, 100), "Dinkes", base="puskesmas"),
    SamplePlan(
        "III-16A", _late((91.8, 92.6, 93.5, 94.3, 95.2, 96.0, 96.9, 97.5)), "Disperkim", base="rumah_tangga", spread=0.6
    ),
    SamplePlan(
        "III-16B", _late((80.5, 82.0, 83.8, 85.1, 87.0, 88.9, 90.4, 91.8)), "Disperkim", base="rumah_tangga", spread=0.5
    ),
    SamplePlan("III-17", (10, 14, 15, 21, 27, 33, 39, 45), "Dinkes"),
    SamplePlan("III-S1", (3.5, 2.7, 10.5, 8.0, 6.2, 5.4, 4.9, 4.6), "Dinkes (laporan kematian bayi)", base="kelahiran"),
    SamplePlan(
        "IV-18A",
        (74.8, 76.1, 76.5, 78.3, 80.2, 82.0, 83.9, 85.6),
        "Dapodik dan EMIS",
        base="usia_16_18",
        by_sex=True,
        sex_gap=0.8,
        spread=0.25,
    ),
    SamplePlan(
        "IV-18B",
        (0.36, 0.31, 0.42, 0.33, 0.25, 0.2, 0.16, 0.12),
        "Dapodik dan EMIS",
        base="siswa_sd_smp",
        by_sex=True,
        sex_gap=0.02,
        spread=0.3,
    ),
    SamplePlan("IV-19", (11, 18, None, 27, 36, 46, 56, 64), "Dindik", base="sekolah", spread=0.3),
    SamplePlan("IV-20", (3, 4, 4, 6, 7, 9, 10, 12), "Disparta"),
    SamplePlan("IV-S1", (64.5, 66.8, 61.2, 68.0, 72.4, 75.6, 79.0, 81.7), "Dapodik", base="usia_3_6", spread=0.15),
    SamplePlan("V-21A", (84, 86, 88, 91, 93, 95, 96, 98), "SIMFONI-PPA", base="kasus"),
    SamplePlan("V-21B", (30, 35, 42, 48, 55, 60, 58, 62), "SIMFONI-PPA", by_sex=True),
    SamplePlan("V-22", _late((70, 73, 75, 80, 84, 87, 90, 93)), "Dinsos", base="anak_darurat"),
    SamplePlan("V-23", _late((41, 45, 47, 53, 58, 63, 69, 74)), "Dinsos", base="anak_disabilitas"),
    SamplePlan("V-24", (50, 55, 57, 62, 70, 75, 80, 85), "Polres Batu / Bapas", base="abh"),
)

# Survey series published for the city only (kept apart from the administrative series).
SURVEY_POINTS: tuple[tuple[str, int, float, str], ...] = (
    ("III-13A", 2022, 25.2, "SSGI 2022"),
    ("III-13A", 2023, 24.3, "SKI 2023"),
)

# City goals 2025-2029 (RPJMD-style): value in 2025 and in 2029, straight line between.
GOALS: dict[str, tuple[float, float]] = {
    "KL-1": (1, 1),
    "KL-2A": (4, 6),
    "KL-2B": (70, 100),
    "KL-3": (35, 50),
    "I-4A": (98, 100),
    "I-4B": (100, 100),
    "I-5": (9, 12),
    "I-6": (100, 100),
    "II-7A": (7.5, 6),
    "II-7B": (40, 20),
    "II-8A": (250, 350),
    "II-8B": (4, 5),
    "II-9": (80, 100),
    "II-10": (75, 100),
    "II-11": (20, 30),
    "III-12": (99.5, 100),
    "III-13A": (8, 5),
    "III-13B": (4, 3),
    "III-14A": (70, 80),
    "III-14B": (95, 97),
    "III-15": (100, 100),
    "III-16A": (98, 100),
    "III-16B": (92, 97),
    "III-17": (45, 60),
    "III-S1": (5, 4),
    "IV-18A": (88, 95),
    "IV-18B": (0.1, 0.05),
    "IV-19": (70, 100),
    "IV-20": (12, 16),
    "IV-S1": (85, 95),
    "V-21A": (100, 100),
    "V-22": (95, 100),
    "V-23": (75, 90),
    "V-24": (85, 95),
}
GOAL_YEARS = tuple(range(2025, 2030))
GOAL_SOURCE = "RPJMD Kota Batu 2025-2029 (contoh)"
