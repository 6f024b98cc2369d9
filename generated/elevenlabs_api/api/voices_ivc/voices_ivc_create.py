"""`POST /v1/voices/add`: Add Voice."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...types import Response

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_voice_ivc_response_model import AddVoiceIVCResponseModel
    from ...models.body_add_voice_v1_voices_add_post import BodyAddVoiceV1VoicesAddPost
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    body: BodyAddVoiceV1VoicesAddPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/voices/add",
    }
    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddVoiceIVCResponseModel | HTTPValidationError | None:
    from ...models.add_voice_ivc_response_model import AddVoiceIVCResponseModel
    from ...models.http_validation_error import HTTPValidationError

    if response.status_code == 200:
        response_200 = AddVoiceIVCResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddVoiceIVCResponseModel | HTTPValidationError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyAddVoiceV1VoicesAddPost,
) -> Response[AddVoiceIVCResponseModel | HTTPValidationError]:
    """Add Voice

     Add a new voice to your collection of voices in VoiceLab.

    Args:
        body (BodyAddVoiceV1VoicesAddPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddVoiceIVCResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyAddVoiceV1VoicesAddPost,
) -> AddVoiceIVCResponseModel | HTTPValidationError | None:
    """Add Voice

     Add a new voice to your collection of voices in VoiceLab.

    Args:
        body (BodyAddVoiceV1VoicesAddPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddVoiceIVCResponseModel | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyAddVoiceV1VoicesAddPost,
) -> Response[AddVoiceIVCResponseModel | HTTPValidationError]:
    """Add Voice

     Add a new voice to your collection of voices in VoiceLab.

    Args:
        body (BodyAddVoiceV1VoicesAddPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddVoiceIVCResponseModel | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyAddVoiceV1VoicesAddPost,
) -> AddVoiceIVCResponseModel | HTTPValidationError | None:
    """Add Voice

     Add a new voice to your collection of voices in VoiceLab.

    Args:
        body (BodyAddVoiceV1VoicesAddPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddVoiceIVCResponseModel | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
