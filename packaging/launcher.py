"""Entry point of the frozen program: the same ``reportdesk`` command as the Python package."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
