"""Read a page's forms as a browser would submit them unchanged: every input, select and textarea
with the value it shows. Tests then change only what a person would change."""

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None
        self._first_option: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self._form = {"action": a.get("action", ""), "fields": {}}
            self.forms.append(self._form)
        elif self._form is None:
            return
        elif tag == "input" and a.get("name"):
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self._form["fields"][a["name"]] = a.get("value", "y")
            elif kind != "submit":
                self._form["fields"][a["name"]] = a.get("value", "")
        elif tag == "select":
            self._select = a.get("name")
            self._first_option = None
        elif tag == "option" and self._select:
            value = a.get("value", "")
            if self._first_option is None:
                self._first_option = value
                self._form["fields"].setdefault(self._select, value)
            if "selected" in a:
                self._form["fields"][self._select] = value
        elif tag == "textarea":
            self._textarea = a.get("name")
            self._form["fields"][self._textarea] = ""

    def handle_data(self, data):
        if self._textarea and self._form is not None:
            self._form["fields"][self._textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            if self._textarea and self._form is not None:
                value = self._form["fields"][self._textarea]
                # A textarea's first newline belongs to the markup, not to the value.
                self._form["fields"][self._textarea] = (
                    value.removeprefix("\r\n")
                    if value.startswith("\r\n")
                    else value.removeprefix("\n")
                )
            self._textarea = None


def forms_of(html: str) -> list[dict]:
    reader = _FormReader()
    reader.feed(html)
    return reader.forms


def form_posting_to(html: str, action_part: str = "") -> dict:
    """The fields of the first form whose action contains `action_part` (or of the first form
    without an action, which posts back to the page)."""
    forms = forms_of(html)
    exact = [f for f in forms if action_part and f["action"] == action_part]
    for form in exact or forms:
        if (action_part and action_part in form["action"]) or (
            not action_part and not form["action"]
        ):
            return dict(form["fields"])
    raise AssertionError(f"no form posting to {action_part!r}")
