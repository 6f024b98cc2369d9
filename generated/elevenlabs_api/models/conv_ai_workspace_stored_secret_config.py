from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="ConvAIWorkspaceStoredSecretConfig")


@_attrs_define
class ConvAIWorkspaceStoredSecretConfig:
    """Attributes:
    type_ (Literal['stored']):
    secret_id (str):
    name (str):
    used_by (ConvAIStoredSecretDependencies):
    """

    type_: Literal["stored"]

    secret_id: str

    name: str

    used_by: ConvAIStoredSecretDependencies

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "stored")

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["stored"], type__raw)
        if type_ != "stored":
            raise ValueError(f"type must match const 'stored', got '{type_}'")

        secret_id = d.pop("secret_id", MISSING)
        if secret_id.__class__ is not str:
            if secret_id is MISSING:
                secret_id = missing_field(cls, "secret_id")
                _missing += ("secret_id",)
            else:
                secret_id = unexpected_type(cls, "secret_id", secret_id, "a string")

        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        used_by_raw = d.pop("used_by", MISSING)
        if used_by_raw is MISSING:
            used_by = missing_field(cls, "used_by")
            _missing += ("used_by",)
        else:
            try:
                used_by = ConvAIStoredSecretDependencies.from_dict(used_by_raw)
            except (KeyError, TypeError, ValueError, AttributeError):
                used_by = deviating_field(cls, "used_by", used_by_raw)

        conv_ai_workspace_stored_secret_config = cls(
            type_=type_,
            secret_id=secret_id,
            name=name,
            used_by=used_by,
        )
        if _missing:
            conv_ai_workspace_stored_secret_config._missing_fields = _missing
        conv_ai_workspace_stored_secret_config.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_stored_secret_dependencies import ConvAIStoredSecretDependencies
