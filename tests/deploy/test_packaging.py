"""What the Dockerfile runs is what the README tells people to run, and the README's two commands
are the Makefile's."""

import json
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def dockerfile_start_command() -> str:
    text = (ROOT / "Dockerfile").read_text()
    cmd = re.search(r"^CMD (\[.*\])$", text, re.M)
    assert cmd, "Dockerfile has no exec-form CMD"
    argv = json.loads(cmd.group(1))
    assert argv[:2] == ["sh", "-c"]
    return argv[2]


def test_the_container_migrates_then_serves_with_gunicorn():
    command = dockerfile_start_command()
    upgrade, _, serve = command.partition(" && ")
    assert upgrade == "flask --app app db upgrade"
    assert serve.startswith("exec gunicorn ") and serve.endswith(" app:app")


def test_the_readme_gives_the_same_start_command_as_the_dockerfile():
    assert dockerfile_start_command() in (ROOT / "README.md").read_text()


def test_the_readme_begins_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["make run", "make test"]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^run:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_the_container_installs_weasyprint_libraries():
    text = (ROOT / "Dockerfile").read_text()
    for lib in ("libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0"):
        assert lib in text


def test_dependencies_have_compatible_ranges():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"]:
        assert ">=" in requirement and "<" in requirement, requirement
