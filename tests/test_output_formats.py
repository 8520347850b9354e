"""Every export and SPARQL result format stays well-formed when articles carried control
characters (issue 10, point 10): each output re-parses with a real parser (the standard
library's XML parser, pyoxigraph's RDF and result parsers, json)."""

from __future__ import annotations

import csv
import io
import json
import urllib.parse
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.sparql.pool import GRAPH_FORMATS, RESULT_FORMATS
from api.sparql.protocol import GRAPH_MEDIA, RESULT_MEDIA
from graph.store import EXPORT_FORMATS
from tests.conftest import SEEDS, run_ikg
from tests.test_api_support import settings_for

BODY = "Acme\x01 Corp said\x0b on Tuesday\x1f it would invest in Widget Inc.\x0c"
CLEAN_BODY = "Acme  Corp said  on Tuesday  it would invest in Widget Inc."
TEXT_QUERY = (
    "SELECT ?file ?title ?text WHERE { ?a <https://industry-kg.org/ontology#sourceFile> ?file ; "
    "<https://schema.org/headline> ?title ; <https://schema.org/articleBody> ?text }"
)
CONSTRUCT_QUERY = "CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A data directory holding a seed article and one with control characters in its
    text, title, publisher and file name, ingested with `ikg ingest`; and what it printed."""
    root = tmp_path_factory.mktemp("ctl")
    folder = root / "in"
    folder.mkdir()
    (folder / "seed.txt").write_bytes((SEEDS / "010_en_microsoft_anthropic.txt").read_bytes())
    (folder / "ctl\x07.txt").write_text(
        f"Title: Deal\x1b[0m\nPublisher: Wire\x02\n\n{BODY}\n", encoding="utf-8"
    )
    data_dir = root / "data"
    proc = run_ikg("ingest", str(folder), data_dir=data_dir, check=True)
    return data_dir, proc.stderr


@pytest.fixture(scope="module")
def kg(ingested: tuple[Path, str]) -> Path:
    return ingested[0]


def test_ingest_warns_about_the_characters_it_replaced(ingested: tuple[Path, str]) -> None:
    [warning] = [line for line in ingested[1].splitlines() if line.startswith("warning:")]
    assert warning.endswith(
        "ctl\\x07.txt: control characters replaced with spaces (4 in the text, 1 in the "
        "title, 1 in the publisher, 1 in the file name)."
    )


def _rdf(data: bytes, fmt: ox.RdfFormat) -> list[ox.Quad | ox.Triple]:
    """Parse RDF (XML formats also with the standard library first)."""
    if fmt == ox.RdfFormat.RDF_XML:
        ET.fromstring(data)  # well-formed XML, or ParseError
    return list(ox.parse(data, format=fmt))


def _check_rows(data: bytes, fmt: str) -> None:
    """The results re-parse and hold the article's cleaned text."""
    if fmt == "csv":  # lossy by design, so pyoxigraph does not read it: the csv module does
        rows = {r["file"]: r for r in csv.DictReader(io.StringIO(data.decode(), newline=""))}
        assert (rows["ctl .txt"]["text"], rows["ctl .txt"]["title"]) == (CLEAN_BODY, "Deal [0m")
        return
    if fmt == "xml":
        ET.fromstring(data)
    if fmt == "json":
        json.loads(data)
    parsed = ox.parse_query_results(io.BytesIO(data), format=RESULT_FORMATS[fmt])
    assert isinstance(parsed, ox.QuerySolutions)
    terms = {row["file"].value: row for row in parsed}
    assert terms["ctl .txt"]["text"].value == CLEAN_BODY
    assert terms["ctl .txt"]["title"].value == "Deal [0m"


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_every_export_format_reparses(kg: Path, fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"export.{fmt}"
    run_ikg("export", "--format", fmt, "-o", str(out), data_dir=kg, check=True)
    statements = _rdf(out.read_bytes(), EXPORT_FORMATS[fmt])
    texts = {s.object.value for s in statements if isinstance(s.object, ox.Literal)}
    assert CLEAN_BODY in texts and "ctl .txt" in texts


@pytest.mark.parametrize("fmt", sorted(RESULT_FORMATS))
def test_every_cli_result_format_reparses(kg: Path, fmt: str) -> None:
    proc = run_ikg("sparql", TEXT_QUERY, "--format", fmt, data_dir=kg, check=True)
    _check_rows(proc.stdout.encode(), fmt)


@pytest.mark.parametrize("fmt", ["turtle", "ntriples"])
def test_every_cli_graph_format_reparses(kg: Path, fmt: str) -> None:
    proc = run_ikg("sparql", CONSTRUCT_QUERY, "--format", fmt, data_dir=kg, check=True)
    triples = _rdf(proc.stdout.encode(), GRAPH_FORMATS[fmt])
    assert CLEAN_BODY in {t.object.value for t in triples if isinstance(t.object, ox.Literal)}


@pytest.fixture(scope="module")
def client(kg: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(kg, sparql_workers=1))) as c:
        yield c


@pytest.mark.parametrize("media_type", sorted(RESULT_MEDIA))
def test_every_endpoint_result_format_reparses(client: TestClient, media_type: str) -> None:
    r = client.get(
        "/sparql?query=" + urllib.parse.quote(TEXT_QUERY), headers={"Accept": media_type}
    )
    assert r.status_code == 200, r.text
    _check_rows(r.content, RESULT_MEDIA[media_type])


@pytest.mark.parametrize("media_type", sorted(GRAPH_MEDIA))
def test_every_endpoint_graph_format_reparses(client: TestClient, media_type: str) -> None:
    r = client.get(
        "/sparql?query=" + urllib.parse.quote(CONSTRUCT_QUERY), headers={"Accept": media_type}
    )
    assert r.status_code == 200, r.text
    triples = _rdf(r.content, GRAPH_FORMATS[GRAPH_MEDIA[media_type]])
    assert CLEAN_BODY in {t.object.value for t in triples if isinstance(t.object, ox.Literal)}
