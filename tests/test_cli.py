"""The CLI: exit codes, one-line errors, escaping of article text, and the README's CLI reference."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyline.cli import app
from storyline.clidoc import END, START, cli_reference, render_readme

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

BODY = (
    "The harbour authority closed the northern quay on Tuesday after a crane collapsed onto two cargo ships, "
    "injuring four dock workers.\n\nInvestigators said the crane had passed its last inspection in March."
)


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ingest_then_list_show_search_json(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    src = _write(tmp_path, "crane.txt", "date: 2024-05-07\nCrane collapses at harbour\n\n" + BODY)
    result = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "ingested 1, duplicates 0, failed 0" in result.output

    listed = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"]).output)
    assert [a["title"] for a in listed] == ["Crane collapses at harbour"]
    assert listed[0]["published"] == "2024-05-07"

    shown = runner.invoke(app, ["show", listed[0]["id"][:8], "--db", str(db)])
    assert shown.exit_code == 0
    assert "Investigators said the crane" in shown.output
    assert "metadata: header" in shown.output

    hits = json.loads(runner.invoke(app, ["search", "crane inspection", "--db", str(db), "--json"]).output)
    assert [h["id"] for h in hits] == [listed[0]["id"]]


def test_second_ingest_reports_duplicate(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    src = _write(tmp_path, "crane.txt", "Crane collapses at harbour\n\n" + BODY)
    runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    again = runner.invoke(app, ["ingest", str(src), "--db", str(db)])
    assert again.exit_code == 0
    assert "ingested 0, duplicates 1, failed 0" in again.output


def test_failed_input_exits_nonzero_without_traceback(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    good = _write(tmp_path, "good.txt", "Crane collapses at harbour\n\n" + BODY)
    missing = tmp_path / "nowhere.txt"
    result = runner.invoke(app, ["ingest", str(good), str(missing), "--db", str(db)])
    assert result.exit_code == 1
    assert "ingested 1" in result.output
    assert f"{missing}: no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_unknown_article_id_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", "doesnotexist", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "no article with id 'doesnotexist'" in result.output
    assert "Traceback" not in result.output


def test_article_text_is_never_markup_or_terminal_codes(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    hostile = "[bold red]Breaking[/bold red] \x1b[31mnews\x1b[0m about the quay\n\n" + BODY
    runner.invoke(app, ["ingest", str(_write(tmp_path, "hostile.txt", hostile)), "--db", str(db)])
    listing = runner.invoke(app, ["articles", "--db", str(db)], env={"COLUMNS": "200"})
    assert "[bold red]Breaking[/bold red]" in listing.output
    assert "\x1b[31m" not in listing.output
    article_id = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--json"]).output)[0]["id"]
    shown = runner.invoke(app, ["show", article_id, "--db", str(db)], env={"COLUMNS": "200"})
    assert "[bold red]Breaking[/bold red]" in shown.output
    assert "\x1b" not in shown.output


def test_export_formats(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    runner.invoke(
        app, ["ingest", str(_write(tmp_path, "a.txt", "=cmd|' /C calc'!A0\n\n" + BODY)), "--db", str(db)]
    )
    data = json.loads(runner.invoke(app, ["export", "--db", str(db), "--format", "json"]).output)
    assert set(data) >= {"articles", "stories"}
    article = data["articles"][0]
    for field in ("id", "outlet", "title", "published", "byline", "wire_credits"):
        assert field in article
    assert article["source_path"] or article["url"]

    lines = runner.invoke(app, ["export", "--db", str(db), "--format", "jsonl"]).output.splitlines()
    assert json.loads(lines[0])["id"] == article["id"]

    csv_out = tmp_path / "out.csv"
    runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(csv_out)])
    content = csv_out.read_text(encoding="utf-8")
    assert content.startswith("id,source_path,url,outlet,title")
    # A title that looks like a spreadsheet formula is neutralised.
    assert ",'=cmd" in content

    bad = runner.invoke(app, ["export", "--db", str(db), "--format", "xml"])
    assert bad.exit_code == 1
    assert "--format 'xml'" in bad.output


def test_readme_cli_reference_is_up_to_date() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert START in readme and END in readme
    assert render_readme(readme) == readme, "README CLI reference is stale: run `make docs`"


def test_every_command_and_option_is_documented() -> None:
    reference = cli_reference()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in reference.splitlines():
        if line.startswith("### "):
            assert line in readme
    assert "| `--db` |" in reference
    assert "(TODO" not in reference
