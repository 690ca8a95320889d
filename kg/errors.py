"""Errors that the command line reports as one line, never as a traceback."""


class KgError(Exception):
    """A problem the user can fix: printed as `kg: <message>`, exit status 2."""


class InputProblem(KgError):
    """An input that cannot be used: names the file, the line (when there is one) and the reason."""

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path, self.reason, self.line = str(path), reason, line
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")
