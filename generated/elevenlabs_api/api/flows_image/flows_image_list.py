"""`GET /v1/flows/image`: List Image Generations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import FlowsImageListStatusType0
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_list_response import MediaGenerationListResponse


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: FlowsImageListStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status

    params["status"] = json_status

    json_model_id: None | str | Unset = model_id

    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/flows/image",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | MediaGenerationListResponse | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_list_response import MediaGenerationListResponse

    if response.status_code == 200:
        response_200 = MediaGenerationListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: FlowsImageListStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> HttpValidationError | MediaGenerationListResponse | None:
    """List Image Generations

    List the image generations created through this API, newest first.

    Args:
        cursor (None | str | Unset): Pagination cursor: the `next_cursor` value of the previous
            page's response. Omit it for the first page.
        page_size (int | Unset): How many generations to return per page. Defaults to 30 on the
            server.
        status (FlowsImageListStatusType0 | None | Unset): Only return generations with this
            lifecycle status.
        model_id (None | str | Unset): Only return generations of this model.
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: FlowsImageListStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | MediaGenerationListResponse]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: FlowsImageListStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> HttpValidationError | MediaGenerationListResponse | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            status=status,
            model_id=model_id,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    status: FlowsImageListStatusType0 | None | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[HttpValidationError | MediaGenerationListResponse]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        status=status,
        model_id=model_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
