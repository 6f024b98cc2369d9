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
class ScribeAuthErrorPayload(Lazy, AdditionalProperties[Any]):
    """The key or token was refused.

    Attributes:
        error: What went wrong.
    """

    message_type: Literal["auth_error"] = _attrs_field(
        default="auth_error",
        kw_only=True,
        validator=types.tag("ScribeAuthErrorPayload", "message_type", "auth_error"),
    )

    error: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("auth_error"), required=True),
        Field("error", "error", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
