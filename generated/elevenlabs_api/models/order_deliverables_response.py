from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ANY,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
)


@_attrs_define(slots=False)
class OrderDeliverablesResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'deliverables': [{'content_type': 'video/mp4', 'name': 'output_fr.mp4', 'signed_url':
        'https://storage.googleapis.com/example-bucket/deliverables/output_fr.mp4?X-Goog-Signature=...', 'version': 1}]}

    Attributes:
        deliverables: The list of delivered files for the order. Empty if the order is not yet completed.
    """

    deliverables: list[DeliverableInfo]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("deliverables", "deliverables", list_of(object_of("DeliverableInfo")), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.deliverable_info import DeliverableInfo
