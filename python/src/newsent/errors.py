"""Exceptions raised by newsent. Each carries the C library's code, message
and (where it applies) the byte position the error concerns."""
from typing import Dict, Optional, Type

__all__ = [
    "NewsentError", "InvalidArgumentError", "Utf8Error", "InputTooLargeError",
    "VersionError", "ModelError", "ModelIOError", "LimitError", "DateError",
    "InternalError", "NewsentMemoryError",
]


class NewsentError(Exception):
    """A newsent C call failed. ``code`` is the negative NEWSENT_E* value,
    ``message`` the C library's own message, ``position`` a byte offset into
    the input (or None)."""

    code: int = 0

    def __init__(self, message: str, code: Optional[int] = None,
                 position: Optional[int] = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.position = position

    def __reduce__(self):  # keep code and position across processes
        return (type(self), (self.message, self.code, self.position))


class InvalidArgumentError(NewsentError, ValueError):
    code = -1


class NewsentMemoryError(NewsentError, MemoryError):
    code = -2


class Utf8Error(NewsentError, ValueError):
    """Invalid UTF-8 with strict_utf8=True; ``position`` is the bad byte."""
    code = -3


class InputTooLargeError(NewsentError, ValueError):
    code = -4


class VersionError(NewsentError):
    code = -5


class ModelError(NewsentError):
    """A model file is corrupt, truncated or of another format version."""
    code = -6


class ModelIOError(NewsentError, OSError):
    """A model file could not be read."""
    code = -7


class LimitError(NewsentError):
    code = -8


class DateError(NewsentError, ValueError):
    """An impossible reference date."""
    code = -9


class InternalError(NewsentError):
    code = -10


_BY_CODE: Dict[int, Type[NewsentError]] = {
    c.code: c for c in (InvalidArgumentError, NewsentMemoryError, Utf8Error,
                        InputTooLargeError, VersionError, ModelError, ModelIOError,
                        LimitError, DateError, InternalError)
}


def error_for(code: int, message: str, position: Optional[int]) -> NewsentError:
    cls = _BY_CODE.get(code, NewsentError)
    return cls(message, code, position)
