from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    File,
    Lazy,
    Unset,
    deviating_field,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost(Lazy):
    """Attributes:
    from_url (None | str | Unset): An optional URL from which we will extract content to initialize the Studio
        project. If this is set, 'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document',
        'from_content' are provided we will initialize the Studio project as blank.
    from_document (File | None | Unset): An optional .epub, .pdf, .txt or similar file can be provided. If provided,
        we will initialize the Studio project with its content. If this is set, 'from_url' and 'from_content' must be
        null. If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the Studio project
        as blank.
    from_content_json (str | Unset):
            An optional content to initialize the Studio project with. If this is set, 'from_url' and 'from_document'
        must be null. If neither 'from_url', 'from_document', 'from_content' are provided we will initialize the Studio
        project as blank.

            Example:
            [{"name": "Chapter A", "blocks": [{"sub_type": "p", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text":
        "A", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "B", "type": "tts_node"}]}, {"sub_type":
        "h1", "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "C", "type": "tts_node"}, {"voice_id":
        "6lCwbsX1yVjD49QmpkT1", "text": "D", "type": "tts_node"}]}]}, {"name": "Chapter B", "blocks": [{"sub_type": "p",
        "nodes": [{"voice_id": "6lCwbsX1yVjD49QmpkT0", "text": "E", "type": "tts_node"}, {"voice_id":
        "6lCwbsX1yVjD49QmpkT1", "text": "F", "type": "tts_node"}]}, {"sub_type": "h2", "nodes": [{"voice_id":
        "6lCwbsX1yVjD49QmpkT0", "text": "G", "type": "tts_node"}, {"voice_id": "6lCwbsX1yVjD49QmpkT1", "text": "H",
        "type": "tts_node"}]}]}]

    auto_convert (bool | Unset): Whether to auto convert the Studio project to audio or not. Defaults to False on
        the server.
    """

    from_url: None | str | Unset = UNSET

    from_document: File | None | Unset = UNSET

    from_content_json: str | Unset = UNSET

    auto_convert: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        from_url: Any
        try:
            from_url = self.from_url

        except (AttributeError, TypeError):
            from_url = self.from_url

        from_document: Any
        try:
            if isinstance(self.from_document, Unset):
                from_document = UNSET
            elif isinstance(self.from_document, File):
                from_document = self.from_document.to_tuple()

            else:
                from_document = self.from_document

        except (AttributeError, TypeError):
            from_document = self.from_document

        from_content_json = self.from_content_json

        auto_convert = self.auto_convert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_url is not UNSET:
            field_dict["from_url"] = from_url
        if from_document is not UNSET:
            field_dict["from_document"] = from_document
        if from_content_json is not UNSET:
            field_dict["from_content_json"] = from_content_json
        if auto_convert is not UNSET:
            field_dict["auto_convert"] = auto_convert
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.from_url, Unset):
            if isinstance(self.from_url, str) or self.from_url is None:
                files.append(("from_url", (None, str(self.from_url).encode(), "text/plain")))

        if not isinstance(self.from_document, Unset):
            if isinstance(self.from_document, File):
                files.append(("from_document", self.from_document.to_tuple()))
            elif self.from_document is None:
                files.append(("from_document", (None, str(self.from_document).encode(), "text/plain")))

        if not isinstance(self.from_content_json, Unset):
            files.append(("from_content_json", (None, str(self.from_content_json).encode(), "text/plain")))

        if not isinstance(self.auto_convert, Unset):
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

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
        body_update_studio_project_content_v1_studio_projects_project_id_content_post = cls.__new__(cls)
        body_update_studio_project_content_v1_studio_projects_project_id_content_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_update_studio_project_content_v1_studio_projects_project_id_content_post

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


_read_from_url = plain_reader(
    "from_url",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_from_document(
    cls: type[BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost], d: Mapping[str, Any]
) -> Any:
    from_document_raw = d.get("from_document", UNSET)
    try:

        def _parse_from_document(data: object) -> File | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, bytes):
                raise TypeError(f"got {type(data).__name__}")
            from_document_type_0 = File(payload=BytesIO(data))

            return from_document_type_0

        from_document = _parse_from_document(from_document_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        from_document = deviating_field(cls, "from_document", from_document_raw)

    return from_document


_read_from_content_json = plain_reader("from_content_json", (str,), "a string", False)

_read_auto_convert = plain_reader("auto_convert", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "from_url",
        "from_document",
        "from_content_json",
        "auto_convert",
    )
)


def _read_additional_properties(
    cls: type[BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost],
    d: Mapping[str, Any],
    known: Mapping[str, Any],
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    from_url = d.get("from_url", UNSET)
    if from_url.__class__ is not str and from_url is not None and from_url is not UNSET:
        from_url = _read_from_url(cls, d)

    if "from_document" in known:
        from_document = known["from_document"]
    else:
        from_document = d.get("from_document", UNSET)
        if from_document is not UNSET and from_document is not None:
            from_document = _read_from_document(cls, d)

    from_content_json = d.get("from_content_json", UNSET)
    if from_content_json.__class__ is not str and from_content_json is not UNSET:
        from_content_json = _read_from_content_json(cls, d)

    auto_convert = d.get("auto_convert", UNSET)
    if auto_convert.__class__ is not bool and auto_convert is not UNSET:
        auto_convert = _read_auto_convert(cls, d)

    return {
        "from_url": from_url,
        "from_document": from_document,
        "from_content_json": from_content_json,
        "auto_convert": auto_convert,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost,
    _all_fields,
    {
        "from_url": _read_from_url,
        "from_document": _read_from_document,
        "from_content_json": _read_from_content_json,
        "auto_convert": _read_auto_convert,
        "additional_properties": _read_additional_properties,
    },
)
