"""`POST /v1/convai/knowledge-base/crawl`: Create Crawl Job."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_crawl_job_v1_convai_knowledge_base_crawl_post import (
        BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
    )
    from ...models.create_crawl_job_response_model import CreateCrawlJobResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base/crawl",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateCrawlJobResponseModel | HttpValidationError | None:
    from ...models.create_crawl_job_response_model import CreateCrawlJobResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = CreateCrawlJobResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
) -> CreateCrawlJobResponseModel | HttpValidationError | None:
    """Create Crawl Job

    Create a crawl job to crawl the given URL with specified depth and page limits.

    Args:
        body (BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
) -> Response[CreateCrawlJobResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
) -> CreateCrawlJobResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateCrawlJobV1ConvaiKnowledgeBaseCrawlPost,
) -> Response[CreateCrawlJobResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
