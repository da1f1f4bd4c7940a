"""Texts of the integrity check, backups and restores."""

SAFEKEEPING_TEXT: dict[str, dict[str, str]] = {
    "integrity_title": {
        "id": "Basis data {path} tidak utuh. Angka di dasbor mungkin salah sampai ini dibereskan:",
        "en": "The database {path} is not whole. Figures on the dashboard may be wrong until this is fixed:",
    },
    "integrity_ok": {
        "id": "Basis data {path} utuh: {uploads} unggahan, {values} nilai terkini, semua berkas arsip ada.",
        "en": "The database {path} is whole: {uploads} uploads, {values} current values, every archived file present.",
    },
    "integrity_schema": {
        "id": "Versi skema basis data {found}, sedangkan aplikasi ini memakai versi {expected}.",
        "en": "The database schema is version {found}; this application uses version {expected}.",
    },
    "integrity_unreadable": {
        "id": "Tabel {table} tidak dapat dibaca utuh (berkas rusak): {error}",
        "en": "Table {table} cannot be read whole (the file is damaged): {error}",
    },
    "integrity_orphan_rows": {
        "id": "{count} baris di {table} merujuk unggahan yang tidak tercatat.",
        "en": "{count} rows of {table} refer to uploads that are not recorded.",
    },
    "integrity_double_current": {
        "id": "{count} identitas di {table} punya lebih dari satu nilai terkini.",
        "en": "{count} identities in {table} have more than one current value.",
    },
    "integrity_missing_rows": {
        "id": "{count} unggahan tidak punya semua barisnya di {table}.",
        "en": "{count} uploads do not have all their rows in {table}.",
    },
    "integrity_archive_missing": {
        "id": "Berkas arsip unggahan #{upload} ({file}) tidak ada: {path}.",
        "en": "The archived file of upload #{upload} ({file}) is missing: {path}.",
    },
    "integrity_archive_changed": {
        "id": "Berkas arsip unggahan #{upload} ({file}) sudah berubah sejak dimuat: {path}.",
        "en": "The archived file of upload #{upload} ({file}) has changed since it was loaded: {path}.",
    },
    "backup_archive_missing": {
        "id": "Cadangan tidak dibuat: {count} berkas arsip unggahan tidak ada (pertama: {first}). "
        "Periksa dulu dengan python -m loaders check.",
        "en": "No backup made: {count} archived upload files are missing (first: {first}). "
        "Check first with python -m loaders check.",
    },
    "restore_not_backup": {
        "id": "{file} bukan berkas cadangan dasbor KLA (atau rusak). Tidak ada yang diubah.",
        "en": "{file} is not a KLA dashboard backup (or it is damaged). Nothing was changed.",
    },
    "restore_damaged": {
        "id": "Cadangan {file} rusak: isi {member} tidak sama dengan saat dibuat. Tidak ada yang diubah; "
        "pakai cadangan lain.",
        "en": "The backup {file} is damaged: {member} differs from when it was made. Nothing was changed; "
        "use another backup.",
    },
    "restore_newer": {
        "id": "Cadangan ini dibuat oleh versi aplikasi yang lebih baru (skema {found}, aplikasi ini {expected}). "
        "Perbarui aplikasi dulu. Tidak ada yang diubah.",
        "en": "This backup was made by a newer version of the application (schema {found}, this one {expected}). "
        "Update the application first. Nothing was changed.",
    },
    "restore_not_whole": {
        "id": "Basis data di cadangan {file} tidak utuh ({problem}). Tidak ada yang diubah; pakai cadangan lain.",
        "en": "The database in the backup {file} is not whole ({problem}). Nothing was changed; use another backup.",
    },
    "cli_backup_done": {
        "id": "Cadangan ditulis ke {path}: {uploads} unggahan, {values} nilai terkini, {files} berkas arsip.",
        "en": "Backup written to {path}: {uploads} uploads, {values} current values, {files} archived files.",
    },
    "cli_restore_done": {
        "id": "Cadangan dipulihkan ke {path}: {uploads} unggahan, {values} nilai terkini, {files} berkas arsip.",
        "en": "Backup restored to {path}: {uploads} uploads, {values} current values, {files} archived files.",
    },
    "cli_restore_previous": {
        "id": "Basis data yang diganti disimpan sebagai {path}.",
        "en": "The database it replaced is kept as {path}.",
    },
    "warm_up_failed": {
        "id": "Persiapan server untuk pengunjung pertama gagal; halaman pertama akan menyiapkannya sendiri: {error}",
        "en": "Readying the server for its first visitor failed; the first page will do it itself: {error}",
    },
    "integrity_file_unreadable": {
        "id": "Berkas basis data {path} tidak dapat dibuka (rusak?): {error}",
        "en": "The database file {path} cannot be opened (damaged?): {error}",
    },
    "fix_restore_or_rebuild": {
        "id": "Pulihkan cadangan terakhir (python -m loaders restore BERKAS) atau bangun ulang dari arsip "
        "(python -m loaders rebuild).",
        "en": "Restore the latest backup (python -m loaders restore FILE) or rebuild from the archive "
        "(python -m loaders rebuild).",
    },
}
