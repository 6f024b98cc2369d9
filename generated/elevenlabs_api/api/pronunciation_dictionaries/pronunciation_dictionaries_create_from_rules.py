"""`POST /v1/pronunciation-dictionaries/add-from-rules`: Add A Pronunciation Dictionary."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_pronunciation_dictionary_response_model import AddPronunciationDictionaryResponseModel
    from ...models.body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_rules_post import (
        BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/pronunciation-dictionaries/add-from-rules",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddPronunciationDictionaryResponseModel | HttpValidationError | None:
    from ...models.add_pronunciation_dictionary_response_model import AddPronunciationDictionaryResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddPronunciationDictionaryResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
) -> AddPronunciationDictionaryResponseModel | HttpValidationError | None:
    """Add A Pronunciation Dictionary

    Creates a new pronunciation dictionary from provided rules.

    Args:
        body (BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
) -> Response[AddPronunciationDictionaryResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
) -> AddPronunciationDictionaryResponseModel | HttpValidationError | None:
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
    body: BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromRulesPost,
) -> Response[AddPronunciationDictionaryResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
