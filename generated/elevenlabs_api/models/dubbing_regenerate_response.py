from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    FLOAT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
)


@_attrs_define(slots=False)
class DubbingRegenerateResponse(Lazy, AdditionalProperties[Any]):
    """The accepted re-dub: what it covers and what it cost.

    Attributes:
        regenerated_segment_ids: The segments this re-dub re-synthesizes: those with edits to apply.
        regenerated_seconds: Seconds of audio this re-dub covers -- the edited regions only, never the whole target.
            `charged_seconds` is the part of it that was billed.
        charged_seconds: Seconds actually billed, after the free-regeneration allowance. Zero when the re-dub cost
            nothing -- the allowance covered all of it, or the project's included generation did.
        free_regeneration_seconds_remaining: Free-regeneration seconds left for this language target after this re-dub.
            The allowance is the source's own duration.
    """

    regenerated_segment_ids: list[str]

    regenerated_seconds: float

    charged_seconds: float

    free_regeneration_seconds_remaining: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("regenerated_segment_ids", "regenerated_segment_ids", list_of(STR), required=True),
        Field("regenerated_seconds", "regenerated_seconds", FLOAT, required=True),
        Field("charged_seconds", "charged_seconds", FLOAT, required=True),
        Field("free_regeneration_seconds_remaining", "free_regeneration_seconds_remaining", FLOAT, required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )
