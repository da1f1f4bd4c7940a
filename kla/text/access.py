"""Texts of accounts, login, permissions, the audit trail and privacy."""

ACCESS_TEXT: dict[str, dict[str, str]] = {
    # Accounts
    "account_password_short": {
        "id": "Kata sandi terlalu pendek: paling sedikit {minimum} karakter.",
        "en": "The password is too short: at least {minimum} characters.",
    },
    "account_bad_name": {
        "id": "Nama pengguna '{name}' tidak sah: 2-32 huruf kecil, angka, titik, garis bawah atau tanda hubung.",
        "en": "User name '{name}' is not valid: 2-32 lower-case letters, digits, dots, underscores or hyphens.",
    },
    "account_bad_role": {
        "id": "Peran '{role}' tidak dikenal. Pilih salah satu: {roles}.",
        "en": "Unknown role '{role}'. Choose one of: {roles}.",
    },
    "account_opd_rule": {
        "id": "Akun analis perlu sedikitnya satu OPD (--opd KODE); akun admin dan pembaca tanpa OPD.",
        "en": "An analyst account needs at least one agency (--opd CODE); admin and reader accounts have none.",
    },
    "account_unknown_opd": {
        "id": "OPD tidak dikenal: {opds}. OPD yang terdaftar: {known}.",
        "en": "Unknown agency: {opds}. Registered agencies: {known}.",
    },
    "account_exists": {"id": "Akun '{name}' sudah ada.", "en": "Account '{name}' exists already."},
    "account_unknown": {"id": "Akun '{name}' tidak ada.", "en": "There is no account '{name}'."},
    "account_added": {"id": "Akun {name} ({role}) dibuat.", "en": "Account {name} ({role}) created."},
    "account_disabled": {"id": "Akun {name} dinonaktifkan.", "en": "Account {name} disabled."},
    "account_password_reset": {"id": "Kata sandi {name} diganti.", "en": "Password of {name} replaced."},
    "account_password_prompt": {"id": "Kata sandi: ", "en": "Password: "},
    "account_password_again": {"id": "Ulangi kata sandi: ", "en": "Password again: "},
    "account_password_mismatch": {"id": "Kedua kata sandi tidak sama.", "en": "The two passwords differ."},
    "account_none": {"id": "Belum ada akun.", "en": "No accounts yet."},
    # Permissions
    "permission_admin_only": {
        "id": "{action} hanya boleh dilakukan admin; {name} bukan admin.",
        "en": "{action} is for administrators only; {name} is not one.",
    },
    "permission_reader_upload": {
        "id": "Akun {name} adalah pembaca dan tidak boleh memuat data. Minta admin memberi peran analis.",
        "en": "Account {name} is a reader and may not load data. Ask an administrator for the analyst role.",
    },
    "permission_opd_choice": {
        "id": "Akun {name} tidak boleh mengunggah atas nama {opd}; OPD akun ini: {opds}.",
        "en": "Account {name} may not upload for {opd}; this account's agencies: {opds}.",
    },
    "err_not_your_measure": {
        "id": "Ukuran {code} dipegang {lead}, bukan OPD akun {name} ({opds}). Hapus baris ini atau minta {lead} "
        "mengunggahnya.",
        "en": "Measure {code} is led by {lead}, not by account {name}'s agencies ({opds}). Remove this row or ask "
        "{lead} to upload it.",
    },
    "err_not_your_budget": {
        "id": "Baris ini anggaran {opd}, bukan OPD akun {name} ({opds}). Hapus baris ini atau minta {opd} "
        "mengunggahnya.",
        "en": "This row is {opd}'s budget, not that of account {name}'s agencies ({opds}). Remove it or ask {opd} "
        "to upload it.",
    },
    "permission_undo": {
        "id": "Akun {name} tidak boleh membatalkan unggahan #{upload_id} milik {opd}. Hanya OPD pengunggah atau "
        "admin yang boleh.",
        "en": "Account {name} may not undo upload #{upload_id} of {opd}. Only the uploading agency or an "
        "administrator may.",
    },
    "audit_upload_counts": {
        "id": "{rows} baris: {added} baru, {changed} berubah",
        "en": "{rows} rows: {added} new, {changed} changed",
    },
    "audit_upload_refused": {"id": "{count} galat; pertama: {first}", "en": "{count} errors; first: {first}"},
    "cli_acting_as": {"id": "Bertindak sebagai: {name}", "en": "Acting as: {name}"},
    # Login
    "login_title": {"id": "Masuk", "en": "Sign in"},
    "login_name": {"id": "Nama pengguna", "en": "User name"},
    "login_password": {"id": "Kata sandi", "en": "Password"},
    "login_button": {"id": "Masuk", "en": "Sign in"},
    "logout_button": {"id": "Keluar", "en": "Sign out"},
    "login_wrong": {
        "id": "Nama pengguna atau kata sandi salah.",
        "en": "Wrong user name or password.",
    },
    "login_locked": {
        "id": "Terlalu banyak percobaan gagal: akun dikunci sementara. Coba lagi dalam {minutes} menit, atau minta "
        "admin mengganti kata sandi.",
        "en": "Too many failed attempts: the account is locked for now. Try again in {minutes} minutes, or ask an "
        "administrator to reset the password.",
    },
    "login_signed_in_as": {
        "id": "Masuk sebagai **{name}** ({role}{opds})",
        "en": "Signed in as **{name}** ({role}{opds})",
    },
    "login_expired": {
        "id": "Sesi berakhir karena tidak ada kegiatan selama {minutes} menit. Silakan masuk lagi.",
        "en": "The session ended after {minutes} minutes without activity. Please sign in again.",
    },
    "login_no_admin": {
        "id": "Belum ada akun admin. Di server, buat dengan: `python -m kla.users add NAMA --role admin` "
        "(kata sandi diminta, tidak ada kata sandi bawaan).",
        "en": "There is no administrator account yet. On the server, create one with: "
        "`python -m kla.users add NAME --role admin` (you are asked for a password; there is no default).",
    },
    "login_why": {
        "id": "Masuk untuk memuat data OPD, mengelola target dan bobot, atau melihat angka kecil yang "
        "disembunyikan dari umum untuk melindungi anak.",
        "en": "Sign in to load agency data, manage goals and weights, or see the small counts hidden from the "
        "public to protect children.",
    },
    "account_title": {"id": "Akun", "en": "Account"},
    "login_done": {
        "id": "Anda sudah masuk (lihat bilah samping; tombol Keluar ada di sana). Pilih halaman di menu.",
        "en": "You are signed in (see the sidebar, where Sign out is). Choose a page in the menu.",
    },
    "login_needed_upload": {
        "id": "Memuat data hanya untuk analis OPD dan admin. Masuk dengan akun Anda.",
        "en": "Loading data is for agency analysts and administrators. Sign in with your account.",
    },
    "login_needed_reading": {
        "id": "Dasbor ini hanya untuk pengguna terdaftar. Masuk dengan akun Anda.",
        "en": "This dashboard is for registered users. Sign in with your account.",
    },
    "target_login_to_edit": {
        "id": "Masuk sebagai admin untuk mengubah target",
        "en": "Sign in as an administrator to change goals",
    },
    "login_needed_admin": {
        "id": "Halaman ini hanya untuk admin.",
        "en": "This page is for administrators.",
    },
    "role_admin": {"id": "admin", "en": "administrator"},
    "role_analis": {"id": "analis", "en": "analyst"},
    "role_pembaca": {"id": "pembaca", "en": "reader"},
    # Actions as the audit names them
    "action_login": {"id": "Masuk", "en": "Sign in"},
    "action_logout": {"id": "Keluar", "en": "Sign out"},
    "action_upload": {"id": "Unggah data", "en": "Upload"},
    "action_undo": {"id": "Batalkan unggahan", "en": "Undo upload"},
    "action_goal_change": {"id": "Ubah target", "en": "Change goal"},
    "action_weight_change": {"id": "Ubah bobot", "en": "Change weight"},
    "action_account_add": {"id": "Buat akun", "en": "Create account"},
    "action_account_disable": {"id": "Nonaktifkan akun", "en": "Disable account"},
    "action_account_reset": {"id": "Ganti kata sandi", "en": "Reset password"},
    "action_restore": {"id": "Pulihkan cadangan", "en": "Restore backup"},
    # Editing the estimate's weights
    "predicate_weights_edit": {"id": "Ubah bobot (admin)", "en": "Change the weights (administrators)"},
    "predicate_weights_intro": {
        "id": "Bobot disimpan di {path}; setiap perubahan dicatat di jejak audit dengan nilai lama, baru dan "
        "alasannya.",
        "en": "The weights are kept in {path}; every change goes to the audit trail with old, new and the reason.",
    },
    "predicate_weights_save": {"id": "Simpan bobot", "en": "Save the weights"},
    "predicate_weights_saved": {"id": "{count} bobot diubah.", "en": "{count} weights changed."},
    "predicate_weight_reason": {
        "id": "Tulis alasan perubahan bobot (misalnya dokumen instrumen evaluasi).",
        "en": "Give the reason for the change (e.g. the evaluation instrument document).",
    },
    "predicate_weight_negative": {"id": "Bobot tidak boleh negatif.", "en": "A weight cannot be negative."},
    "predicate_col_number": {"id": "Indikator", "en": "Indicator"},
    "predicate_col_weight_edit": {"id": "Bobot", "en": "Weight"},
    # The audit page
    "nav_audit": {"id": "Jejak audit", "en": "Audit trail"},
    "audit_title": {"id": "Jejak audit", "en": "Audit trail"},
    "audit_intro": {
        "id": "Siapa mengubah apa, kapan, lewat aplikasi atau baris perintah, dengan nilai lama → baru dan alasannya. "
        "Termasuk setiap percobaan masuk, berhasil maupun gagal.",
        "en": "Who changed what, when, in the app or on the command line, with old → new and the reason. Every "
        "sign-in attempt is included, successful or not.",
    },
    "audit_col_actor": {"id": "Oleh", "en": "By"},
    "audit_col_action": {"id": "Tindakan", "en": "Action"},
    "audit_col_outcome": {"id": "Hasil", "en": "Outcome"},
    "audit_col_subject": {"id": "Tentang", "en": "Subject"},
    "audit_col_change": {"id": "Lama → baru", "en": "Old → new"},
    "audit_col_reason": {"id": "Alasan", "en": "Reason"},
    "audit_col_detail": {"id": "Rincian", "en": "Detail"},
    "audit_via_aplikasi": {"id": "aplikasi", "en": "app"},
    "audit_via_cli": {"id": "baris perintah", "en": "command line"},
    "audit_outcome_berhasil": {"id": "berhasil", "en": "done"},
    "audit_outcome_ditolak": {"id": "ditolak", "en": "refused"},
    "audit_filter_action": {"id": "Tindakan", "en": "Action"},
    "audit_filter_actor": {"id": "Oleh", "en": "By"},
    "audit_filter_outcome": {"id": "Hasil", "en": "Outcome"},
    "audit_filter_days": {"id": "Hari terakhir", "en": "Last days"},
    "audit_count": {"id": "{count} dari {total} kejadian.", "en": "{count} of {total} events."},
    "audit_empty": {"id": "Belum ada kejadian yang tercatat.", "en": "No events recorded yet."},
}
