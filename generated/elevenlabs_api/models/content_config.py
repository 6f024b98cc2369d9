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

T = TypeVar("T", bound="ContentConfig")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ContentConfig(Lazy):
    """Attributes:
    sexual (ContentThresholdGuardrail | Unset):
    violence (ContentThresholdGuardrail | Unset):
    harassment (ContentThresholdGuardrail | Unset):
    self_harm (ContentThresholdGuardrail | Unset):
    profanity (ContentThresholdGuardrail | Unset):
    religion_or_politics (ContentThresholdGuardrail | Unset):
    medical_and_legal_information (ContentThresholdGuardrail | Unset):
    """

    sexual: ContentThresholdGuardrail | Unset = UNSET

    violence: ContentThresholdGuardrail | Unset = UNSET

    harassment: ContentThresholdGuardrail | Unset = UNSET

    self_harm: ContentThresholdGuardrail | Unset = UNSET

    profanity: ContentThresholdGuardrail | Unset = UNSET

    religion_or_politics: ContentThresholdGuardrail | Unset = UNSET

    medical_and_legal_information: ContentThresholdGuardrail | Unset = UNSET

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

        harassment: Any
        try:
            harassment = UNSET
            if not isinstance(self.harassment, Unset):
                harassment = self.harassment.to_dict()
        except (AttributeError, TypeError):
            harassment = self.harassment

        self_harm: Any
        try:
            self_harm = UNSET
            if not isinstance(self.self_harm, Unset):
                self_harm = self.self_harm.to_dict()
        except (AttributeError, TypeError):
            self_harm = self.self_harm

        profanity: Any
        try:
            profanity = UNSET
            if not isinstance(self.profanity, Unset):
                profanity = self.profanity.to_dict()
        except (AttributeError, TypeError):
            profanity = self.profanity

        religion_or_politics: Any
        try:
            religion_or_politics = UNSET
            if not isinstance(self.religion_or_politics, Unset):
                religion_or_politics = self.religion_or_politics.to_dict()
        except (AttributeError, TypeError):
            religion_or_politics = self.religion_or_politics

        medical_and_legal_information: Any
        try:
            medical_and_legal_information = UNSET
            if not isinstance(self.medical_and_legal_information, Unset):
                medical_and_legal_information = self.medical_and_legal_information.to_dict()
        except (AttributeError, TypeError):
            medical_and_legal_information = self.medical_and_legal_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if sexual is not UNSET:
            field_dict["sexual"] = sexual
        if violence is not UNSET:
            field_dict["violence"] = violence
        if harassment is not UNSET:
            field_dict["harassment"] = harassment
        if self_harm is not UNSET:
            field_dict["self_harm"] = self_harm
        if profanity is not UNSET:
            field_dict["profanity"] = profanity
        if religion_or_politics is not UNSET:
            field_dict["religion_or_politics"] = religion_or_politics
        if medical_and_legal_information is not UNSET:
            field_dict["medical_and_legal_information"] = medical_and_legal_information
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        content_config = cls.__new__(cls)
        content_config.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return content_config

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


def _read_sexual(cls: type[ContentConfig], d: Mapping[str, Any]) -> Any:
    sexual_raw = d.get("sexual", UNSET)
    try:
        _sexual = sexual_raw
        sexual: ContentThresholdGuardrail | Unset
        if isinstance(_sexual, Unset):
            sexual = UNSET
        else:
            sexual = ContentThresholdGuardrail.from_dict(_sexual)
    except (KeyError, TypeError, ValueError, AttributeError):
        sexual = deviating_field(cls, "sexual", sexual_raw)

    return sexual


def _read_violence(cls: type[ContentConfig], d: Mapping[str, Any]) -> Any:
    violence_raw = d.get("violence", UNSET)
    try:
        _violence = violence_raw
        violence: ContentThresholdGuardrail | Unset
        if isinstance(_violence, Unset):
            violence = UNSET
        else:
            violence = ContentThresholdGuardrail.from_dict(_violence)
    except (KeyError, TypeError, ValueError, AttributeError):
        violence = deviating_field(cls, "violence", violence_raw)

    return violence


def _read_harassment(cls: type[ContentConfig], d: Mapping[str, Any]) -> Any:
    harassment_raw = d.get("harassment", UNSET)
    try:
        _harassment = harassment_raw
        harassment: ContentThresholdGuardrail | Unset
        if isinstance(_harassment, Unset):
            harassment = UNSET
        else:
            harassment = ContentThresholdGuardrail.from_dict(_harassment)
    except (KeyError, TypeError, ValueError, AttributeError):
        harassment = deviating_field(cls, "harassment", harassment_raw)

    return harassment


def _read_self_harm(cls: type[ContentConfig], d: Mapping[str, Any]) -> Any:
    self_harm_raw = d.get("self_harm", UNSET)
    try:
        _self_harm = self_harm_raw
        self_harm: ContentThresholdGuardrail | Unset
        if isinstance(_self_harm, Unset):
            self_harm = UNSET
        else:
            self_harm = ContentThresholdGuardrail.from_dict(_self_harm)
    except (KeyError, TypeError, ValueError, AttributeError):
        self_harm = deviating_field(cls, "self_harm", self_harm_raw)

    return self_harm


def _read_profanity(cls: type[ContentConfig], d: Mapping[str, Any]) -> Any:
    profanity_raw = d.get("profanity", UNSET)
    try:
        _profanity = profanity_raw
        profanity: ContentThresholdGuardrail | Unset
        if isinstance(_profanity, Unset):
            profanity = UNSET
        else:
            profanity = ContentThresholdGuardrail.from_dict(_profanity)
    except (KeyError, TypeError, ValueError, AttributeError):
        profanity = deviating_field(cls, "profanity", profanity_raw)

    return profanity


def _read_religion_or_politics(cls: type[ContentConfig], d: Mapping[str, Any]) -> Any:
    religion_or_politics_raw = d.get("religion_or_politics", UNSET)
    try:
        _religion_or_politics = religion_or_politics_raw
        religion_or_politics: ContentThresholdGuardrail | Unset
        if isinstance(_religion_or_politics, Unset):
            religion_or_politics = UNSET
        else:
            religion_or_politics = ContentThresholdGuardrail.from_dict(_religion_or_politics)
    except (KeyError, TypeError, ValueError, AttributeError):
        religion_or_politics = deviating_field(cls, "religion_or_politics", religion_or_politics_raw)

    return religion_or_politics


def _read_medical_and_legal_information(cls: type[ContentConfig], d: Mapping[str, Any]) -> Any:
    medical_and_legal_information_raw = d.get("medical_and_legal_information", UNSET)
    try:
        _medical_and_legal_information = medical_and_legal_information_raw
        medical_and_legal_information: ContentThresholdGuardrail | Unset
        if isinstance(_medical_and_legal_information, Unset):
            medical_and_legal_information = UNSET
        else:
            medical_and_legal_information = ContentThresholdGuardrail.from_dict(_medical_and_legal_information)
    except (KeyError, TypeError, ValueError, AttributeError):
        medical_and_legal_information = deviating_field(
            cls, "medical_and_legal_information", medical_and_legal_information_raw
        )

    return medical_and_legal_information


_FIELDS: frozenset[str] = frozenset(
    (
        "sexual",
        "violence",
        "harassment",
        "self_harm",
        "profanity",
        "religion_or_politics",
        "medical_and_legal_information",
    )
)


def _read_additional_properties(cls: type[ContentConfig], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ContentConfig], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
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

    if "harassment" in known:
        harassment = known["harassment"]
    else:
        harassment = d.get("harassment", UNSET)
        if harassment is not UNSET:
            harassment = _read_harassment(cls, d)

    if "self_harm" in known:
        self_harm = known["self_harm"]
    else:
        self_harm = d.get("self_harm", UNSET)
        if self_harm is not UNSET:
            self_harm = _read_self_harm(cls, d)

    if "profanity" in known:
        profanity = known["profanity"]
    else:
        profanity = d.get("profanity", UNSET)
        if profanity is not UNSET:
            profanity = _read_profanity(cls, d)

    if "religion_or_politics" in known:
        religion_or_politics = known["religion_or_politics"]
    else:
        religion_or_politics = d.get("religion_or_politics", UNSET)
        if religion_or_politics is not UNSET:
            religion_or_politics = _read_religion_or_politics(cls, d)

    if "medical_and_legal_information" in known:
        medical_and_legal_information = known["medical_and_legal_information"]
    else:
        medical_and_legal_information = d.get("medical_and_legal_information", UNSET)
        if medical_and_legal_information is not UNSET:
            medical_and_legal_information = _read_medical_and_legal_information(cls, d)

    return {
        "sexual": sexual,
        "violence": violence,
        "harassment": harassment,
        "self_harm": self_harm,
        "profanity": profanity,
        "religion_or_politics": religion_or_politics,
        "medical_and_legal_information": medical_and_legal_information,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ContentConfig,
    _all_fields,
    {
        "sexual": _read_sexual,
        "violence": _read_violence,
        "harassment": _read_harassment,
        "self_harm": _read_self_harm,
        "profanity": _read_profanity,
        "religion_or_politics": _read_religion_or_politics,
        "medical_and_legal_information": _read_medical_and_legal_information,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.content_threshold_guardrail import ContentThresholdGuardrail
