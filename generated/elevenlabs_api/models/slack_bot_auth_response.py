from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import AuthConnectionStatus
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SlackBotAuthResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SlackBotAuthResponse(Lazy):
    """Response model for the internal Slack BYO bot auth connection.

    Attributes:
        name (str):
        id (str):
        auth_type (Literal['slack_bot_auth'] | Unset):  Default: 'slack_bot_auth'.
        provider (Literal['Slack'] | Unset):  Default: 'Slack'.
        used_by (AuthConnectionDependencies | None | Unset):
        status (AuthConnectionStatus | str | Unset): Defaults to 'active' on the server.
        status_detail (None | str | Unset):
        status_updated_at (None | str | Unset):
    """

    name: str

    id: str

    auth_type: Literal["slack_bot_auth"] | Unset = _attrs_field(
        default="slack_bot_auth",
        kw_only=True,
        validator=types.tag("SlackBotAuthResponse", "auth_type", "slack_bot_auth"),
    )

    provider: Literal["Slack"] | Unset = _attrs_field(
        default="Slack",
        kw_only=True,
        validator=types.tag("SlackBotAuthResponse", "provider", "Slack"),
    )

    used_by: AuthConnectionDependencies | None | Unset = UNSET

    status: AuthConnectionStatus | str | Unset = UNSET

    status_detail: None | str | Unset = UNSET

    status_updated_at: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "id",
    )
    _tags: ClassVar[tuple[str, ...]] = (
        "auth_type",
        "provider",
    )
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("auth_type", "slack_bot_auth")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        id = self.id

        auth_type = self.auth_type

        provider = self.provider

        used_by: Any
        try:
            if isinstance(self.used_by, Unset):
                used_by = UNSET
            elif isinstance(self.used_by, AuthConnectionDependencies):
                used_by = self.used_by.to_dict()
            else:
                used_by = self.used_by

        except (AttributeError, TypeError):
            used_by = self.used_by

        status: Any
        try:
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        status_detail: Any
        try:
            status_detail = self.status_detail

        except (AttributeError, TypeError):
            status_detail = self.status_detail

        status_updated_at: Any
        try:
            status_updated_at = self.status_updated_at

        except (AttributeError, TypeError):
            status_updated_at = self.status_updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if provider is not UNSET:
            field_dict["provider"] = provider
        if used_by is not UNSET:
            field_dict["used_by"] = used_by
        if status is not UNSET:
            field_dict["status"] = status
        if status_detail is not UNSET:
            field_dict["status_detail"] = status_detail
        if status_updated_at is not UNSET:
            field_dict["status_updated_at"] = status_updated_at
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        slack_bot_auth_response = cls.__new__(cls)
        slack_bot_auth_response.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return slack_bot_auth_response

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


def _read_auth_type(cls: type[SlackBotAuthResponse], d: Mapping[str, Any]) -> Any:
    auth_type_raw = d.get("auth_type", UNSET)
    auth_type = cast(Literal["slack_bot_auth"] | Unset, auth_type_raw)
    if auth_type != "slack_bot_auth" and not isinstance(auth_type, Unset):
        raise ValueError(f"auth_type must match const 'slack_bot_auth', got '{auth_type}'")

    return auth_type


def _read_provider(cls: type[SlackBotAuthResponse], d: Mapping[str, Any]) -> Any:
    provider_raw = d.get("provider", UNSET)
    provider = cast(Literal["Slack"] | Unset, provider_raw)
    if provider != "Slack" and not isinstance(provider, Unset):
        raise ValueError(f"provider must match const 'Slack', got '{provider}'")

    return provider


_read_name = plain_reader("name", (str,), "a string", True)

_read_id = plain_reader("id", (str,), "a string", True)


def _read_used_by(cls: type[SlackBotAuthResponse], d: Mapping[str, Any]) -> Any:
    used_by_raw = d.get("used_by", UNSET)
    try:

        def _parse_used_by(data: object) -> AuthConnectionDependencies | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            used_by_type_0 = AuthConnectionDependencies.from_dict(data)

            return used_by_type_0

        used_by = _parse_used_by(used_by_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        used_by = deviating_field(cls, "used_by", used_by_raw)

    return used_by


_read_status = plain_reader("status", (str,), "a string", False)

_read_status_detail = plain_reader(
    "status_detail",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_status_updated_at = plain_reader(
    "status_updated_at",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "id",
        "auth_type",
        "provider",
        "used_by",
        "status",
        "status_detail",
        "status_updated_at",
    )
)


def _read_additional_properties(cls: type[SlackBotAuthResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SlackBotAuthResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "auth_type" in known:
        auth_type = known["auth_type"]
    else:
        auth_type = d.get("auth_type", UNSET)
        if auth_type is not UNSET:
            auth_type = _read_auth_type(cls, d)

    if "provider" in known:
        provider = known["provider"]
    else:
        provider = d.get("provider", UNSET)
        if provider is not UNSET:
            provider = _read_provider(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    if "used_by" in known:
        used_by = known["used_by"]
    else:
        used_by = d.get("used_by", UNSET)
        if used_by is not UNSET and used_by is not None:
            used_by = _read_used_by(cls, d)

    status = d.get("status", UNSET)
    if status.__class__ is not str and status is not UNSET:
        status = _read_status(cls, d)

    status_detail = d.get("status_detail", UNSET)
    if status_detail.__class__ is not str and status_detail is not None and status_detail is not UNSET:
        status_detail = _read_status_detail(cls, d)

    status_updated_at = d.get("status_updated_at", UNSET)
    if status_updated_at.__class__ is not str and status_updated_at is not None and status_updated_at is not UNSET:
        status_updated_at = _read_status_updated_at(cls, d)

    return {
        "name": name,
        "id": id,
        "auth_type": auth_type,
        "provider": provider,
        "used_by": used_by,
        "status": status,
        "status_detail": status_detail,
        "status_updated_at": status_updated_at,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SlackBotAuthResponse,
    _all_fields,
    {
        "name": _read_name,
        "id": _read_id,
        "auth_type": _read_auth_type,
        "provider": _read_provider,
        "used_by": _read_used_by,
        "status": _read_status,
        "status_detail": _read_status_detail,
        "status_updated_at": _read_status_updated_at,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.auth_connection_dependencies import AuthConnectionDependencies
