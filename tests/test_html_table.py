"""Short tables written as HTML for the first page of a visit (:mod:`kla.html_table`)."""

import math

import pandas as pd

from kla.html_table import html_table


def test_the_columns_head_the_rows_in_order_without_the_index():
    frame = pd.DataFrame({"OPD": ["Dinsos", "Dinkes"], "Status": ["Terlambat", "Lengkap"]}, index=[7, 3])
    table = html_table(frame)
    assert '<th scope="col">OPD</th><th scope="col">Status</th>' in table
    assert "<tr><td>Dinsos</td><td>Terlambat</td></tr><tr><td>Dinkes</td><td>Lengkap</td></tr>" in table
    assert ">7<" not in table and ">3<" not in table


def test_a_missing_value_is_a_dash():
    table = html_table(pd.DataFrame({"Tahun": [2024, None], "Nilai": ["10,3%", math.nan]}, dtype=object))
    assert "<td>2024</td><td>10,3%</td>" in table and "<td>–</td><td>–</td>" in table


def test_names_and_values_are_written_as_text_not_markup():
    table = html_table(pd.DataFrame({'<b onclick="x">': ["<script>alert(1)</script>"]}))
    assert "<script>alert" not in table and "<b onclick" not in table
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in table and "&lt;b onclick=&quot;x&quot;&gt;" in table


def test_no_rows_still_has_its_header():
    table = html_table(pd.DataFrame(columns=["Kode", "Ukuran"]))
    assert '<th scope="col">Kode</th>' in table and "<tbody></tbody>" in table
