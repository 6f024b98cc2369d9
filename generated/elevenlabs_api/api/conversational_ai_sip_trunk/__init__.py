"""`client.conversational_ai.sip_trunk`: the operations of group `conversational_ai_sip_trunk`, as methods of ConversationalAiSipTrunkResource and AsyncConversationalAiSipTrunkResource."""

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
from . import conversational_ai_sip_trunk_outbound_call


def _parse_conversational_ai_sip_trunk_outbound_call(response: httpx.Response) -> models.SipTrunkOutboundCallResponse:
    from ...models.sip_trunk_outbound_call_response import SipTrunkOutboundCallResponse

    response_200 = SipTrunkOutboundCallResponse.from_dict(loads(response.content))

    return response_200


class ConversationalAiSipTrunkResource:
    """The operations of group `conversational_ai_sip_trunk`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiSipTrunkResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiSipTrunkResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def outbound_call(
        self,
        agent_id: str,
        agent_phone_number_id: str,
        to_number: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SipTrunkOutboundCallResponse:
        """Handle An Outbound Call Via Sip Trunk

        Handle an outbound call via SIP trunk

        `POST /v1/convai/sip-trunk/outbound-call`.

        Args:
            agent_id (str):
            agent_phone_number_id (str):
            to_number (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            telephony_call_config (TelephonyCallConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_handle_an_outbound_call_via_sip_trunk_v1_convai_sip_trunk_outbound_call_post import (
            BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
        )

        kwargs = conversational_ai_sip_trunk_outbound_call._get_kwargs(
            body=BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost(
                agent_id=agent_id,
                agent_phone_number_id=agent_phone_number_id,
                to_number=to_number,
                conversation_initiation_client_data=conversation_initiation_client_data,
                telephony_call_config=telephony_call_config,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_sip_trunk_outbound_call, request_options)


class ConversationalAiSipTrunkResourceWithRawResponse:
    """`ConversationalAiSipTrunkResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiSipTrunkResource) -> None:
        self.outbound_call = raw_response(resource.outbound_call)


class AsyncConversationalAiSipTrunkResource:
    """The operations of group `conversational_ai_sip_trunk`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiSipTrunkResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiSipTrunkResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def outbound_call(
        self,
        agent_id: str,
        agent_phone_number_id: str,
        to_number: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        telephony_call_config: models.TelephonyCallConfig | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.SipTrunkOutboundCallResponse:
        """Handle An Outbound Call Via Sip Trunk

        Handle an outbound call via SIP trunk

        `POST /v1/convai/sip-trunk/outbound-call`.

        Args:
            agent_id (str):
            agent_phone_number_id (str):
            to_number (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            telephony_call_config (TelephonyCallConfig | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_handle_an_outbound_call_via_sip_trunk_v1_convai_sip_trunk_outbound_call_post import (
            BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost,
        )

        kwargs = conversational_ai_sip_trunk_outbound_call._get_kwargs(
            body=BodyHandleAnOutboundCallViaSipTrunkV1ConvaiSipTrunkOutboundCallPost(
                agent_id=agent_id,
                agent_phone_number_id=agent_phone_number_id,
                to_number=to_number,
                conversation_initiation_client_data=conversation_initiation_client_data,
                telephony_call_config=telephony_call_config,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_sip_trunk_outbound_call, request_options)


class AsyncConversationalAiSipTrunkResourceWithRawResponse:
    """`AsyncConversationalAiSipTrunkResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiSipTrunkResource) -> None:
        self.outbound_call = async_raw_response(resource.outbound_call)
