"""Texts of the dashboard's pages, in Bahasa Indonesia and English."""

INTERFACE_TEXT: dict[str, dict[str, str]] = {
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
        "id": "Templat indikator berisi ukuran OPD terpilih untuk setiap wilayah; templat anggaran berisi baris "
        "per klaster untuk pagu dan realisasi. Keduanya dengan daftar pilihan dan petunjuk pengisian. Jenis "
        "berkas yang diunggah dikenali dari judul kolomnya.",
        "en": "The measure template holds the chosen agency's measures for every region; the budget template holds "
        "a row per cluster for allocation and spending. Both come with pick lists and instructions. The kind of an "
        "uploaded file is recognised from its column headers.",
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
        "id": "Garis per {level} (data administrasi, laki-laki + perempuan), dengan garis {root}.",
        "en": "One line per {level} (administrative data, boys + girls), with the {root} line.",
    },
    "indicator_region_status": {"id": "Status tiap wilayah", "en": "Status of each region"},
    "indicator_values": {"id": "Tabel nilai", "en": "Values"},
    "download_xlsx": {"id": "Unduh Excel", "en": "Download Excel"},
    "download_csv": {"id": "Unduh CSV", "en": "Download CSV"},
    "indicator_link": {"id": "Rincian {code}", "en": "{code} in depth"},
    "col_value": {"id": "Nilai", "en": "Value"},
    "col_numerator": {"id": "Pembilang", "en": "Numerator"},
    "col_denominator": {"id": "Penyebut", "en": "Denominator"},
    "col_source": {"id": "Sumber", "en": "Source"},
    "col_series": {"id": "Jenis data", "en": "Kind of data"},
    # Cluster pages
    "cluster_intro": {
        "id": "{count} ukuran, satu per tab. Garis: capaian kota per tahun, dengan target kota dan acuan "
        "nasional. Batang: capaian per wilayah pada tahun {year}.",
        "en": "{count} measures, one per tab. Lines: the city's value per year, with the city goal and "
        "the national benchmark. Bars: value per region in {year}.",
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
    "level_provinsi": {"id": "provinsi", "en": "province"},
    "level_kota": {"id": "kota", "en": "city"},
    "level_kabupaten": {"id": "kabupaten/kota", "en": "regency/city"},
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
}
