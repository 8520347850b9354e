"""Settings, validated once by each entry point and passed down (library code reads no env)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from graph.sparql_http import DEFAULT_TIMEOUT_S, WRITERS, Endpoints
from ontology.iris import DEFAULT_BASE, Iris


class Settings(BaseSettings):
    """All configuration of ikg. Environment: IKG_* (and NEO4J_* for Neo4j)."""

    model_config = SettingsConfigDict(env_prefix="IKG_", extra="ignore", frozen=True)

    data_dir: Path = Field(default=Path("data"), description="Where the store lives.")
    iri_base: str = Field(default=DEFAULT_BASE, description="Base of minted IRIs.")
    extractor: str = Field(default="rules", description="Default extractor name.")
    max_file_mb: float = Field(default=10.0, gt=0, description="Largest input file accepted.")

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    api_key: SecretStr | None = Field(default=None, description="Key for write routes.")
    max_body_bytes: int = Field(default=2_000_000, gt=0)
    sparql_timeout_s: float = Field(
        default=10.0, gt=0, description="A SPARQL query running longer is stopped (503)."
    )
    sparql_workers: int = Field(
        default=2, ge=1, le=32, description="Worker processes answering SPARQL queries."
    )
    sparql_memory_mb: int = Field(
        default=2048,
        ge=0,
        description="Address space of each SPARQL worker (a query needing more is stopped, "
        "503); 0: no limit.",
    )
    sparql_per_client: int = Field(
        default=2, ge=1, description="SPARQL queries one client address may run at once."
    )
    sparql_queue: int = Field(
        default=8,
        ge=0,
        description="SPARQL queries that may wait for a worker; more are refused (503, "
        "Retry-After).",
    )

    remote_store_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("IKG_STORE_URL", "remote_store_url"),
        description="A SPARQL server's query endpoint: the store lives there instead of in "
        "the data directory (docs/remote-store.md).",
    )
    sparql_update_url: str | None = Field(
        default=None, description="The remote store's SPARQL 1.1 Update endpoint."
    )
    graph_store_url: str | None = Field(
        default=None, description="The remote store's Graph Store HTTP Protocol endpoint."
    )
    store_user: str | None = Field(default=None, description="User for the remote store.")
    store_password: SecretStr | None = Field(default=None)
    store_write: Literal["update", "graph-store"] | None = Field(
        default=None, description="How the remote store is written: SPARQL Update requests "
        "(the default with an update endpoint; best on Oxigraph) or one graph-store PUT per "
        "article graph (best on Virtuoso)."
    )
    store_writers: int = Field(
        default=WRITERS, ge=1, le=64, description="Write requests the remote store is sent "
        "at once (each whole articles; see docs/remote-store.md)."
    )
    change_poll_s: float = Field(
        default=2.0, gt=0, description="How often a server over a remote store reads the "
        "store's change log, to show what other processes wrote (docs/remote-store.md)."
    )
    store_timeout_s: float = Field(
        default=DEFAULT_TIMEOUT_S, gt=0, description="A request to the remote store waiting "
        "longer than this (to connect, or for the next bytes) fails."
    )

    neo4j_uri: str | None = Field(
        default=None, validation_alias=AliasChoices("NEO4J_URI", "IKG_NEO4J_URI")
    )
    neo4j_user: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_USER", "IKG_NEO4J_USER")
    )
    neo4j_password: SecretStr = Field(
        default=SecretStr("neo4j"),
        validation_alias=AliasChoices("NEO4J_PASSWORD", "IKG_NEO4J_PASSWORD"),
    )
    neo4j_database: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_DATABASE", "IKG_NEO4J_DATABASE")
    )

    @field_validator("data_dir")
    @classmethod
    def _absolute_data_dir(cls, value: Path) -> Path:
        """Resolved once, at start: helper processes (SPARQL workers) run in another working
        directory."""
        return value.expanduser().resolve()

    @field_validator("iri_base")
    @classmethod
    def _check_base(cls, value: str) -> str:
        Iris(value)
        return value

    @field_validator("remote_store_url", "sparql_update_url", "graph_store_url")
    @classmethod
    def _check_http(cls, value: str | None) -> str | None:
        if not value:  # unset, or empty (docker-compose.yml passes "" for "not used")
            return None
        if not value.startswith(("http://", "https://")):
            raise ValueError(f"must be an http:// or https:// URL, not {value!r}")
        return value

    @property
    def store_url(self) -> str:
        """The store URL for `graph.store.open_store`: the remote SPARQL server when
        IKG_STORE_URL is set (its graphs are those under `iri_base`), else the embedded
        store in the data directory."""
        if self.remote_store_url:
            password = self.store_password.get_secret_value() if self.store_password else None
            return Endpoints(
                query=self.remote_store_url,
                update=self.sparql_update_url,
                graph_store=self.graph_store_url,
                user=self.store_user,
                password=password,
                timeout_s=self.store_timeout_s,
                graphs=self.iri_base,
                write=self.store_write,
                writers=self.store_writers,
            ).to_url()
        return f"oxigraph:{self.data_dir / 'store'}"

    @property
    def iris(self) -> Iris:
        """The IRI minter for this configuration."""
        return Iris(self.iri_base)

    @property
    def max_file_bytes(self) -> int:
        """`max_file_mb` in bytes."""
        return int(self.max_file_mb * 1024 * 1024)
