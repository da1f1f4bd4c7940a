"""Every user-facing string, in Bahasa Indonesia (default) and English.

Pages and loaders never write literal UI text: they call ``t(key, lang, **values)``.
"""

from __future__ import annotations

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

TEXT: dict[str, dict[str, str]] = {
    # Navigation and shell
    "app_title": {"id": "Dasbor Kota Layak Anak", "en": "Child-Friendly City Dashboard"},
    "nav_overview": {"id": "Ringkasan", "en": "Overview"},
    "sidebar_year": {"id": "Tahun", "en": "Year"},
    "sample_notice": {
        "id": "**Data contoh.** Angka di dasbor ini dibuat untuk peragaan, masuk akal tetapi "
        "bukan data resmi OPD Kota Batu.",
        "en": "**Sample data.** The figures in this dashboard are generated for demonstration: "
        "plausible, but not official figures of the city's agencies.",
    },
    "no_database": {
        "id": "Basis data belum ada di {path}. Jalankan `make run` (membuat data contoh) atau "
        "muat berkas dengan `python -m loaders ingest`.",
        "en": "No database at {path}. Run `make run` (builds the sample) or load files with "
        "`python -m loaders ingest`.",
    },
    "database_busy_path": {
        "id": "Basis data {path} sedang dipakai proses lain (misalnya unggahan). Coba lagi sebentar lagi.",
        "en": "The database {path} is in use by another process (e.g. an upload). Try again in a moment.",
    },
    "no_data_loaded": {
        "id": "Basis data belum berisi data capaian. Muat berkas OPD dengan `python -m loaders ingest "
        "BERKAS.xlsx`, atau bangun data contoh dengan `python -m loaders sample` pada berkas baru.",
        "en": "The database holds no figures yet. Load agency files with `python -m loaders ingest "
        "FILE.xlsx`, or build the sample with `python -m loaders sample` into a new file.",
    },
    "city_value_missing": {
        "id": "Nilai tingkat kota belum dilaporkan; rincian per wilayah ada di bawah.",
        "en": "No city-level value has been reported; the regional breakdown is below.",
    },
    "database_busy": {
        "id": "Basis data sedang diperbarui oleh unggahan. Muat ulang halaman sebentar lagi.",
        "en": "The database is being updated by an upload. Reload the page in a moment.",
    },
    "no_data_yet": {
        "id": "Belum ada data untuk ukuran ini.",
        "en": "No data for this measure yet.",
    },
    # Overview page
    "overview_title": {"id": "Ringkasan Kota Layak Anak {city}", "en": "{city} child-friendly city at a glance"},
    "overview_intro": {
        "id": "Capaian tiap klaster terhadap target kota tahun {year}: nilai terakhir yang tersedia "
        "(sampai {year}) dibandingkan dengan target kota.",
        "en": "Progress of each cluster against the city goals for {year}: the latest value "
        "available (up to {year}) compared with the city goal.",
    },
    "kpi_heading": {
        "id": "Ukuran yang memenuhi target kota {year}, per klaster",
        "en": "Measures meeting the {year} city goal, per cluster",
    },
    "kpi_met": {"id": "{met} dari {total}", "en": "{met} of {total}"},
    "kpi_missed_delta": {"id": "{missed} belum memenuhi", "en": "{missed} behind"},
    "status_met": {"id": "Memenuhi target", "en": "Meets the goal"},
    "status_missed": {"id": "Belum memenuhi target", "en": "Behind the goal"},
    "status_no_goal": {"id": "Tanpa target / dipantau", "en": "No goal / monitored"},
    "status_no_data": {"id": "Belum ada data", "en": "No data"},
    "axis_measures": {"id": "Jumlah ukuran", "en": "Number of measures"},
    "worst_title": {"id": "Paling jauh dari target", "en": "Furthest from the goal"},
    "worst_intro": {
        "id": "Ukuran yang belum memenuhi target {year}, diurutkan menurut jarak relatif ke target.",
        "en": "Measures behind their {year} goal, ordered by relative distance to the goal.",
    },
    "freshness_title": {"id": "Kemutakhiran data per OPD", "en": "Data freshness by agency"},
    "freshness_intro": {
        "id": "Tahun data terakhir yang sudah masuk dari tiap OPD, untuk ukuran yang menjadi "
        "tanggung jawabnya. OPD yang belum mengirim data {year} ditandai terlambat.",
        "en": "The latest year of data received from each agency for the measures it leads. "
        "Agencies that have not yet sent {year} data are marked late.",
    },
    "fresh_ok": {"id": "Lengkap", "en": "Up to date"},
    "fresh_partial": {"id": "Sebagian", "en": "Partial"},
    "fresh_late": {"id": "Terlambat", "en": "Late"},
    "col_opd": {"id": "OPD", "en": "Agency"},
    "col_latest_year": {"id": "Tahun data terakhir", "en": "Latest data year"},
    "col_with_year": {"id": "Ukuran dengan data {year}", "en": "Measures with {year} data"},
    "col_last_upload": {"id": "Unggahan terakhir", "en": "Last upload"},
    "col_status": {"id": "Status", "en": "Status"},
    "col_code": {"id": "Kode", "en": "Code"},
    "col_measure": {"id": "Ukuran", "en": "Measure"},
    "col_latest": {"id": "Nilai terakhir", "en": "Latest value"},
    "col_gap": {"id": "Selisih", "en": "Gap"},
    "never": {"id": "belum pernah", "en": "never"},
    # Upload page
    "nav_upload": {"id": "Unggah data", "en": "Upload data"},
    "upload_title": {"id": "Unggah data OPD", "en": "Upload agency data"},
    "upload_intro": {
        "id": "Pilih OPD, lalu letakkan satu atau beberapa berkas (.xlsx, .xlsm, .xls, .ods). Berkas diperiksa "
        "dulu; tidak ada yang ditulis sebelum Anda menekan **Muat ke basis data**.",
        "en": "Choose the agency, then drop one or more files (.xlsx, .xlsm, .xls, .ods). Files are checked "
        "first; nothing is written until you press **Load into the database**.",
    },
    "upload_opd": {"id": "OPD pengunggah", "en": "Uploading agency"},
    "upload_files": {"id": "Berkas", "en": "Files"},
    "upload_check_title": {"id": "Hasil pemeriksaan", "en": "Check results"},
    "upload_accepted": {
        "id": "**{file}**: dapat dimuat. {rows} nilai: {added} baru, {changed} berubah, {unchanged} sama.",
        "en": "**{file}**: can be loaded. {rows} values: {added} new, {changed} changed, {unchanged} unchanged.",
    },
    "upload_rejected": {
        "id": "**{file}**: ditolak, {count} masalah. Perbaiki sel yang disebut lalu unggah lagi; "
        "tidak ada yang ditulis.",
        "en": "**{file}**: refused, {count} problems. Fix the cells named and upload again; nothing was written.",
    },
    "upload_errors": {"id": "Galat", "en": "Errors"},
    "upload_warnings": {"id": "Peringatan", "en": "Warnings"},
    "upload_changes": {"id": "Nilai yang akan berubah (lama → baru)", "en": "Values that will change (old → new)"},
    "upload_confirm": {"id": "Muat ke basis data", "en": "Load into the database"},
    "upload_blocked": {
        "id": "Perbaiki berkas yang ditolak dulu: berkas dimuat bersama-sama atau tidak sama sekali.",
        "en": "Fix the refused files first: files are loaded together or not at all.",
    },
    "upload_done": {
        "id": "**{file}** dimuat sebagai unggahan #{upload_id}. Halaman lain sudah menampilkan angka barunya.",
        "en": "**{file}** loaded as upload #{upload_id}. The other pages now show its figures.",
    },
    "upload_history_title": {"id": "Riwayat unggahan", "en": "Upload history"},
    "upload_undo_pick": {"id": "Unggahan yang dibatalkan", "en": "Upload to undo"},
    "upload_undo_placeholder": {"id": "Pilih unggahan…", "en": "Choose an upload…"},
    "upload_undo_button": {"id": "Batalkan unggahan", "en": "Undo upload"},
    "upload_undo_confirm": {
        "id": "Saya mengerti: nilai dari unggahan ini ditarik dan nilai sebelumnya dikembalikan.",
        "en": "I understand: this upload's values are withdrawn and the earlier values come back.",
    },
    "upload_undone": {
        "id": "Unggahan #{upload_id} dibatalkan: {withdrawn} nilai ditarik, {restored} nilai lama dikembalikan.",
        "en": "Upload #{upload_id} undone: {withdrawn} values withdrawn, {restored} earlier values restored.",
    },
    "upload_none": {"id": "Belum ada unggahan.", "en": "No uploads yet."},
    "upload_template_title": {"id": "Templat unggahan", "en": "Upload template"},
    "upload_template_intro": {
        "id": "Templat berisi ukuran OPD terpilih untuk setiap wilayah, daftar pilihan, dan petunjuk pengisian.",
        "en": "The template holds the chosen agency's measures for every region, pick lists and instructions.",
    },
    "upload_template_year": {"id": "Tahun templat", "en": "Template year"},
    "upload_template_button": {"id": "Unduh templat {opd} {year}", "en": "Download the {opd} {year} template"},
    "upload_aktif": {"id": "Aktif", "en": "Active"},
    "upload_dibatalkan": {"id": "Dibatalkan", "en": "Undone"},
    "col_sheet": {"id": "Lembar", "en": "Sheet"},
    "col_cell": {"id": "Sel", "en": "Cell"},
    "col_row": {"id": "Baris", "en": "Row"},
    "col_message": {"id": "Pesan", "en": "Message"},
    "col_region": {"id": "Wilayah", "en": "Region"},
    "col_sex": {"id": "Jenis kelamin", "en": "Sex"},
    "col_old": {"id": "Lama", "en": "Old"},
    "col_new": {"id": "Baru", "en": "New"},
    "col_upload": {"id": "Unggahan", "en": "Upload"},
    "col_time": {"id": "Waktu", "en": "Time"},
    "col_file": {"id": "Berkas", "en": "File"},
    "col_added": {"id": "Baru", "en": "New"},
    "col_changed": {"id": "Berubah", "en": "Changed"},
    "col_year": {"id": "Tahun", "en": "Year"},
    # Progress statuses (kla.progress) and the scorecard
    "progress_target_achieved": {"id": "Target tercapai", "en": "Target achieved"},
    "progress_substantial_progress": {"id": "Sesuai jalur", "en": "On track"},
    "progress_moderate_progress": {"id": "Perlu percepatan", "en": "Needs acceleration"},
    "progress_limited_progress": {"id": "Kemajuan terbatas", "en": "Limited progress"},
    "progress_deterioration": {"id": "Memburuk", "en": "Deteriorating"},
    "progress_insufficient_data": {"id": "Data belum cukup", "en": "Insufficient data"},
    "progress_monitored": {"id": "Dipantau", "en": "Monitored"},
    "scorecard_title": {"id": "Kartu skor", "en": "Scorecard"},
    "scorecard_intro": {
        "id": "Status menurut metode kemajuan Open SDG (Statistics Canada): laju sejak tahun data pertama "
        "dibandingkan dengan laju yang dibutuhkan untuk mencapai target kota. Skor rata-rata klaster: "
        "**{score}** (dari −5 sampai 5).",
        "en": "Status by the Open SDG (Statistics Canada) progress method: the pace since the first data year "
        "against the pace needed to reach the city goal. Average cluster score: **{score}** (from −5 to 5).",
    },
    "col_change": {"id": "Perubahan", "en": "Change"},
    "col_benchmark": {"id": "Acuan nasional", "en": "National benchmark"},
    "col_pace": {"id": "Pada laju ini", "en": "At this pace"},
    "col_score": {"id": "Skor", "en": "Score"},
    "kpi_score": {"id": "skor rata-rata {score}", "en": "average score {score}"},
    "sentence_count": {
        "id": "{good} dari {total} ukuran {cluster} sudah tercapai atau sesuai jalur.",
        "en": "{good} of {total} measures of {cluster} are achieved or on track.",
    },
    "sentence_moved": {
        "id": "{name} {verb} dari {previous} ({previous_year}) menjadi {value} ({year})",
        "en": "{name} {verb} from {previous} ({previous_year}) to {value} ({year})",
    },
    "verb_up": {"id": "naik", "en": "rose"},
    "verb_down": {"id": "turun", "en": "fell"},
    "sentence_unchanged": {
        "id": "{name} tetap {value} ({previous_year}-{year})",
        "en": "{name} stayed at {value} ({previous_year}-{year})",
    },
    "sentence_goal_behind": {
        "id": "; target {goal} pada {goal_year} belum terkejar pada laju ini (perkiraan {expected}).",
        "en": "; the {goal_year} goal of {goal} is not reached at this pace (expected {expected}).",
    },
    "sentence_goal_ahead": {
        "id": "; pada laju ini target {goal} pada {goal_year} terkejar.",
        "en": "; at this pace the {goal_year} goal of {goal} is reached.",
    },
    # League tables and the gap between boys and girls
    "league_title": {"id": "Wilayah terbaik dan terburuk", "en": "Best and worst regions"},
    "sex_gap_title": {"id": "Selisih anak perempuan dan laki-laki", "en": "Gap between girls and boys"},
    "col_best": {"id": "Terbaik", "en": "Best"},
    "col_worst": {"id": "Terburuk", "en": "Worst"},
    "sex_boys": {"id": "Laki-laki", "en": "Boys"},
    "sex_girls": {"id": "Perempuan", "en": "Girls"},
    "status_boys": {"id": "Status laki-laki", "en": "Boys' status"},
    "status_girls": {"id": "Status perempuan", "en": "Girls' status"},
    "sex_both": {"id": "Laki-laki + perempuan", "en": "Boys + girls"},
    "col_gap_sex": {"id": "Selisih (P − L)", "en": "Gap (girls − boys)"},
    # Target page
    "nav_target": {"id": "Target", "en": "Goals"},
    "target_title": {"id": "Target kota dan acuan nasional", "en": "City goals and national benchmarks"},
    "target_intro": {
        "id": "Target kota per ukuran dan tahun, dan acuan nasional dari katalog. Target dapat diubah di sini; "
        "setiap perubahan dicatat bersama alasannya.",
        "en": "City goals per measure and year, and the national benchmarks from the catalog. Goals can be "
        "changed here; every change is recorded with its reason.",
    },
    "target_edit": {"id": "Ubah target kota {code}", "en": "Change the city goals of {code}"},
    "target_reason": {"id": "Alasan perubahan (wajib)", "en": "Reason for the change (required)"},
    "target_save": {"id": "Simpan perubahan target", "en": "Save goal changes"},
    "target_saved": {"id": "{count} target diubah dan dicatat.", "en": "{count} goals changed and recorded."},
    "target_log": {"id": "Catatan perubahan target", "en": "Goal change log"},
    "goal_reason_needed": {
        "id": "Tulis alasan perubahan target; perubahan tanpa alasan tidak disimpan.",
        "en": "Write the reason for the change; changes without a reason are not saved.",
    },
    "target_log_empty": {"id": "Belum ada perubahan target.", "en": "No goal has been changed yet."},
    "goal_source_changed": {"id": "Target kota (diubah di dasbor)", "en": "City goal (changed in the dashboard)"},
    "col_when": {"id": "Waktu", "en": "When"},
    "col_reason": {"id": "Alasan", "en": "Reason"},
    # Region page
    "nav_region": {"id": "Wilayah", "en": "Regions"},
    "region_title": {"id": "Peta wilayah", "en": "Regional map"},
    "region_intro": {
        "id": "Pilih ukuran dan tingkat wilayah; peta diwarnai menurut nilai atau status. Di samping: profil "
        "satu wilayah, semua ukurannya dan statusnya.",
        "en": "Choose a measure and a level; the map is coloured by value or status. Beside it: one region's "
        "profile, all its measures and their status.",
    },
    "region_level": {"id": "Tingkat", "en": "Level"},
    "region_colour": {"id": "Warna menurut", "en": "Colour by"},
    "region_colour_value": {"id": "Nilai", "en": "Value"},
    "region_colour_status": {"id": "Status", "en": "Status"},
    "region_pick": {"id": "Profil wilayah", "en": "Region profile"},
    "region_no_data": {
        "id": "Ukuran ini belum punya data pada tingkat {level}.",
        "en": "This measure has no data at {level} level yet.",
    },
    "col_cluster": {"id": "Klaster", "en": "Cluster"},
    # OPD page
    "nav_opd": {"id": "OPD", "en": "Agencies"},
    "opd_title": {"id": "Akuntabilitas OPD", "en": "Agency accountability"},
    "opd_intro": {
        "id": "Siapa yang masih berutang data? Kemutakhiran semua OPD, lalu rincian satu OPD: ukurannya, "
        "statusnya, dan data yang sudah dan belum dikirim per tahun.",
        "en": "Who still owes data? Every agency's freshness, then one agency in detail: its measures, their "
        "status, and the data delivered or missing per year.",
    },
    "opd_pick": {"id": "OPD", "en": "Agency"},
    "opd_measures": {"id": "Ukuran yang dipegang {opd}", "en": "Measures led by {opd}"},
    "opd_delivery": {"id": "Data yang sudah masuk per tahun", "en": "Data delivered per year"},
    "opd_delivery_legend": {
        "id": "✓ lengkap untuk semua wilayah pada tingkat biasanya; 12/24 sebagian; – belum ada.",
        "en": "✓ complete for every region at the usual level; 12/24 partial; – none yet.",
    },
    "opd_owes": {"id": "Belum lengkap untuk {year}: {codes}.", "en": "Not complete for {year}: {codes}."},
    "opd_all_in": {"id": "Semua data {year} sudah lengkap.", "en": "All {year} data are complete."},
    "opd_missing_title": {"id": "Wilayah yang belum melapor untuk {year}", "en": "Regions not yet reported for {year}"},
    "all_regions": {"id": "semua ({count} wilayah)", "en": "all ({count} regions)"},
    "col_missing_regions": {"id": "Belum melapor", "en": "Not reported"},
    "opd_last_upload": {"id": "Unggahan terakhir: {when}.", "en": "Last upload: {when}."},
    # Indicator page
    "nav_indicator": {"id": "Indikator", "en": "Indicator"},
    "indicator_pick": {"id": "Ukuran", "en": "Measure"},
    "indicator_unit": {"id": "Satuan: {unit}", "en": "Unit: {unit}"},
    "indicator_sources": {"id": "Sumber data: {sources}", "en": "Data sources: {sources}"},
    "indicator_status": {"id": "Status kota", "en": "City status"},
    "indicator_pace": {
        "id": "Pada laju ini, tahun {year}: **{value}** (target {goal}).",
        "en": "At this pace, in {year}: **{value}** (goal {goal}).",
    },
    "indicator_regions_title": {"id": "Per wilayah", "en": "By region"},
    "indicator_regions_intro": {
        "id": "Garis per kecamatan (data administrasi, laki-laki + perempuan), dengan garis kota.",
        "en": "One line per district (administrative data, boys + girls), with the city line.",
    },
    "indicator_region_status": {"id": "Status tiap wilayah", "en": "Status of each region"},
    "indicator_values": {"id": "Tabel nilai", "en": "Values"},
    "indicator_download": {"id": "Unduh nilai (CSV)", "en": "Download values (CSV)"},
    "indicator_link": {"id": "Rincian {code}", "en": "{code} in depth"},
    "col_value": {"id": "Nilai", "en": "Value"},
    "col_numerator": {"id": "Pembilang", "en": "Numerator"},
    "col_denominator": {"id": "Penyebut", "en": "Denominator"},
    "col_source": {"id": "Sumber", "en": "Source"},
    "col_series": {"id": "Jenis data", "en": "Kind of data"},
    # Cluster pages
    "cluster_intro": {
        "id": "{count} ukuran. Garis: capaian kota per tahun, dengan target kota dan acuan nasional. "
        "Batang: capaian per wilayah pada tahun {year}.",
        "en": "{count} measures. Lines: the city's value per year, with the city goal and the "
        "national benchmark. Bars: value per region in {year}.",
    },
    "measure_lead": {"id": "Penanggung jawab: {lead}", "en": "Lead agency: {lead}"},
    "measure_support": {"id": "pendukung: {support}", "en": "supporting: {support}"},
    "direction_naik": {"id": "makin tinggi makin baik", "en": "higher is better"},
    "direction_turun": {"id": "makin rendah makin baik", "en": "lower is better"},
    "direction_pantau": {
        "id": "dipantau, tanpa target (kenaikan bisa berarti pelaporan membaik)",
        "en": "monitored, no goal (a rise can mean better reporting)",
    },
    "series_administrasi": {"id": "Data administrasi", "en": "Administrative data"},
    "series_survei": {"id": "Data survei", "en": "Survey data"},
    "line_goal": {"id": "Target kota", "en": "City goal"},
    "line_benchmark": {"id": "Acuan nasional", "en": "National benchmark"},
    "bullet_title": {
        "id": "Capaian {year} terhadap target {goal_year}",
        "en": "{year} value against the {goal_year} goal",
    },
    "bullet_no_goal": {"id": "Capaian {year}", "en": "Value in {year}"},
    "breakdown_title": {"id": "Per {level}, {year}", "en": "By {level}, {year}"},
    "breakdown_none": {
        "id": "Ukuran ini dilaporkan untuk tingkat kota saja.",
        "en": "This measure is reported for the whole city only.",
    },
    "breakdown_missing_year": {
        "id": "Belum ada data per wilayah untuk tahun {year}.",
        "en": "No regional data for {year} yet.",
    },
    "level_kota": {"id": "kota", "en": "city"},
    "level_kecamatan": {"id": "kecamatan", "en": "district"},
    "level_desa": {"id": "desa/kelurahan", "en": "village"},
    "source_line": {"id": "Sumber: {sources}. Tahun data: {years}.", "en": "Source: {sources}. Data years: {years}."},
    "sources_more": {"id": " dan {count} sumber lain", "en": " and {count} other sources"},
    "goal_sources": {"id": " Target dan acuan: {sources}.", "en": " Goals and benchmarks: {sources}."},
    "delta_to_goal": {"id": "{delta} terhadap target", "en": "{delta} against the goal"},
    "breakdown_legend": {
        "id": "Biru: memenuhi target kota; jingga: belum memenuhi; garis hijau: target kota.",
        "en": "Blue: meets the city goal; orange: behind; green line: the city goal.",
    },
    "breakdown_counts": {
        "id": "Jumlah per wilayah; target kota adalah jumlah untuk seluruh kota, jadi tidak dibandingkan per wilayah.",
        "en": "Counts per region; the city goal is a city-wide total, so regions are not compared with it.",
    },
    "source_sample": {"id": " Data contoh, bukan data resmi.", "en": " Sample data, not official."},
    "unit_persen": {"id": "persen (%)", "en": "percent (%)"},
    "unit_jumlah": {"id": "jumlah", "en": "count"},
    "unit_per_1000_kh": {"id": "per 1.000 kelahiran hidup", "en": "per 1,000 live births"},
    "unit_biner": {"id": "1 = ada, 0 = belum", "en": "1 = yes, 0 = no"},
    # Command line
    "cli_accepted": {"id": "DITERIMA", "en": "ACCEPTED"},
    "cli_rejected": {"id": "DITOLAK", "en": "REJECTED"},
    "cli_dry_run": {"id": " (uji coba, tidak ada yang ditulis)", "en": " (dry run, nothing written)"},
    "cli_counts": {
        "id": "{rows} nilai: {added} baru, {changed} berubah, {unchanged} sama",
        "en": "{rows} values: {added} new, {changed} changed, {unchanged} unchanged",
    },
    "cli_upload_id": {"id": "; unggahan #{upload_id}", "en": "; upload #{upload_id}"},
    "cli_error": {"id": "GALAT", "en": "ERROR"},
    "cli_warning": {"id": "PERINGATAN", "en": "WARNING"},
    "cli_undone": {
        "id": "Unggahan #{upload_id} dibatalkan: {withdrawn} nilai ditarik, {restored} nilai lama dikembalikan.",
        "en": "Upload #{upload_id} undone: {withdrawn} values withdrawn, {restored} earlier values restored.",
    },
    "cli_template": {
        "id": "Templat {opd} tahun {year} ditulis ke {path} ({rows} baris siap diisi).",
        "en": "Template of {opd} for {year} written to {path} ({rows} rows ready to fill in).",
    },
    "cli_rebuilt": {
        "id": "{count} unggahan diputar ulang dari arsip; isi observations sama persis. Basis data lama "
        "disimpan sebagai {path}.bak.",
        "en": "{count} uploads replayed from the archive; observations are identical. The old database is "
        "kept as {path}.bak.",
    },
    "cli_rebuilt_different": {
        "id": "{count} unggahan diputar ulang dari arsip, tetapi isi observations BERBEDA dari basis data "
        "sekarang. Basis data tidak diganti; hasil bangun ulang ada di {path}.baru untuk diperiksa.",
        "en": "{count} uploads replayed from the archive, but observations DIFFER from the current database. "
        "It was not replaced; the rebuilt file is at {path}.baru for inspection.",
    },
    "cli_rebuild_missing": {
        "id": "Berkas arsip tidak ditemukan: {files}. Basis data tidak diubah.",
        "en": "Archived files not found: {files}. The database was not changed.",
    },
    "cli_file_missing": {"id": "Berkas tidak ditemukan: {path}", "en": "File not found: {path}"},
    "undo_unknown": {"id": "Unggahan #{upload_id} tidak ada.", "en": "Upload #{upload_id} does not exist."},
    "undo_twice": {
        "id": "Unggahan #{upload_id} sudah dibatalkan sebelumnya; tidak ada yang diubah.",
        "en": "Upload #{upload_id} was undone already; nothing was changed.",
    },
    "template_instructions": {
        "id": "Petunjuk pengisian\n\n"
        "1. Isi lembar Data: satu baris untuk satu nilai. Baris sudah disiapkan untuk setiap ukuran OPD Anda "
        "dan setiap wilayah pada tingkat yang biasa dilaporkan.\n"
        "2. kode_indikator, wilayah dan jenis_kelamin dipilih dari daftar. Kosongkan jenis_kelamin untuk "
        "laki-laki + perempuan.\n"
        "3. Isi nilai dalam satuan ukurannya (lihat catatan pada judul kolom nilai dan lembar Referensi), atau "
        "isi pembilang dan penyebut: nilai dihitung otomatis (persen = pembilang/penyebut × 100).\n"
        "4. Angka boleh ditulis cara Indonesia (1.234,5). Tulis '-' bila data memang tidak ada; baris itu dilewati.\n"
        "5. Isi sumber data (misalnya SIAK, e-PPGBM, SSGI). Data survei dan data administrasi disimpan sebagai "
        "deret terpisah.\n"
        "6. Simpan sebagai .xlsx lalu unggah di halaman Unggah, atau: "
        "python -m loaders ingest BERKAS.xlsx --opd KODE.\n"
        "\n"
        "Berkas yang salah ditolak utuh, dengan sel yang salah disebutkan; tidak ada data yang termuat sebagian.",
        "en": "How to fill in this template\n\n"
        "1. Fill in the Data sheet: one row per value. Rows are ready for each of your agency's measures and "
        "each region at the level it is usually reported.\n"
        "2. kode_indikator, wilayah and jenis_kelamin are picked from lists. Leave jenis_kelamin empty for "
        "boys + girls.\n"
        "3. Enter nilai in the measure's unit (see the note on the nilai header and the Referensi sheet), or enter "
        "pembilang and penyebut: the value is computed (percent = numerator/denominator × 100).\n"
        "4. Numbers may be written the Indonesian way (1.234,5). Write '-' when a figure does not exist; the row "
        "is skipped.\n"
        "5. Fill in the source (e.g. SIAK, e-PPGBM, SSGI). Survey and administrative data are kept as "
        "separate series.\n"
        "6. Save as .xlsx and upload it on the Upload page, or: python -m loaders ingest FILE.xlsx --opd CODE.\n"
        "\n"
        "A file with mistakes is refused whole, naming the wrong cells; nothing is ever half-loaded.",
    },
    "template_units_note": {"id": "Satuan nilai per ukuran:\n{units}", "en": "Unit of nilai per measure:\n{units}"},
    "template_code_note": {
        "id": "Pilih kode dari daftar (lihat lembar Referensi).",
        "en": "Pick a code from the list (see the Referensi sheet).",
    },
    "template_sex_note": {"id": "L, P, atau kosong untuk L+P.", "en": "L, P, or empty for both (L+P)."},
    "template_reference_header": {
        "id": "Kode ukuran|Nama ukuran|Satuan|Wilayah|Kode wilayah",
        "en": "Measure code|Measure name|Unit|Region|Region code",
    },
    "template_pick_from_list": {"id": "Pilih dari daftar.", "en": "Pick from the list."},
    "template_no_measures": {
        "id": "OPD {opd} tidak memegang ukuran apa pun di katalog, jadi tidak ada templat untuknya.",
        "en": "Agency {opd} leads no measure in the catalog, so it has no template.",
    },
    # Loader messages (errors and warnings name the sheet and cell)
    "err_not_workbook": {
        "id": "Berkas ini tidak dapat dibaca sebagai buku kerja Excel/LibreOffice: {detail}. "
        "Buka berkasnya di Excel/LibreOffice, simpan ulang sebagai .xlsx, lalu muat lagi.",
        "en": "This file cannot be read as an Excel/LibreOffice workbook: {detail}. Open it in "
        "Excel/LibreOffice, save it again as .xlsx and load it again.",
    },
    "err_too_big": {
        "id": "Berkas ini {size_mb} MB, melebihi batas {limit_mb} MB. Pecah datanya menjadi beberapa berkas, "
        "atau hapus lembar yang tidak perlu.",
        "en": "This file is {size_mb} MB, over the {limit_mb} MB limit. Split the data into several files, "
        "or remove sheets that are not needed.",
    },
    "err_encrypted": {
        "id": "Berkas ini dilindungi kata sandi, sehingga isinya tidak dapat dibaca. Buka di Excel, hapus "
        "kata sandinya (File > Info > Protect Workbook), simpan, lalu muat lagi.",
        "en": "This file is password-protected, so it cannot be read. Open it in Excel, remove the password "
        "(File > Info > Protect Workbook), save, and load it again.",
    },
    "err_zip_members": {
        "id": "Berkas ini berisi {count} bagian internal, jauh lebih banyak dari buku kerja biasa. Berkas "
        "ditolak demi keamanan; simpan ulang dari Excel/LibreOffice.",
        "en": "This file holds {count} internal parts, far more than a normal workbook. It is refused for "
        "safety; save it again from Excel/LibreOffice.",
    },
    "err_zip_bomb": {
        "id": "Isi berkas ini akan mengembang menjadi {unpacked_mb} MB, jauh melebihi buku kerja wajar. Berkas "
        "ditolak demi keamanan; simpan ulang dari Excel/LibreOffice.",
        "en": "This file would unpack to {unpacked_mb} MB, far beyond a normal workbook. It is refused for "
        "safety; save it again from Excel/LibreOffice.",
    },
    "reason_too_large": {
        "id": "isinya terlalu besar untuk dibaca dengan aman (melebihi batas memori)",
        "en": "its content is too large to read safely (over the memory limit)",
    },
    "reason_too_slow": {
        "id": "membacanya memakan waktu terlalu lama",
        "en": "reading it takes too long",
    },
    "reason_password": {"id": "berkas dilindungi kata sandi", "en": "the file is password-protected"},
    "reason_broken": {"id": "isi berkas rusak atau bukan buku kerja", "en": "the file is damaged or not a workbook"},
    "reason_unknown_format": {
        "id": "formatnya tidak dikenali (mungkin berkas CSV atau teks yang diberi nama .xlsx)",
        "en": "its format is not recognised (perhaps a CSV or text file named .xlsx)",
    },
    "err_unknown_opd": {
        "id": "Kode OPD '{opd}' tidak dikenal. Kode yang terdaftar: {known}.",
        "en": "Unknown agency code '{opd}'. Registered codes: {known}.",
    },
    "err_file_type": {
        "id": "Jenis berkas '{suffix}' tidak diterima. Gunakan .xlsx, .xlsm, .xls atau .ods.",
        "en": "File type '{suffix}' is not accepted. Use .xlsx, .xlsm, .xls or .ods.",
    },
    "err_no_header": {
        "id": "Tidak ada lembar dengan baris judul kolom yang dikenali (perlu kolom kode_indikator, "
        "tahun dan nilai). Gunakan templat unggahan.",
        "en": "No sheet has a recognisable header row (columns kode_indikator, tahun and nilai are "
        "needed). Use the upload template.",
    },
    "err_unknown_code": {
        "id": "Kode indikator '{code}' tidak dikenal. Periksa penulisan kode (contoh: I-4A, III-13A).",
        "en": "Unknown measure code '{code}'. Check the code (e.g. I-4A, III-13A).",
    },
    "err_missing_code": {
        "id": "Kode indikator kosong. Isi kode indikator baris ini.",
        "en": "The measure code is empty. Fill in the measure code of this row.",
    },
    "err_year": {
        "id": "Tahun '{value}' tidak sah. Isi tahun antara 2000 dan {max_year}.",
        "en": "Year '{value}' is not valid. Enter a year between 2000 and {max_year}.",
    },
    "err_unknown_region": {
        "id": "Wilayah '{value}' tidak dikenal.{suggestion} Gunakan kode Kemendagri atau nama "
        "kecamatan/desa yang terdaftar.",
        "en": "Unknown region '{value}'.{suggestion} Use the Kemendagri code or a listed district/village name.",
    },
    "err_region_parent": {
        "id": "{desa} tidak berada di {kecamatan}. Periksa kolom kecamatan dan desa/kelurahan baris ini.",
        "en": "{desa} does not lie in {kecamatan}. Check the district and village columns of this row.",
    },
    "suggestion": {"id": " Mungkin maksudnya '{name}'?", "en": " Did you mean '{name}'?"},
    "err_sex": {
        "id": "Jenis kelamin '{value}' tidak dikenal. Isi L, P, atau kosongkan untuk L+P.",
        "en": "Unknown sex '{value}'. Enter L, P, or leave empty for both.",
    },
    "err_not_number": {
        "id": "'{value}' bukan angka. Isi angka saja (contoh 96,8) atau kosongkan/isi '-' bila tidak ada data.",
        "en": "'{value}' is not a number. Enter a number (e.g. 96.8), or leave empty/'-' when missing.",
    },
    "err_percent_range": {
        "id": "Nilai persen {value} di luar 0-100. Periksa apakah angkanya persen.",
        "en": "Percentage {value} is outside 0-100. Check that the figure is a percentage.",
    },
    "err_negative": {
        "id": "Nilai {value} negatif, padahal ukuran ini tidak boleh negatif.",
        "en": "Value {value} is negative; this measure cannot be negative.",
    },
    "err_binary": {
        "id": "Nilai {value} tidak sah untuk ukuran ya/tidak. Isi 1 (ada) atau 0 (belum).",
        "en": "Value {value} is not valid for a yes/no measure. Enter 1 (yes) or 0 (no).",
    },
    "err_numerator_above": {
        "id": "Pembilang {numerator} lebih besar dari penyebut {denominator}. Periksa kedua angka.",
        "en": "Numerator {numerator} is greater than denominator {denominator}. Check both figures.",
    },
    "err_formula_no_value": {
        "id": "Sel ini berisi rumus tanpa hasil tersimpan (berkas dibuat program dan belum pernah "
        "dibuka di Excel). Buka dan simpan ulang berkas di Excel/LibreOffice, atau isi angkanya langsung.",
        "en": "This cell holds a formula with no stored result (the file was written by a program and "
        "never opened in Excel). Open and save the file in Excel/LibreOffice, or type the number in.",
    },
    "err_error_value": {
        "id": "Sel ini berisi galat Excel (misalnya #N/A, #REF!, #DIV/0!), bukan angka. Perbaiki rumusnya "
        "atau isi nilainya langsung; tulis '-' bila data memang tidak ada.",
        "en": "This cell holds an Excel error (e.g. #N/A, #REF!, #DIV/0!), not a number. Fix the formula or "
        "type the value; write '-' when the figure does not exist.",
    },
    "err_no_values": {
        "id": "Berkas ini tidak berisi satu nilai pun untuk dimuat. Isi kolom nilai (atau pembilang dan "
        "penyebut) lalu muat lagi.",
        "en": "This file holds no value to load. Fill in the value column (or numerator and denominator) "
        "and load it again.",
    },
    "warn_hidden_sheet": {
        "id": "Lembar '{sheet}' tersembunyi di Excel, tetapi isinya ikut dibaca. Pastikan memang demikian.",
        "en": "Sheet '{sheet}' is hidden in Excel, but its content was read too. Make sure this is intended.",
    },
    "empty_cell": {"id": "(kosong)", "en": "(empty)"},
    "err_zero_denominator": {
        "id": "Penyebut 0, sehingga nilai tidak dapat dihitung. Isi penyebut atau nilai.",
        "en": "The denominator is 0, so the value cannot be computed. Fill in the denominator or the value.",
    },
    "err_value_mismatch": {
        "id": "Nilai {value} tidak cocok dengan pembilang/penyebut (seharusnya {expected}). "
        "Perbaiki nilai atau pembilang/penyebut.",
        "en": "Value {value} disagrees with numerator/denominator (expected {expected}). Fix one of them.",
    },
    "err_duplicate": {
        "id": "Ukuran {code}, tahun {year}, wilayah {region}, jenis kelamin {sex} muncul dua kali "
        "dengan nilai berbeda (juga di {other}). Sisakan satu baris.",
        "en": "Measure {code}, year {year}, region {region}, sex {sex} appears twice with different "
        "values (also at {other}). Keep one row.",
    },
    "warn_missing": {
        "id": "{count} baris tanpa nilai dilewati dan dihitung sebagai data kosong: {cells}.",
        "en": "{count} rows without a value were skipped and counted as missing: {cells}.",
    },
    "warn_far_from_history": {
        "id": "Nilai {value} untuk {code} tahun {year} jauh dari riwayat deret ini (median {centre}). "
        "Periksa kembali angkanya.",
        "en": "Value {value} for {code} in {year} is far from this series' history (median {centre}). "
        "Check the figure.",
    },
    "warn_jump": {
        "id": "Nilai {value} untuk {code} tahun {year} berubah lebih dari 3 kali lipat dari tahun "
        "{previous_year} ({previous}). Periksa kembali angkanya.",
        "en": "Value {value} for {code} in {year} changed more than threefold from {previous_year} "
        "({previous}). Check the figure.",
    },
    "warn_more_unusual": {
        "id": "… dan {count} nilai tidak biasa lainnya.",
        "en": "… and {count} more unusual values.",
    },
    "warn_already_loaded": {
        "id": "Berkas yang persis sama sudah dimuat sebagai unggahan #{upload_id}; tidak ada yang ditambahkan.",
        "en": "Exactly this file was loaded already as upload #{upload_id}; nothing was added.",
    },
    "and_more": {"id": " dan {count} lainnya", "en": " and {count} more"},
    "warn_sheet_skipped": {
        "id": "Lembar '{sheet}' dilewati karena tidak memiliki baris judul kolom yang dikenali.",
        "en": "Sheet '{sheet}' was skipped: it has no recognisable header row.",
    },
    "warn_not_owner": {
        "id": "Ukuran {code} dipegang {lead}, bukan {opd}. Pastikan data ini memang dari {opd}.",
        "en": "Measure {code} is led by {lead}, not {opd}. Make sure these figures come from {opd}.",
    },
    "warn_finer_region": {
        "id": "Ukuran {code} biasanya dilaporkan sampai tingkat {level}, tetapi {count} nilai di berkas ini "
        "untuk wilayah yang lebih rinci: {cells}. Pastikan memang demikian.",
        "en": "Measure {code} is usually reported down to {level} level, but {count} values in this file are "
        "for finer regions: {cells}. Make sure this is intended.",
    },
}


def t(key: str, lang: str = "id", **values: object) -> str:
    """The text for ``key`` in ``lang`` (falling back to Indonesian), with ``values`` filled in."""
    entry = TEXT[key]
    template = entry.get(lang) or entry["id"]
    return template.format(**values) if values else template
