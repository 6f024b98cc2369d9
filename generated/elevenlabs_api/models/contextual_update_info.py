from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


@_attrs_define(slots=False)
class ContextualUpdateInfo(Lazy, AdditionalProperties[Any]):
    """Attributes:
    context_id: Client-supplied identifier grouping related contextual updates.
    is_superseded: True when this contextual update has been replaced by a newer update with the same context_id.
        Defaults to False on the server.
    """

    context_id: str

    is_superseded: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("context_id", "context_id", STR, required=True),
        Field("is_superseded", "is_superseded", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
