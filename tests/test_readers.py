"""Readers: every supported format, metadata, language detection, and bad input."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from loaders.readers import ReadPolicy, iter_files, parse_text, read_file, scan_paths
from ontology.errors import InputError
from tests.conftest import SEED_ARTICLE, SEEDS

FR_BODY = "Le groupe Airbus a annoncé mardi une prise de participation dans une start-up."
EN_BODY = "Microsoft said on Tuesday it would invest in the start-up, according to a filing."


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    tmp_path.mkdir(parents=True, exist_ok=True)
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


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.json", "[" * 100_000),
        ("deep.jsonl", '{"text": "ok"}\n{"text": ' + "[" * 100_000 + "\n"),
        ("deep-object.json", '{"a": ' * 50_000),
    ],
)
def test_json_nested_too_deeply_is_refused_with_its_reason(
    tmp_path: Path, name: str, content: str
) -> None:
    with pytest.raises(InputError, match="nested too deeply"):
        read_file(write(tmp_path, name, content))


@pytest.mark.parametrize(
    "value",
    [
        "1" * 5000,  # was stored as 1111-11-11 (its first ten characters)
        "2025-01-01T99:99 garbage",  # was 2025-01-01 (its first ten characters)
        "1111-11-11",
        "2999-01-01",
        "1111111111",  # a Unix timestamp to dateparser
        "March 2025",  # the day would be invented (today's)
        "2025",
        "yesterday",  # resolved against the day of the ingest
        "il y a 3 jours",
        "not a date at all",
    ],
)
def test_a_date_that_is_not_a_whole_plausible_date_refuses_the_file(
    tmp_path: Path, value: str
) -> None:
    with pytest.raises(InputError, match=r"d\.txt: .*date"):
        read_file(write(tmp_path, "d.txt", f"Date: {value}\n\n{EN_BODY}"))
    record = json.dumps({"text": EN_BODY, "date": value})
    with pytest.raises(InputError, match=r"d\.json#1: .*date"):
        read_file(write(tmp_path, "d.json", record))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-01", date(2025, 1, 1)),
        ("2025-01-01T23:30:00-05:00", date(2025, 1, 1)),
        ("2025-01-01T10:00:00Z", date(2025, 1, 1)),
        ("4 février 2025", date(2025, 2, 4)),
        ("February 4, 2025", date(2025, 2, 4)),
        ("Tue, 04 Feb 2025 10:00:00 GMT", date(2025, 2, 4)),
    ],
)
def test_whole_dates_are_read(tmp_path: Path, value: str, expected: date) -> None:
    [a] = read_file(write(tmp_path, "d.txt", f"Date: {value}\n\n{EN_BODY}"))
    assert a.date == expected


def _page(head: str, body_extra: str) -> str:
    paragraph = "<p>" + EN_BODY + " " + EN_BODY + "</p>"
    return (
        f"<html><head><title>Deal</title>{head}</head><body><article><h1>Deal</h1>"
        f"{paragraph * 3}{body_extra}</article></body></html>"
    )


def test_an_html_date_comes_from_the_markup_never_from_digits_in_the_page(
    tmp_path: Path,
) -> None:
    # an inline image whose base64 holds "1995": htmldate's text search made it 1995-01-01
    image = "iVBORw0KGgo" * 500 + "+1995/" + "AAAABJRU5ErkJggg" * 500
    undated = _page("", f'<img src="data:image/png;base64,{image}">')
    [a] = read_file(write(tmp_path, "undated.html", undated))
    assert a.date is None
    dated = _page('<meta property="article:published_time" content="2025-03-04">', "")
    [b] = read_file(write(tmp_path, "dated.html", dated))
    assert b.date == date(2025, 3, 4)


def test_control_characters_are_replaced_with_a_warning_naming_the_file(tmp_path: Path) -> None:
    text = (
        "Title: Deal\x0b One\nPublisher: Wire\x01\n\nAcme\x01 Corp\x1f said\x0c it would invest.\n"
    )
    warnings: list[str] = []
    [a] = read_file(write(tmp_path, "ctl\x02.txt", text), warn=warnings.append)
    assert a.text == "Acme  Corp  said  it would invest."
    assert (a.title, a.publisher, a.source) == ("Deal  One", "Wire", "ctl .txt")
    [warning] = warnings
    assert warning.startswith("ctl\x02.txt: control characters replaced with spaces")
    assert "3 in the text" in warning and "1 in the title" in warning
    assert "1 in the file name" in warning
    records = json.dumps({"text": "Acme\u0000 Corp\ud800 said\ufffe so.", "title": "T\x1b[0m"})
    [r] = read_file(write(tmp_path, "ctl.json", records), warn=warnings.append)
    assert (r.text, r.title) == ("Acme  Corp  said  so.", "T [0m")


def test_links_that_leave_the_folder_are_refused_with_their_reason(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / ".store").mkdir()
    write(folder / "sub", "a.txt", EN_BODY)
    write(folder / ".store", "kept.txt", FR_BODY)
    outside = write(tmp_path, "outside.txt", EN_BODY)
    (folder / "inside.txt").symlink_to(folder / ".store" / "kept.txt")
    (folder / "out.txt").symlink_to(outside)
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "etc").symlink_to("/etc")
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "sub" / "up").symlink_to("..")  # inside: not followed, its files are read anyway
    scan = scan_paths([folder])
    assert [p.relative_to(folder).as_posix() for p in scan.files] == ["inside.txt", "sub/a.txt"]
    refused = {Path(r.path).name: r.reason for r in scan.refused}
    assert sorted(refused) == ["dangling.txt", "etc", "loop.txt", "out.txt", "passwd.txt"]
    assert "outside" in refused["passwd.txt"] and "/etc/passwd" in refused["passwd.txt"]
    assert "outside" in refused["etc"] and "outside" in refused["out.txt"]
    assert "dangling" in refused["dangling.txt"] and "loop" in refused["loop.txt"]
    # a file named on its own is read as given, even through a link
    assert scan_paths([folder / "out.txt"]).files == [folder / "out.txt"]


def test_a_sidecar_that_is_a_link_is_refused(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", EN_BODY)
    (tmp_path / "a.meta.json").symlink_to(write(tmp_path / "elsewhere", "m.json", "{}"))
    with pytest.raises(InputError, match="symbolic link"):
        read_file(p)
