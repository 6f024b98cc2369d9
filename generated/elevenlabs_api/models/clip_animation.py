from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    INT,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    literal,
    union,
)
from ..models._literals import (
    ClipAnimationEnterEffectType0,
    ClipAnimationExitEffectType0,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class ClipAnimation(Lazy, AdditionalProperties[Any]):
    """Attributes:
    enter_effect: Defaults to 'none' on the server.
    enter_duration_ms: Defaults to 0 on the server.
    exit_effect: Defaults to 'none' on the server.
    exit_duration_ms: Defaults to 0 on the server.
    """

    enter_effect: ClipAnimationEnterEffectType0 | str | Unset = UNSET

    enter_duration_ms: int | Unset = UNSET

    exit_effect: ClipAnimationExitEffectType0 | str | Unset = UNSET

    exit_duration_ms: int | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("enter_effect", "enter_effect", union(literal("ClipAnimationEnterEffectType0"), STR)),
        Field("enter_duration_ms", "enter_duration_ms", INT),
        Field("exit_effect", "exit_effect", union(literal("ClipAnimationExitEffectType0"), STR)),
        Field("exit_duration_ms", "exit_duration_ms", INT),
        Field("additional_properties", None, dict_of(ANY)),
    )
