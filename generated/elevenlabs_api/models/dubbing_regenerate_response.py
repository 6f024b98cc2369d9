from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="DubbingRegenerateResponse")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class DubbingRegenerateResponse(Lazy):
    """The accepted re-dub: what it covers and what it cost.

    Attributes:
        regenerated_segment_ids (list[str]): The segments this re-dub re-synthesizes: those with edits to apply.
        regenerated_seconds (float): Seconds of audio this re-dub covers -- the edited regions only, never the whole
            target. `charged_seconds` is the part of it that was billed.
        charged_seconds (float): Seconds actually billed, after the free-regeneration allowance. Zero when the re-dub
            cost nothing -- the allowance covered all of it, or the project's included generation did.
        free_regeneration_seconds_remaining (float): Free-regeneration seconds left for this language target after this
            re-dub. The allowance is the source's own duration.
    """

    regenerated_segment_ids: list[str]

    regenerated_seconds: float

    charged_seconds: float

    free_regeneration_seconds_remaining: float

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "regenerated_segment_ids",
        "regenerated_seconds",
        "charged_seconds",
        "free_regeneration_seconds_remaining",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        regenerated_segment_ids: Any
        try:
            regenerated_segment_ids = self.regenerated_segment_ids

        except (AttributeError, TypeError):
            regenerated_segment_ids = self.regenerated_segment_ids

        regenerated_seconds = self.regenerated_seconds

        charged_seconds = self.charged_seconds

        free_regeneration_seconds_remaining = self.free_regeneration_seconds_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if regenerated_segment_ids is not None or "regenerated_segment_ids" not in self._missing_fields:
            field_dict["regenerated_segment_ids"] = regenerated_segment_ids
        if regenerated_seconds is not None or "regenerated_seconds" not in self._missing_fields:
            field_dict["regenerated_seconds"] = regenerated_seconds
        if charged_seconds is not None or "charged_seconds" not in self._missing_fields:
            field_dict["charged_seconds"] = charged_seconds
        if (
            free_regeneration_seconds_remaining is not None
            or "free_regeneration_seconds_remaining" not in self._missing_fields
        ):
            field_dict["free_regeneration_seconds_remaining"] = free_regeneration_seconds_remaining
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        dubbing_regenerate_response = cls.__new__(cls)
        dubbing_regenerate_response.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return dubbing_regenerate_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_read_regenerated_segment_ids = plain_reader("regenerated_segment_ids", (list,), "an array", True, ((str,), "a string"))

_read_regenerated_seconds = plain_reader(
    "regenerated_seconds",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_charged_seconds = plain_reader(
    "charged_seconds",
    (
        float,
        int,
    ),
    "a number",
    True,
)

_read_free_regeneration_seconds_remaining = plain_reader(
    "free_regeneration_seconds_remaining",
    (
        float,
        int,
    ),
    "a number",
    True,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "regenerated_segment_ids",
        "regenerated_seconds",
        "charged_seconds",
        "free_regeneration_seconds_remaining",
    )
)


def _read_additional_properties(cls: type[DubbingRegenerateResponse], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[DubbingRegenerateResponse], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    regenerated_segment_ids = d.get("regenerated_segment_ids", MISSING)
    if regenerated_segment_ids.__class__ is not list:
        regenerated_segment_ids = _read_regenerated_segment_ids(cls, d)
    elif regenerated_segment_ids.__class__ is list and regenerated_segment_ids:
        check_items(cls, "regenerated_segment_ids", regenerated_segment_ids, (str,), "a string")

    regenerated_seconds = d.get("regenerated_seconds", MISSING)
    if regenerated_seconds.__class__ is not float and regenerated_seconds.__class__ is not int:
        regenerated_seconds = _read_regenerated_seconds(cls, d)

    charged_seconds = d.get("charged_seconds", MISSING)
    if charged_seconds.__class__ is not float and charged_seconds.__class__ is not int:
        charged_seconds = _read_charged_seconds(cls, d)

    free_regeneration_seconds_remaining = d.get("free_regeneration_seconds_remaining", MISSING)
    if (
        free_regeneration_seconds_remaining.__class__ is not float
        and free_regeneration_seconds_remaining.__class__ is not int
    ):
        free_regeneration_seconds_remaining = _read_free_regeneration_seconds_remaining(cls, d)

    return {
        "regenerated_segment_ids": regenerated_segment_ids,
        "regenerated_seconds": regenerated_seconds,
        "charged_seconds": charged_seconds,
        "free_regeneration_seconds_remaining": free_regeneration_seconds_remaining,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    DubbingRegenerateResponse,
    _all_fields,
    {
        "regenerated_segment_ids": _read_regenerated_segment_ids,
        "regenerated_seconds": _read_regenerated_seconds,
        "charged_seconds": _read_charged_seconds,
        "free_regeneration_seconds_remaining": _read_free_regeneration_seconds_remaining,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
