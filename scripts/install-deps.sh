#!/usr/bin/env bash
# Installs every system package suiji needs to build, test and run.
# Idempotent: packages already present are skipped, so a second run does nothing.
# Called by `make run`, `make test` and `make bench`.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build pkg-config make git ccache
  # HTTP (RESTinio's package does not pull its own dependencies)
  librestinio-dev libasio-dev libhttp-parser-dev libfmt-dev
  # storage
  # (Debian builds SOCI with SOCI_HAVE_BOOST: its headers include boost fusion)
  libsoci-dev libboost-dev libsqlite3-dev libpq-dev sqlite3 postgresql-15
  # JSON, CLI, logs, crypto, office formats
  libsimdjson-dev nlohmann-json3-dev libcli11-dev libspdlog-dev
  libssl-dev libsodium-dev libxlsxwriter-dev libzip-dev libpugixml-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev time python3
  # web build and browser tests
  nodejs chromium
  # CJK glyphs so that screenshots of the Chinese UI are readable
  fonts-wqy-microhei
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  echo "install-deps: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm comes with the nodesource nodejs package; Debian's nodejs needs the npm package.
if ! command -v npm >/dev/null 2>&1; then
  SUDO=""; if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get install -y -qq --no-install-recommends npm
fi
