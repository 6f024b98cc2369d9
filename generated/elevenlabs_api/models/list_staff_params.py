from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    deviating_field,
)

T = TypeVar("T", bound="ListStaffParams")


@_attrs_define
class ListStaffParams:
    """Attributes:
    list_kwargs (ListStaffParamsListKwargs | Unset):
    smb_tool_type (Literal['list_staff'] | Unset):  Default: 'list_staff'.
    """

    list_kwargs: ListStaffParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_staff"] | Unset = "list_staff"

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("smb_tool_type", "list_staff")

    def to_dict(self) -> dict[str, Any]:
        list_kwargs: Any
        try:
            list_kwargs = UNSET
            if not isinstance(self.list_kwargs, Unset):
                list_kwargs = self.list_kwargs.to_dict()
        except (AttributeError, TypeError):
            list_kwargs = self.list_kwargs

        smb_tool_type = self.smb_tool_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if list_kwargs is not UNSET:
            field_dict["list_kwargs"] = list_kwargs
        if smb_tool_type is not UNSET:
            field_dict["smb_tool_type"] = smb_tool_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        smb_tool_type_raw = d.pop("smb_tool_type", UNSET)
        smb_tool_type = cast(Literal["list_staff"] | Unset, smb_tool_type_raw)
        if smb_tool_type != "list_staff" and not isinstance(smb_tool_type, Unset):
            raise ValueError(f"smb_tool_type must match const 'list_staff', got '{smb_tool_type}'")

        list_kwargs_raw = d.pop("list_kwargs", UNSET)
        try:
            _list_kwargs = list_kwargs_raw
            list_kwargs: ListStaffParamsListKwargs | Unset
            if isinstance(_list_kwargs, Unset):
                list_kwargs = UNSET
            else:
                list_kwargs = ListStaffParamsListKwargs.from_dict(_list_kwargs)
        except (KeyError, TypeError, ValueError, AttributeError):
            list_kwargs = deviating_field(cls, "list_kwargs", list_kwargs_raw)

        list_staff_params = cls(
            list_kwargs=list_kwargs,
            smb_tool_type=smb_tool_type,
        )
        list_staff_params.additional_properties = d
        return list_staff_params

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


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_staff_params_list_kwargs import ListStaffParamsListKwargs
