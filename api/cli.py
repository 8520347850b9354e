"""The `ikg` command line: a thin layer over loaders and graph.

Errors are translated once, here: a project error prints its message and exits non-zero.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Annotated, Any, TypeVar

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from api.extraction_json import extraction_json
from api.served import RunningServer, ServerClient, running_server
from api.settings import Settings
from graph.id_migration import migrate_ids
from graph.indexed_store import IndexedStore
from graph.neo4j_client import Neo4jClient, Neo4jConfig, connection_from_settings, run_read_query
from graph.neo4j_state import SyncState
from graph.neo4j_sync import DEFAULT_BATCH_SIZE, sync_store
from graph.stats import store_stats
from graph.store import EXPORT_FORMATS, GraphStats, Store, open_store
from loaders.cluster import DaskCluster
from loaders.evaluation import evaluate, pool, render_report, render_summary, report_dict
from loaders.extractor import get_extractor
from loaders.ingest import ExtractFiles, article_iris_for, ingest_paths, remove_article
from loaders.readers import ReadPolicy, iter_files, printable, read_file, scan_paths
from ontology.errors import BackendUnavailableError, IkgError, StoreError
from ontology.iris import slugify

app = typer.Typer(
    name="ikg",
    help="industry-kg: a knowledge graph of industry relationships from French and English "
    "business news. Ingest articles, query with SPARQL or Cypher, serve the API.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
err = Console(stderr=True)
T = TypeVar("T")


class State:
    """Options shared by every command (set by the top-level callback)."""

    data_dir: Path | None = None
    store: str | None = None


@app.callback()
def _main(
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="Data directory (default: $IKG_DATA_DIR or ./data).",
            show_default=False,
        ),
    ] = None,
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            help="A SPARQL server's query endpoint to use as the store instead of the data "
            "directory's (default: $IKG_STORE_URL; see docs/remote-store.md).",
            show_default=False,
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log details.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR,
        format="%(levelname)s %(name)s: %(message)s",
    )
    State.data_dir = data_dir
    State.store = store


def settings() -> Settings:
    """Settings from the environment, with command-line options applied on top."""
    options: dict[str, object] = {} if State.data_dir is None else {"data_dir": State.data_dir}
    if State.store is not None:
        options["remote_store_url"] = State.store
    try:
        return Settings(**options)  # type: ignore[arg-type]  # options outrank the environment
    except Exception as exc:  # pydantic ValidationError: bad environment values
        raise _fail(f"Invalid configuration in the environment: {exc}") from exc


def _fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@contextmanager
def errors() -> Iterator[None]:
    """Translate project errors into a message on stderr and exit code 1."""
    try:
        yield
    except IkgError as exc:
        _fail(str(exc))


@contextmanager
def opened_store(cfg: Settings) -> Iterator[IndexedStore]:
    """The configured store, closed on exit."""
    with errors():
        store = open_store(cfg.store_url)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def reader(cfg: Settings) -> Iterator[Store | ServerClient]:
    """The store, or the server that has it open (`api.served`): reads go through it."""
    server = None
    try:
        store = open_store(cfg.store_url)
    except StoreError as exc:  # locked: by a server, or another command
        server = running_server(cfg.data_dir)
        if server is None:
            raise _fail(str(exc)) from exc
    except IkgError as exc:
        raise _fail(str(exc)) from exc
    if server is not None:
        err.print(f"the store is open in the server at {server.url}: asking it", highlight=False)
        yield ServerClient(server.url)
        return
    try:
        yield store
    finally:
        store.close()


def _progress_bar(label: str, show: bool) -> Progress:
    """The progress bar of a long command (on stderr, gone when done; hidden unless `show`)."""
    return Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=not show,
        transient=True,
    )


def _guard(fn: Callable[[], T]) -> T:
    with errors():
        return fn()
    raise AssertionError("unreachable")


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of articles.")],
    extractor: Annotated[str | None, typer.Option(help="Extractor name (default: rules).")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    max_file_mb: Annotated[
        float | None, typer.Option(help="Largest file accepted, in MB (default 10).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    cluster: Annotated[
        str | None,
        typer.Option(
            help="Read and extract on a Dask cluster: its scheduler's address "
            "(tcp://HOST:PORT, as `dask scheduler` prints it). Needs industry-kg[cluster]."
        ),
    ] = None,
) -> None:
    """Ingest articles (.txt .md .html .json .jsonl, or directories of them) into the store.

    Re-ingesting an article replaces its graph; an unchanged article writes nothing. Bad
    files are listed with their reason, the good ones all go in, and the exit code is 1.
    With --cluster, file contents are sent to the cluster's workers, which read and extract
    them; this command writes the results to the embedded store, or, with a SPARQL server as
    the store (IKG_STORE_URL), the workers write each article to it themselves.
    """
    if cluster is not None and jobs > 1:
        raise _fail("--jobs sets local processes; with --cluster the cluster's workers extract.")
    cfg = settings()
    if max_file_mb is not None:
        cfg = cfg.model_copy(update={"max_file_mb": max_file_mb})
    policy = ReadPolicy(max_bytes=cfg.max_file_bytes)
    server = _server_holding_the_store(cfg)
    if server is not None:
        if cluster is not None:
            raise _fail(
                f"The store in {cfg.data_dir} is open in the server at {server.url}; "
                "--cluster writes to the store directly: stop the server and run this again."
            )
        _ingest_through(server, cfg, paths, policy)
        return
    with (
        errors(),
        DaskCluster(cluster) if cluster is not None else nullcontext() as workers,
        opened_store(cfg) as store,
    ):
        show = not quiet and err.is_terminal
        with _progress_bar("ingest", show) as bar:
            task = bar.add_task("", total=None)

            def progress(name: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, description=printable(name))
                if not show and not quiet and (done % 100 == 0 or done == total) and total >= 100:
                    err.print(f"ingest: {done}/{total} files", highlight=False)

            report = ingest_paths(
                store,
                paths,
                iris=cfg.iris,
                extractor_name=extractor or cfg.extractor,
                policy=policy,
                jobs=jobs,
                progress=progress,
                extract=_cluster_work(workers, store, cfg),
            )
    relations = sum(a.relations for a in report.articles)
    err.print(
        f"{report.files} files, {len(report.articles)} articles: {report.written} written, "
        f"{report.unchanged} unchanged, {relations} relations extracted; "
        f"{len(report.failures)} files failed.",
        highlight=False,
        soft_wrap=True,
    )
    for warning in report.warnings:
        _print_about("[yellow]warning:[/yellow]", warning.path, warning.message)
    for failure in report.failures:
        _print_about("[red]failed:[/red]", failure.path, failure.reason)
    if not report.ok:
        raise typer.Exit(1)


def _cluster_work(workers: DaskCluster | None, store: Store, cfg: Settings) -> ExtractFiles | None:
    """What the cluster does: read and extract, and write too when the store is a server
    (each worker writes its files' articles); with the embedded store this process writes."""
    if workers is None:
        return None
    if "remote" in store.capabilities:
        return workers.writing_to(cfg.store_url, cfg.iris)
    return workers.extract_files


def _server_holding_the_store(cfg: Settings) -> RunningServer | None:
    """The running server that has the store open, if the store is locked by one."""
    try:
        store = open_store(cfg.store_url)
    except StoreError:
        return running_server(cfg.data_dir)
    except IkgError as exc:
        raise _fail(str(exc)) from exc
    store.close()
    return None


def _ingest_through(
    server: RunningServer, cfg: Settings, paths: list[Path], policy: ReadPolicy
) -> None:
    """Read the files here and POST each article to the server that holds the store."""
    if cfg.api_key is None or not cfg.api_key.get_secret_value():
        raise _fail(
            f"The store in {cfg.data_dir} is open in the server at {server.url}. Either set "
            "IKG_API_KEY to that server's key and run this again (the articles are then sent "
            f"to {server.url}/articles), or stop the server and ingest directly."
        )
    key = cfg.api_key.get_secret_value()
    client = ServerClient(server.url)
    err.print(
        f"the store is open in the server at {server.url}: sending articles to it", highlight=False
    )
    with errors():
        scan = scan_paths(paths)
    failures = [(str(r.path), r.reason) for r in scan.refused]
    articles = written = relations = 0
    for path in scan.files:
        warnings: list[str] = []
        try:
            found = read_file(path, policy, warnings.append)
            for article in found:
                answer = client.post_article(article, key)
                articles += 1
                written += bool(answer["changed"])
                relations += len(answer["relations"])
        except BackendUnavailableError as exc:  # refused key, server gone: stop here
            raise _fail(f"{exc} ({articles} articles were sent before).") from exc
        except IkgError as exc:
            failures.append((str(path), str(exc).removeprefix(f"{path}: ")))
        for warning in warnings:
            _print_about("[yellow]warning:[/yellow]", str(path), warning)
    err.print(
        f"{len(scan.files) + len(scan.refused)} files, {articles} articles sent: {written} "
        f"written, {articles - written} unchanged, {relations} relations extracted; "
        f"{len(failures)} files failed.",
        highlight=False,
        soft_wrap=True,
    )
    for path_text, reason in failures:
        _print_about("[red]failed:[/red]", path_text, reason)
    if failures:
        raise typer.Exit(1)


def _print_about(label: str, path: str, message: str) -> None:
    """One line about a file, with its name and the message escaped: no control character
    (a terminal escape, a newline) or markup in a file name reaches the terminal."""
    line = f"{printable(path)}: {printable(message)}"
    err.print(f"{label} {escape(line)}", highlight=False, soft_wrap=True)


@app.command()
def delete(
    refs: Annotated[
        list[str], typer.Argument(help="Article IRIs, or the files the articles came from.")
    ],
) -> None:
    """Delete articles: everything they contributed leaves the store (then `ikg sync`)."""
    cfg = settings()
    with opened_store(cfg) as store, errors():
        targets = article_iris_for(refs, cfg.iris, ReadPolicy(max_bytes=cfg.max_file_bytes))
        removed = [iri for iri in targets if remove_article(store, iri)]
    for iri in removed:
        err.print(f"deleted {iri}", highlight=False, soft_wrap=True)
    missing = len(targets) - len(removed)
    err.print(f"{len(removed)} articles deleted, {missing} were not stored.", highlight=False)


@app.command()
def migrate(
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Rename entity ids minted by an older ikg ('Ørsted' was 'rsted') to today's ids.

    Each article graph that holds an old id is rewritten atomically as ingesting it now would
    write it (an id that already exists merges the two entities); stopped part-way, run it
    again to finish. Nothing to rename: nothing is written. Then `ikg sync` replaces the old
    nodes in Neo4j.
    """
    cfg = settings()
    with opened_store(cfg) as store, errors():
        show = not quiet and err.is_terminal
        with _progress_bar("migrate", show) as bar:
            task = bar.add_task("", total=None)
            report = migrate_ids(
                store, progress=lambda done, total: bar.update(task, completed=done, total=total)
            )
    for old, new in sorted(report.renamed.items()):
        err.print(f"renamed {old} -> {new}", highlight=False, soft_wrap=True)
    for graph, old in report.ambiguous:
        err.print(
            f"left {old} in {graph}: that article names two entities with it; "
            "ingest the article again to split them",
            highlight=False,
            soft_wrap=True,
        )
    merged = f" ({len(report.merged)} merged into an existing entity)" if report.merged else ""
    err.print(
        f"{len(report.renamed)} entity ids renamed{merged} in {report.graphs} articles; "
        "the store's ids are current.",
        highlight=False,
    )


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of articles.")],
    format: Annotated[str, typer.Option("--format", "-f", help="Output format: json.")] = "json",
    extractor: Annotated[str | None, typer.Option(help="Extractor name (default: rules).")] = None,
) -> None:
    """Print what the extractor finds in articles, without storing anything (JSON)."""
    if format != "json":
        _fail(f"Unknown format {format!r}; only 'json' is supported.")
    cfg = settings()
    policy = ReadPolicy(max_bytes=cfg.max_file_bytes)
    out: list[dict[str, Any]] = []
    failed = 0
    with errors():
        ext = get_extractor(extractor or cfg.extractor)
        for path in iter_files(paths):
            try:
                articles = read_file(path, policy)
            except IkgError as exc:
                err.print(f"[red]failed:[/red] {exc}", highlight=False)
                failed += 1
                continue
            out.extend(extraction_json(ext.extract(a)) for a in articles)
    json.dump({"articles": out}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_command(
    directories: Annotated[
        list[Path],
        typer.Argument(help="One or more directories, each with gold.json and the articles it "
                            "lists; several are scored one by one and pooled."),
    ],
    extractor: Annotated[str, typer.Option(help="Extractor name.")] = "rules",
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    min_f1: Annotated[
        float | None,
        typer.Option("--min-f1", help="Exit 1 when the (pooled) micro F1 is below this."),
    ] = None,
    details: Annotated[
        bool, typer.Option("--details", help="List false positives and negatives per article.")
    ] = False,
    scores_only: Annotated[
        bool,
        typer.Option("--scores-only", help="Counts only: one line per set and the pooled "
                                           "scores, no relation or name (for held-out sets "
                                           "nobody may read)."),
    ] = False,
) -> None:
    """Score an extractor against gold files: per-type and micro P/R/F1, per language."""
    if details and scores_only:
        _fail("--details lists relations and --scores-only hides them: use one of the two.")
    with errors():
        ext = get_extractor(extractor)
        reports = [evaluate(directory, ext) for directory in directories]
    names = [d.name for d in directories]
    labels = names if len(set(names)) == len(names) else [str(d) for d in directories]
    named = list(zip(labels, reports, strict=True))
    report = reports[0] if len(reports) == 1 else pool(reports)
    if as_json:
        data = report_dict(report, scores_only=scores_only)
        if len(reports) > 1:
            data["sets"] = {label: report_dict(r, scores_only=scores_only) for label, r in named}
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        if len(reports) > 1 or scores_only:
            sys.stdout.write(render_summary(named) + "\n\n")
        sys.stdout.write(render_report(report, verbose=details, scores_only=scores_only) + "\n")
    if min_f1 is not None and report.micro.f1 < min_f1:
        _fail(f"micro F1 {report.micro.f1:.4f} is below --min-f1 {min_f1}.")


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", "-f", help=f"One of: {', '.join(EXPORT_FORMATS)}.")
    ] = "trig",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File (default stdout).")
    ] = None,
) -> None:
    """Export the whole dataset (named graphs kept in TriG, N-Quads and JSON-LD)."""
    if format not in EXPORT_FORMATS:
        _fail(f"Unknown format {format!r}; choose one of {', '.join(EXPORT_FORMATS)}.")
    cfg = settings()
    with reader(cfg) as source, errors():
        if output is None:
            source.export(format, sys.stdout.buffer)
            sys.stdout.flush()
        else:
            tmp = output.with_name(output.name + ".part")
            with tmp.open("wb") as fh:
                source.export(format, fh)
            tmp.replace(output)
            err.print(f"wrote {output}", highlight=False)


@app.command()
def sparql(
    query: Annotated[str, typer.Argument(help="A SPARQL 1.1 query, or @FILE to read it.")],
    format: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="table, json, csv, tsv, xml; turtle/ntriples for CONSTRUCT."
        ),
    ] = "table",
) -> None:
    """Run a read-only SPARQL query over the union of all article graphs."""
    text = Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
    cfg = settings()
    with reader(cfg) as source, errors():
        if isinstance(source, ServerClient):
            _print_served_sparql(source, text, format)
        else:
            _print_sparql(source.query(text), format)


_RESULT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES}


def _print_sparql(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: str) -> None:
    if isinstance(result, ox.QueryTriples):
        data = ox.serialize(list(result), format=_GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE))
        sys.stdout.write((data or b"").decode())
        return
    if fmt in _RESULT_FORMATS:
        text = result.serialize(format=_RESULT_FORMATS[fmt]).decode()  # type: ignore[union-attr]
        # end with one newline: an empty line more would be a row of one column in TSV
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    if isinstance(result, ox.QueryBoolean):
        print("true" if bool(result) else "false")
        return
    names = [v.value for v in result.variables]
    table = Table(*names)
    count = 0
    for solution in result:
        table.add_row(*[_term_text(solution[n]) for n in names])
        count += 1
    Console().print(table)
    err.print(f"{count} rows", highlight=False)


_RESULT_MEDIA = {
    "json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "xml": "application/sparql-results+xml",
}


def _print_served_sparql(server: ServerClient, text: str, fmt: str) -> None:
    """`_print_sparql` for a query answered by a running server."""
    graph = "application/n-triples" if fmt == "ntriples" else "text/turtle"
    results = _RESULT_MEDIA.get(fmt, _RESULT_MEDIA["json"])
    media, body = server.sparql(text, f"{results}, {graph};q=0.9")
    if media != results or fmt in _RESULT_MEDIA:  # a graph, or the format asked for
        sys.stdout.write(body.decode())
        if fmt in _RESULT_MEDIA:
            sys.stdout.write("\n")
        return
    _print_sparql(ox.parse_query_results(body, ox.QueryResultsFormat.JSON), fmt)


def _term_text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode):
        return term.value
    return str(term)


@app.command()
def stats() -> None:
    """Print what the store holds: articles, entities, claims, edges by type."""
    cfg = settings()
    with reader(cfg) as source, errors():
        if isinstance(source, ServerClient):
            s = GraphStats(**{k: v for k, v in source.stats().items() if k != "version"})
        else:
            s = store_stats(source)
    table = Table("what", "count")
    for name, value in [
        ("quads", s.quads),
        ("article graphs", s.graphs),
        ("articles", s.articles),
        ("entities", s.entities),
        ("claims", s.claims),
        ("edges", s.edges),
    ]:
        table.add_row(name, str(value))
    for rel, value in s.by_type.items():
        table.add_row(f"  {rel}", str(value))
    Console().print(table)


_NEO4J_URI = typer.Option("--uri", help="Bolt URI (default: $NEO4J_URI).", show_default=False)
_NEO4J_USER = typer.Option(
    "--user", help="User (default: $NEO4J_USER or neo4j).", show_default=False
)
_NEO4J_PASSWORD = typer.Option(
    "--password", help="Password (default: $NEO4J_PASSWORD).", show_default=False
)
_NEO4J_DATABASE = typer.Option(
    "--database", help="Database (default: $NEO4J_DATABASE or neo4j).", show_default=False
)


def _neo4j_config(
    cfg: Settings, uri: str | None, user: str | None, password: str | None, database: str | None
) -> Neo4jConfig:
    """Neo4j connection from settings, with command-line options applied on top."""
    updates = {
        k: v
        for k, v in {"neo4j_uri": uri, "neo4j_user": user, "neo4j_database": database}.items()
        if v is not None
    }
    if password is not None:
        updates["neo4j_password"] = password
    return _guard(lambda: connection_from_settings(cfg.model_copy(update=updates)))


@app.command()
def sync(
    uri: Annotated[str | None, _NEO4J_URI] = None,
    user: Annotated[str | None, _NEO4J_USER] = None,
    password: Annotated[str | None, _NEO4J_PASSWORD] = None,
    database: Annotated[str | None, _NEO4J_DATABASE] = None,
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help="Compare with Neo4j's content instead of the last sync's state "
            "(repairs edits made in Neo4j by hand).",
        ),
    ] = False,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Rows per transaction.")
    ] = DEFAULT_BATCH_SIZE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Project the store into Neo4j: only what changed since the last sync is written.

    Idempotent (a second run writes nothing), deletions propagate, and a sync that failed
    half-way is completed by the next one. The store is only read.
    """
    cfg = settings()
    conn = _neo4j_config(cfg, uri, user, password, database)
    state = SyncState.under(cfg.data_dir, conn.uri, conn.database)
    with opened_store(cfg) as store, errors(), Neo4jClient(conn) as client:
        show = not quiet and err.is_terminal
        with _progress_bar("sync", show) as bar:
            task = bar.add_task("", total=None)

            def progress(phase: str, done: int, total: int) -> None:
                bar.update(task, completed=done, total=total, description=phase)

            report = sync_store(
                store, client, state, full=full, batch_size=batch_size, progress=progress
            )
    err.print(report.summary(), highlight=False, soft_wrap=True)


def _parse_params(values: list[str]) -> dict[str, Any]:
    """`key=value` pairs; a value that is valid JSON (5, true, [1,2], "5") is taken as JSON."""
    params: dict[str, Any] = {}
    for item in values:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip().isidentifier():
            _fail(f"Bad --param {item!r}: use NAME=VALUE, for example --param name=OpenAI.")
        try:
            params[key.strip()] = json.loads(raw)
        except ValueError:
            params[key.strip()] = raw
    return params


@app.command()
def cypher(
    query: Annotated[str, typer.Argument(help="A read-only Cypher query, or @FILE to read it.")],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="Query parameter NAME=VALUE, used as $NAME (repeatable; JSON "
            "values such as 5 or true are typed).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
    uri: Annotated[str | None, _NEO4J_URI] = None,
    user: Annotated[str | None, _NEO4J_USER] = None,
    password: Annotated[str | None, _NEO4J_PASSWORD] = None,
    database: Annotated[str | None, _NEO4J_DATABASE] = None,
) -> None:
    """Run a read-only Cypher query on Neo4j (writes are refused, never executed)."""
    text = Path(query[1:]).read_text(encoding="utf-8") if query.startswith("@") else query
    params = _parse_params(param or [])
    cfg = settings()
    conn = _neo4j_config(cfg, uri, user, password, database)
    with errors(), Neo4jClient(conn) as client:
        columns, rows = run_read_query(client, text, params)
    if as_json:
        json.dump({"columns": columns, "rows": rows}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    table = Table(*columns)
    for row in rows:
        table.add_row(*[_cell(row[c]) for c in columns])
    Console().print(table)
    err.print(f"{len(rows)} rows", highlight=False)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface (default 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
) -> None:
    """Serve the API (REST, SPARQL endpoint, graph view) over the store."""
    import uvicorn

    from api.app import create_app

    cfg = settings()
    updates = {k: v for k, v in {"host": host, "port": port}.items() if v is not None}
    cfg = cfg.model_copy(update=updates)
    app_log = logging.getLogger("api.app")  # its start-up warnings (a store to migrate) show
    app_log.setLevel(min(app_log.getEffectiveLevel(), logging.WARNING))
    application = _guard(lambda: create_app(cfg, announce=True))
    err.print(f"serving {cfg.data_dir} on http://{cfg.host}:{cfg.port}", highlight=False)
    uvicorn.run(application, host=cfg.host, port=cfg.port, log_level="warning")


@app.command()
def viz(
    entity: Annotated[str, typer.Argument(help="Entity id or name, e.g. openai or 'OpenAI'.")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML file (default: ENTITY_ID.html).")
    ] = None,
    depth: Annotated[int, typer.Option("--depth", "-d", min=1, max=4, help="Hops around it.")] = 1,
    limit: Annotated[int, typer.Option(min=1, max=2000, help="Most entities shown.")] = 200,
    max_edges: Annotated[
        int,
        typer.Option(
            "--max-edges",
            min=0,
            help="Most relationships drawn, the strongest first (0: all of them).",
        ),
    ] = 300,
) -> None:
    """Write a standalone HTML graph of an entity's neighbourhood, with its evidence.

    Data and the drawing library are inlined: the file opens in any browser, with no server.
    """
    from api.viz import write_standalone

    cfg = settings()
    with opened_store(cfg) as store, errors():
        target = output or Path(f"{slugify(entity)}.html")
        snap = write_standalone(
            store, cfg.iris, entity, target, depth=depth, limit=limit, max_edges=max_edges or None
        )
    drawn, total = len(snap["edges"]), snap["edges_total"]
    cut = f" (the strongest {drawn} of {total}; --max-edges 0 draws all)" if drawn < total else ""
    err.print(
        f"wrote {target}: {len(snap['nodes'])} entities and {drawn} relationships{cut} "
        f"within {depth} hop{'s' if depth > 1 else ''} of {snap['focus_name']}",
        highlight=False,
        soft_wrap=True,
    )


def main() -> None:
    """Entry point of the `ikg` script."""
    app()


if __name__ == "__main__":
    main()
