from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class AudioNativeCreateProjectResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'converting': False, 'html_snippet': "<div id='audio-native-player'></div>", 'project_id':
        'JBFqnCBsd6RMkjVDRZzb'}

    Attributes:
        project_id: The ID of the created Audio Native project.
        converting: Whether the project is currently being converted.
        html_snippet: The HTML snippet to embed the Audio Native player.
    """

    project_id: str

    converting: bool

    html_snippet: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", STR, required=True),
        Field("converting", "converting", BOOL, required=True),
        Field("html_snippet", "html_snippet", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
