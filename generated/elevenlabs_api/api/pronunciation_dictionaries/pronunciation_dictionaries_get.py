"""`GET /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}`: Get Metadata For A Pronunciation Dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_pronunciation_dictionary_with_rules_response_model import (
        GetPronunciationDictionaryWithRulesResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    pronunciation_dictionary_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}".format(
            pronunciation_dictionary_id=quote(str(pronunciation_dictionary_id), safe=""),
        ),
    }
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetPronunciationDictionaryWithRulesResponseModel | HttpValidationError | None:
    from ...models.get_pronunciation_dictionary_with_rules_response_model import (
        GetPronunciationDictionaryWithRulesResponseModel,
    )
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetPronunciationDictionaryWithRulesResponseModel.from_dict(response.json())

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
) -> GetPronunciationDictionaryWithRulesResponseModel | HttpValidationError | None:
    """Get Metadata For A Pronunciation Dictionary

    Get metadata for a pronunciation dictionary

    Args:
        pronunciation_dictionary_id (str): The id of the pronunciation dictionary
    """

    return sync_detailed(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        client=client,
    ).parsed


def sync_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetPronunciationDictionaryWithRulesResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient,
) -> GetPronunciationDictionaryWithRulesResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            pronunciation_dictionary_id=pronunciation_dictionary_id,
            client=client,
        )
    ).parsed


async def asyncio_detailed(
    pronunciation_dictionary_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[GetPronunciationDictionaryWithRulesResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
