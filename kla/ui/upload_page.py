"""The Unggah page: check OPD files (dry run), load them on confirmation, history with undo,
templates. The loaders' functions are handed in by the page script (``kla`` does not import
``loaders``)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from kla import profile_store, queries, store, uploads
from kla.export import XLSX_MIME
from kla.layout_draft import values_table as layout_values
from kla.text import t
from kla.ui import mapping_editor, warm_up
from kla.ui.mapping_editor import mapping_catalog
from kla.ui.parts import table, wrapped_table
from kla.ui.session import require_user
from kla.ui.state import cached_data, db_path, language, load, through_entry
from kla.upload_view import change_table, history_table, problem_table, profile_table
from kla.users import PermissionRefused, User


@dataclass(frozen=True)
class UploadTools:
    """The loaders' functions the page uses: check or load a file's bytes
    (:func:`loaders.ingest.ingest_bytes`), the templates' bytes, an uploaded file's sheets,
    and the layout choice of a profile being drafted (:class:`loaders.profile_sheets.LayoutChoice`)."""

    ingest: Callable
    template: Callable
    budget_template: Callable
    sheets: Callable
    layout: Callable


def _check(
    tools: UploadTools, name: str, content: bytes, dry_run: bool, opd: str, user: User, layout: object | None = None
) -> dict:
    """Check (``dry_run``) or load one file for ``opd`` as ``user``; its report as JSON."""
    lang = language()
    try:
        report = tools.ingest(name, content, db_path(), opd=opd, dry_run=dry_run, lang=lang, user=user, layout=layout)
    except store.DatabaseBusy as busy:  # another upload held the database longer than we waited
        st.error(str(busy))
        st.stop()
    if report.upload_id is not None:  # loaded: the next visitors' pages start from the new state
        warm_up.start()
    return report.as_json()


def _map_button(report: dict, index: int, opd: str, user: User) -> None:
    """For a file whose layout no profile reads (or a profile's, changed): open the mapping form."""
    lang, changed = language(), report["layout_changed"]
    if not (report["layout_unknown"] or changed):
        return
    earlier = profile_store.find(changed) if changed else None
    owner = earlier.opd if earlier else opd
    if not user.may_load(owner):  # another OPD's profile: theirs to update
        st.info(t("map_not_yours", lang, opd=owner))
        return
    if st.button(t("map_update" if changed else "map_start", lang), key=f"map_open_{index}"):
        mapping_editor.forget_form()
        st.session_state["map_target"] = (report["file"], changed)


def render_upload_page(tools: UploadTools) -> None:
    """Draw the page: the sign-in form for anyone not signed in, else the drop zone, the
    checks, the load, the history with undo, the layout profiles and the templates."""
    through_entry()
    lang = language()
    st.title(t("upload_title", lang))
    st.markdown(t("upload_intro", lang))
    user = require_user(lang, "login_needed_upload")  # no drop zone for anyone not signed in
    if user.role not in ("admin", "analis"):
        st.error(t("permission_reader_upload", lang, name=user.name))
        st.stop()

    opds = {code: name for code, name in load(queries.opd_names).items() if user.is_admin or code in user.opds}
    opd = st.selectbox(t("upload_opd", lang), list(opds), format_func=opds.get, key="upload_opd")
    files = st.file_uploader(
        t("upload_files", lang), type=["xlsx", "xlsm", "xls", "ods"], accept_multiple_files=True, key="upload_files"
    )
    if files:
        _checks(tools, files, opd, user, lang)
    _history(user, lang)
    _profiles(user, lang)
    _templates(tools, opds[opd].split(" · ")[0], opd, lang)


def _checks(tools: UploadTools, files: list, opd: str, user: User, lang: str) -> None:
    """Every dropped file checked (once per set of files), its report, the mapping form of a
    file no profile reads, and the button that loads them all."""
    batch = (user.name, opd, lang, tuple((f.name, hashlib.sha256(f.getvalue()).hexdigest()) for f in files))
    if st.session_state.get("upload_batch") != batch:
        st.session_state["upload_batch"] = batch
        st.session_state["upload_reports"] = [_check(tools, f.name, f.getvalue(), True, opd, user) for f in files]
        st.session_state.pop("upload_loaded", None)
    reports = st.session_state["upload_reports"]
    st.subheader(t("upload_check_title", lang))
    if "map_saved" in st.session_state:
        st.success(st.session_state.pop("map_saved"))
    for index, report in enumerate(reports):
        with st.container(border=True):
            _report(report, index, opd, user, lang)
    target = st.session_state.get("map_target")
    mapped = next((f for f in files if target and f.name == target[0]), None)
    if mapped is not None:
        _mapping(tools, mapped, target, opd, user, lang)
    if st.session_state.get("upload_loaded"):
        for report in st.session_state["upload_loaded"]:
            st.success(t("upload_done", lang, file=report["file"], upload_id=report["upload_id"]))
    elif any(report["status"] != "accepted" for report in reports):
        st.warning(t("upload_blocked", lang))
    elif st.button(t("upload_confirm", lang), type="primary", key="upload_confirm"):
        loaded = [_check(tools, f.name, f.getvalue(), False, opd, user) for f in files]
        st.session_state["upload_loaded"] = [r for r in loaded if r["upload_id"] is not None]
        st.rerun()


def _report(report: dict, index: int, opd: str, user: User, lang: str) -> None:
    """One file's check: accepted or rejected, its errors, values read by a profile, the
    changes it would make, its warnings."""
    if report["status"] == "accepted":
        counts = {k: report[k] for k in ("file", "rows", "added", "changed", "unchanged")}
        budget = report["kind"] == "anggaran"
        st.success(t("upload_budget_accepted" if budget else "upload_accepted", lang, **counts))
    else:
        st.error(t("upload_rejected", lang, file=report["file"], count=len(report["errors"])))
        st.markdown(f"**{t('upload_errors', lang)}**")
        wrapped_table(problem_table(report["errors"], lang), f"{report['file']} {t('upload_errors', lang)}")
        _map_button(report, index, opd, user)
    if report["profile"]:
        st.info(t("upload_read_with_profile", lang, profile=report["profile"]))
        if report["values"]:
            table(layout_values(report["values"], lang, load(queries.region_names)), t("map_preview_title", lang))
    if report["changes"]:
        st.markdown(f"**{t('upload_changes', lang)}**")
        table(
            change_table(report["changes"], lang, load(queries.region_names), report["kind"]),
            f"{report['file']} {t('upload_changes', lang)}",
        )
    if report["warnings"]:
        st.markdown(f"**{t('upload_warnings', lang)}**")
        wrapped_table(problem_table(report["warnings"], lang), f"{report['file']} {t('upload_warnings', lang)}")


def _mapping(tools: UploadTools, mapped, target: tuple, opd: str, user: User, lang: str) -> None:
    """The form that maps the layout of the file ``mapped`` into a profile; once a profile is
    saved, every file is checked again."""
    content = mapped.getvalue()
    saved = mapping_editor.section(
        mapped.name,
        cached_data(tools.sheets, 4)(mapped.name, content, lang),  # the form reruns on every field
        opd,
        profile_store.find(target[1]) if target[1] else None,
        mapping_catalog(
            load(queries.measures),
            load(queries.regions_at, "kecamatan"),
            load(queries.regions_at, "desa"),
            load(queries.region_names),
            lang,
        ),
        lang,
        lambda draft: _check(
            tools, mapped.name, content, True, opd, user, tools.layout(profile=draft.profile, year=draft.year)
        ),
        user.name,
    )
    if saved:  # check every file again: the new profile now reads this layout
        st.session_state.pop("upload_batch", None)
        st.session_state.pop("map_target", None)
        st.rerun()


def _history(user: User, lang: str) -> None:
    """Every upload, and the undo of an active one the user may load."""
    st.subheader(t("upload_history_title", lang))
    history = load(queries.upload_history) if db_path().exists() else None
    if history is None or history.empty:
        st.info(t("upload_none", lang))
        return
    table(history_table(history, lang), t("upload_history_title", lang))
    active = history[(history["status"] == "aktif") & history["opd_code"].map(user.may_load).astype(bool)]
    if not active.empty:
        _undo(active, user, lang)
    if "undo_message" in st.session_state:
        st.success(st.session_state.pop("undo_message"))


def _undo(active, user: User, lang: str) -> None:
    """Pick an active upload, say yes, undo it."""
    choices = {int(row.upload_id): f"#{row.upload_id} · {row.file_name}" for row in active.itertuples()}
    chosen = st.selectbox(
        t("upload_undo_pick", lang),
        list(choices),
        index=None,
        format_func=choices.get,
        placeholder=t("upload_undo_placeholder", lang),
        key="undo_pick",
    )
    round_ = st.session_state.get("undo_round", 0)  # a fresh checkbox after each undo
    sure = st.checkbox(t("upload_undo_confirm", lang), key=f"undo_sure_{round_}")
    if st.button(t("upload_undo_button", lang), disabled=not (sure and chosen), key="undo_button"):
        try:
            with store.writing(db_path()) as con:
                result = uploads.undo_upload(con, chosen, user)
        except (uploads.UndoRefused, PermissionRefused, store.DatabaseBusy) as refused:  # e.g. undone elsewhere
            st.error(str(refused))
            st.stop()
        warm_up.start()
        st.session_state["undo_round"] = round_ + 1
        st.session_state["undo_message"] = t(
            "upload_undone", lang, upload_id=chosen, withdrawn=result.withdrawn, restored=result.restored
        )
        st.rerun()


def _profiles(user: User, lang: str) -> None:
    """The saved layout profiles of the OPDs the user may load, and the unreadable ones."""
    st.subheader(t("profiles_title", lang))
    st.markdown(t("profiles_intro", lang, folder=profile_store.profiles_dir()))
    saved, unreadable = profile_store.scan()
    profiles = [profile for profile in saved if user.may_load(profile.opd)]
    if profiles:
        table(profile_table(profiles, lang), t("profiles_title", lang))
    else:
        st.info(t("profiles_none", lang))
    for broken in unreadable:
        st.warning(t("profiles_unreadable", lang, file=broken.name))


def _templates(tools: UploadTools, short: str, opd: str, lang: str) -> None:
    """The OPD's templates for a year, made once per OPD, year and language."""
    st.subheader(t("upload_template_title", lang))
    st.markdown(t("upload_template_intro", lang))
    year = int(st.number_input(t("upload_template_year", lang), 2000, 2100, value=st.session_state.get("year", 2025)))
    made = cached_data(tools.budget_template, 32)(year, opd, lang)
    templates = [("budget_template_download", "upload_budget_template_button", made)]
    if opd in set(load(queries.measures)["lead_opd"]):
        made = cached_data(tools.template, 32)(opd, year, lang)
        templates.insert(0, ("template_download", "upload_template_button", made))
    buttons = st.container(horizontal=True)
    for key, label, (name, content) in templates:
        buttons.download_button(t(label, lang, opd=short, year=year), content, file_name=name, mime=XLSX_MIME, key=key)
