"""The review status given to a command: its code, or (as before schema 0007) its Vietnamese label."""

from __future__ import annotations

import argparse

from desktop.core.model import ReviewStatus


def review_status_arg(text: str) -> ReviewStatus:
    """``--status verified`` or ``--status "đã xác minh"``; anything else: a Vietnamese usage error."""
    try:
        return ReviewStatus.parse(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
