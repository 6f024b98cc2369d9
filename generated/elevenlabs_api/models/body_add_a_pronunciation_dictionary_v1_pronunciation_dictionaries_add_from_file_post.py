from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_file_post_workspace_access_type_0 import (
    BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePostWorkspaceAccessType0,
    check_body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_file_post_workspace_access_type_0,
)
from ..types import (
    MISSING,
    UNSET,
    File,
    Unset,
    deviating_field,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePost")


@_attrs_define
class BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePost:
    """Attributes:
    name (str): The name of the pronunciation dictionary, used for identification only.
    file (File | None | Unset): A lexicon .pls file which we will use to initialize the project with.
    description (None | str | Unset): A description of the pronunciation dictionary, used for identification only.
    workspace_access (BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePostWorkspaceAccessType0
        | None | Unset): Should be one of 'admin', 'editor' or 'viewer'. If not provided, defaults to no access.
    """

    name: str

    file: File | None | Unset = UNSET

    description: None | str | Unset = UNSET

    workspace_access: (
        BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePostWorkspaceAccessType0 | None | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        name = d.pop("name", MISSING)
        if name.__class__ is not str:
            if name is MISSING:
                name = missing_field(cls, "name")
                _missing += ("name",)
            else:
                name = unexpected_type(cls, "name", name, "a string")

        file_raw = d.pop("file", UNSET)
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

        description = d.pop("description", UNSET)
        if description.__class__ is not str and description is not None and description is not UNSET:
            description = unexpected_type(cls, "description", description, "a string or null")

        workspace_access_raw = d.pop("workspace_access", UNSET)
        try:

            def _parse_workspace_access(
                data: object,
            ) -> (
                BodyAddAPronunciationDictionaryV1PronunciationDictionariesAddFromFilePostWorkspaceAccessType0
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not isinstance(data, str):
                    raise TypeError(f"got {type(data).__name__}")
                workspace_access_type_0 = check_body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_file_post_workspace_access_type_0(
                    data
                )

                return workspace_access_type_0

            workspace_access = _parse_workspace_access(workspace_access_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            workspace_access = deviating_field(cls, "workspace_access", workspace_access_raw)

        body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_file_post = cls(
            name=name,
            file=file,
            description=description,
            workspace_access=workspace_access,
        )
        if _missing:
            body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_file_post._missing_fields = (
                _missing
            )
        body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_file_post.additional_properties = d
        return body_add_a_pronunciation_dictionary_v1_pronunciation_dictionaries_add_from_file_post

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
