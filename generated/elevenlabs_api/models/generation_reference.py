from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="GenerationReference")


@_attrs_define
class GenerationReference:
    """The output of a prior generation on this API.

    Attributes:
        type_ (Literal['generation']):
        generation_id (str): The ID of the generation whose output to use, as returned when the generation was created.
    """

    type_: Literal["generation"]

    generation_id: str

    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "generation")

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        generation_id = self.generation_id

        field_dict: dict[str, Any] = {}
        field_dict["type"] = type_
        if generation_id is not None or "generation_id" not in self._missing_fields:
            field_dict["generation_id"] = generation_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        type__raw = d.pop("type", MISSING)
        if type__raw is MISSING:
            type__raw = missing_field(cls, "type")
        type_ = cast(Literal["generation"], type__raw)
        if type_ != "generation":
            raise ValueError(f"type must match const 'generation', got '{type_}'")

        generation_id = d.pop("generation_id", MISSING)
        if generation_id.__class__ is not str:
            if generation_id is MISSING:
                generation_id = missing_field(cls, "generation_id")
                _missing += ("generation_id",)
            else:
                generation_id = unexpected_type(cls, "generation_id", generation_id, "a string")

        generation_reference = cls(
            type_=type_,
            generation_id=generation_id,
        )
        if _missing:
            generation_reference._missing_fields = _missing
        return generation_reference
