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
class ScribeSessionTimeLimitExceededErrorPayload(Lazy, AdditionalProperties[Any]):
    """The session ran longer than allowed.

    Attributes:
        error: What went wrong.
    """

    message_type: Literal["session_time_limit_exceeded"] = _attrs_field(
        default="session_time_limit_exceeded",
        kw_only=True,
        validator=types.tag(
            "ScribeSessionTimeLimitExceededErrorPayload", "message_type", "session_time_limit_exceeded"
        ),
    )

    error: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("session_time_limit_exceeded"), required=True),
        Field("error", "error", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
