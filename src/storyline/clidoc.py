"""The CLI reference in the README, generated from the commands' own help.

``python -m storyline.clidoc README.md`` rewrites the part of the README between the two markers; a test
fails when the README is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer
from typer._click.core import Context

from storyline.cli import app

START = "<!-- cli-reference:start -->"
END = "<!-- cli-reference:end -->"


def _param_row(param: Any) -> str:
    # Typer vendors its own copy of click, so parameters are told apart by their attributes.
    if param.param_type_name == "argument":
        name = f"`{param.name.upper()}`"
        kind = (param.help or "") + (" (one or more)" if param.nargs == -1 else "")
        return f"| {name} | {kind} | |"
    names = ", ".join(f"`{n}`" for n in [*param.opts, *param.secondary_opts])
    default = "" if param.is_flag and not param.secondary_opts else param.default
    if isinstance(default, (list, tuple)) or default is None:
        default = ""
    help_text = (param.help or "").replace("|", "\\|")
    if param.envvar:
        help_text += f" (env `{param.envvar}`)"
    return f"| {names} | {help_text} | {f'`{default}`' if default != '' else ''} |"


def cli_reference() -> str:
    """Markdown for every command: usage, its docstring, and a table of its arguments and options."""
    group: Any = typer.main.get_command(app)
    ctx = Context(group, info_name="storyline")
    parts = []
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        sub = Context(command, info_name=name, parent=ctx)
        usage = " ".join(command.collect_usage_pieces(sub)).replace("{", "").replace("}", "").upper()
        parts.append(f"### `storyline {name}`\n")
        parts.append(f"```\nstoryline {name} {usage}\n```\n")
        parts.append((command.help or "").strip() + "\n")
        params = [p for p in command.params if p.name != "help"]
        if params:
            parts.append("| argument / option | what it does | default |\n|---|---|---|")
            parts.extend(_param_row(p) for p in params)
            parts.append("")
    return "\n".join(parts).strip() + "\n"


def render_readme(readme: str) -> str:
    """``readme`` with its CLI reference section replaced by a freshly generated one."""
    head, found, rest = readme.partition(START)
    if not found:
        raise ValueError(f"README has no {START} marker")
    _, found, tail = rest.partition(END)
    if not found:
        raise ValueError(f"README has no {END} marker")
    return f"{head}{START}\n{cli_reference()}{END}{tail}"


def main(argv: list[str]) -> int:
    """Rewrite the README named in ``argv`` (default README.md)."""
    path = Path(argv[0] if argv else "README.md")
    path.write_text(render_readme(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
