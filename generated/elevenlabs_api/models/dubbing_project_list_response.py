from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
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
class DubbingProjectListResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    projects: The page of dubbing projects the caller can access.
    next_cursor: Cursor for the next page, or null when there are no more results.
    """

    projects: list[DubbingProjectResponse]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("projects", "projects", list_of(object_of("DubbingProjectResponse")), required=True),
        Field("next_cursor", "next_cursor", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dubbing_project_response import DubbingProjectResponse
