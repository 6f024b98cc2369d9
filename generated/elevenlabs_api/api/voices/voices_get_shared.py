"""`GET /v1/shared-voices`: Get Voices."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ...types import UNSET, Response, Unset, build_response, raise_unexpected_status

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client
    from ...models._literals import (
        VoicesGetSharedCategory,
        VoicesGetSharedSort,
    )
    from ...models.get_library_voices_response import GetLibraryVoicesResponse
    from ...models.http_validation_error import HttpValidationError


def _get_kwargs(
    *,
    page_size: int | Unset = UNSET,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category

    params["category"] = json_category

    json_gender: None | str | Unset = gender

    params["gender"] = json_gender

    json_age: None | str | Unset = age

    params["age"] = json_age

    json_accent: None | str | Unset = accent

    params["accent"] = json_accent

    json_language: None | str | Unset = language

    params["language"] = json_language

    json_locale: None | str | Unset = locale

    params["locale"] = json_locale

    json_search: None | str | Unset = search

    params["search"] = json_search

    json_use_cases: list[str] | None | Unset
    if isinstance(use_cases, Unset):
        json_use_cases = UNSET
    elif isinstance(use_cases, list):
        json_use_cases = use_cases

    else:
        json_use_cases = use_cases

    params["use_cases"] = json_use_cases

    json_descriptives: list[str] | None | Unset
    if isinstance(descriptives, Unset):
        json_descriptives = UNSET
    elif isinstance(descriptives, list):
        json_descriptives = descriptives

    else:
        json_descriptives = descriptives

    params["descriptives"] = json_descriptives

    params["featured"] = featured

    json_min_notice_period_days: int | None | Unset = min_notice_period_days

    params["min_notice_period_days"] = json_min_notice_period_days

    json_include_custom_rates: bool | None | Unset = include_custom_rates

    params["include_custom_rates"] = json_include_custom_rates

    json_include_live_moderated: bool | None | Unset = include_live_moderated

    params["include_live_moderated"] = json_include_live_moderated

    params["reader_app_enabled"] = reader_app_enabled

    json_owner_id: None | str | Unset = owner_id

    params["owner_id"] = json_owner_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/shared-voices",
    }
    _kwargs["params"] = params
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetLibraryVoicesResponse | HttpValidationError | None:
    from ...models.get_library_voices_response import GetLibraryVoicesResponse
    from ...models.http_validation_error import HttpValidationError

    if response.status_code == 200:
        response_200 = GetLibraryVoicesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HttpValidationError.from_dict(response.json())

        return response_422

    raise_unexpected_status(client, response)
    return None


def sync(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = UNSET,
    page: int | Unset = UNSET,
) -> GetLibraryVoicesResponse | HttpValidationError | None:
    """Get Voices

    Retrieves a list of shared voices.

    Args:
        page_size (int | Unset): How many shared voices to return at maximum. Can not exceed 100,
            defaults to 30. Defaults to 30 on the server.
        category (VoicesGetSharedCategory | Unset): Voice category used for filtering
        gender (None | str | Unset): Gender used for filtering
        age (None | str | Unset): Age used for filtering
        accent (None | str | Unset): Accent used for filtering
        language (None | str | Unset): Language used for filtering
        locale (None | str | Unset): Locale used for filtering
        search (None | str | Unset): Search term used for filtering
        use_cases (list[str] | None | Unset): Use-case used for filtering
        descriptives (list[str] | None | Unset): Search term used for filtering
        featured (bool | Unset): Filter featured voices Defaults to False on the server.
        min_notice_period_days (int | None | Unset): Filter voices with a minimum notice period of
            the given number of days.
        include_custom_rates (bool | None | Unset): Include/exclude voices with custom rates
        include_live_moderated (bool | None | Unset): Include/exclude voices that are live
            moderated
        reader_app_enabled (bool | Unset): Filter voices that are enabled for the reader app
            Defaults to False on the server.
        owner_id (None | str | Unset): Filter voices by public owner ID
        sort (VoicesGetSharedSort | Unset): Sort criteria. Must be one of: created_date,
            usage_character_count_1y, trending, cloned_by_count. Defaults to 'created_date' on the
            server.
        page (int | Unset): Defaults to 0 on the server.
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        category=category,
        gender=gender,
        age=age,
        accent=accent,
        language=language,
        locale=locale,
        search=search,
        use_cases=use_cases,
        descriptives=descriptives,
        featured=featured,
        min_notice_period_days=min_notice_period_days,
        include_custom_rates=include_custom_rates,
        include_live_moderated=include_live_moderated,
        reader_app_enabled=reader_app_enabled,
        owner_id=owner_id,
        sort=sort,
        page=page,
    ).parsed


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[GetLibraryVoicesResponse | HttpValidationError]:
    """As `sync`, answering with the whole Response: status code, headers, body and `parsed`."""
    kwargs = _get_kwargs(
        page_size=page_size,
        category=category,
        gender=gender,
        age=age,
        accent=accent,
        language=language,
        locale=locale,
        search=search,
        use_cases=use_cases,
        descriptives=descriptives,
        featured=featured,
        min_notice_period_days=min_notice_period_days,
        include_custom_rates=include_custom_rates,
        include_live_moderated=include_live_moderated,
        reader_app_enabled=reader_app_enabled,
        owner_id=owner_id,
        sort=sort,
        page=page,
    )
    response = client.get_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))


async def asyncio(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = UNSET,
    page: int | Unset = UNSET,
) -> GetLibraryVoicesResponse | HttpValidationError | None:
    """As `sync`, awaited."""
    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            category=category,
            gender=gender,
            age=age,
            accent=accent,
            language=language,
            locale=locale,
            search=search,
            use_cases=use_cases,
            descriptives=descriptives,
            featured=featured,
            min_notice_period_days=min_notice_period_days,
            include_custom_rates=include_custom_rates,
            include_live_moderated=include_live_moderated,
            reader_app_enabled=reader_app_enabled,
            owner_id=owner_id,
            sort=sort,
            page=page,
        )
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page_size: int | Unset = UNSET,
    category: VoicesGetSharedCategory | Unset = UNSET,
    gender: None | str | Unset = UNSET,
    age: None | str | Unset = UNSET,
    accent: None | str | Unset = UNSET,
    language: None | str | Unset = UNSET,
    locale: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    use_cases: list[str] | None | Unset = UNSET,
    descriptives: list[str] | None | Unset = UNSET,
    featured: bool | Unset = UNSET,
    min_notice_period_days: int | None | Unset = UNSET,
    include_custom_rates: bool | None | Unset = UNSET,
    include_live_moderated: bool | None | Unset = UNSET,
    reader_app_enabled: bool | Unset = UNSET,
    owner_id: None | str | Unset = UNSET,
    sort: VoicesGetSharedSort | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Response[GetLibraryVoicesResponse | HttpValidationError]:
    """As `sync_detailed`, awaited."""
    kwargs = _get_kwargs(
        page_size=page_size,
        category=category,
        gender=gender,
        age=age,
        accent=accent,
        language=language,
        locale=locale,
        search=search,
        use_cases=use_cases,
        descriptives=descriptives,
        featured=featured,
        min_notice_period_days=min_notice_period_days,
        include_custom_rates=include_custom_rates,
        include_live_moderated=include_live_moderated,
        reader_app_enabled=reader_app_enabled,
        owner_id=owner_id,
        sort=sort,
        page=page,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse_response(client=client, response=response))
