"""Arithmetic over a sheet's columns, as an analyst writes it in a layout profile.

``(Pendek + Sangat Pendek) / Jumlah Balita Diukur * 100`` names columns by their header text
(case and spacing ignored); a name holding an operator or a bracket is written in square
brackets: ``[Capaian (%)]``. Numbers may use a decimal comma (``0,5``); ``×`` and ``÷`` are
accepted for ``*`` and ``/``. Only numbers, column names, ``+ - * /`` and parentheses are
allowed: the text is parsed, never executed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import dataclass

from kla.text import KeyedError

_OPERATORS = {ast.Add: float.__add__, ast.Sub: float.__sub__, ast.Mult: float.__mul__, ast.Div: float.__truediv__}
_TOKEN = re.compile(r"\[([^\]]*)\]|([-+*/()×÷])|([^-+*/()×÷\[\]]+)")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def label_key(label: str) -> str:
    """A column label as it is compared: lower case, spaces collapsed, no-break spaces as spaces."""
    return " ".join(label.replace("\u00a0", " ").split()).casefold()


class ExpressionError(KeyedError):
    """The text is not an expression over the given columns; ``key`` and ``values`` say why in
    the words of :mod:`kla.text`."""


@dataclass(frozen=True)
class Expression:
    """A parsed expression: the columns it reads, in order of first use, and its formula."""

    text: str
    columns: tuple[str, ...]
    _tree: ast.expr

    @property
    def single_column(self) -> bool:
        """True when the expression is one column and nothing else."""
        return isinstance(self._tree, ast.Name)

    def evaluate(self, values: Mapping[str, float]) -> float:
        """The expression's value with ``values[column]`` for each column it reads; raises
        ZeroDivisionError on a division by zero."""
        return _evaluate(self._tree, [float(values[column]) for column in self.columns])


def parse(text: str, labels: list[str]) -> Expression:
    """The expression ``text`` over the columns named ``labels``; raises :class:`ExpressionError`."""
    known = {label_key(label): label for label in labels if label.strip()}
    whole = known.get(label_key(text))
    if whole is not None:  # a lone column, even one whose name holds an operator: ``Desa/Kel.``
        return Expression(text, (whole,), ast.Name("_0"))
    if not text.strip():
        raise ExpressionError("expr_empty")
    columns: list[str] = []
    source = []
    for bracketed, operator, word in _TOKEN.findall(text):
        if operator:
            source.append({"×": "*", "÷": "/"}.get(operator, operator))
            continue
        name = bracketed if bracketed else word.strip()
        if not name:
            continue
        if not bracketed and _NUMBER.match(name):
            source.append(name.replace(",", "."))
            continue
        column = known.get(label_key(name))
        if column is None:
            raise ExpressionError("expr_unknown_column", name=name)
        if column not in columns:
            columns.append(column)
        source.append(f"_{columns.index(column)}")
    try:
        tree = ast.parse(" ".join(source), mode="eval").body
    except SyntaxError as error:
        raise ExpressionError("expr_syntax", text=text) from error
    _check(tree, text)
    return Expression(text, tuple(columns), tree)


def _check(node: ast.AST, text: str) -> None:
    """Raise unless ``node`` holds only numbers, columns and the four operations."""
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        _check(node.left, text)
        _check(node.right, text)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        _check(node.operand, text)
    elif not (isinstance(node, ast.Name) or isinstance(node, ast.Constant) and type(node.value) in (int, float)):
        raise ExpressionError("expr_syntax", text=text)


def _evaluate(node: ast.expr, values: list[float]) -> float:
    if isinstance(node, ast.Name):
        return values[int(node.id[1:])]
    if isinstance(node, ast.Constant):
        return float(node.value)
    if isinstance(node, ast.UnaryOp):
        operand = _evaluate(node.operand, values)
        return -operand if isinstance(node.op, ast.USub) else operand
    assert isinstance(node, ast.BinOp)
    return _OPERATORS[type(node.op)](_evaluate(node.left, values), _evaluate(node.right, values))
