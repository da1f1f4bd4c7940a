"""Who may load what: an analyst loads only the rows of the OPDs bound to the account, a
reader loads nothing, an administrator (and the local operator) anything. A refused row is an
error at its cell, so the whole file is refused and nothing is written."""

from __future__ import annotations

import pandas as pd

from kla.text import t
from kla.users import User
from loaders.report import Problem
from loaders.sheet_result import SheetResult


def refuse_rows_of_others(
    rows: pd.DataFrame, result: SheetResult, user: User, owners: pd.Series | None, key: str, lang: str
) -> None:
    """An error in ``result`` for every row of ``rows`` whose owning OPD (``owners``, one per
    row; None will do for an administrator) is not one of ``user``'s."""
    if user.is_admin:
        return
    opds = ", ".join(user.opds) or "–"
    others = ~owners.isin(list(user.opds))
    for row, owner in zip(rows[others].to_dict("records"), owners[others]):
        if owner not in user.opds:
            values = {"code": row.get("indicator_code"), "lead": owner, "opd": owner, "name": user.name, "opds": opds}
            result.errors.append(Problem(row["_sheet"], row["_cell"], None, t(key, lang, **values)))


def refusal_before_reading(user: User, opd: str | None, lang: str) -> Problem | None:
    """Why ``user`` may not upload at all, or for ``opd``; None when they may."""
    if user.is_admin:
        return None
    if user.role != "analis":
        return Problem(None, None, None, t("permission_reader_upload", lang, name=user.name))
    if opd is not None and opd not in user.opds:
        return Problem(
            None, None, None, t("permission_opd_choice", lang, name=user.name, opd=opd, opds=", ".join(user.opds))
        )
    return None
