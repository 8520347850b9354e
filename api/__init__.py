"""Entry points: the FastAPI application and the `ikg` command line."""
