"""Analysis of a built graph: statistics (kg stats) and quality checks against the reference (kg check)."""
