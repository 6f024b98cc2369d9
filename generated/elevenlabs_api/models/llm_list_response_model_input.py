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
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmListResponseModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmListResponseModelInput(Lazy):
    """Example:
        {'default_deprecation_config': {'fallback_complete_days': 7, 'fallback_complete_percentage': 100,
        'fallback_start_days': 14, 'fallback_start_percentage': 25, 'warning_start_days': 30}, 'llms':
        [{'is_checkpoint': False, 'llm': 'gemini-2.5-flash', 'max_context_limit': 1048576, 'max_tokens_limit': 8192,
        'supports_document_input': True, 'supports_image_input': True, 'supports_parallel_tool_calls': True}]}

    Attributes:
        llms (list[LlmInfoModelInput]): List of all available LLM models that can be used with agents.
        default_deprecation_config (LlmDeprecationConfigModel):  Example: {'fallback_complete_days': 7,
            'fallback_complete_percentage': 100, 'fallback_start_days': 14, 'fallback_start_percentage': 25,
            'warning_start_days': 30}.
    """

    llms: list[LlmInfoModelInput]

    default_deprecation_config: LlmDeprecationConfigModel

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "llms",
        "default_deprecation_config",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        llms: Any
        try:
            llms = []
            for llms_item_data in self.llms:
                llms_item = llms_item_data.to_dict()
                llms.append(llms_item)

        except (AttributeError, TypeError):
            llms = self.llms

        default_deprecation_config: Any
        try:
            default_deprecation_config = self.default_deprecation_config.to_dict()
        except (AttributeError, TypeError):
            default_deprecation_config = self.default_deprecation_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if llms is not None or "llms" not in self._missing_fields:
            field_dict["llms"] = llms
        if default_deprecation_config is not None or "default_deprecation_config" not in self._missing_fields:
            field_dict["default_deprecation_config"] = default_deprecation_config
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_list_response_model_input = cls.__new__(cls)
        llm_list_response_model_input.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return llm_list_response_model_input

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


def _read_llms(cls: type[LlmListResponseModelInput], d: Mapping[str, Any]) -> Any:
    llms_raw = d.get("llms", MISSING)
    if llms_raw is MISSING:
        llms = missing_field(cls, "llms")
    else:
        try:
            expect_array("llms", llms_raw)
            llms = []
            _llms = llms_raw
            for llms_item_data in _llms:
                llms_item = LlmInfoModelInput.from_dict(llms_item_data)

                llms.append(llms_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            llms = deviating_field(cls, "llms", llms_raw)

    return llms


def _read_default_deprecation_config(cls: type[LlmListResponseModelInput], d: Mapping[str, Any]) -> Any:
    default_deprecation_config_raw = d.get("default_deprecation_config", MISSING)
    if default_deprecation_config_raw is MISSING:
        default_deprecation_config = missing_field(cls, "default_deprecation_config")
    else:
        try:
            default_deprecation_config = LlmDeprecationConfigModel.from_dict(default_deprecation_config_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            default_deprecation_config = deviating_field(
                cls, "default_deprecation_config", default_deprecation_config_raw
            )

    return default_deprecation_config


_FIELDS: frozenset[str] = frozenset(
    (
        "llms",
        "default_deprecation_config",
    )
)


def _read_additional_properties(cls: type[LlmListResponseModelInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmListResponseModelInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "llms" in known:
        llms = known["llms"]
    else:
        llms = _read_llms(cls, d)

    if "default_deprecation_config" in known:
        default_deprecation_config = known["default_deprecation_config"]
    else:
        default_deprecation_config = _read_default_deprecation_config(cls, d)

    return {
        "llms": llms,
        "default_deprecation_config": default_deprecation_config,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LlmListResponseModelInput,
    _all_fields,
    {
        "llms": _read_llms,
        "default_deprecation_config": _read_default_deprecation_config,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_deprecation_config_model import LlmDeprecationConfigModel
from ..models.llm_info_model_input import LlmInfoModelInput
