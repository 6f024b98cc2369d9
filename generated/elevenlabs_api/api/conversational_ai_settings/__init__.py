"""`client.conversational_ai.settings`: the operations of group `conversational_ai_settings`, as methods of ConversationalAiSettingsResource and AsyncConversationalAiSettingsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import conversational_ai_settings_get, conversational_ai_settings_update


def _parse_conversational_ai_settings_get(response: httpx.Response) -> models.GetConvAiSettingsResponseModel:
    from ...models.get_conv_ai_settings_response_model import GetConvAiSettingsResponseModel

    response_200 = GetConvAiSettingsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_settings_update(response: httpx.Response) -> models.GetConvAiSettingsResponseModel:
    from ...models.get_conv_ai_settings_response_model import GetConvAiSettingsResponseModel

    response_200 = GetConvAiSettingsResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiSettingsResource:
    """The operations of group `conversational_ai_settings`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiSettingsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiSettingsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiSettingsResponseModel:
        """Get Convai Settings

        Retrieve Convai settings for the workspace

        `GET /v1/convai/settings`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_settings_get._get_kwargs()

        return self._requester.request(kwargs, _parse_conversational_ai_settings_get, request_options)

    def update(
        self,
        *,
        conversation_initiation_client_data_webhook: models.ConversationInitiationClientDataWebhook
        | None
        | Unset = UNSET,
        webhooks: models.ConvAiWebhooks | Unset = UNSET,
        can_use_mcp_servers: bool | Unset = UNSET,
        rag_retention_period_days: int | Unset = UNSET,
        conversation_embedding_retention_days: int | None | Unset = UNSET,
        default_livekit_stack: models.LivekitStackType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiSettingsResponseModel:
        """Update Convai Settings

        Update Convai settings for the workspace

        `PATCH /v1/convai/settings`.

        Args:
            conversation_initiation_client_data_webhook (ConversationInitiationClientDataWebhook | None | Unset):
            webhooks (ConvAiWebhooks | Unset):
            can_use_mcp_servers (bool | Unset): Whether the workspace can use MCP servers Defaults to
                False on the server.
            rag_retention_period_days (int | Unset): Defaults to 10 on the server.
            conversation_embedding_retention_days (int | None | Unset): Days to retain conversation
                embeddings. None means use the system default (30 days).
            default_livekit_stack (LivekitStackType | Unset):  One of: standard, static.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.patch_conv_ai_settings_request import PatchConvAiSettingsRequest

        kwargs = conversational_ai_settings_update._get_kwargs(
            body=PatchConvAiSettingsRequest(
                conversation_initiation_client_data_webhook=conversation_initiation_client_data_webhook,
                webhooks=webhooks,
                can_use_mcp_servers=can_use_mcp_servers,
                rag_retention_period_days=rag_retention_period_days,
                conversation_embedding_retention_days=conversation_embedding_retention_days,
                default_livekit_stack=default_livekit_stack,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_settings_update, request_options)


class ConversationalAiSettingsResourceWithRawResponse:
    """`ConversationalAiSettingsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiSettingsResource) -> None:
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)


class AsyncConversationalAiSettingsResource:
    """The operations of group `conversational_ai_settings`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiSettingsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiSettingsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiSettingsResponseModel:
        """Get Convai Settings

        Retrieve Convai settings for the workspace

        `GET /v1/convai/settings`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_settings_get._get_kwargs()

        return await self._requester.request(kwargs, _parse_conversational_ai_settings_get, request_options)

    async def update(
        self,
        *,
        conversation_initiation_client_data_webhook: models.ConversationInitiationClientDataWebhook
        | None
        | Unset = UNSET,
        webhooks: models.ConvAiWebhooks | Unset = UNSET,
        can_use_mcp_servers: bool | Unset = UNSET,
        rag_retention_period_days: int | Unset = UNSET,
        conversation_embedding_retention_days: int | None | Unset = UNSET,
        default_livekit_stack: models.LivekitStackType | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiSettingsResponseModel:
        """Update Convai Settings

        Update Convai settings for the workspace

        `PATCH /v1/convai/settings`.

        Args:
            conversation_initiation_client_data_webhook (ConversationInitiationClientDataWebhook | None | Unset):
            webhooks (ConvAiWebhooks | Unset):
            can_use_mcp_servers (bool | Unset): Whether the workspace can use MCP servers Defaults to
                False on the server.
            rag_retention_period_days (int | Unset): Defaults to 10 on the server.
            conversation_embedding_retention_days (int | None | Unset): Days to retain conversation
                embeddings. None means use the system default (30 days).
            default_livekit_stack (LivekitStackType | Unset):  One of: standard, static.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.patch_conv_ai_settings_request import PatchConvAiSettingsRequest

        kwargs = conversational_ai_settings_update._get_kwargs(
            body=PatchConvAiSettingsRequest(
                conversation_initiation_client_data_webhook=conversation_initiation_client_data_webhook,
                webhooks=webhooks,
                can_use_mcp_servers=can_use_mcp_servers,
                rag_retention_period_days=rag_retention_period_days,
                conversation_embedding_retention_days=conversation_embedding_retention_days,
                default_livekit_stack=default_livekit_stack,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_settings_update, request_options)


class AsyncConversationalAiSettingsResourceWithRawResponse:
    """`AsyncConversationalAiSettingsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiSettingsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
