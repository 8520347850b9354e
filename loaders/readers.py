"""Read articles from files: .txt, .md, .html, .json, .jsonl, and directories of them.

Every reader returns whole `Article` records or raises `InputError` naming the file and the
reason, so a bad file never produces half an article. What a reader repairs rather than
refuses (control characters in the text, a date guessed from a web page that is not
plausible) is reported through `warn`, with the file's name.

Walking a folder never leaves it: a symbolic link whose target is outside the folder given
is refused with its reason, as are dangling links and link loops (`scan_paths`).
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from loaders.language import detect_language, normalise_language
from ontology.errors import InputError
from ontology.records import Article

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
_HEADER = re.compile(r"^(Title|Date|Language|Publisher|URL|Id)\s*:\s*(.*)$", re.IGNORECASE)

log = logging.getLogger(__name__)

Warn = Callable[[str], None]
"""Receives a warning about an input that was read but repaired (the message names it)."""


def log_warning(message: str) -> None:
    """The default `Warn`: the message goes to this module's logger."""
    log.warning("%s", printable(message))


@dataclass(frozen=True)
class ReadPolicy:
    """Limits applied when reading files."""

    max_bytes: int = DEFAULT_MAX_BYTES


DEFAULT_POLICY = ReadPolicy()


@dataclass(frozen=True)
class FileFailure:
    """A file that was not read or not ingested, and why (malformed, a link out of the
    folder, a loop...)."""

    path: str
    reason: str


@dataclass(frozen=True)
class FileScan:
    """The files to read under the paths given, and the entries refused on the way."""

    files: list[Path] = field(default_factory=list)
    refused: list[FileFailure] = field(default_factory=list)


def scan_paths(paths: list[Path]) -> FileScan:
    """Files to read under the given paths (directories recursively, sorted, hidden skipped).

    Inside a directory, a symbolic link is followed only when its target is inside that
    directory too; a link that leaves it, a dangling link and a link loop are `refused`
    (a link to a folder inside it is not followed: its files are read where they are). A
    path named on its own is read as given. A path that does not exist raises InputError.
    """
    scan = FileScan()
    for path in paths:
        if path.is_dir():
            found: list[Path] = []
            refused: list[FileFailure] = []
            _walk(path, path.resolve(), found, refused)
            scan.files.extend(sorted(found))
            scan.refused.extend(sorted(refused, key=lambda r: Path(r.path)))
        elif path.is_file():
            scan.files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory.")
    return scan


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """The files of `scan_paths`; refused entries are logged as warnings."""
    scan = scan_paths(paths)
    for refused in scan.refused:
        log_warning(f"{refused.path}: not read: {refused.reason}")
    yield from scan.files


def _walk(folder: Path, root: Path, found: list[Path], refused: list[FileFailure]) -> None:
    """Collect the article files under `folder` (iteratively: a deep tree needs no stack)."""
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError as exc:
            reason = f"cannot list the folder: {exc.strerror or exc}."
            refused.append(FileFailure(str(current), reason))
            continue
        for entry in entries:
            child = Path(entry.path)
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                _follow_link(child, root, found, refused)
            elif entry.is_dir(follow_symlinks=False):
                pending.append(child)
            elif entry.is_file(follow_symlinks=False) and _is_article_name(child):
                found.append(child)


def _follow_link(link: Path, root: Path, found: list[Path], refused: list[FileFailure]) -> None:
    """Accept a link to an article file inside `root`; refuse links that leave it and links
    that lead nowhere. A link out of it to another kind of file (a .pdf) is left alone, as
    the file itself would be."""
    try:
        target = link.resolve(strict=True)
    except FileNotFoundError:
        reason = f"a dangling symbolic link (to {_link_text(link)!r})."
        refused.append(FileFailure(str(link), reason))
        return
    except (RuntimeError, OSError):  # RuntimeError: Python 3.11's report of a loop
        reason = f"a symbolic link loop (through {_link_text(link)!r})."
        refused.append(FileFailure(str(link), reason))
        return
    if not target.is_relative_to(root):
        if target.is_dir() or _is_article_name(link):
            refused.append(
                FileFailure(
                    str(link),
                    f"a symbolic link to {str(target)!r}, outside {str(root)!r}; links that "
                    "leave the folder given are not followed (copy the file into it, or name "
                    "the target on the command line).",
                )
            )
        return
    if target.is_file() and _is_article_name(link):
        found.append(link)
    # a link to a folder inside root: its files are read where they are


def _link_text(link: Path) -> str:
    try:
        return os.readlink(link)
    except OSError:  # removed meanwhile
        return "?"


def _is_article_name(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not is_sidecar(path)


def is_sidecar(path: Path) -> bool:
    """True for a metadata sidecar (`NAME.meta.json` beside `NAME.txt`), not an article."""
    return path.name.lower().endswith(SIDECAR_SUFFIX)


def sidecar_of(path: Path) -> Path:
    """Where the metadata sidecar of an article file would be."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def read_file(
    path: Path, policy: ReadPolicy = DEFAULT_POLICY, warn: Warn = log_warning
) -> list[Article]:
    """The articles in one file; InputError with the reason when the file is unusable.

    A text, Markdown or HTML file may have a sidecar `NAME.meta.json` with `title`, `date`,
    `language`, `publisher`, `url`, `id`; its values win over the file's own header. A
    sidecar that is a symbolic link is refused (it could lead out of the folder).
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
        return parse_json_records(text, path.name, lines=suffix == ".jsonl", warn=warn)
    if suffix in (".html", ".htm"):
        article = parse_html(text, path.name, warn=warn)
    else:
        article = parse_text(text, path.name, markdown=suffix in (".md", ".markdown"), warn=warn)
    sidecar = sidecar_of(path)
    if sidecar.is_symlink():
        raise InputError(
            f"{sidecar}: the metadata sidecar is a symbolic link, which is not followed; "
            "copy the file in its place."
        )
    if sidecar.is_file():
        article = _apply_sidecar(article, sidecar, warn)
    return [article]


def _apply_sidecar(article: Article, sidecar: Path, warn: Warn) -> Article:
    meta = load_json(decode(sidecar.read_bytes(), str(sidecar)), str(sidecar))
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
        warn=warn,
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


def parse_text(
    text: str, source: str, *, markdown: bool = False, warn: Warn = log_warning
) -> Article:
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
        warn=warn,
    )


def parse_html(html: str, source: str, *, warn: Warn = log_warning) -> Article:
    """The main text and metadata of an HTML page (trafilatura; scripts and markup dropped).

    The date is read only from the page's markup (meta tags, `<time>`, structured data),
    never guessed from numbers in its text or its inline images (htmldate's extensive
    search), and a date outside the plausible range is dropped with a warning.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": _latest_date().isoformat(),
        },
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError(f"{source}: no article text found in the HTML page.")
    found_date = getattr(doc, "date", None)
    try:
        parse_date(found_date, source)
    except InputError as exc:
        warn(f"{exc} The page's date is left out.")
        found_date = None
    return make_article(
        body,
        source=source,
        title=getattr(doc, "title", None),
        date_text=found_date,
        language=getattr(doc, "language", None),
        publisher=getattr(doc, "sitename", None),
        url=getattr(doc, "url", None),
        warn=warn,
    )


def parse_json_records(
    text: str, source: str, *, lines: bool, warn: Warn = log_warning
) -> list[Article]:
    """Articles from JSON (an object, a list, or {"articles": [...]}) or JSON Lines."""
    records: list[Any] = []
    if lines:
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                records.append(load_json(line, f"{source} line {n}"))
    else:
        data = load_json(text, source)
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            records = data["articles"]
        elif isinstance(data, list):
            records = data
        else:
            records = [data]
    if not records:
        raise InputError(f"{source}: no records found.")
    return [article_from_record(r, f"{source}#{n}", warn) for n, r in enumerate(records, 1)]


def article_from_record(record: Any, source: str, warn: Warn = log_warning) -> Article:
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
        warn=warn,
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
    warn: Warn = log_warning,
) -> Article:
    """A validated Article; detects the language when not given or not fr/en.

    Characters that XML 1.0 forbids (control characters other than tab, newline and
    carriage return; lone surrogates; U+FFFE, U+FFFF) are replaced by spaces in every field,
    with a warning, so that every export and query-result format stays well-formed.
    """
    fixed: dict[str, int] = {}
    body = _clean(body, "text", fixed)
    values = {
        name: _clean(value, name, fixed) if value is not None else None
        for name, value in (
            ("title", title),
            ("publisher", publisher),
            ("url", url),
            ("id", article_id),
            ("file name", source),
        )
    }
    if fixed:
        where = ", ".join(f"{n} in the {name}" for name, n in fixed.items())
        warn(f"{source}: control characters replaced with spaces ({where}).")
    body = body.replace("\r\n", "\n").strip()
    if not body:
        raise InputError(f"{source}: the article has no text.")
    lang = normalise_language(language) or detect_language(body)
    return Article(
        text=body,
        title=(values["title"] or "").strip() or None,
        date=parse_date(date_text, source),
        language=lang,
        publisher=(values["publisher"] or "").strip() or None,
        url=(values["url"] or "").strip() or None,
        source=values["file name"],
        id=(values["id"] or "").strip() or None,
    )


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
"""Characters an XML 1.0 document cannot contain, even escaped."""


def _clean(value: str, name: str, fixed: dict[str, int]) -> str:
    cleaned, count = _NOT_XML.subn(" ", value)
    if count:
        fixed[name] = count
    return cleaned


_PRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Characters that move the cursor, colour a terminal or reorder text when printed."""


def printable(text: str) -> str:
    """`text` with control characters escaped (\\x1b, \\u202e), safe to print on a terminal.

    >>> printable("bad\\x1b[31mname.txt")
    'bad\\\\x1b[31mname.txt'
    """
    return _PRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


EARLIEST_DATE = date(1900, 1, 1)
"""Dates before this are refused as implausible for a news article."""
DAYS_AHEAD = 2
"""Dates up to this many days after today are accepted (time zones, embargoed releases)."""
MAX_DATE_CHARS = 64
"""A date value longer than this is refused without parsing it."""
_DATEPARSER_SETTINGS = {
    # absolute dates only: no timestamps ("1111111111"), no "yesterday" resolved against
    # today, and day, month and year all present ("March 2025" would invent the day)
    "PARSERS": ["custom-formats", "absolute-time"],
    "STRICT_PARSING": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
}


def _latest_date() -> date:
    return date.today() + timedelta(days=DAYS_AHEAD)


def parse_date(value: str | None, source: str | None = None) -> date | None:
    """The date a whole value states (ISO 8601, or a French or English date with day, month
    and year), within 1900-01-01 .. today + 2 days; None if absent.

    Raises InputError naming `source` for anything else: the value is never truncated,
    completed or resolved against today.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    if len(value) > MAX_DATE_CHARS:
        raise InputError(
            f"{source}: cannot read the date {value[:20]!r}... ({len(value)} characters); "
            "use YYYY-MM-DD."
        )
    shown = repr(value)
    try:
        found = datetime.fromisoformat(value).date()
    except ValueError:
        import dateparser

        parsed = dateparser.parse(value, languages=["fr", "en"], settings=_DATEPARSER_SETTINGS)
        if parsed is None:
            raise InputError(
                f"{source}: cannot read the date {shown} (a whole date with day, month and "
                "year is needed); use YYYY-MM-DD."
            ) from None
        found = parsed.date()
    latest = _latest_date()
    if not EARLIEST_DATE <= found <= latest:
        raise InputError(
            f"{source}: the date {shown} ({found.isoformat()}) is outside the plausible range "
            f"{EARLIEST_DATE.isoformat()} to {latest.isoformat()}; give the publication date "
            "as YYYY-MM-DD."
        )
    return found


def load_json(text: str | bytes, source: str) -> Any:
    """Parsed JSON; InputError naming `source` when it is malformed or nested too deeply."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{source}: malformed JSON at line {exc.lineno} column {exc.colno}: {exc.msg}."
        ) from None
    except RecursionError:
        raise InputError(
            f"{source}: unreadable JSON: arrays or objects nested too deeply (over about "
            f"{sys.getrecursionlimit()} levels); flatten the records."
        ) from None
    except ValueError as exc:  # not UTF-8 bytes, a number of over 4,300 digits
        raise InputError(f"{source}: unreadable JSON: {exc}.") from None


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
