"""Texts of the loader and its command line: every error and warning, in both languages."""

LOADING_TEXT: dict[str, dict[str, str]] = {
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
        "tahun dan nilai) dan tidak ada profil tata letak yang cocok. Gunakan templat unggahan, atau "
        "petakan tata letak ekspor ini sekali di halaman Unggah.",
        "en": "No sheet has a recognisable header row (columns kode_indikator, tahun and nilai are "
        "needed) and no layout profile matches. Use the upload template, or map this export's layout "
        "once on the Upload page.",
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
