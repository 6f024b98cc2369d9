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

T = TypeVar("T", bound="ConvAiWorkspaceStoredSecretConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ConvAiWorkspaceStoredSecretConfig(Lazy):
    """Attributes:
    type_ (Literal['stored']):
    secret_id (str):
    name (str):
    used_by (ConvAiStoredSecretDependencies):
    """

    type_: Literal["stored"] = _attrs_field(
        default="stored",
        kw_only=True,
        alias="type",
        validator=types.tag("ConvAiWorkspaceStoredSecretConfig", "type", "stored"),
    )

    secret_id: str

    name: str

    used_by: ConvAiStoredSecretDependencies

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "secret_id",
        "name",
        "used_by",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "stored")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        secret_id = self.secret_id

        name = self.name

        used_by: Any
        try:
            used_by = self.used_by.to_dict()
        except (AttributeError, TypeError):
            used_by = self.used_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if secret_id is not None or "secret_id" not in self._missing_fields:
            field_dict["secret_id"] = secret_id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if used_by is not None or "used_by" not in self._missing_fields:
            field_dict["used_by"] = used_by
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        conv_ai_workspace_stored_secret_config = cls.__new__(cls)
        conv_ai_workspace_stored_secret_config.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return conv_ai_workspace_stored_secret_config

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


def _read_type_(cls: type[ConvAiWorkspaceStoredSecretConfig], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["stored"], type__raw)
    if type_ != "stored":
        raise ValueError(f"type must match const 'stored', got '{type_}'")

    return type_


_read_secret_id = plain_reader("secret_id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_used_by(cls: type[ConvAiWorkspaceStoredSecretConfig], d: Mapping[str, Any]) -> Any:
    used_by_raw = d.get("used_by", MISSING)
    if used_by_raw is MISSING:
        used_by = missing_field(cls, "used_by")
    else:
        try:
            used_by = ConvAiStoredSecretDependencies.from_dict(used_by_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            used_by = deviating_field(cls, "used_by", used_by_raw)

    return used_by


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "secret_id",
        "name",
        "used_by",
    )
)


def _read_additional_properties(cls: type[ConvAiWorkspaceStoredSecretConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[ConvAiWorkspaceStoredSecretConfig], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    secret_id = d.get("secret_id", MISSING)
    if secret_id.__class__ is not str:
        secret_id = _read_secret_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "used_by" in known:
        used_by = known["used_by"]
    else:
        used_by = _read_used_by(cls, d)

    return {
        "type_": type_,
        "secret_id": secret_id,
        "name": name,
        "used_by": used_by,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(ConvAiWorkspaceStoredSecretConfig, type_="type")

set_readers(
    ConvAiWorkspaceStoredSecretConfig,
    _all_fields,
    {
        "type_": _read_type_,
        "secret_id": _read_secret_id,
        "name": _read_name,
        "used_by": _read_used_by,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_stored_secret_dependencies import ConvAiStoredSecretDependencies
