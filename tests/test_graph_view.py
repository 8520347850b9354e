"""The graph view without a browser: the page and its assets are served and packaged, the
vendored library is what the README says, and `ikg viz` writes a self-contained file."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.assets import static_dir
from api.routes import graph_view
from api.settings import Settings
from api.viz import MODULES, bundle_modules, standalone_html
from tests.test_graph_view_harness import (
    HOSTILE_COMPANY,
    ROOT,
    fixture_extractions,
    run_ikg,
    write_extractions,
)

STATIC = ROOT / "api" / "static"
CYTOSCAPE_VERSION = "3.35.0"


class _Assets(HTMLParser):
    """Collects the URLs a page loads (scripts, stylesheets, icons)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.urls.append(a["src"] or "")
        elif tag == "script" and a.get("type") != "application/json":
            self.inline_scripts += 1
        if tag == "link" and a.get("href"):
            self.urls.append(a["href"] or "")


def _assets(page: str) -> _Assets:
    parser = _Assets()
    parser.feed(page)
    return parser


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(data_dir=tmp_path / "data"))) as c:
        yield c


def test_graph_page_is_served_with_a_strict_policy(client: TestClient) -> None:
    response = client.get("/graph")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert 'id="search"' in response.text and 'role="combobox"' in response.text


def test_page_loads_only_its_own_assets_and_all_are_served(client: TestClient) -> None:
    page = client.get("/graph").text
    assets = _assets(page)
    assert assets.inline_scripts == 0, "the policy forbids inline scripts"
    assert assets.urls, "the page loads its stylesheet and scripts"
    for url in assets.urls:
        assert not re.match(r"^(https?:)?//", url), f"{url} is not served by the app"
        response = client.get("/" + url)
        assert response.status_code == 200, url
    modules = [f"/static/graph/{name}" for name in MODULES]
    for url in modules + ["/static/vendor/cytoscape/cytoscape.min.js"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "javascript" in response.headers["content-type"], url
    assert "text/css" in client.get("/static/graph/graph.css").headers["content-type"]


def test_static_route_does_not_leave_the_static_folder(client: TestClient) -> None:
    for path in ["/static/../app.py", "/static/graph/..%2f..%2fapp.py", "/static/%2e%2e/cli.py"]:
        response = client.get(path)
        assert response.status_code == 404, path
        assert "create_app" not in response.text


def test_page_scripts_use_no_cdn_or_remote_url() -> None:
    for path in (STATIC / "graph").iterdir():
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"""(src|href)=["']?(https?:)?//""", text), path.name
        assert 'fetch("http' not in text and 'import("http' not in text, path.name


def test_vendored_cytoscape_matches_its_notes() -> None:
    library = STATIC / "vendor" / "cytoscape" / "cytoscape.min.js"
    notes = (STATIC / "vendor" / "README.md").read_text(encoding="utf-8")
    license_text = (STATIC / "vendor" / "cytoscape" / "LICENSE").read_text(encoding="utf-8")
    assert "Permission is hereby granted, free of charge" in license_text  # MIT
    assert f'"{CYTOSCAPE_VERSION}"' in library.read_text(encoding="utf-8")
    assert f"| {CYTOSCAPE_VERSION} |" in notes
    assert hashlib.sha256(library.read_bytes()).hexdigest() in notes


def test_static_files_are_found_through_the_package() -> None:
    folder = static_dir()
    for parts in [
        ("graph", "index.html"),
        ("graph", "main.js"),
        ("vendor", "cytoscape", "cytoscape.min.js"),
        ("vendor", "cytoscape", "LICENSE"),
    ]:
        assert folder.joinpath(*parts).is_file(), parts
    assert "<title>" in graph_view.page_html()


@pytest.mark.slow
def test_wheel_ships_the_static_files(tmp_path: Path) -> None:
    """Build a wheel, install it elsewhere, and serve the page from the installed copy."""
    src = tmp_path / "src"
    src.mkdir()
    for name in ["api", "graph", "ontology", "loaders"]:
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ["pyproject.toml", "README.md"]:
        if (ROOT / name).exists():
            shutil.copy(ROOT / name, src / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "-w", str(tmp_path), str(src)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    wheel = next(tmp_path.glob("industry_kg-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in [
        "api/static/graph/index.html",
        "api/static/graph/main.js",
        "api/static/vendor/cytoscape/cytoscape.min.js",
        "api/static/vendor/cytoscape/LICENSE",
    ]:
        assert required in names, required
    site = tmp_path / "site"
    subprocess.run(
        [*pip, "install", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
    )
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]); import api\n"
        "assert api.__file__.startswith(sys.argv[1]), api.__file__\n"
        "from fastapi.testclient import TestClient\n"
        "from api.app import create_app\nfrom api.settings import Settings\n"
        "with TestClient(create_app(Settings(data_dir=sys.argv[2]))) as c:\n"
        "    assert c.get('/graph').status_code == 200\n"
        "    r = c.get('/static/vendor/cytoscape/cytoscape.min.js')\n"
        "    assert r.status_code == 200 and len(r.content) > 100000\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(site), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert done.stdout.strip() == "ok", done.stderr


def test_modules_bundle_in_dependency_order() -> None:
    seen: set[str] = set()
    for name in MODULES:
        text = (STATIC / "graph" / name).read_text(encoding="utf-8")
        imported = re.findall(r'^import .* from "\./([a-z]+\.js)";$', text, re.MULTILINE)
        assert set(imported) <= seen, f"{name} imports a module bundled after it"
        seen.add(name)
    assert seen == {p.name for p in (STATIC / "graph").glob("*.js")}
    bundle = bundle_modules()
    assert "\nimport " not in bundle and "\nexport " not in bundle
    if shutil.which("node"):
        script = Path(str(ROOT / "artifacts")) / "graph-view-bundle.mjs"
        script.parent.mkdir(exist_ok=True)
        script.write_text(bundle, encoding="utf-8")
        check = subprocess.run(["node", "--check", str(script)], capture_output=True, text=True)
        assert check.returncode == 0, check.stderr


def test_standalone_html_inlines_everything_and_escapes_data() -> None:
    snapshot = {
        "focus": "x",
        "focus_name": "</title><script>alert(1)</script>",
        "depth": 1,
        "nodes": [
            {
                "iri": "i",
                "id": "x",
                "name": "</script><script>alert(2)</script>",
                "type": "Company",
                "degree": 0,
            }
        ],
        "edges": [],
        "entities": {},
        "relationships": {},
    }
    page = standalone_html(snapshot)
    assets = _assets(page)
    assert [u for u in assets.urls if not u.startswith("data:")] == []
    assert assets.inline_scripts == 2  # cytoscape.js and the page's modules
    assert "alert(1)</script>" not in page and "alert(2)" not in page.split("ikg-snapshot")[0]
    assert "</script><script>alert(2)" not in page
    data = re.search(r'id="ikg-snapshot">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    assert json.loads(data.group(1))["nodes"][0]["name"] == snapshot["nodes"][0]["name"]
    assert "Content-Security-Policy" in page and "connect-src" not in page  # default-src 'none'


def test_ikg_viz_writes_a_standalone_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    write_extractions(data_dir, fixture_extractions())
    out = tmp_path / "openai.html"
    done = run_ikg("viz", "OpenAI", "--depth", "2", "-o", str(out), data_dir=data_dir)
    assert "wrote" in done.stderr and "OpenAI" in done.stderr
    page = out.read_text(encoding="utf-8")
    data = re.search(r'id="ikg-snapshot">(.*?)</script>', page, re.DOTALL)
    assert data is not None
    snapshot = json.loads(data.group(1))
    assert snapshot["focus"] == "openai" and snapshot["depth"] == 2
    ids = {n["id"] for n in snapshot["nodes"]}
    assert {"openai", "nvidia", "anthropic", "amazon"} <= ids
    rel = snapshot["relationships"]["nvidia|INVESTS_IN|openai"]
    assert {p["status"] for p in rel["provenance"]} == {"planned", "denied"}
    assert any("Nvidia plans to invest" in p["evidence"] for p in rel["provenance"])
    assert HOSTILE_COMPANY not in page  # present only JSON-escaped
    assert any(n["name"] == HOSTILE_COMPANY for n in snapshot["nodes"])


def test_ikg_viz_draws_the_strongest_relationships_and_says_how_many_were_left_out(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    run_ikg("ingest", str(ROOT / "seeds"), data_dir=data_dir)  # Nvidia's relationships loop

    def snapshot_of(*args: str) -> tuple[dict[str, Any], str]:
        out = tmp_path / "v.html"
        done = run_ikg("viz", "Nvidia", "--depth", "2", "-o", str(out), *args, data_dir=data_dir)
        found = re.search(r'id="ikg-snapshot">(.*?)</script>', out.read_text("utf-8"), re.DOTALL)
        assert found is not None
        return json.loads(found.group(1)), done.stderr

    whole, said = snapshot_of("--max-edges", "0")
    assert len(whole["edges"]) == whole["edges_total"] > 3 and "strongest" not in said
    # at the lowest cap, only the links that keep every entity attached to the focus
    cut, said = snapshot_of("--max-edges", "1")
    drawn = len(cut["edges"])
    assert drawn == len(cut["nodes"]) - 1 < whole["edges_total"] == cut["edges_total"]
    assert {n["id"] for n in cut["nodes"]} == {
        end for e in cut["edges"] for end in (e["source"], e["target"])
    }
    assert f"the strongest {drawn} of {whole['edges_total']}" in said
    keys = {f"{e['source']}|{e['type']}|{e['target']}" for e in cut["edges"]}
    assert set(cut["relationships"]) == keys  # provenance only for what is drawn
    assert {(e["source"], e["target"]) for e in cut["edges"]} <= {
        (e["source"], e["target"]) for e in whole["edges"]
    }


def test_ikg_viz_unknown_entity_fails_clearly(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    write_extractions(data_dir, fixture_extractions())
    with pytest.raises(AssertionError, match="No entity"):
        run_ikg("viz", "zzzz-nobody", "-o", str(tmp_path / "x.html"), data_dir=data_dir)
    assert not (tmp_path / "x.html").exists()
