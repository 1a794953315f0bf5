"""Draw the application icon (resources/icon.png and resources/icon.ico) with Qt; run once after a design change."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parents[1]


def draw(size: int) -> QImage:
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    path = QPainterPath()
    path.addRoundedRect(QRectF(16 * s, 16 * s, 224 * s, 224 * s), 36 * s, 36 * s)
    p.fillPath(path, QColor("#b3261e"))
    p.fillRect(QRectF(58 * s, 50 * s, 140 * s, 170 * s), QColor("#fffaf0"))
    pen = QPen(QColor("#7a1a14"), 9 * s)
    p.setPen(pen)
    for k in range(4):
        y = (86 + 28 * k) * s
        p.drawLine(int(76 * s), int(y), int((180 if k < 3 else 140) * s), int(y))
    p.setPen(QPen(QColor("#1b7f3b"), 16 * s, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    p.drawLine(int(132 * s), int(190 * s), int(156 * s), int(212 * s))
    p.drawLine(int(156 * s), int(212 * s), int(210 * s), int(150 * s))
    f = QFont("DejaVu Sans", int(30 * s))
    f.setBold(True)
    p.setFont(f)
    p.end()
    return img


def png_bytes(img: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(data)


def main() -> int:
    QGuiApplication(sys.argv)
    sizes = [16, 32, 48, 64, 128, 256]
    pngs = [png_bytes(draw(n)) for n in sizes]
    (ROOT / "resources" / "icon.png").write_bytes(pngs[-1])
    # ICO with embedded PNG images (supported since Windows Vista)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries = b""
    for n, data in zip(sizes, pngs, strict=True):
        entries += struct.pack("<BBBBHHII", n % 256, n % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    (ROOT / "resources" / "icon.ico").write_bytes(header + entries + b"".join(pngs))
    print("resources/icon.png, resources/icon.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
