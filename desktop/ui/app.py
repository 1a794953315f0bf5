"""Starting the application: translations, the window first, the library right after."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui.qt_strings import install_qt_strings

I18N = Path(__file__).resolve().parents[2] / "i18n"


def install_translation(app: QCoreApplication, language: str) -> QTranslator | None:
    """Vietnamese is the source language; English comes from ``i18n/reportdesk_en.qm``."""
    if language == "vi":
        return None
    tr = QTranslator(app)
    if tr.load(str(I18N / f"reportdesk_{language}.qm")):
        app.installTranslator(tr)
        return tr
    return None


def launch(argv: list[str], db_url: str | None = None) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("ReportDesk")
    app.setOrganizationName("ReportDesk")
    from desktop.ui.settings import load_defaults

    language = load_defaults().language or "vi"
    install_translation(app, language)
    install_qt_strings(app, language)  # Qt's own dialogs and context menus
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
    from desktop.ui.main_window import MainWindow

    window = MainWindow(db_url)
    window.show()
    files = [a for a in argv[1:] if Path(a).is_file()]

    def after_show() -> None:
        if window.load_library() and files:
            window.import_paths(files)

    QTimer.singleShot(0, after_show)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(launch(sys.argv))
