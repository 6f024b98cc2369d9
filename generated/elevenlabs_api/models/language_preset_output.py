from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    object_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class LanguagePresetOutput(Lazy, AdditionalProperties[Any]):
    """Attributes:
    first_message_translation: The translation of the first message
    soft_timeout_translation: The translation of the soft timeout message
    """

    overrides: ConversationConfigClientOverrideOutput

    first_message_translation: LanguagePresetTranslation | None | Unset = UNSET

    soft_timeout_translation: LanguagePresetTranslation | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("overrides", "overrides", object_of("ConversationConfigClientOverrideOutput"), required=True),
        Field(
            "first_message_translation",
            "first_message_translation",
            union(object_of("LanguagePresetTranslation"), NULL),
        ),
        Field(
            "soft_timeout_translation", "soft_timeout_translation", union(object_of("LanguagePresetTranslation"), NULL)
        ),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_config_client_override_output import ConversationConfigClientOverrideOutput
from ..models.language_preset_translation import LanguagePresetTranslation
