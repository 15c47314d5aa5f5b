"""The CJK font the briefing embeds: a setting, or what fontconfig finds.

`deploy/local/install.sh` installs Debian's fonts-noto-cjk; any OpenType or TrueType
font with Chinese glyphs will do (``FRONTLINE_BRIEFING__FONT_PATH``, and
``FONT_INDEX`` for a face of a .ttc collection). Without one the briefing is refused
with a message naming both ways, never rendered with missing glyphs.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from frontline.kernel.errors import PreconditionFailed

# Asked of fontconfig: a sans-serif face for simplified Chinese.
PATTERN = "sans-serif:lang=zh-cn"


@dataclass(frozen=True)
class FontFace:
    path: Path
    index: int = 0


@dataclass(frozen=True)
class CjkFonts:
    regular: FontFace
    bold: FontFace


class NoCjkFont(PreconditionFailed):
    def __init__(self, why: str) -> None:
        super().__init__(
            "NO_CJK_FONT",
            "briefing",
            f"{why}: install a CJK font (Debian: apt-get install fonts-noto-cjk) or set"
            " FRONTLINE_BRIEFING__FONT_PATH to an OpenType/TrueType file with Chinese glyphs",
        )


def _match(pattern: str) -> FontFace | None:
    if shutil.which("fc-match") is None:
        return None
    done = subprocess.run(
        ["fc-match", "-f", "%{file}\n%{index}\n%{lang}", pattern],
        capture_output=True,
        text=True,
        timeout=10,
        check=False,
    )
    lines = done.stdout.split("\n")
    if done.returncode != 0 or len(lines) < 3 or "zh-cn" not in lines[2].split("|"):
        return None  # fontconfig fell back to a font without Chinese
    return FontFace(Path(lines[0]), int(lines[1] or 0))


def find_fonts(path: Path | None, index: int = 0, bold_path: Path | None = None) -> CjkFonts:
    """The configured font, else fontconfig's; NoCjkFont (FAILED_PRECONDITION) if none."""
    if path is not None:
        if not path.is_file():
            raise NoCjkFont(f"the configured font {path} does not exist")
        regular = FontFace(path, index)
        bold = FontFace(bold_path, index) if bold_path and bold_path.is_file() else regular
        return CjkFonts(regular, bold)
    regular_found = _match(PATTERN)
    if regular_found is None:
        raise NoCjkFont("fontconfig finds no font with Chinese glyphs")
    bold_found = _match(PATTERN + ":weight=bold") or regular_found
    return CjkFonts(regular_found, bold_found)
