"""`client.conversational_ai.twilio`: the operations of group `conversational_ai_twilio`, as methods of ConversationalAiTwilioResource and AsyncConversationalAiTwilioResource."""

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
from . import conversational_ai_twilio_outbound_call, conversational_ai_twilio_register_call


def _parse_conversational_ai_twilio_outbound_call(response: httpx.Response) -> models.TwilioOutboundCallResponse:
    from ...models.twilio_outbound_call_response import TwilioOutboundCallResponse

    response_200 = TwilioOutboundCallResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_twilio_register_call(response: httpx.Response) -> str:

    response_200 = response.text
    return response_200


class ConversationalAiTwilioResource:
    """The operations of group `conversational_ai_twilio`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiTwilioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiTwilioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def outbound_call(
        self,
        agent_id: str,
        agent_phone_number_id: str,
        to_number: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        call_recording_enabled: bool | None | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.TwilioOutboundCallResponse:
        """Handle An Outbound Call Via Twilio

        Handle an outbound call via Twilio

        `POST /v1/convai/twilio/outbound-call`.

        Args:
            agent_id (str):
            agent_phone_number_id (str):
            to_number (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            call_recording_enabled (bool | None | Unset): Whether let Twilio record the call.
            telephony_call_config (TelephonyCallConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_handle_an_outbound_call_via_twilio_v1_convai_twilio_outbound_call_post import (
            BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
        )

        kwargs = conversational_ai_twilio_outbound_call._get_kwargs(
            body=BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost(
                agent_id=agent_id,
                agent_phone_number_id=agent_phone_number_id,
                to_number=to_number,
                conversation_initiation_client_data=conversation_initiation_client_data,
                call_recording_enabled=call_recording_enabled,
                telephony_call_config=telephony_call_config,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_twilio_outbound_call, request_options)

    def register_call(
        self,
        agent_id: str,
        from_number: str,
        to_number: str,
        *,
        direction: models.TelephonyDirection | Unset = UNSET,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Register A Twilio Call And Return Twiml

        Register a Twilio call and return TwiML to connect the call

        `POST /v1/convai/twilio/register-call`.

        Args:
            agent_id (str):
            from_number (str):
            to_number (str):
            direction (TelephonyDirection | Unset):  One of: inbound, outbound.
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post import (
            BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
        )

        kwargs = conversational_ai_twilio_register_call._get_kwargs(
            body=BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost(
                agent_id=agent_id,
                from_number=from_number,
                to_number=to_number,
                direction=direction,
                conversation_initiation_client_data=conversation_initiation_client_data,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_twilio_register_call, request_options)


class ConversationalAiTwilioResourceWithRawResponse:
    """`ConversationalAiTwilioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiTwilioResource) -> None:
        self.outbound_call = raw_response(resource.outbound_call)
        self.register_call = raw_response(resource.register_call)


class AsyncConversationalAiTwilioResource:
    """The operations of group `conversational_ai_twilio`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiTwilioResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiTwilioResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def outbound_call(
        self,
        agent_id: str,
        agent_phone_number_id: str,
        to_number: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        call_recording_enabled: bool | None | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.TwilioOutboundCallResponse:
        """Handle An Outbound Call Via Twilio

        Handle an outbound call via Twilio

        `POST /v1/convai/twilio/outbound-call`.

        Args:
            agent_id (str):
            agent_phone_number_id (str):
            to_number (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            call_recording_enabled (bool | None | Unset): Whether let Twilio record the call.
            telephony_call_config (TelephonyCallConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_handle_an_outbound_call_via_twilio_v1_convai_twilio_outbound_call_post import (
            BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost,
        )

        kwargs = conversational_ai_twilio_outbound_call._get_kwargs(
            body=BodyHandleAnOutboundCallViaTwilioV1ConvaiTwilioOutboundCallPost(
                agent_id=agent_id,
                agent_phone_number_id=agent_phone_number_id,
                to_number=to_number,
                conversation_initiation_client_data=conversation_initiation_client_data,
                call_recording_enabled=call_recording_enabled,
                telephony_call_config=telephony_call_config,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_twilio_outbound_call, request_options)

    async def register_call(
        self,
        agent_id: str,
        from_number: str,
        to_number: str,
        *,
        direction: models.TelephonyDirection | Unset = UNSET,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> str:
        """Register A Twilio Call And Return Twiml

        Register a Twilio call and return TwiML to connect the call

        `POST /v1/convai/twilio/register-call`.

        Args:
            agent_id (str):
            from_number (str):
            to_number (str):
            direction (TelephonyDirection | Unset):  One of: inbound, outbound.
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_register_a_twilio_call_and_return_twi_ml_v1_convai_twilio_register_call_post import (
            BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost,
        )

        kwargs = conversational_ai_twilio_register_call._get_kwargs(
            body=BodyRegisterATwilioCallAndReturnTwiMlV1ConvaiTwilioRegisterCallPost(
                agent_id=agent_id,
                from_number=from_number,
                to_number=to_number,
                direction=direction,
                conversation_initiation_client_data=conversation_initiation_client_data,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_twilio_register_call, request_options)


class AsyncConversationalAiTwilioResourceWithRawResponse:
    """`AsyncConversationalAiTwilioResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiTwilioResource) -> None:
        self.outbound_call = async_raw_response(resource.outbound_call)
        self.register_call = async_raw_response(resource.register_call)
