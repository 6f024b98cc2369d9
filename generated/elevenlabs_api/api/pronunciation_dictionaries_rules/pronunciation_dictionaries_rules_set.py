"""`POST /v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/set-rules`: Set Rules On The Pronunciation Dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_set_rules_on_the_pronunciation_dictionary_v1_pronunciation_dictionaries_pronunciation_dictionary_id_set_rules_post import (
        BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
    )
    from ...models.http_validation_error import HttpValidationError
    from ...models.pronunciation_dictionary_rules_response_model import PronunciationDictionaryRulesResponseModel


def _get_kwargs(
    pronunciation_dictionary_id: str,
    *,
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pronunciation-dictionaries/{pronunciation_dictionary_id}/set-rules".format(
            pronunciation_dictionary_id=quote(str(pronunciation_dictionary_id), safe=""),
        ),
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | PronunciationDictionaryRulesResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.pronunciation_dictionary_rules_response_model import PronunciationDictionaryRulesResponseModel

    if response.status_code == 200:
        response_200 = PronunciationDictionaryRulesResponseModel.from_dict(response.json())

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
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> HttpValidationError | PronunciationDictionaryRulesResponseModel | None:
    """Set Rules On The Pronunciation Dictionary

    Replaces all existing rules on the pronunciation dictionary with the provided ones.

    Args:
        pronunciation_dictionary_id (str): The id of the pronunciation dictionary
        body (BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDict
            ionaryIdSetRulesPost):
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
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> Response[HttpValidationError | PronunciationDictionaryRulesResponseModel]:
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
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> HttpValidationError | PronunciationDictionaryRulesResponseModel | None:
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
    body: BodySetRulesOnThePronunciationDictionaryV1PronunciationDictionariesPronunciationDictionaryIdSetRulesPost,
) -> Response[HttpValidationError | PronunciationDictionaryRulesResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        pronunciation_dictionary_id=pronunciation_dictionary_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
