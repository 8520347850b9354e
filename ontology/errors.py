"""The project's exceptions: one root, subclasses split by what the caller can do."""


class IkgError(Exception):
    """Root of every error this project raises on purpose.

    Messages say what happened and what to do next; the CLI prints them and exits non-zero,
    the API turns them into its one JSON error shape.
    """


class InputError(IkgError):
    """The input (a file, a request body, a query) is unusable as given; fix it and retry."""


class QueryError(InputError):
    """A SPARQL or Cypher query is malformed or not allowed (for example a write)."""


class NotFoundError(IkgError):
    """The thing asked for does not exist in the store."""


class StoreError(IkgError):
    """The store cannot be opened or written (locked, corrupt, disk full)."""


class OutdatedStoreError(StoreError):
    """The store was written by an older version whose data must be migrated first (the
    message names the command); nothing was written."""


class BackendUnavailableError(IkgError):
    """A server we depend on (Neo4j) is not configured, unreachable or refused us."""


class QueryTimeoutError(IkgError):
    """A query ran past its time limit and was stopped."""


class StoreUnavailableError(StoreError, BackendUnavailableError):
    """A remote store did not answer (down, unreachable, too slow); retry when it is back."""
