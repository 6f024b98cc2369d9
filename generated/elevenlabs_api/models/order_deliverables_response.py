from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import ANY, INT, STR, AdditionalProperties, Field, Lazy, dict_of, list_of, object_of
from ..types import UNSET, Unset


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


@_attrs_define(slots=False)
class DeliverableInfo(Lazy, AdditionalProperties[Any]):
    """Example:
        {'content_type': 'video/mp4', 'name': '[fr][mp4] Item #cbaba1fe', 'signed_url':
        'https://storage.googleapis.com/example-bucket/deliverables/output_fr.mp4?X-Goog-Signature=...', 'version': 1}

    Attributes:
        signed_url: A time-limited URL to download the delivered file.
        content_type: The MIME type of the delivered file (e.g. 'video/mp4').
        name: The name of the delivered file.
        version: The version number of the deliverable. Defaults to 1 on the server.
    """

    signed_url: str

    content_type: str

    name: str

    version: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("signed_url", "signed_url", STR, required=True),
        Field("content_type", "content_type", STR, required=True),
        Field("name", "name", STR, required=True),
        Field("version", "version", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
