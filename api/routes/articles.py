"""REST: articles and their claims (the why of every edge), and ingesting a new article."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import ReadsDep, ServicesDep, SettingsDep
from api.errors import ApiError, error_responses
from api.extraction_json import extraction_json
from api.routes import _examples as ex
from api.routes._body import media_type, read_body, require_api_key
from api.routes._params import JSONText, json_response
from api.schemas import ArticleDetail, ArticleIn, ArticlePage, IngestOut
from graph.nx_view import node_id
from loaders.extractor import get_extractor
from loaders.ingest import ingest_article
from loaders.readers import decode, load_json, make_article, parse_text
from ontology.errors import InputError
from ontology.records import Article

router = APIRouter(tags=["articles"])

SOURCE = "POST /articles"


@router.get(
    "/articles",
    summary="List articles, newest first",
    response_model=ArticlePage,
    responses={
        200: {"content": {"application/json": {"example": ex.ARTICLE_PAGE}}},
        **error_responses(404, 422),
    },
)
def list_articles(
    reads: ReadsDep,
    entity: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Only articles that mention this entity id.",
            examples=["nvidia"],
        ),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> JSONText:
    """Articles with title, date, publisher and language (newest first, undated last)."""
    return JSONText(reads.articles(entity, limit, offset))


@router.get(
    "/articles/{id}",
    summary="One article with its claims",
    response_model=ArticleDetail,
    responses={
        200: {"content": {"application/json": {"example": ex.ARTICLE_DETAIL}}},
        **error_responses(404, 422),
    },
)
def get_article(
    reads: ReadsDep,
    id: Annotated[
        str, Path(description="The hex digest at the end of the article IRI.", max_length=200)
    ],
) -> JSONText:
    """An article, its text, the entities it mentions and every claim it makes: type, ends,
    status, evidence with character offsets, amount, role and the outlet it cites."""
    return JSONText(reads.article(id))


_TEXT_EXAMPLE = (
    "Title: Nvidia to invest in OpenAI\nDate: 2026-02-04\nPublisher: Example Wire\n\n"
    "Nvidia plans to invest up to $100 billion in OpenAI, the companies said."
)


@router.post(
    "/articles",
    summary="Ingest one article (API key required)",
    response_model=IngestOut,
    responses={
        200: {"content": {"application/json": {"example": ex.INGEST}}},
        **error_responses(401, 403, 413, 415, 422),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": ArticleIn.model_json_schema(),
                    "example": {
                        "text": "Nvidia plans to invest up to $100 billion in "
                        "OpenAI, the companies said.",
                        "title": "Nvidia to invest in OpenAI",
                        "date": "2026-02-04",
                        "publisher": "Example Wire",
                        "language": "en",
                    },
                },
                "text/plain": {"schema": {"type": "string"}, "example": _TEXT_EXAMPLE},
            },
        },
        "security": [{"ApiKey": []}, {"Bearer": []}],
    },
)
async def post_article(request: Request, services: ServicesDep, settings: SettingsDep) -> JSONText:
    """Extract one article and store it as its own named graph (replacing the article with
    the same id, URL, or title + date + publisher). JSON `{"text", "title", "date", "url",
    "publisher", "language", "id", "source"}`, or `text/plain` with optional `Title:`, `Date:`,
    `Language:`, `Publisher:`, `URL:`, `Id:` header lines. Answers what was extracted,
    the article IRI and whether the store changed."""
    require_api_key(request, settings)
    kind = media_type(request)
    if kind not in ("application/json", "text/plain", "text/markdown"):
        raise ApiError(
            415,
            f"Send the article as application/json or text/plain, not "
            f"{kind or 'a body without Content-Type'}.",
        )
    data = await read_body(request, settings.max_body_bytes)
    article = _parse_article(data, kind)
    extraction, result = await run_in_threadpool(_ingest, request, services, settings, article)
    body = {
        "iri": result.article_iri,
        "id": node_id(result.article_iri),
        "changed": result.changed,
        **extraction_json(extraction),
    }
    return json_response(body)


def _parse_article(data: bytes, kind: str) -> Article:
    try:
        if kind == "application/json":
            raw = load_json(data, "The body")  # malformed or too deep: InputError, 422
            try:
                fields = ArticleIn.model_validate(raw)
            except ValidationError as exc:
                details = "; ".join(
                    f"{'.'.join(str(x) for x in e['loc']) or 'body'}: {e['msg']}"
                    for e in exc.errors()
                )
                raise ApiError(422, f"The article is malformed: {details}.") from None
            if not fields.text.strip():
                raise ApiError(422, "The article is malformed: text: must not be blank.")
            return make_article(
                fields.text,
                source=fields.source or SOURCE,
                title=fields.title,
                date_text=fields.date,
                language=fields.language,
                publisher=fields.publisher,
                url=fields.url,
                article_id=fields.id,
            )
        return parse_text(decode(data, SOURCE), SOURCE, markdown=kind == "text/markdown")
    except InputError as exc:
        raise ApiError(422, str(exc)) from None


def _ingest(
    request: Request, services: ServicesDep, settings: SettingsDep, article: Article
) -> tuple[Any, Any]:
    state = request.app.state
    with services.write_lock:
        extractor = getattr(state, "extractor", None)
        if extractor is None:
            extractor = state.extractor = get_extractor(settings.extractor)
        try:
            extraction, result = ingest_article(services.store, article, extractor, settings.iris)
        except BaseException:
            services.store_changed()  # the write may have happened: re-read to be sure
            raise
        if result.changed:  # the write updated the read index: REST shows it already
            services.store_changed([result.article_iri])
    return extraction, result
