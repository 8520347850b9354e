#!/usr/bin/env bash
# System packages the test suite needs beyond Python, installed with apt-get when missing:
#   - Java 17 for the Neo4j test server (its jars come from PyPI at test time),
#   - Debian's chromium for the browser tests (driven by the `playwright` package; never a
#     browser download: `playwright install` cannot reach its servers here),
#   - Debian's docker-compose, which validates docker-compose.yml without a Docker engine,
#   - Virtuoso 7 (virtuoso-opensource), one of the two SPARQL servers the remote store is
#     tested against (tests/rdf_servers.py; the other, Oxigraph, is a PyPI test extra).
# Not installable here: the Neo4j Browser jar of tests/test_neo4j_browser.py, which must sit in
# ../shared/neo4j-browser/ next to the repository (those tests are skipped without it).
set -euo pipefail

missing=()
command -v java >/dev/null 2>&1 || missing+=(openjdk-17-jre-headless)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
command -v virtuoso-t >/dev/null 2>&1 || missing+=(virtuoso-opensource)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[ -f "$here/../shared/neo4j-browser/neo4j-browser-2025.6.0.jar" ] ||
  echo "test prerequisites: no ../shared/neo4j-browser/neo4j-browser-2025.6.0.jar;" \
       "the Neo4j Browser tests will be skipped" >&2

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test prerequisites: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "test prerequisites: missing ${missing[*]} (apt-get install them); the tests that" \
       "need them will fail or be skipped" >&2
fi
