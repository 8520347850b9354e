"""The REST resources over controlled data (see tests/test_api_support.py)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

pytest_plugins = ["tests.test_api_support"]

BASE = "https://industry-kg.org/id/"


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def ids(items: list[dict[str, Any]]) -> list[str]:
    return [i["id"] for i in items]


# ---- entities ----


def test_search_ranks_exact_and_prefix_first_and_folds_case_and_accents(
    api_client: TestClient,
) -> None:
    page = get(api_client, "/entities?q=nvidia")
    assert page["items"][0]["id"] == "nvidia" and page["items"][0]["score"] == 1.0
    assert set(page) == {"items", "total", "limit", "offset"}
    first = page["items"][0]
    assert first["iri"] == BASE + "entity/nvidia" and first["type"] == "Company"
    assert "NVIDIA Corporation" in first["aliases"]
    assert ids(get(api_client, "/entities?q=SOCIETE gen")["items"])[0] == "societe-generale"
    assert ids(get(api_client, "/entities?q=Société Générale")["items"])[0] == "societe-generale"
    assert ids(get(api_client, "/entities?q=socgen")["items"]) == ["societe-generale"]  # alias
    assert ids(get(api_client, "/entities?q=WSJ")["items"]) == ["wall-street-journal"]
    assert "openai" in ids(get(api_client, "/entities?q=opnai")["items"])  # fuzzy
    prefix = get(api_client, "/entities?q=m")["items"]
    assert ids(prefix)[:2] == ["microsoft", "mistral-ai"]  # prefix, then most connected


def test_search_type_filter_and_pagination(api_client: TestClient) -> None:
    people = get(api_client, "/entities?type=Person&limit=50")
    assert {i["type"] for i in people["items"]} == {"Person"}
    assert "jensen-huang" in ids(people["items"])
    pubs = ids(get(api_client, "/entities?type=Publisher&limit=50")["items"])
    assert {"cnbc", "wall-street-journal", "example-wire", "les-echos"} <= set(pubs)
    orgs = get(api_client, "/entities?type=Organization&limit=500")
    assert "nvidia" in ids(orgs["items"]) and "cnbc" in ids(orgs["items"])
    everything = get(api_client, "/entities?limit=500")
    page = get(api_client, "/entities?limit=3&offset=2")
    assert page["total"] == everything["total"] and page["limit"] == 3 and page["offset"] == 2
    assert ids(page["items"]) == ids(everything["items"])[2:5]
    assert get(api_client, "/entities?type=Robot", 422)["error"]["status"] == 422


def test_entity_detail(api_client: TestClient) -> None:
    e = get(api_client, "/entities/nvidia")
    assert e == {
        "iri": BASE + "entity/nvidia",
        "id": "nvidia",
        "name": "Nvidia",
        "type": "Company",
        "types": ["Company"],
        "aliases": ["NVDA", "NVIDIA Corporation"],
        "identifiers": {"ticker": "NVDA"},
        "degree": 5,
        "articles": 2,
    }
    missing = get(api_client, "/entities/nobody", 404)
    assert missing["error"]["code"] == "not_found" and "/entities?q=" in missing["error"]["message"]


def test_customers_and_suppliers_are_one_call_each(api_client: TestClient) -> None:
    customers = get(api_client, "/entities/nvidia/relationships?type=SUPPLIES&direction=out")
    assert [r["target"] for r in customers["items"]] == ["openai"]
    suppliers = get(api_client, "/entities/openai/relationships?type=SUPPLIES&direction=in")
    assert sorted(r["source"] for r in suppliers["items"]) == [
        "acme-drop-all",
        "microsoft",
        "nvidia",
    ]
    # CUSTOMER_OF is the reverse reading of SUPPLIES
    via_customer_of = get(
        api_client, "/entities/openai/relationships?type=CUSTOMER_OF&direction=out"
    )
    assert ids(via_customer_of["items"]) == ids(suppliers["items"])
    nvidia_customers = get(
        api_client, "/entities/nvidia/relationships?type=CUSTOMER_OF&direction=in"
    )
    assert ids(nvidia_customers["items"]) == ids(customers["items"])
    assert {r["direction"] for r in suppliers["items"]} == {"in"}


def test_relationship_items_carry_edge_fields_and_provenance(api_client: TestClient) -> None:
    rels = get(api_client, "/entities/nvidia/relationships?type=INVESTS_IN")["items"]
    assert len(rels) == 1
    r = rels[0]
    assert r["id"] == "nvidia|INVESTS_IN|openai"
    assert (r["source"], r["target"], r["type"], r["status"]) == (
        "nvidia",
        "openai",
        "INVESTS_IN",
        "planned",
    )
    assert r["statuses"] == ["planned"] and r["claims"] == 1 and r["articles"] == 1
    assert r["first_reported"] == r["last_reported"] == "2025-09-22"
    assert r["asserted"] is True
    assert r["outlets"] == ["CNBC", "Example Wire"]
    assert r["source_entity"] == {
        "iri": BASE + "entity/nvidia",
        "id": "nvidia",
        "name": "Nvidia",
        "type": "Company",
    }
    assert r["predicate"] == "https://industry-kg.org/ontology#investsIn"
    (p,) = r["provenance"]
    assert p["status"] == "planned"
    assert p["amount"] == {"value": 100e9, "currency": "USD", "bound": "up_to"}
    assert p["attributed_to"] == {"iri": BASE + "entity/cnbc", "id": "cnbc", "name": "CNBC"}
    assert p["article"]["title"] == "Nvidia to invest up to $100 billion in OpenAI"
    assert p["article"]["url"] == "https://example.org/nvidia-openai"
    assert p["claim"].startswith(BASE + "claim/")
    article = get(api_client, f"/articles/{p['article']['id']}")
    assert article["text"][p["start"] : p["end"]] == p["evidence"]


def test_symmetric_relationships_match_both_directions(api_client: TestClient) -> None:
    for who, other in (("openai", "microsoft"), ("microsoft", "openai")):
        for direction in ("out", "in"):
            rels = get(
                api_client,
                f"/entities/{who}/relationships?type=PARTNERS_WITH&direction={direction}",
            )["items"]
            assert [r["type"] for r in rels] == ["PARTNERS_WITH"]
            assert {rels[0]["source"], rels[0]["target"]} == {who, other}


def test_one_relationship_by_id_and_by_reverse_readings(api_client: TestClient) -> None:
    r = get(api_client, "/relationships/nvidia/SUPPLIES/openai")
    assert r["id"] == "nvidia|SUPPLIES|openai" and r["provenance"][0]["status"] == "planned"
    assert get(api_client, "/relationships/openai/CUSTOMER_OF/nvidia")["id"] == r["id"]
    assert (
        get(api_client, "/relationships/openai/PARTNERS_WITH/microsoft")["type"] == "PARTNERS_WITH"
    )
    assert (
        get(api_client, "/relationships/microsoft/PARTNERS_WITH/openai")["type"] == "PARTNERS_WITH"
    )
    get(api_client, "/relationships/openai/SUPPLIES/nvidia", 404)
    get(api_client, "/relationships/nvidia/OWNS/openai", 422)


def test_relationships_list_filters_and_paginates(api_client: TestClient) -> None:
    everything = get(api_client, "/relationships?limit=500")
    assert everything["total"] == len(everything["items"]) >= 10
    assert {"REPORTED_BY", "INVESTS_IN", "SUPPLIES"} <= {r["type"] for r in everything["items"]}
    inv = get(api_client, "/relationships?type=INVESTS_IN")
    assert sorted(r["id"] for r in inv["items"]) == [
        "nvidia|INVESTS_IN|openai",
        "societe-generale|INVESTS_IN|mistral-ai",
    ]
    denied = get(api_client, "/relationships?status=denied")["items"]
    assert [r["id"] for r in denied] == ["nvidia|ACQUIRES|arm"]
    assert denied[0]["asserted"] is False
    assert ids(get(api_client, "/relationships?asserted=false")["items"]) == ids(denied)
    recent = get(api_client, "/relationships?since=2026-01-01&type=SUPPLIES,INVESTS_IN")
    assert all(r["last_reported"] >= "2026-01-01" for r in recent["items"])
    assert "nvidia|INVESTS_IN|openai" not in ids(recent["items"])
    old = get(api_client, "/relationships?until=2025-12-31")
    assert {r["last_reported"] for r in old["items"]} == {"2025-09-22"}
    page = get(api_client, "/relationships?limit=2&offset=1")
    assert ids(page["items"]) == ids(everything["items"])[1:3]
    get(api_client, "/relationships?type=NOPE", 422)
    get(api_client, "/relationships?status=maybe", 422)
    get(api_client, "/relationships?since=yesterday", 422)


def test_reported_by_links_articles_to_outlets(api_client: TestClient) -> None:
    cited = get(
        api_client, "/entities/wall-street-journal/relationships?type=REPORTED_BY&direction=in"
    )["items"]
    assert len(cited) == 1
    assert cited[0]["source_entity"]["type"] == "Article"
    assert cited[0]["source_entity"]["name"] == "Nvidia to invest up to $100 billion in OpenAI"


# ---- graph views and analytics ----


def test_neighbourhood_depth_and_filters(api_client: TestClient) -> None:
    one = get(api_client, "/entities/nvidia/neighbourhood")
    assert one["nodes"][0]["id"] == "nvidia"
    assert set(ids(one["nodes"])) == {"nvidia", "openai", "jensen-huang", "tsmc", "arm"}
    assert {e["id"] for e in one["edges"]} >= {"nvidia|INVESTS_IN|openai", "tsmc|SUPPLIES|nvidia"}
    node = next(n for n in one["nodes"] if n["id"] == "openai")
    assert set(node) == {"iri", "id", "name", "type", "degree"} and node["degree"] == 5
    two = get(api_client, "/entities/nvidia/neighbourhood?depth=2")
    assert {"asml", "microsoft", "acme-drop-all"} <= set(ids(two["nodes"]))
    money = get(api_client, "/entities/nvidia/neighbourhood?types=INVESTS_IN,SUPPLIES")
    assert set(ids(money["nodes"])) == {"nvidia", "openai", "tsmc"}
    assert {e["type"] for e in money["edges"]} == {"INVESTS_IN", "SUPPLIES"}
    firm = get(api_client, "/entities/nvidia/neighbourhood?status=planned,completed")
    assert {e["status"] for e in firm["edges"]} <= {"planned", "completed"}
    assert "arm" not in ids(firm["nodes"])
    dated = get(api_client, "/entities/nvidia/neighbourhood?since=2026-01-01&until=2026-12-31")
    assert "nvidia|INVESTS_IN|openai" not in {e["id"] for e in dated["edges"]}
    limited = get(api_client, "/entities/nvidia/neighbourhood?depth=3&limit=3")
    assert len(limited["nodes"]) == 3 and limited["nodes"][0]["id"] == "nvidia"
    get(api_client, "/entities/nvidia/neighbourhood?types=FRIENDS", 422)
    get(api_client, "/entities/nvidia/neighbourhood?depth=9", 422)
    get(api_client, "/entities/ghost/neighbourhood", 404)


def test_top_graph(api_client: TestClient) -> None:
    top = get(api_client, "/graph/top?limit=3")
    assert ids(top["nodes"]) == ["nvidia", "openai", "acme-drop-all"] or ids(top["nodes"])[:2] == [
        "nvidia",
        "openai",
    ]
    node_ids = set(ids(top["nodes"]))
    assert top["edges"] and all(
        e["source"] in node_ids and e["target"] in node_ids for e in top["edges"]
    )


def test_compact_subgraphs_keep_what_a_drawing_needs(api_client: TestClient) -> None:
    for url in ("/entities/nvidia/neighbourhood?depth=2", "/graph/top?limit=5"):
        full = get(api_client, url)
        compact = get(api_client, url + ("&" if "?" in url else "?") + "compact=true")
        assert ids(compact["nodes"]) == ids(full["nodes"])
        assert compact["nodes"] == [
            {k: v for k, v in n.items() if k != "iri"} for n in full["nodes"]
        ]
        kept = {
            "id", "source", "target", "type", "status", "statuses", "claims", "articles",
            "first_reported", "last_reported", "asserted",
        }  # fmt: skip
        assert compact["edges"] == [{k: e[k] for k in kept} for e in full["edges"]]
        assert all(set(e) == kept for e in compact["edges"])


def test_paths_respect_the_hop_limit(api_client: TestClient) -> None:
    result = get(api_client, "/paths?source=asml&target=openai&max_hops=4")
    assert result["source"] == "asml" and result["target"] == "openai"
    (path,) = result["paths"]
    assert ids(path["nodes"]) == ["asml", "tsmc", "nvidia", "openai"] and path["hops"] == 3
    assert {e["id"] for e in path["edges"]} == {
        "asml|SUPPLIES|tsmc",
        "tsmc|SUPPLIES|nvidia",
        "nvidia|INVESTS_IN|openai",
        "nvidia|SUPPLIES|openai",
    }
    assert get(api_client, "/paths?source=asml&target=openai&max_hops=2")["paths"] == []
    # denied edges are not paths: Nvidia never bought Arm
    assert get(api_client, "/paths?source=arm&target=nvidia")["paths"] == []
    get(api_client, "/paths?source=asml&target=nobody", 404)
    get(api_client, "/paths?source=asml&target=openai&max_hops=99", 422)


def test_centrality_measures(api_client: TestClient) -> None:
    for measure in ("degree", "pagerank", "betweenness"):
        out = get(api_client, f"/analytics/centrality?measure={measure}&limit=3")
        assert out["measure"] == measure and len(out["items"]) == 3
        scores = [i["score"] for i in out["items"]]
        assert scores == sorted(scores, reverse=True)
        assert out["items"][0]["entity"]["iri"].startswith(BASE + "entity/")
    # over asserted edges: Nvidia's denied purchase of Arm does not count
    top = get(api_client, "/analytics/centrality?measure=degree&limit=2")["items"]
    assert [i["entity"]["id"] for i in top] == ["openai", "nvidia"]
    get(api_client, "/analytics/centrality?measure=fame", 422)


def test_upstream_exposure_with_paths(api_client: TestClient) -> None:
    out = get(api_client, "/entities/openai/exposure?hops=3")
    assert out["entity"]["id"] == "openai" and out["hops"] == 3
    got = {i["entity"]["id"]: (i["hops"], ids(i["path"]["nodes"])) for i in out["items"]}
    assert got == {
        "acme-drop-all": (1, ["acme-drop-all", "openai"]),
        "microsoft": (1, ["microsoft", "openai"]),
        "nvidia": (1, ["nvidia", "openai"]),
        "tsmc": (2, ["tsmc", "nvidia", "openai"]),
        "asml": (3, ["asml", "tsmc", "nvidia", "openai"]),
    }
    asml = next(i for i in out["items"] if i["entity"]["id"] == "asml")
    assert [e["id"] for e in asml["path"]["edges"]] == [
        "asml|SUPPLIES|tsmc",
        "tsmc|SUPPLIES|nvidia",
        "nvidia|SUPPLIES|openai",
    ]
    assert len(get(api_client, "/entities/openai/exposure?hops=1")["items"]) == 3
    assert out["total"] == 5 and out["limit"] == 100 and out["offset"] == 0
    pages = [
        get(api_client, f"/entities/openai/exposure?hops=3&limit=2&offset={o}") for o in (0, 2, 4)
    ]
    assert [p["total"] for p in pages] == [5, 5, 5]
    assert [i for p in pages for i in p["items"]] == out["items"]  # nearest first, paged


# ---- articles ----


def test_articles_list_and_detail(api_client: TestClient) -> None:
    page = get(api_client, "/articles")
    assert page["total"] == 3
    assert [a["title"] for a in page["items"]] == [
        "Société Générale investit dans Mistral AI",
        "Chip supply chain",
        "Nvidia to invest up to $100 billion in OpenAI",
    ]
    first = page["items"][0]
    assert first["language"] == "fr" and first["publisher"] == "Les Échos"
    assert first["iri"] == BASE + "article/" + first["id"]
    assert ids(get(api_client, "/articles?entity=mistral-ai")["items"]) == [first["id"]]
    nvidia_article = page["items"][2]
    detail = get(api_client, f"/articles/{nvidia_article['id']}")
    assert detail["date"] == "2025-09-22" and detail["url"] == "https://example.org/nvidia-openai"
    assert {e["id"] for e in detail["entities"]} >= {"nvidia", "openai", "cnbc"}
    types = [c["type"] for c in detail["claims"]]
    assert sorted(types) == ["EXECUTIVE_OF", "INVESTS_IN", "REPORTED_BY", "REPORTED_BY", "SUPPLIES"]
    for c in detail["claims"]:
        assert detail["text"][c["start"] : c["end"]] == c["evidence"]
        assert c["claim"].startswith(BASE + "claim/")
    inv = next(c for c in detail["claims"] if c["type"] == "INVESTS_IN")
    assert inv["outlet"] == "CNBC" and inv["edge"] == "nvidia|INVESTS_IN|openai"
    exe = next(c for c in detail["claims"] if c["type"] == "EXECUTIVE_OF")
    assert exe["role"] == "chief executive" and exe["outlet"] == "Example Wire"
    get(api_client, "/articles/0000000000000000", 404)
