from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyUpdateStudioProjectContentV1StudioProjectsProjectIdContentPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    from_url: An optional URL from which we will extract content to initialize the Studio project. If this is set,
        'from_url' and 'from_content' must be null. If neither 'from_url', 'from_document', 'from_content' are provided
        we will initialize the Studio project as blank.
    from_document: An optional .epub, .pdf, .txt or similar file can be provided. If provided, we will initialize
        the Studio project with its content. If this is set, 'from_url' and 'from_content' must be null. If neither
        'from_url', 'from_document', 'from_content' are provided we will initialize the Studio project as blank.
    from_content_json:
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

    auto_convert: Whether to auto convert the Studio project to audio or not. Defaults to False on the server.
    """

    from_url: None | str | Unset = UNSET

    from_document: File | None | Unset = UNSET

    from_content_json: str | Unset = UNSET

    auto_convert: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("from_url", "from_url", union(STR, NULL)),
        Field("from_document", "from_document", union(FILE, NULL)),
        Field("from_content_json", "from_content_json", STR),
        Field("auto_convert", "auto_convert", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )

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
