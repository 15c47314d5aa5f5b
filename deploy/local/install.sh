#!/usr/bin/env bash
# `make install` (run by `make up`, `make test` and `make bench`): what they need, installed
# only when missing (a second run takes about a second).
#
#   install.sh          Debian packages, then uv and the Python packages, Kafka's jars,
#                       the npm packages of the dashboard and of the tests' OpenID provider
#   install.sh system   only the Debian packages: Java 17+, Maven, Node.js and npm,
#                       Chromium, a CJK font (the dashboard speaks Chinese), poppler-utils and
#                       promtool (Debian's prometheus package)
#                       (for tests of rendered PDFs)
#   install.sh python   only uv and the Python packages (`make lint`)
#
# Debian packages come from apt-get, as root or through sudo; without either it stops at
# once, before anything else runs, with the one command that would install them.
set -euo pipefail
cd "$(dirname "$0")/../.."

note() { echo "install | $*"; }

step="${1:-all}"
case "$step" in
  all | system | python) ;;
  *) echo "usage: $0 [system|python]" >&2; exit 2 ;;
esac

java_major() {  # 17 for 'version "17.0.2"', 8 for 'version "1.8.0_392"', 0 without Java
  local java="${JAVA_HOME:+$JAVA_HOME/bin/}java" version
  command -v "$java" >/dev/null 2>&1 || { echo 0; return; }
  version=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9.]*\).*/\1/p' | head -n 1)
  version="${version#1.}"
  echo "${version%%.*}" | grep -E '^[0-9]+$' || echo 0
}

apt_has() { apt-cache policy "$1" 2>/dev/null | grep -q 'Candidate: [0-9]'; }

java_package() {  # Debian 12 and Ubuntu have 17; newer Debian releases only later ones
  local package
  for package in openjdk-17-jre-headless openjdk-21-jre-headless openjdk-25-jre-headless; do
    if apt_has "$package"; then
      echo "$package"
      return
    fi
  done
  echo openjdk-17-jre-headless
}

has() { command -v "$1" >/dev/null 2>&1; }

# What is missing, as "what it is:package" (the Java package is chosen once apt knows
# which ones the release has).
missing=()
if ! has uv && ! python3 -m pip --version >/dev/null 2>&1; then missing+=("pip:python3-pip"); fi
if [ "$step" != python ]; then
  [ "$(java_major)" -ge 17 ] || missing+=("Java 17+:java")
  has mvn || missing+=("Maven:maven")
  has node || missing+=("Node.js:nodejs")
  has npm || missing+=("npm:npm")
  has chromium || missing+=("Chromium:chromium")
  fc-list :lang=zh 2>/dev/null | grep -q . || missing+=("a CJK font:fonts-noto-cjk")
  { has pdftotext && has pdftoppm; } || missing+=("poppler-utils:poppler-utils")
  # promtool checks the alert rules (deploy/observability); Debian ships it in prometheus.
  has promtool || missing+=("promtool:prometheus")
fi

packages() {
  local item
  for item in "${missing[@]}"; do
    if [ "${item#*:}" = java ]; then java_package; else echo "${item#*:}"; fi
  done
}

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    as_root=()
  elif has sudo && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then
    as_root=(sudo DEBIAN_FRONTEND=noninteractive)  # a person at a terminal may type a password
  else
    mapfile -t chosen < <(packages)
    names=$(IFS=,; echo "${missing[*]%%:*}")
    how="with: sudo"
    has sudo || how="as root with:"
    echo "install | missing ${names//,/, }; install them $how apt-get install -y ${chosen[*]}" >&2
    exit 1
  fi
  "${as_root[@]}" apt-get update -qq
  no_chromium=""
  if [[ " ${missing[*]} " == *":chromium "* ]] && ! apt_has chromium; then
    no_chromium="Chromium: this release has no chromium package (Ubuntu ships it as a snap);"
    no_chromium+=" the browser tests need one at /usr/bin/chromium"
    kept=()
    for item in "${missing[@]}"; do [ "$item" = Chromium:chromium ] || kept+=("$item"); done
    missing=("${kept[@]}")
  fi
  mapfile -t chosen < <(packages)
  for index in "${!missing[@]}"; do
    note "installing ${missing[$index]%%:*} (${chosen[$index]})"
  done
  if [ ${#chosen[@]} -gt 0 ]; then
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${chosen[@]}" >/dev/null
  fi
  [ -z "$no_chromium" ] || { echo "install | $no_chromium" >&2; exit 1; }
fi
[ "$step" = system ] && exit 0

if ! has uv; then
  note "installing uv"
  python3 -m pip install --quiet uv 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages uv
  export PATH="$PATH:$(python3 -m site --user-base)/bin"
fi
uv sync --locked --all-packages --quiet
[ "$step" = python ] && exit 0

libs="${FRONTLINE_KAFKA_LIBS:-$PWD/.frontline/cache/kafka-libs}"
if ! compgen -G "$libs/kafka_2.13-*.jar" >/dev/null || ! compgen -G "$libs/slf4j-api-2.*.jar" >/dev/null; then
  note "fetching Kafka's jars from Maven Central into $libs"
  # Even quiet, Maven 3.8 prints colour resets: strip them to keep CI logs clean.
  mvn -q -B -f deploy/local/kafka/pom.xml "-Dkafka.libs=$libs" dependency:copy-dependencies 2>&1 \
    | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d'
fi

# The dashboard's assets, and the OpenID provider the tests start (deploy/local/oidc).
for web in services/headquarters/web deploy/local/oidc; do
  [ -f "$web/package.json" ] || continue
  stamp="$web/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$web/package.json" -nt "$stamp" ] \
     || { [ -f "$web/package-lock.json" ] && [ "$web/package-lock.json" -nt "$stamp" ]; }; then
    note "installing the npm packages of $web"
    if [ -f "$web/package-lock.json" ]; then
      (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
    else
      (cd "$web" && npm install --no-audit --no-fund --loglevel=error)
    fi
  fi
done
