#!/usr/bin/env bash
# System packages the test suite needs beyond Python: nothing yet beyond Java 17 (Neo4j tests);
# later the Debian chromium for browser tests. Installs only what is missing.
set -euo pipefail
if ! command -v java >/dev/null 2>&1; then
  echo "test prerequisites: Java 17 is needed for the Neo4j test server (apt-get install openjdk-17-jre-headless)" >&2
fi
