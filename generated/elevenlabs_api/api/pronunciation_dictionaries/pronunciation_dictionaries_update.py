"""`PATCH /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}`: Update Pronunciation Dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_update_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_patch import (
        BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch,
    )
    from ...models.get_pronunciation_dictionary_metadata_response import GetPronunciationDictionaryMetadataResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    pronunciation_dictionary_id: str,
    *,
    body: BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}".format(
            pronunciation_dictionary_id=quote(str(pronunciation_dictionary_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPronunciationDictionaryMetadataResponse | HttpValidationError | None:
    from ...models.get_pronunciation_dictionary_metadata_response import GetPronunciationDictionaryMetadataResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetPronunciationDictionaryMetadataResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch | Unset = UNSET,
) -> GetPronunciationDictionaryMetadataResponse | HttpValidationError | None:
    """Update Pronunciation Dictionary

    Partially update the pronunciation dictionary without changing the version

    Args:
        pronunciation_dictionary_id (str): The id of the pronunciation dictionary
        body (BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryI
            dPatch | Unset):
    """

    return sync_detailed(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch | Unset = UNSET,
) -> Response[GetPronunciationDictionaryMetadataResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch | Unset = UNSET,
) -> GetPronunciationDictionaryMetadataResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyUpdatePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdPatch | Unset = UNSET,
) -> Response[GetPronunciationDictionaryMetadataResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
