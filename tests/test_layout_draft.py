"""First guesses of the mapping form, and how a header's labels are read."""

from kla import layout_draft
from kla.sheet_layout import differences, header_labels, year_in_text

TITLED = [
    ["REKAP AKTA KELAHIRAN", "REKAP AKTA KELAHIRAN", "REKAP AKTA KELAHIRAN", "REKAP AKTA KELAHIRAN"],
    ["Keadaan s.d. Desember 2024", None, None, None],
    [None, None, "Jumlah Anak", "Jumlah Anak", "Memiliki Akta", "Memiliki Akta"],
    ["No", "Desa", "L", "P", "L", "P"],
    [1, "Temas", 120, 130, 118, 129],
    [2, "Sisir", 90, 95.0, 90, 94],
]


def test_repeated_labels_under_a_merged_title_take_the_title():
    labels = ("No", "Desa", "Jumlah Anak L", "Jumlah Anak P", "Memiliki Akta L", "Memiliki Akta P")
    assert header_labels(TITLED, 3) == labels


def test_the_header_row_and_the_title_cell_are_guessed():
    assert layout_draft.guess_header_row(TITLED) == 3
    assert layout_draft.year_cells(TITLED, 3) == [("A2", "Keadaan s.d. Desember 2024")]


def test_a_title_names_its_last_year():
    assert year_in_text("Keadaan s.d. Desember 2024") == 2024
    assert year_in_text("Semester 2 Tahun 2023 s.d. 2024") == 2024
    assert year_in_text("Periode 12345") is None
    assert year_in_text(2025.0) == 2025


def test_units_are_guessed_to_the_region_their_name_holds():
    regions = {"1": "Oro-oro Ombo", "2": "Temas", "3": "Sumberejo", "4": "Sumber Brantas"}
    units = ["Posyandu Melati Oro Oro Ombo", "Posyandu Mawar Sumber Brantas", "Posyandu Kenanga"]

    guessed = layout_draft.guess_lookup(units, regions)

    assert guessed == {
        "Posyandu Melati Oro Oro Ombo": "Oro-oro Ombo",
        "Posyandu Mawar Sumber Brantas": "Sumber Brantas",
        "Posyandu Kenanga": "",
    }
    assert layout_draft.parse_pairs(layout_draft.lookup_text(guessed)) == {
        "Posyandu Melati Oro Oro Ombo": "Oro-oro Ombo",
        "Posyandu Mawar Sumber Brantas": "Sumber Brantas",
        "Posyandu Kenanga": "",
    }


def test_texts_read_as_numbers_are_pairs():
    assert layout_draft.parse_text_numbers("Ya=1; Tidak = 0 ; Sebagian=0,5") == {
        "Ya": 1.0,
        "Tidak": 0.0,
        "Sebagian": 0.5,
    }


def test_the_sheet_preview_numbers_rows_and_letters_columns():
    preview = layout_draft.sheet_preview(TITLED, count=5)

    assert list(preview.columns) == ["A", "B", "C", "D", "E", "F"]
    assert list(preview.index) == [1, 2, 3, 4, 5]
    assert preview.loc[5, "C"] == "120"


def test_every_kind_of_change_in_a_header_is_named():
    old = ("No", "Desa", "Pendek", "Sangat Pendek", "Diukur")
    new = ("No", "Desa", "Sangat Pendek", "Pendek", "Balita Diukur", "Catatan")

    assert differences(old, new) == [
        ("layout_moved", {"name": "Pendek", "old": "C", "new": "D"}),
        ("layout_moved", {"name": "Sangat Pendek", "old": "D", "new": "C"}),
        ("layout_renamed", {"name": "Diukur", "column": "E", "new_name": "Balita Diukur"}),
        ("layout_added", {"name": "Catatan", "column": "F"}),
    ]
