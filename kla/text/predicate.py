"""Texts of the KLA predicate page: history, bands and the estimated score."""

PREDICATE_TEXT: dict[str, dict[str, str]] = {
    "nav_predicate": {"id": "Predikat KLA", "en": "KLA rating"},
    "predicate_title": {"id": "Predikat KLA {city}", "en": "KLA rating of {city}"},
    "predicate_intro": {
        "id": "Riwayat predikat Kota Layak Anak dari evaluasi nasional, rentang nilai tiap predikat, dan "
        "**perkiraan** nilai dari capaian ukuran tahun {year}. Nilai resmi evaluasi tidak dipublikasikan: "
        "riwayat hanya memuat predikat, dan perkiraan di halaman ini bukan nilai resmi.",
        "en": "The child-friendly city rating from the national evaluation over the years, the score range of "
        "each rating, and an **estimated** score from the measures of {year}. Official scores are not "
        "published: the history shows ratings only, and the estimate on this page is not an official score.",
    },
    "predicate_latest": {"id": "Predikat resmi terakhir", "en": "Latest official rating"},
    "predicate_latest_value": {"id": "{predicate} ({year})", "en": "{predicate} ({year})"},
    "predicate_next": {"id": "Target berikutnya", "en": "Next goal"},
    "predicate_next_value": {"id": "{predicate} ({span})", "en": "{predicate} ({span})"},
    "predicate_none_recorded": {"id": "Belum ada", "en": "None yet"},
    "predicate_history_title": {"id": "Riwayat predikat", "en": "Rating history"},
    "predicate_history_caption": {
        "id": " Nilai resmi tidak dipublikasikan: tiap batang mencakup seluruh rentang predikatnya.",
        "en": " Official scores are not published: each bar spans the whole range of its rating.",
    },
    "predicate_bands_title": {"id": "Rentang nilai predikat", "en": "Rating score ranges"},
    "predicate_bands_caption": {
        "id": "Sumber: {sources}. Skala nilai 0–1.000.",
        "en": "Source: {sources}. Score scale 0–1,000.",
    },
    # Statuses of a year in the history
    "predicate_status_resmi": {"id": "Resmi", "en": "Official"},
    "predicate_status_diperdebatkan": {"id": "Diperdebatkan", "en": "Disputed"},
    "predicate_status_tidak_ada_evaluasi": {"id": "Tidak ada evaluasi", "en": "No evaluation"},
    "predicate_status_belum_tercatat": {"id": "Belum tercatat", "en": "Not recorded"},
    "predicate_no_predicate": {"id": "Belum berpredikat", "en": "No rating yet"},
    # Table columns
    "predicate_col_predicate": {"id": "Predikat", "en": "Rating"},
    "predicate_col_status": {"id": "Status", "en": "Status"},
    "predicate_col_source": {"id": "Sumber", "en": "Source"},
    "predicate_col_note": {"id": "Catatan", "en": "Note"},
    "predicate_col_low": {"id": "Nilai terendah", "en": "Lowest score"},
    "predicate_col_high": {"id": "Nilai tertinggi", "en": "Highest score"},
    "predicate_col_indicator": {"id": "Indikator", "en": "Indicator"},
    "predicate_col_component": {"id": "Komponen", "en": "Component"},
    "predicate_col_measures": {"id": "Ukuran", "en": "Measures"},
    "predicate_col_weight": {"id": "Bobot (berkas)", "en": "Weight (file)"},
    "predicate_col_max_points": {"id": "Poin maksimal", "en": "Maximum points"},
    "predicate_col_fulfilment": {"id": "Keterpenuhan", "en": "Fulfilment"},
    "predicate_col_points": {"id": "Poin perkiraan", "en": "Estimated points"},
    "predicate_col_missing": {"id": "Tanpa nilai {year}", "en": "No value for {year}"},
    "predicate_total": {"id": "Jumlah", "en": "Total"},
    # The estimate
    "predicate_estimate_title": {"id": "Perkiraan nilai {year}", "en": "Estimated score {year}"},
    "predicate_estimate_label": {"id": "perkiraan, bukan nilai resmi", "en": "estimate, not an official score"},
    "predicate_estimate_metric": {
        "id": "Nilai {year} (perkiraan, bukan nilai resmi)",
        "en": "Score {year} (estimate, not an official score)",
    },
    "predicate_estimate_band": {"id": "Rentang predikat perkiraan", "en": "Estimated rating range"},
    "predicate_estimate_gap": {"id": "Menuju {predicate} ({low})", "en": "To {predicate} ({low})"},
    "predicate_gap_points": {"id": "kurang {points} poin", "en": "{points} points short"},
    "predicate_gap_reached": {"id": "sudah tercapai", "en": "reached"},
    "predicate_method": {
        "id": "**Cara menghitung perkiraan (bukan nilai resmi).** Tiap ukuran diberi keterpenuhan 0–1: 1 bila "
        "targetnya tercapai; (skor kemajuan + 5) / 10 bila belum (skor -5 sampai 5); 0,5 bila ada nilai tahun "
        "{year} tetapi datanya belum cukup untuk dinilai; 1 untuk ukuran pantauan yang ada nilainya tahun {year}; "
        "0 bila tidak ada nilai tahun {year} (tanpa bukti, tanpa poin). Keterpenuhan indikator = rata-rata "
        "ukurannya; ukuran pelengkap tanpa nomor indikator tidak dihitung. Perkiraan = jumlah bobot × "
        "keterpenuhan, dengan bobot diskalakan agar berjumlah 1.000. Bobot yang dipakai ada di tabel di bawah.",
        "en": "**How the estimate is made (not an official score).** Each measure gets a fulfilment from 0 to 1: "
        "1 when its goal is met; (progress score + 5) / 10 otherwise (scores run from -5 to 5); 0.5 when it has "
        "a value for {year} but too few years to be judged; 1 for a monitored measure with a value for {year}; "
        "0 when it has no value for {year} (no evidence, no points). An indicator's fulfilment is the mean of "
        "its measures'; supplementary measures without an indicator number are not counted. The estimate is "
        "the sum of weight × fulfilment, with the weights scaled to sum to 1,000. The weights used are in the "
        "table below.",
    },
    "predicate_points_title": {"id": "Bobot dan poin per indikator", "en": "Weights and points per indicator"},
    "predicate_weights_caption": {
        "id": " Bobot: {path} (jumlah {total}, diskalakan ke 1.000). Perkiraan, bukan nilai resmi.",
        "en": " Weights: {path} (sum {total}, scaled to 1,000). Estimate, not an official score.",
    },
    "predicate_over_years_title": {"id": "Perkiraan nilai per tahun", "en": "Estimated score per year"},
    "predicate_no_weights": {
        "id": "Perkiraan nilai tidak ditampilkan karena bobot per indikator belum diatur (bobot resmi tidak "
        "dipublikasikan). Untuk mengaturnya, isi berkas CSV `{path}` dengan kolom `nomor_indikator` (1–24, "
        "sesuai `data/kla-indikator.csv`) dan `bobot` (angka 0 atau lebih, desimal dengan titik; kosong = tidak "
        "dihitung), atau arahkan variabel lingkungan `KLA_BOBOT` ke berkas lain, lalu muat ulang halaman.",
        "en": "No estimated score is shown because no weights per indicator are configured (the official "
        "weights are not published). To configure them, fill the CSV file `{path}` with the columns "
        "`nomor_indikator` (1–24, as in `data/kla-indikator.csv`) and `bobot` (a number 0 or more, decimal "
        "point; blank = not counted), or point the environment variable `KLA_BOBOT` at another file, then "
        "reload the page.",
    },
    "predicate_bad_file": {
        "id": "{message} Perbaiki berkas itu lalu muat ulang halaman.",
        "en": "{message} Fix that file, then reload the page.",
    },
    "predicate_bad_weights": {
        "id": "{message} Perkiraan nilai tidak ditampilkan sampai berkas bobot diperbaiki.",
        "en": "{message} No estimated score is shown until the weights file is fixed.",
    },
    # Errors in the files (raised by kla.predicate)
    "predicate_error_columns": {
        "id": "Berkas {path}: kolom {columns} tidak ada di baris judul.",
        "en": "File {path}: the header has no column {columns}.",
    },
    "predicate_error_number": {
        "id": "Berkas {path}, baris {line}: {column} '{text}' bukan angka yang sah (tulis desimal dengan titik, "
        "mis. 41.667, tanpa pemisah ribuan).",
        "en": "File {path}, line {line}: {column} '{text}' is not a valid number (write decimals with a point, "
        "e.g. 41.667, without thousands separators).",
    },
    "predicate_error_unknown": {
        "id": "Berkas {path}, baris {line}: indikator {number} tidak ada di katalog (nomor yang dikenal: {known}).",
        "en": "File {path}, line {line}: indicator {number} is not in the catalog (known numbers: {known}).",
    },
    "predicate_error_duplicate": {
        "id": "Berkas {path}, baris {line}: indikator {number} sudah diberi bobot di baris {first}.",
        "en": "File {path}, line {line}: indicator {number} already has a weight on line {first}.",
    },
    "predicate_error_negative": {
        "id": "Berkas {path}, baris {line}: bobot {text} negatif; bobot harus 0 atau lebih.",
        "en": "File {path}, line {line}: weight {text} is negative; weights must be 0 or more.",
    },
    "predicate_error_status": {
        "id": "Berkas {path}, baris {line}: status '{text}' tidak dikenal (pilihan: {choices}).",
        "en": "File {path}, line {line}: unknown status '{text}' (choices: {choices}).",
    },
    "predicate_error_band": {
        "id": "Berkas {path}, baris {line}: predikat '{text}' tidak ada di daftar rentang predikat.",
        "en": "File {path}, line {line}: rating '{text}' is not in the list of rating ranges.",
    },
    # Charts
    "predicate_axis_score": {"id": "Nilai (skala 0–1.000)", "en": "Score (0–1,000 scale)"},
    "predicate_legend_official": {"id": "Predikat resmi", "en": "Official rating"},
    "predicate_legend_disputed": {"id": "Diperdebatkan", "en": "Disputed"},
    "predicate_target_line": {"id": "Target berikutnya: {predicate}", "en": "Next goal: {predicate}"},
    "predicate_estimate_trace": {
        "id": "Nilai perkiraan (bukan nilai resmi)",
        "en": "Estimated score (not an official score)",
    },
    "predicate_points_max": {"id": "Poin maksimal (bobot)", "en": "Maximum points (weight)"},
    "predicate_points_estimated": {"id": "Poin perkiraan", "en": "Estimated points"},
    "predicate_axis_points": {"id": "Poin (perkiraan)", "en": "Points (estimate)"},
}
