"""Reading: files and folders → `Article`s; unusable input → `InputProblem` (file, line, reason);
conversions the user should know about → `InputNotice`. One module per format, a registry by suffix."""

from kg.reading.base import InputNotice, Item
from kg.reading.inputs import input_files, iter_inputs
from kg.reading.registry import READERS, reader_for

__all__ = ["READERS", "InputNotice", "Item", "input_files", "iter_inputs", "reader_for"]
