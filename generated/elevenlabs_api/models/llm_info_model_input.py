from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import Llm, LlmReasoningEffort
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmInfoModelInput")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmInfoModelInput(Lazy):
    """Example:
        {'is_checkpoint': False, 'llm': 'gemini-2.5-flash', 'max_context_limit': 1048576, 'max_tokens_limit': 8192,
        'supports_document_input': True, 'supports_image_input': True, 'supports_parallel_tool_calls': True}

    Attributes:
        llm (Llm | str): The model identifier.
        is_checkpoint (bool): Whether this is a pinned checkpoint version of a model rather than a top-level alias.
        max_tokens_limit (int): Maximum number of output tokens the model can generate.
        max_context_limit (int): Maximum number of input context tokens the model supports.
        supports_image_input (bool): Whether the model supports image file inputs during conversations.
        supports_document_input (bool): Whether the model supports document (PDF) file inputs during conversations.
        supports_parallel_tool_calls (bool): Whether the model supports calling multiple tools in parallel.
        available_reasoning_efforts (list[LlmReasoningEffort | str] | None | Unset): Available reasoning effort levels
            for this model. Null if the model does not support configurable reasoning.
        deprecation_info (LlmDeprecationInfoModel | None | Unset): Deprecation information if this model is deprecated
            or scheduled for deprecation. Null if the model is not affected.
        regional_processing_surcharge (None | RegionalProcessingSurchargeInfo | Unset): Regional processing surcharge
            details if this model has additional costs in the current deployment region. Null if no surcharge applies.
    """

    llm: Llm | str

    is_checkpoint: bool

    max_tokens_limit: int

    max_context_limit: int

    supports_image_input: bool

    supports_document_input: bool

    supports_parallel_tool_calls: bool

    available_reasoning_efforts: list[LlmReasoningEffort | str] | None | Unset = UNSET

    deprecation_info: LlmDeprecationInfoModel | None | Unset = UNSET

    regional_processing_surcharge: None | RegionalProcessingSurchargeInfo | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "llm",
        "is_checkpoint",
        "max_tokens_limit",
        "max_context_limit",
        "supports_image_input",
        "supports_document_input",
        "supports_parallel_tool_calls",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        llm: Any
        try:
            if isinstance(self.llm, str):
                llm = self.llm
            else:
                llm = self.llm

        except (AttributeError, TypeError):
            llm = self.llm

        is_checkpoint = self.is_checkpoint

        max_tokens_limit = self.max_tokens_limit

        max_context_limit = self.max_context_limit

        supports_image_input = self.supports_image_input

        supports_document_input = self.supports_document_input

        supports_parallel_tool_calls = self.supports_parallel_tool_calls

        available_reasoning_efforts: Any
        try:
            if isinstance(self.available_reasoning_efforts, Unset):
                available_reasoning_efforts = UNSET
            elif isinstance(self.available_reasoning_efforts, list):
                available_reasoning_efforts = []
                for available_reasoning_efforts_type_0_item_data in self.available_reasoning_efforts:
                    available_reasoning_efforts_type_0_item: str
                    if isinstance(available_reasoning_efforts_type_0_item_data, str):
                        available_reasoning_efforts_type_0_item = available_reasoning_efforts_type_0_item_data
                    else:
                        available_reasoning_efforts_type_0_item = available_reasoning_efforts_type_0_item_data

                    available_reasoning_efforts.append(available_reasoning_efforts_type_0_item)

            else:
                available_reasoning_efforts = self.available_reasoning_efforts

        except (AttributeError, TypeError):
            available_reasoning_efforts = self.available_reasoning_efforts

        deprecation_info: Any
        try:
            if isinstance(self.deprecation_info, Unset):
                deprecation_info = UNSET
            elif isinstance(self.deprecation_info, LlmDeprecationInfoModel):
                deprecation_info = self.deprecation_info.to_dict()
            else:
                deprecation_info = self.deprecation_info

        except (AttributeError, TypeError):
            deprecation_info = self.deprecation_info

        regional_processing_surcharge: Any
        try:
            if isinstance(self.regional_processing_surcharge, Unset):
                regional_processing_surcharge = UNSET
            elif isinstance(self.regional_processing_surcharge, RegionalProcessingSurchargeInfo):
                regional_processing_surcharge = self.regional_processing_surcharge.to_dict()
            else:
                regional_processing_surcharge = self.regional_processing_surcharge

        except (AttributeError, TypeError):
            regional_processing_surcharge = self.regional_processing_surcharge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if llm is not None or "llm" not in self._missing_fields:
            field_dict["llm"] = llm
        if is_checkpoint is not None or "is_checkpoint" not in self._missing_fields:
            field_dict["is_checkpoint"] = is_checkpoint
        if max_tokens_limit is not None or "max_tokens_limit" not in self._missing_fields:
            field_dict["max_tokens_limit"] = max_tokens_limit
        if max_context_limit is not None or "max_context_limit" not in self._missing_fields:
            field_dict["max_context_limit"] = max_context_limit
        if supports_image_input is not None or "supports_image_input" not in self._missing_fields:
            field_dict["supports_image_input"] = supports_image_input
        if supports_document_input is not None or "supports_document_input" not in self._missing_fields:
            field_dict["supports_document_input"] = supports_document_input
        if supports_parallel_tool_calls is not None or "supports_parallel_tool_calls" not in self._missing_fields:
            field_dict["supports_parallel_tool_calls"] = supports_parallel_tool_calls
        if available_reasoning_efforts is not UNSET:
            field_dict["available_reasoning_efforts"] = available_reasoning_efforts
        if deprecation_info is not UNSET:
            field_dict["deprecation_info"] = deprecation_info
        if regional_processing_surcharge is not UNSET:
            field_dict["regional_processing_surcharge"] = regional_processing_surcharge
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_info_model_input = cls.__new__(cls)
        llm_info_model_input.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return llm_info_model_input

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


_read_llm = plain_reader("llm", (str,), "a string", True)

_read_is_checkpoint = plain_reader("is_checkpoint", (bool,), "a boolean", True)

_read_max_tokens_limit = plain_reader("max_tokens_limit", (int,), "an integer", True)

_read_max_context_limit = plain_reader("max_context_limit", (int,), "an integer", True)

_read_supports_image_input = plain_reader("supports_image_input", (bool,), "a boolean", True)

_read_supports_document_input = plain_reader("supports_document_input", (bool,), "a boolean", True)

_read_supports_parallel_tool_calls = plain_reader("supports_parallel_tool_calls", (bool,), "a boolean", True)


def _read_available_reasoning_efforts(cls: type[LlmInfoModelInput], d: Mapping[str, Any]) -> Any:
    available_reasoning_efforts_raw = d.get("available_reasoning_efforts", UNSET)
    try:

        def _parse_available_reasoning_efforts(data: object) -> list[LlmReasoningEffort | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, list):
                raise TypeError(f"got {type(data).__name__}")
            available_reasoning_efforts_type_0 = []
            _available_reasoning_efforts_type_0 = data
            for available_reasoning_efforts_type_0_item_data in _available_reasoning_efforts_type_0:
                available_reasoning_efforts_type_0_item = available_reasoning_efforts_type_0_item_data

                available_reasoning_efforts_type_0.append(available_reasoning_efforts_type_0_item)

            return available_reasoning_efforts_type_0

        available_reasoning_efforts = _parse_available_reasoning_efforts(available_reasoning_efforts_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        available_reasoning_efforts = deviating_field(
            cls, "available_reasoning_efforts", available_reasoning_efforts_raw
        )

    return available_reasoning_efforts


def _read_deprecation_info(cls: type[LlmInfoModelInput], d: Mapping[str, Any]) -> Any:
    deprecation_info_raw = d.get("deprecation_info", UNSET)
    try:

        def _parse_deprecation_info(data: object) -> LlmDeprecationInfoModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            deprecation_info_type_0 = LlmDeprecationInfoModel.from_dict(data)

            return deprecation_info_type_0

        deprecation_info = _parse_deprecation_info(deprecation_info_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        deprecation_info = deviating_field(cls, "deprecation_info", deprecation_info_raw)

    return deprecation_info


def _read_regional_processing_surcharge(cls: type[LlmInfoModelInput], d: Mapping[str, Any]) -> Any:
    regional_processing_surcharge_raw = d.get("regional_processing_surcharge", UNSET)
    try:

        def _parse_regional_processing_surcharge(data: object) -> None | RegionalProcessingSurchargeInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            regional_processing_surcharge_type_0 = RegionalProcessingSurchargeInfo.from_dict(data)

            return regional_processing_surcharge_type_0

        regional_processing_surcharge = _parse_regional_processing_surcharge(regional_processing_surcharge_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        regional_processing_surcharge = deviating_field(
            cls, "regional_processing_surcharge", regional_processing_surcharge_raw
        )

    return regional_processing_surcharge


_FIELDS: frozenset[str] = frozenset(
    (
        "llm",
        "is_checkpoint",
        "max_tokens_limit",
        "max_context_limit",
        "supports_image_input",
        "supports_document_input",
        "supports_parallel_tool_calls",
        "available_reasoning_efforts",
        "deprecation_info",
        "regional_processing_surcharge",
    )
)


def _read_additional_properties(cls: type[LlmInfoModelInput], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmInfoModelInput], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    llm = d.get("llm", MISSING)
    if llm.__class__ is not str:
        llm = _read_llm(cls, d)

    is_checkpoint = d.get("is_checkpoint", MISSING)
    if is_checkpoint.__class__ is not bool:
        is_checkpoint = _read_is_checkpoint(cls, d)

    max_tokens_limit = d.get("max_tokens_limit", MISSING)
    if max_tokens_limit.__class__ is not int:
        max_tokens_limit = _read_max_tokens_limit(cls, d)

    max_context_limit = d.get("max_context_limit", MISSING)
    if max_context_limit.__class__ is not int:
        max_context_limit = _read_max_context_limit(cls, d)

    supports_image_input = d.get("supports_image_input", MISSING)
    if supports_image_input.__class__ is not bool:
        supports_image_input = _read_supports_image_input(cls, d)

    supports_document_input = d.get("supports_document_input", MISSING)
    if supports_document_input.__class__ is not bool:
        supports_document_input = _read_supports_document_input(cls, d)

    supports_parallel_tool_calls = d.get("supports_parallel_tool_calls", MISSING)
    if supports_parallel_tool_calls.__class__ is not bool:
        supports_parallel_tool_calls = _read_supports_parallel_tool_calls(cls, d)

    if "available_reasoning_efforts" in known:
        available_reasoning_efforts = known["available_reasoning_efforts"]
    else:
        available_reasoning_efforts = d.get("available_reasoning_efforts", UNSET)
        if available_reasoning_efforts is not UNSET and available_reasoning_efforts is not None:
            available_reasoning_efforts = _read_available_reasoning_efforts(cls, d)

    if "deprecation_info" in known:
        deprecation_info = known["deprecation_info"]
    else:
        deprecation_info = d.get("deprecation_info", UNSET)
        if deprecation_info is not UNSET and deprecation_info is not None:
            deprecation_info = _read_deprecation_info(cls, d)

    if "regional_processing_surcharge" in known:
        regional_processing_surcharge = known["regional_processing_surcharge"]
    else:
        regional_processing_surcharge = d.get("regional_processing_surcharge", UNSET)
        if regional_processing_surcharge is not UNSET and regional_processing_surcharge is not None:
            regional_processing_surcharge = _read_regional_processing_surcharge(cls, d)

    return {
        "llm": llm,
        "is_checkpoint": is_checkpoint,
        "max_tokens_limit": max_tokens_limit,
        "max_context_limit": max_context_limit,
        "supports_image_input": supports_image_input,
        "supports_document_input": supports_document_input,
        "supports_parallel_tool_calls": supports_parallel_tool_calls,
        "available_reasoning_efforts": available_reasoning_efforts,
        "deprecation_info": deprecation_info,
        "regional_processing_surcharge": regional_processing_surcharge,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    LlmInfoModelInput,
    _all_fields,
    {
        "llm": _read_llm,
        "is_checkpoint": _read_is_checkpoint,
        "max_tokens_limit": _read_max_tokens_limit,
        "max_context_limit": _read_max_context_limit,
        "supports_image_input": _read_supports_image_input,
        "supports_document_input": _read_supports_document_input,
        "supports_parallel_tool_calls": _read_supports_parallel_tool_calls,
        "available_reasoning_efforts": _read_available_reasoning_efforts,
        "deprecation_info": _read_deprecation_info,
        "regional_processing_surcharge": _read_regional_processing_surcharge,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.llm_deprecation_info_model import LlmDeprecationInfoModel
from ..models.regional_processing_surcharge_info import RegionalProcessingSurchargeInfo
