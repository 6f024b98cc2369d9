"""`GET /v1/convai/knowledge-base/{documentation_id}`: Get Documentation From Knowledge Base."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import UNSET, Response, Unset, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel
    from ...models.get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel
    from ...models.get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel
    from ...models.get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    documentation_id: str,
    *,
    agent_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["agent_id"] = agent_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/convai/knowledge-base/{documentation_id}".format(
            documentation_id=quote(str(documentation_id), safe=""),
        ),
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseFolderResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseUrlResponseModel
    | HttpValidationError
    | None
):
    from ...models.get_knowledge_base_file_response_model import GetKnowledgeBaseFileResponseModel
    from ...models.get_knowledge_base_folder_response_model import GetKnowledgeBaseFolderResponseModel
    from ...models.get_knowledge_base_text_response_model import GetKnowledgeBaseTextResponseModel
    from ...models.get_knowledge_base_url_response_model import GetKnowledgeBaseUrlResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            GetKnowledgeBaseFileResponseModel
            | GetKnowledgeBaseFolderResponseModel
            | GetKnowledgeBaseTextResponseModel
            | GetKnowledgeBaseUrlResponseModel
        ):
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> (
            GetKnowledgeBaseFileResponseModel
            | GetKnowledgeBaseFolderResponseModel
            | GetKnowledgeBaseTextResponseModel
            | GetKnowledgeBaseUrlResponseModel
        ):
            if isinstance(data, dict):
                for known in (
                    GetKnowledgeBaseUrlResponseModel,
                    GetKnowledgeBaseFileResponseModel,
                    GetKnowledgeBaseTextResponseModel,
                    GetKnowledgeBaseFolderResponseModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = GetKnowledgeBaseUrlResponseModel.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_1 = GetKnowledgeBaseFileResponseModel.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_2 = GetKnowledgeBaseTextResponseModel.from_dict(data)

                return response_200_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_3 = GetKnowledgeBaseFolderResponseModel.from_dict(data)

            return response_200_type_3

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
) -> (
    GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseFolderResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseUrlResponseModel
    | HttpValidationError
    | None
):
    """Get Documentation From Knowledge Base

    Get details about a specific documentation making up the agent's knowledge base

    Args:
        documentation_id (str): The id of a document from the knowledge base. This is returned on
            document addition.
        agent_id (str | Unset): Defaults to empty on the server.
    """

    return sync_detailed(
        documentation_id=documentation_id,
        client=client,
        agent_id=agent_id,
    ).parsed


def sync_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
) -> Response[
    GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseFolderResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseUrlResponseModel
    | HttpValidationError
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        agent_id=agent_id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
) -> (
    GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseFolderResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseUrlResponseModel
    | HttpValidationError
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            documentation_id=documentation_id,
            client=client,
            agent_id=agent_id,
        )
    ).parsed


async def asyncio_detailed(
    documentation_id: str,
    *,
    client: AuthenticatedClient,
    agent_id: str | Unset = UNSET,
) -> Response[
    GetKnowledgeBaseFileResponseModel
    | GetKnowledgeBaseFolderResponseModel
    | GetKnowledgeBaseTextResponseModel
    | GetKnowledgeBaseUrlResponseModel
    | HttpValidationError
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        documentation_id=documentation_id,
        agent_id=agent_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
