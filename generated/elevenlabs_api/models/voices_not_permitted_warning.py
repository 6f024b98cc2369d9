from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    check_items,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="VoicesNotPermittedWarning")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class VoicesNotPermittedWarning(Lazy):
    """Attributes:
    type_ (Literal['voices_not_permitted']): Identifies this warning; branch on it to read the fields below.
    speaker_ids (list[str]): Speakers whose voices were not permitted for cloning. The dub used a replacement voice
        for each of them; the rest of the speakers are unaffected.
    message (str): Human-readable description of the warning, for display. The wording may change at any time;
        branch on `type` instead.
    """

    type_: Literal["voices_not_permitted"] = _attrs_field(
        default="voices_not_permitted",
        kw_only=True,
        alias="type",
        validator=types.tag("VoicesNotPermittedWarning", "type", "voices_not_permitted"),
    )

    speaker_ids: list[str]

    message: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "speaker_ids",
        "message",
    )
    _tags: ClassVar[tuple[str, ...]] = ("type_",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("type", "voices_not_permitted")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        type_ = self.type_

        speaker_ids: Any
        try:
            speaker_ids = self.speaker_ids

        except (AttributeError, TypeError):
            speaker_ids = self.speaker_ids

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if speaker_ids is not None or "speaker_ids" not in self._missing_fields:
            field_dict["speaker_ids"] = speaker_ids
        if message is not None or "message" not in self._missing_fields:
            field_dict["message"] = message
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        voices_not_permitted_warning = cls.__new__(cls)
        voices_not_permitted_warning.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return voices_not_permitted_warning

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


def _read_type_(cls: type[VoicesNotPermittedWarning], d: Mapping[str, Any]) -> Any:
    type__raw = d.get("type", MISSING)
    if type__raw is MISSING:
        type__raw = missing_field(cls, "type")
    type_ = cast(Literal["voices_not_permitted"], type__raw)
    if type_ != "voices_not_permitted":
        raise ValueError(f"type must match const 'voices_not_permitted', got '{type_}'")

    return type_


_read_speaker_ids = plain_reader("speaker_ids", (list,), "an array", True, ((str,), "a string"))

_read_message = plain_reader("message", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "type",
        "speaker_ids",
        "message",
    )
)


def _read_additional_properties(cls: type[VoicesNotPermittedWarning], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[VoicesNotPermittedWarning], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "type_" in known:
        type_ = known["type_"]
    else:
        type_ = _read_type_(cls, d)

    speaker_ids = d.get("speaker_ids", MISSING)
    if speaker_ids.__class__ is not list:
        speaker_ids = _read_speaker_ids(cls, d)
    elif speaker_ids.__class__ is list and speaker_ids:
        check_items(cls, "speaker_ids", speaker_ids, (str,), "a string")

    message = d.get("message", MISSING)
    if message.__class__ is not str:
        message = _read_message(cls, d)

    return {
        "type_": type_,
        "speaker_ids": speaker_ids,
        "message": message,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


# Code written when the tag was required and named as the generator names it (`type_=`) keeps working.
types.accept_former_names(VoicesNotPermittedWarning, type_="type")

set_readers(
    VoicesNotPermittedWarning,
    _all_fields,
    {
        "type_": _read_type_,
        "speaker_ids": _read_speaker_ids,
        "message": _read_message,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
