"""Every error Storyline raises on purpose.

Each message is one line that names the file, URL or id concerned, so that the CLI can print it as is.

    StorylineError
     ├── InputError            an input could not be turned into an article
     │    ├── BinaryInput      the bytes are not text (an image, a PDF, an archive)
     │    ├── EmptyInput       nothing but whitespace, or no article text left after cleaning
     │    ├── InputTooLarge    over the size limit for one document
     │    ├── MalformedInput   broken JSON, XML, WARC or gzip
     │    └── FetchError       a URL could not be fetched (timeout, refused, HTTP error, too large)
     ├── StoreError            the database could not be opened or written
     │    └── MigrationError   a named migration failed or the database is newer than this code
     └── NotFound              no article (or other record) has the id asked for
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base of all Storyline errors; ``str(error)`` is a one-line message for the user."""


class InputError(StorylineError):
    """An input (file, URL, record inside a file) could not be turned into an article."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class BinaryInput(InputError):
    """The input is binary data, not text."""


class EmptyInput(InputError):
    """The input holds no article text."""


class InputTooLarge(InputError):
    """The input is over the size limit for one document."""


class MalformedInput(InputError):
    """The input's structure (JSON, XML, WARC, gzip) is broken."""


class FetchError(InputError):
    """A URL could not be fetched."""


class StoreError(StorylineError):
    """The database could not be opened, migrated or written."""


class MigrationError(StoreError):
    """A named migration failed, or the database was written by a newer Storyline."""


class NotFound(StorylineError):
    """No record has the id asked for."""

    def __init__(self, kind: str, ident: str, why: str = "") -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"no {kind} with id {ident!r}" + (f" ({why})" if why else ""))
