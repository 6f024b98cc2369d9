"""`client.conversational_ai.whatsapp`: the operations of group `conversational_ai_whatsapp`, as methods of ConversationalAiWhatsappResource and AsyncConversationalAiWhatsappResource."""

from __future__ import annotations

import builtins
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
from . import conversational_ai_whatsapp_outbound_call, conversational_ai_whatsapp_outbound_message


def _parse_conversational_ai_whatsapp_outbound_call(response: httpx.Response) -> models.WhatsAppOutboundCallResponse:
    from ...models.whats_app_outbound_call_response import WhatsAppOutboundCallResponse

    response_200 = WhatsAppOutboundCallResponse.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_whatsapp_outbound_message(
    response: httpx.Response,
) -> models.WhatsAppOutboundMessageResponse:
    from ...models.whats_app_outbound_message_response import WhatsAppOutboundMessageResponse

    response_200 = WhatsAppOutboundMessageResponse.from_dict(loads(response.content))

    return response_200


class ConversationalAiWhatsappResource:
    """The operations of group `conversational_ai_whatsapp`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiWhatsappResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiWhatsappResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    def outbound_call(
        self,
        whatsapp_phone_number_id: str,
        whatsapp_user_id: str,
        whatsapp_call_permission_request_template_name: str,
        whatsapp_call_permission_request_template_language_code: str,
        agent_id: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WhatsAppOutboundCallResponse:
        """Make An Outbound Call Via Whatsapp

        Make an outbound call via WhatsApp

        `POST /v1/convai/whatsapp/outbound-call`.

        Args:
            whatsapp_phone_number_id (str):
            whatsapp_user_id (str):
            whatsapp_call_permission_request_template_name (str):
            whatsapp_call_permission_request_template_language_code (str):
            agent_id (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_make_an_outbound_call_via_whats_app_v1_convai_whatsapp_outbound_call_post import (
            BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost,
        )

        kwargs = conversational_ai_whatsapp_outbound_call._get_kwargs(
            body=BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost(
                whatsapp_phone_number_id=whatsapp_phone_number_id,
                whatsapp_user_id=whatsapp_user_id,
                whatsapp_call_permission_request_template_name=whatsapp_call_permission_request_template_name,
                whatsapp_call_permission_request_template_language_code=whatsapp_call_permission_request_template_language_code,
                agent_id=agent_id,
                conversation_initiation_client_data=conversation_initiation_client_data,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_whatsapp_outbound_call, request_options)

    def outbound_message(
        self,
        whatsapp_phone_number_id: str,
        whatsapp_user_id: str,
        template_name: str,
        template_language_code: str,
        template_params: builtins.list[
            models.WhatsAppTemplateBodyComponentParams
            | models.WhatsAppTemplateButtonComponentParams
            | models.WhatsAppTemplateHeaderComponentParams
        ],
        agent_id: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WhatsAppOutboundMessageResponse:
        """Send An Outbound Message Via Whatsapp

        Send an outbound message via WhatsApp

        `POST /v1/convai/whatsapp/outbound-message`.

        Args:
            whatsapp_phone_number_id (str):
            whatsapp_user_id (str):
            template_name (str):
            template_language_code (str):
            template_params (list[WhatsAppTemplateBodyComponentParams | WhatsAppTemplateButtonComponentParams | WhatsAppTemplateHeaderComponentParams]):
            agent_id (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
            BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
        )

        kwargs = conversational_ai_whatsapp_outbound_message._get_kwargs(
            body=BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost(
                whatsapp_phone_number_id=whatsapp_phone_number_id,
                whatsapp_user_id=whatsapp_user_id,
                template_name=template_name,
                template_language_code=template_language_code,
                template_params=template_params,
                agent_id=agent_id,
                conversation_initiation_client_data=conversation_initiation_client_data,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_whatsapp_outbound_message, request_options)


class ConversationalAiWhatsappResourceWithRawResponse:
    """`ConversationalAiWhatsappResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiWhatsappResource) -> None:
        self.outbound_call = raw_response(resource.outbound_call)
        self.outbound_message = raw_response(resource.outbound_message)


class AsyncConversationalAiWhatsappResource:
    """The operations of group `conversational_ai_whatsapp`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiWhatsappResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiWhatsappResourceWithRawResponse(type(self)(self._requester.with_raw_responses()))

    async def outbound_call(
        self,
        whatsapp_phone_number_id: str,
        whatsapp_user_id: str,
        whatsapp_call_permission_request_template_name: str,
        whatsapp_call_permission_request_template_language_code: str,
        agent_id: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WhatsAppOutboundCallResponse:
        """Make An Outbound Call Via Whatsapp

        Make an outbound call via WhatsApp

        `POST /v1/convai/whatsapp/outbound-call`.

        Args:
            whatsapp_phone_number_id (str):
            whatsapp_user_id (str):
            whatsapp_call_permission_request_template_name (str):
            whatsapp_call_permission_request_template_language_code (str):
            agent_id (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_make_an_outbound_call_via_whats_app_v1_convai_whatsapp_outbound_call_post import (
            BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost,
        )

        kwargs = conversational_ai_whatsapp_outbound_call._get_kwargs(
            body=BodyMakeAnOutboundCallViaWhatsAppV1ConvaiWhatsappOutboundCallPost(
                whatsapp_phone_number_id=whatsapp_phone_number_id,
                whatsapp_user_id=whatsapp_user_id,
                whatsapp_call_permission_request_template_name=whatsapp_call_permission_request_template_name,
                whatsapp_call_permission_request_template_language_code=whatsapp_call_permission_request_template_language_code,
                agent_id=agent_id,
                conversation_initiation_client_data=conversation_initiation_client_data,
            ),
        )

        return await self._requester.request(kwargs, _parse_conversational_ai_whatsapp_outbound_call, request_options)

    async def outbound_message(
        self,
        whatsapp_phone_number_id: str,
        whatsapp_user_id: str,
        template_name: str,
        template_language_code: str,
        template_params: builtins.list[
            models.WhatsAppTemplateBodyComponentParams
            | models.WhatsAppTemplateButtonComponentParams
            | models.WhatsAppTemplateHeaderComponentParams
        ],
        agent_id: str,
        *,
        conversation_initiation_client_data: models.ConversationInitiationClientDataRequestInput | None | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.WhatsAppOutboundMessageResponse:
        """Send An Outbound Message Via Whatsapp

        Send an outbound message via WhatsApp

        `POST /v1/convai/whatsapp/outbound-message`.

        Args:
            whatsapp_phone_number_id (str):
            whatsapp_user_id (str):
            template_name (str):
            template_language_code (str):
            template_params (list[WhatsAppTemplateBodyComponentParams | WhatsAppTemplateButtonComponentParams | WhatsAppTemplateHeaderComponentParams]):
            agent_id (str):
            conversation_initiation_client_data (ConversationInitiationClientDataRequestInput | None | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.body_send_an_outbound_message_via_whats_app_v1_convai_whatsapp_outbound_message_post import (
            BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost,
        )

        kwargs = conversational_ai_whatsapp_outbound_message._get_kwargs(
            body=BodySendAnOutboundMessageViaWhatsAppV1ConvaiWhatsappOutboundMessagePost(
                whatsapp_phone_number_id=whatsapp_phone_number_id,
                whatsapp_user_id=whatsapp_user_id,
                template_name=template_name,
                template_language_code=template_language_code,
                template_params=template_params,
                agent_id=agent_id,
                conversation_initiation_client_data=conversation_initiation_client_data,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_whatsapp_outbound_message, request_options
        )


class AsyncConversationalAiWhatsappResourceWithRawResponse:
    """`AsyncConversationalAiWhatsappResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiWhatsappResource) -> None:
        self.outbound_call = async_raw_response(resource.outbound_call)
        self.outbound_message = async_raw_response(resource.outbound_message)
