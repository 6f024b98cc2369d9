from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="BackupLLMDisabled")


@_attrs_define
class BackupLLMDisabled:
    """Attributes:
    preference (Literal['disabled'] | Unset):  Default: 'disabled'.
    """

    preference: Literal["disabled"] | Unset = "disabled"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("preference", "disabled")

    def to_dict(self) -> dict[str, Any]:
        preference = self.preference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if preference is not UNSET:
            field_dict["preference"] = preference
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        preference_raw = d.pop("preference", UNSET)
        preference = cast(Literal["disabled"] | Unset, preference_raw)
        if preference != "disabled" and not isinstance(preference, Unset):
            raise ValueError(f"preference must match const 'disabled', got '{preference}'")

        backup_llm_disabled = cls(
            preference=preference,
        )
        backup_llm_disabled.additional_properties = d
        return backup_llm_disabled

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
