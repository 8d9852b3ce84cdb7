# suiji — the two set-up commands are `make run` and `make test` (see README.md).
SHELL := /bin/bash
JOBS  ?= $(shell nproc)
PORT  ?= 8080
DB    ?= data/suiji.db
# ccache: clones at other paths hit the same cache (paths relative to the clone).
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1

.PHONY: deps build run test bench web clean

deps:
	@./scripts/install-deps.sh
	@if [ -f web/package.json ]; then ./scripts/web-deps.sh; fi

build: deps
	cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSUIJI_TESTS=OFF >/dev/null
	cmake --build build -j $(JOBS)
	@if [ -f web/package.json ]; then (cd web && npm run --silent build); fi

run: build
	@mkdir -p $(dir $(DB))
	@if [ ! -f $(DB) ]; then ./build/suiji demo --db $(DB); fi
	./build/suiji serve --db $(DB) --port $(PORT)

test: deps
	@./scripts/test-all.sh

bench: deps
	@./scripts/bench.sh

clean:
	rm -rf build build-test build-bench
