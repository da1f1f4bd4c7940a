"""Unggah: check OPD files (dry run), load them on confirmation, history with undo, templates."""

from kla.ui.upload_page import UploadTools, render_upload_page
from loaders.budget_template import budget_template_bytes
from loaders.ingest import ingest_bytes
from loaders.parser_template import ready_parser
from loaders.profile_sheets import LayoutChoice
from loaders.template import template_bytes
from loaders.upload_file import uploaded_sheets

ready_parser()  # while the analyst picks a file: the first upload then need not wait for it
render_upload_page(UploadTools(ingest_bytes, template_bytes, budget_template_bytes, uploaded_sheets, LayoutChoice))
