"""The deck as a PowerPoint file (python-pptx): 16:9, one message per slide, charts as images,
scorecards as real tables that can still be edited, and the message with its source in the
speaker notes."""

from __future__ import annotations

import io

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Inches, Pt

from kla.report import layout
from kla.report.images import png
from kla.slides import Deck, Slide, SlideTable, version_line

WIDTH_IN, HEIGHT_IN = 40 / 3, 7.5  # 16:9
PIXELS_PER_INCH, MM_PER_INCH = 96, 25.4
INK, MUTED, ACCENT = RGBColor(0x1F, 0x29, 0x37), RGBColor(0x4B, 0x55, 0x63), RGBColor(0x00, 0x72, 0xB2)


def _rgb(colour: str) -> RGBColor:
    return RGBColor.from_string(colour.lstrip("#").upper())


def _text(slide, box: layout.Box, text: str, size: float, bold: bool = False, colour: RGBColor = INK):
    x, y, w, h = box.scaled(WIDTH_IN, HEIGHT_IN)
    shape = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h))
    frame = shape.text_frame
    frame.word_wrap = True
    paragraph = frame.paragraphs[0]
    paragraph.text = text
    paragraph.font.size, paragraph.font.bold, paragraph.font.color.rgb = Pt(size), bold, colour
    return shape


def _points(slide, box: layout.Box, points: tuple[str, ...]) -> None:
    x, y, w, h = box.scaled(WIDTH_IN, HEIGHT_IN)
    frame = slide.shapes.add_textbox(Inches(x), Inches(y), Inches(w), Inches(h)).text_frame
    frame.word_wrap = True
    for number, point in enumerate(points):
        paragraph = frame.paragraphs[0] if number == 0 else frame.add_paragraph()
        paragraph.text = f"• {point}"
        paragraph.font.size, paragraph.font.color.rgb = Pt(22), INK
        paragraph.space_after = Pt(12)


def _table(slide, box: layout.Box, table: SlideTable) -> None:
    frame = table.frame
    x, y, w, h = box.scaled(WIDTH_IN, HEIGHT_IN)
    rows, columns = len(frame) + 1, len(frame.columns)
    size = Pt(layout.table_font_size(frame, w * MM_PER_INCH, h * MM_PER_INCH))
    height = Inches(min(h, 0.3 * rows))
    shape = slide.shapes.add_table(rows, columns, Inches(x), Inches(y), Inches(w), height).table
    shares = layout.column_shares(frame)
    widths = [share / sum(shares) for share in shares]
    for column, share in enumerate(widths):
        shape.columns[column].width = Inches(w * share)
    status = list(frame.columns).index(table.status_column) if table.status_column else None
    for column, name in enumerate(frame.columns):
        _cell(shape.cell(0, column), str(name), size, bold=True)
    for row, values in enumerate(frame.itertuples(index=False), start=1):
        for column, value in enumerate(values):
            cell = shape.cell(row, column)
            colours = table.colours[row - 1] if column == status and table.colours else None
            _cell(cell, str(value), size, colours=colours)


def _cell(cell, text: str, size, bold: bool = False, colours: tuple[str, str] | None = None) -> None:
    cell.text = text
    paragraph = cell.text_frame.paragraphs[0]
    paragraph.font.size, paragraph.font.bold = size, bold
    cell.margin_top = cell.margin_bottom = Inches(0.03)
    if colours:
        background, ink = colours
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb(background)
        paragraph.font.color.rgb = _rgb("#FFFFFF" if ink == "white" else "#000000")
    elif not bold:
        cell.fill.solid()
        cell.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        paragraph.font.color.rgb = INK


def _figure(slide, box: layout.Box, content: Slide) -> None:
    x, y, w, h = box.scaled(WIDTH_IN, HEIGHT_IN)
    image = png(content.figure, int(w * PIXELS_PER_INCH), int(h * PIXELS_PER_INCH))
    picture = slide.shapes.add_picture(io.BytesIO(image), Inches(x), Inches(y), Inches(w), Inches(h))
    picture.name = f"Grafik: {content.figure_title or content.title}"


def add_slide(presentation, content: Slide, footer: str, note: str = "") -> None:
    """One slide of the deck: title, message, body (table, chart, points), source, footer;
    the speaker notes hold the message, the source and ``note``."""
    slide = presentation.slides.add_slide(presentation.slide_layouts[6])  # blank
    _text(slide, layout.TITLE, content.title, layout.title_points(content.title, 32), bold=True, colour=ACCENT)
    _text(slide, layout.MESSAGE, content.message, layout.message_points(content.message, 20))
    parts = layout.body(content)
    if parts.table is not None:
        _table(slide, parts.table, content.table)
    if parts.figure is not None:
        _figure(slide, parts.figure, content)
    if parts.points is not None:
        _points(slide, parts.points, content.points)
    _text(slide, layout.SOURCE, content.source, 14, colour=MUTED)
    _text(slide, layout.FOOTER, footer, 14, colour=MUTED)
    slide.notes_slide.notes_text_frame.text = "\n\n".join(
        part for part in (content.message, content.source, note) if part
    )


def pptx_bytes(deck: Deck) -> bytes:
    """The whole deck as a ``.pptx`` file."""
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Inches(WIDTH_IN), Inches(HEIGHT_IN)
    presentation.core_properties.title = deck.slides[0].title
    presentation.core_properties.language = "id-ID" if deck.lang == "id" else "en-GB"
    for number, content in enumerate(deck.slides, start=1):
        add_slide(presentation, content, deck.file_footer(number), version_line(deck.reveal, deck.lang))
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()
