from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    NULL,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    object_of,
    union,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CreatePvcVoiceRequest(Lazy, AdditionalProperties[Any]):
    """Attributes:
    name (str): The name that identifies this voice. This will be displayed in the dropdown of the website.
    language (str): Language used in the samples.
    description (None | str | Unset): Description to use for the created voice.
    labels (CreatePvcVoiceRequestLabelsType0 | None | Unset): Labels for the voice. Keys can be language, accent,
        gender, or age.
    """

    name: str

    language: str

    description: None | str | Unset = UNSET

    labels: CreatePvcVoiceRequestLabelsType0 | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("name", "name", STR, required=True),
        Field("language", "language", STR, required=True),
        Field("description", "description", union(STR, NULL)),
        Field("labels", "labels", union(object_of("CreatePvcVoiceRequestLabelsType0"), NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.create_pvc_voice_request_labels_type_0 import CreatePvcVoiceRequestLabelsType0
