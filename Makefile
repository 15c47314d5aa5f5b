# One command each (STYLE.md): up, test, lint, bench, proto, contracts.
SHELL := /bin/bash
UV ?= uv
export UV_PYTHON := 3.11

.PHONY: install up test lint proto proto-check bench contracts clean

# Installs what is missing (system packages through apt-get as root or with sudo,
# Python and npm packages, Kafka's jars), or stops before anything runs with the one
# command that would: see deploy/local/install.sh.
install:
	bash deploy/local/install.sh

up: install
	$(UV) run --no-sync python -m frontline.stack up $(UP_ARGS)

test: install
	$(UV) run --no-sync pytest -q -p no:randomly $(PYTEST_ARGS)

# Every package's code, strict (pyproject.toml [tool.mypy]); the generated gRPC stubs in
# libs/api are left out (grpcio-tools writes them without annotations).
TYPED = libs/kernel/src libs/contracts/src libs/testkit/src services/*/src deploy/local/src tools/cli/src bench

lint:
	bash deploy/local/install.sh python
	$(UV) run --no-sync ruff check .
	$(UV) run --no-sync ruff format --check .
	$(UV) run --no-sync mypy $(TYPED)
	cd proto && $(UV) run --no-sync buf lint
	$(MAKE) proto-check

proto:
	bash deploy/local/gen_proto.sh

proto-check:
	bash deploy/local/gen_proto.sh --check

bench: install
	$(UV) run --no-sync python -m bench

contracts:
	$(UV) run --no-sync python -m frontline.contracts.catalogue docs/events

clean:
	rm -rf .frontline
