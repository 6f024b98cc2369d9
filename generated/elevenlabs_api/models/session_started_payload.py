from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SessionStartedPayload")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SessionStartedPayload(Lazy):
    """The session is open.

    Attributes:
        message_type (Literal['session_started']):
        session_id (str): The session's identifier.
        config (SessionStartedPayloadConfig): The configuration the session runs with.
    """

    message_type: Literal["session_started"] = _attrs_field(
        default="session_started",
        kw_only=True,
        validator=types.tag("SessionStartedPayload", "message_type", "session_started"),
    )

    session_id: str

    config: SessionStartedPayloadConfig

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "session_id",
        "config",
    )
    _tags: ClassVar[tuple[str, ...]] = ("message_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("message_type", "session_started")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        message_type = self.message_type

        session_id = self.session_id

        config: Any
        try:
            config = self.config.to_dict()
        except (AttributeError, TypeError):
            config = self.config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message_type"] = message_type
        if session_id is not None or "session_id" not in self._missing_fields:
            field_dict["session_id"] = session_id
        if config is not None or "config" not in self._missing_fields:
            field_dict["config"] = config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        session_started_payload = cls.__new__(cls)
        session_started_payload.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return session_started_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _read_message_type(cls: type[SessionStartedPayload], d: Mapping[str, Any]) -> Any:
    message_type_raw = d.get("message_type", MISSING)
    if message_type_raw is MISSING:
        message_type_raw = missing_field(cls, "message_type")
    message_type = cast(Literal["session_started"], message_type_raw)
    if message_type != "session_started":
        raise ValueError(f"message_type must match const 'session_started', got '{message_type}'")

    return message_type


_read_session_id = plain_reader("session_id", (str,), "a string", True)


def _read_config(cls: type[SessionStartedPayload], d: Mapping[str, Any]) -> Any:
    config_raw = d.get("config", MISSING)
    if config_raw is MISSING:
        config = missing_field(cls, "config")
    else:
        try:
            config = SessionStartedPayloadConfig.from_dict(config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            config = deviating_field(cls, "config", config_raw)

    return config


_FIELDS: frozenset[str] = frozenset(
    (
        "message_type",
        "session_id",
        "config",
    )
)


def _read_additional_properties(cls: type[SessionStartedPayload], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SessionStartedPayload], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "message_type" in known:
        message_type = known["message_type"]
    else:
        message_type = _read_message_type(cls, d)

    session_id = d.get("session_id", MISSING)
    if session_id.__class__ is not str:
        session_id = _read_session_id(cls, d)

    if "config" in known:
        config = known["config"]
    else:
        config = _read_config(cls, d)

    return {
        "message_type": message_type,
        "session_id": session_id,
        "config": config,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SessionStartedPayload,
    _all_fields,
    {
        "message_type": _read_message_type,
        "session_id": _read_session_id,
        "config": _read_config,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.session_started_payload_config import SessionStartedPayloadConfig
