"""`client.conversational_ai.dashboard.settings`: the operations of group `conversational_ai_dashboard_settings`, as methods of ConversationalAiDashboardSettingsResource and AsyncConversationalAiDashboardSettingsResource."""

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
from . import conversational_ai_dashboard_settings_get, conversational_ai_dashboard_settings_update


def _parse_conversational_ai_dashboard_settings_get(
    response: httpx.Response,
) -> models.GetConvAiDashboardSettingsResponseModel:
    from ...models.get_conv_ai_dashboard_settings_response_model import GetConvAiDashboardSettingsResponseModel

    response_200 = GetConvAiDashboardSettingsResponseModel.from_dict(loads(response.content))

    return response_200


def _parse_conversational_ai_dashboard_settings_update(
    response: httpx.Response,
) -> models.GetConvAiDashboardSettingsResponseModel:
    from ...models.get_conv_ai_dashboard_settings_response_model import GetConvAiDashboardSettingsResponseModel

    response_200 = GetConvAiDashboardSettingsResponseModel.from_dict(loads(response.content))

    return response_200


class ConversationalAiDashboardSettingsResource:
    """The operations of group `conversational_ai_dashboard_settings`."""

    def __init__(self, requester: Requester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> ConversationalAiDashboardSettingsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return ConversationalAiDashboardSettingsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiDashboardSettingsResponseModel:
        """Get Convai Dashboard Settings

        Retrieve Convai dashboard settings for the workspace

        `GET /v1/convai/settings/dashboard`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_dashboard_settings_get._get_kwargs()

        return self._requester.request(kwargs, _parse_conversational_ai_dashboard_settings_get, request_options)

    def update(
        self,
        *,
        charts: builtins.list[
            models.DashboardCallSuccessChartModel
            | models.DashboardCriteriaChartModel
            | models.DashboardDataCollectionChartModel
        ]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiDashboardSettingsResponseModel:
        """Update Convai Dashboard Settings

        Update Convai dashboard settings for the workspace

        `PATCH /v1/convai/settings/dashboard`.

        Args:
            charts (list[DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel] | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.patch_conv_ai_dashboard_settings_request import PatchConvAiDashboardSettingsRequest

        kwargs = conversational_ai_dashboard_settings_update._get_kwargs(
            body=PatchConvAiDashboardSettingsRequest(
                charts=charts,
            ),
        )

        return self._requester.request(kwargs, _parse_conversational_ai_dashboard_settings_update, request_options)


class ConversationalAiDashboardSettingsResourceWithRawResponse:
    """`ConversationalAiDashboardSettingsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: ConversationalAiDashboardSettingsResource) -> None:
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)


class AsyncConversationalAiDashboardSettingsResource:
    """The operations of group `conversational_ai_dashboard_settings`, as coroutines."""

    def __init__(self, requester: AsyncRequester) -> None:
        self._requester = requester

    @functools.cached_property
    def with_raw_response(self) -> AsyncConversationalAiDashboardSettingsResourceWithRawResponse:
        """These operations, each answering with a RawResponse: the parsed data, the status and the headers."""
        return AsyncConversationalAiDashboardSettingsResourceWithRawResponse(
            type(self)(self._requester.with_raw_responses())
        )

    async def get(
        self,
        *,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiDashboardSettingsResponseModel:
        """Get Convai Dashboard Settings

        Retrieve Convai dashboard settings for the workspace

        `GET /v1/convai/settings/dashboard`.

        Args:
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        kwargs = conversational_ai_dashboard_settings_get._get_kwargs()

        return await self._requester.request(kwargs, _parse_conversational_ai_dashboard_settings_get, request_options)

    async def update(
        self,
        *,
        charts: builtins.list[
            models.DashboardCallSuccessChartModel
            | models.DashboardCriteriaChartModel
            | models.DashboardDataCollectionChartModel
        ]
        | Unset = UNSET,
        request_options: RequestOptions | None = None,
    ) -> models.GetConvAiDashboardSettingsResponseModel:
        """Update Convai Dashboard Settings

        Update Convai dashboard settings for the workspace

        `PATCH /v1/convai/settings/dashboard`.

        Args:
            charts (list[DashboardCallSuccessChartModel | DashboardCriteriaChartModel | DashboardDataCollectionChartModel] | Unset):
            request_options (RequestOptions | None): This call's timeout, max_retries and additional_headers,
                additional_query_parameters or additional_body_parameters.
        """

        from ...models.patch_conv_ai_dashboard_settings_request import PatchConvAiDashboardSettingsRequest

        kwargs = conversational_ai_dashboard_settings_update._get_kwargs(
            body=PatchConvAiDashboardSettingsRequest(
                charts=charts,
            ),
        )

        return await self._requester.request(
            kwargs, _parse_conversational_ai_dashboard_settings_update, request_options
        )


class AsyncConversationalAiDashboardSettingsResourceWithRawResponse:
    """`AsyncConversationalAiDashboardSettingsResource`'s operations, each answering with a RawResponse around what it returns."""

    def __init__(self, resource: AsyncConversationalAiDashboardSettingsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
