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

T = TypeVar("T", bound="AgentVersionParents")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentVersionParents(Lazy):
    """Attributes:
    in_branch_parent_id (None | str | Unset):
    out_of_branch_parent_id (None | str | Unset):
    merged_into_branch_id (None | str | Unset):
    merged_from_branch_id (None | str | Unset):
    merged_from_version_id (None | str | Unset):
    rebased_from_version_id (None | str | Unset):
    """

    in_branch_parent_id: None | str | Unset = UNSET

    out_of_branch_parent_id: None | str | Unset = UNSET

    merged_into_branch_id: None | str | Unset = UNSET

    merged_from_branch_id: None | str | Unset = UNSET

    merged_from_version_id: None | str | Unset = UNSET

    rebased_from_version_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        in_branch_parent_id: Any
        try:
            in_branch_parent_id = self.in_branch_parent_id

        except (AttributeError, TypeError):
            in_branch_parent_id = self.in_branch_parent_id

        out_of_branch_parent_id: Any
        try:
            out_of_branch_parent_id = self.out_of_branch_parent_id

        except (AttributeError, TypeError):
            out_of_branch_parent_id = self.out_of_branch_parent_id

        merged_into_branch_id: Any
        try:
            merged_into_branch_id = self.merged_into_branch_id

        except (AttributeError, TypeError):
            merged_into_branch_id = self.merged_into_branch_id

        merged_from_branch_id: Any
        try:
            merged_from_branch_id = self.merged_from_branch_id

        except (AttributeError, TypeError):
            merged_from_branch_id = self.merged_from_branch_id

        merged_from_version_id: Any
        try:
            merged_from_version_id = self.merged_from_version_id

        except (AttributeError, TypeError):
            merged_from_version_id = self.merged_from_version_id

        rebased_from_version_id: Any
        try:
            rebased_from_version_id = self.rebased_from_version_id

        except (AttributeError, TypeError):
            rebased_from_version_id = self.rebased_from_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if in_branch_parent_id is not UNSET:
            field_dict["in_branch_parent_id"] = in_branch_parent_id
        if out_of_branch_parent_id is not UNSET:
            field_dict["out_of_branch_parent_id"] = out_of_branch_parent_id
        if merged_into_branch_id is not UNSET:
            field_dict["merged_into_branch_id"] = merged_into_branch_id
        if merged_from_branch_id is not UNSET:
            field_dict["merged_from_branch_id"] = merged_from_branch_id
        if merged_from_version_id is not UNSET:
            field_dict["merged_from_version_id"] = merged_from_version_id
        if rebased_from_version_id is not UNSET:
            field_dict["rebased_from_version_id"] = rebased_from_version_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_version_parents = cls.__new__(cls)
        agent_version_parents.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_version_parents

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


_read_in_branch_parent_id = plain_reader(
    "in_branch_parent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_out_of_branch_parent_id = plain_reader(
    "out_of_branch_parent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_merged_into_branch_id = plain_reader(
    "merged_into_branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_merged_from_branch_id = plain_reader(
    "merged_from_branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_merged_from_version_id = plain_reader(
    "merged_from_version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_rebased_from_version_id = plain_reader(
    "rebased_from_version_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "in_branch_parent_id",
        "out_of_branch_parent_id",
        "merged_into_branch_id",
        "merged_from_branch_id",
        "merged_from_version_id",
        "rebased_from_version_id",
    )
)


def _read_additional_properties(cls: type[AgentVersionParents], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentVersionParents], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    in_branch_parent_id = d.get("in_branch_parent_id", UNSET)
    if (
        in_branch_parent_id.__class__ is not str
        and in_branch_parent_id is not None
        and in_branch_parent_id is not UNSET
    ):
        in_branch_parent_id = _read_in_branch_parent_id(cls, d)

    out_of_branch_parent_id = d.get("out_of_branch_parent_id", UNSET)
    if (
        out_of_branch_parent_id.__class__ is not str
        and out_of_branch_parent_id is not None
        and out_of_branch_parent_id is not UNSET
    ):
        out_of_branch_parent_id = _read_out_of_branch_parent_id(cls, d)

    merged_into_branch_id = d.get("merged_into_branch_id", UNSET)
    if (
        merged_into_branch_id.__class__ is not str
        and merged_into_branch_id is not None
        and merged_into_branch_id is not UNSET
    ):
        merged_into_branch_id = _read_merged_into_branch_id(cls, d)

    merged_from_branch_id = d.get("merged_from_branch_id", UNSET)
    if (
        merged_from_branch_id.__class__ is not str
        and merged_from_branch_id is not None
        and merged_from_branch_id is not UNSET
    ):
        merged_from_branch_id = _read_merged_from_branch_id(cls, d)

    merged_from_version_id = d.get("merged_from_version_id", UNSET)
    if (
        merged_from_version_id.__class__ is not str
        and merged_from_version_id is not None
        and merged_from_version_id is not UNSET
    ):
        merged_from_version_id = _read_merged_from_version_id(cls, d)

    rebased_from_version_id = d.get("rebased_from_version_id", UNSET)
    if (
        rebased_from_version_id.__class__ is not str
        and rebased_from_version_id is not None
        and rebased_from_version_id is not UNSET
    ):
        rebased_from_version_id = _read_rebased_from_version_id(cls, d)

    return {
        "in_branch_parent_id": in_branch_parent_id,
        "out_of_branch_parent_id": out_of_branch_parent_id,
        "merged_into_branch_id": merged_into_branch_id,
        "merged_from_branch_id": merged_from_branch_id,
        "merged_from_version_id": merged_from_version_id,
        "rebased_from_version_id": rebased_from_version_id,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    AgentVersionParents,
    _all_fields,
    {
        "in_branch_parent_id": _read_in_branch_parent_id,
        "out_of_branch_parent_id": _read_out_of_branch_parent_id,
        "merged_into_branch_id": _read_merged_into_branch_id,
        "merged_from_branch_id": _read_merged_from_branch_id,
        "merged_from_version_id": _read_merged_from_version_id,
        "rebased_from_version_id": _read_rebased_from_version_id,
        "additional_properties": _read_additional_properties,
    },
)
