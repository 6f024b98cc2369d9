from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import ResponseFilterMode
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ApiIntegrationWebhookOverrides")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ApiIntegrationWebhookOverrides(Lazy):
    """Attributes:
    schema_overrides (ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset):
    response_filter_mode (None | ResponseFilterMode | str | Unset):
    response_filters (list[str] | None | Unset):
    request_headers (ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset):
    """

    schema_overrides: ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset = UNSET

    response_filter_mode: None | ResponseFilterMode | str | Unset = UNSET

    response_filters: list[str] | None | Unset = UNSET

    request_headers: ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        schema_overrides: Any
        try:
            if isinstance(self.schema_overrides, Unset):
                schema_overrides = UNSET
            elif isinstance(self.schema_overrides, ApiIntegrationWebhookOverridesSchemaOverridesType0):
                schema_overrides = self.schema_overrides.to_dict()
            else:
                schema_overrides = self.schema_overrides

        except (AttributeError, TypeError):
            schema_overrides = self.schema_overrides

        response_filter_mode: Any
        try:
            if isinstance(self.response_filter_mode, Unset):
                response_filter_mode = UNSET
            elif isinstance(self.response_filter_mode, str):
                response_filter_mode = self.response_filter_mode
            else:
                response_filter_mode = self.response_filter_mode

        except (AttributeError, TypeError):
            response_filter_mode = self.response_filter_mode

        response_filters: Any
        try:
            if isinstance(self.response_filters, Unset):
                response_filters = UNSET
            elif isinstance(self.response_filters, list):
                response_filters = self.response_filters

            else:
                response_filters = self.response_filters

        except (AttributeError, TypeError):
            response_filters = self.response_filters

        request_headers: Any
        try:
            if isinstance(self.request_headers, Unset):
                request_headers = UNSET
            elif isinstance(self.request_headers, ApiIntegrationWebhookOverridesRequestHeadersType0):
                request_headers = self.request_headers.to_dict()
            else:
                request_headers = self.request_headers

        except (AttributeError, TypeError):
            request_headers = self.request_headers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if schema_overrides is not UNSET:
            field_dict["schema_overrides"] = schema_overrides
        if response_filter_mode is not UNSET:
            field_dict["response_filter_mode"] = response_filter_mode
        if response_filters is not UNSET:
            field_dict["response_filters"] = response_filters
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        api_integration_webhook_overrides = cls.__new__(cls)
        api_integration_webhook_overrides.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return api_integration_webhook_overrides

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_schema_overrides(cls: type[ApiIntegrationWebhookOverrides], d: Mapping[str, Any]) -> Any:
    schema_overrides_raw = d.get("schema_overrides", UNSET)
    try:

        def _parse_schema_overrides(data: object) -> ApiIntegrationWebhookOverridesSchemaOverridesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            schema_overrides_type_0 = ApiIntegrationWebhookOverridesSchemaOverridesType0.from_dict(data)

            return schema_overrides_type_0

        schema_overrides = _parse_schema_overrides(schema_overrides_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        schema_overrides = deviating_field(cls, "schema_overrides", schema_overrides_raw)

    return schema_overrides


_read_response_filter_mode = plain_reader(
    "response_filter_mode",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)

_read_response_filters = plain_reader(
    "response_filters",
    (
        list,
        type(None),
    ),
    "an array or null",
    False,
    ((str,), "a string"),
)


def _read_request_headers(cls: type[ApiIntegrationWebhookOverrides], d: Mapping[str, Any]) -> Any:
    request_headers_raw = d.get("request_headers", UNSET)
    try:

        def _parse_request_headers(data: object) -> ApiIntegrationWebhookOverridesRequestHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            request_headers_type_0 = ApiIntegrationWebhookOverridesRequestHeadersType0.from_dict(data)

            return request_headers_type_0

        request_headers = _parse_request_headers(request_headers_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


_FIELDS: frozenset[str] = frozenset(
    (
        "schema_overrides",
        "response_filter_mode",
        "response_filters",
        "request_headers",
    )
)


def _read_additional_properties(cls: type[ApiIntegrationWebhookOverrides], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ApiIntegrationWebhookOverrides], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "schema_overrides" in known:
        schema_overrides = known["schema_overrides"]
    else:
        schema_overrides = d.get("schema_overrides", UNSET)
        if schema_overrides is not UNSET and schema_overrides is not None:
            schema_overrides = _read_schema_overrides(cls, d)

    response_filter_mode = d.get("response_filter_mode", UNSET)
    if (
        response_filter_mode is not None
        and response_filter_mode.__class__ is not str
        and response_filter_mode is not UNSET
    ):
        response_filter_mode = _read_response_filter_mode(cls, d)

    response_filters = d.get("response_filters", UNSET)
    if response_filters.__class__ is not list and response_filters is not None and response_filters is not UNSET:
        response_filters = _read_response_filters(cls, d)
    elif response_filters.__class__ is list and response_filters:
        check_items(cls, "response_filters", response_filters, (str,), "a string")

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = d.get("request_headers", UNSET)
        if request_headers is not UNSET and request_headers is not None:
            request_headers = _read_request_headers(cls, d)

    return {
        "schema_overrides": schema_overrides,
        "response_filter_mode": response_filter_mode,
        "response_filters": response_filters,
        "request_headers": request_headers,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ApiIntegrationWebhookOverrides,
    _all_fields,
    {
        "schema_overrides": _read_schema_overrides,
        "response_filter_mode": _read_response_filter_mode,
        "response_filters": _read_response_filters,
        "request_headers": _read_request_headers,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.api_integration_webhook_overrides_request_headers_type_0 import (
    ApiIntegrationWebhookOverridesRequestHeadersType0,
)
from ..models.api_integration_webhook_overrides_schema_overrides_type_0 import (
    ApiIntegrationWebhookOverridesSchemaOverridesType0,
)
