"""`GET /v1/convai/knowledge-base/crawl`: List Ongoing And Recent Crawl Jobs Created By A User."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_crawl_jobs_response_model import ListCrawlJobsResponseModel


def _get_kwargs(
    *,
    include_job_ids: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_include_job_ids: list[str] | None | Unset
    if isinstance(include_job_ids, Unset):
        json_include_job_ids = UNSET
    elif isinstance(include_job_ids, list):
        json_include_job_ids = include_job_ids

    else:
        json_include_job_ids = include_job_ids

    params["include_job_ids"] = json_include_job_ids

    params["page_size"] = page_size

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/crawl",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | ListCrawlJobsResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.list_crawl_jobs_response_model import ListCrawlJobsResponseModel

    if response.status_code == 200:
        response_200 = ListCrawlJobsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    include_job_ids: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | ListCrawlJobsResponseModel | None:
    """List Ongoing And Recent Crawl Jobs Created By A User

    Get a list of ongoing and recent crawl jobs for the user.

    Args:
        include_job_ids (list[str] | None | Unset): Ids of additional crawl jobs to retrieve
        page_size (int | Unset): How many documents to return at maximum. Can not exceed 100,
            defaults to 30. Defaults to 30 on the server.
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
    """

    return sync_detailed(
        client=client,
        include_job_ids=include_job_ids,
        page_size=page_size,
        cursor=cursor,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    include_job_ids: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ListCrawlJobsResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        include_job_ids=include_job_ids,
        page_size=page_size,
        cursor=cursor,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    include_job_ids: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> HttpValidationError | ListCrawlJobsResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            include_job_ids=include_job_ids,
            page_size=page_size,
            cursor=cursor,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    include_job_ids: list[str] | None | Unset = UNSET,
    page_size: int | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
) -> Response[HttpValidationError | ListCrawlJobsResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        include_job_ids=include_job_ids,
        page_size=page_size,
        cursor=cursor,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
