"""`GET /v1/convai/knowledge-base/{documentation_id}/chunk/{chunk_id}`: Get Documentation Chunk From Knowledge Base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import EmbeddingModelEnum
    from ...models.http_validation_error import HttpValidationError
    from ...models.knowledge_base_document_chunk_response_model import KnowledgeBaseDocumentChunkResponseModel


def _get_kwargs(
    documentation_id: str,
    chunk_id: str,
    *,
    embedding_model: EmbeddingModelEnum | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_embedding_model: None | str | Unset
    if isinstance(embedding_model, Unset):
        json_embedding_model = UNSET
    elif isinstance(embedding_model, str):
        json_embedding_model = embedding_model
    else:
        json_embedding_model = embedding_model

    params["embedding_model"] = json_embedding_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}/chunk/{chunk_id}".format(
            documentation_id=quote(str(documentation_id), safe=""),
            chunk_id=quote(str(chunk_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HttpValidationError | KnowledgeBaseDocumentChunkResponseModel | None:
    from ...models.http_validation_error import HttpValidationError
    from ...models.knowledge_base_document_chunk_response_model import KnowledgeBaseDocumentChunkResponseModel

    if response.status_code == 200:
        response_200 = KnowledgeBaseDocumentChunkResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    documentation_id: str,
    chunk_id: str,
    *,
    client: AuthenticatedClient,
    embedding_model: EmbeddingModelEnum | None | Unset = UNSET,
) -> HttpValidationError | KnowledgeBaseDocumentChunkResponseModel | None:
    """Get Documentation Chunk From Knowledge Base

    Get details about a specific documentation part used by RAG.

    Args:
        documentation_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
        chunk_id (str): The id of a document RAG chunk from the knowledge base.
        embedding_model (EmbeddingModelEnum | None | Unset): The embedding model used to retrieve
            the chunk.
    """

    return sync_detailed(
        documentation_id=documentation_id,
        chunk_id=chunk_id,
        client=client,
        embedding_model=embedding_model,
    ).parsed


def sync_detailed(
    documentation_id: str,
    chunk_id: str,
    *,
    client: AuthenticatedClient,
    embedding_model: EmbeddingModelEnum | None | Unset = UNSET,
) -> Response[HttpValidationError | KnowledgeBaseDocumentChunkResponseModel]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        chunk_id=chunk_id,
        embedding_model=embedding_model,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    documentation_id: str,
    chunk_id: str,
    *,
    client: AuthenticatedClient,
    embedding_model: EmbeddingModelEnum | None | Unset = UNSET,
) -> HttpValidationError | KnowledgeBaseDocumentChunkResponseModel | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            chunk_id=chunk_id,
            client=client,
            embedding_model=embedding_model,
        )
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    chunk_id: str,
    *,
    client: AuthenticatedClient,
    embedding_model: EmbeddingModelEnum | None | Unset = UNSET,
) -> Response[HttpValidationError | KnowledgeBaseDocumentChunkResponseModel]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        chunk_id=chunk_id,
        embedding_model=embedding_model,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
