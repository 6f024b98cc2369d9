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
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="LlmSchemaOverride")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class LlmSchemaOverride(Lazy):
    """Attributes:
    source (Literal['llm'] | Unset):  Default: 'llm'.
    prompt (None | str | Unset): Prompt override for the LLM. If not provided, the original schema description is
        used.
    """

    source: Literal["llm"] | Unset = _attrs_field(
        default="llm",
        kw_only=True,
        validator=types.tag("LlmSchemaOverride", "source", "llm"),
    )

    prompt: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("source",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("source", "llm")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        source = self.source

        prompt: Any
        try:
            prompt = self.prompt

        except (AttributeError, TypeError):
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if source is not UNSET:
            field_dict["source"] = source
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        llm_schema_override = cls.__new__(cls)
        llm_schema_override.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return llm_schema_override

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


def _read_source(cls: type[LlmSchemaOverride], d: Mapping[str, Any]) -> Any:
    source_raw = d.get("source", UNSET)
    source = cast(Literal["llm"] | Unset, source_raw)
    if source != "llm" and not isinstance(source, Unset):
        raise ValueError(f"source must match const 'llm', got '{source}'")

    return source


_read_prompt = plain_reader(
    "prompt",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "source",
        "prompt",
    )
)


def _read_additional_properties(cls: type[LlmSchemaOverride], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[LlmSchemaOverride], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "source" in known:
        source = known["source"]
    else:
        source = d.get("source", UNSET)
        if source is not UNSET:
            source = _read_source(cls, d)

    prompt = d.get("prompt", UNSET)
    if prompt.__class__ is not str and prompt is not None and prompt is not UNSET:
        prompt = _read_prompt(cls, d)

    return {
        "source": source,
        "prompt": prompt,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    LlmSchemaOverride,
    _all_fields,
    {
        "source": _read_source,
        "prompt": _read_prompt,
        "additional_properties": _read_additional_properties,
    },
)
