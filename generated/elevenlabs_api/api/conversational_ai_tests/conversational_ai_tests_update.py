"""`PUT /v1/convai/agent-testing/{test_id}`: Update Agent Response Test."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ...types import Response, build_response, parse_strictly, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models.get_response_unit_test_response_model import GetResponseUnitTestResponseModel
    from ...models.get_simulation_test_response_model import GetSimulationTestResponseModel
    from ...models.get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel
    from ...models.http_validation_error import HttpValidationError
    from ...models.update_response_unit_test_request import UpdateResponseUnitTestRequest
    from ...models.update_simulation_test_request import UpdateSimulationTestRequest
    from ...models.update_tool_call_unit_test_request import UpdateToolCallUnitTestRequest


def _get_kwargs(
    test_id: str,
    *,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/convai/agent-testing/{test_id}".format(
            test_id=quote(str(test_id), safe=""),
        ),
    }
    from ...models.update_response_unit_test_request import UpdateResponseUnitTestRequest
    from ...models.update_simulation_test_request import UpdateSimulationTestRequest
    from ...models.update_tool_call_unit_test_request import UpdateToolCallUnitTestRequest

    if (
        isinstance(body, UpdateResponseUnitTestRequest)
        or isinstance(body, UpdateToolCallUnitTestRequest)
        or isinstance(body, UpdateSimulationTestRequest)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HttpValidationError
    | None
):
    from ...models.get_response_unit_test_response_model import GetResponseUnitTestResponseModel
    from ...models.get_simulation_test_response_model import GetSimulationTestResponseModel
    from ...models.get_tool_call_unit_test_response_model import GetToolCallUnitTestResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
            return parse_strictly(_parse_response_200_member, data)

        def _parse_response_200_member(
            data: object,
        ) -> GetResponseUnitTestResponseModel | GetSimulationTestResponseModel | GetToolCallUnitTestResponseModel:
            if isinstance(data, dict):
                for known in (
                    GetResponseUnitTestResponseModel,
                    GetToolCallUnitTestResponseModel,
                    GetSimulationTestResponseModel,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_0 = GetResponseUnitTestResponseModel.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                response_200_type_1 = GetToolCallUnitTestResponseModel.from_dict(data)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_200_type_2 = GetSimulationTestResponseModel.from_dict(data)

            return response_200_type_2

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> (
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HttpValidationError
    | None
):
    """Update Agent Response Test

    Updates an agent response test by ID.

    Args:
        test_id (str): The id of a chat response test. This is returned on test creation.
        body (UpdateResponseUnitTestRequest | UpdateSimulationTestRequest |
            UpdateToolCallUnitTestRequest): Agent test to update
    """

    return sync_detailed(
        test_id=test_id,
        client=client,
        body=body,
    ).parsed


def sync_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> Response[
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HttpValidationError
]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        test_id=test_id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> (
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HttpValidationError
    | None
):
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            test_id=test_id,
            client=client,
            body=body,
        )
    ).parsed


async def asyncio_detailed(
    test_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateResponseUnitTestRequest | UpdateSimulationTestRequest | UpdateToolCallUnitTestRequest,
) -> Response[
    GetResponseUnitTestResponseModel
    | GetSimulationTestResponseModel
    | GetToolCallUnitTestResponseModel
    | HttpValidationError
]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        test_id=test_id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
