"""The one rule every piece of input text obeys, whatever field it fills.

Text is stored, searched, rendered to HTML, XML (Atom), iCalendar and PDF, and sent to two
databases. A character that any of them cannot carry is refused at input, naming the field, so
that no output can break later: PostgreSQL refuses NUL in text, UTF-8 cannot encode a lone
surrogate, XML 1.0 allows no control character but tab, newline and carriage return.
Line breaks are kept as newlines: browsers send a textarea's lines as CRLF.
Text is stored in Unicode NFC so that one word spelt with combining marks and one spelt with
precomposed letters are the same word to search and to compare.
"""

import re
import unicodedata

from .errors import RuleViolation

# Every character refused: C0 controls but tab and newline, DEL and C1 controls, surrogates and
# the two non-characters XML excludes. One scan finds the first in C, however long the text.
SUSPECT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _refused(char: str) -> str:
    code = ord(char)
    if code == 0:
        return "must not contain a NUL character"
    if 0xD800 <= code <= 0xDFFF:
        return "must be valid Unicode (it holds a lone surrogate)"
    if code < 0x20 or 0x7F <= code <= 0x9F:
        return f"must not contain control characters (U+{code:04X})"
    return f"must not contain the non-character U+{code:04X}"


def clean_text(value: str, field: str) -> str:
    """`value` with its line breaks as newlines, in NFC; or RuleViolation naming the field."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    suspect = SUSPECT.search(value)
    if suspect:
        raise RuleViolation(field, _refused(suspect.group()))
    return unicodedata.normalize("NFC", value)
