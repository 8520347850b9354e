"""Read articles from files: .txt, .md, .html, .json, .jsonl, and directories of them.

Every reader returns whole `Article` records or raises `InputError` naming the file and the
reason, so a bad file never produces half an article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from loaders.language import detect_language, normalise_language
from ontology.errors import InputError
from ontology.records import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_HEADER = re.compile(r"^(Title|Date|Language|Publisher|URL|Id)\s*:\s*(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class ReadPolicy:
    """Limits applied when reading files."""

    max_bytes: int = DEFAULT_MAX_BYTES


DEFAULT_POLICY = ReadPolicy()


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Files to read under the given paths (directories recursively, sorted, hidden skipped).

    A path that does not exist raises InputError.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if _is_article_file(child, path):
                    yield child
        elif path.is_file():
            yield path
        else:
            raise InputError(f"{path}: no such file or directory.")


def _is_article_file(child: Path, root: Path) -> bool:
    hidden = any(p.startswith(".") for p in child.relative_to(root).parts)
    return (
        child.is_file()
        and not hidden
        and child.suffix.lower() in SUPPORTED_SUFFIXES
        and not is_sidecar(child)
    )


def is_sidecar(path: Path) -> bool:
    """True for a metadata sidecar (`NAME.meta.json` beside `NAME.txt`), not an article."""
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_of(path: Path) -> Path:
    """Where the metadata sidecar of an article file would be."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_file(path: Path, policy: ReadPolicy = DEFAULT_POLICY) -> list[Article]:
    """The articles in one file; InputError with the reason when the file is unusable.

    A text, Markdown or HTML file may have a sidecar `NAME.meta.json` with `title`, `date`,
    `language`, `publisher`, `url`, `id`; its values win over the file's own header.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"{path}: unsupported file type {suffix or '(none)'!r}; "
            f"use one of {', '.join(SUPPORTED_SUFFIXES)}."
        )
    size = path.stat().st_size
    if size > policy.max_bytes:
        raise InputError(
            f"{path}: file is {size / 1e6:.1f} MB, over the {policy.max_bytes / 1e6:.0f} MB "
            "limit for one file; split it (one article per file or per JSONL line) or raise "
            "--max-file-mb."
        )
    text = decode(path.read_bytes(), str(path))
    if suffix in (".json", ".jsonl"):
        return parse_json_records(text, path.name, lines=suffix == ".jsonl")
    if suffix in (".html", ".htm"):
        article = parse_html(text, path.name)
    else:
        article = parse_text(text, path.name, markdown=suffix in (".md", ".markdown"))
    sidecar = sidecar_of(path)
    if sidecar.is_file():
        article = _apply_sidecar(article, sidecar)
    return [article]


def _apply_sidecar(article: Article, sidecar: Path) -> Article:
    meta = _load_json(decode(sidecar.read_bytes(), str(sidecar)), str(sidecar))
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: a metadata sidecar must be a JSON object.")
    text = article.text
    title = meta.get("title") or article.title
    if title and text.startswith(title):  # the title line repeated at the top of the body
        text = text[len(title) :].lstrip("\n")
    elif article.title and meta.get("title") and article.title != meta["title"]:
        text = f"{article.title}\n{text}"  # the guessed title was body text after all
    return make_article(
        text,
        source=article.source,
        title=title,
        date_text=meta.get("date") or (article.date.isoformat() if article.date else None),
        language=meta.get("language") or article.language,
        publisher=meta.get("publisher") or article.publisher,
        url=meta.get("url") or article.url,
        article_id=meta.get("id") or article.id,
    )


def decode(data: bytes, name: str) -> str:
    """UTF-8 text of a file's bytes; InputError for empty, binary or non-UTF-8 content."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty.")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary content (NUL bytes); expected UTF-8 text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte {exc.start}: {data[exc.start : exc.start + 1]!r}); "
            "re-encode the file as UTF-8 (for example `iconv -f latin1 -t utf-8`)."
        ) from None


def parse_text(text: str, source: str, *, markdown: bool = False) -> Article:
    """An article from text with optional `Title:/Date:/Language:/Publisher:/URL:` header lines.

    Without a header and with a first line that reads like a headline (short, no final
    period, followed by a longer body), that line becomes the title.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    meta: dict[str, str] = {}
    i = 0
    while i < len(lines) and (m := _HEADER.match(lines[i].strip())):
        meta[m.group(1).lower()] = m.group(2).strip()
        i += 1
    body = "\n".join(lines[i:]).strip("\n")
    if markdown:
        body, md_title = _strip_markdown(body)
        meta.setdefault("title", md_title or "")
    title = meta.get("title") or None
    if not meta and not markdown:
        first, _, rest = body.partition("\n")
        if rest.strip() and len(first) < 200 and not first.rstrip().endswith("."):
            title, body = first.strip(), rest.strip("\n")
    return make_article(
        body,
        source=source,
        title=title,
        date_text=meta.get("date"),
        language=meta.get("language"),
        publisher=meta.get("publisher"),
        url=meta.get("url"),
        article_id=meta.get("id"),
    )


def parse_html(html: str, source: str) -> Article:
    """The main text and metadata of an HTML page (trafilatura; scripts and markup dropped)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(f"{source}: no article text found in the HTML page.")
    return make_article(
        body,
        source=source,
        title=getattr(doc, "title", None),
        date_text=getattr(doc, "date", None),
        language=getattr(doc, "language", None),
        publisher=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
    )


def parse_json_records(text: str, source: str, *, lines: bool) -> list[Article]:
    """Articles from JSON (an object, a list, or {"articles": [...]}) or JSON Lines."""
    records: list[Any] = []
    if lines:
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                records.append(_load_json(line, f"{source} line {n}"))
    else:
        data = _load_json(text, source)
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            records = data["articles"]
        elif isinstance(data, list):
            records = data
        else:
            records = [data]
    if not records:
        raise InputError(f"{source}: no records found.")
    return [article_from_record(r, f"{source}#{n}") for n, r in enumerate(records, 1)]


def article_from_record(record: Any, source: str) -> Article:
    """An article from one JSON record with `text` and optional metadata fields."""
    if not isinstance(record, dict):
        raise InputError(f"{source}: each record must be a JSON object with a 'text' field.")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{source}: the record has no non-empty 'text' string.")
    fields = {}
    for key in ("title", "date", "language", "publisher", "url", "id"):
        value = record.get(key)
        if value is not None and not isinstance(value, str | int):
            raise InputError(f"{source}: field {key!r} must be a string.")
        fields[key] = None if value is None else str(value)
    return make_article(
        body,
        source=source,
        title=fields["title"],
        date_text=fields["date"],
        language=fields["language"],
        publisher=fields["publisher"],
        url=fields["url"],
        article_id=fields["id"],
    )


def make_article(
    body: str,
    *,
    source: str | None,
    title: str | None = None,
    date_text: str | None = None,
    language: str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    article_id: str | None = None,
) -> Article:
    """A validated Article; detects the language when not given or not fr/en."""
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise InputError(f"{source}: the article has no text.")
    lang = normalise_language(language) or detect_language(body)
    return Article(
        text=body,
        title=(title or "").strip() or None,
        date=parse_date(date_text, source),
        language=lang,
        publisher=(publisher or "").strip() or None,
        url=(url or "").strip() or None,
        source=source,
        id=(article_id or "").strip() or None,
    )


def parse_date(value: str | None, source: str | None = None) -> date | None:
    """A date from ISO text, else from French or English text via dateparser; None if absent."""
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, languages=["fr", "en"])
    if parsed is None:
        raise InputError(f"{source}: cannot read the date {value!r}; use YYYY-MM-DD.")
    result: date = parsed.date()
    return result


def _load_json(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{source}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}."
        ) from None


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_MARK = re.compile(r"(\*\*|__|`)")


def _strip_markdown(body: str) -> tuple[str, str | None]:
    """Plain text of simple Markdown, and the first heading as a title."""
    title = None
    out = []
    for line in body.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith("#"):
            heading = stripped.lstrip("#").strip()
            if title is None:
                title = heading
                continue
            line = heading
        line = _MD_LINK.sub(r"\1", line)
        out.append(_MD_MARK.sub("", line))
    return "\n".join(out).strip(), title
