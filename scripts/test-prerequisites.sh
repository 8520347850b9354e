#!/usr/bin/env bash
# System packages the test suite needs beyond Python: Java 17 (Neo4j tests) and Debian's
# chromium (browser tests). Installs only what is missing.
set -euo pipefail
if ! command -v java >/dev/null 2>&1; then
  echo "test prerequisites: Java 17 is needed for the Neo4j test server (apt-get install openjdk-17-jre-headless)" >&2
fi

# Browser tests (pytest -m browser) drive Debian's chromium through the `playwright` package;
# never a browser download (`playwright install` cannot reach its servers here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test prerequisites: installing Debian's chromium for the browser tests" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  else
    echo "test prerequisites: /usr/bin/chromium is missing (apt-get install chromium); the browser tests will be skipped" >&2
  fi
fi
