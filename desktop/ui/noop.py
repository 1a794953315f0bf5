"""``QT_TRANSLATE_NOOP`` typed as what it returns: its text, unchanged (PySide6's stubs say ``object``).

lupdate finds the calls by their name, so modules import this one under the same name."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _NOOP

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _NOOP)
