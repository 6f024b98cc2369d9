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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ToolAnnotations")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ToolAnnotations(Lazy):
    """Additional properties describing a Tool to clients.

    NOTE: all properties in ToolAnnotations are **hints**.
    They are not guaranteed to provide a faithful description of
    tool behavior (including descriptive properties like `title`).

    Clients should never make tool use decisions based on ToolAnnotations
    received from untrusted servers.

    Attributes:
        title (None | str | Unset):
        read_only_hint (bool | None | Unset):
        destructive_hint (bool | None | Unset):
        idempotent_hint (bool | None | Unset):
        open_world_hint (bool | None | Unset):
    """

    title: None | str | Unset = UNSET

    read_only_hint: bool | None | Unset = UNSET

    destructive_hint: bool | None | Unset = UNSET

    idempotent_hint: bool | None | Unset = UNSET

    open_world_hint: bool | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        title: Any
        try:
            title = self.title

        except (AttributeError, TypeError):
            title = self.title

        read_only_hint: Any
        try:
            read_only_hint = self.read_only_hint

        except (AttributeError, TypeError):
            read_only_hint = self.read_only_hint

        destructive_hint: Any
        try:
            destructive_hint = self.destructive_hint

        except (AttributeError, TypeError):
            destructive_hint = self.destructive_hint

        idempotent_hint: Any
        try:
            idempotent_hint = self.idempotent_hint

        except (AttributeError, TypeError):
            idempotent_hint = self.idempotent_hint

        open_world_hint: Any
        try:
            open_world_hint = self.open_world_hint

        except (AttributeError, TypeError):
            open_world_hint = self.open_world_hint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if title is not UNSET:
            field_dict["title"] = title
        if read_only_hint is not UNSET:
            field_dict["readOnlyHint"] = read_only_hint
        if destructive_hint is not UNSET:
            field_dict["destructiveHint"] = destructive_hint
        if idempotent_hint is not UNSET:
            field_dict["idempotentHint"] = idempotent_hint
        if open_world_hint is not UNSET:
            field_dict["openWorldHint"] = open_world_hint
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        tool_annotations = cls.__new__(cls)
        tool_annotations.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return tool_annotations

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


_read_title = plain_reader(
    "title",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_read_only_hint = plain_reader(
    "readOnlyHint",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_destructive_hint = plain_reader(
    "destructiveHint",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_idempotent_hint = plain_reader(
    "idempotentHint",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)

_read_open_world_hint = plain_reader(
    "openWorldHint",
    (
        bool,
        type(None),
    ),
    "a boolean or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "title",
        "readOnlyHint",
        "destructiveHint",
        "idempotentHint",
        "openWorldHint",
    )
)


def _read_additional_properties(cls: type[ToolAnnotations], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ToolAnnotations], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    title = d.get("title", UNSET)
    if title.__class__ is not str and title is not None and title is not UNSET:
        title = _read_title(cls, d)

    read_only_hint = d.get("readOnlyHint", UNSET)
    if read_only_hint.__class__ is not bool and read_only_hint is not None and read_only_hint is not UNSET:
        read_only_hint = _read_read_only_hint(cls, d)

    destructive_hint = d.get("destructiveHint", UNSET)
    if destructive_hint.__class__ is not bool and destructive_hint is not None and destructive_hint is not UNSET:
        destructive_hint = _read_destructive_hint(cls, d)

    idempotent_hint = d.get("idempotentHint", UNSET)
    if idempotent_hint.__class__ is not bool and idempotent_hint is not None and idempotent_hint is not UNSET:
        idempotent_hint = _read_idempotent_hint(cls, d)

    open_world_hint = d.get("openWorldHint", UNSET)
    if open_world_hint.__class__ is not bool and open_world_hint is not None and open_world_hint is not UNSET:
        open_world_hint = _read_open_world_hint(cls, d)

    return {
        "title": title,
        "read_only_hint": read_only_hint,
        "destructive_hint": destructive_hint,
        "idempotent_hint": idempotent_hint,
        "open_world_hint": open_world_hint,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ToolAnnotations,
    _all_fields,
    {
        "title": _read_title,
        "read_only_hint": _read_read_only_hint,
        "destructive_hint": _read_destructive_hint,
        "idempotent_hint": _read_idempotent_hint,
        "open_world_hint": _read_open_world_hint,
        "additional_properties": _read_additional_properties,
    },
)
