"""Extraction: mention recognisers + relation rules over one article -> ArticleFacts.

`extract(article)` is module-level and picklable (for worker processes); lexicons load once per
process on first use.
"""

from kg.extraction.pipeline import extract

__all__ = ["extract"]
