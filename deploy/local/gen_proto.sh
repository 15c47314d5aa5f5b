#!/usr/bin/env bash
# Generates libs/api from proto/ (committed code). With --check, fails when the
# committed code differs from what proto/ generates (CI drift check).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=libs/api/src
if [ "${1:-}" = "--check" ]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
mapfile -t protos < <(cd proto && find frontline -name '*.proto' | sort)
[ ${#protos[@]} -gt 0 ] || { echo "no .proto files"; exit 0; }
uv run --no-sync python -m grpc_tools.protoc -I proto \
  --python_out="$out" --grpc_python_out="$out" --pyi_out="$out" "${protos[@]}"
# Every generated folder is a regular package so mypy and importlib agree.
find "$out/frontline/api" -type d -exec sh -c 'touch "$1/__init__.py"' _ {} \;
if [ "${1:-}" = "--check" ]; then
  if ! diff -r -x __pycache__ "$out/frontline/api" libs/api/src/frontline/api >/dev/null; then
    echo "libs/api is out of date with proto/: run 'make proto' and commit" >&2
    diff -r -x __pycache__ -q "$out/frontline/api" libs/api/src/frontline/api >&2 || true
    exit 1
  fi
  echo "generated code matches proto/"
fi
