"""`POST /v1/convai/knowledge-base/{document_id}/move`: Move Entity To Folder."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.body_move_entity_to_folder_v1_convai_knowledge_base_document_id_move_post import (
        BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost,
    )
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    document_id: str,
    *,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/convai/knowledge-base/{document_id}/move".format(
            document_id=quote(str(document_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HttpValidationError | None:
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Any | HttpValidationError | None:
    """Move Entity To Folder

    Moves the entity from one folder to another.

    Args:
        document_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
        body (BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset):
    """

    return sync_detailed(
        document_id=document_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Response[Any | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Any | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            document_id=document_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    document_id: str,
    *,
    client: AuthenticatedClient,
    body: BodyMoveEntityToFolderV1ConvaiKnowledgeBaseDocumentIdMovePost | Unset = UNSET,
) -> Response[Any | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        document_id=document_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
