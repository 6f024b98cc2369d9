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
class ScribeUnacceptedTermsErrorPayload(Lazy, AdditionalProperties[Any]):
    """The account has not accepted the terms for realtime speech to text.

    Attributes:
        error: What went wrong.
    """

    message_type: Literal["unaccepted_terms"] = _attrs_field(
        default="unaccepted_terms",
        kw_only=True,
        validator=types.tag("ScribeUnacceptedTermsErrorPayload", "message_type", "unaccepted_terms"),
    )

    error: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("unaccepted_terms"), required=True),
        Field("error", "error", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
