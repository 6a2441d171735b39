"""Errors a user can act on: each carries the file it is about and the exit code the CLI uses."""
from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    FAILED = 1        # some input could not be cleaned (the others were written)
    USAGE = 2         # bad command line
    INTERRUPTED = 130


class ArticleError(Exception):
    """A problem with one input; `str()` is a one-line message without the path."""

    kind = "error"

    def __init__(self, message: str, path: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = path

    def line(self) -> str:
        where = f"{self.path}: " if self.path else ""
        return f"articlecli: {where}{self.message}"


class EmptyInput(ArticleError):
    kind = "empty"


class BinaryInput(ArticleError):
    kind = "binary"


class TooLarge(ArticleError):
    kind = "too-large"


class Unreadable(ArticleError):
    kind = "unreadable"
