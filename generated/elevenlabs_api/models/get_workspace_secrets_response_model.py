from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GetWorkspaceSecretsResponseModel")


@_attrs_define
class GetWorkspaceSecretsResponseModel:
    """Attributes:
    secrets (list[ConvAIWorkspaceStoredSecretConfig]):
    next_cursor (None | str | Unset): Cursor for fetching the next page of secrets
    """

    secrets: list[ConvAIWorkspaceStoredSecretConfig]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        secrets_raw = d.pop("secrets", MISSING)
        if secrets_raw is MISSING:
            secrets = missing_field(cls, "secrets")
            _missing += ("secrets",)
        else:
            try:
                expect_array("secrets", secrets_raw)
                secrets = []
                _secrets = secrets_raw
                for secrets_item_data in _secrets:
                    secrets_item = ConvAIWorkspaceStoredSecretConfig.from_dict(secrets_item_data)

                    secrets.append(secrets_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                secrets = deviating_field(cls, "secrets", secrets_raw)

        next_cursor = d.pop("next_cursor", UNSET)
        if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
            next_cursor = unexpected_type(cls, "next_cursor", next_cursor, "a string or null")

        get_workspace_secrets_response_model = cls(
            secrets=secrets,
            next_cursor=next_cursor,
        )
        if _missing:
            get_workspace_secrets_response_model._missing_fields = _missing
        get_workspace_secrets_response_model.additional_properties = d
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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conv_ai_workspace_stored_secret_config import ConvAIWorkspaceStoredSecretConfig
