from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ConvAiUserSecretDbModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConvAiUserSecretDbModel(Lazy):
    """User-specific secret model that are not shared with other users in a workspace.

    Attributes:
        name (str):
        encrypted_value (str):
        nonce (str):
        id (str):
    """

    name: str

    encrypted_value: str

    nonce: str

    id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "encrypted_value",
        "nonce",
        "id",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        encrypted_value = self.encrypted_value

        nonce = self.nonce

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if encrypted_value is not None or "encrypted_value" not in self._missing_fields:
            field_dict["encrypted_value"] = encrypted_value
        if nonce is not None or "nonce" not in self._missing_fields:
            field_dict["nonce"] = nonce
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conv_ai_user_secret_db_model = cls.__new__(cls)
        conv_ai_user_secret_db_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conv_ai_user_secret_db_model

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


_read_name = plain_reader("name", (str,), "a string", True)

_read_encrypted_value = plain_reader("encrypted_value", (str,), "a string", True)

_read_nonce = plain_reader("nonce", (str,), "a string", True)

_read_id = plain_reader("id", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "encrypted_value",
        "nonce",
        "id",
    )
)


def _read_additional_properties(cls: type[ConvAiUserSecretDbModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ConvAiUserSecretDbModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    encrypted_value = d.get("encrypted_value", MISSING)
    if encrypted_value.__class__ is not str:
        encrypted_value = _read_encrypted_value(cls, d)

    nonce = d.get("nonce", MISSING)
    if nonce.__class__ is not str:
        nonce = _read_nonce(cls, d)

    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    return {
        "name": name,
        "encrypted_value": encrypted_value,
        "nonce": nonce,
        "id": id,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    ConvAiUserSecretDbModel,
    _all_fields,
    {
        "name": _read_name,
        "encrypted_value": _read_encrypted_value,
        "nonce": _read_nonce,
        "id": _read_id,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
