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
class KeepContextAlive(Lazy, AdditionalProperties[Any]):
    """Payload to keep a specific context alive by resetting its inactivity timeout. Empty text is ignored but resets the
    clock.

    Attributes:
        text: An empty string. This text is ignored by the server but its presence resets the inactivity timeout for the
            specified context.
        context_id: The identifier of the context to keep alive.
    """

    text: Literal[""] = _attrs_field(
        default="",
        kw_only=True,
        validator=types.tag("KeepContextAlive", "text", ""),
    )

    context_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("text", "text", const(""), required=True),
        Field("context_id", "context_id", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
