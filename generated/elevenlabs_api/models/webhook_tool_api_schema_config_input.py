from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    WebhookToolApiSchemaConfigInputContentType,
    WebhookToolApiSchemaConfigInputMethod,
    check_webhook_tool_api_schema_config_input_content_type,
    check_webhook_tool_api_schema_config_input_method,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    check_items,
    deviating_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WebhookToolApiSchemaConfigInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WebhookToolApiSchemaConfigInput(Lazy):
    """Example:
        {'method': 'GET', 'path_params_schema': {'agent_id': {'type': 'string'}}, 'query_params_schema': {'param1':
        {'type': 'string'}}, 'request_body_schema': {'param1': {'type': 'string'}}, 'request_headers': {'Authorization':
        'Bearer {api_key}'}, 'url': 'https://example.com/agents/{agent_id}'}

    Attributes:
        url (str): The URL that the webhook will be sent to. May include path parameters, e.g.
            https://example.com/agents/{agent_id}
        request_headers (WebhookToolApiSchemaConfigInputRequestHeaders | Unset): Headers that should be included in the
            request
        method (WebhookToolApiSchemaConfigInputMethod | Unset): The HTTP method to use for the webhook Defaults to 'GET'
            on the server.
        path_params_schema (WebhookToolApiSchemaConfigInputPathParamsSchema | Unset): Schema for path parameters, if
            any. The keys should match the placeholders in the URL.
        query_params_schema (None | QueryParamsJsonSchema | Unset): Schema for any query params, if any. These will be
            added to end of the URL as query params. Note: properties in a query param must all be literal types
        request_body_schema (None | ObjectJsonSchemaPropertyInput | Unset): Schema for the body parameters, if any. Used
            for POST/PATCH/PUT requests. The schema should be an object which will be sent as the json body
        response_body_schema (None | ObjectJsonSchemaPropertyInput | Unset): Schema describing the expected response
            body structure. For documentation only; not surfaced to the LLM.
        response_filter (None | ResponseFilter | Unset): Optional allow-list filter applied to the response before the
            LLM sees it, so large responses don't pollute the context. Defaults to the full response.
        content_type (WebhookToolApiSchemaConfigInputContentType | Unset): Content type for the request body. Only
            applies to POST/PUT/PATCH requests. Defaults to 'application/json' on the server.
        auth_resolved_params (list[str] | Unset): URL placeholders resolved from the auth connection (e.g. secrets
            injected via UrlSecretAuthConnection) rather than from path_params_schema.
        auth_connection (AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset): Optional auth
            connection to use for authentication with this webhook
    """

    url: str

    request_headers: WebhookToolApiSchemaConfigInputRequestHeaders | Unset = UNSET

    method: WebhookToolApiSchemaConfigInputMethod | Unset = UNSET

    path_params_schema: WebhookToolApiSchemaConfigInputPathParamsSchema | Unset = UNSET

    query_params_schema: None | QueryParamsJsonSchema | Unset = UNSET

    request_body_schema: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    response_body_schema: None | ObjectJsonSchemaPropertyInput | Unset = UNSET

    response_filter: None | ResponseFilter | Unset = UNSET

    content_type: WebhookToolApiSchemaConfigInputContentType | Unset = UNSET

    auth_resolved_params: list[str] | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("url",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        url = self.url

        request_headers: Any
        try:
            request_headers = UNSET
            if not isinstance(self.request_headers, Unset):
                request_headers = self.request_headers.to_dict()
        except (AttributeError, TypeError):
            request_headers = self.request_headers

        method: Any
        try:
            method = UNSET
            if not isinstance(self.method, Unset):
                method = self.method

        except (AttributeError, TypeError):
            method = self.method

        path_params_schema: Any
        try:
            path_params_schema = UNSET
            if not isinstance(self.path_params_schema, Unset):
                path_params_schema = self.path_params_schema.to_dict()
        except (AttributeError, TypeError):
            path_params_schema = self.path_params_schema

        query_params_schema: Any
        try:
            if isinstance(self.query_params_schema, Unset):
                query_params_schema = UNSET
            elif isinstance(self.query_params_schema, QueryParamsJsonSchema):
                query_params_schema = self.query_params_schema.to_dict()
            else:
                query_params_schema = self.query_params_schema

        except (AttributeError, TypeError):
            query_params_schema = self.query_params_schema

        request_body_schema: Any
        try:
            if isinstance(self.request_body_schema, Unset):
                request_body_schema = UNSET
            elif isinstance(self.request_body_schema, ObjectJsonSchemaPropertyInput):
                request_body_schema = self.request_body_schema.to_dict()
            else:
                request_body_schema = self.request_body_schema

        except (AttributeError, TypeError):
            request_body_schema = self.request_body_schema

        response_body_schema: Any
        try:
            if isinstance(self.response_body_schema, Unset):
                response_body_schema = UNSET
            elif isinstance(self.response_body_schema, ObjectJsonSchemaPropertyInput):
                response_body_schema = self.response_body_schema.to_dict()
            else:
                response_body_schema = self.response_body_schema

        except (AttributeError, TypeError):
            response_body_schema = self.response_body_schema

        response_filter: Any
        try:
            if isinstance(self.response_filter, Unset):
                response_filter = UNSET
            elif isinstance(self.response_filter, ResponseFilter):
                response_filter = self.response_filter.to_dict()
            else:
                response_filter = self.response_filter

        except (AttributeError, TypeError):
            response_filter = self.response_filter

        content_type: Any
        try:
            content_type = UNSET
            if not isinstance(self.content_type, Unset):
                content_type = self.content_type

        except (AttributeError, TypeError):
            content_type = self.content_type

        auth_resolved_params: Any
        try:
            auth_resolved_params = UNSET
            if not isinstance(self.auth_resolved_params, Unset):
                auth_resolved_params = self.auth_resolved_params

        except (AttributeError, TypeError):
            auth_resolved_params = self.auth_resolved_params

        auth_connection: Any
        try:
            if isinstance(self.auth_connection, Unset):
                auth_connection = UNSET
            elif isinstance(self.auth_connection, AuthConnectionLocator) or isinstance(
                self.auth_connection, EnvironmentAuthConnectionLocator
            ):
                auth_connection = self.auth_connection.to_dict()
            else:
                auth_connection = self.auth_connection

        except (AttributeError, TypeError):
            auth_connection = self.auth_connection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not None or "url" not in self._missing_fields:
            field_dict["url"] = url
        if request_headers is not UNSET:
            field_dict["request_headers"] = request_headers
        if method is not UNSET:
            field_dict["method"] = method
        if path_params_schema is not UNSET:
            field_dict["path_params_schema"] = path_params_schema
        if query_params_schema is not UNSET:
            field_dict["query_params_schema"] = query_params_schema
        if request_body_schema is not UNSET:
            field_dict["request_body_schema"] = request_body_schema
        if response_body_schema is not UNSET:
            field_dict["response_body_schema"] = response_body_schema
        if response_filter is not UNSET:
            field_dict["response_filter"] = response_filter
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if auth_resolved_params is not UNSET:
            field_dict["auth_resolved_params"] = auth_resolved_params
        if auth_connection is not UNSET:
            field_dict["auth_connection"] = auth_connection
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        webhook_tool_api_schema_config_input = cls.__new__(cls)
        webhook_tool_api_schema_config_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return webhook_tool_api_schema_config_input

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


_read_url = plain_reader("url", (str,), "a string", True)


def _read_request_headers(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    request_headers_raw = d.get("request_headers", UNSET)
    try:
        _request_headers = request_headers_raw
        request_headers: WebhookToolApiSchemaConfigInputRequestHeaders | Unset
        if isinstance(_request_headers, Unset):
            request_headers = UNSET
        else:
            request_headers = WebhookToolApiSchemaConfigInputRequestHeaders.from_dict(_request_headers)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_headers = deviating_field(cls, "request_headers", request_headers_raw)

    return request_headers


def _read_method(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    method_raw = d.get("method", UNSET)
    try:
        _method = method_raw
        method: WebhookToolApiSchemaConfigInputMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = check_webhook_tool_api_schema_config_input_method(_method)
    except (KeyError, TypeError, ValueError, AttributeError):
        method = deviating_field(cls, "method", method_raw)

    return method


def _read_path_params_schema(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    path_params_schema_raw = d.get("path_params_schema", UNSET)
    try:
        _path_params_schema = path_params_schema_raw
        path_params_schema: WebhookToolApiSchemaConfigInputPathParamsSchema | Unset
        if isinstance(_path_params_schema, Unset):
            path_params_schema = UNSET
        else:
            path_params_schema = WebhookToolApiSchemaConfigInputPathParamsSchema.from_dict(_path_params_schema)
    except (KeyError, TypeError, ValueError, AttributeError):
        path_params_schema = deviating_field(cls, "path_params_schema", path_params_schema_raw)

    return path_params_schema


def _read_query_params_schema(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    query_params_schema_raw = d.get("query_params_schema", UNSET)
    try:

        def _parse_query_params_schema(data: object) -> None | QueryParamsJsonSchema | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            query_params_schema_type_0 = QueryParamsJsonSchema.from_dict(data)

            return query_params_schema_type_0

        query_params_schema = _parse_query_params_schema(query_params_schema_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        query_params_schema = deviating_field(cls, "query_params_schema", query_params_schema_raw)

    return query_params_schema


def _read_request_body_schema(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    request_body_schema_raw = d.get("request_body_schema", UNSET)
    try:

        def _parse_request_body_schema(data: object) -> None | ObjectJsonSchemaPropertyInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            request_body_schema_type_0 = ObjectJsonSchemaPropertyInput.from_dict(data)

            return request_body_schema_type_0

        request_body_schema = _parse_request_body_schema(request_body_schema_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        request_body_schema = deviating_field(cls, "request_body_schema", request_body_schema_raw)

    return request_body_schema


def _read_response_body_schema(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    response_body_schema_raw = d.get("response_body_schema", UNSET)
    try:

        def _parse_response_body_schema(data: object) -> None | ObjectJsonSchemaPropertyInput | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_body_schema_type_0 = ObjectJsonSchemaPropertyInput.from_dict(data)

            return response_body_schema_type_0

        response_body_schema = _parse_response_body_schema(response_body_schema_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        response_body_schema = deviating_field(cls, "response_body_schema", response_body_schema_raw)

    return response_body_schema


def _read_response_filter(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    response_filter_raw = d.get("response_filter", UNSET)
    try:

        def _parse_response_filter(data: object) -> None | ResponseFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            response_filter_type_0 = ResponseFilter.from_dict(data)

            return response_filter_type_0

        response_filter = _parse_response_filter(response_filter_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        response_filter = deviating_field(cls, "response_filter", response_filter_raw)

    return response_filter


def _read_content_type(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    content_type_raw = d.get("content_type", UNSET)
    try:
        _content_type = content_type_raw
        content_type: WebhookToolApiSchemaConfigInputContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_webhook_tool_api_schema_config_input_content_type(_content_type)
    except (KeyError, TypeError, ValueError, AttributeError):
        content_type = deviating_field(cls, "content_type", content_type_raw)

    return content_type


_read_auth_resolved_params = plain_reader("auth_resolved_params", (list,), "an array", False, ((str,), "a string"))


def _read_auth_connection(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> Any:
    auth_connection_raw = d.get("auth_connection", UNSET)
    try:

        def _parse_auth_connection(
            data: object,
        ) -> AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return parse_strictly(_parse_auth_connection_member, data)

        def _parse_auth_connection_member(
            data: object,
        ) -> AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset:
            if isinstance(data, dict):
                for known in (
                    AuthConnectionLocator,
                    EnvironmentAuthConnectionLocator,
                ):
                    kind = getattr(known, "_kind", None)
                    if kind is not None and data.get(kind[0]) == kind[1]:
                        return known.from_dict(data)

            try:
                if not isinstance(data, dict):
                    raise TypeError(f"got {type(data).__name__}")
                auth_connection_type_0 = AuthConnectionLocator.from_dict(data)

                return auth_connection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            auth_connection_type_1 = EnvironmentAuthConnectionLocator.from_dict(data)

            return auth_connection_type_1

        auth_connection = _parse_auth_connection(auth_connection_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        auth_connection = deviating_field(cls, "auth_connection", auth_connection_raw)

    return auth_connection


_FIELDS: frozenset[str] = frozenset(
    (
        "url",
        "request_headers",
        "method",
        "path_params_schema",
        "query_params_schema",
        "request_body_schema",
        "response_body_schema",
        "response_filter",
        "content_type",
        "auth_resolved_params",
        "auth_connection",
    )
)


def _read_additional_properties(cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WebhookToolApiSchemaConfigInput], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    url = d.get("url", MISSING)
    if url.__class__ is not str:
        url = _read_url(cls, d)

    if "request_headers" in known:
        request_headers = known["request_headers"]
    else:
        request_headers = d.get("request_headers", UNSET)
        if request_headers is not UNSET:
            request_headers = _read_request_headers(cls, d)

    if "method" in known:
        method = known["method"]
    else:
        method = d.get("method", UNSET)
        if method is not UNSET:
            method = _read_method(cls, d)

    if "path_params_schema" in known:
        path_params_schema = known["path_params_schema"]
    else:
        path_params_schema = d.get("path_params_schema", UNSET)
        if path_params_schema is not UNSET:
            path_params_schema = _read_path_params_schema(cls, d)

    if "query_params_schema" in known:
        query_params_schema = known["query_params_schema"]
    else:
        query_params_schema = d.get("query_params_schema", UNSET)
        if query_params_schema is not UNSET and query_params_schema is not None:
            query_params_schema = _read_query_params_schema(cls, d)

    if "request_body_schema" in known:
        request_body_schema = known["request_body_schema"]
    else:
        request_body_schema = d.get("request_body_schema", UNSET)
        if request_body_schema is not UNSET and request_body_schema is not None:
            request_body_schema = _read_request_body_schema(cls, d)

    if "response_body_schema" in known:
        response_body_schema = known["response_body_schema"]
    else:
        response_body_schema = d.get("response_body_schema", UNSET)
        if response_body_schema is not UNSET and response_body_schema is not None:
            response_body_schema = _read_response_body_schema(cls, d)

    if "response_filter" in known:
        response_filter = known["response_filter"]
    else:
        response_filter = d.get("response_filter", UNSET)
        if response_filter is not UNSET and response_filter is not None:
            response_filter = _read_response_filter(cls, d)

    if "content_type" in known:
        content_type = known["content_type"]
    else:
        content_type = d.get("content_type", UNSET)
        if content_type is not UNSET:
            content_type = _read_content_type(cls, d)

    auth_resolved_params = d.get("auth_resolved_params", UNSET)
    if auth_resolved_params.__class__ is not list and auth_resolved_params is not UNSET:
        auth_resolved_params = _read_auth_resolved_params(cls, d)
    elif auth_resolved_params.__class__ is list and auth_resolved_params:
        check_items(cls, "auth_resolved_params", auth_resolved_params, (str,), "a string")

    if "auth_connection" in known:
        auth_connection = known["auth_connection"]
    else:
        auth_connection = d.get("auth_connection", UNSET)
        if auth_connection is not UNSET and auth_connection is not None:
            auth_connection = _read_auth_connection(cls, d)

    return {
        "url": url,
        "request_headers": request_headers,
        "method": method,
        "path_params_schema": path_params_schema,
        "query_params_schema": query_params_schema,
        "request_body_schema": request_body_schema,
        "response_body_schema": response_body_schema,
        "response_filter": response_filter,
        "content_type": content_type,
        "auth_resolved_params": auth_resolved_params,
        "auth_connection": auth_connection,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WebhookToolApiSchemaConfigInput,
    _all_fields,
    {
        "url": _read_url,
        "request_headers": _read_request_headers,
        "method": _read_method,
        "path_params_schema": _read_path_params_schema,
        "query_params_schema": _read_query_params_schema,
        "request_body_schema": _read_request_body_schema,
        "response_body_schema": _read_response_body_schema,
        "response_filter": _read_response_filter,
        "content_type": _read_content_type,
        "auth_resolved_params": _read_auth_resolved_params,
        "auth_connection": _read_auth_connection,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from ..models.object_json_schema_property_input import ObjectJsonSchemaPropertyInput
from ..models.query_params_json_schema import QueryParamsJsonSchema
from ..models.response_filter import ResponseFilter
from ..models.webhook_tool_api_schema_config_input_path_params_schema import (
    WebhookToolApiSchemaConfigInputPathParamsSchema,
)
from ..models.webhook_tool_api_schema_config_input_request_headers import WebhookToolApiSchemaConfigInputRequestHeaders
