"""The extraction metric of EVALUATION.md: gold annotations against `ArticleFacts` JSON."""

from kg.evaluation.metric import KINDS, score

__all__ = ["KINDS", "score"]
