from __future__ import annotations

from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    const,
    dict_of,
)


@_attrs_define(slots=False)
class BatchFailureResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    status:  Default: 'failure'.
    """

    error_code: int

    error_status: str

    error_message: str

    status: Literal["failure"] = _attrs_field(
        default="failure",
        kw_only=True,
        validator=types.tag("BatchFailureResponseModel", "status", "failure"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("status", "status", const("failure"), required=True),
        Field("error_code", "error_code", INT, required=True),
        Field("error_status", "error_status", STR, required=True),
        Field("error_message", "error_message", STR, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
