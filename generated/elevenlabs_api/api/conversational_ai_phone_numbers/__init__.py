"""`client.conversational_ai.phone_numbers`: the operations of group `conversational_ai_phone_numbers`, as methods of ConversationalAiPhoneNumbersResource and AsyncConversationalAiPhoneNumbersResource."""

from __future__ import annotations

import builtins
import functools
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import httpx

from ...types import UNSET, Unset, loads, parse_strictly
from .. import (
    AsyncRequester,
    Paging,
    Requester,
    RequestOptions,
    async_raw_response,
    check_path_parameter,
    former_names,
    raw_response,
)

# Models and realtime channels are named only in annotations: type checkers import them, and at run time
# typing.get_type_hints() reaches them through a stand-in that imports them then, so importing a group loads none.
if TYPE_CHECKING:
    from ... import models
else:
    from .. import lazy_models as models
from . import (
    conversational_ai_phone_numbers_create,
    conversational_ai_phone_numbers_delete,
    conversational_ai_phone_numbers_get,
    conversational_ai_phone_numbers_get_sip_messages,
    conversational_ai_phone_numbers_list,
    conversational_ai_phone_numbers_update,
)


def _parse_conversational_ai_phone_numbers_list(
    response: httpx.Response,
) -> builtins.list[
    models.GetPhoneNumberExotelResponseModel
    | models.GetPhoneNumberSipTrunkResponseModel
    | models.GetPhoneNumberTwilioResponseModel
]:
    from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ...models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
    from ...models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel

    response_200 = []
    _response_200 = loads(response.content)
    for response_200_item_data in _response_200:

        def _parse_response_200_item(
            data: object,
        ) -> (
            GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel
        ):
            return parse_strictly(_parse_response_200_item_member, data)

        def _parse_response_200_item_member(
            data: object,
        ) -> (
            GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel
        ):
            if isinstance(data, dict):
                for known in (
                    GetPhoneNumberTwilioResponseModel,
                    GetPhoneNumberExotelResponseModel,
                    GetPhoneNumberSipTrunkResponseModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_item_type_0 = GetPhoneNumberTwilioResponseModel.from_dict(data)

                return response_200_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_item_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

                return response_200_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_item_type_2 = GetPhoneNumberSipTrunkResponseModel.from_dict(data)

            return response_200_item_type_2

        response_200_item = _parse_response_200_item(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _parse_conversational_ai_phone_numbers_create(response: httpx.Response) -> models.CreatePhoneNumberResponseModel:
    from ...models.create_phone_number_response_model import CreatePhoneNumberResponseModel

    response_200 = CreatePhoneNumberResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_phone_numbers_get(
    response: httpx.Response,
) -> (
    models.GetPhoneNumberExotelResponseModel
    | models.GetPhoneNumberSipTrunkResponseModel
    | models.GetPhoneNumberTwilioResponseModel
):
    from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ...models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
    from ...models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel

    def _parse_response_200(
        data: object,
    ) -> GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel:
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel:
        if isinstance(data, dict):
            for known in (
                GetPhoneNumberTwilioResponseModel,
                GetPhoneNumberExotelResponseModel,
                GetPhoneNumberSipTrunkResponseModel,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = GetPhoneNumberTwilioResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        response_200_type_2 = GetPhoneNumberSipTrunkResponseModel.from_dict(data)

        return response_200_type_2

    response_200 = _parse_response_200(loads(response.content))

    return response_200


def _parse_conversational_ai_phone_numbers_delete(response: httpx.Response) -> Any:

    response_200 = loads(response.content)
    return response_200


def _parse_conversational_ai_phone_numbers_update(
    response: httpx.Response,
) -> (
    models.GetPhoneNumberExotelResponseModel
    | models.GetPhoneNumberSipTrunkResponseModel
    | models.GetPhoneNumberTwilioResponseModel
):
    from ...models.get_phone_number_exotel_response_model import GetPhoneNumberExotelResponseModel
    from ...models.get_phone_number_sip_trunk_response_model import GetPhoneNumberSipTrunkResponseModel
    from ...models.get_phone_number_twilio_response_model import GetPhoneNumberTwilioResponseModel

    def _parse_response_200(
        data: object,
    ) -> GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel:
        return parse_strictly(_parse_response_200_member, data)

    def _parse_response_200_member(
        data: object,
    ) -> GetPhoneNumberExotelResponseModel | GetPhoneNumberSipTrunkResponseModel | GetPhoneNumberTwilioResponseModel:
        if isinstance(data, dict):
            for known in (
                GetPhoneNumberTwilioResponseModel,
                GetPhoneNumberExotelResponseModel,
                GetPhoneNumberSipTrunkResponseModel,
            ):
                kind = getattr(known, "_kind", None)
                if kind is not None and data.get(kind[0]) == kind[1]:
                    return known.from_dict(data)

        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_0 = GetPhoneNumberTwilioResponseModel.from_dict(data)

            return response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_1 = GetPhoneNumberExotelResponseModel.from_dict(data)

            return response_200_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError(f"got {type(data).__name__}")
        response_200_type_2 = GetPhoneNumberSipTrunkResponseModel.from_dict(data)

        return response_200_type_2

    response_200 = _parse_response_200(loads(response.content))

    return response_200


def _parse_conversational_ai_phone_numbers_get_sip_messages(
    response: httpx.Response,
) -> models.GetSipLogMessagesResponse:
    from ...models.get_sip_log_messages_response import GetSipLogMessagesResponse

    response_200 = GetSipLogMessagesResponse.from_dict(loads(response.content))

    return response_200


_PAGING_CONVERSATIONAL_AI_PHONE_NUMBERS_GET_SIP_MESSAGES = Paging(
    items="sip_messages",
    kind="cursor",
    more="has_more",
    next="next_cursor",
    parameter="cursor",
)


class ConversationalAiPhoneNumbersListQuery(TypedDict, total=False):
    """The query parameters of `list`, for passing them on as keyword arguments."""

    provider: None | models.TelephonyProvider | Unset
    agent_id: None | str | Unset
    branch_id: None | str | Unset


class ConversationalAiPhoneNumbersGetSipMessagesQuery(TypedDict, total=False):
    """The query parameters of `get_sip_messages`, for passing them on as keyword arguments."""

    page_size: int | Unset
    cursor: None | str | Unset


class ConversationalAiPhoneNumbersResource:
    """The operations of group `conversational_ai_phone_numbers`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiPhoneNumbersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiPhoneNumbersResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def list(
        self,
        *,
        provider: None | models.TelephonyProvider | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[
        models.GetPhoneNumberExotelResponseModel
        | models.GetPhoneNumberSipTrunkResponseModel
        | models.GetPhoneNumberTwilioResponseModel
    ]:
        """List Phone Numbers

        Retrieve all Phone Numbers

        `GET /v1/convai/phone-numbers`.

        Args:
            provider (None | TelephonyProvider | Unset): Filter by telephony provider One of: exotel,
                sip_trunk, twilio.
            agent_id (None | str | Unset): Filter by assigned agent ID
            branch_id (None | str | Unset): Filter by assigned branch ID
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_phone_numbers_list._get_kwargs(
            provider=provider,
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_list, request_options)

    @former_names(body="request")
    def create(
        self,
        *,
        request: models.CreateExotelPhoneNumberRequest
        | models.CreateSipTrunkPhoneNumberRequest
        | models.CreateTwilioPhoneNumberRequest,
        request_options: RequestOptions | None = None,
    ) -> models.CreatePhoneNumberResponseModel:
        """Import Phone Number

        Import Phone Number from provider configuration (Twilio, Exotel, or SIP trunk)

        `POST /v1/convai/phone-numbers`.

        Args:
            request (CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest | CreateTwilioPhoneNumberRequest): The request body: Create Phone Request Information.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_phone_numbers_create._get_kwargs(
            body=request,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_create, request_options)

    def get(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetPhoneNumberExotelResponseModel
        | models.GetPhoneNumberSipTrunkResponseModel
        | models.GetPhoneNumberTwilioResponseModel
    ):
        """Get Phone Number

        Retrieve Phone Number details by ID

        `GET /v1/convai/phone-numbers/{phone_number_id}`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_phone_numbers_get._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_get, request_options)

    def delete(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Phone Number

        Delete Phone Number by ID

        `DELETE /v1/convai/phone-numbers/{phone_number_id}`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_phone_numbers_delete._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_delete, request_options)

    def update(
        self,
        phone_number_id: str,
        *,
        agent_id: None | str | Unset = UNSET,
        label: None | str | Unset = UNSET,
        inbound_trunk_config: models.InboundSipTrunkConfigRequestModel | None | Unset = UNSET,
        outbound_trunk_config: None | models.OutboundSipTrunkConfigRequestModel | Unset = UNSET,
        livekit_stack: models.LivekitStackType | None | Unset = UNSET,
        store_sip_messages: bool | None | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetPhoneNumberExotelResponseModel
        | models.GetPhoneNumberSipTrunkResponseModel
        | models.GetPhoneNumberTwilioResponseModel
    ):
        """Update Phone Number

        Update assigned agent of a phone number

        `PATCH /v1/convai/phone-numbers/{phone_number_id}`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            agent_id (None | str | Unset):
            label (None | str | Unset):
            inbound_trunk_config (InboundSipTrunkConfigRequestModel | None | Unset):
            outbound_trunk_config (None | OutboundSipTrunkConfigRequestModel | Unset):
            livekit_stack (LivekitStackType | None | Unset):  One of: standard, static.
            store_sip_messages (bool | None | Unset):
            environment (None | str | Unset): Environment to use for resolving environment variables on
                calls to this number.
            branch_id (None | str | Unset): Agent branch to use for calls to this number.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        from ...models.update_phone_number_request import UpdatePhoneNumberRequest

        kwargs = conversational_ai_phone_numbers_update._get_kwargs(
            phone_number_id=phone_number_id,
            body=UpdatePhoneNumberRequest(
                agent_id=agent_id,
                label=label,
                inbound_trunk_config=inbound_trunk_config,
                outbound_trunk_config=outbound_trunk_config,
                livekit_stack=livekit_stack,
                store_sip_messages=store_sip_messages,
                environment=environment,
                branch_id=branch_id,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_update, request_options)

    def get_sip_messages(
        self,
        phone_number_id: str,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSipLogMessagesResponse:
        """Get Sip Messages For A Phone Number

        Get SIP messages for a phone number

        `GET /v1/convai/phone-numbers/{phone_number_id}/sip-messages`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            page_size (int | Unset): Defaults to 20 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_phone_numbers_get_sip_messages._get_kwargs(
            phone_number_id=phone_number_id,
            page_size=page_size,
            cursor=cursor,
        )

        return self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_get_sip_messages, request_options)

    def iter_get_sip_messages_pages(
        self,
        phone_number_id: str,
        **query: Unpack[ConversationalAiPhoneNumbersGetSipMessagesQuery],
    ) -> Iterator[models.GetSipLogMessagesResponse]:
        """Every page of `get_sip_messages` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_sip_messages, phone_number_id),
            query,
            _PAGING_CONVERSATIONAL_AI_PHONE_NUMBERS_GET_SIP_MESSAGES,
        )

    def iter_get_sip_messages(
        self,
        phone_number_id: str,
        **query: Unpack[ConversationalAiPhoneNumbersGetSipMessagesQuery],
    ) -> Iterator[models.SipLogMessage]:
        """Every item (`sip_messages`) of every page of `get_sip_messages` with these parameters."""
        for page in self.iter_get_sip_messages_pages(phone_number_id, **query):
            yield from page.sip_messages


class ConversationalAiPhoneNumbersResourceWithRawResponse:
    """`ConversationalAiPhoneNumbersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiPhoneNumbersResource) -> None:
        self.list = raw_response(resource.list)
        self.create = raw_response(resource.create)
        self.get = raw_response(resource.get)
        self.delete = raw_response(resource.delete)
        self.update = raw_response(resource.update)
        self.get_sip_messages = raw_response(resource.get_sip_messages)


class AsyncConversationalAiPhoneNumbersResource:
    """The operations of group `conversational_ai_phone_numbers`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiPhoneNumbersResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiPhoneNumbersResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def list(
        self,
        *,
        provider: None | models.TelephonyProvider | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> builtins.list[
        models.GetPhoneNumberExotelResponseModel
        | models.GetPhoneNumberSipTrunkResponseModel
        | models.GetPhoneNumberTwilioResponseModel
    ]:
        """List Phone Numbers

        Retrieve all Phone Numbers

        `GET /v1/convai/phone-numbers`.

        Args:
            provider (None | TelephonyProvider | Unset): Filter by telephony provider One of: exotel,
                sip_trunk, twilio.
            agent_id (None | str | Unset): Filter by assigned agent ID
            branch_id (None | str | Unset): Filter by assigned branch ID
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_phone_numbers_list._get_kwargs(
            provider=provider,
            agent_id=agent_id,
            branch_id=branch_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_list, request_options)

    @former_names(body="request")
    async def create(
        self,
        *,
        request: models.CreateExotelPhoneNumberRequest
        | models.CreateSipTrunkPhoneNumberRequest
        | models.CreateTwilioPhoneNumberRequest,
        request_options: RequestOptions | None = None,
    ) -> models.CreatePhoneNumberResponseModel:
        """Import Phone Number

        Import Phone Number from provider configuration (Twilio, Exotel, or SIP trunk)

        `POST /v1/convai/phone-numbers`.

        Args:
            request (CreateExotelPhoneNumberRequest | CreateSipTrunkPhoneNumberRequest | CreateTwilioPhoneNumberRequest): The request body: Create Phone Request Information.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_phone_numbers_create._get_kwargs(
            body=request,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_create, request_options)

    async def get(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetPhoneNumberExotelResponseModel
        | models.GetPhoneNumberSipTrunkResponseModel
        | models.GetPhoneNumberTwilioResponseModel
    ):
        """Get Phone Number

        Retrieve Phone Number details by ID

        `GET /v1/convai/phone-numbers/{phone_number_id}`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_phone_numbers_get._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_get, request_options)

    async def delete(
        self,
        phone_number_id: str,
        *,
        request_options: RequestOptions | None = None,
    ) -> Any:
        """Delete Phone Number

        Delete Phone Number by ID

        `DELETE /v1/convai/phone-numbers/{phone_number_id}`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_phone_numbers_delete._get_kwargs(
            phone_number_id=phone_number_id,
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_delete, request_options)

    async def update(
        self,
        phone_number_id: str,
        *,
        agent_id: None | str | Unset = UNSET,
        label: None | str | Unset = UNSET,
        inbound_trunk_config: models.InboundSipTrunkConfigRequestModel | None | Unset = UNSET,
        outbound_trunk_config: None | models.OutboundSipTrunkConfigRequestModel | Unset = UNSET,
        livekit_stack: models.LivekitStackType | None | Unset = UNSET,
        store_sip_messages: bool | None | Unset = UNSET,
        environment: None | str | Unset = UNSET,
        branch_id: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> (
        models.GetPhoneNumberExotelResponseModel
        | models.GetPhoneNumberSipTrunkResponseModel
        | models.GetPhoneNumberTwilioResponseModel
    ):
        """Update Phone Number

        Update assigned agent of a phone number

        `PATCH /v1/convai/phone-numbers/{phone_number_id}`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            agent_id (None | str | Unset):
            label (None | str | Unset):
            inbound_trunk_config (InboundSipTrunkConfigRequestModel | None | Unset):
            outbound_trunk_config (None | OutboundSipTrunkConfigRequestModel | Unset):
            livekit_stack (LivekitStackType | None | Unset):  One of: standard, static.
            store_sip_messages (bool | None | Unset):
            environment (None | str | Unset): Environment to use for resolving environment variables on
                calls to this number.
            branch_id (None | str | Unset): Agent branch to use for calls to this number.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        from ...models.update_phone_number_request import UpdatePhoneNumberRequest

        kwargs = conversational_ai_phone_numbers_update._get_kwargs(
            phone_number_id=phone_number_id,
            body=UpdatePhoneNumberRequest(
                agent_id=agent_id,
                label=label,
                inbound_trunk_config=inbound_trunk_config,
                outbound_trunk_config=outbound_trunk_config,
                livekit_stack=livekit_stack,
                store_sip_messages=store_sip_messages,
                environment=environment,
                branch_id=branch_id,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_phone_numbers_update, request_options)

    async def get_sip_messages(
        self,
        phone_number_id: str,
        *,
        page_size: int | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetSipLogMessagesResponse:
        """Get Sip Messages For A Phone Number

        Get SIP messages for a phone number

        `GET /v1/convai/phone-numbers/{phone_number_id}/sip-messages`.

        Args:
            phone_number_id (str): The phone number ID. This is returned when a phone number is
                imported.
            page_size (int | Unset): Defaults to 20 on the server.
            cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
                response.
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        check_path_parameter("phone_number_id", phone_number_id)
        kwargs = conversational_ai_phone_numbers_get_sip_messages._get_kwargs(
            phone_number_id=phone_number_id,
            page_size=page_size,
            cursor=cursor,
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_phone_numbers_get_sip_messages, request_options
        )

    def iter_get_sip_messages_pages(
        self,
        phone_number_id: str,
        **query: Unpack[ConversationalAiPhoneNumbersGetSipMessagesQuery],
    ) -> AsyncIterator[models.GetSipLogMessagesResponse]:
        """Every page of `get_sip_messages` with these parameters, sending `next_cursor` back as `cursor` while `has_more`."""
        return self._requester.pages(
            functools.partial(self.get_sip_messages, phone_number_id),
            query,
            _PAGING_CONVERSATIONAL_AI_PHONE_NUMBERS_GET_SIP_MESSAGES,
        )

    async def iter_get_sip_messages(
        self,
        phone_number_id: str,
        **query: Unpack[ConversationalAiPhoneNumbersGetSipMessagesQuery],
    ) -> AsyncIterator[models.SipLogMessage]:
        """Every item (`sip_messages`) of every page of `get_sip_messages` with these parameters."""
        async for page in self.iter_get_sip_messages_pages(phone_number_id, **query):
            for item in page.sip_messages:
                yield item


class AsyncConversationalAiPhoneNumbersResourceWithRawResponse:
    """`AsyncConversationalAiPhoneNumbersResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiPhoneNumbersResource) -> None:
        self.list = async_raw_response(resource.list)
        self.create = async_raw_response(resource.create)
        self.get = async_raw_response(resource.get)
        self.delete = async_raw_response(resource.delete)
        self.update = async_raw_response(resource.update)
        self.get_sip_messages = async_raw_response(resource.get_sip_messages)
