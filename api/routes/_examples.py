"""Example responses shown in the OpenAPI document (regenerated from real output)."""

from typing import Any

ENTITY_PAGE: dict[str, Any] = {}
ENTITY_DETAIL: dict[str, Any] = {}
RELATIONSHIP: dict[str, Any] = {}
RELATIONSHIP_LIST: dict[str, Any] = {}
RELATIONSHIP_PAGE: dict[str, Any] = {}
SUBGRAPH: dict[str, Any] = {}
EXPOSURE: dict[str, Any] = {}
PATHS: dict[str, Any] = {}
CENTRALITY: dict[str, Any] = {}
ARTICLE_PAGE: dict[str, Any] = {}
ARTICLE_DETAIL: dict[str, Any] = {}
INGEST: dict[str, Any] = {}
CYPHER: dict[str, Any] = {}
