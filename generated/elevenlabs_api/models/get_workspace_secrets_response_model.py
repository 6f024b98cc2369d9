from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetWorkspaceSecretsResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetWorkspaceSecretsResponseModel(Lazy):
    """Attributes:
    secrets (list[ConvAiWorkspaceStoredSecretConfig]):
    next_cursor (None | str | Unset): Cursor for fetching the next page of secrets
    """

    secrets: list[ConvAiWorkspaceStoredSecretConfig]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("secrets",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        secrets: Any
        try:
            secrets = []
            for secrets_item_data in self.secrets:
                secrets_item = secrets_item_data.to_dict()
                secrets.append(secrets_item)

        except (AttributeError, TypeError):
            secrets = self.secrets

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if secrets is not None or "secrets" not in self._missing_fields:
            field_dict["secrets"] = secrets
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_workspace_secrets_response_model = cls.__new__(cls)
        get_workspace_secrets_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_workspace_secrets_response_model

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


def _read_secrets(cls: type[GetWorkspaceSecretsResponseModel], d: Mapping[str, Any]) -> Any:
    secrets_raw = d.get("secrets", MISSING)
    if secrets_raw is MISSING:
        secrets = missing_field(cls, "secrets")
    else:
        try:
            expect_array("secrets", secrets_raw)
            secrets = []
            _secrets = secrets_raw
            for secrets_item_data in _secrets:
                secrets_item = ConvAiWorkspaceStoredSecretConfig.from_dict(secrets_item_data)

                secrets.append(secrets_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            secrets = deviating_field(cls, "secrets", secrets_raw)

    return secrets


_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "secrets",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[GetWorkspaceSecretsResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetWorkspaceSecretsResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "secrets" in known:
        secrets = known["secrets"]
    else:
        secrets = _read_secrets(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "secrets": secrets,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetWorkspaceSecretsResponseModel,
    _all_fields,
    {
        "secrets": _read_secrets,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_workspace_stored_secret_config import ConvAiWorkspaceStoredSecretConfig
