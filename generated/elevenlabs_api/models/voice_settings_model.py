from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    INT,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
)


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoiceSettingsModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    cloning_strength (int | Unset): How strongly the dubbed speakers clone the source voices, 0 to 10. Defaults to 7
        on the server.
    """

    cloning_strength: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # What each field is in the body: types.Lazy reads and writes the model by it (types.py: Field).
    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("cloning_strength", "cloning_strength", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
