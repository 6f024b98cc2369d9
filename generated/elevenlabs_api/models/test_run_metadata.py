from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.test_run_metadata_test_type_type_0 import (
    TestRunMetadataTestTypeType0,
)
from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="TestRunMetadata")


@_attrs_define
class TestRunMetadata:
    """Attributes:
    workspace_id (str):
    test_name (str):
    ran_by_user_email (str):
    test_type (str | TestRunMetadataTestTypeType0 | Unset):  Default: 'llm'.
    """

    workspace_id: str

    test_name: str

    ran_by_user_email: str

    test_type: str | TestRunMetadataTestTypeType0 | Unset = "llm"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        test_name = self.test_name

        ran_by_user_email = self.ran_by_user_email

        test_type: Any
        try:
            if isinstance(self.test_type, Unset):
                test_type = UNSET
            elif isinstance(self.test_type, str):
                test_type = self.test_type
            else:
                test_type = self.test_type

        except (AttributeError, TypeError):
            test_type = self.test_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if workspace_id is not None or "workspace_id" not in self._missing_fields:
            field_dict["workspace_id"] = workspace_id
        if test_name is not None or "test_name" not in self._missing_fields:
            field_dict["test_name"] = test_name
        if ran_by_user_email is not None or "ran_by_user_email" not in self._missing_fields:
            field_dict["ran_by_user_email"] = ran_by_user_email
        if test_type is not UNSET:
            field_dict["test_type"] = test_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        workspace_id = d.pop("workspace_id", MISSING)
        if workspace_id.__class__ is not str:
            if workspace_id is MISSING:
                workspace_id = missing_field(cls, "workspace_id")
                _missing += ("workspace_id",)
            else:
                workspace_id = unexpected_type(cls, "workspace_id", workspace_id, "a string")

        test_name = d.pop("test_name", MISSING)
        if test_name.__class__ is not str:
            if test_name is MISSING:
                test_name = missing_field(cls, "test_name")
                _missing += ("test_name",)
            else:
                test_name = unexpected_type(cls, "test_name", test_name, "a string")

        ran_by_user_email = d.pop("ran_by_user_email", MISSING)
        if ran_by_user_email.__class__ is not str:
            if ran_by_user_email is MISSING:
                ran_by_user_email = missing_field(cls, "ran_by_user_email")
                _missing += ("ran_by_user_email",)
            else:
                ran_by_user_email = unexpected_type(cls, "ran_by_user_email", ran_by_user_email, "a string")

        test_type = d.pop("test_type", UNSET)
        if test_type.__class__ is not str and test_type is not UNSET:
            test_type = unexpected_type(cls, "test_type", test_type, "a string")

        test_run_metadata = cls(
            workspace_id=workspace_id,
            test_name=test_name,
            ran_by_user_email=ran_by_user_email,
            test_type=test_type,
        )
        if _missing:
            test_run_metadata._missing_fields = _missing
        test_run_metadata.additional_properties = d
        return test_run_metadata

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
