"""Where things sit on a slide or a printed page, as fractions of the page (shared by the
``.pptx`` and ``.pdf`` writers, so both look alike)."""

from __future__ import annotations

from dataclasses import dataclass

from kla.slides import Slide


@dataclass(frozen=True)
class Box:
    """A rectangle as fractions of the page: left, top, width, height (0-1)."""

    x: float
    y: float
    w: float
    h: float

    def scaled(self, width: float, height: float) -> tuple[float, float, float, float]:
        """The box in the page's own units (inches, millimetres)."""
        return self.x * width, self.y * height, self.w * width, self.h * height


MARGIN = 0.04
TITLE = Box(MARGIN, 0.04, 1 - 2 * MARGIN, 0.10)
MESSAGE = Box(MARGIN, 0.145, 1 - 2 * MARGIN, 0.13)
BODY_TOP, BODY_BOTTOM = 0.29, 0.875
SOURCE = Box(MARGIN, 0.885, 1 - 2 * MARGIN, 0.05)
FOOTER = Box(MARGIN, 0.94, 1 - 2 * MARGIN, 0.045)
GAP = 0.02


@dataclass(frozen=True)
class Parts:
    """The boxes of one slide's body: a table, a chart and a list of points (each optional)."""

    table: Box | None
    figure: Box | None
    points: Box | None


def body(slide: Slide) -> Parts:
    """Split the body between what the slide has: table beside chart, chart beside points,
    or one of them across the whole width."""
    top, height, width = BODY_TOP, BODY_BOTTOM - BODY_TOP, 1 - 2 * MARGIN
    whole = Box(MARGIN, top, width, height)
    has_table, has_figure, has_points = slide.table is not None, slide.figure is not None, bool(slide.points)
    if has_table and has_figure:
        left = width * table_share(slide.table.frame)
        return Parts(Box(MARGIN, top, left, height), Box(MARGIN + left + GAP, top, width - left - GAP, height), None)
    if has_figure:
        if not has_points:
            return Parts(None, whole, None)
        left = width * 0.62
        return Parts(None, Box(MARGIN, top, left, height), Box(MARGIN + left + GAP, top, width - left - GAP, height))
    if has_table:
        table_height = height * (0.8 if has_points else 1)
        points = Box(MARGIN, top + table_height, width, height - table_height) if has_points else None
        return Parts(Box(MARGIN, top, width, table_height), None, points)
    return Parts(None, None, whole if has_points else None)


TABLE_SHARES = {4: (50, 15, 15, 20), 5: (40, 13, 13, 18, 16)}
CHAR_WIDTH_EM = 0.55  # DejaVu Sans, on average
LINE_HEIGHT_EM = 1.2
POINT_MM = 0.3528


def table_share(frame) -> float:
    """How much of the body's width a table beside a chart takes: more when it has many
    rows of long names."""
    longest = max((len(str(value)) for value in frame.iloc[:, 0]), default=0)
    if len(frame) > 7 and longest > 30:
        return 0.68
    return 0.62 if len(frame) > 5 and longest > 30 else 0.5


def column_shares(frame) -> tuple[float, ...]:
    """Relative widths of a table's columns."""
    return TABLE_SHARES.get(len(frame.columns), (100 / len(frame.columns),) * len(frame.columns))


def _height_mm(frame, width_mm: float, size: float, padding_mm: float) -> float:
    shares = column_shares(frame)
    total = sum(shares)
    char_mm = size * POINT_MM * CHAR_WIDTH_EM
    line_mm = size * POINT_MM * LINE_HEIGHT_EM
    height = 0.0
    for row in [list(map(str, frame.columns)), *[list(map(str, r)) for r in frame.itertuples(index=False)]]:
        lines = 1
        for text, share in zip(row, shares):
            per_line = max(1, int((width_mm * share / total - 2 * padding_mm) / char_mm))
            lines = max(lines, -(-len(text) // per_line))
        height += lines * line_mm + 2 * padding_mm
    return height


def table_font_size(frame, width_mm: float, height_mm: float, largest: float = 14, smallest: float = 7) -> float:
    """The largest type size (points, in steps of half a point) at which ``frame`` fits the
    box, never under ``smallest``."""
    size = largest
    while size > smallest and _height_mm(frame, width_mm, size, cell_padding_mm(size)) > height_mm:
        size -= 0.5
    return size


def cell_padding_mm(size: float) -> float:
    """Padding inside a table cell: a little less for small type."""
    return 0.5 if size < 10 else 1.0


def title_points(text: str, large: float) -> float:
    """A title's type size: ``large``, or smaller when the title would need two lines."""
    return large if len(text) <= 44 else large * 0.8


def message_points(text: str, large: float) -> float:
    """The message's type size: ``large``, or smaller for a long message."""
    return large if len(text) <= 170 else large * 0.85
