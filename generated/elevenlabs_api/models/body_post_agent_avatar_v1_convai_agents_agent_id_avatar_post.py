from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    File,
    Lazy,
    deviating_field,
    missing_field,
    missing_fields,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost(Lazy):
    """Attributes:
    avatar_file (File): An image file to be used as the agent's avatar.
    """

    avatar_file: File

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("avatar_file",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        avatar_file: Any
        try:
            avatar_file = self.avatar_file.to_tuple()

        except (AttributeError, TypeError):
            avatar_file = self.avatar_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if avatar_file is not None or "avatar_file" not in self._missing_fields:
            field_dict["avatar_file"] = avatar_file
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        files.append(("avatar_file", self.avatar_file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post = cls.__new__(cls)
        body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post

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


def _read_avatar_file(cls: type[BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost], d: Mapping[str, Any]) -> Any:
    avatar_file_raw = d.get("avatar_file", MISSING)
    if avatar_file_raw is MISSING:
        avatar_file = missing_field(cls, "avatar_file")
    else:
        try:
            avatar_file = File(payload=BytesIO(avatar_file_raw))
        except (KeyError, TypeError, ValueError, AttributeError):
            avatar_file = deviating_field(cls, "avatar_file", avatar_file_raw)

    return avatar_file


_FIELDS: frozenset[str] = frozenset(("avatar_file",))


def _read_additional_properties(
    cls: type[BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    if "avatar_file" in known:
        avatar_file = known["avatar_file"]
    else:
        avatar_file = _read_avatar_file(cls, d)

    return {
        "avatar_file": avatar_file,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost,
    _all_fields,
    {
        "avatar_file": _read_avatar_file,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
