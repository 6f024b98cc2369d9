"""`POST /v1/convai/knowledge-base/text`: Create Text Document."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import Response, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel
    from ...models.body_create_text_document_v1_convai_knowledge_base_text_post import (
        BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base/text",
    }
    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddKnowledgeBaseResponseModel | HttpValidationError | None:
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = AddKnowledgeBaseResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
) -> AddKnowledgeBaseResponseModel | HttpValidationError | None:
    """Create Text Document

    Create a knowledge base document containing the provided text.

    Args:
        body (BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost):
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
) -> Response[AddKnowledgeBaseResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
) -> AddKnowledgeBaseResponseModel | HttpValidationError | None:
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
    body: BodyCreateTextDocumentV1ConvaiKnowledgeBaseTextPost,
) -> Response[AddKnowledgeBaseResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
