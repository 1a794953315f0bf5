"""ReportDesk: extraction, verification and official-format reports for Party and State offices."""

__version__ = "0.1.0"
