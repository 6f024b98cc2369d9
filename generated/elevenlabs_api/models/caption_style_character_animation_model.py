from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import (
    CaptionStyleCharacterAnimationModelEnterTypeType0,
    CaptionStyleCharacterAnimationModelExitTypeType0,
)
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    Lazy,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="CaptionStyleCharacterAnimationModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class CaptionStyleCharacterAnimationModel(Lazy):
    """Attributes:
    enter_type (CaptionStyleCharacterAnimationModelEnterTypeType0 | str):
    exit_type (CaptionStyleCharacterAnimationModelExitTypeType0 | str):
    """

    enter_type: CaptionStyleCharacterAnimationModelEnterTypeType0 | str

    exit_type: CaptionStyleCharacterAnimationModelExitTypeType0 | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "enter_type",
        "exit_type",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        enter_type: Any
        try:
            if isinstance(self.enter_type, str):
                enter_type = self.enter_type
            else:
                enter_type = self.enter_type

        except (AttributeError, TypeError):
            enter_type = self.enter_type

        exit_type: Any
        try:
            if isinstance(self.exit_type, str):
                exit_type = self.exit_type
            else:
                exit_type = self.exit_type

        except (AttributeError, TypeError):
            exit_type = self.exit_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if enter_type is not None or "enter_type" not in self._missing_fields:
            field_dict["enter_type"] = enter_type
        if exit_type is not None or "exit_type" not in self._missing_fields:
            field_dict["exit_type"] = exit_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        caption_style_character_animation_model = cls.__new__(cls)
        caption_style_character_animation_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return caption_style_character_animation_model

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


_read_enter_type = plain_reader("enter_type", (str,), "a string", True)

_read_exit_type = plain_reader("exit_type", (str,), "a string", True)


_FIELDS: frozenset[str] = frozenset(
    (
        "enter_type",
        "exit_type",
    )
)


def _read_additional_properties(cls: type[CaptionStyleCharacterAnimationModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[CaptionStyleCharacterAnimationModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    enter_type = d.get("enter_type", MISSING)
    if enter_type.__class__ is not str:
        enter_type = _read_enter_type(cls, d)

    exit_type = d.get("exit_type", MISSING)
    if exit_type.__class__ is not str:
        exit_type = _read_exit_type(cls, d)

    return {
        "enter_type": enter_type,
        "exit_type": exit_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    CaptionStyleCharacterAnimationModel,
    _all_fields,
    {
        "enter_type": _read_enter_type,
        "exit_type": _read_exit_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
