#!/usr/bin/env bash
# Installs the Debian packages that `make run` or `make test` needs and this machine lacks.
#   tools/debian-packages.sh run    WeasyPrint's libraries (and what the venv needs)
#   tools/debian-packages.sh test   those, plus pdftotext, a PostgreSQL server and Chromium
# Nothing missing: silent, apt is never touched. Missing: root installs them with apt-get, anyone
# else through `sudo -n`; without either it stops at once with the one command to run.
set -euo pipefail

run=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
# pdftotext/pdftoppm for the PDF tests, the server for the PostgreSQL pass, the browser tests'
# Chromium (Playwright's driver needs libatomic1; no browser is ever downloaded).
test=("${run[@]}" poppler-utils postgresql chromium libatomic1)

case "${1:-}" in
  run) wanted=("${run[@]}") ;;
  test) wanted=("${test[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null; then
  echo "not a Debian system: install the equivalents of ${wanted[*]} yourself" >&2
  exit 0
fi

# Debian's own python3 creates a venv only with python3-venv (ensurepip lives there).
if [ ! -x "${VENV:-.venv}/bin/python" ] && ! "${PYTHON:-python3}" -c 'import ensurepip' 2>/dev/null; then
  wanted+=(python3-venv)
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == *" ok installed" ]] || missing+=("$pkg")
done
((${#missing[@]})) || exit 0

if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  install="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  if command -v sudo >/dev/null; then
    install="sudo sh -c '$install'"
  else
    install="su -c '$install'"
  fi
  echo "missing Debian packages (${missing[*]}); run this, then make ${1} again: $install" >&2
  exit 1
fi

echo "installing Debian packages: ${missing[*]}"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
