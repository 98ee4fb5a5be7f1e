"""`make run` and `make test` install the Debian packages they need when missing: root with apt-get,
anyone else through `sudo -n`, and without either they stop at once with the one command to run.
Driven with fake dpkg-query / apt-get / sudo / id first on a bare PATH, so no package is touched."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tools" / "debian-packages.sh"
WEASYPRINT = ["libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz-subset0", "fonts-dejavu-core"]
EVERYTHING = [*WEASYPRINT, "poppler-utils", "postgresql", "chromium", "libatomic1"]

FAKES = {
    # Installed, removed-but-configured and unknown packages, as dpkg-query reports them.
    "dpkg-query": """
for pkg; do :; done; echo "dpkg-query $pkg" >> "$LOG"
case " $FAKE_INSTALLED " in *" $pkg "*) echo "install ok installed"; exit 0;; esac
case " $FAKE_REMOVED " in *" $pkg "*) echo "deinstall ok config-files"; exit 0;; esac
echo "dpkg-query: no packages found matching $pkg" >&2; exit 1
""",
    "apt-get": 'echo "apt-get $*" >> "$LOG"',
    "id": 'echo "$FAKE_UID"',
    "sudo": """
[ "$FAKE_SUDO" = yes ] || { echo "sudo: a password is required" >&2; exit 1; }
[ "$1" = -n ] && shift
[ "$1" = true ] && exit 0
echo "sudo $1 $2 $3" >> "$LOG"; exec "$@"
""",
    "python-without-ensurepip": "exit 1",
}


def run_script(tmp_path, profile, *, installed, removed=(), uid=0, sudo=None, venv=True):
    """Runs the script on a PATH holding only the fakes (and `env`); returns (rc, stdout, stderr,
    log of every fake call)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for name, body in FAKES.items():
        if name == "sudo" and sudo is None:
            continue
        (bin_dir / name).write_text("#!/bin/sh\n" + body)
        (bin_dir / name).chmod(0o755)
    (bin_dir / "env").symlink_to("/usr/bin/env")
    venv_dir = tmp_path / "venv"
    if venv:
        (venv_dir / "bin").mkdir(parents=True)
        (venv_dir / "bin" / "python").symlink_to("/bin/true")
    log = tmp_path / "log"
    log.touch()
    environment = {
        "PATH": str(bin_dir),
        "LOG": str(log),
        "FAKE_INSTALLED": " ".join(installed),
        "FAKE_REMOVED": " ".join(removed),
        "FAKE_UID": str(uid),
        "FAKE_SUDO": "yes" if sudo else "no",
        "PYTHON": str(bin_dir / "python-without-ensurepip"),
        "VENV": str(venv_dir),
    }
    done = subprocess.run(
        ["/bin/bash", str(SCRIPT), profile],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
    )
    calls = log.read_text().splitlines()
    return done.returncode, done.stdout, done.stderr, calls


def installs(calls):
    return [call for call in calls if "dpkg-query" not in call]


def test_nothing_missing_does_nothing(tmp_path):
    rc, out, err, calls = run_script(tmp_path, "test", installed=EVERYTHING, uid=1000)
    assert (rc, out, err) == (0, "", "")
    assert installs(calls) == []
    assert [call.split()[1] for call in calls] == EVERYTHING


def test_run_asks_only_for_weasyprints_libraries(tmp_path):
    rc, _, _, calls = run_script(tmp_path, "run", installed=WEASYPRINT)
    assert rc == 0
    assert [call.split()[1] for call in calls] == WEASYPRINT


def test_root_installs_exactly_what_is_missing(tmp_path):
    rc, out, _, calls = run_script(
        tmp_path, "test", installed=EVERYTHING[:2], removed=["libharfbuzz-subset0"]
    )
    assert rc == 0
    assert "installing Debian packages: " + " ".join(EVERYTHING[2:]) in out
    assert installs(calls) == [
        "apt-get update -qq",
        "apt-get install -y -qq --no-install-recommends " + " ".join(EVERYTHING[2:]),
    ]


def test_a_user_with_sudo_installs_through_sudo_n(tmp_path):
    missing = ["poppler-utils", "chromium"]
    installed = [pkg for pkg in EVERYTHING if pkg not in missing]
    rc, _, _, calls = run_script(tmp_path, "test", installed=installed, uid=1000, sudo=True)
    assert rc == 0
    assert installs(calls) == [
        "sudo env DEBIAN_FRONTEND=noninteractive apt-get",
        "apt-get update -qq",
        "sudo env DEBIAN_FRONTEND=noninteractive apt-get",
        "apt-get install -y -qq --no-install-recommends poppler-utils chromium",
    ]


@pytest.mark.parametrize(
    ("sudo", "command"),
    [
        (
            False,
            "sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends "
            "libharfbuzz-subset0 chromium'",
        ),
        (
            None,
            "su -c 'apt-get update && apt-get install -y --no-install-recommends "
            "libharfbuzz-subset0 chromium'",
        ),
    ],
    ids=["sudo needs a password", "no sudo"],
)
def test_without_root_it_stops_with_one_line_naming_the_command(tmp_path, sudo, command):
    installed = [pkg for pkg in EVERYTHING if pkg not in ("libharfbuzz-subset0", "chromium")]
    rc, out, err, calls = run_script(tmp_path, "test", installed=installed, uid=1000, sudo=sudo)
    assert rc != 0 and out == ""
    assert len(err.splitlines()) == 1
    assert err.rstrip("\n").endswith(": " + command)
    assert installs(calls) == []


def test_a_python_that_cannot_make_a_venv_brings_python3_venv(tmp_path):
    rc, _, _, calls = run_script(tmp_path, "run", installed=WEASYPRINT, venv=False)
    assert rc == 0
    assert installs(calls)[-1] == "apt-get install -y -qq --no-install-recommends python3-venv"


@pytest.mark.parametrize("target", ["run", "test"])
def test_the_make_target_checks_its_packages_before_anything_else(target):
    plan = subprocess.run(
        [shutil.which("make") or "/usr/bin/make", "-n", "--no-print-directory", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
        env={**os.environ, "MAKEFLAGS": ""},
    ).stdout.splitlines()
    assert plan[0].endswith(f"bash tools/debian-packages.sh {target}")


def test_ci_is_the_readme_test_command():
    """CI runs exactly what a newcomer runs; `make test` brings the packages and both databases."""
    ci = (ROOT / ".ci" / "run").read_text()
    assert "apt-get" not in ci and "dpkg" not in ci
    commands = [
        line for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    assert commands[-1] == "make test"
    assert not any("make" in line for line in commands[:-1])
    tests = (ROOT / "tools" / "test.sh").read_text()
    assert 'pytest -m "not postgres"' in tests and "REQUIRE_POSTGRES=1" in tests
