from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import AgentDefinitionSource
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentMetadataDbModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentMetadataDbModel(Lazy):
    """Attributes:
    created_at_unix_secs (int):
    updated_at_unix_secs (int):
    created_from (AgentDefinitionSource | str | Unset): Defaults to 'unknown' on the server.
    last_updated_from (AgentDefinitionSource | str | Unset): Defaults to 'unknown' on the server.
    """

    created_at_unix_secs: int

    updated_at_unix_secs: int

    created_from: AgentDefinitionSource | str | Unset = UNSET

    last_updated_from: AgentDefinitionSource | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "created_at_unix_secs",
        "updated_at_unix_secs",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        created_at_unix_secs = self.created_at_unix_secs

        updated_at_unix_secs = self.updated_at_unix_secs

        created_from: Any
        try:
            if isinstance(self.created_from, Unset):
                created_from = UNSET
            elif isinstance(self.created_from, str):
                created_from = self.created_from
            else:
                created_from = self.created_from

        except (AttributeError, TypeError):
            created_from = self.created_from

        last_updated_from: Any
        try:
            if isinstance(self.last_updated_from, Unset):
                last_updated_from = UNSET
            elif isinstance(self.last_updated_from, str):
                last_updated_from = self.last_updated_from
            else:
                last_updated_from = self.last_updated_from

        except (AttributeError, TypeError):
            last_updated_from = self.last_updated_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if updated_at_unix_secs is not None or "updated_at_unix_secs" not in self._missing_fields:
            field_dict["updated_at_unix_secs"] = updated_at_unix_secs
        if created_from is not UNSET:
            field_dict["created_from"] = created_from
        if last_updated_from is not UNSET:
            field_dict["last_updated_from"] = last_updated_from
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_metadata_db_model = cls.__new__(cls)
        agent_metadata_db_model.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return agent_metadata_db_model

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


_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_updated_at_unix_secs = plain_reader("updated_at_unix_secs", (int,), "an integer", True)

_read_created_from = plain_reader("created_from", (str,), "a string", False)

_read_last_updated_from = plain_reader("last_updated_from", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "created_at_unix_secs",
        "updated_at_unix_secs",
        "created_from",
        "last_updated_from",
    )
)


def _read_additional_properties(cls: type[AgentMetadataDbModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[AgentMetadataDbModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    updated_at_unix_secs = d.get("updated_at_unix_secs", MISSING)
    if updated_at_unix_secs.__class__ is not int:
        updated_at_unix_secs = _read_updated_at_unix_secs(cls, d)

    created_from = d.get("created_from", UNSET)
    if created_from.__class__ is not str and created_from is not UNSET:
        created_from = _read_created_from(cls, d)

    last_updated_from = d.get("last_updated_from", UNSET)
    if last_updated_from.__class__ is not str and last_updated_from is not UNSET:
        last_updated_from = _read_last_updated_from(cls, d)

    return {
        "created_at_unix_secs": created_at_unix_secs,
        "updated_at_unix_secs": updated_at_unix_secs,
        "created_from": created_from,
        "last_updated_from": last_updated_from,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentMetadataDbModel,
    _all_fields,
    {
        "created_at_unix_secs": _read_created_at_unix_secs,
        "updated_at_unix_secs": _read_updated_at_unix_secs,
        "created_from": _read_created_from,
        "last_updated_from": _read_last_updated_from,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
