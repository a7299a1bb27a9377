"""Bytes to text: refuse binary data, detect the encoding, repair mojibake."""

from __future__ import annotations

import re
import unicodedata

from charset_normalizer import from_bytes

from storyline.errors import BinaryInput, EmptyInput

# Magic numbers of formats people drop into a folder of articles by mistake.
_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or Office document)"),
    (b"\x7fELF", "executable"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xd0\xcf\x11\xe0", "Office document"),
    (b"RIFF", "audio/video"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00", "binary data"),
)

# Sequences that UTF-8 text shows when it was decoded as Latin-1 or Windows-1252 somewhere upstream.
_MOJIBAKE_MARKS = (
    "Ã©",
    "Ã¨",
    "Ã¤",
    "Ã¶",
    "Ã¼",
    "Ã§",
    "Ã ",
    "Ã¯",
    "Ã«",
    "Ã¡",
    "Ã³",
    "Ã±",
    "â€™",
    "â€œ",
    "â€",
    "Â ",
)


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of ``data``, or None when it may be text."""
    head = data[:8]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    sample = data[:4096]
    if b"\x00" in sample and not _looks_utf16(sample):
        return "binary data"
    if sample:
        controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
        if controls / len(sample) > 0.1:
            return "binary data"
    return None


def _looks_utf16(sample: bytes) -> bool:
    return sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode ``data`` to text and return ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; anything else goes through
    charset detection, falling back to Windows-1252, which maps every byte. Mojibake (UTF-8 read as
    Windows-1252 upstream) is repaired. Raises :class:`BinaryInput` or :class:`EmptyInput`.
    """
    if not data.strip():
        raise EmptyInput(source, "empty file")
    kind = sniff_binary(data)
    if kind is not None:
        raise BinaryInput(source, f"binary file ({kind}), not text")
    encoding = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif _looks_utf16(data):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text, encoding = _decode_legacy(data)
    repaired = repair_mojibake(text)
    if repaired != text:
        text = repaired
        encoding += "+mojibake-repaired"
    if not text.strip():
        raise EmptyInput(source, "empty file")
    return unicodedata.normalize("NFC", text), encoding


def mojibake_score(text: str) -> int:
    """How many mojibake sequences ``text`` holds."""
    return sum(text.count(mark) for mark in _MOJIBAKE_MARKS)


def _byte_of(char: str) -> int:
    """The byte that Windows-1252 (or, for its five undefined bytes, Latin-1) shows as ``char``."""
    try:
        return char.encode("cp1252")[0]
    except UnicodeEncodeError:
        return ord(char)  # U+0081, U+008D, U+008F, U+0090, U+009D: Latin-1 control characters


# Characters that a UTF-8 continuation byte (0x80-0xBF) turns into when read as Windows-1252 or Latin-1.
_CONT = (
    "["
    + re.escape("".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0)))
    + "]"
)
# A UTF-8 sequence read as Windows-1252: a lead byte (0xC2-0xF4) and its continuation bytes.
_MOJIBAKE_RUN = re.compile(f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")


def _repair_run(match: re.Match[str]) -> str:
    run = match.group(0)
    try:
        fixed = bytes(_byte_of(ch) for ch in run).decode("utf-8")
    except UnicodeDecodeError:
        return run
    # "É’" in "CAFÉ’S" would decode to "ɒ": IPA and Latin Extended-B letters are not what news text holds.
    return run if "\u0180" <= fixed <= "\u02ff" else fixed


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252 (or Latin-1), when that clearly makes it better.

    Repairs each mojibake sequence on its own (``â€™`` → ``’``), so that correct characters on the same line
    (and the right double quote, whose last byte Windows-1252 leaves undefined) do not stop the repair; a
    line is only changed when it then holds fewer mojibake marks.
    """
    if mojibake_score(text) == 0:
        return text
    out = []
    for line in text.split("\n"):
        score = mojibake_score(line)
        if score:
            fixed = _MOJIBAKE_RUN.sub(_repair_run, line)
            if mojibake_score(fixed) < score:
                line = fixed
        out.append(line)
    return "\n".join(out)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 bytes: Windows-1252 when the result reads as Latin text, else the detector's guess.

    Detectors confuse the Western code pages with their Central European twins on short texts ("Ibáñez"
    read as cp1250 gives "Ibáńez"); news in Latin script is far more often Windows-1252, so it goes first,
    and is kept only when accented letters stay rare, as they are in Western languages.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text:
        letters = [ch for ch in text if ch.isalpha()]
        accented = sum(1 for ch in letters if ord(ch) > 0x7F)
        if letters and accented / len(letters) < 0.15:
            return text, "cp1252"
    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None and best.encoding != "utf_8" else "cp1252"
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace"), "cp1252"
