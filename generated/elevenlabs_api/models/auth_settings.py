from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AuthSettings(Lazy, AdditionalProperties[Any]):
    """Example:
        {'allowlist': [{'hostname': 'https://example.com'}], 'enable_auth': True, 'require_origin_header': True,
        'shareable_token': '1234567890'}

    Attributes:
        enable_auth: If set to true, starting a conversation with an agent will require a signed token Defaults to False
            on the server.
        allowlist: A list of hosts that are allowed to start conversations with the agent
        require_origin_header: When enabled, connections with no origin header will be rejected. If the allowlist is
            empty, this option has no effect. Defaults to False on the server.
        shareable_token: A shareable token that can be used to start a conversation with the agent
    """

    enable_auth: bool | Unset = UNSET

    allowlist: list[AllowlistItem] | Unset = UNSET

    require_origin_header: bool | Unset = UNSET

    shareable_token: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enable_auth", "enable_auth", BOOL),
        Field("allowlist", "allowlist", list_of(object_of("AllowlistItem"))),
        Field("require_origin_header", "require_origin_header", BOOL),
        Field("shareable_token", "shareable_token", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.allowlist_item import AllowlistItem
