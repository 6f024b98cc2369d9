from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WorkspaceBatchCallsResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    next_doc: The next document, used to paginate through the batch calls
    has_more: Whether there are more batch calls to paginate through Defaults to False on the server.
    """

    batch_calls: list[BatchCallResponse]

    next_doc: None | str | Unset = UNSET

    has_more: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("batch_calls", "batch_calls", list_of(object_of("BatchCallResponse")), required=True),
        Field("next_doc", "next_doc", union(STR, NULL)),
        Field("has_more", "has_more", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.batch_call_response import BatchCallResponse
