"""The operator's language (issue 19): Chinese where the locale is Chinese
(``LANG=zh_CN.UTF-8``, or ``LC_ALL`` / ``LC_MESSAGES``), English otherwise;
``frontline --lang zh|en`` chooses.

Texts are written in English where they are used, the English being the message's
id (as in gettext); ``say`` gives the Chinese from the catalogues loaded, each text
once: ``common_zh.py`` for what every group shares, and one small module per
command group (``registry.Group.catalogue``), loaded only when the group runs in
Chinese. ``tests/test_chinese.py`` finds every text the CLI shows and fails on one
without its Chinese, or on a Chinese nobody shows.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Mapping

CHINESE, ENGLISH = "zh", "en"
LANGUAGES = (CHINESE, ENGLISH)
# The POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_SPACES = re.compile(r"\s+")

_chosen = [ENGLISH]
_texts: dict[str, str] = {}
_loaded: set[str] = set()


def from_locale(env: Mapping[str, str] = os.environ) -> str:
    for name in _LOCALE_VARIABLES:
        value = env.get(name)
        if value:
            return CHINESE if value.lower().startswith("zh") else ENGLISH
    return ENGLISH


def choose(language: str) -> None:
    _chosen[0] = language
    if language == CHINESE:
        load("frontline.cli.common_zh")


def chinese() -> bool:
    return _chosen[0] == CHINESE


def key(text: str) -> str:
    """A text as its catalogue finds it: docstrings wrap where the source does."""
    return _SPACES.sub(" ", text)


def load(catalogue: str) -> None:
    """Learn a catalogue module's ``TEXTS`` (English → Chinese), once."""
    if catalogue in _loaded:
        return
    texts: Mapping[str, str] = importlib.import_module(catalogue).TEXTS
    _texts.update({key(english): chinese for english, chinese in texts.items()})
    _loaded.add(catalogue)


def knows(text: str) -> bool:
    return key(text) in _texts


def say(text: str, **params: object) -> str:
    """``text`` in the operator's language, its ``{name}`` placeholders filled."""
    template = _texts.get(key(text), text) if chinese() else text
    return template.format(**params) if params else template
