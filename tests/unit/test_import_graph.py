"""The layering as the import graph shows it: the web pages and the API never import each other
(both stand on `http/` and `reads/`), no module imports another that imports it back, and imports
sit at the top of modules — an import inside a function is how a circle hides."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "governance"

# The only imports allowed inside a function, each for a reason that is not a circle.
LATE_IMPORTS_ALLOWED = {
    # The package stays importable without Flask, so that `governance.rules` is pure.
    ("governance", "governance.factory"),
    # aiosmtpd is a development extra, needed only when the sink command runs.
    ("governance.notify.cli", "governance.notify.sink"),
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def resolve(module: str, path: Path, node: ast.ImportFrom) -> list[str]:
    if node.level == 0:
        base = node.module or ""
    else:
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        package = package[: len(package) - (node.level - 1)]
        base = ".".join([*package, node.module] if node.module else package)
    # `from . import x` may name a submodule; `from .m import f` names a module.
    return [base, *(f"{base}.{alias.name}" for alias in node.names)]


def imports(top_level_only: bool):
    """(importer, imported) for every governance module pair, top-level or inside functions."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    for module, path in modules.items():
        tree = ast.parse(path.read_text())
        nodes = tree.body if top_level_only else list(ast.walk(tree))
        late = set() if top_level_only else _inside_functions(tree)
        for node in nodes:
            if not top_level_only and id(node) not in late:
                continue
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = resolve(module, path, node)
            else:
                continue
            for name in names:
                if name in modules:
                    yield module, name


def _inside_functions(tree) -> set[int]:
    found = set()
    for func in ast.walk(tree):
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            for node in ast.walk(func):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    found.add(id(node))
    return found


def _surface(module: str) -> str | None:
    for surface in ("governance.web", "governance.api"):
        if module == surface or module.startswith(surface + "."):
            return surface
    return None


def test_the_web_and_the_api_never_import_each_other():
    crossing = [
        (a, b)
        for a, b in imports(top_level_only=False)
        if _surface(a) and _surface(b) and _surface(a) != _surface(b)
    ] + [
        (a, b)
        for a, b in imports(top_level_only=True)
        if _surface(a) and _surface(b) and _surface(a) != _surface(b)
    ]
    assert crossing == []


def test_imports_sit_at_the_top_of_modules():
    late = sorted(set(imports(top_level_only=False)) - LATE_IMPORTS_ALLOWED)
    assert late == []


def test_no_module_imports_one_that_imports_it_back():
    graph: dict[str, set[str]] = {}
    for a, b in imports(top_level_only=True):
        # A package importing its own submodules (to register them) is not a circle back.
        if a != b and not b.startswith(a + "."):
            graph.setdefault(a, set()).add(b)
    circles = []
    for start in sorted(graph):
        stack, seen = [(start, [start])], set()
        while stack:
            node, trail = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    circles.append(" -> ".join([*trail, start]))
                elif nxt not in seen:
                    seen.add(nxt)
                    stack.append((nxt, [*trail, nxt]))
    assert circles == []


# The audit events the page cache catches up on, and the id-cursor paging of every API list.
QUERYING_ALLOWED = {"governance.web.page_cache", "governance.api.reads"}


def test_views_run_no_queries_of_their_own():
    """Pages and API endpoints take their rows from `reads/` and change state through
    `services/`: a query written in a view is a second read side."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = module_name(path)
        if _surface(module) is None or module in QUERYING_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            name = node.module or "" if isinstance(node, ast.ImportFrom) else ""
            if name.startswith("sqlalchemy") and name != "sqlalchemy.exc":
                found.append(f"{module} imports {name}")
            call = node.func if isinstance(node, ast.Call) else None
            if isinstance(call, ast.Attribute) and call.attr in ("scalars", "scalar", "execute"):
                found.append(f"{module}:{node.lineno} calls .{call.attr}()")
    assert found == []
