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
class ScribeQuotaExceededErrorPayload(Lazy, AdditionalProperties[Any]):
    """The account's quota is used up.

    Attributes:
        error: What went wrong.
    """

    message_type: Literal["quota_exceeded"] = _attrs_field(
        default="quota_exceeded",
        kw_only=True,
        validator=types.tag("ScribeQuotaExceededErrorPayload", "message_type", "quota_exceeded"),
    )

    error: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("quota_exceeded"), required=True),
        Field("error", "error", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
