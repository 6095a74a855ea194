"""Text on its way to a terminal or a file: output that never fails on encoding, and control
characters spelled out.

A redirected stdout on a Chinese Windows is GBK; a bare terminal may be ASCII. `safe_streams`
makes both standard streams write a symbol the encoding lacks as one it has (✓ as √ in GBK, as v
in ASCII), and anything else as `?`, instead of raising. It is light (no Rich), so that `--help`
stays quick.
"""

from __future__ import annotations

import codecs
import contextlib
import sys
import unicodedata

# symbols the output uses, and stand-ins in the order tried: the first the encoding has is written
FALLBACKS: dict[str, tuple[str, ...]] = {
    "✓": ("√", "v"),
    "✔": ("√", "v"),
    "✗": ("×", "x"),
    "✘": ("×", "x"),
    "–": ("－", "-"),
    "—": ("－", "-"),
    "•": ("·", "*"),
    "…": ("...",),
    "△": ("^",),
    "❱": (">",),
    "→": ("->",),
    "“": ('"',),
    "”": ('"',),
    "‘": ("'",),
    "’": ("'",),
}
ERRORS = "studyctl-fallback"


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        candidates = [*FALLBACKS.get(ch, ()), unicodedata.normalize("NFKD", ch)]
        out.append(next((c for c in candidates if c and _encodes(c, error.encoding)), "?"))
    return "".join(out), error.end


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


codecs.register_error(ERRORS, _fallback)


def safe_streams() -> None:
    """Make stdout and stderr fall back instead of failing on a character their encoding lacks."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if (
            reconfigure is not None
            and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8"
        ):
            with contextlib.suppress(ValueError, OSError):  # a stream that cannot change stays as it is
                reconfigure(errors=ERRORS)


def printable(text: str) -> str:
    """`text` with every C0/C1 control character but tab and newline spelled out (`\\x1b`)."""
    if text.isprintable():
        return text
    return "".join(
        f"\\x{ord(ch):02x}" if (ord(ch) < 0x20 and ch not in "\t\n") or 0x7F <= ord(ch) < 0xA0 else ch
        for ch in text
    )
