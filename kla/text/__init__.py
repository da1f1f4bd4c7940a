"""Every user-facing string, in Bahasa Indonesia (default) and English.

Pages and loaders never write literal UI text: they call ``t(key, lang, **values)``.
"""

from __future__ import annotations

from kla.text.access import ACCESS_TEXT
from kla.text.budget import BUDGET_TEXT
from kla.text.interface import INTERFACE_TEXT
from kla.text.loading import LOADING_TEXT
from kla.text.mapping import MAPPING_TEXT
from kla.text.meeting import MEETING_TEXT
from kla.text.predicate import PREDICATE_TEXT
from kla.text.privacy import PRIVACY_TEXT
from kla.text.safekeeping import SAFEKEEPING_TEXT

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}

TEXT: dict[str, dict[str, str]] = {
    **INTERFACE_TEXT,
    **LOADING_TEXT,
    **MAPPING_TEXT,
    **MEETING_TEXT,
    **BUDGET_TEXT,
    **PREDICATE_TEXT,
    **ACCESS_TEXT,
    **PRIVACY_TEXT,
    **SAFEKEEPING_TEXT,
}


def t(key: str, lang: str = "id", **values: object) -> str:
    """The text for ``key`` in ``lang`` (falling back to Indonesian), with ``values`` filled in."""
    entry = TEXT[key]
    template = entry.get(lang) or entry["id"]
    return template.format(**values) if values else template


class KeyedError(ValueError):
    """A refusal said in the words of this module: a text ``key`` and the ``values`` it needs."""

    def __init__(self, key: str, **values: object):
        super().__init__(key)
        self.key, self.values = key, values

    def message(self, lang: str = "id") -> str:
        """The refusal in ``lang``."""
        return t(self.key, lang, **self.values)
