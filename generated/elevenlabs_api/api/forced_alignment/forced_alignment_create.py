"""`POST /v1/forced-alignment`: Create Forced Alignment."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_create_forced_alignment_v1_forced_alignment_post import (
        BodyCreateForcedAlignmentV1ForcedAlignmentPost,
    )
    from ...models.forced_alignment_response_model import ForcedAlignmentResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyCreateForcedAlignmentV1ForcedAlignmentPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/forced-alignment",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ForcedAlignmentResponseModel | HttpValidationError | None:
    from ...models.forced_alignment_response_model import ForcedAlignmentResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = ForcedAlignmentResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateForcedAlignmentV1ForcedAlignmentPost,
) -> ForcedAlignmentResponseModel | HttpValidationError | None:
    """Create Forced Alignment

    Force align an audio file to text. Use this endpoint to get the timing information for each
    character and word in an audio file based on a provided text transcript.

    Args:
        body (BodyCreateForcedAlignmentV1ForcedAlignmentPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateForcedAlignmentV1ForcedAlignmentPost,
) -> Response[ForcedAlignmentResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateForcedAlignmentV1ForcedAlignmentPost,
) -> ForcedAlignmentResponseModel | HttpValidationError | None:
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
    body: BodyCreateForcedAlignmentV1ForcedAlignmentPost,
) -> Response[ForcedAlignmentResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
