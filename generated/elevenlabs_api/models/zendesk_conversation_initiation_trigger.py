from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    INT,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class ZendeskConversationInitiationTrigger(Lazy, AdditionalProperties[Any]):
    ticket_id: int

    trigger_type: Literal["zendesk"] | Unset = _attrs_field(
        default="zendesk",
        kw_only=True,
        validator=types.tag("ZendeskConversationInitiationTrigger", "trigger_type", "zendesk"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("ticket_id", "ticket_id", INT, required=True),
        Field("trigger_type", "trigger_type", const("zendesk")),
        Field("additional_properties", None, dict_of(ANY)),
    )
