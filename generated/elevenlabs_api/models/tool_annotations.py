from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    union,
)


@_attrs_define(slots=False)
class ToolAnnotations(Lazy, AdditionalProperties[Any]):
    """Additional properties describing a Tool to clients.

    NOTE: all properties in ToolAnnotations are **hints**.
    They are not guaranteed to provide a faithful description of
    tool behavior (including descriptive properties like `title`).

    Clients should never make tool use decisions based on ToolAnnotations
    received from untrusted servers.

    """

    title: None | str | Unset = UNSET

    read_only_hint: bool | None | Unset = UNSET

    destructive_hint: bool | None | Unset = UNSET

    idempotent_hint: bool | None | Unset = UNSET

    open_world_hint: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("title", "title", union(STR, NULL)),
        Field("read_only_hint", "readOnlyHint", union(BOOL, NULL)),
        Field("destructive_hint", "destructiveHint", union(BOOL, NULL)),
        Field("idempotent_hint", "idempotentHint", union(BOOL, NULL)),
        Field("open_world_hint", "openWorldHint", union(BOOL, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
