"""Templates compare records with the vocabulary's enums, never with strings: a string that names
no member (a typo, a renamed status) would silently never match; an enum member that does not
exist is caught here."""

import re
from pathlib import Path

from governance.web.templating import ENUMS

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
STRING_COMPARE = re.compile(r"\.value\s*(==|!=|in\b)|(==|!=)\s*'[a-z_]+'")
MEMBER = re.compile(r"\b([A-Z][A-Za-z]+)\.([A-Z][A-Z_]*)\b")


def _templates():
    return sorted(TEMPLATES.rglob("*.html")) + sorted(TEMPLATES.rglob("*.txt"))


def test_no_template_compares_a_status_with_a_string():
    found = [
        f"{path.relative_to(TEMPLATES)}:{n}: {line.strip()[:90]}"
        for path in _templates()
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if STRING_COMPARE.search(line)
    ]
    assert found == []


def test_every_enum_member_a_template_names_exists():
    named = [
        (path.relative_to(TEMPLATES), cls, member)
        for path in _templates()
        for cls, member in MEMBER.findall(path.read_text())
        if cls in ENUMS
    ]
    assert named, "the templates compare with enums"
    missing = [(str(p), c, m) for p, c, m in named if not hasattr(ENUMS[c], m)]
    assert missing == []
