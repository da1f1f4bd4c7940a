"""The deck (16:9 pages) and single pages (A4 landscape) as PDF files, with fpdf2 and the
DejaVu Sans font that ships with the project (so every accent and sign prints)."""

from __future__ import annotations

import io
from collections.abc import Iterable

from fpdf import FPDF
from fpdf.fonts import FontFace

from kla.config import PROJECT_ROOT
from kla.report import layout
from kla.report.images import png
from kla.slides import Slide, SlideTable

FONT_DIR = PROJECT_ROOT / "assets" / "fonts"
SLIDE_MM = (338.67, 190.5)  # 13.333 × 7.5 in, as the .pptx
A4_LANDSCAPE_MM = (297.0, 210.0)
INK, MUTED, ACCENT = (31, 41, 55), (75, 85, 99), (0, 114, 178)
MM_PER_INCH, PIXELS_PER_INCH = 25.4, 96


def _rgb(colour: str) -> tuple[int, int, int]:
    colour = colour.lstrip("#")
    return int(colour[0:2], 16), int(colour[2:4], 16), int(colour[4:6], 16)


class _Pages:
    """An fpdf2 document whose pages are laid out by :mod:`kla.report.layout`."""

    def __init__(self, size_mm: tuple[float, float], title: str, lang: str) -> None:
        self.width, self.height = size_mm
        self.scale = self.width / SLIDE_MM[0]  # type shrinks with the page
        self.pdf = FPDF(orientation="L", unit="mm", format=(self.height, self.width))
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.pdf.set_title(title)
        self.pdf.set_lang("id-ID" if lang == "id" else "en-GB")
        self.pdf.set_creator("Dasbor KLA")

    def _font(self, size: float, bold: bool = False, colour=INK, scaled: bool = True) -> None:
        self.pdf.set_font("DejaVu", "B" if bold else "", size * self.scale if scaled else size)
        self.pdf.set_text_color(*colour)

    def text(self, box: layout.Box, text: str, size: float, bold: bool = False, colour=INK) -> None:
        """``text`` wrapped inside ``box``."""
        x, y, w, _ = box.scaled(self.width, self.height)
        self._font(size, bold, colour)
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(w, size * self.scale * 0.45, text, align="L", new_x="LEFT", new_y="NEXT")

    def points(self, box: layout.Box, points: Iterable[str]) -> None:
        """A list of points, one paragraph each."""
        x, y, w, _ = box.scaled(self.width, self.height)
        self._font(20)
        self.pdf.set_xy(x, y)
        for point in points:
            self.pdf.set_x(x)
            self.pdf.multi_cell(w, 20 * self.scale * 0.5, f"• {point}", align="L", new_x="LEFT", new_y="NEXT")
            self.pdf.ln(3 * self.scale)

    def table(self, box: layout.Box, table: SlideTable) -> None:
        """A table with a bold header and each status cell on its colour."""
        x, y, w, h = box.scaled(self.width, self.height)
        frame = table.frame
        size = layout.table_font_size(frame, w, h)  # points on this page, whatever its size
        self._font(size, scaled=False)
        self.pdf.set_draw_color(200, 200, 200)
        self.pdf.set_left_margin(x)
        self.pdf.set_xy(x, y)
        shares = layout.column_shares(frame)
        status = list(frame.columns).index(table.status_column) if table.status_column else None
        with self.pdf.table(
            width=w,
            col_widths=shares,
            align="LEFT",
            text_align="LEFT",
            v_align="MIDDLE",
            line_height=size * layout.POINT_MM * layout.LINE_HEIGHT_EM,
            headings_style=FontFace(emphasis="BOLD", fill_color=(236, 240, 244)),
            padding=layout.cell_padding_mm(size),
        ) as drawn:
            drawn.row([str(column) for column in frame.columns])
            for number, values in enumerate(frame.itertuples(index=False)):
                row = drawn.row()
                for column, value in enumerate(values):
                    style = None
                    if column == status and table.colours:
                        background, ink = table.colours[number]
                        style = FontFace(fill_color=_rgb(background), color=(255, 255, 255) if ink == "white" else 0)
                    row.cell(str(value), style=style)
        self.pdf.set_left_margin(0)

    def figure(self, box: layout.Box, slide: Slide) -> None:
        """The slide's chart as a sharp PNG filling ``box``."""
        x, y, w, h = box.scaled(self.width, self.height)
        image = png(slide.figure, int(w / MM_PER_INCH * PIXELS_PER_INCH), int(h / MM_PER_INCH * PIXELS_PER_INCH))
        self.pdf.image(io.BytesIO(image), x=x, y=y, w=w, h=h, keep_aspect_ratio=True)

    def page(self, slide: Slide, footer: str) -> None:
        """One page: title, message, body, source line, footer."""
        self.pdf.add_page()
        self.text(layout.TITLE, slide.title, layout.title_points(slide.title, 28), bold=True, colour=ACCENT)
        self.text(layout.MESSAGE, slide.message, layout.message_points(slide.message, 18))
        parts = layout.body(slide)
        if parts.table is not None:
            self.table(parts.table, slide.table)
        if parts.figure is not None:
            self.figure(parts.figure, slide)
        if parts.points is not None:
            self.points(parts.points, slide.points)
        self.text(layout.SOURCE, slide.source, 12, colour=MUTED)
        self.text(layout.FOOTER, footer, 12, colour=MUTED)

    def bytes(self) -> bytes:
        """The finished file."""
        return bytes(self.pdf.output())


def pdf_bytes(slides: list[Slide], footers: list[str], title: str, lang: str, size_mm=SLIDE_MM) -> bytes:
    """``slides`` as a PDF, one page each, with the matching footer under each."""
    pages = _Pages(size_mm, title, lang)
    for slide, footer in zip(slides, footers, strict=True):
        pages.page(slide, footer)
    return pages.bytes()
