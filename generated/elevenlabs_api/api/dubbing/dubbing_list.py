"""`GET /v1/dubbing`: List Dubs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        DubbingListCreationSourcesType0Item,
        DubbingListDubbingModelsType0Item,
        DubbingListDubbingStatus,
        DubbingListDubbingStatusesType0Item,
        DubbingListFilterByCreator,
        DubbingListOrderBy,
        DubbingListOrderDirection,
    )
    from ...models.dubbing_metadata_page_response_model import DubbingMetadataPageResponseModel
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = UNSET,
    order_by: DubbingListOrderBy | Unset = UNSET,
    order_direction: DubbingListOrderDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset = cursor

    params["cursor"] = json_cursor

    params["page_size"] = page_size

    json_dubbing_status: str | Unset = UNSET
    if not isinstance(dubbing_status, Unset):
        json_dubbing_status = dubbing_status

    params["dubbing_status"] = json_dubbing_status

    json_dubbing_statuses: list[str] | None | Unset
    if isinstance(dubbing_statuses, Unset):
        json_dubbing_statuses = UNSET
    elif isinstance(dubbing_statuses, list):
        json_dubbing_statuses = []
        for dubbing_statuses_type_0_item_data in dubbing_statuses:
            dubbing_statuses_type_0_item: str = dubbing_statuses_type_0_item_data
            json_dubbing_statuses.append(dubbing_statuses_type_0_item)

    else:
        json_dubbing_statuses = dubbing_statuses

    params["dubbing_statuses"] = json_dubbing_statuses

    json_dubbing_models: list[str] | None | Unset
    if isinstance(dubbing_models, Unset):
        json_dubbing_models = UNSET
    elif isinstance(dubbing_models, list):
        json_dubbing_models = []
        for dubbing_models_type_0_item_data in dubbing_models:
            dubbing_models_type_0_item: str = dubbing_models_type_0_item_data
            json_dubbing_models.append(dubbing_models_type_0_item)

    else:
        json_dubbing_models = dubbing_models

    params["dubbing_models"] = json_dubbing_models

    json_target_language_codes: list[str] | None | Unset
    if isinstance(target_language_codes, Unset):
        json_target_language_codes = UNSET
    elif isinstance(target_language_codes, list):
        json_target_language_codes = target_language_codes

    else:
        json_target_language_codes = target_language_codes

    params["target_language_codes"] = json_target_language_codes

    json_creation_sources: list[str] | None | Unset
    if isinstance(creation_sources, Unset):
        json_creation_sources = UNSET
    elif isinstance(creation_sources, list):
        json_creation_sources = []
        for creation_sources_type_0_item_data in creation_sources:
            creation_sources_type_0_item: str = creation_sources_type_0_item_data
            json_creation_sources.append(creation_sources_type_0_item)

    else:
        json_creation_sources = creation_sources

    params["creation_sources"] = json_creation_sources

    json_filter_by_creator: str | Unset = UNSET
    if not isinstance(filter_by_creator, Unset):
        json_filter_by_creator = filter_by_creator

    params["filter_by_creator"] = json_filter_by_creator

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = order_by

    params["order_by"] = json_order_by

    json_order_direction: str | Unset = UNSET
    if not isinstance(order_direction, Unset):
        json_order_direction = order_direction

    params["order_direction"] = json_order_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/dubbing",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DubbingMetadataPageResponseModel | HttpValidationError | None:
    from ...models.dubbing_metadata_page_response_model import DubbingMetadataPageResponseModel
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = DubbingMetadataPageResponseModel.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = UNSET,
    order_by: DubbingListOrderBy | Unset = UNSET,
    order_direction: DubbingListOrderDirection | Unset = UNSET,
) -> DubbingMetadataPageResponseModel | HttpValidationError | None:
    """List Dubs

    List the dubs you have access to.

    Args:
        cursor (None | str | Unset): Used for fetching next page. Cursor is returned in the
            response.
        page_size (int | Unset): How many dubs to return at maximum. Can not exceed 200, defaults
            to 100. Defaults to 100 on the server.
        dubbing_status (DubbingListDubbingStatus | Unset): What state the dub is currently in.
        dubbing_statuses (list[DubbingListDubbingStatusesType0Item] | None | Unset): Filter by
            dubbing status.
        dubbing_models (list[DubbingListDubbingModelsType0Item] | None | Unset): Filter by dubbing
            model generation.
        target_language_codes (list[str] | None | Unset): Filter by target language code.
        creation_sources (list[DubbingListCreationSourcesType0Item] | None | Unset): Filter by
            dubbing creation source.
        filter_by_creator (DubbingListFilterByCreator | Unset): Filters who created the resources
            being listed, whether it was the user running the request or someone else that shared the
            resource with them. Defaults to 'all' on the server.
        order_by (DubbingListOrderBy | Unset): The field to use for ordering results from this
            query. Defaults to 'created_at' on the server.
        order_direction (DubbingListOrderDirection | Unset): The order direction to use for
            results from this query. Defaults to 'DESCENDING' on the server.
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = UNSET,
    order_by: DubbingListOrderBy | Unset = UNSET,
    order_direction: DubbingListOrderDirection | Unset = UNSET,
) -> Response[DubbingMetadataPageResponseModel | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = UNSET,
    order_by: DubbingListOrderBy | Unset = UNSET,
    order_direction: DubbingListOrderDirection | Unset = UNSET,
) -> DubbingMetadataPageResponseModel | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            page_size=page_size,
            dubbing_status=dubbing_status,
            dubbing_statuses=dubbing_statuses,
            dubbing_models=dubbing_models,
            target_language_codes=target_language_codes,
            creation_sources=creation_sources,
            filter_by_creator=filter_by_creator,
            order_by=order_by,
            order_direction=order_direction,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    dubbing_status: DubbingListDubbingStatus | Unset = UNSET,
    dubbing_statuses: list[DubbingListDubbingStatusesType0Item] | None | Unset = UNSET,
    dubbing_models: list[DubbingListDubbingModelsType0Item] | None | Unset = UNSET,
    target_language_codes: list[str] | None | Unset = UNSET,
    creation_sources: list[DubbingListCreationSourcesType0Item] | None | Unset = UNSET,
    filter_by_creator: DubbingListFilterByCreator | Unset = UNSET,
    order_by: DubbingListOrderBy | Unset = UNSET,
    order_direction: DubbingListOrderDirection | Unset = UNSET,
) -> Response[DubbingMetadataPageResponseModel | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        cursor=cursor,
        page_size=page_size,
        dubbing_status=dubbing_status,
        dubbing_statuses=dubbing_statuses,
        dubbing_models=dubbing_models,
        target_language_codes=target_language_codes,
        creation_sources=creation_sources,
        filter_by_creator=filter_by_creator,
        order_by=order_by,
        order_direction=order_direction,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
