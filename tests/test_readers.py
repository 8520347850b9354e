"""Readers: every supported format, metadata, language detection, and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from loaders.readers import ReadPolicy, iter_files, parse_text, read_file
from ontology.errors import InputError
from tests.conftest import SEED_ARTICLE, SEEDS

FR_BODY = "Le groupe Airbus a annoncé mardi une prise de participation dans une start-up."
EN_BODY = "Microsoft said on Tuesday it would invest in the start-up, according to a filing."


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_txt_header_is_metadata_and_body_is_the_rest(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "a.txt",
        "Title: Un titre\nDate: 2025-03-01\nLanguage: fr\n"
        "Publisher: Les Échos\nURL: https://example.org/a\n\n" + FR_BODY,
    )
    [a] = read_file(p)
    assert (a.title, a.date, a.language, a.publisher, a.url) == (
        "Un titre",
        date(2025, 3, 1),
        "fr",
        "Les Échos",
        "https://example.org/a",
    )
    assert a.text == FR_BODY


def test_language_is_detected_when_not_given(tmp_path: Path) -> None:
    [fr] = read_file(write(tmp_path, "fr.txt", FR_BODY))
    [en] = read_file(write(tmp_path, "en.txt", EN_BODY))
    assert (fr.language, en.language) == ("fr", "en")


def test_the_seed_article_gets_its_sidecar_metadata() -> None:
    [a] = read_file(SEED_ARTICLE)
    assert a.title and a.title.startswith("Jensen Huang dément")
    assert a.date == date(2026, 2, 4) and a.language == "fr"
    assert a.text.startswith("Le PDG de Nvidia")


def test_markdown_heading_is_the_title_and_markup_is_gone(tmp_path: Path) -> None:
    p = write(tmp_path, "a.md", "# Grand titre\n\nLe **groupe** a [annoncé](http://x) un accord.\n")
    [a] = read_file(p)
    assert a.title == "Grand titre"
    assert a.text == "Le groupe a annoncé un accord."


def test_html_main_text_without_scripts() -> None:
    [a] = read_file(SEEDS / "012_en_chip_supply.html")
    assert a.title == "Apple signs multiyear chip supply deal with Broadcom"
    assert "Broadcom will supply Apple" in a.text
    assert "ignore me" not in a.text and "font-family" not in a.text


def test_json_forms(tmp_path: Path) -> None:
    record = {"title": "T", "text": EN_BODY, "date": "2024-01-02", "publisher": "P"}
    single = write(tmp_path, "one.json", json.dumps(record))
    many = write(tmp_path, "many.json", json.dumps({"articles": [record, record | {"title": "U"}]}))
    listed = write(tmp_path, "list.json", json.dumps([record]))
    lines = write(
        tmp_path, "l.jsonl", json.dumps(record) + "\n\n" + json.dumps(record | {"id": "x"})
    )
    assert [a.title for a in read_file(single)] == ["T"]
    assert [a.title for a in read_file(many)] == ["T", "U"]
    assert len(read_file(listed)) == 1
    assert [a.id for a in read_file(lines)] == [None, "x"]


def test_directories_are_walked_in_order_skipping_sidecars_and_hidden(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", EN_BODY)
    write(tmp_path, "a.txt", EN_BODY)
    write(tmp_path, "a.meta.json", "{}")
    write(tmp_path, ".hidden.txt", EN_BODY)
    write(tmp_path, "notes.pdf", "x")
    assert [p.name for p in iter_files([tmp_path])] == ["a.txt", "b.txt"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", "", "empty"),
        ("blank.txt", "  \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.txt", "Société Générale a annoncé".encode("latin-1"), "UTF-8"),
        ("bad.json", '{"text": "x",', "malformed JSON"),
        ("bad.jsonl", '{"text": "ok"}\n{"text": ', "line 2"),
        ("notext.json", '{"title": "no text"}', "'text'"),
        ("wrongtype.json", '{"text": 42}', "'text'"),
        ("scalar.json", "[1, 2]", "JSON object"),
        ("only-header.txt", "Title: x\nDate: 2024-01-01\n\n", "no text"),
        ("bad-date.txt", "Date: not a date at all\n\n" + EN_BODY, "date"),
        ("page.html", "<html><body><script>x()</script></body></html>", "no article text"),
    ],
)
def test_bad_files_get_a_clear_reason(
    tmp_path: Path, name: str, content: str | bytes, reason: str
) -> None:
    with pytest.raises(InputError, match=reason):
        read_file(write(tmp_path, name, content))


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    p = write(tmp_path, "big.txt", "x" * 2048)
    with pytest.raises(InputError, match="limit"):
        read_file(p, ReadPolicy(max_bytes=1024))


def test_unsupported_suffix_and_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unsupported"):
        read_file(write(tmp_path, "a.pdf", "x"))
    with pytest.raises(InputError, match="no such file"):
        list(iter_files([tmp_path / "missing"]))


def test_headline_guess_without_header() -> None:
    a = parse_text("A short headline\nThe body of the article goes here. It is long enough.", "x")
    assert a.title == "A short headline"
    assert a.text.startswith("The body")
