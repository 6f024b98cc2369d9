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

T = TypeVar("T", bound="ListStaffParams")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class ListStaffParams(Lazy):
    """Attributes:
    list_kwargs (ListStaffParamsListKwargs | Unset):
    smb_tool_type (Literal['list_staff'] | Unset):  Default: 'list_staff'.
    """

    list_kwargs: ListStaffParamsListKwargs | Unset = UNSET

    smb_tool_type: Literal["list_staff"] | Unset = _attrs_field(
        default="list_staff",
        kw_only=True,
        validator=types.tag("ListStaffParams", "smb_tool_type", "list_staff"),
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _tags: ClassVar[tuple[str, ...]] = ("smb_tool_type",)
    # Which kind this is: its first const. A union that also admits kinds added later reads it to tell
    # a known kind that does not fit (an error) from a new one (UnknownVariant).
    _kind: ClassVar[tuple[str, Any]] = ("smb_tool_type", "list_staff")

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        list_staff_params = cls.__new__(cls)
        list_staff_params.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
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


def _read_smb_tool_type(cls: type[ListStaffParams], d: Mapping[str, Any]) -> Any:
    smb_tool_type_raw = d.get("smb_tool_type", UNSET)
    smb_tool_type = cast(Literal["list_staff"] | Unset, smb_tool_type_raw)
    if smb_tool_type != "list_staff" and not isinstance(smb_tool_type, Unset):
        raise ValueError(f"smb_tool_type must match const 'list_staff', got '{smb_tool_type}'")

    return smb_tool_type


def _read_list_kwargs(cls: type[ListStaffParams], d: Mapping[str, Any]) -> Any:
    list_kwargs_raw = d.get("list_kwargs", UNSET)
    try:
        _list_kwargs = list_kwargs_raw
        list_kwargs: ListStaffParamsListKwargs | Unset
        if isinstance(_list_kwargs, Unset):
            list_kwargs = UNSET
        else:
            list_kwargs = ListStaffParamsListKwargs.from_dict(_list_kwargs)
    except (KeyError, TypeError, ValueError, AttributeError):
        list_kwargs = deviating_field(cls, "list_kwargs", list_kwargs_raw)

    return list_kwargs


_FIELDS: frozenset[str] = frozenset(
    (
        "list_kwargs",
        "smb_tool_type",
    )
)


def _read_additional_properties(cls: type[ListStaffParams], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[ListStaffParams], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "smb_tool_type" in known:
        smb_tool_type = known["smb_tool_type"]
    else:
        smb_tool_type = d.get("smb_tool_type", UNSET)
        if smb_tool_type is not UNSET:
            smb_tool_type = _read_smb_tool_type(cls, d)

    if "list_kwargs" in known:
        list_kwargs = known["list_kwargs"]
    else:
        list_kwargs = d.get("list_kwargs", UNSET)
        if list_kwargs is not UNSET:
            list_kwargs = _read_list_kwargs(cls, d)

    return {
        "list_kwargs": list_kwargs,
        "smb_tool_type": smb_tool_type,
        "additional_properties": _read_additional_properties(cls, d),
    }


set_readers(
    ListStaffParams,
    _all_fields,
    {
        "list_kwargs": _read_list_kwargs,
        "smb_tool_type": _read_smb_tool_type,
        "additional_properties": _read_additional_properties,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.list_staff_params_list_kwargs import ListStaffParamsListKwargs
