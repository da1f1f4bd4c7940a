"""Texts of layout profiles: mapping an OPD's own export once, and reading it through the profile."""

MAPPING_TEXT: dict[str, dict[str, str]] = {
    # Expressions over columns
    "expr_empty": {"id": "Rumus kosong.", "en": "The formula is empty."},
    "expr_unknown_column": {
        "id": "Kolom '{name}' tidak ada di judul kolom. Tulis nama kolom persis seperti judulnya; nama yang "
        "memuat tanda + - * / atau kurung ditulis dalam kurung siku, misalnya [Capaian (%)].",
        "en": "There is no column '{name}' in the header. Write the column name exactly as its header; a name "
        "holding + - * / or brackets goes in square brackets, e.g. [Capaian (%)].",
    },
    "expr_syntax": {
        "id": "Rumus '{text}' tidak dapat dibaca. Gunakan nama kolom, angka, + - * / dan kurung, misalnya "
        "(Pendek + Sangat Pendek) / Jumlah Balita Diukur * 100.",
        "en": "The formula '{text}' cannot be read. Use column names, numbers, + - * / and brackets, e.g. "
        "(Pendek + Sangat Pendek) / Jumlah Balita Diukur * 100.",
    },
    # A profile that cannot be used
    "profile_unreadable": {
        "id": "Berkas profil tidak dapat dibaca ({detail}).",
        "en": "The profile file cannot be read ({detail}).",
    },
    "profile_bad_cell": {
        "id": "'{cell}' bukan alamat sel (contoh: A2).",
        "en": "'{cell}' is not a cell address (e.g. A2).",
    },
    "profile_unknown_column": {
        "id": "Kolom '{name}' tidak ada di baris judul yang dipilih.",
        "en": "There is no column '{name}' in the chosen header row.",
    },
    "profile_bad_year_from": {
        "id": "Sumber tahun '{value}' tidak dikenal (kolom, sel atau pilih).",
        "en": "Unknown year source '{value}' (kolom, sel or pilih).",
    },
    "profile_year_cell_below": {
        "id": "Sel tahun {cell} harus berada di atas baris judul kolom.",
        "en": "The year cell {cell} must be above the header row.",
    },
    "profile_bad_level": {
        "id": "Tingkat wilayah '{value}' tidak dikenal (kecamatan atau desa).",
        "en": "Unknown region level '{value}' (kecamatan or desa).",
    },
    "profile_lookup_needs_sum": {
        "id": "Tabel rincian (misalnya posyandu → desa) hanya dipakai bila baris-baris dijumlahkan per wilayah.",
        "en": "A lookup of finer units (e.g. posyandu → village) needs rows summed per region.",
    },
    "profile_no_measures": {
        "id": "Belum ada indikator yang dipetakan. Isi setidaknya satu kode indikator beserta kolomnya.",
        "en": "No measure is mapped yet. Fill in at least one measure code and its columns.",
    },
    "profile_unknown_measure": {
        "id": "Kode indikator '{code}' tidak dikenal.",
        "en": "Unknown measure code '{code}'.",
    },
    "profile_bad_sex": {
        "id": "{code}: jenis kelamin '{value}' tidak dikenal (kosong, L atau P).",
        "en": "{code}: unknown sex '{value}' (empty, L or P).",
    },
    "profile_bad_expression": {
        "id": "{code}: {detail}",
        "en": "{code}: {detail}",
    },
    "profile_no_value": {
        "id": "{code}: isi kolom nilai, atau kolom pembilang dan penyebut.",
        "en": "{code}: fill in the value column, or the numerator and denominator columns.",
    },
    "profile_rate_summed": {
        "id": "{code}: baris-baris dijumlahkan per wilayah, jadi persentase tidak boleh dijumlahkan. Petakan "
        "pembilang dan penyebutnya; persentase dihitung setelah keduanya dijumlahkan.",
        "en": "{code}: rows are summed per region, so a rate cannot be summed. Map its numerator and "
        "denominator; the rate is computed after both are summed.",
    },
    # A file read with a profile, or a layout that changed
    "layout_moved": {
        "id": "kolom '{name}' pindah dari {old} ke {new}",
        "en": "column '{name}' moved from {old} to {new}",
    },
    "layout_renamed": {
        "id": "kolom {column} dulu '{name}', kini '{new_name}'",
        "en": "column {column} was '{name}', now '{new_name}'",
    },
    "layout_gone": {
        "id": "kolom '{name}' ({column}) tidak ada lagi",
        "en": "column '{name}' ({column}) is gone",
    },
    "layout_added": {
        "id": "kolom baru '{name}' di {column}",
        "en": "new column '{name}' in {column}",
    },
    "layout_changed": {
        "id": "Tata letak lembar ini mirip profil '{profile}' (versi {version}), tetapi judul kolomnya berubah: "
        "{changes}. Berkas tidak dimuat agar tidak salah baca. Perbarui pemetaan di halaman Unggah "
        "(tombol 'Perbarui profil'), lalu periksa lagi.",
        "en": "This sheet's layout resembles profile '{profile}' (version {version}), but its header changed: "
        "{changes}. The file is not loaded so that nothing is misread. Update the mapping on the Upload page "
        "('Update profile'), then check again.",
    },
    "layout_not_this": {
        "id": "Tidak ada lembar yang tata letaknya sesuai profil '{profile}'. Pilih profil lain atau petakan "
        "tata letak berkas ini.",
        "en": "No sheet has the layout of profile '{profile}'. Choose another profile or map this file's layout.",
    },
    "cli_unknown_profile": {
        "id": "Tidak ada profil tata letak bernama '{name}'. Profil yang ada: {known}.",
        "en": "There is no layout profile named '{name}'. Known profiles: {known}.",
    },
    "cli_profile_line": {"id": "{name} · {opd} · versi {version}", "en": "{name} · {opd} · version {version}"},
    "cli_profile_unreadable": {
        "id": "Berkas profil {path} tidak dapat dibaca dan dilewati.",
        "en": "The profile file {path} cannot be read and is skipped.",
    },
    "cli_no_profiles": {
        "id": "Belum ada profil tata letak di {folder}. Petakan ekspor OPD di halaman Unggah.",
        "en": "No layout profiles in {folder} yet. Map an OPD export on the Upload page.",
    },
    "profile_used": {"id": "{profile} (versi {version})", "en": "{profile} (version {version})"},
    "cli_read_with_profile": {
        "id": "Dibaca dengan profil tata letak {profile}.",
        "en": "Read with layout profile {profile}.",
    },
    "mapped_year_needed": {
        "id": "Profil ini meminta tahun dipilih saat mengunggah. Pilih tahun data (di baris perintah: --tahun), "
        "lalu periksa lagi.",
        "en": "This profile takes the year chosen at upload. Choose the data year (on the command line: --tahun), "
        "then check again.",
    },
    "mapped_no_year": {
        "id": "Sel judul ini seharusnya memuat tahun (misalnya 'Keadaan s.d. Desember 2024'), tetapi isinya "
        "'{text}'. Perbaiki judulnya atau perbarui profil (sumber tahun).",
        "en": "This title cell should name the year (e.g. 'Keadaan s.d. Desember 2024'), but it reads "
        "'{text}'. Fix the title or update the profile (year source).",
    },
    "mapped_no_region": {
        "id": "Baris ini berisi angka tetapi sel wilayahnya kosong (baris jumlah?); baris dilewati.",
        "en": "This row holds numbers but its region cell is empty (a total row?); the row is skipped.",
    },
    "mapped_subtotals": {
        "id": "Baris subtotal dilewati (wilayahnya ditulis 'Jumlah …'/'Total …'): {cells}. Hanya baris per "
        "wilayah dan baris jumlah kota yang dibaca.",
        "en": "Subtotal rows skipped (their region reads 'Jumlah …'/'Total …'): {cells}. Only the rows per "
        "region and the city total are read.",
    },
    "mapped_unknown_unit": {
        "id": "'{unit}' tidak ada di tabel rincian profil '{profile}' (misalnya posyandu → desa). Tambahkan "
        "ke tabel rincian lewat 'Perbarui profil' di halaman Unggah.",
        "en": "'{unit}' is not in the lookup of profile '{profile}' (e.g. posyandu → village). Add it to the "
        "lookup with 'Update profile' on the Upload page.",
    },
    # The mapping form on /unggah
    "map_start": {"id": "Petakan tata letak berkas ini", "en": "Map this file's layout"},
    "map_update": {"id": "Perbarui profil", "en": "Update profile"},
    "map_not_yours": {
        "id": "Profil tata letak ini milik {opd}. Minta analis {opd} atau admin memperbaruinya.",
        "en": "This layout profile belongs to {opd}. Ask an analyst of {opd} or an administrator to update it.",
    },
    "map_title": {"id": "Petakan tata letak: {file}", "en": "Map the layout: {file}"},
    "map_update_title": {
        "id": "Perbarui profil '{profile}' untuk {file}",
        "en": "Update profile '{profile}' for {file}",
    },
    "map_intro": {
        "id": "Petakan sekali saja: tunjukkan baris judul kolom, kolom wilayah, asal tahun dan kolom setiap "
        "indikator. Pratinjau menampilkan nilai yang akan dihasilkan; tidak ada yang disimpan sebelum Anda "
        "menyimpan profil dan memuat berkasnya. Berkas berikutnya dengan judul kolom yang sama dikenali otomatis.",
        "en": "Map it once: show the header row, the region column, where the year comes from and each "
        "measure's columns. The preview shows the values this gives; nothing is saved until you save the "
        "profile and load the file. The next file with the same header is recognised automatically.",
    },
    "map_sheet": {"id": "Lembar", "en": "Sheet"},
    "map_sheet_preview": {
        "id": "Baris-baris pertama lembar ini, seperti di Excel (kolom A, B, …; baris 1, 2, …).",
        "en": "The first rows of this sheet, as in Excel (columns A, B, …; rows 1, 2, …).",
    },
    "map_header_row": {"id": "Baris judul kolom", "en": "Header row"},
    "map_no_labels": {
        "id": "Baris ini kosong. Pilih baris yang berisi judul kolom.",
        "en": "This row is empty. Choose the row that holds the column headers.",
    },
    "map_columns": {"id": "Kolom: {columns}", "en": "Columns: {columns}"},
    "map_region_title": {"id": "Wilayah", "en": "Region"},
    "map_region_column": {"id": "Kolom wilayah", "en": "Region column"},
    "map_region_level": {"id": "Tingkat", "en": "Level"},
    "map_parent_column": {"id": "Kolom kecamatan (bila ada)", "en": "District column (if any)"},
    "map_sum_rows": {
        "id": "Tiap baris adalah unit yang lebih kecil (posyandu, sekolah, puskesmas): jumlahkan per wilayah",
        "en": "Each row is a finer unit (posyandu, school, health centre): sum per region",
    },
    "map_use_lookup": {
        "id": "Kolom wilayah berisi nama unit, bukan nama desa/kecamatan: pakai tabel rincian",
        "en": "The region column names units, not villages/districts: use a lookup",
    },
    "map_lookup": {
        "id": "Tabel rincian: satu baris per unit, 'unit = {level}' (tebakan awal dari nama unit; periksa dan "
        "lengkapi)",
        "en": "Lookup: one line per unit, 'unit = {level}' (first guesses from the unit names; check and complete)",
    },
    "map_year_title": {"id": "Tahun", "en": "Year"},
    "map_year_from": {"id": "Tahun diambil dari", "en": "The year comes from"},
    "map_year_sel": {"id": "sel judul", "en": "a title cell"},
    "map_year_kolom": {"id": "kolom", "en": "a column"},
    "map_year_pilih": {"id": "dipilih saat mengunggah", "en": "chosen at upload"},
    "map_year_column": {"id": "Kolom tahun", "en": "Year column"},
    "map_year_cell": {"id": "Sel yang memuat tahun", "en": "Cell naming the year"},
    "map_year_cell_typed": {
        "id": "Alamat sel yang memuat tahun (contoh A3)",
        "en": "Address of the year cell (e.g. A3)",
    },
    "map_year_chosen": {"id": "Tahun data", "en": "Data year"},
    "map_measures_title": {"id": "Indikator", "en": "Measures"},
    "map_measures_help": {
        "id": "Untuk tiap indikator isi kolom nilai, atau kolom pembilang dan penyebut (persentase dihitung "
        "dari keduanya). Boleh rumus dari nama kolom: (Pendek + Sangat Pendek) untuk pembilang, atau 1 untuk "
        "menghitung baris.",
        "en": "For each measure fill in the value column, or the numerator and denominator columns (the rate "
        "is computed from both). Formulas of column names are allowed: (Pendek + Sangat Pendek) as numerator, "
        "or 1 to count rows.",
    },
    "map_measure_count": {"id": "Jumlah indikator di berkas ini", "en": "Measures in this file"},
    "map_measure": {"id": "Indikator {number}", "en": "Measure {number}"},
    "map_source": {"id": "Sumber data", "en": "Data source"},
    "map_value": {"id": "Nilai (kolom atau rumus)", "en": "Value (column or formula)"},
    "map_numerator": {"id": "Pembilang", "en": "Numerator"},
    "map_denominator": {"id": "Penyebut", "en": "Denominator"},
    "map_text_numbers": {"id": "Teks yang dibaca sebagai angka", "en": "Texts read as numbers"},
    "map_text_numbers_help": {
        "id": "Misalnya Ya=1; Tidak=0 untuk kolom berisi Ya/Tidak.",
        "en": "E.g. Ya=1; Tidak=0 for a column of yes/no.",
    },
    "map_bad_text_numbers": {
        "id": "'{text}' tidak dapat dibaca. Tulis pasangan teks=angka dipisah titik koma, misalnya Ya=1; Tidak=0.",
        "en": "'{text}' cannot be read. Write text=number pairs separated by semicolons, e.g. Ya=1; Tidak=0.",
    },
    "map_name": {"id": "Nama profil", "en": "Profile name"},
    "map_preview": {"id": "Pratinjau", "en": "Preview"},
    "map_preview_title": {"id": "Pratinjau nilai", "en": "Preview of values"},
    "map_preview_ok": {
        "id": "Pemetaan ini menghasilkan {rows} nilai. Periksa beberapa di antaranya dengan berkas aslinya, "
        "lalu simpan profil.",
        "en": "This mapping gives {rows} values. Check some of them against the file, then save the profile.",
    },
    "map_preview_errors": {
        "id": "Pemetaan ini belum dapat membaca berkas: {count} masalah. Perbaiki pemetaan atau berkasnya.",
        "en": "This mapping cannot read the file yet: {count} problems. Fix the mapping or the file.",
    },
    "map_save": {"id": "Simpan profil", "en": "Save profile"},
    "map_saved": {
        "id": "Profil '{profile}' (versi {version}) disimpan. Berkas diperiksa ulang dengan profil ini.",
        "en": "Profile '{profile}' (version {version}) saved. The file is checked again with it.",
    },
    "upload_read_with_profile": {
        "id": "Dibaca dengan profil tata letak {profile}. Nilai pertama yang dihasilkan:",
        "en": "Read with layout profile {profile}. The first values it gives:",
    },
    # The list of profiles on /unggah
    "profiles_title": {"id": "Profil tata letak ekspor OPD", "en": "OPD export layout profiles"},
    "profiles_intro": {
        "id": "Tata letak ekspor yang sudah dipetakan. Berkas dengan judul kolom yang sama dibaca otomatis. "
        "Profil disimpan sebagai berkas TOML di `{folder}` dan boleh ditinjau; versi lama ada di `lama/`.",
        "en": "Export layouts mapped so far. Files with the same header are read automatically. Profiles "
        "are TOML files in `{folder}` and may be reviewed; earlier versions are in `lama/`.",
    },
    "profiles_none": {
        "id": "Belum ada profil. Unggah ekspor OPD yang tata letaknya belum dikenal, lalu petakan.",
        "en": "No profiles yet. Upload an OPD export whose layout is unknown, then map it.",
    },
    "profiles_unreadable": {
        "id": "Berkas profil {file} tidak dapat dibaca (suntingan yang keliru?) dan tidak dipakai. Perbaiki "
        "atau hapus berkasnya.",
        "en": "The profile file {file} cannot be read (a faulty edit?) and is not used. Fix or remove it.",
    },
    "profiles_measures": {"id": "Indikator", "en": "Measures"},
    "profiles_version": {"id": "Versi", "en": "Version"},
    "profiles_changed": {"id": "Terakhir disimpan", "en": "Last saved"},
}
