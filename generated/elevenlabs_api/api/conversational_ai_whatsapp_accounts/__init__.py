"""`client.conversational_ai.whatsapp_accounts`: the operations of group `conversational_ai_whatsapp_accounts`, as methods of ConversationalAiWhatsappAccountsResource and AsyncConversationalAiWhatsappAccountsResource."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any, TypedDict

import httpx

from ...types import UNSET, Unset, loads
from .. import (
    AsyncRequester,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    conversational_ai_whatsapp_accounts_delete,
    conversational_ai_whatsapp_accounts_get,
    conversational_ai_whatsapp_accounts_list,
    conversational_ai_whatsapp_accounts_update,
)


def _parse_conversational_ai_whatsapp_accounts_list(response: httpx.Response) -> models.ListWhatsAppAccountsResponse:
    from ...models.list_whats_app_accounts_response import ListWhatsAppAccountsResponse

    response_200 = ListWhatsAppAccountsResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_whatsapp_accounts_get(response: httpx.Response) -> models.GetWhatsAppAccountResponse:
    from ...models.get_whats_app_account_response import GetWhatsAppAccountResponse

    response_200 = GetWhatsAppAccountResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_whatsapp_accounts_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_whatsapp_accounts_update(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


class ConversationalAiWhatsappAccountsListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    agent_id: None | str | Unset


class ConversationalAiWhatsappAccountsResource:
    """The operations of group `conversational_ai_whatsapp_accounts`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiWhatsappAccountsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiWhatsappAccountsResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListWhatsAppAccountsResponse:
        """List Whatsapp Accounts

        List all WhatsApp accounts

        `GET /v1/convai/whatsapp-accounts`.

        Args:
            agent_id (None | str | Unset): Filter by assigned agent ID
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_whatsapp_accounts_list._get_kwargs(
            agent_id=agent_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_list, request_options)

    def get(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetWhatsAppAccountResponse:
        """Get Whatsapp Account

        Get a WhatsApp account

        `GET /v1/convai/whatsapp-accounts/{phone_number_id}`.

        Args:
            phone_number_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_whatsapp_accounts_get._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_get, request_options)

    def delete(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Whatsapp Account

        Delete a WhatsApp account

        `DELETE /v1/convai/whatsapp-accounts/{phone_number_id}`.

        Args:
            phone_number_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_whatsapp_accounts_delete._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_delete, request_options)

    def update(
        self,
        phone_number_id: str,
        *,
        assigned_agent_id: None | str | Unset = UNSET,
        enable_messaging: bool | None | Unset = UNSET,
        enable_audio_message_response: bool | None | Unset = UNSET,
        enable_typing_indicator: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Update Whatsapp Account

        Update a WhatsApp account

        `PATCH /v1/convai/whatsapp-accounts/{phone_number_id}`.

        Args:
            phone_number_id (str):
            assigned_agent_id (None | str | Unset):
            enable_messaging (bool | None | Unset):
            enable_audio_message_response (bool | None | Unset):
            enable_typing_indicator (bool | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        from ...models.update_whats_app_account_request import UpdateWhatsAppAccountRequest

        kwargs = conversational_ai_whatsapp_accounts_update._get_kwargs(
            phone_number_id=phone_number_id,
            body=UpdateWhatsAppAccountRequest(
                assigned_agent_id=assigned_agent_id,
                enable_messaging=enable_messaging,
                enable_audio_message_response=enable_audio_message_response,
                enable_typing_indicator=enable_typing_indicator,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_update, request_options)


class ConversationalAiWhatsappAccountsResourceWithRawResponse:
    """`ConversationalAiWhatsappAccountsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiWhatsappAccountsResource) -> None:
        self.list = raw_response(resource.list)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)


class AsyncConversationalAiWhatsappAccountsResource:
    """The operations of group `conversational_ai_whatsapp_accounts`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiWhatsappAccountsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiWhatsappAccountsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        *,
        agent_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ListWhatsAppAccountsResponse:
        """List Whatsapp Accounts

        List all WhatsApp accounts

        `GET /v1/convai/whatsapp-accounts`.

        Args:
            agent_id (None | str | Unset): Filter by assigned agent ID
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_whatsapp_accounts_list._get_kwargs(
            agent_id=agent_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_list, request_options)

    async def get(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetWhatsAppAccountResponse:
        """Get Whatsapp Account

        Get a WhatsApp account

        `GET /v1/convai/whatsapp-accounts/{phone_number_id}`.

        Args:
            phone_number_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_whatsapp_accounts_get._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_get, request_options)

    async def delete(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Whatsapp Account

        Delete a WhatsApp account

        `DELETE /v1/convai/whatsapp-accounts/{phone_number_id}`.

        Args:
            phone_number_id (str):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_whatsapp_accounts_delete._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_delete, request_options)

    async def update(
        self,
        phone_number_id: str,
        *,
        assigned_agent_id: None | str | Unset = UNSET,
        enable_messaging: bool | None | Unset = UNSET,
        enable_audio_message_response: bool | None | Unset = UNSET,
        enable_typing_indicator: bool | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Update Whatsapp Account

        Update a WhatsApp account

        `PATCH /v1/convai/whatsapp-accounts/{phone_number_id}`.

        Args:
            phone_number_id (str):
            assigned_agent_id (None | str | Unset):
            enable_messaging (bool | None | Unset):
            enable_audio_message_response (bool | None | Unset):
            enable_typing_indicator (bool | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        from ...models.update_whats_app_account_request import UpdateWhatsAppAccountRequest

        kwargs = conversational_ai_whatsapp_accounts_update._get_kwargs(
            phone_number_id=phone_number_id,
            body=UpdateWhatsAppAccountRequest(
                assigned_agent_id=assigned_agent_id,
                enable_messaging=enable_messaging,
                enable_audio_message_response=enable_audio_message_response,
                enable_typing_indicator=enable_typing_indicator,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_whatsapp_accounts_update, request_options)


class AsyncConversationalAiWhatsappAccountsResourceWithRawResponse:
    """`AsyncConversationalAiWhatsappAccountsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiWhatsappAccountsResource) -> None:
        self.list = async_raw_response(resource.list)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
