from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    missing_field,
    missing_fields,
    parse_strictly,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetSecretDependenciesResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetSecretDependenciesResponseModel(Lazy):
    """Attributes:
    dependencies (list[DependentAvailableAgentIdentifier | DependentAvailableToolIdentifier |
        DependentPhoneNumberIdentifier | DependentUnknownAgentIdentifier | DependentUnknownToolIdentifier |
        UnknownVariant]):
    next_cursor (None | str | Unset): Cursor for fetching the next page of dependencies
    """

    dependencies: list[
        DependentAvailableAgentIdentifier
        | DependentAvailableToolIdentifier
        | DependentPhoneNumberIdentifier
        | DependentUnknownAgentIdentifier
        | DependentUnknownToolIdentifier
        | UnknownVariant
    ]

    next_cursor: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("dependencies",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        dependencies: Any
        try:
            if isinstance(self.dependencies, list):
                dependencies = []
                for dependencies_type_0_item_data in self.dependencies:
                    dependencies_type_0_item: dict[str, Any]
                    if (
                        isinstance(dependencies_type_0_item_data, DependentAvailableToolIdentifier)
                        or isinstance(dependencies_type_0_item_data, DependentUnknownToolIdentifier)
                        or isinstance(dependencies_type_0_item_data, DependentAvailableAgentIdentifier)
                        or isinstance(dependencies_type_0_item_data, DependentUnknownAgentIdentifier)
                        or isinstance(dependencies_type_0_item_data, DependentPhoneNumberIdentifier)
                        or isinstance(dependencies_type_0_item_data, UnknownVariant)
                    ):
                        dependencies_type_0_item = dependencies_type_0_item_data.to_dict()
                    else:
                        dependencies_type_0_item = dependencies_type_0_item_data

                    dependencies.append(dependencies_type_0_item)

            else:
                dependencies = self.dependencies

        except (AttributeError, TypeError):
            dependencies = self.dependencies

        next_cursor: Any
        try:
            next_cursor = self.next_cursor

        except (AttributeError, TypeError):
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if dependencies is not None or "dependencies" not in self._missing_fields:
            field_dict["dependencies"] = dependencies
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_secret_dependencies_response_model = cls.__new__(cls)
        get_secret_dependencies_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_secret_dependencies_response_model

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


def _read_dependencies(cls: type[GetSecretDependenciesResponseModel], d: Mapping[str, Any]) -> Any:
    dependencies_raw = d.get("dependencies", MISSING)
    if dependencies_raw is MISSING:
        dependencies = missing_field(cls, "dependencies")
    else:
        try:

            def _parse_dependencies(
                data: object,
            ) -> list[
                DependentAvailableAgentIdentifier
                | DependentAvailableToolIdentifier
                | DependentPhoneNumberIdentifier
                | DependentUnknownAgentIdentifier
                | DependentUnknownToolIdentifier
                | UnknownVariant
            ]:

                if not isinstance(data, list):
                    raise TypeError(f"got {type(data).__name__}")
                dependencies_type_0 = []
                _dependencies_type_0 = data
                for dependencies_type_0_item_data in _dependencies_type_0:

                    def _parse_dependencies_type_0_item(
                        data: object,
                    ) -> (
                        DependentAvailableAgentIdentifier
                        | DependentAvailableToolIdentifier
                        | DependentPhoneNumberIdentifier
                        | DependentUnknownAgentIdentifier
                        | DependentUnknownToolIdentifier
                        | UnknownVariant
                    ):
                        return parse_strictly(_parse_dependencies_type_0_item_member, data)

                    def _parse_dependencies_type_0_item_member(
                        data: object,
                    ) -> (
                        DependentAvailableAgentIdentifier
                        | DependentAvailableToolIdentifier
                        | DependentPhoneNumberIdentifier
                        | DependentUnknownAgentIdentifier
                        | DependentUnknownToolIdentifier
                        | UnknownVariant
                    ):
                        if isinstance(data, dict):
                            for known in (
                                DependentAvailableToolIdentifier,
                                DependentUnknownToolIdentifier,
                                DependentAvailableAgentIdentifier,
                                DependentUnknownAgentIdentifier,
                                DependentPhoneNumberIdentifier,
                            ):
                                kind = getattr(known, "_kind", None)
                                if kind is not None and data.get(kind[0]) == kind[1]:
                                    return known.from_dict(data)

                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            dependencies_type_0_item_type_0 = DependentAvailableToolIdentifier.from_dict(data)

                            return dependencies_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            dependencies_type_0_item_type_1 = DependentUnknownToolIdentifier.from_dict(data)

                            return dependencies_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            dependencies_type_0_item_type_2 = DependentAvailableAgentIdentifier.from_dict(data)

                            return dependencies_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            dependencies_type_0_item_type_3 = DependentUnknownAgentIdentifier.from_dict(data)

                            return dependencies_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError(f"got {type(data).__name__}")
                            dependencies_type_0_item_type_4 = DependentPhoneNumberIdentifier.from_dict(data)

                            return dependencies_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError(f"got {type(data).__name__}")
                        dependencies_type_0_item_type_5 = UnknownVariant.from_dict(data)

                        return dependencies_type_0_item_type_5

                    dependencies_type_0_item = _parse_dependencies_type_0_item(dependencies_type_0_item_data)

                    dependencies_type_0.append(dependencies_type_0_item)

                return dependencies_type_0

            dependencies = _parse_dependencies(dependencies_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            dependencies = deviating_field(cls, "dependencies", dependencies_raw)

    return dependencies


_read_next_cursor = plain_reader(
    "next_cursor",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


_FIELDS: frozenset[str] = frozenset(
    (
        "dependencies",
        "next_cursor",
    )
)


def _read_additional_properties(cls: type[GetSecretDependenciesResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetSecretDependenciesResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "dependencies" in known:
        dependencies = known["dependencies"]
    else:
        dependencies = _read_dependencies(cls, d)

    next_cursor = d.get("next_cursor", UNSET)
    if next_cursor.__class__ is not str and next_cursor is not None and next_cursor is not UNSET:
        next_cursor = _read_next_cursor(cls, d)

    return {
        "dependencies": dependencies,
        "next_cursor": next_cursor,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetSecretDependenciesResponseModel,
    _all_fields,
    {
        "dependencies": _read_dependencies,
        "next_cursor": _read_next_cursor,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.dependent_available_agent_identifier import DependentAvailableAgentIdentifier
from ..models.dependent_available_tool_identifier import DependentAvailableToolIdentifier
from ..models.dependent_phone_number_identifier import DependentPhoneNumberIdentifier
from ..models.dependent_unknown_agent_identifier import DependentUnknownAgentIdentifier
from ..models.dependent_unknown_tool_identifier import DependentUnknownToolIdentifier
from ..models.unknown_variant import UnknownVariant
