"""A small line chart drawn with Qt's own painting (no chart package): one indicator's values over report dates,
a line per role (the result solid, the plan dashed), each point labelled with its value as a clerk writes it."""

from __future__ import annotations

import itertools
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.core.vnnum import day_text, format_number

Point = tuple[date, float, str]  # report date, value, role ("result" | "plan" | anything else)
ROLE_STYLE = {"result": (QColor("#1f5fb0"), Qt.PenStyle.SolidLine), "plan": (QColor("#8a8a8a"), Qt.PenStyle.DashLine)}
MARGIN = (64, 16, 44, 40)  # left, top, right, bottom: room for the value and date labels


class LineChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.unit = ""
        self.points: list[Point] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(180)

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def set_series(self, title: str, unit: str, points: list[Point]) -> None:
        self.title, self.unit = title, unit
        self.points = sorted(points)
        self.update()

    def plot_area(self) -> QRectF:
        left, top, right, bottom = MARGIN
        return QRectF(left, top + 24, max(1, self.width() - left - right), max(1, self.height() - top - bottom - 24))

    def position(self, point: Point) -> QPointF:
        """Where a point is drawn: dates spread left to right by time, values bottom to top."""
        area = self.plot_area()
        days = [p[0].toordinal() for p in self.points]
        values = [p[1] for p in self.points]
        d0, d1 = min(days), max(days)
        v0, v1 = min([*values, 0.0]), max(values)
        if v1 == v0:
            v1 = v0 + 1
        pad = min(32.0, area.width() / 4)  # (the first and last points clear of the value axis and the edge)
        span = area.width() - 2 * pad
        x = area.left() + pad + (span * (point[0].toordinal() - d0) / (d1 - d0) if d1 > d0 else span / 2)
        y = area.bottom() - area.height() * (point[1] - v0) / (v1 - v0)
        return QPointF(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        head = f"{self.title} ({self.unit})" if self.unit else self.title
        room = self.width() - 16 - (190 if self.points else 0)  # (the legend's place)
        p.drawText(QRectF(8, 4, room, 18), Qt.AlignmentFlag.AlignLeft,
                   p.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight, int(room)))
        p.setFont(self.font())
        if not self.points:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Chưa có số liệu để vẽ"))
            return
        area = self.plot_area()
        self._axes(p, area)
        right_edge = -1.0
        for day in sorted({pt[0] for pt in self.points}):
            x = self.position((day, self.points[0][1], "")).x()
            if x - 36 < right_edge:  # (dates too close for two labels: the first one speaks for both)
                continue
            p.setPen(QColor("#555555"))
            p.drawText(QRectF(x - 36, area.bottom() + 4, 72, 16), Qt.AlignmentFlag.AlignHCenter,
                       day_text(day))
            right_edge = x + 36
        for role in sorted({pt[2] for pt in self.points}, key=lambda r: r != "plan"):  # the result drawn last
            colour, style = ROLE_STYLE.get(role, (QColor("#b06a1f"), Qt.PenStyle.DotLine))
            line = [self.position(pt) for pt in self.points if pt[2] == role]
            p.setPen(QPen(colour, 2, style))
            for a, b in itertools.pairwise(line):
                p.drawLine(a, b)
            p.setBrush(colour)
            dy = 4 if role == "plan" else -20  # the plan's values under its points, the result's above
            for pt, pos in zip([pt for pt in self.points if pt[2] == role], line, strict=True):
                p.drawEllipse(pos, 3.5, 3.5)
                p.drawText(QRectF(pos.x() - 50, pos.y() + dy, 100, 16), Qt.AlignmentFlag.AlignHCenter,
                           format_number(pt[1]))
        p.end()

    def _axes(self, p: QPainter, area: QRectF) -> None:
        """The frame, three value lines with their values at the left, and the legend of the roles shown."""
        values = [pt[1] for pt in self.points]
        v0, v1 = min([*values, 0.0]), max(values)
        for k in range(3):
            v = v0 + (v1 - v0) * k / 2
            y = self.position((self.points[0][0], v, "")).y()
            p.setPen(QPen(QColor("#e4e4e4"), 1))
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            p.setPen(QColor("#555555"))
            p.drawText(QRectF(0, y - 8, area.left() - 6, 16), Qt.AlignmentFlag.AlignRight, format_number(round(v, 2)))
        p.setPen(QPen(QColor("#bbbbbb"), 1))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        p.drawLine(area.bottomLeft(), area.topLeft())
        x = self.width() - 20.0  # the legend on the title's line, at the right
        for role in sorted({pt[2] for pt in self.points}, reverse=True):
            colour, style = ROLE_STYLE.get(role, (QColor("#b06a1f"), Qt.PenStyle.DotLine))
            name = {"result": self.tr("thực hiện"), "plan": self.tr("kế hoạch")}.get(role, role)
            width = p.fontMetrics().horizontalAdvance(name)
            x -= width
            p.setPen(colour)
            p.drawText(QPointF(x, 16), name)
            p.setPen(QPen(colour, 2, style))
            p.drawLine(QPointF(x - 26, 12), QPointF(x - 4, 12))
            x -= 36
