from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import SeatType
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ScimGroupResponseModel(Lazy, AdditionalProperties[Any]):
    scim_external_id: None | str = _attrs_field(default=None, kw_only=True)

    display_name: str

    created_at_unix: int | None | Unset = UNSET

    updated_at_unix: int | None | Unset = UNSET

    seat_type: None | SeatType | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("scim_external_id", "scim_external_id", union(STR, NULL), required=True),
        Field("display_name", "display_name", STR, required=True),
        Field("created_at_unix", "created_at_unix", union(INT, NULL)),
        Field("updated_at_unix", "updated_at_unix", union(INT, NULL)),
        Field("seat_type", "seat_type", union(literal("SeatType"), NULL, STR)),
        Field("additional_properties", None, dict_of(ANY)),
    )
