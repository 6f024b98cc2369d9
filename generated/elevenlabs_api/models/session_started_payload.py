from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
    object_of,
)


@_attrs_define(slots=False)
class SessionStartedPayload(Lazy, AdditionalProperties[Any]):
    """The session is open.

    Attributes:
        session_id: The session's identifier.
        config: The configuration the session runs with.
    """

    message_type: Literal["session_started"] = _attrs_field(
        default="session_started",
        kw_only=True,
        validator=types.tag("SessionStartedPayload", "message_type", "session_started"),
    )

    session_id: str

    config: SessionStartedPayloadConfig

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("message_type", "message_type", const("session_started"), required=True),
        Field("session_id", "session_id", STR, required=True),
        Field("config", "config", object_of("SessionStartedPayloadConfig"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.session_started_payload_config import SessionStartedPayloadConfig
