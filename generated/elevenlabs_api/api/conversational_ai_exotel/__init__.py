"""`client.conversational_ai.exotel`: the operations of group `conversational_ai_exotel`, as methods of ConversationalAiExotelResource and AsyncConversationalAiExotelResource."""

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
from . import conversational_ai_exotel_outbound_call


def _parse_conversational_ai_exotel_outbound_call(response: httpx.Response) -> models.ExotelOutboundCallResponse:
    from ...models.exotel_outbound_call_response import ExotelOutboundCallResponse

    response_200 = ExotelOutboundCallResponse.from_dict(loads(response.content))

    return response_200


class ConversationalAiExotelResource:
    """The operations of group `conversational_ai_exotel`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiExotelResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiExotelResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def outbound_call(
        self,
        agent_id: str,
        agent_phone_number_id: str,
        to_number: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ExotelOutboundCallResponse:
        """Handle An Outbound Call Via Exotel

        Handle an outbound call via Exotel Connect API

        `POST /v1/convai/exotel/outbound-call`.

        Args:
            agent_id (str):
            agent_phone_number_id (str):
            to_number (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            telephony_call_config (TelephonyCallConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_handle_an_outbound_call_via_exotel_v1_convai_exotel_outbound_call_post import (
            BodyHandleAnOutboundCallViaExotelV1ConvaiExotelOutboundCallPost,
        )

        kwargs = conversational_ai_exotel_outbound_call._get_kwargs(
            body=BodyHandleAnOutboundCallViaExotelV1ConvaiExotelOutboundCallPost(
                agent_id=agent_id,
                agent_phone_number_id=agent_phone_number_id,
                to_number=to_number,
                conversation_initiation_client_data=conversation_initiation_client_data,
                telephony_call_config=telephony_call_config,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_exotel_outbound_call, request_options)


class ConversationalAiExotelResourceWithRawResponse:
    """`ConversationalAiExotelResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiExotelResource) -> None:
        self.outbound_call = raw_response(resource.outbound_call)


class AsyncConversationalAiExotelResource:
    """The operations of group `conversational_ai_exotel`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiExotelResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiExotelResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def outbound_call(
        self,
        agent_id: str,
        agent_phone_number_id: str,
        to_number: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.ExotelOutboundCallResponse:
        """Handle An Outbound Call Via Exotel

        Handle an outbound call via Exotel Connect API

        `POST /v1/convai/exotel/outbound-call`.

        Args:
            agent_id (str):
            agent_phone_number_id (str):
            to_number (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            telephony_call_config (TelephonyCallConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_handle_an_outbound_call_via_exotel_v1_convai_exotel_outbound_call_post import (
            BodyHandleAnOutboundCallViaExotelV1ConvaiExotelOutboundCallPost,
        )

        kwargs = conversational_ai_exotel_outbound_call._get_kwargs(
            body=BodyHandleAnOutboundCallViaExotelV1ConvaiExotelOutboundCallPost(
                agent_id=agent_id,
                agent_phone_number_id=agent_phone_number_id,
                to_number=to_number,
                conversation_initiation_client_data=conversation_initiation_client_data,
                telephony_call_config=telephony_call_config,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_exotel_outbound_call, request_options)


class AsyncConversationalAiExotelResourceWithRawResponse:
    """`AsyncConversationalAiExotelResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiExotelResource) -> None:
        self.outbound_call = async_raw_response(resource.outbound_call)
