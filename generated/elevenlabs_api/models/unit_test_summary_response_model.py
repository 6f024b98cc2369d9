from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    AgentTestEntityType,
    ConversationInitiationSource,
    TestType,
)
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

T = TypeVar("T", bound="UnitTestSummaryResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class UnitTestSummaryResponseModel(Lazy):
    """Attributes:
    id (str): The ID of the test
    name (str): Name of the test
    created_at_unix_secs (int): Creation time of the test in unix seconds
    last_updated_at_unix_secs (int): Last update time of the test in unix seconds
    type_ (str | TestType): Type of the test or entity
    access_info (None | ResourceAccessInfo | Unset): The access information of the test
    entity_type (AgentTestEntityType | str | Unset): The type of entity (test or folder) Defaults to 'test' on the
        server.
    folder_parent_id (None | str | Unset): The ID of the parent folder
    folder_path (list[AgentTestFolderPathSegmentResponseModel] | Unset): The folder path segments from root to this
        entity
    children_count (int | None | Unset): Number of direct children (tests and subfolders) for folders only
    conversation_initiation_source (ConversationInitiationSource | None | str | Unset): Channel the test simulates
        the conversation as. Null for folders or default behavior.
    """

    id: str

    name: str

    created_at_unix_secs: int

    last_updated_at_unix_secs: int

    type_: str | TestType

    access_info: None | ResourceAccessInfo | Unset = UNSET

    entity_type: AgentTestEntityType | str | Unset = UNSET

    folder_parent_id: None | str | Unset = UNSET

    folder_path: list[AgentTestFolderPathSegmentResponseModel] | Unset = UNSET

    children_count: int | None | Unset = UNSET

    conversation_initiation_source: ConversationInitiationSource | None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "name",
        "created_at_unix_secs",
        "last_updated_at_unix_secs",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        id = self.id

        name = self.name

        created_at_unix_secs = self.created_at_unix_secs

        last_updated_at_unix_secs = self.last_updated_at_unix_secs

        type_: Any
        try:
            if isinstance(self.type_, str):
                type_ = self.type_
            else:
                type_ = self.type_

        except (AttributeError, TypeError):
            type_ = self.type_

        access_info: Any
        try:
            if isinstance(self.access_info, Unset):
                access_info = UNSET
            elif isinstance(self.access_info, ResourceAccessInfo):
                access_info = self.access_info.to_dict()
            else:
                access_info = self.access_info

        except (AttributeError, TypeError):
            access_info = self.access_info

        entity_type: Any
        try:
            if isinstance(self.entity_type, Unset):
                entity_type = UNSET
            elif isinstance(self.entity_type, str):
                entity_type = self.entity_type
            else:
                entity_type = self.entity_type

        except (AttributeError, TypeError):
            entity_type = self.entity_type

        folder_parent_id: Any
        try:
            folder_parent_id = self.folder_parent_id

        except (AttributeError, TypeError):
            folder_parent_id = self.folder_parent_id

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

        children_count: Any
        try:
            children_count = self.children_count

        except (AttributeError, TypeError):
            children_count = self.children_count

        conversation_initiation_source: Any
        try:
            if isinstance(self.conversation_initiation_source, Unset):
                conversation_initiation_source = UNSET
            elif isinstance(self.conversation_initiation_source, str):
                conversation_initiation_source = self.conversation_initiation_source
            else:
                conversation_initiation_source = self.conversation_initiation_source

        except (AttributeError, TypeError):
            conversation_initiation_source = self.conversation_initiation_source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not None or "id" not in self._missing_fields:
            field_dict["id"] = id
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if created_at_unix_secs is not None or "created_at_unix_secs" not in self._missing_fields:
            field_dict["created_at_unix_secs"] = created_at_unix_secs
        if last_updated_at_unix_secs is not None or "last_updated_at_unix_secs" not in self._missing_fields:
            field_dict["last_updated_at_unix_secs"] = last_updated_at_unix_secs
        if type_ is not None or "type" not in self._missing_fields:
            field_dict["type"] = type_
        if access_info is not UNSET:
            field_dict["access_info"] = access_info
        if entity_type is not UNSET:
            field_dict["entity_type"] = entity_type
        if folder_parent_id is not UNSET:
            field_dict["folder_parent_id"] = folder_parent_id
        if folder_path is not UNSET:
            field_dict["folder_path"] = folder_path
        if children_count is not UNSET:
            field_dict["children_count"] = children_count
        if conversation_initiation_source is not UNSET:
            field_dict["conversation_initiation_source"] = conversation_initiation_source
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        unit_test_summary_response_model = cls.__new__(cls)
        unit_test_summary_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return unit_test_summary_response_model

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

_read_created_at_unix_secs = plain_reader("created_at_unix_secs", (int,), "an integer", True)

_read_last_updated_at_unix_secs = plain_reader("last_updated_at_unix_secs", (int,), "an integer", True)

_read_type_ = plain_reader("type", (str,), "a string", True)


def _read_access_info(cls: type[UnitTestSummaryResponseModel], d: Mapping[str, Any]) -> Any:
    access_info_raw = d.get("access_info", UNSET)
    try:

        def _parse_access_info(data: object) -> None | ResourceAccessInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            access_info_type_0 = ResourceAccessInfo.from_dict(data)

            return access_info_type_0

        access_info = _parse_access_info(access_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        access_info = deviating_field(cls, "access_info", access_info_raw)

    return access_info


_read_entity_type = plain_reader("entity_type", (str,), "a string", False)

_read_folder_parent_id = plain_reader(
    "folder_parent_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_folder_path(cls: type[UnitTestSummaryResponseModel], d: Mapping[str, Any]) -> Any:
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


_read_children_count = plain_reader(
    "children_count",
    (
        int,
        type(None),
    ),
    "an integer or null",
    False,
)

_read_conversation_initiation_source = plain_reader(
    "conversation_initiation_source",
    (
        type(None),
        str,
    ),
    "null or a string",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "name",
        "created_at_unix_secs",
        "last_updated_at_unix_secs",
        "type",
        "access_info",
        "entity_type",
        "folder_parent_id",
        "folder_path",
        "children_count",
        "conversation_initiation_source",
    )
)


def _read_additional_properties(cls: type[UnitTestSummaryResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[UnitTestSummaryResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    id = d.get("id", MISSING)
    if id.__class__ is not str:
        id = _read_id(cls, d)

    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    created_at_unix_secs = d.get("created_at_unix_secs", MISSING)
    if created_at_unix_secs.__class__ is not int:
        created_at_unix_secs = _read_created_at_unix_secs(cls, d)

    last_updated_at_unix_secs = d.get("last_updated_at_unix_secs", MISSING)
    if last_updated_at_unix_secs.__class__ is not int:
        last_updated_at_unix_secs = _read_last_updated_at_unix_secs(cls, d)

    type_ = d.get("type", MISSING)
    if type_.__class__ is not str:
        type_ = _read_type_(cls, d)

    if "access_info" in known:
        access_info = known["access_info"]
    else:
        access_info = d.get("access_info", UNSET)
        if access_info is not UNSET and access_info is not None:
            access_info = _read_access_info(cls, d)

    entity_type = d.get("entity_type", UNSET)
    if entity_type.__class__ is not str and entity_type is not UNSET:
        entity_type = _read_entity_type(cls, d)

    folder_parent_id = d.get("folder_parent_id", UNSET)
    if folder_parent_id.__class__ is not str and folder_parent_id is not None and folder_parent_id is not UNSET:
        folder_parent_id = _read_folder_parent_id(cls, d)

    if "folder_path" in known:
        folder_path = known["folder_path"]
    else:
        folder_path = d.get("folder_path", UNSET)
        if folder_path is not UNSET:
            folder_path = _read_folder_path(cls, d)

    children_count = d.get("children_count", UNSET)
    if children_count.__class__ is not int and children_count is not None and children_count is not UNSET:
        children_count = _read_children_count(cls, d)

    conversation_initiation_source = d.get("conversation_initiation_source", UNSET)
    if (
        conversation_initiation_source is not None
        and conversation_initiation_source.__class__ is not str
        and conversation_initiation_source is not UNSET
    ):
        conversation_initiation_source = _read_conversation_initiation_source(cls, d)

    return {
        "id": id,
        "name": name,
        "created_at_unix_secs": created_at_unix_secs,
        "last_updated_at_unix_secs": last_updated_at_unix_secs,
        "type_": type_,
        "access_info": access_info,
        "entity_type": entity_type,
        "folder_parent_id": folder_parent_id,
        "folder_path": folder_path,
        "children_count": children_count,
        "conversation_initiation_source": conversation_initiation_source,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    UnitTestSummaryResponseModel,
    _all_fields,
    {
        "id": _read_id,
        "name": _read_name,
        "created_at_unix_secs": _read_created_at_unix_secs,
        "last_updated_at_unix_secs": _read_last_updated_at_unix_secs,
        "type_": _read_type_,
        "access_info": _read_access_info,
        "entity_type": _read_entity_type,
        "folder_parent_id": _read_folder_parent_id,
        "folder_path": _read_folder_path,
        "children_count": _read_children_count,
        "conversation_initiation_source": _read_conversation_initiation_source,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.agent_test_folder_path_segment_response_model import AgentTestFolderPathSegmentResponseModel
from ..models.resource_access_info import ResourceAccessInfo
