"""`POST /v1/convai/batch-calling/submit`: Submit A Batch Call Request.."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.batch_call_response import BatchCallResponse
    from ...models.body_submit_a_batch_call_request_v1_convai_batch_calling_submit_post import (
        BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/batch-calling/submit",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCallResponse | HttpValidationError | None:
    from ...models.batch_call_response import BatchCallResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = BatchCallResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
) -> BatchCallResponse | HttpValidationError | None:
    """Submit A Batch Call Request.

    Submit a batch call request to schedule calls for multiple recipients.

    Args:
        body (BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
) -> Response[BatchCallResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
) -> BatchCallResponse | HttpValidationError | None:
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
    body: BodySubmitABatchCallRequestV1ConvaiBatchCallingSubmitPost,
) -> Response[BatchCallResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
