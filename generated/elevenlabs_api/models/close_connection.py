from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class CloseConnection(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text: End the stream with an empty string
    """

    text: Literal[""] = _attrs_field(
        default="",
        kw_only=True,
        validator=types.tag("CloseConnection", "text", ""),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", const(""), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
