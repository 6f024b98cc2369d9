from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class ScribeResourceExhaustedErrorPayload(Lazy, AdditionalProperties[Any]):
    """The server has no capacity for the session.

    Attributes:
        error: What went wrong.
    """

    message_type: Literal["resource_exhausted"] = _attrs_field(
        default="resource_exhausted",
        kw_only=True,
        validator=types.tag("ScribeResourceExhaustedErrorPayload", "message_type", "resource_exhausted"),
    )

    error: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("resource_exhausted"), required=True),
        Field("error", "error", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
