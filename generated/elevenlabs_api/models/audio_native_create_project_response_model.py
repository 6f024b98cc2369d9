from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AudioNativeCreateProjectResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'converting': False, 'html_snippet': "<div id='audio-native-player'></div>", 'project_id':
        'JBFqnCBsd6RMkjVDRZzb'}

    Attributes:
        project_id (str): The ID of the created Audio Native project.
        converting (bool): Whether the project is currently being converted.
        html_snippet (str): The HTML snippet to embed the Audio Native player.
    """

    project_id: str

    converting: bool

    html_snippet: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("project_id", "project_id", STR, required=True),
        Field("converting", "converting", BOOL, required=True),
        Field("html_snippet", "html_snippet", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
