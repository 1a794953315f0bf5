"""The Qt-free core: domain types, text intake, extraction and verification."""

from desktop.core.native import use_sources_if_stale

use_sources_if_stale()  # compiled modules older than their sources are not used (see native.py)
