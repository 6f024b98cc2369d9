from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AttachedTestModel")


@_attrs_define
class AttachedTestModel:
    """Attributes:
    test_id (str):
    workflow_node_id (None | str | Unset):
    """

    test_id: str

    workflow_node_id: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        test_id = self.test_id

        workflow_node_id: Any
        try:
            workflow_node_id = self.workflow_node_id

        except (AttributeError, TypeError):
            workflow_node_id = self.workflow_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_id is not None or "test_id" not in self._missing_fields:
            field_dict["test_id"] = test_id
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        test_id = d.pop("test_id", MISSING)
        if test_id.__class__ is not str:
            if test_id is MISSING:
                test_id = missing_field(cls, "test_id")
                _missing += ("test_id",)
            else:
                test_id = unexpected_type(cls, "test_id", test_id, "a string")

        workflow_node_id = d.pop("workflow_node_id", UNSET)
        if workflow_node_id.__class__ is not str and workflow_node_id is not None and workflow_node_id is not UNSET:
            workflow_node_id = unexpected_type(cls, "workflow_node_id", workflow_node_id, "a string or null")

        attached_test_model = cls(
            test_id=test_id,
            workflow_node_id=workflow_node_id,
        )
        if _missing:
            attached_test_model._missing_fields = _missing
        attached_test_model.additional_properties = d
        return attached_test_model

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
