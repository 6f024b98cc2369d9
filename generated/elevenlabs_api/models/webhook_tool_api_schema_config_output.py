from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    WebhookToolApiSchemaConfigOutputContentTypeType0,
    WebhookToolApiSchemaConfigOutputMethodType0,
)
from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class WebhookToolApiSchemaConfigOutput(Lazy, AdditionalProperties[Any]):
    """Example:
        {'method': 'GET', 'path_params_schema': {'agent_id': {'type': 'string'}}, 'query_params_schema': {'param1':
        {'type': 'string'}}, 'request_body_schema': {'param1': {'type': 'string'}}, 'request_headers': {'Authorization':
        'Bearer {api_key}'}, 'url': 'https://example.com/agents/{agent_id}'}

    Attributes:
        url: The URL that the webhook will be sent to. May include path parameters, e.g.
            https://example.com/agents/{agent_id}
        request_headers: Headers that should be included in the request
        method: The HTTP method to use for the webhook Defaults to 'GET' on the server.
        path_params_schema: Schema for path parameters, if any. The keys should match the placeholders in the URL.
        query_params_schema: Schema for any query params, if any. These will be added to end of the URL as query params.
            Note: properties in a query param must all be literal types
        request_body_schema: Schema for the body parameters, if any. Used for POST/PATCH/PUT requests. The schema should
            be an object which will be sent as the json body
        response_body_schema: Schema describing the expected response body structure. For documentation only; not
            surfaced to the LLM.
        response_filter: Optional allow-list filter applied to the response before the LLM sees it, so large responses
            don't pollute the context. Defaults to the full response.
        content_type: Content type for the request body. Only applies to POST/PUT/PATCH requests. Defaults to
            'application/json' on the server.
        auth_resolved_params: URL placeholders resolved from the auth connection (e.g. secrets injected via
            UrlSecretAuthConnection) rather than from path_params_schema.
        auth_connection: Optional auth connection to use for authentication with this webhook
    """

    url: str

    request_headers: WebhookToolApiSchemaConfigOutputRequestHeaders | Unset = UNSET

    method: str | Unset | WebhookToolApiSchemaConfigOutputMethodType0 = UNSET

    path_params_schema: WebhookToolApiSchemaConfigOutputPathParamsSchema | Unset = UNSET

    query_params_schema: None | QueryParamsJsonSchema | Unset = UNSET

    request_body_schema: None | ObjectJsonSchemaPropertyOutput | Unset = UNSET

    response_body_schema: None | ObjectJsonSchemaPropertyOutput | Unset = UNSET

    response_filter: None | ResponseFilter | Unset = UNSET

    content_type: str | Unset | WebhookToolApiSchemaConfigOutputContentTypeType0 = UNSET

    auth_resolved_params: list[str] | Unset = UNSET

    auth_connection: AuthConnectionLocator | EnvironmentAuthConnectionLocator | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("url", "url", STR, required=True),
        Field("request_headers", "request_headers", object_of("WebhookToolApiSchemaConfigOutputRequestHeaders")),
        Field("method", "method", union(literal("WebhookToolApiSchemaConfigOutputMethodType0"), STR)),
        Field(
            "path_params_schema", "path_params_schema", object_of("WebhookToolApiSchemaConfigOutputPathParamsSchema")
        ),
        Field("query_params_schema", "query_params_schema", union(object_of("QueryParamsJsonSchema"), NULL)),
        Field("request_body_schema", "request_body_schema", union(object_of("ObjectJsonSchemaPropertyOutput"), NULL)),
        Field("response_body_schema", "response_body_schema", union(object_of("ObjectJsonSchemaPropertyOutput"), NULL)),
        Field("response_filter", "response_filter", union(object_of("ResponseFilter"), NULL)),
        Field("content_type", "content_type", union(literal("WebhookToolApiSchemaConfigOutputContentTypeType0"), STR)),
        Field("auth_resolved_params", "auth_resolved_params", list_of(STR)),
        Field(
            "auth_connection",
            "auth_connection",
            union(object_of("AuthConnectionLocator"), object_of("EnvironmentAuthConnectionLocator"), NULL),
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_locator import AuthConnectionLocator
from ..models.environment_auth_connection_locator import EnvironmentAuthConnectionLocator
from ..models.object_json_schema_property_output import ObjectJsonSchemaPropertyOutput
from ..models.query_params_json_schema import QueryParamsJsonSchema
from ..models.response_filter import ResponseFilter
from ..models.webhook_tool_api_schema_config_output_path_params_schema import (
    WebhookToolApiSchemaConfigOutputPathParamsSchema,
)
from ..models.webhook_tool_api_schema_config_output_request_headers import (
    WebhookToolApiSchemaConfigOutputRequestHeaders,
)
