"""Fetch one URL politely: a timeout, a size limit, a clear user agent, and one-line errors.

Tests pass an ``httpx.MockTransport`` so that nothing ever touches the network.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from storyline import __version__
from storyline.errors import FetchError, InputTooLarge

USER_AGENT = f"Storyline/{__version__} (news analysis; +https://pypi.org/project/storyline/)"
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Fetched:
    """A fetched resource: the final URL after redirects, its content type and its bytes."""

    url: str
    content_type: str
    content: bytes


class Fetcher:
    """Fetches URLs with one shared HTTP client."""

    def __init__(
        self,
        transport: httpx.BaseTransport | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self.max_bytes = max_bytes
        self.client = httpx.Client(
            transport=transport,
            timeout=timeout,
            follow_redirects=True,
            max_redirects=5,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,application/xml,*/*",
            },
        )

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.close()

    def get(self, url: str) -> Fetched:
        """Fetch ``url``; raise :class:`FetchError` or :class:`InputTooLarge` with a one-line reason."""
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise FetchError(url, f"HTTP {response.status_code} {response.reason_phrase}".strip())
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise InputTooLarge(
                        url, f"response of {int(declared)} bytes is over the {self.max_bytes} limit"
                    )
                chunks, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise InputTooLarge(url, f"response is over the {self.max_bytes}-byte limit")
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
                return Fetched(str(response.url), content_type, b"".join(chunks))
        except httpx.TimeoutException:
            raise FetchError(url, "timed out") from None
        except httpx.ConnectError as exc:
            raise FetchError(url, f"could not connect ({_short(exc)})") from None
        except httpx.TooManyRedirects:
            raise FetchError(url, "too many redirects") from None
        except httpx.InvalidURL as exc:
            raise FetchError(url, f"invalid URL ({_short(exc)})") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"fetch failed ({_short(exc)})") from None


def _short(exc: Exception) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
