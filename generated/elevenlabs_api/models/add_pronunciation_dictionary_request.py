from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models._literals import (
    AddPronunciationDictionaryRequestWorkspaceAccessType0,
    check_add_pronunciation_dictionary_request_workspace_access_type_0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AddPronunciationDictionaryRequest")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AddPronunciationDictionaryRequest(Lazy):
    """Attributes:
    name (str): The name of the pronunciation dictionary, used for identification only.
    file (File | None | Unset): A lexicon .pls file which we will use to initialize the project with.
    description (None | str | Unset): A description of the pronunciation dictionary, used for identification only.
    workspace_access (AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset): Should be one of
        'admin', 'editor' or 'viewer'. If not provided, defaults to no access.
    """

    name: str

    file: File | None | Unset = UNSET

    description: None | str | Unset = UNSET

    workspace_access: AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("name",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        name = self.name

        file: Any
        try:
            if isinstance(self.file, Unset):
                file = UNSET
            elif isinstance(self.file, File):
                file = self.file.to_tuple()

            else:
                file = self.file

        except (AttributeError, TypeError):
            file = self.file

        description: Any
        try:
            description = self.description

        except (AttributeError, TypeError):
            description = self.description

        workspace_access: Any
        try:
            if isinstance(self.workspace_access, Unset):
                workspace_access = UNSET
            elif isinstance(self.workspace_access, str):
                workspace_access = self.workspace_access
            else:
                workspace_access = self.workspace_access

        except (AttributeError, TypeError):
            workspace_access = self.workspace_access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not None or "name" not in self._missing_fields:
            field_dict["name"] = name
        if file is not UNSET:
            field_dict["file"] = file
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_access is not UNSET:
            field_dict["workspace_access"] = workspace_access
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("name", (None, str(self.name).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            elif self.file is None:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.description, Unset):
            if isinstance(self.description, str) or self.description is None:
                files.append(("description", (None, str(self.description).encode(), "text/plain")))

        if not isinstance(self.workspace_access, Unset):
            if isinstance(self.workspace_access, str) or self.workspace_access is None:
                files.append(("workspace_access", (None, str(self.workspace_access).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        add_pronunciation_dictionary_request = cls.__new__(cls)
        add_pronunciation_dictionary_request.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return add_pronunciation_dictionary_request

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


_read_name = plain_reader("name", (str,), "a string", True)


def _read_file(cls: type[AddPronunciationDictionaryRequest], d: Mapping[str, Any]) -> Any:
    file_raw = d.get("file", UNSET)
    try:

        def _parse_file(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            file_type_0 = File(payload=BytesIO(data))

            return file_type_0

        file = _parse_file(file_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        file = deviating_field(cls, "file", file_raw)

    return file


_read_description = plain_reader(
    "description",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_workspace_access(cls: type[AddPronunciationDictionaryRequest], d: Mapping[str, Any]) -> Any:
    workspace_access_raw = d.get("workspace_access", UNSET)
    try:

        def _parse_workspace_access(
            data: object,
        ) -> AddPronunciationDictionaryRequestWorkspaceAccessType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, str):
                raise TypeError(f"got {type(data).__name__}")
            workspace_access_type_0 = check_add_pronunciation_dictionary_request_workspace_access_type_0(data)

            return workspace_access_type_0

        workspace_access = _parse_workspace_access(workspace_access_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        workspace_access = deviating_field(cls, "workspace_access", workspace_access_raw)

    return workspace_access


_FIELDS: frozenset[str] = frozenset(
    (
        "name",
        "file",
        "description",
        "workspace_access",
    )
)


def _read_additional_properties(cls: type[AddPronunciationDictionaryRequest], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AddPronunciationDictionaryRequest], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    name = d.get("name", MISSING)
    if name.__class__ is not str:
        name = _read_name(cls, d)

    if "file" in known:
        file = known["file"]
    else:
        file = d.get("file", UNSET)
        if file is not UNSET and file is not None:
            file = _read_file(cls, d)

    description = d.get("description", UNSET)
    if description.__class__ is not str and description is not None and description is not UNSET:
        description = _read_description(cls, d)

    if "workspace_access" in known:
        workspace_access = known["workspace_access"]
    else:
        workspace_access = d.get("workspace_access", UNSET)
        if workspace_access is not UNSET and workspace_access is not None:
            workspace_access = _read_workspace_access(cls, d)

    return {
        "name": name,
        "file": file,
        "description": description,
        "workspace_access": workspace_access,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AddPronunciationDictionaryRequest,
    _all_fields,
    {
        "name": _read_name,
        "file": _read_file,
        "description": _read_description,
        "workspace_access": _read_workspace_access,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
