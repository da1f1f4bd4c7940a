"""The presenter page and the download buttons, in Streamlit's AppTest against the sample database."""

import pytest
from streamlit.testing.v1 import AppTest


def _present(app: AppTest, slide: str | None = None, lang: str = "id") -> AppTest:
    if slide is not None:
        app.query_params["slide"] = slide
    app.session_state["lang"] = lang
    app.run()
    app.switch_page("pages/presentasi.py").run()
    assert not app.exception, [e.message for e in app.exception]
    return app


def test_presenter_opens_on_the_linked_slide_and_moves_on(app):
    _present(app, "4")
    assert [title.value for title in app.title] == ["Klaster I: Hak Sipil dan Kebebasan"]
    assert app.query_params["slide"] == "4"
    captions = [caption.value for caption in app.caption]
    assert captions[0].startswith("Sumber:") and "Tahun data:" in captions[0]
    assert captions[1] == "KLA Kota Batu · data 2025 · 4/11 Data contoh, bukan data resmi."
    assert len(app.table) == 1 and len(app.get("plotly_chart")) == 1  # the scorecard and one chart
    assert not app.sidebar.radio and not app.sidebar.selectbox  # no sidebar choices in presenter mode
    app.button(key="slide-next").click().run()
    assert app.title[0].value.startswith("Klaster II") and app.query_params["slide"] == "5"
    app.button(key="slide-previous").click().run()
    app.button(key="slide-previous").click().run()
    assert app.title[0].value == "Kelembagaan" and app.query_params["slide"] == "3"


def test_presenter_first_and_last_slides(app):
    _present(app)
    assert app.title[0].value == "Kota Layak Anak Kota Batu"
    assert app.button(key="slide-previous").disabled and not app.button(key="slide-next").disabled
    markdown = "\n".join(m.value for m in app.markdown)
    assert "Disiapkan" in markdown and "OPD sudah lengkap mengirim data 2025" in markdown
    assert "1 / 11" in markdown


@pytest.mark.parametrize("asked", ["99", "0", "tiga"])
def test_a_slide_number_out_of_range_is_kept_in_range(app, asked):
    _present(app, asked)
    assert not app.exception
    expected = "11" if asked == "99" else "1"
    assert app.query_params["slide"] == expected


def test_presenter_in_english_with_deck_downloads(app):
    _present(app, "9", lang="en")
    assert app.title[0].value == "Needs attention"
    labels = [button.proto.label for button in app.get("download_button")]
    assert "Download PowerPoint (.pptx)" in labels and "Download PDF" in labels
    assert "Sample data, not official." in app.caption[-1].value


def test_every_slide_renders(app):
    _present(app)
    titles = []
    for _ in range(11):
        titles.append(app.title[0].value)
        if not app.button(key="slide-next").disabled:
            app.button(key="slide-next").click().run()
            assert not app.exception
    assert titles[-3:] == ["Perlu perhatian", "Data yang belum masuk", "Ringkasan dan tindak lanjut"]
    assert len(set(titles)) == 11


def test_tables_offer_excel_and_csv_and_cluster_pages_a_pdf(app):
    app.run()
    app.switch_page("pages/klaster_3.py").run()
    app.session_state["klaster-peringkat"] = app.session_state["klaster-selisih"] = True
    app.run()
    labels = [button.proto.label for button in app.get("download_button")]
    assert labels[0] == "Unduh halaman ini (PDF)"
    assert labels.count("Unduh Excel") == labels.count("Unduh CSV") >= 3  # scorecard, league, sex gap
