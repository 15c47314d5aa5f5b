#!/usr/bin/env bash
# `make install`: what `make up` and `make test` need, installed only when missing
# (a second run takes about a second): Python packages, Kafka's jars, dashboard assets.
set -euo pipefail
cd "$(dirname "$0")/../.."

note() { echo "install | $*"; }

if ! command -v uv >/dev/null 2>&1; then
  note "installing uv"
  python3 -m pip install --quiet uv 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages uv
  export PATH="$PATH:$(python3 -m site --user-base)/bin"
fi
uv sync --locked --all-packages --quiet

libs="${FRONTLINE_KAFKA_LIBS:-$PWD/.frontline/cache/kafka-libs}"
if ! compgen -G "$libs/kafka_2.13-*.jar" >/dev/null || ! compgen -G "$libs/slf4j-api-2.*.jar" >/dev/null; then
  command -v java >/dev/null 2>&1 || { echo "install: Kafka needs Java 17+ (openjdk-17-jre-headless)" >&2; exit 1; }
  command -v mvn >/dev/null 2>&1 || { echo "install: Kafka's jars come through Maven: install maven" >&2; exit 1; }
  note "fetching Kafka's jars from Maven Central into $libs"
  # Even quiet, Maven 3.8 prints colour resets: strip them to keep CI logs clean.
  mvn -q -B -f deploy/local/kafka/pom.xml "-Dkafka.libs=$libs" dependency:copy-dependencies 2>&1 \
    | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d'
fi

web=services/headquarters/web
if [ -f "$web/package.json" ]; then
  stamp="$web/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$web/package.json" -nt "$stamp" ] \
     || { [ -f "$web/package-lock.json" ] && [ "$web/package-lock.json" -nt "$stamp" ]; }; then
    note "installing the dashboard's npm packages"
    if [ -f "$web/package-lock.json" ]; then
      (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
    else
      (cd "$web" && npm install --no-audit --no-fund --loglevel=error)
    fi
  fi
fi
