"""The build: readers → extraction in worker processes (or on a Dask cluster) → one writer loading the store
in batches. Memory is bounded by the batch size; an interrupted build resumes where it stopped."""

from kg.pipeline.build import BuildOptions, build
from kg.pipeline.stats import BuildStats

__all__ = ["BuildOptions", "BuildStats", "build"]
