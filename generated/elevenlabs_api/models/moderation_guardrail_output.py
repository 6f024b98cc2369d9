from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import GuardrailExecutionMode
from ..types import (
    ANY,
    STR,
    UNSET,
    AdditionalProperties,
    Field,
    Lazy,
    Unset,
    dict_of,
    literal,
    object_of,
    union,
)


@_attrs_define(slots=False)
class ModerationGuardrailOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    execution_mode: Defaults to 'streaming' on the server.
    """

    execution_mode: GuardrailExecutionMode | str | Unset = UNSET

    config: ModerationConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("execution_mode", "execution_mode", union(literal("GuardrailExecutionMode"), STR)),
        Field("config", "config", object_of("ModerationConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.moderation_config import ModerationConfig
