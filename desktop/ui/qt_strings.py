"""Qt's own texts (a field's context menu, Yes/No/Cancel, the file dialog) in the interface language.

Qt ships translations of its own strings for many languages, but none for Vietnamese: ours is
``i18n/qtbase_vi.qm`` (built by ``scripts/make_qtbase_vi.py``); for another language Qt's own file is used
when it has one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

I18N = Path(__file__).resolve().parents[2] / "i18n"


def install_qt_strings(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load and install the translator of Qt's own strings for ``language``; None when there is none."""
    tr = QTranslator(app)
    ours = I18N / f"qtbase_{language}.qm"
    if ours.is_file():
        found = tr.load(str(ours))
    else:
        found = tr.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not found:
        return None
    app.installTranslator(tr)
    return tr
