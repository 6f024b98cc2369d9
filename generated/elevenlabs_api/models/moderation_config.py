from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="ModerationConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ModerationConfig(Lazy):
    """Attributes:
    sexual (ThresholdGuardrail | Unset):
    violence (ThresholdGuardrail | Unset):
    violence_graphic (ThresholdGuardrail | Unset):
    harassment (ThresholdGuardrail | Unset):
    harassment_threatening (ThresholdGuardrail | Unset):
    hate (ThresholdGuardrail | Unset):
    hate_threatening (ThresholdGuardrail | Unset):
    self_harm_instructions (ThresholdGuardrail | Unset):
    self_harm (ThresholdGuardrail | Unset):
    self_harm_intent (ThresholdGuardrail | Unset):
    sexual_minors (ThresholdGuardrail | Unset):
    """

    sexual: ThresholdGuardrail | Unset = UNSET

    violence: ThresholdGuardrail | Unset = UNSET

    violence_graphic: ThresholdGuardrail | Unset = UNSET

    harassment: ThresholdGuardrail | Unset = UNSET

    harassment_threatening: ThresholdGuardrail | Unset = UNSET

    hate: ThresholdGuardrail | Unset = UNSET

    hate_threatening: ThresholdGuardrail | Unset = UNSET

    self_harm_instructions: ThresholdGuardrail | Unset = UNSET

    self_harm: ThresholdGuardrail | Unset = UNSET

    self_harm_intent: ThresholdGuardrail | Unset = UNSET

    sexual_minors: ThresholdGuardrail | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        sexual: Any
        try:
            sexual = UNSET
            if not isinstance(self.sexual, Unset):
                sexual = self.sexual.to_dict()
        except (AttributeError, TypeError):
            sexual = self.sexual

        violence: Any
        try:
            violence = UNSET
            if not isinstance(self.violence, Unset):
                violence = self.violence.to_dict()
        except (AttributeError, TypeError):
            violence = self.violence

        violence_graphic: Any
        try:
            violence_graphic = UNSET
            if not isinstance(self.violence_graphic, Unset):
                violence_graphic = self.violence_graphic.to_dict()
        except (AttributeError, TypeError):
            violence_graphic = self.violence_graphic

        harassment: Any
        try:
            harassment = UNSET
            if not isinstance(self.harassment, Unset):
                harassment = self.harassment.to_dict()
        except (AttributeError, TypeError):
            harassment = self.harassment

        harassment_threatening: Any
        try:
            harassment_threatening = UNSET
            if not isinstance(self.harassment_threatening, Unset):
                harassment_threatening = self.harassment_threatening.to_dict()
        except (AttributeError, TypeError):
            harassment_threatening = self.harassment_threatening

        hate: Any
        try:
            hate = UNSET
            if not isinstance(self.hate, Unset):
                hate = self.hate.to_dict()
        except (AttributeError, TypeError):
            hate = self.hate

        hate_threatening: Any
        try:
            hate_threatening = UNSET
            if not isinstance(self.hate_threatening, Unset):
                hate_threatening = self.hate_threatening.to_dict()
        except (AttributeError, TypeError):
            hate_threatening = self.hate_threatening

        self_harm_instructions: Any
        try:
            self_harm_instructions = UNSET
            if not isinstance(self.self_harm_instructions, Unset):
                self_harm_instructions = self.self_harm_instructions.to_dict()
        except (AttributeError, TypeError):
            self_harm_instructions = self.self_harm_instructions

        self_harm: Any
        try:
            self_harm = UNSET
            if not isinstance(self.self_harm, Unset):
                self_harm = self.self_harm.to_dict()
        except (AttributeError, TypeError):
            self_harm = self.self_harm

        self_harm_intent: Any
        try:
            self_harm_intent = UNSET
            if not isinstance(self.self_harm_intent, Unset):
                self_harm_intent = self.self_harm_intent.to_dict()
        except (AttributeError, TypeError):
            self_harm_intent = self.self_harm_intent

        sexual_minors: Any
        try:
            sexual_minors = UNSET
            if not isinstance(self.sexual_minors, Unset):
                sexual_minors = self.sexual_minors.to_dict()
        except (AttributeError, TypeError):
            sexual_minors = self.sexual_minors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if violence is not UNSET:
            field_dict["violence"] = violence
        if violence_graphic is not UNSET:
            field_dict["violence_graphic"] = violence_graphic
        if harassment is not UNSET:
            field_dict["harassment"] = harassment
        if harassment_threatening is not UNSET:
            field_dict["harassment_threatening"] = harassment_threatening
        if hate is not UNSET:
            field_dict["hate"] = hate
        if hate_threatening is not UNSET:
            field_dict["hate_threatening"] = hate_threatening
        if self_harm_instructions is not UNSET:
            field_dict["self_harm_instructions"] = self_harm_instructions
        if self_harm is not UNSET:
            field_dict["self_harm"] = self_harm
        if self_harm_intent is not UNSET:
            field_dict["self_harm_intent"] = self_harm_intent
        if sexual_minors is not UNSET:
            field_dict["sexual_minors"] = sexual_minors
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        moderation_config = cls.__new__(cls)
        moderation_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return moderation_config

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


def _read_sexual(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    sexual_raw = d.get("sexual", UNSET)
    try:
        _sexual = sexual_raw
        sexual: ThresholdGuardrail | Unset
        if isinstance(_sexual, Unset):
            sexual = UNSET
        else:
            sexual = ThresholdGuardrail.from_dict(_sexual)
    except (KeyError, TypeError, ValueError, AttributeError):
        sexual = deviating_field(cls, "sexual", sexual_raw)

    return sexual


def _read_violence(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    violence_raw = d.get("violence", UNSET)
    try:
        _violence = violence_raw
        violence: ThresholdGuardrail | Unset
        if isinstance(_violence, Unset):
            violence = UNSET
        else:
            violence = ThresholdGuardrail.from_dict(_violence)
    except (KeyError, TypeError, ValueError, AttributeError):
        violence = deviating_field(cls, "violence", violence_raw)

    return violence


def _read_violence_graphic(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    violence_graphic_raw = d.get("violence_graphic", UNSET)
    try:
        _violence_graphic = violence_graphic_raw
        violence_graphic: ThresholdGuardrail | Unset
        if isinstance(_violence_graphic, Unset):
            violence_graphic = UNSET
        else:
            violence_graphic = ThresholdGuardrail.from_dict(_violence_graphic)
    except (KeyError, TypeError, ValueError, AttributeError):
        violence_graphic = deviating_field(cls, "violence_graphic", violence_graphic_raw)

    return violence_graphic


def _read_harassment(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    harassment_raw = d.get("harassment", UNSET)
    try:
        _harassment = harassment_raw
        harassment: ThresholdGuardrail | Unset
        if isinstance(_harassment, Unset):
            harassment = UNSET
        else:
            harassment = ThresholdGuardrail.from_dict(_harassment)
    except (KeyError, TypeError, ValueError, AttributeError):
        harassment = deviating_field(cls, "harassment", harassment_raw)

    return harassment


def _read_harassment_threatening(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    harassment_threatening_raw = d.get("harassment_threatening", UNSET)
    try:
        _harassment_threatening = harassment_threatening_raw
        harassment_threatening: ThresholdGuardrail | Unset
        if isinstance(_harassment_threatening, Unset):
            harassment_threatening = UNSET
        else:
            harassment_threatening = ThresholdGuardrail.from_dict(_harassment_threatening)
    except (KeyError, TypeError, ValueError, AttributeError):
        harassment_threatening = deviating_field(cls, "harassment_threatening", harassment_threatening_raw)

    return harassment_threatening


def _read_hate(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    hate_raw = d.get("hate", UNSET)
    try:
        _hate = hate_raw
        hate: ThresholdGuardrail | Unset
        if isinstance(_hate, Unset):
            hate = UNSET
        else:
            hate = ThresholdGuardrail.from_dict(_hate)
    except (KeyError, TypeError, ValueError, AttributeError):
        hate = deviating_field(cls, "hate", hate_raw)

    return hate


def _read_hate_threatening(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    hate_threatening_raw = d.get("hate_threatening", UNSET)
    try:
        _hate_threatening = hate_threatening_raw
        hate_threatening: ThresholdGuardrail | Unset
        if isinstance(_hate_threatening, Unset):
            hate_threatening = UNSET
        else:
            hate_threatening = ThresholdGuardrail.from_dict(_hate_threatening)
    except (KeyError, TypeError, ValueError, AttributeError):
        hate_threatening = deviating_field(cls, "hate_threatening", hate_threatening_raw)

    return hate_threatening


def _read_self_harm_instructions(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    self_harm_instructions_raw = d.get("self_harm_instructions", UNSET)
    try:
        _self_harm_instructions = self_harm_instructions_raw
        self_harm_instructions: ThresholdGuardrail | Unset
        if isinstance(_self_harm_instructions, Unset):
            self_harm_instructions = UNSET
        else:
            self_harm_instructions = ThresholdGuardrail.from_dict(_self_harm_instructions)
    except (KeyError, TypeError, ValueError, AttributeError):
        self_harm_instructions = deviating_field(cls, "self_harm_instructions", self_harm_instructions_raw)

    return self_harm_instructions


def _read_self_harm(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    self_harm_raw = d.get("self_harm", UNSET)
    try:
        _self_harm = self_harm_raw
        self_harm: ThresholdGuardrail | Unset
        if isinstance(_self_harm, Unset):
            self_harm = UNSET
        else:
            self_harm = ThresholdGuardrail.from_dict(_self_harm)
    except (KeyError, TypeError, ValueError, AttributeError):
        self_harm = deviating_field(cls, "self_harm", self_harm_raw)

    return self_harm


def _read_self_harm_intent(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    self_harm_intent_raw = d.get("self_harm_intent", UNSET)
    try:
        _self_harm_intent = self_harm_intent_raw
        self_harm_intent: ThresholdGuardrail | Unset
        if isinstance(_self_harm_intent, Unset):
            self_harm_intent = UNSET
        else:
            self_harm_intent = ThresholdGuardrail.from_dict(_self_harm_intent)
    except (KeyError, TypeError, ValueError, AttributeError):
        self_harm_intent = deviating_field(cls, "self_harm_intent", self_harm_intent_raw)

    return self_harm_intent


def _read_sexual_minors(cls: type[ModerationConfig], d: Mapping[str, Any]) -> Any:
    sexual_minors_raw = d.get("sexual_minors", UNSET)
    try:
        _sexual_minors = sexual_minors_raw
        sexual_minors: ThresholdGuardrail | Unset
        if isinstance(_sexual_minors, Unset):
            sexual_minors = UNSET
        else:
            sexual_minors = ThresholdGuardrail.from_dict(_sexual_minors)
    except (KeyError, TypeError, ValueError, AttributeError):
        sexual_minors = deviating_field(cls, "sexual_minors", sexual_minors_raw)

    return sexual_minors


_FIELDS: frozenset[str] = frozenset(
    (
        "sexual",
        "violence",
        "violence_graphic",
        "harassment",
        "harassment_threatening",
        "hate",
        "hate_threatening",
        "self_harm_instructions",
        "self_harm",
        "self_harm_intent",
        "sexual_minors",
    )
)


def _read_additional_properties(cls: type[ModerationConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ModerationConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "sexual" in known:
        sexual = known["sexual"]
    else:
        sexual = d.get("sexual", UNSET)
        if sexual is not UNSET:
            sexual = _read_sexual(cls, d)

    if "violence" in known:
        violence = known["violence"]
    else:
        violence = d.get("violence", UNSET)
        if violence is not UNSET:
            violence = _read_violence(cls, d)

    if "violence_graphic" in known:
        violence_graphic = known["violence_graphic"]
    else:
        violence_graphic = d.get("violence_graphic", UNSET)
        if violence_graphic is not UNSET:
            violence_graphic = _read_violence_graphic(cls, d)

    if "harassment" in known:
        harassment = known["harassment"]
    else:
        harassment = d.get("harassment", UNSET)
        if harassment is not UNSET:
            harassment = _read_harassment(cls, d)

    if "harassment_threatening" in known:
        harassment_threatening = known["harassment_threatening"]
    else:
        harassment_threatening = d.get("harassment_threatening", UNSET)
        if harassment_threatening is not UNSET:
            harassment_threatening = _read_harassment_threatening(cls, d)

    if "hate" in known:
        hate = known["hate"]
    else:
        hate = d.get("hate", UNSET)
        if hate is not UNSET:
            hate = _read_hate(cls, d)

    if "hate_threatening" in known:
        hate_threatening = known["hate_threatening"]
    else:
        hate_threatening = d.get("hate_threatening", UNSET)
        if hate_threatening is not UNSET:
            hate_threatening = _read_hate_threatening(cls, d)

    if "self_harm_instructions" in known:
        self_harm_instructions = known["self_harm_instructions"]
    else:
        self_harm_instructions = d.get("self_harm_instructions", UNSET)
        if self_harm_instructions is not UNSET:
            self_harm_instructions = _read_self_harm_instructions(cls, d)

    if "self_harm" in known:
        self_harm = known["self_harm"]
    else:
        self_harm = d.get("self_harm", UNSET)
        if self_harm is not UNSET:
            self_harm = _read_self_harm(cls, d)

    if "self_harm_intent" in known:
        self_harm_intent = known["self_harm_intent"]
    else:
        self_harm_intent = d.get("self_harm_intent", UNSET)
        if self_harm_intent is not UNSET:
            self_harm_intent = _read_self_harm_intent(cls, d)

    if "sexual_minors" in known:
        sexual_minors = known["sexual_minors"]
    else:
        sexual_minors = d.get("sexual_minors", UNSET)
        if sexual_minors is not UNSET:
            sexual_minors = _read_sexual_minors(cls, d)

    return {
        "sexual": sexual,
        "violence": violence,
        "violence_graphic": violence_graphic,
        "harassment": harassment,
        "harassment_threatening": harassment_threatening,
        "hate": hate,
        "hate_threatening": hate_threatening,
        "self_harm_instructions": self_harm_instructions,
        "self_harm": self_harm,
        "self_harm_intent": self_harm_intent,
        "sexual_minors": sexual_minors,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ModerationConfig,
    _all_fields,
    {
        "sexual": _read_sexual,
        "violence": _read_violence,
        "violence_graphic": _read_violence_graphic,
        "harassment": _read_harassment,
        "harassment_threatening": _read_harassment_threatening,
        "hate": _read_hate,
        "hate_threatening": _read_hate_threatening,
        "self_harm_instructions": _read_self_harm_instructions,
        "self_harm": _read_self_harm,
        "self_harm_intent": _read_self_harm_intent,
        "sexual_minors": _read_sexual_minors,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.threshold_guardrail import ThresholdGuardrail
