"""Texts of the meeting deck, the presenter mode and the printed pages."""

MEETING_TEXT: dict[str, dict[str, str]] = {
    "nav_presenter": {"id": "Presentasi", "en": "Presentation"},
    "deck_title": {"id": "Kota Layak Anak {city}", "en": "{city} Child-Friendly City"},
    "deck_meeting": {
        "id": "Rapat koordinasi Gugus Tugas KLA · capaian data tahun {year}",
        "en": "Child-friendly city task force meeting · results for {year}",
    },
    "deck_prepared": {"id": "Disiapkan {date}", "en": "Prepared {date}"},
    "deck_freshness": {
        "id": "{complete} dari {total} OPD sudah lengkap mengirim data {year}",
        "en": "{complete} of {total} agencies have sent all their {year} data",
    },
    "deck_last_upload": {"id": "Unggahan terakhir: {when}", "en": "Last upload: {when}"},
    "deck_source_database": {
        "id": "Sumber: basis data dasbor KLA (unggahan OPD). Tahun data: {years}.",
        "en": "Source: KLA dashboard database (agency uploads). Data years: {years}.",
    },
    "deck_source_uploads": {
        "id": "Sumber: riwayat unggahan OPD di dasbor KLA. Tahun data: {year}.",
        "en": "Source: agency upload history in the KLA dashboard. Data year: {year}.",
    },
    "deck_footer": {
        "id": "KLA {city} · data {year} · {number}/{total}",
        "en": "KLA {city} · {year} data · {number}/{total}",
    },
    "deck_glance_title": {"id": "Kota sekilas", "en": "The city at a glance"},
    "deck_glance_message": {
        "id": "{met} dari {total} ukuran yang punya target sudah memenuhinya pada {year}.",
        "en": "{met} of {total} measures with a goal met it in {year}.",
    },
    "deck_glance_pace": {
        "id": "Menurut laju kemajuannya, {good} dari {total} ukuran sudah tercapai atau sesuai jalur.",
        "en": "Judged by their pace, {good} of {total} measures are achieved or on track.",
    },
    "deck_attention_title": {"id": "Perlu perhatian", "en": "Needs attention"},
    "deck_attention_message": {
        "id": "{count} ukuran belum sesuai jalur: masing-masing perlu rencana percepatan dari OPD pengampunya.",
        "en": "{count} measures are not on track: each needs a plan from its lead agency to speed up.",
    },
    "deck_attention_none": {
        "id": "Semua ukuran yang dinilai sudah tercapai atau sesuai jalur.",
        "en": "Every judged measure is achieved or on track.",
    },
    "deck_attention_more": {"id": "Dan {count} ukuran lain.", "en": "And {count} more measures."},
    "deck_missing_title": {"id": "Data yang belum masuk", "en": "Data not yet in"},
    "deck_missing_message": {
        "id": "{opds} OPD belum mengirim angka {year} untuk {count} ukuran.",
        "en": "{opds} agencies have not sent {year} figures for {count} measures.",
    },
    "deck_missing_none": {
        "id": "Semua OPD sudah mengirim angka {year}.",
        "en": "Every agency has sent its {year} figures.",
    },
    "deck_col_value": {"id": "Capaian {year}", "en": "{year} value"},
    "deck_col_goal": {"id": "Target {year}", "en": "{year} goal"},
    "deck_col_missing": {"id": "Belum ada data {year}", "en": "No {year} data yet"},
    "deck_closing_title": {"id": "Ringkasan dan tindak lanjut", "en": "Summary and next steps"},
    "deck_closing_message": {
        "id": "Yang perlu dibawa pulang dari rapat ini (data {year}):",
        "en": "What to take away from this meeting ({year} data):",
    },
    "deck_closing_good": {
        "id": "{good} dari {total} ukuran sudah tercapai atau sesuai jalur.",
        "en": "{good} of {total} measures are achieved or on track.",
    },
    "deck_closing_behind": {
        "id": "{count} ukuran perlu percepatan; yang paling tertinggal: {codes}.",
        "en": "{count} measures need to speed up; furthest behind: {codes}.",
    },
    "deck_closing_missing": {
        "id": "{count} ukuran belum punya data {year}: {opds} diminta melengkapinya.",
        "en": "{count} measures have no {year} data yet: {opds} are asked to send it.",
    },
    "deck_city_trend": {"id": "Tren tingkat kota", "en": "City trend"},
    "page_footer": {
        "id": "Dasbor KLA {city} · data {year} · dicetak {date}",
        "en": "KLA dashboard {city} · {year} data · printed {date}",
    },
    "presenter_previous": {"id": "Sebelumnya", "en": "Previous"},
    "presenter_next": {"id": "Berikutnya", "en": "Next"},
    "presenter_settings": {"id": "Pengaturan dan unduhan", "en": "Settings and downloads"},
    "presenter_exit": {"id": "Keluar dari presentasi", "en": "Leave the presentation"},
    "presenter_pptx": {"id": "Unduh PowerPoint (.pptx)", "en": "Download PowerPoint (.pptx)"},
    "presenter_pdf": {"id": "Unduh PDF", "en": "Download PDF"},
    "presenter_no_browser": {
        "id": "Berkas tidak dapat dibuat: Chromium tidak ditemukan di server ({path}). "
        "Minta admin memasang paket chromium.",
        "en": "The file cannot be made: Chromium was not found on the server ({path}). "
        "Ask the administrator to install chromium.",
    },
    "page_pdf": {"id": "Unduh halaman ini (PDF)", "en": "Download this page (PDF)"},
    "report_written": {"id": "Tertulis: {path} ({slides} halaman)", "en": "Written: {path} ({slides} pages)"},
    "report_no_database": {
        "id": "Basis data tidak ditemukan: {path}. Buat dulu dengan `make run` atau `python -m loaders sample`.",
        "en": "Database not found: {path}. Create it first with `make run` or `python -m loaders sample`.",
    },
    "report_no_year": {
        "id": "Tahun {year} tidak punya data. Tahun yang ada: {years}.",
        "en": "Year {year} has no data. Years with data: {years}.",
    },
}
