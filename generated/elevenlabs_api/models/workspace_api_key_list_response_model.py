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
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="WorkspaceApiKeyListResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class WorkspaceApiKeyListResponseModel(Lazy):
    """Attributes:
    api_keys (list[WorkspaceApiKeyResponseModel]):
    """

    api_keys: list[WorkspaceApiKeyResponseModel]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("api-keys",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        workspace_api_key_list_response_model = cls.__new__(cls)
        workspace_api_key_list_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
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


def _read_api_keys(cls: type[WorkspaceApiKeyListResponseModel], d: Mapping[str, Any]) -> Any:
    api_keys_raw = d.get("api-keys", MISSING)
    if api_keys_raw is MISSING:
        api_keys = missing_field(cls, "api-keys")
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

    return api_keys


_FIELDS: frozenset[str] = frozenset(("api-keys",))


def _read_additional_properties(cls: type[WorkspaceApiKeyListResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[WorkspaceApiKeyListResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "api_keys" in known:
        api_keys = known["api_keys"]
    else:
        api_keys = _read_api_keys(cls, d)

    return {
        "api_keys": api_keys,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    WorkspaceApiKeyListResponseModel,
    _all_fields,
    {
        "api_keys": _read_api_keys,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.workspace_api_key_response_model import WorkspaceApiKeyResponseModel
