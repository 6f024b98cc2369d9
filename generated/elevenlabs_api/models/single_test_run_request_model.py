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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="SingleTestRunRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class SingleTestRunRequestModel(Lazy):
    """Attributes:
    test_id (str): ID of the test to run
    workflow_node_id (None | str | Unset): ID of the workflow node to run the test on. If not provided, the test
        will be run on the agent's default workflow node.
    root_folder_id (None | str | Unset): ID of the root folder to run the test on. If not provided, the test will be
        run on the agent's default folder.
    root_folder_name (None | str | Unset): Name of the root folder to run the test on. If not provided, the test
        will be run on the agent's default folder.
    """

    test_id: str

    workflow_node_id: None | str | Unset = UNSET

    root_folder_id: None | str | Unset = UNSET

    root_folder_name: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("test_id",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        test_id = self.test_id

        workflow_node_id: Any
        try:
            workflow_node_id = self.workflow_node_id

        except (AttributeError, TypeError):
            workflow_node_id = self.workflow_node_id

        root_folder_id: Any
        try:
            root_folder_id = self.root_folder_id

        except (AttributeError, TypeError):
            root_folder_id = self.root_folder_id

        root_folder_name: Any
        try:
            root_folder_name = self.root_folder_name

        except (AttributeError, TypeError):
            root_folder_name = self.root_folder_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if test_id is not None or "test_id" not in self._missing_fields:
            field_dict["test_id"] = test_id
        if workflow_node_id is not UNSET:
            field_dict["workflow_node_id"] = workflow_node_id
        if root_folder_id is not UNSET:
            field_dict["root_folder_id"] = root_folder_id
        if root_folder_name is not UNSET:
            field_dict["root_folder_name"] = root_folder_name
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        single_test_run_request_model = cls.__new__(cls)
        single_test_run_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return single_test_run_request_model

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


_read_test_id = plain_reader("test_id", (str,), "a string", True)

_read_workflow_node_id = plain_reader(
    "workflow_node_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_root_folder_id = plain_reader(
    "root_folder_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_root_folder_name = plain_reader(
    "root_folder_name",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "test_id",
        "workflow_node_id",
        "root_folder_id",
        "root_folder_name",
    )
)


def _read_additional_properties(cls: type[SingleTestRunRequestModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[SingleTestRunRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    test_id = d.get("test_id", MISSING)
    if test_id.__class__ is not str:
        test_id = _read_test_id(cls, d)

    workflow_node_id = d.get("workflow_node_id", UNSET)
    if workflow_node_id.__class__ is not str and workflow_node_id is not None and workflow_node_id is not UNSET:
        workflow_node_id = _read_workflow_node_id(cls, d)

    root_folder_id = d.get("root_folder_id", UNSET)
    if root_folder_id.__class__ is not str and root_folder_id is not None and root_folder_id is not UNSET:
        root_folder_id = _read_root_folder_id(cls, d)

    root_folder_name = d.get("root_folder_name", UNSET)
    if root_folder_name.__class__ is not str and root_folder_name is not None and root_folder_name is not UNSET:
        root_folder_name = _read_root_folder_name(cls, d)

    return {
        "test_id": test_id,
        "workflow_node_id": workflow_node_id,
        "root_folder_id": root_folder_id,
        "root_folder_name": root_folder_name,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    SingleTestRunRequestModel,
    _all_fields,
    {
        "test_id": _read_test_id,
        "workflow_node_id": _read_workflow_node_id,
        "root_folder_id": _read_root_folder_id,
        "root_folder_name": _read_root_folder_name,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
