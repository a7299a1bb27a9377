"""Bad input: each bad input gets a one-line reason naming it, the rest of the batch is still ingested, and
the CLI exits non-zero without a traceback."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from conftest import BODY, assert_one_line, html_response, make_fetcher, paragraphs
from test_ingest_formats import _page, write_warc

GOOD = "Breakwater to be rebuilt before winter\n\n" + BODY


@dataclass
class Bad:
    """A bad input: the inputs to give, the name its failure must carry, what its reason must say."""

    inputs: list[str]
    names: str
    says: str
    routes: dict[str, object] = field(default_factory=dict)
    # articles the bad inputs still yield (records before the cut of a truncated archive, good JSON lines)
    also_stored: int = 0
    # a lower size limit for this case (the default is 10 MB)
    max_bytes: int | None = None


def _binary(tmp: Path) -> Bad:
    path = tmp / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    return Bad([str(path)], str(path), "binary")


def _binary_without_magic(tmp: Path) -> Bad:
    path = tmp / "blob.md"
    path.write_bytes(bytes(range(32)) * 64)
    return Bad([str(path)], str(path), "binary")


def _empty(tmp: Path) -> Bad:
    path = tmp / "empty.txt"
    path.write_bytes(b"")
    return Bad([str(path)], str(path), "empty")


def _blank(tmp: Path) -> Bad:
    path = tmp / "blank.txt"
    path.write_text("\n   \n\t\n", encoding="utf-8")
    return Bad([str(path)], str(path), "empty")


def _boilerplate_only(tmp: Path) -> Bad:
    path = tmp / "menu.txt"
    path.write_text("Share this article\n\nShow More\n\nBack to top\n\nRelated Articles\n", encoding="utf-8")
    return Bad([str(path)], str(path), "no article text")


def _truncated_warc(tmp: Path, gzip: bool) -> Bad:
    whole = tmp / ("whole.warc.gz" if gzip else "whole.warc")
    pages = [(f"https://valley.example/{p}", _page(f"{p} votes", p)) for p in ("Orrin", "Hale", "Tarn")]
    write_warc(whole, gzip, pages)
    data = whole.read_bytes()
    whole.unlink()
    cut = tmp / ("cut.warc.gz" if gzip else "cut.warc")
    cut.write_bytes(data[: int(len(data) * 0.62)])  # inside the third page's response
    return Bad([str(cut)], str(cut), "truncated", also_stored=2)


def _invalid_json_lines(tmp: Path) -> Bad:
    path = tmp / "wire.jsonl"
    lines = [
        json.dumps({"title": "Orrin votes", "text": paragraphs("Orrin")}),
        '{"title": "Hale votes", "text": "unterminated',
        json.dumps({"title": "Tarn votes", "text": paragraphs("Tarn")}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Bad([str(path)], f"{path}#2", "invalid JSON", also_stored=2)


def _jsonl_huge_line(tmp: Path) -> Bad:
    path = tmp / "huge.jsonl"
    lines = [
        json.dumps({"title": "Orrin votes", "text": paragraphs("Orrin")}),
        json.dumps({"title": "Endless", "text": "word " * 2000}),
        json.dumps({"title": "Tarn votes", "text": paragraphs("Tarn")}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Bad([str(path)], f"{path}#2", "limit", also_stored=2, max_bytes=5000)


def _invalid_json_file(tmp: Path) -> Bad:
    path = tmp / "broken.json"
    path.write_text('{"title": "Orrin", "text": ', encoding="utf-8")
    return Bad([str(path)], str(path), "invalid JSON")


def _huge_text(tmp: Path) -> Bad:
    path = tmp / "huge.txt"
    line = (
        "The council met again to discuss the breakwater and the budget for the harbour. " * 12 + "\n"
    ).encode()
    with path.open("wb") as handle:
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size >= 50 * 1024 * 1024
    return Bad([str(path)], str(path), "MB")


def _missing(tmp: Path) -> Bad:
    path = tmp / "nowhere" / "gone.txt"
    return Bad([str(path)], str(path), "no such file")


def _feed_not_xml(tmp: Path) -> Bad:
    path = tmp / "news.xml"
    path.write_text("this is not a feed { at all ] <<< just text\n", encoding="utf-8")
    return Bad([str(path)], str(path), "not an RSS/Atom feed")


def _feed_html_not_xml(tmp: Path) -> Bad:
    path = tmp / "news.rss"
    path.write_text("<rss><channel><item><title>Broken & unclosed", encoding="utf-8")
    return Bad([str(path)], str(path), "feed")


URL = "https://news.example/2022/01/05/story"


def _unreachable(tmp: Path) -> Bad:
    return Bad([URL], URL, "could not connect", {URL: httpx.ConnectError("[Errno 111] Connection refused")})


def _timeout(tmp: Path) -> Bad:
    return Bad([URL], URL, "timed out", {URL: httpx.ReadTimeout("read timed out")})


def _http_404(tmp: Path) -> Bad:
    return Bad([URL], URL, "404", {URL: httpx.Response(404, text="<html><body>Not found</body></html>")})


def _http_500(tmp: Path) -> Bad:
    return Bad([URL], URL, "500", {URL: httpx.Response(500, text="oops")})


def _url_feed_not_xml(tmp: Path) -> Bad:
    answer = httpx.Response(
        200, content=b"<rss>\x00\x01 nothing \xff here", headers={"content-type": "application/rss+xml"}
    )
    return Bad([URL], URL, "", {URL: answer})


def _url_too_large(tmp: Path) -> Bad:
    answer = httpx.Response(
        200, content=b"<html><body>" + b"a" * 3000 + b"</body></html>", headers={"content-type": "text/html"}
    )
    return Bad([URL], URL, "limit", {URL: answer}, max_bytes=2000)


def _url_image(tmp: Path) -> Bad:
    answer = httpx.Response(
        200, content=b"\x89PNG\r\n\x1a\n" + bytes(500), headers={"content-type": "image/png"}
    )
    return Bad([URL], URL, "", {URL: answer})


CASES: dict[str, Callable[[Path], Bad]] = {
    "binary": _binary,
    "binary-without-magic": _binary_without_magic,
    "empty": _empty,
    "blank": _blank,
    "boilerplate-only": _boilerplate_only,
    "truncated-warc": lambda tmp: _truncated_warc(tmp, False),
    "truncated-warc-gz": lambda tmp: _truncated_warc(tmp, True),
    "invalid-json-lines": _invalid_json_lines,
    "invalid-json-file": _invalid_json_file,
    "jsonl-huge-line": _jsonl_huge_line,
    "50mb-text": _huge_text,
    "missing": _missing,
    "feed-not-xml": _feed_not_xml,
    "feed-broken-xml": _feed_html_not_xml,
    "url-unreachable": _unreachable,
    "url-timeout": _timeout,
    "url-404": _http_404,
    "url-500": _http_500,
    "url-feed-not-xml": _url_feed_not_xml,
    "url-too-large": _url_too_large,
    "url-image": _url_image,
}


def _max_bytes(bad: Bad) -> dict[str, int]:
    return {"max_bytes": bad.max_bytes} if bad.max_bytes else {}


@pytest.mark.parametrize("case", CASES)
def test_bad_input_fails_alone_with_one_line_naming_it(case, tmp_path, write, run_ingest):
    bad = CASES[case](tmp_path)
    good = write("good.txt", GOOD)
    fetcher = make_fetcher(bad.routes, **_max_bytes(bad)) if bad.routes else None
    result = run_ingest(good, *bad.inputs, fetcher=fetcher, **_max_bytes(bad))
    assert not result.report.ok
    assert any(a.source == str(good) for a in result.articles), result.reasons()
    assert len(result.articles) == 1 + bad.also_stored, result.reasons()
    named = [f for f in result.report.failures if bad.names in f.source]
    assert named, result.reasons()
    for failure in result.report.failures:
        assert_one_line(str(failure), failure.source)
        assert failure.reason.strip() and "Traceback" not in failure.reason
    assert bad.says.lower() in " ".join(f.reason for f in named).lower(), result.reasons()


@pytest.mark.parametrize("case", CASES)
def test_bad_input_through_the_cli(case, tmp_path, write, cli, monkeypatch):
    bad = CASES[case](tmp_path)
    good = write("good.txt", GOOD)
    if bad.routes:
        monkeypatch.setattr("storyline.cli.Fetcher", lambda **kw: make_fetcher(bad.routes, **kw))
    extra = ["--max-bytes", str(bad.max_bytes)] if bad.max_bytes else []
    result = cli("ingest", good, *bad.inputs, "--db", tmp_path / "cli.db", *extra)
    assert result.exit_code == 1, result.output
    assert f"ingested {1 + bad.also_stored}," in result.stdout
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    failed = [line for line in result.stderr.splitlines() if line.strip().startswith("failed:")]
    assert any(bad.names in line for line in failed), result.stderr


def test_latin1_text(write, run_ingest):
    text = (
        "Le café de la gare ferme à Orrin\n\n"
        "Le café de la gare a fermé ses portes à Orrin après trente années; « c'est la fin », déclare "
        "Hélène Müller, qui le tenait depuis 1992 avec son frère. Les habitants regrettent déjà ce lieu."
    )
    article = run_ingest(write("latin1.txt", text.encode("latin-1"))).one()
    assert "Hélène Müller" in article.text and "« c'est la fin »" in article.text
    assert article.title == "Le café de la gare ferme à Orrin"
    assert article.encoding.lower().replace("_", "-") in {"cp1252", "windows-1252", "latin-1", "iso-8859-1"}
    assert article.language == "fr"


def test_windows_1252_text(write, run_ingest):
    text = (
        "Velden repairs will cost €14 million\n\n"
        "“We will rebuild the wall before winter,” said the mayor — adding that the town’s budget was "
        "stretched — while fishermen said the repairs, costing €14 million, were long overdue."
    )
    article = run_ingest(write("cp1252.txt", text.encode("cp1252"))).one()
    assert "“We will rebuild the wall before winter,” said the mayor — adding that the town’s" in article.text
    assert "€14 million" in article.text
    assert article.encoding.lower().replace("_", "-") in {"cp1252", "windows-1252"}


def _as_mojibake(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (undefined bytes kept as Latin-1), as broken pipelines write them."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_mojibake_is_repaired(write, run_ingest):
    clean = (
        "The café owner Hélène Müller said the town’s plan was late, and “nobody listened to us” in the "
        "spring — the council answered that the work on the quay would start in June."
    )
    broken = _as_mojibake(clean)
    assert "Ã©" in broken and "â€™" in broken
    article = run_ingest(write("moji.txt", "Café owner speaks\n\n" + broken)).one()
    assert article.text == clean
    assert article.title == "Café owner speaks"
    assert "mojibake" in article.encoding


def test_mojibake_in_json_is_repaired(write, run_ingest):
    clean = "Hélène Müller said the town’s plan was late and that the quay would not be ready before June."
    path = write("moji.jsonl", json.dumps({"title": "Quay", "text": _as_mojibake(clean)}, ensure_ascii=False))
    assert run_ingest(path).one().text == clean


def test_correct_text_that_merely_looks_odd_is_not_changed(write, run_ingest):
    text = (
        "CAFÉ’S OWNER SPEAKS\n\nThe owner of the CAFÉ’S terrace, Ã. Lund, said the quay would reopen in June."
    )
    article = run_ingest(write("odd.txt", text)).one()
    assert "CAFÉ’S terrace, Ã. Lund" in article.text


def test_malformed_html_is_still_ingested(write, run_ingest):
    html = (
        "<html><head><title>Orrin votes on the bridge</title><body><div class='main'>"
        "<h1>Orrin votes on the bridge"
        "<p>The council of Orrin voted on Monday to rebuild the old stone bridge over the river, after a "
        "survey found that two of its arches were <b>unsafe for heavy traffic."
        "<p>Work will start in the spring and should take about eighteen months, the mayor said, adding "
        "that a temporary footbridge would be built so that pupils can still reach the school."
        "<div><p>Residents who had campaigned for the repairs welcomed the vote <i>but asked for the "
        "original stones to be reused wherever possible.</span></td></table>"
    )
    result = run_ingest(write("broken.html", html))
    assert result.report.ok, result.reasons()
    article = result.one()
    assert "two of its arches were unsafe for heavy traffic" in article.text
    assert "temporary footbridge" in article.text


def test_hopeless_html_is_a_one_line_reason(write, run_ingest):
    # An unclosed <title> swallows the whole page, in browsers as in parsers: nothing is left to read.
    html = "<html><head><title>Orrin votes<body><p>" + paragraphs("Orrin") + "</p>"
    path = write("hopeless.html", html)
    result = run_ingest(write("good.txt", GOOD), path)
    assert len(result.articles) == 1
    (failure,) = result.report.failures
    assert failure.source == str(path)
    assert_one_line(str(failure), str(path))


def test_the_same_file_twice_in_one_call_is_stored_once(write, run_ingest):
    path = write("a.txt", GOOD)
    result = run_ingest(path, path)
    assert len(result.articles) == 1
    assert len(result.report.ingested) == 1
    assert [d[0] for d in result.report.duplicates] == [str(path)]
    assert result.report.ok


def test_the_same_article_with_other_whitespace_and_boilerplate_is_a_duplicate(write, run_ingest, db):
    first = write("a.txt", GOOD)
    spaced = GOOD.replace(". ", ".   ").replace("\n\n", "\n\n\n").replace(" the ", "  the\n", 3)
    noisy = (
        "Share this article\n\n" + spaced + "\n\nThis website uses cookies to improve your experience. "
        "By continuing to browse you accept our cookie policy.\n\nFollow us on Twitter and Facebook"
    )
    second = write("b.txt", noisy)
    third = write(
        "sub/c.md", "# Breakwater to be rebuilt before winter\n\n" + BODY.upper().replace(",", " ,")
    )
    result = run_ingest(first, second, third)
    assert len(result.articles) == 1, [a.text[:80] for a in result.articles]
    twin = result.articles[0].id
    assert sorted(result.report.duplicates) == sorted([(str(second), twin), (str(third), twin)])
    assert db.article_sources(twin) == [str(first), str(second), str(third)]


def test_a_second_ingest_reports_every_article_as_a_duplicate(write, run_ingest):
    for place in ("Orrin", "Hale", "Tarn"):
        write(f"{place}.txt", f"{place} council meets\n\n" + paragraphs(place))
    folder = write("x.txt", GOOD).parent
    first = run_ingest(folder)
    assert len(first.report.ingested) == 4
    again = run_ingest(folder)
    assert again.report.ingested == ()
    assert len(again.report.duplicates) == 4
    assert len(again.articles) == 4


def test_unsupported_files_in_a_folder_are_skipped_with_a_note(write, run_ingest):
    write("a.txt", GOOD)
    write("photo.jpg", b"\xff\xd8\xff" + bytes(100))
    write("notes.docx", b"PK\x03\x04" + bytes(100))
    write(".hidden.txt", "Hidden\n\n" + paragraphs("Hidden"))
    result = run_ingest(write("a.txt", GOOD).parent)
    assert len(result.articles) == 1
    assert result.report.ok
    assert any("skipped 2" in note for note in result.report.notes)


def test_a_folder_of_10000_small_files(tmp_path, run_ingest):
    folder = tmp_path / "many"
    for group in range(10):
        sub = folder / f"part{group}"
        sub.mkdir(parents=True)
        for i in range(1000):
            n = group * 1000 + i
            (sub / f"{n:05d}.txt").write_text(
                f"Note {n} from the archive\n\nIn Orrin the council met on day {n} to discuss the budget for "
                f"roads and schools, and residents asked questions about item {n} of the plan.\n",
                encoding="utf-8",
            )
    started = time.perf_counter()
    result = run_ingest(folder)
    elapsed = time.perf_counter() - started
    print(f"10,000 files ingested in {elapsed:.1f} s")
    assert result.report.ok, result.reasons()[:5]
    assert len(result.report.ingested) == 10_000
    assert len(result.articles) == 10_000
    assert len({a.title for a in result.articles}) == 10_000


def test_url_redirect_loop_is_one_line(run_ingest):
    loop = {URL: httpx.Response(302, headers={"location": URL})}
    result = run_ingest(URL, fetcher=make_fetcher(loop))
    (failure,) = result.report.failures
    assert_one_line(str(failure), URL)
    assert "redirect" in failure.reason


def test_url_serving_a_feed_of_teasers_fetches_each_page(run_ingest):
    feed_url = "https://harbour-notes.example/feed"
    pages = {
        f"https://harbour-notes.example/{p}": html_response(_page(f"{p} votes", p).decode())
        for p in ("a", "b")
    }
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Notes</title>'
        + "".join(
            f"<item><title>{u[-1]} votes</title><link>{u}</link><description>Short.</description></item>"
            for u in pages
        )
        + "<item><title>c votes</title><link>https://harbour-notes.example/c</link><description>Short.</description>"
        "</item></channel></rss>"
    )
    routes = {
        feed_url: httpx.Response(200, text=feed, headers={"content-type": "application/rss+xml"}),
        **pages,
    }
    result = run_ingest(feed_url, fetcher=make_fetcher(routes))
    assert len(result.articles) == 2
    (failure,) = result.report.failures
    assert failure.source == f"{feed_url}#3"
    assert "https://harbour-notes.example/c" in failure.reason and "404" in failure.reason
    assert_one_line(str(failure), feed_url)
