"""The command line itself in Chinese: help (usage, headings, the help texts of
commands and options) and the usage errors Typer's click writes.

Only used when the operator's language is Chinese (``language.py``): the help texts
come from the catalogues; what click writes on its own (``Usage:``, ``Options``,
``Missing option``) is translated here, as click has no catalogue to plug in.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

import typer
from typer import _click
from typer._click.exceptions import NoArgsIsHelpError

from frontline.cli.language import knows, say

if TYPE_CHECKING:
    from typer._click import Command

HEADINGS = {"Options": "选项", "Arguments": "参数", "Commands": "命令"}
# What click and Typer write into option rows.
ROW_TEXTS = {
    "Show this message and exit.": "显示此帮助并退出。",
}
_EXTRAS = (
    (re.compile(r"\bdefault: "), "默认："),
    (re.compile(r"\brequired\b"), "必填"),
    (re.compile(r"\benv var: "), "环境变量："),
)
# Click's own error messages (typer._click.exceptions and core), as patterns.
CLICK_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), chinese)
    for pattern, chinese in (
        (r"^Invalid value for (?P<hint>.+?): (?P<why>.*)$", "{hint} 的值无效：{why}"),
        (r"^Invalid value: (?P<why>.*)$", "值无效：{why}"),
        (r"^Missing option (?P<hint>.+?)\.(?P<more>.*)$", "缺少选项 {hint}。{more}"),
        (r"^Missing argument (?P<hint>.+?)\.(?P<more>.*)$", "缺少参数 {hint}。{more}"),
        (r"^Missing parameter:? (?P<hint>.+?)\.?$", "缺少参数 {hint}"),
        (r"^Missing command\.$", "缺少命令。"),
        (
            r"^No such command '(?P<name>.+)'\. Did you mean (?P<close>.+)\?$",
            "没有命令 '{name}'。是不是 {close}？",
        ),
        (r"^No such command '(?P<name>.+)'\.$", "没有命令 '{name}'。"),
        (
            r"^No such option: (?P<name>\S+) \(Possible options: (?P<options>.*)\)$",
            "没有选项 {name}（可用的选项：{options}）",
        ),
        (r"^No such option: (?P<name>\S+)$", "没有选项 {name}"),
        (
            r"^No such option: (?P<name>\S+) Did you mean (?P<close>.*)\?$",
            "没有选项 {name}，是不是 {close}？",
        ),
        (r"^Got unexpected extra arguments? \((?P<args>.*)\)$", "多余的参数：{args}"),
        (r"^Option '(?P<name>.+)' requires an argument\.$", "选项 '{name}' 需要一个值。"),
        (
            r"^Option '(?P<name>.+)' requires (?P<n>\d+) arguments\.$",
            "选项 '{name}' 需要 {n} 个值。",
        ),
        (r"^'(?P<value>.*)' is not a valid (?:integer|int range)\.$", "“{value}”不是整数。"),
        (r"^'(?P<value>.*)' is not a valid (?:float|float range)\.$", "“{value}”不是数字。"),
        (r"^'(?P<value>.*)' is not a valid boolean\..*$", "“{value}”不是是/否。"),
        (
            r"^(?P<n>\d+) values are required, but (?P<given>\d+) given\.$",
            "需要 {n} 个值，给了 {given} 个。",
        ),
        (r"^Option '(?P<name>.+)' does not take a value\.$", "选项 '{name}' 不接受值。"),
        (r"^(?P<value>.+) is not in the range (?P<range>.+)\.$", "{value} 不在 {range} 的范围内。"),
        (
            r"^(?P<what>File|Directory|Path) '(?P<path>.+)' does not exist\.$",
            "文件 '{path}' 不存在。",
        ),
        (
            r"^(?P<what>File|Directory|Path) '(?P<path>.+)' is a directory\.$",
            "'{path}' 是目录，不是文件。",
        ),
        (
            r"^(?P<what>File|Directory|Path) '(?P<path>.+)' is not readable\.$",
            "文件 '{path}' 不可读。",
        ),
    )
)


class ChineseHelpFormatter(_click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, "用法：" if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        self.write(f"{'':>{self.current_indent}}{HEADINGS.get(heading, heading)}：\n")

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        super().write_dl([(term, _row_text(text)) for term, text in rows], col_max, col_spacing)


def _row_text(text: str) -> str:
    if text in ROW_TEXTS:
        return ROW_TEXTS[text]
    body, bracket, extras = text.rpartition("  [")
    if not bracket:
        body, extras = ("", text[1:]) if text.startswith("[") else (text, "")
        bracket = "[" if extras else ""
    for pattern, chinese in _EXTRAS:
        extras = pattern.sub(chinese, extras)
    return f"{body}{bracket}{extras}"


def use_chinese_help() -> None:
    """Every help page and usage line from now on in Chinese (one language per run)."""
    _click.core.Context.formatter_class = ChineseHelpFormatter


def _commands(command: Command) -> Iterator[Command]:
    yield command
    for sub in getattr(command, "commands", {}).values():
        yield from _commands(sub)


def translate(command: Command) -> None:
    """A command group's help texts, every command and option, in Chinese."""
    for each in _commands(command):
        if each.help and knows(each.help):
            each.help = say(each.help)
            each.short_help = _first_sentence(each.help)
        for param in each.params:
            text = getattr(param, "help", None)
            if text and knows(text):
                param.help = say(text)  # type: ignore[attr-defined]


def _first_sentence(text: str) -> str:
    first = re.split(r"(?<=[。；])", text.strip(), maxsplit=1)[0]
    return first.rstrip("。；")


def click_message(message: str) -> str:
    for pattern, chinese in CLICK_MESSAGES:
        found = pattern.match(message)
        if found:
            parts = found.groupdict()
            if "why" in parts:
                parts["why"] = click_message(parts["why"])  # our own, or click's
            return chinese.format(**parts)
    return message


def show_usage_error(exc: _click.ClickException) -> None:
    """What click's ``show`` writes, in Chinese."""
    if isinstance(exc, NoArgsIsHelpError):
        exc.show()  # the group's help, already Chinese
        return
    ctx: Any = getattr(exc, "ctx", None)
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = say(
                "Try '{command} {option}' for help.",
                command=ctx.command_path,
                option=ctx.help_option_names[0],
            )
        typer.echo(f"{ctx.get_usage()}\n{hint}\n", err=True)
    typer.echo(say("Error: {message}", message=click_message(exc.format_message())), err=True)
    sys.stderr.flush()
