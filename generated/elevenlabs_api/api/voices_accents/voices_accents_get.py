"""`GET /v1/voices/accents`: Get Voice Accents."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_voice_accents_response_model import GetVoiceAccentsResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_language: None | str | Unset = language

    params["language"] = json_language

    json_model_id: None | str | Unset = model_id

    params["model_id"] = json_model_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/voices/accents",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetVoiceAccentsResponseModel | HttpValidationError | None:
    from ...models.get_voice_accents_response_model import GetVoiceAccentsResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetVoiceAccentsResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> GetVoiceAccentsResponseModel | HttpValidationError | None:
    """Get Voice Accents

    Gets the list of available accents in the shared voice library.

    Args:
        language (None | str | Unset): If provided, only accents for this language code are
            returned.
        model_id (None | str | Unset): If provided, returns the accents available for this model.
            Defaults to the most complete accent list when omitted.
    """

    return sync_detailed(
        client=client,
        language=language,
        model_id=model_id,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[GetVoiceAccentsResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        language=language,
        model_id=model_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> GetVoiceAccentsResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            language=language,
            model_id=model_id,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    language: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
) -> Response[GetVoiceAccentsResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        language=language,
        model_id=model_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
