from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    deviating_field,
    expect_array,
    missing_field,
)

T = TypeVar("T", bound="WorkspaceApiKeyListResponseModel")


@_attrs_define
class WorkspaceApiKeyListResponseModel:
    """Attributes:
    api_keys (list[WorkspaceApiKeyResponseModel]):
    """

    api_keys: list[WorkspaceApiKeyResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        api_keys: Any
        try:
            api_keys = []
            for api_keys_item_data in self.api_keys:
                api_keys_item = api_keys_item_data.to_dict()
                api_keys.append(api_keys_item)

        except (AttributeError, TypeError):
            api_keys = self.api_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if api_keys is not None or "api-keys" not in self._missing_fields:
            field_dict["api-keys"] = api_keys
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        api_keys_raw = d.pop("api-keys", MISSING)
        if api_keys_raw is MISSING:
            api_keys = missing_field(cls, "api-keys")
            _missing += ("api-keys",)
        else:
            try:
                expect_array("api-keys", api_keys_raw)
                api_keys = []
                _api_keys = api_keys_raw
                for api_keys_item_data in _api_keys:
                    api_keys_item = WorkspaceApiKeyResponseModel.from_dict(api_keys_item_data)

                    api_keys.append(api_keys_item)
            except (KeyError, TypeError, ValueError, AttributeError):
                api_keys = deviating_field(cls, "api-keys", api_keys_raw)

        workspace_api_key_list_response_model = cls(
            api_keys=api_keys,
        )
        if _missing:
            workspace_api_key_list_response_model._missing_fields = _missing
        workspace_api_key_list_response_model.additional_properties = d
        return workspace_api_key_list_response_model

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
from ..models.workspace_api_key_response_model import WorkspaceApiKeyResponseModel
