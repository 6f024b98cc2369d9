from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)


@_attrs_define(slots=False)
class DeleteChapterResponseModel(Lazy, AdditionalProperties[Any]):
    """Example:
        {'status': 'ok'}

    Attributes:
        status: The status of the studio chapter deletion request. If the request was successful, the status will be
            'ok'. Otherwise an error message with status 500 will be returned.
    """

    status: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
