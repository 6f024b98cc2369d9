"""`POST /v1/convai/knowledge-base`: Deprecated: Add To Knowledge Base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.add_knowledge_base_response_model import AddKnowledgeBaseResponseModel
    from ...models.body_add_to_knowledge_base_v1_convai_knowledge_base_post import (
        BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    body: BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base",
    }
    _kwargs["params"] = params
    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

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
    body: BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> AddKnowledgeBaseResponseModel | HttpValidationError | None:
    """Deprecated: Add To Knowledge Base

    Deprecated. Uploads a file or reference a webpage to use as part of the shared knowledge base

    Args:
        agent_id (str | Unset): Defaults to empty on the server.
        body (BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost | Unset):
    """

    return sync_detailed(
        client=client,
        body=body,
        agent_id=agent_id,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> Response[AddKnowledgeBaseResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        body=body,
        agent_id=agent_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> AddKnowledgeBaseResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            body=body,
            agent_id=agent_id,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyAddToKnowledgeBaseV1ConvaiKnowledgeBasePost | Unset = UNSET,
    agent_id: str | Unset = UNSET,
) -> Response[AddKnowledgeBaseResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        body=body,
        agent_id=agent_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
