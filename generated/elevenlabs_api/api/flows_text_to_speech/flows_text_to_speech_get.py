"""`GET /v1/flows/text-to-speech/{generation_id}`: Get Speech Generation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_completed_response import MediaGenerationCompletedResponse
    from ...models.media_generation_failed_response import MediaGenerationFailedResponse
    from ...models.media_generation_in_progress_response import MediaGenerationInProgressResponse
    from ...models.unknown_variant import UnknownVariant


def _get_kwargs(
    generation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/flows/text-to-speech/{generation_id}".format(
            generation_id=quote(str(generation_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HttpValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
    | UnknownVariant
    | None
):
    from ...models.http_validation_error import HttpValidationError
    from ...models.media_generation_completed_response import MediaGenerationCompletedResponse
    from ...models.media_generation_failed_response import MediaGenerationFailedResponse
    from ...models.media_generation_in_progress_response import MediaGenerationInProgressResponse
    from ...models.unknown_variant import UnknownVariant

    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            MediaGenerationCompletedResponse
            | MediaGenerationFailedResponse
            | MediaGenerationInProgressResponse
            | UnknownVariant
        ):
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> (
            MediaGenerationCompletedResponse
            | MediaGenerationFailedResponse
            | MediaGenerationInProgressResponse
            | UnknownVariant
        ):
            if isinstance(data, dict):
                for known in (
                    MediaGenerationCompletedResponse,
                    MediaGenerationFailedResponse,
                    MediaGenerationInProgressResponse,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_media_generation_response_type_0 = MediaGenerationCompletedResponse.from_dict(data)

                return componentsschemas_media_generation_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_media_generation_response_type_1 = MediaGenerationFailedResponse.from_dict(data)

                return componentsschemas_media_generation_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                componentsschemas_media_generation_response_type_2 = MediaGenerationInProgressResponse.from_dict(data)

                return componentsschemas_media_generation_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            componentsschemas_media_generation_response_type_3 = UnknownVariant.from_dict(data)

            return componentsschemas_media_generation_response_type_3

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    generation_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    HttpValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
    | UnknownVariant
    | None
):
    """Get Speech Generation

    Retrieve the status of a speech generation, and retrieve its output URL once completed.

    Args:
        generation_id (str):
    """

    return sync_detailed(
        generation_id=generation_id,
        client=client,
    ).parsed


def sync_detailed(
    generation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    HttpValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
    | UnknownVariant
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        generation_id=generation_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    generation_id: str,
    *,
    client: AuthenticatedClient,
) -> (
    HttpValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
    | UnknownVariant
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            generation_id=generation_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    generation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    HttpValidationError
    | MediaGenerationCompletedResponse
    | MediaGenerationFailedResponse
    | MediaGenerationInProgressResponse
    | UnknownVariant
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        generation_id=generation_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
