"""vnpolkg: a knowledge graph of Vietnamese political figures built from news articles."""

__version__ = "0.1.0"
