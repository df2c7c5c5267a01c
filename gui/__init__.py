"""ReportDiff's desktop application (PySide6): draws a Report, never computes one."""
