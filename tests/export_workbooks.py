"""How an analyst maps the sample exports of :mod:`loaders.sample_exports` (SIAK, e-PPGBM,
Dapodik): the layout profiles the tests save, as the mapping form on /unggah would."""

from __future__ import annotations

from kla.layout_profile import MeasureColumns, Profile
from loaders.sample_exports import (
    DAPODIK_HEADER,
    PPGBM_HEADER,
    SIAK_HEADER,
    dapodik_list,
    posyandu_lookup,
    ppgbm_export,
    regions,
    siak_recap,
)

__all__ = ["dapodik_list", "ppgbm_export", "regions", "siak_recap"]


def siak_profile() -> Profile:
    """How an analyst maps the SIAK recap on /unggah."""
    return Profile(
        name="SIAK rekap akta anak",
        opd="DISPENDUKCAPIL",
        sheet="Rekap Akta",
        header_row=5,
        columns=tuple(SIAK_HEADER),
        region_column="Desa/Kelurahan",
        region_level="desa",
        parent_column="Kecamatan",
        year_from="sel",
        year_cell="A3",
        measures=(MeasureColumns("I-4A", numerator="Sudah Memiliki Akta", denominator="Jumlah Anak", source="SIAK"),),
    )


def ppgbm_profile() -> Profile:
    """How an analyst maps the e-PPGBM export: posyandu summed per desa through a lookup."""
    return Profile(
        name="e-PPGBM per posyandu",
        opd="DINKES",
        sheet="Status Gizi",
        header_row=3,
        columns=tuple(PPGBM_HEADER),
        region_column="Posyandu",
        region_level="desa",
        sum_rows=True,
        lookup=posyandu_lookup(),
        year_from="sel",
        year_cell="B2",
        measures=(
            MeasureColumns(
                "III-13A", numerator="Pendek + Sangat Pendek", denominator="Jumlah Balita Diukur", source="e-PPGBM"
            ),
            MeasureColumns(
                "III-13B", numerator="Kurus + Sangat Kurus", denominator="Jumlah Balita Diukur", source="e-PPGBM"
            ),
        ),
    )


def dapodik_profile() -> Profile:
    """How an analyst maps the Dapodik list: schools counted per kecamatan, year chosen at upload."""
    return Profile(
        name="Dapodik daftar sekolah",
        opd="DINDIK",
        sheet="Daftar Sekolah",
        header_row=2,
        columns=tuple(DAPODIK_HEADER),
        region_column="Kecamatan",
        region_level="kecamatan",
        sum_rows=True,
        year_from="pilih",
        text_numbers={"Ya": 1.0, "Tidak": 0.0},
        measures=(MeasureColumns("IV-19", numerator="Ramah Anak", denominator="1", source="Dapodik"),),
    )
