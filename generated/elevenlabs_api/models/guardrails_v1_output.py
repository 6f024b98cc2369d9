from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
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

T = TypeVar("T", bound="GuardrailsV1Output")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GuardrailsV1Output(Lazy):
    """Attributes:
    version (Literal['1'] | Unset):  Default: '1'.
    focus (FocusGuardrail | Unset):
    prompt_injection (PromptInjectionGuardrail | Unset):
    content (ContentGuardrailOutput | Unset):
    moderation (ModerationGuardrailOutput | None | Unset):
    custom (CustomGuardrailOutput | Unset): Container for custom guardrails, matching ModerationGuardrail pattern
    """

    version: Literal["1"] | Unset = _attrs_field(
        default="1",
        kw_only=True,
        validator=types.tag("GuardrailsV1Output", "version", "1"),
    )

    focus: FocusGuardrail | Unset = UNSET

    prompt_injection: PromptInjectionGuardrail | Unset = UNSET

    content: ContentGuardrailOutput | Unset = UNSET

    moderation: ModerationGuardrailOutput | None | Unset = UNSET

    custom: CustomGuardrailOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("version",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("version", "1")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        version = self.version

        focus: Any
        try:
            focus = UNSET
            if not isinstance(self.focus, Unset):
                focus = self.focus.to_dict()
        except (AttributeError, TypeError):
            focus = self.focus

        prompt_injection: Any
        try:
            prompt_injection = UNSET
            if not isinstance(self.prompt_injection, Unset):
                prompt_injection = self.prompt_injection.to_dict()
        except (AttributeError, TypeError):
            prompt_injection = self.prompt_injection

        content: Any
        try:
            content = UNSET
            if not isinstance(self.content, Unset):
                content = self.content.to_dict()
        except (AttributeError, TypeError):
            content = self.content

        moderation: Any
        try:
            if isinstance(self.moderation, Unset):
                moderation = UNSET
            elif isinstance(self.moderation, ModerationGuardrailOutput):
                moderation = self.moderation.to_dict()
            else:
                moderation = self.moderation

        except (AttributeError, TypeError):
            moderation = self.moderation

        custom: Any
        try:
            custom = UNSET
            if not isinstance(self.custom, Unset):
                custom = self.custom.to_dict()
        except (AttributeError, TypeError):
            custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if version is not UNSET:
            field_dict["version"] = version
        if focus is not UNSET:
            field_dict["focus"] = focus
        if prompt_injection is not UNSET:
            field_dict["prompt_injection"] = prompt_injection
        if content is not UNSET:
            field_dict["content"] = content
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if custom is not UNSET:
            field_dict["custom"] = custom
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        guardrails_v1_output = cls.__new__(cls)
        guardrails_v1_output.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return guardrails_v1_output

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


def _read_version(cls: type[GuardrailsV1Output], d: Mapping[str, Any]) -> Any:
    version_raw = d.get("version", UNSET)
    version = cast(Literal["1"] | Unset, version_raw)
    if version != "1" and not isinstance(version, Unset):
        raise ValueError(f"version must match const '1', got '{version}'")

    return version


def _read_focus(cls: type[GuardrailsV1Output], d: Mapping[str, Any]) -> Any:
    focus_raw = d.get("focus", UNSET)
    try:
        _focus = focus_raw
        focus: FocusGuardrail | Unset
        if isinstance(_focus, Unset):
            focus = UNSET
        else:
            focus = FocusGuardrail.from_dict(_focus)
    except (KeyError, TypeError, ValueError, AttributeError):
        focus = deviating_field(cls, "focus", focus_raw)

    return focus


def _read_prompt_injection(cls: type[GuardrailsV1Output], d: Mapping[str, Any]) -> Any:
    prompt_injection_raw = d.get("prompt_injection", UNSET)
    try:
        _prompt_injection = prompt_injection_raw
        prompt_injection: PromptInjectionGuardrail | Unset
        if isinstance(_prompt_injection, Unset):
            prompt_injection = UNSET
        else:
            prompt_injection = PromptInjectionGuardrail.from_dict(_prompt_injection)
    except (KeyError, TypeError, ValueError, AttributeError):
        prompt_injection = deviating_field(cls, "prompt_injection", prompt_injection_raw)

    return prompt_injection


def _read_content(cls: type[GuardrailsV1Output], d: Mapping[str, Any]) -> Any:
    content_raw = d.get("content", UNSET)
    try:
        _content = content_raw
        content: ContentGuardrailOutput | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = ContentGuardrailOutput.from_dict(_content)
    except (KeyError, TypeError, ValueError, AttributeError):
        content = deviating_field(cls, "content", content_raw)

    return content


def _read_moderation(cls: type[GuardrailsV1Output], d: Mapping[str, Any]) -> Any:
    moderation_raw = d.get("moderation", UNSET)
    try:

        def _parse_moderation(data: object) -> ModerationGuardrailOutput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            moderation_type_0 = ModerationGuardrailOutput.from_dict(data)

            return moderation_type_0

        moderation = _parse_moderation(moderation_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        moderation = deviating_field(cls, "moderation", moderation_raw)

    return moderation


def _read_custom(cls: type[GuardrailsV1Output], d: Mapping[str, Any]) -> Any:
    custom_raw = d.get("custom", UNSET)
    try:
        _custom = custom_raw
        custom: CustomGuardrailOutput | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = CustomGuardrailOutput.from_dict(_custom)
    except (KeyError, TypeError, ValueError, AttributeError):
        custom = deviating_field(cls, "custom", custom_raw)

    return custom


_FIELDS: frozenset[str] = frozenset(
    (
        "version",
        "focus",
        "prompt_injection",
        "content",
        "moderation",
        "custom",
    )
)


def _read_additional_properties(cls: type[GuardrailsV1Output], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[GuardrailsV1Output], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "version" in known:
        version = known["version"]
    else:
        version = d.get("version", UNSET)
        if version is not UNSET:
            version = _read_version(cls, d)

    if "focus" in known:
        focus = known["focus"]
    else:
        focus = d.get("focus", UNSET)
        if focus is not UNSET:
            focus = _read_focus(cls, d)

    if "prompt_injection" in known:
        prompt_injection = known["prompt_injection"]
    else:
        prompt_injection = d.get("prompt_injection", UNSET)
        if prompt_injection is not UNSET:
            prompt_injection = _read_prompt_injection(cls, d)

    if "content" in known:
        content = known["content"]
    else:
        content = d.get("content", UNSET)
        if content is not UNSET:
            content = _read_content(cls, d)

    if "moderation" in known:
        moderation = known["moderation"]
    else:
        moderation = d.get("moderation", UNSET)
        if moderation is not UNSET and moderation is not None:
            moderation = _read_moderation(cls, d)

    if "custom" in known:
        custom = known["custom"]
    else:
        custom = d.get("custom", UNSET)
        if custom is not UNSET:
            custom = _read_custom(cls, d)

    return {
        "version": version,
        "focus": focus,
        "prompt_injection": prompt_injection,
        "content": content,
        "moderation": moderation,
        "custom": custom,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    GuardrailsV1Output,
    _all_fields,
    {
        "version": _read_version,
        "focus": _read_focus,
        "prompt_injection": _read_prompt_injection,
        "content": _read_content,
        "moderation": _read_moderation,
        "custom": _read_custom,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.content_guardrail_output import ContentGuardrailOutput
from ..models.custom_guardrail_output import CustomGuardrailOutput
from ..models.focus_guardrail import FocusGuardrail
from ..models.moderation_guardrail_output import ModerationGuardrailOutput
from ..models.prompt_injection_guardrail import PromptInjectionGuardrail
