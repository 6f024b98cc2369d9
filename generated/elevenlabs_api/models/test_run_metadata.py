from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import TestRunMetadataTestTypeType0
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="TestRunMetadata")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class TestRunMetadata(Lazy):
    """Attributes:
    workspace_id (str):
    test_name (str):
    ran_by_user_email (str):
    test_type (str | TestRunMetadataTestTypeType0 | Unset): Defaults to 'llm' on the server.
    """

    workspace_id: str

    test_name: str

    ran_by_user_email: str

    test_type: str | TestRunMetadataTestTypeType0 | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "workspace_id",
        "test_name",
        "ran_by_user_email",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        workspace_id = self.workspace_id

        test_name = self.test_name

        ran_by_user_email = self.ran_by_user_email

        test_type: Any
        try:
            if isinstance(self.test_type, Unset):
                test_type = UNSET
            elif isinstance(self.test_type, str):
                test_type = self.test_type
            else:
                test_type = self.test_type

        except (AttributeError, TypeError):
            test_type = self.test_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if workspace_id is not None or "workspace_id" not in self._missing_fields:
            field_dict["workspace_id"] = workspace_id
        if test_name is not None or "test_name" not in self._missing_fields:
            field_dict["test_name"] = test_name
        if ran_by_user_email is not None or "ran_by_user_email" not in self._missing_fields:
            field_dict["ran_by_user_email"] = ran_by_user_email
        if test_type is not UNSET:
            field_dict["test_type"] = test_type
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        test_run_metadata = cls.__new__(cls)
        test_run_metadata.__dict__ = _all_fields(cls, src_dict, NOTHING)  # what __init__ would set, and the rest
        return test_run_metadata

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


_read_workspace_id = plain_reader("workspace_id", (str,), "a string", True)

_read_test_name = plain_reader("test_name", (str,), "a string", True)

_read_ran_by_user_email = plain_reader("ran_by_user_email", (str,), "a string", True)

_read_test_type = plain_reader("test_type", (str,), "a string", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "workspace_id",
        "test_name",
        "ran_by_user_email",
        "test_type",
    )
)


def _read_additional_properties(cls: type[TestRunMetadata], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(cls: type[TestRunMetadata], d: Mapping[str, Any], known: Mapping[str, Any]) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    workspace_id = d.get("workspace_id", MISSING)
    if workspace_id.__class__ is not str:
        workspace_id = _read_workspace_id(cls, d)

    test_name = d.get("test_name", MISSING)
    if test_name.__class__ is not str:
        test_name = _read_test_name(cls, d)

    ran_by_user_email = d.get("ran_by_user_email", MISSING)
    if ran_by_user_email.__class__ is not str:
        ran_by_user_email = _read_ran_by_user_email(cls, d)

    test_type = d.get("test_type", UNSET)
    if test_type.__class__ is not str and test_type is not UNSET:
        test_type = _read_test_type(cls, d)

    return {
        "workspace_id": workspace_id,
        "test_name": test_name,
        "ran_by_user_email": ran_by_user_email,
        "test_type": test_type,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    TestRunMetadata,
    _all_fields,
    {
        "workspace_id": _read_workspace_id,
        "test_name": _read_test_name,
        "ran_by_user_email": _read_ran_by_user_email,
        "test_type": _read_test_type,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
