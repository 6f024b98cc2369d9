"""`GET /v1/convai/knowledge-base/crawl/{crawl_job_id}`: Get Crawl Job Details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_crawl_job_response_model import GetCrawlJobResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    crawl_job_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/crawl/{crawl_job_id}".format(
            crawl_job_id=quote(str(crawl_job_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetCrawlJobResponseModel | HttpValidationError | None:
    from ...models.get_crawl_job_response_model import GetCrawlJobResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetCrawlJobResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    crawl_job_id: str,
    *,
    client: AuthenticatedClient,
) -> GetCrawlJobResponseModel | HttpValidationError | None:
    """Get Crawl Job Details

    Get details about a specific crawl job including status and progress.

    Args:
        crawl_job_id (str): The id of the crawl job to retrieve
    """

    return sync_detailed(
        crawl_job_id=crawl_job_id,
        client=client,
    ).parsed


def sync_detailed(
    crawl_job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetCrawlJobResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        crawl_job_id=crawl_job_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    crawl_job_id: str,
    *,
    client: AuthenticatedClient,
) -> GetCrawlJobResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            crawl_job_id=crawl_job_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    crawl_job_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetCrawlJobResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        crawl_job_id=crawl_job_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
