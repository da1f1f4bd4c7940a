"""Texts of the privacy rule: small counts about child victims hidden from the public."""

PRIVACY_TEXT: dict[str, dict[str, str]] = {
    "privacy_hidden": {"id": "<5", "en": "<5"},
}
