"""Texts of the privacy rule: small counts about child victims hidden from the public."""

PRIVACY_TEXT: dict[str, dict[str, str]] = {
    "privacy_hidden": {"id": "<5", "en": "<5"},
    "privacy_note": {
        "id": "<5: jumlah kecil disembunyikan untuk melindungi anak; masuk untuk melihat.",
        "en": "<5: small counts are hidden to protect children; sign in to see them.",
    },
    "privacy_line_note": {
        "id": "Garis terputus di titik <5: jumlah kecil disembunyikan untuk melindungi anak; masuk untuk melihat.",
        "en": "Lines break at <5 points: small counts are hidden to protect children; sign in to see them.",
    },
    "privacy_hover": {
        "id": "Jumlah di bawah 5 disembunyikan untuk melindungi anak",
        "en": "Counts below 5 are hidden to protect children",
    },
    "privacy_deck_public": {
        "id": "Versi publik: jumlah kecil (di bawah 5) tentang anak per kecamatan dan desa/kelurahan "
        "disembunyikan dan ditulis <5.",
        "en": "Public version: small counts (below 5) about children per kecamatan and desa/kelurahan "
        "are hidden and written <5.",
    },
    "privacy_deck_full": {
        "id": "Versi lengkap: memuat jumlah kecil tentang anak korban per wilayah; jangan disebarkan ke publik.",
        "en": "Full version: holds small counts about child victims per region; do not share it publicly.",
    },
    "privacy_footer_public": {"id": "versi publik, angka <5 disembunyikan", "en": "public version, <5 hidden"},
    "privacy_footer_full": {"id": "versi lengkap, angka kecil tampil", "en": "full version, small counts shown"},
}
