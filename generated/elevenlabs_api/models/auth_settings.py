from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AuthSettings")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AuthSettings(Lazy):
    """Example:
        {'allowlist': [{'hostname': 'https://example.com'}], 'enable_auth': True, 'require_origin_header': True,
        'shareable_token': '1234567890'}

    Attributes:
        enable_auth (bool | Unset): If set to true, starting a conversation with an agent will require a signed token
            Defaults to False on the server.
        allowlist (list[AllowlistItem] | Unset): A list of hosts that are allowed to start conversations with the agent
        require_origin_header (bool | Unset): When enabled, connections with no origin header will be rejected. If the
            allowlist is empty, this option has no effect. Defaults to False on the server.
        shareable_token (None | str | Unset): A shareable token that can be used to start a conversation with the agent
    """

    enable_auth: bool | Unset = UNSET

    allowlist: list[AllowlistItem] | Unset = UNSET

    require_origin_header: bool | Unset = UNSET

    shareable_token: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enable_auth = self.enable_auth

        allowlist: Any
        try:
            allowlist = UNSET
            if not isinstance(self.allowlist, Unset):
                allowlist = []
                for allowlist_item_data in self.allowlist:
                    allowlist_item = allowlist_item_data.to_dict()
                    allowlist.append(allowlist_item)

        except (AttributeError, TypeError):
            allowlist = self.allowlist

        require_origin_header = self.require_origin_header

        shareable_token: Any
        try:
            shareable_token = self.shareable_token

        except (AttributeError, TypeError):
            shareable_token = self.shareable_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enable_auth is not UNSET:
            field_dict["enable_auth"] = enable_auth
        if allowlist is not UNSET:
            field_dict["allowlist"] = allowlist
        if require_origin_header is not UNSET:
            field_dict["require_origin_header"] = require_origin_header
        if shareable_token is not UNSET:
            field_dict["shareable_token"] = shareable_token
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        auth_settings = cls.__new__(cls)
        auth_settings.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return auth_settings

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


_read_enable_auth = plain_reader("enable_auth", (bool,), "a boolean", False)


def _read_allowlist(cls: type[AuthSettings], d: Mapping[str, Any]) -> Any:
    allowlist_raw = d.get("allowlist", UNSET)
    try:
        expect_array("allowlist", allowlist_raw)
        _allowlist = allowlist_raw
        allowlist: list[AllowlistItem] | Unset = UNSET
        if _allowlist is not UNSET:
            allowlist = []
            for allowlist_item_data in _allowlist:
                allowlist_item = AllowlistItem.from_dict(allowlist_item_data)

                allowlist.append(allowlist_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        allowlist = deviating_field(cls, "allowlist", allowlist_raw)

    return allowlist


_read_require_origin_header = plain_reader("require_origin_header", (bool,), "a boolean", False)

_read_shareable_token = plain_reader(
    "shareable_token",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "enable_auth",
        "allowlist",
        "require_origin_header",
        "shareable_token",
    )
)


def _read_additional_properties(cls: type[AuthSettings], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AuthSettings], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enable_auth = d.get("enable_auth", UNSET)
    if enable_auth.__class__ is not bool and enable_auth is not UNSET:
        enable_auth = _read_enable_auth(cls, d)

    if "allowlist" in known:
        allowlist = known["allowlist"]
    else:
        allowlist = d.get("allowlist", UNSET)
        if allowlist is not UNSET:
            allowlist = _read_allowlist(cls, d)

    require_origin_header = d.get("require_origin_header", UNSET)
    if require_origin_header.__class__ is not bool and require_origin_header is not UNSET:
        require_origin_header = _read_require_origin_header(cls, d)

    shareable_token = d.get("shareable_token", UNSET)
    if shareable_token.__class__ is not str and shareable_token is not None and shareable_token is not UNSET:
        shareable_token = _read_shareable_token(cls, d)

    return {
        "enable_auth": enable_auth,
        "allowlist": allowlist,
        "require_origin_header": require_origin_header,
        "shareable_token": shareable_token,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AuthSettings,
    _all_fields,
    {
        "enable_auth": _read_enable_auth,
        "allowlist": _read_allowlist,
        "require_origin_header": _read_require_origin_header,
        "shareable_token": _read_shareable_token,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.allowlist_item import AllowlistItem
