from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    BOOL,
    FILE,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, File, Unset


@_attrs_define(slots=False)
class BodyUpdateAudioNativeProjectContentV1AudioNativeProjectIdContentPost(Lazy, AdditionalProperties[Any]):
    """Attributes:
    file: Either txt or HTML input file containing the article content. HTML should be formatted as follows
        '&lt;html&gt;&lt;body&gt;&lt;div&gt;&lt;p&gt;Your content&lt;/p&gt;&lt;h5&gt;More of your
        content&lt;/h5&gt;&lt;p&gt;Some more of your content&lt;/p&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;'
    auto_convert: Whether to auto convert the project to audio or not. Defaults to False on the server.
    auto_publish: Whether to auto publish the new project snapshot after it's converted. Defaults to False on the
        server.
    """

    file: File | Unset = UNSET

    auto_convert: bool | Unset = UNSET

    auto_publish: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("file", "file", FILE),
        Field("auto_convert", "auto_convert", BOOL),
        Field("auto_publish", "auto_publish", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.auto_convert, Unset):
            files.append(("auto_convert", (None, b"true" if self.auto_convert else b"false", "text/plain")))

        if not isinstance(self.auto_publish, Unset):
            files.append(("auto_publish", (None, b"true" if self.auto_publish else b"false", "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
