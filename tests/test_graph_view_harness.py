"""Helpers for the graph view's browser tests and benchmark (no tests in here).

- `ikg_server(data_dir)`: the real `ikg serve` in a subprocess on a free port.
- `chromium()`: Debian's /usr/bin/chromium driven by Playwright (never a downloaded browser).
- `PageWatch`: collects console errors, page errors and dialogs of a page.
- `fixture_extractions()`: a small hand-made graph with every edge style (planned, denied,
  disputed, rumoured), dates, amounts, a path, and hostile names.
- `synthetic_extractions(n_entities, n_relationships)`: a large, hub-heavy graph for the bench.
- `write_extractions(data_dir, ...)`: store extractions where `ikg serve --data-dir` reads them;
  `serving_extractions(data_dir, ...)`: that, then `ikg_server` over it.
"""

from __future__ import annotations

import random
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import NAME_PREFIXES, NAME_SUFFIXES
from graph.store import open_store
from loaders.ingest import store_extraction
from ontology.iris import Iris, slugify
from ontology.records import (
    Amount,
    Article,
    Entity,
    EntityType,
    Extraction,
    Relation,
    RelationType,
    Status,
)
from tests import conftest
from tests.test_api_support import serving

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
"""Flags for Chromium on this closed network (no background connections, no sandbox as root)."""

HOSTILE_COMPANY = '<script>alert("owned")</script> & "Quote" Co'
HOSTILE_PERSON = "<img src=x onerror=alert(1)> O'Brien"


def run_ikg(*args: str, data_dir: Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run `ikg --data-dir DATA_DIR ARGS...` as a user would; raise with stderr on failure."""
    return conftest.run_ikg(*args, data_dir=data_dir, timeout=timeout, check=True)


@contextmanager
def ikg_server(data_dir: Path, *, port: int | None = None) -> Iterator[str]:
    """Serve `data_dir` with `ikg serve` on `port` (default: a free one); yield its base URL;
    stop it after (`tests.test_api_support.serving`)."""
    with serving(data_dir, port=port) as live:
        yield live.url


BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's chromium: bash scripts/test-prerequisites.sh installs it",
    ),
]
"""The marks of a module of browser tests (`pytestmark = BROWSER_MARKS`)."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """A headless Chromium for the module's tests (import this fixture to use it)."""
    pytest.importorskip("playwright")
    with chromium() as b:
        yield b


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium browser (a Playwright `Browser`)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class PageWatch:
    """What went wrong in a page: console errors, uncaught exceptions, dialogs opened."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> PageWatch:
        """Start watching `page` (dialogs are recorded and dismissed)."""

        def on_console(msg: Any) -> None:
            if msg.type == "error":
                self.errors.append(f"console: {msg.text} @ {msg.location}")
            elif msg.type == "warning":
                self.warnings.append(msg.text)

        def on_dialog(dialog: Any) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("console", on_console)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("dialog", on_dialog)
        return self


def write_extractions(
    data_dir: Path, extractions: Iterable[Extraction], iris: Iris | None = None
) -> int:
    """Write extractions into the store of `data_dir` (as `ikg ingest` would); return the count."""
    store = open_store(f"oxigraph:{data_dir / 'store'}")
    count = 0
    try:
        for extraction in extractions:
            store_extraction(store, extraction, iris or Iris())
            count += 1
    finally:
        store.close()
    return count


@contextmanager
def serving_extractions(data_dir: Path, extractions: Iterable[Extraction]) -> Iterator[str]:
    """Write `extractions` into `data_dir`, serve it (`ikg_server`); yield its base URL."""
    write_extractions(data_dir, extractions)
    with ikg_server(data_dir) as base:
        yield base


# ---------------------------------------------------------------- hand-made graph


def _ent(name: str, etype: EntityType = EntityType.COMPANY, *aliases: str) -> Entity:
    return Entity(id=slugify(name), name=name, type=etype, aliases=aliases)


def _article(
    key: str,
    when: date,
    publisher: str,
    title: str,
    claims: list[tuple[Entity, RelationType, Entity, str, Status, dict[str, Any]]],
) -> Extraction:
    """An article whose text is the evidence sentences of its claims, with exact offsets."""
    text = ""
    relations = []
    entities: dict[str, Entity] = {}
    for source, rtype, target, sentence, status, extra in claims:
        start = len(text)
        text += sentence + " "
        relations.append(
            Relation(
                type=rtype,
                source=source.id,
                target=target.id,
                evidence=sentence,
                start=start,
                end=start + len(sentence),
                status=status,
                **extra,
            )
        )
        entities[source.id] = source
        entities[target.id] = target
        if (attributed := extra.get("attributed_to")) and attributed not in entities:
            entities[attributed] = _ent(attributed.replace("-", " ").title(), EntityType.PUBLISHER)
    article = Article(
        text=text.strip(),
        title=title,
        date=when,
        language="en",
        publisher=publisher,
        url=f"https://news.example.org/{key}",
        id=key,
    )
    return Extraction(
        article=article,
        language="en",
        entities=tuple(entities.values()),
        relations=tuple(relations),
    )


def fixture_extractions() -> list[Extraction]:
    """A small graph exercising every way an edge can look, with hostile names."""
    nvidia = _ent("Nvidia", EntityType.COMPANY, "NVIDIA Corporation", "NVDA")
    openai = _ent("OpenAI")
    microsoft = _ent("Microsoft")
    anthropic = _ent("Anthropic")
    amazon = _ent("Amazon", EntityType.COMPANY, "Amazon.com")
    acme = _ent("Acme Robotics")
    globex = _ent("Globex")
    initech = _ent("Initech")
    umbrella = _ent("Umbrella Corp")
    huang = _ent("Jensen Huang", EntityType.PERSON, "Huang")
    wsj = _ent("Wall Street Journal", EntityType.PUBLISHER, "WSJ")
    hostile = _ent(HOSTILE_COMPANY)
    hostile_person = _ent(HOSTILE_PERSON, EntityType.PERSON)
    r = RelationType
    s = Status
    return [
        _article(
            "nvidia-openai-plan",
            date(2025, 9, 22),
            "Test Wire",
            "Nvidia to invest in OpenAI",
            [
                (
                    nvidia,
                    r.INVESTS_IN,
                    openai,
                    "Nvidia plans to invest up to $100 billion in OpenAI, the two companies said.",
                    s.PLANNED,
                    {"amount": Amount(100e9, "USD", "up_to")},
                ),
                (
                    huang,
                    r.EXECUTIVE_OF,
                    nvidia,
                    "Jensen Huang, the chief executive of Nvidia, called it a historic deal.",
                    s.REPORTED,
                    {"role": "CEO"},
                ),
                (
                    microsoft,
                    r.PARTNERS_WITH,
                    openai,
                    "Microsoft and OpenAI completed the renewal of their partnership.",
                    s.COMPLETED,
                    {},
                ),
            ],
        ),
        _article(
            "deal-frozen",
            date(2026, 1, 31),
            "Daily Ledger",
            "The Nvidia-OpenAI deal is frozen",
            [
                (
                    nvidia,
                    r.INVESTS_IN,
                    openai,
                    "Nvidia has no plan to invest in OpenAI for now, the Wall Street Journal"
                    " reported.",
                    s.DENIED,
                    {"attributed_to": wsj.id},
                ),
            ],
        ),
        _article(
            "anthropic-round",
            date(2025, 11, 18),
            "Test Wire",
            "Amazon backs Anthropic again",
            [
                (
                    amazon,
                    r.INVESTS_IN,
                    anthropic,
                    "Amazon completed a further $4 billion investment in Anthropic.",
                    s.COMPLETED,
                    {"amount": Amount(4e9, "USD")},
                ),
                (
                    anthropic,
                    r.COMPETES_WITH,
                    openai,
                    "Anthropic competes with OpenAI in large language models.",
                    s.REPORTED,
                    {},
                ),
            ],
        ),
        _article(
            "acme-globex",
            date(2024, 5, 2),
            "Daily Ledger",
            "Acme eyes Globex",
            [
                (
                    acme,
                    r.ACQUIRES,
                    globex,
                    "Acme Robotics is rumoured to be weighing a bid for Globex.",
                    s.RUMOURED,
                    {},
                ),
            ],
        ),
        _article(
            "initech-denial",
            date(2023, 3, 14),
            "Test Wire",
            "Initech denies Umbrella contract",
            [
                (
                    initech,
                    r.SUPPLIES,
                    umbrella,
                    "Initech denied that it supplies chips to Umbrella Corp.",
                    s.DENIED,
                    {},
                ),
            ],
        ),
        _article(
            "hostile",
            date(2025, 6, 1),
            "Test Wire",
            "<b>Hostile</b> headline & more",
            [
                (
                    hostile,
                    r.SUPPLIES,
                    openai,
                    f"{HOSTILE_COMPANY} supplies servers to OpenAI.",
                    s.ANNOUNCED,
                    {},
                ),
                (
                    hostile_person,
                    r.EXECUTIVE_OF,
                    hostile,
                    f"{HOSTILE_PERSON} runs {HOSTILE_COMPANY}.",
                    s.REPORTED,
                    {"role": "<i>CEO</i>"},
                ),
            ],
        ),
    ]


# ---------------------------------------------------------------- synthetic graph

_FIRST = ["Alice", "Bruno", "Chloé", "David", "Elena", "Farid", "Grace", "Hugo", "Inès", "Jun"]
_LAST = ["Martin", "Bernard", "Dubois", "Smith", "Garcia", "Nakamura", "Rossi", "Novak", "Kim"]
_VERBS = {
    RelationType.INVESTS_IN: "invests in",
    RelationType.SUPPLIES: "supplies",
    RelationType.PARTNERS_WITH: "partners with",
    RelationType.COMPETES_WITH: "competes with",
    RelationType.ACQUIRES: "acquires",
    RelationType.EXECUTIVE_OF: "is an executive of",
}
_TYPE_WEIGHTS = {
    RelationType.SUPPLIES: 30,
    RelationType.PARTNERS_WITH: 20,
    RelationType.INVESTS_IN: 15,
    RelationType.COMPETES_WITH: 15,
    RelationType.EXECUTIVE_OF: 12,
    RelationType.ACQUIRES: 8,
}
_STATUS_WEIGHTS = {
    Status.REPORTED: 40,
    Status.ANNOUNCED: 20,
    Status.COMPLETED: 15,
    Status.PLANNED: 10,
    Status.RUMOURED: 6,
    Status.IN_TALKS: 4,
    Status.DENIED: 5,
}


def synthetic_entities(n: int, rng: random.Random) -> list[Entity]:
    """`n` distinct entities: mostly companies, some people, outlets and regulators."""
    out = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.12:
            etype, name = EntityType.PERSON, f"{rng.choice(_FIRST)} {rng.choice(_LAST)} {i}"
        elif roll < 0.15:
            etype, name = EntityType.PUBLISHER, f"{rng.choice(NAME_PREFIXES)} Times {i}"
        elif roll < 0.17:
            etype, name = EntityType.REGULATOR, f"{rng.choice(NAME_PREFIXES)} Authority {i}"
        else:
            stem = f"{rng.choice(NAME_PREFIXES)} {rng.choice(NAME_SUFFIXES)}"
            etype, name = EntityType.COMPANY, f"{stem} {i}"
        aliases = (name.split()[0] + f" {i}",) if rng.random() < 0.3 else ()
        out.append(_ent(name, etype, *aliases))
    return out


def synthetic_extractions(
    n_entities: int = 5000, n_relationships: int = 20000, *, seed: int = 7, per_article: int = 10
) -> Iterator[Extraction]:
    """Articles stating `n_relationships` distinct relationships among `n_entities` entities.

    Endpoints are drawn with Zipf-like weights, so a few hubs have hundreds of neighbours (the
    hard case for a graph view). About one relationship in ten is restated by a second
    article, a third of those as a denial (a disputed edge). Deterministic for a seed.
    """
    rng = random.Random(seed)
    entities = synthetic_entities(n_entities, rng)
    people = [e for e in entities if e.type is EntityType.PERSON]
    orgs = [e for e in entities if e.type is not EntityType.PERSON]
    org_weights = [1 / (rank + 10) ** 0.9 for rank in range(len(orgs))]
    types = list(_TYPE_WEIGHTS)
    statuses = list(_STATUS_WEIGHTS)
    seen: set[tuple[str, RelationType, str]] = set()
    claims: list[tuple[Entity, RelationType, Entity, Status]] = []

    def add(source: Entity, rtype: RelationType, target: Entity) -> None:
        if source.id == target.id:
            return
        key = (
            (min(source.id, target.id), rtype, max(source.id, target.id))
            if rtype in (RelationType.PARTNERS_WITH, RelationType.COMPETES_WITH)
            else (source.id, rtype, target.id)
        )
        if key in seen or len(seen) >= n_relationships:
            return
        seen.add(key)
        status = rng.choices(statuses, [_STATUS_WEIGHTS[s] for s in statuses])[0]
        claims.append((source, rtype, target, status))
        if rng.random() < 0.1:
            again = Status.DENIED if rng.random() < 0.33 else Status.REPORTED
            claims.append((source, rtype, target, again))

    for entity in entities:  # everyone is connected at least once
        if entity.type is EntityType.PERSON:
            add(entity, RelationType.EXECUTIVE_OF, rng.choices(orgs, org_weights)[0])
        else:
            add(entity, RelationType.PARTNERS_WITH, rng.choices(orgs, org_weights)[0])
    while len(seen) < n_relationships:
        rtype = rng.choices(types, [_TYPE_WEIGHTS[t] for t in types])[0]
        target = rng.choices(orgs, org_weights)[0]
        source = (
            rng.choice(people)
            if rtype is RelationType.EXECUTIVE_OF
            else rng.choices(orgs, org_weights)[0]
        )
        add(source, rtype, target)

    rng.shuffle(claims)
    outlets = [e.name for e in entities if e.type is EntityType.PUBLISHER] or ["Synthetic Wire"]
    day0 = date(2020, 1, 1)
    for k in range(0, len(claims), per_article):
        batch = claims[k : k + per_article]
        yield _article(
            f"synthetic-{k // per_article}",
            day0 + timedelta(days=rng.randrange(2200)),
            rng.choice(outlets),
            f"Industry roundup #{k // per_article}",
            [
                (
                    s,
                    t,
                    o,
                    f"{s.name} {_VERBS[t]} {o.name}, people familiar with the matter said.",
                    st,
                    {},
                )
                for s, t, o, st in batch
            ],
        )
