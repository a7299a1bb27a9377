"""Build the demo WARC archive ``demo/archive/crawl.warc.gz`` from ``demo/warc_src/``.

The archive is deterministic: every WARC-Date and WARC-Record-ID comes from ``warc_src/targets.json``
(record ids are UUID-5 values derived from the record's type, URI and date), and warcio's per-record gzip
members carry no timestamp, so running this script twice gives byte-identical output.

Usage (from the repository root)::

    .venv/bin/python demo/build_warc.py            # writes demo/archive/crawl.warc.gz
    .venv/bin/python demo/build_warc.py OUT.warc.gz

The archive holds, in this order: one ``warcinfo`` record, one ``request`` record, then ``response`` records
for the files listed in ``targets.json`` (three HTML pages and one stylesheet, which readers should skip).
"""

from __future__ import annotations

import json
import sys
import uuid
from datetime import datetime
from email.utils import format_datetime
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = Path(__file__).resolve().parent
SRC = HERE / "warc_src"
DEFAULT_OUT = HERE / "archive" / "crawl.warc.gz"
USER_AGENT = "StorylineDemoCrawler/1.0 (+https://example.invalid/storyline-demo)"


def record_id(kind: str, uri: str, date: str) -> str:
    """A stable WARC-Record-ID for one record."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{kind} {uri} {date}')}>"


def http_date(warc_date: str) -> str:
    """RFC 1123 date for an HTTP ``Date`` header, from a WARC ISO date."""
    return format_datetime(datetime.fromisoformat(warc_date.replace("Z", "+00:00")), usegmt=True)


def warcinfo_record(writer: WARCWriter, info: dict[str, str]) -> Any:
    fields = {
        "software": info["software"],
        "format": "WARC File Format 1.0",
        "description": info["description"],
        "isPartOf": "storyline-demo",
    }
    payload = "".join(f"{k}: {v}\r\n" for k, v in fields.items()).encode("utf-8")
    headers = {
        "WARC-Record-ID": record_id("warcinfo", info["filename"], info["date"]),
        "WARC-Date": info["date"],
        "WARC-Filename": info["filename"],
    }
    return writer.create_warc_record(
        "",
        "warcinfo",
        payload=BytesIO(payload),
        length=len(payload),
        warc_content_type="application/warc-fields",
        warc_headers_dict=headers,
    )


def request_record(writer: WARCWriter, rec: dict[str, str], concurrent_to: str | None) -> Any:
    parts = urlsplit(rec["uri"])
    http_headers = StatusAndHeaders(
        f"GET {parts.path or '/'} HTTP/1.1",
        [
            ("Host", parts.netloc),
            ("User-Agent", USER_AGENT),
            ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
            ("Accept-Language", "en-GB,en;q=0.8"),
        ],
        is_http_request=True,
    )
    headers = {"WARC-Record-ID": record_id("request", rec["uri"], rec["date"]), "WARC-Date": rec["date"]}
    if concurrent_to:
        headers["WARC-Concurrent-To"] = concurrent_to
    return writer.create_warc_record(
        rec["uri"], "request", http_headers=http_headers, warc_headers_dict=headers
    )


def response_record(writer: WARCWriter, rec: dict[str, str]) -> Any:
    body = (SRC / rec["file"]).read_bytes()
    http_headers = StatusAndHeaders(
        "200 OK",
        [
            ("Date", http_date(rec["date"])),
            ("Server", "nginx"),
            ("Content-Type", rec["content_type"]),
            ("Content-Length", str(len(body))),
            ("Cache-Control", "max-age=300"),
        ],
        protocol="HTTP/1.1",
    )
    headers = {
        "WARC-Record-ID": record_id("response", rec["uri"], rec["date"]),
        "WARC-Date": rec["date"],
        "WARC-IP-Address": "192.0.2.10",
    }
    return writer.create_warc_record(
        rec["uri"],
        "response",
        payload=BytesIO(body),
        length=len(body),
        http_headers=http_headers,
        warc_headers_dict=headers,
    )


def build(out: Path) -> Path:
    targets = json.loads((SRC / "targets.json").read_text(encoding="utf-8"))
    out.parent.mkdir(parents=True, exist_ok=True)
    responses = {(r["uri"], r["date"]): r for r in targets["records"] if r["type"] == "response"}
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(warcinfo_record(writer, targets["warcinfo"]))
        for rec in targets["records"]:
            if rec["type"] == "request":
                resp = responses.get((rec["uri"], rec["date"]))
                concurrent = record_id("response", rec["uri"], rec["date"]) if resp else None
                writer.write_record(request_record(writer, rec, concurrent))
            elif rec["type"] == "response":
                writer.write_record(response_record(writer, rec))
            else:
                raise ValueError(f"[demo] unknown record type {rec['type']!r} in targets.json")
    return out


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    print(build(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
