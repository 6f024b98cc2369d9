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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetAgentTestFolderResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetAgentTestFolderResponseModel(Lazy):
    """Attributes:
    id (str):
    name (str):
    folder_path (list[AgentTestFolderPathSegmentResponseModel] | Unset): The path from the root folder to the
        current folder.
    children_count (int | Unset): The number of direct children (tests and subfolders) in this folder Defaults to 0
        on the server.
    """

    id: str

    name: str

    folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET

    children_count: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        name = self.name

        folder_path: Any
        try:
            folder_path = UNSET
            if not isinstance(self.folder_path, Unset):
                folder_path = []
                for folder_path_item_data in self.folder_path:
                    folder_path_item = folder_path_item_data.to_dict()
                    folder_path.append(folder_path_item)

        except (AttributeError, TypeError):
            folder_path = self.folder_path

        children_count = self.children_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if children_count is not UNSET:
            field_dict["children_count"] = children_count
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_agent_test_folder_response_model = cls.__new__(cls)
        get_agent_test_folder_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_agent_test_folder_response_model

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


_read_id = plain_reader("id", (str,), "a string", True)

_read_name = plain_reader("name", (str,), "a string", True)


def _read_folder_path(cls: type[GetAgentTestFolderResponseModel], d: Mapping[str, Any]) -> Any:
    folder_path_raw = d.get("folder_path", UNSET)
    try:
        expect_array("folder_path", folder_path_raw)
        _folder_path = folder_path_raw
        folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET
        if _folder_path is not UNSET:
            folder_path = []
            for folder_path_item_data in _folder_path:
                folder_path_item = AgentTestFolderPathSegmentResponseModel.from_dict(folder_path_item_data)

                folder_path.append(folder_path_item)
    except (KeyError, TypeError, ValueError, AttributeError):
        folder_path = deviating_field(cls, "folder_path", folder_path_raw)

    return folder_path


_read_children_count = plain_reader("children_count", (int,), "an integer", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "folder_path",
        "children_count",
    )
)


def _read_additional_properties(cls: type[GetAgentTestFolderResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetAgentTestFolderResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "folder_path" in known:
        folder_path = known["folder_path"]
    else:
        folder_path = d.get("folder_path", UNSET)
        if folder_path is not UNSET:
            folder_path = _read_folder_path(cls, d)

    children_count = d.get("children_count", UNSET)
    if children_count.__class__ is not int and children_count is not UNSET:
        children_count = _read_children_count(cls, d)

    return {
        "id": id,
        "name": name,
        "folder_path": folder_path,
        "children_count": children_count,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetAgentTestFolderResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "name": _read_name,
        "folder_path": _read_folder_path,
        "children_count": _read_children_count,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel
