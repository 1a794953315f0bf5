"""Verification: find every number that does not add up. Filled in by the verification work."""

from __future__ import annotations

from desktop.core.model import Finding, Report


def verify_report(report: Report) -> list[Finding]:
    return []
