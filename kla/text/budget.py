"""Texts of the child budget: its upload, its template and the /anggaran page."""

BUDGET_TEXT: dict[str, dict[str, str]] = {
    "nav_budget": {"id": "Anggaran anak", "en": "Child budget"},
    # Loading a budget workbook.
    "err_budget_no_header": {
        "id": "Tidak ada lembar anggaran dengan baris judul kolom yang dikenali (perlu kolom klaster, "
        "program dan pagu). Gunakan templat anggaran.",
        "en": "No budget sheet has a recognisable header row (columns klaster, program and pagu are "
        "needed). Use the budget template.",
    },
    "err_budget_no_values": {
        "id": "Berkas ini tidak berisi satu baris anggaran pun untuk dimuat. Isi program dan pagu lalu muat lagi.",
        "en": "This file holds no budget row to load. Fill in the programme and the allocation and load it again.",
    },
    "err_budget_no_year": {
        "id": "Lembar ini tidak punya kolom tahun dan judulnya tidak menyebut 'Tahun Anggaran'. Tambahkan kolom tahun.",
        "en": "This sheet has no year column and its title names no 'Tahun Anggaran'. Add a year column.",
    },
    "err_budget_no_opd": {
        "id": "Lembar ini tidak punya kolom OPD. Tambahkan kolom OPD, atau pilih OPD pengunggah.",
        "en": "This sheet has no OPD column. Add an OPD column, or choose the uploading agency.",
    },
    "err_budget_empty_opd": {
        "id": "OPD kosong. Isi kode atau nama OPD (contoh: DINKES atau Dinas Kesehatan).",
        "en": "The agency is empty. Enter the agency's code or name (e.g. DINKES or Dinas Kesehatan).",
    },
    "err_budget_empty_klaster": {
        "id": "Klaster kosong. Isi KL (Kelembagaan) atau I sampai V.",
        "en": "The cluster is empty. Enter KL (Kelembagaan) or I to V.",
    },
    "err_budget_unknown_opd": {
        "id": "OPD '{value}' tidak dikenal.{suggestion} Gunakan kode atau nama OPD dari lembar Referensi templat.",
        "en": "Unknown agency '{value}'.{suggestion} Use an agency code or name from the template's reference sheet.",
    },
    "err_budget_unknown_klaster": {
        "id": "Klaster '{value}' tidak dikenal.{suggestion} Isi KL (Kelembagaan) atau I, II, III, IV, V.",
        "en": "Unknown cluster '{value}'.{suggestion} Enter KL (Kelembagaan) or I, II, III, IV, V.",
    },
    "err_budget_program": {
        "id": "Nama program kosong. Isi nama program baris ini.",
        "en": "The programme name is empty. Fill in the programme of this row.",
    },
    "err_budget_no_allocation": {
        "id": "Pagu kosong. Isi pagu anggaran dalam rupiah (contoh: Rp 1.250.000.000 atau 1,25 M).",
        "en": "The allocation is empty. Enter the allocation in rupiah (e.g. Rp 1.250.000.000 or 1,25 M).",
    },
    "err_not_amount": {
        "id": "'{value}' bukan jumlah rupiah. Tulis misalnya Rp 1.250.000.000, 1,25 M atau 1.250 juta; "
        "kosongkan bila tidak ada.",
        "en": "'{value}' is not an amount in rupiah. Write e.g. Rp 1.250.000.000, 1,25 M or 1.250 juta; "
        "leave empty when there is none.",
    },
    "err_negative_amount": {
        "id": "Jumlah {value} negatif. Pagu dan realisasi tidak boleh negatif; periksa angkanya.",
        "en": "Amount {value} is negative. Allocations and spending cannot be negative; check the figure.",
    },
    "err_budget_duplicate": {
        "id": "Tahun {year}, OPD {opd}, klaster {cluster}, program '{program}', kegiatan '{activity}' muncul "
        "dua kali dengan jumlah berbeda (juga di {other}). Sisakan satu baris.",
        "en": "Year {year}, agency {opd}, cluster {cluster}, programme '{program}', activity '{activity}' "
        "appears twice with different amounts (also at {other}). Keep one row.",
    },
    "warn_budget_over": {
        "id": "Realisasi {realisation} melebihi pagu {allocation}. Periksa kembali kedua angka.",
        "en": "Spending {realisation} exceeds the allocation {allocation}. Check both figures.",
    },
    "warn_budget_totals": {
        "id": "Baris jumlah/total dilewati agar tidak terhitung dua kali: {cells}.",
        "en": "Total rows were skipped so they are not counted twice: {cells}.",
    },
    "warn_budget_subtotal": {
        "id": "Baris program tanpa kegiatan ini sama dengan jumlah kegiatannya, jadi dianggap subtotal dan dilewati.",
        "en": "This programme row without an activity equals the sum of its activities, so it was taken as a "
        "subtotal and skipped.",
    },
    "err_budget_program_row": {
        "id": "Baris program '{program}' tanpa kegiatan ({amount}) berada bersama baris kegiatan program yang sama, "
        "tetapi tidak sama dengan jumlah kegiatannya ({total}). Isi nama kegiatannya, atau hapus baris subtotal ini.",
        "en": "Programme row '{program}' without an activity ({amount}) sits with activity rows of the same "
        "programme but does not equal their sum ({total}). Fill in its activity, or delete this subtotal row.",
    },
    "warn_budget_not_owner": {
        "id": "Berkas dari {opd} juga memuat anggaran OPD lain: {others}. Pastikan memang demikian.",
        "en": "The file from {opd} also holds other agencies' budgets: {others}. Make sure this is intended.",
    },
    # The budget template.
    "budget_template_instructions": {
        "id": "Petunjuk pengisian anggaran responsif anak\n\n"
        "1. Isi lembar Anggaran: satu baris untuk satu kegiatan (atau satu program bila tidak dirinci per "
        "kegiatan), dengan tahun anggaran, OPD dan klaster KLA yang dilayaninya.\n"
        "2. OPD dan klaster dipilih dari daftar (lembar Referensi). Klaster: KL (Kelembagaan), I, II, III, IV, V.\n"
        "3. Pagu wajib diisi; realisasi boleh kosong bila belum ada. Jumlah dalam rupiah boleh ditulis "
        "Rp 1.250.000.000, 1.250.000.000, 1,25 M (miliar) atau 1.250 juta.\n"
        "4. Realisasi yang melebihi pagu diberi peringatan; jumlah negatif ditolak.\n"
        "5. Jangan menambahkan baris jumlah atau subtotal; bila ada, baris 'Jumlah'/'Total' dilewati.\n"
        "6. Simpan sebagai .xlsx lalu unggah di halaman Unggah data, atau: "
        "python -m loaders ingest BERKAS.xlsx --kind anggaran --opd KODE.\n"
        "7. Unggah ulang baris yang sama (tahun, OPD, klaster, program, kegiatan) mengganti angka lama; "
        "angka lama tetap tersimpan di riwayat dan unggahan dapat dibatalkan.",
        "en": "How to fill in the child-responsive budget\n\n"
        "1. Fill in the Anggaran sheet: one row per activity (or per programme when it has no activities), with "
        "the budget year, the agency and the KLA cluster it serves.\n"
        "2. Pick the agency and the cluster from the lists (Referensi sheet). Clusters: KL (Kelembagaan), I to V.\n"
        "3. The allocation (pagu) is required; spending (realisasi) may stay empty. Amounts in rupiah may be "
        "written Rp 1.250.000.000, 1.250.000.000, 1,25 M (miliar) or 1.250 juta.\n"
        "4. Spending above the allocation gets a warning; negative amounts are refused.\n"
        "5. Do not add total or subtotal rows; rows named 'Jumlah'/'Total' are skipped.\n"
        "6. Save as .xlsx and upload it on the Upload page, or: "
        "python -m loaders ingest FILE.xlsx --kind anggaran --opd CODE.\n"
        "7. Uploading the same row again (year, agency, cluster, programme, activity) replaces the old amounts; "
        "they stay in the history and an upload can be undone.",
    },
    "budget_template_amount_note": {
        "id": "Pagu dan realisasi dalam rupiah: Rp 1.250.000.000, 1,25 M atau 1.250 juta.",
        "en": "Allocation and spending in rupiah: Rp 1.250.000.000, 1,25 M or 1.250 juta.",
    },
    "budget_template_cluster_note": {
        "id": "KL = Kelembagaan; I Hak Sipil; II Lingkungan Keluarga; III Kesehatan; IV Pendidikan; "
        "V Perlindungan Khusus.",
        "en": "KL = Institutions; I Civil rights; II Family environment; III Health; IV Education; "
        "V Special protection.",
    },
    "budget_template_reference_header": {
        "id": "Kode OPD|Nama OPD|Kode klaster|Nama klaster",
        "en": "Agency code|Agency name|Cluster code|Cluster name",
    },
    "cli_budget_template": {
        "id": "Templat anggaran {opd} tahun {year} ditulis ke {path} ({rows} baris siap diisi).",
        "en": "Budget template of {opd} for {year} written to {path} ({rows} rows ready to fill in).",
    },
    "cli_template_needs_opd": {
        "id": "Templat indikator memerlukan --opd KODE (atau gunakan --kind anggaran).",
        "en": "The measure template needs --opd CODE (or use --kind anggaran).",
    },
    "upload_kind_anggaran": {"id": "anggaran", "en": "budget"},
    "col_kind": {"id": "Jenis", "en": "Kind"},
    "budget_col_program": {"id": "Program", "en": "Programme"},
    "budget_col_activity": {"id": "Kegiatan", "en": "Activity"},
    "upload_budget_accepted": {
        "id": "**{file}** (anggaran): dapat dimuat. {rows} baris anggaran: {added} baru, {changed} berubah, "
        "{unchanged} sama.",
        "en": "**{file}** (budget): can be loaded. {rows} budget rows: {added} new, {changed} changed, "
        "{unchanged} unchanged.",
    },
    "upload_budget_template_button": {
        "id": "Unduh templat anggaran {opd} {year}",
        "en": "Download the {opd} {year} budget template",
    },
    "upload_kind_indikator": {"id": "indikator", "en": "measures"},
    # The /anggaran page.
    "budget_title": {"id": "Anggaran responsif anak", "en": "Child-responsive budget"},
    "budget_intro": {
        "id": "Berapa APBD yang dialokasikan dan direalisasikan untuk anak, per klaster dan per OPD; OPD yang "
        "penyerapannya tertinggal; belanja per anak; dan apakah uangnya pergi ke klaster yang paling tertinggal.",
        "en": "How much of the city budget is allocated to and spent on children, per cluster and per agency; "
        "the agencies whose spending lags; spending per child; and whether the money goes where the gaps are.",
    },
    "budget_none": {
        "id": "Belum ada data anggaran. Unggah berkas anggaran di halaman Unggah data (templat: "
        "`python -m loaders template --kind anggaran --out anggaran.xlsx`).",
        "en": "No budget data yet. Upload a budget workbook on the Upload page (template: "
        "`python -m loaders template --kind anggaran --out anggaran.xlsx`).",
    },
    "budget_other_year": {
        "id": "Belum ada data anggaran {year}; yang ditampilkan tahun {shown}.",
        "en": "No budget data for {year} yet; showing {shown}.",
    },
    "budget_source": {
        "id": "unggahan anggaran responsif anak OPD (APBD)",
        "en": "agencies' child-responsive budget uploads (city budget)",
    },
    "budget_children_source": {
        "id": "jumlah anak 0-17 tahun: penyebut {code} (SIAK)",
        "en": "children aged 0-17: denominator of {code} (SIAK)",
    },
    "budget_allocation": {"id": "Pagu", "en": "Allocation"},
    "budget_realisation": {"id": "Realisasi", "en": "Spent"},
    "budget_allocation_year": {"id": "Pagu {year}", "en": "Allocation {year}"},
    "budget_realisation_year": {"id": "Realisasi {year}", "en": "Spent {year}"},
    "budget_realisation_total": {"id": "Realisasi (total)", "en": "Spent (total)"},
    "budget_absorption": {"id": "Penyerapan", "en": "Absorption"},
    "budget_per_child": {"id": "Realisasi per anak", "en": "Spent per child"},
    "budget_axis_billion": {"id": "Miliar rupiah", "en": "Billion rupiah"},
    "budget_axis_per_child": {"id": "Rupiah per anak", "en": "Rupiah per child"},
    "budget_trend_title": {
        "id": "Pagu dan realisasi per tahun, {first}-{last}",
        "en": "Allocation and spending per year, {first}-{last}",
    },
    "budget_by": {"id": "Rincian menurut", "en": "Broken down by"},
    "budget_by_component": {"id": "Klaster", "en": "Cluster"},
    "budget_by_opd_code": {"id": "OPD", "en": "Agency"},
    "budget_absorption_title": {
        "id": "Penyerapan anggaran per OPD, {year}",
        "en": "Budget absorption per agency, {year}",
    },
    "budget_floor": {"id": "Batas {floor}%", "en": "Threshold {floor}%"},
    "budget_lagging": {"id": "tertinggal", "en": "lagging"},
    "budget_on_pace": {"id": "baik", "en": "on pace"},
    "budget_lagging_sentence": {
        "id": "OPD dengan penyerapan di bawah {floor}% pada {year}: **{names}**.",
        "en": "Agencies that spent less than {floor}% of their allocation in {year}: **{names}**.",
    },
    "budget_none_lagging": {
        "id": "Semua OPD menyerap sedikitnya {floor}% anggarannya pada {year}.",
        "en": "Every agency spent at least {floor}% of its allocation in {year}.",
    },
    "budget_per_child_title": {"id": "Belanja per anak", "en": "Spending per child"},
    "budget_per_child_sentence": {
        "id": "Pada {year}, realisasi anggaran anak setara **{amount} per anak** ({children} anak usia 0-17 tahun).",
        "en": "In {year}, child spending came to **{amount} per child** ({children} children aged 0-17).",
    },
    "budget_no_children": {
        "id": "Jumlah anak belum tersedia: belanja per anak memakai penyebut ukuran {code}, yang belum diunggah.",
        "en": "The number of children is not available: spending per child uses the denominator of {code}, "
        "which has not been uploaded.",
    },
    "budget_progress_title": {
        "id": "Anggaran dan kemajuan per klaster, {year}",
        "en": "Money and progress per cluster, {year}",
    },
    "budget_share_title": {"id": "Bagian dari pagu anak", "en": "Share of the child budget"},
    "budget_score_title": {"id": "Skor kemajuan rata-rata (-5 s.d. 5)", "en": "Average progress score (-5 to 5)"},
    "budget_no_score": {"id": "belum ada skor", "en": "no score"},
    "budget_progress_sentence": {
        "id": "Klaster paling tertinggal: **{weak}** (skor {score}) mendapat {weak_share}% pagu anak; "
        "bagian terbesar ke **{big}** ({big_share}%). Apakah uang pergi ke tempat celahnya?",
        "en": "Furthest behind: **{weak}** (score {score}) gets {weak_share}% of the child budget; the largest "
        "share goes to **{big}** ({big_share}%). Does the money go where the gaps are?",
    },
    "budget_progress_no_scores": {
        "id": "Belum ada skor kemajuan untuk tahun ini.",
        "en": "No progress scores for this year yet.",
    },
    "budget_score_note": {
        "id": " Skor: rata-rata skor kemajuan ukuran klaster (metode Open SDG).",
        "en": " Score: mean progress score of the cluster's measures (Open SDG method).",
    },
}
