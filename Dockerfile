# The industry-kg API: ingests seeds/, syncs them into Neo4j, serves on port 8000.
# Used by docker-compose.yml (NEO4J_URI=bolt://neo4j:7687); runs alone too (then without
# NEO4J_URI the sync step is skipped with a message and the API serves without Cypher).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    IKG_DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml README.md* ./
COPY ontology ./ontology
COPY graph ./graph
COPY loaders ./loaders
COPY api ./api
RUN pip install . && useradd --create-home --uid 10001 ikg && mkdir -p /data && chown ikg /data
COPY seeds ./seeds

USER ikg
EXPOSE 8000
VOLUME ["/data"]
CMD ["sh", "-c", "ikg ingest seeds/ && { if [ -n \"$NEO4J_URI\" ]; then ikg sync --quiet; else echo 'NEO4J_URI not set: skipping ikg sync'; fi; } && exec ikg serve --host 0.0.0.0 --port 8000"]
