from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import (
    MISSING,
    File,
    deviating_field,
    missing_field,
)

T = TypeVar("T", bound="BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost")


@_attrs_define
class BodyPostAgentAvatarV1ConvaiAgentsAgentIdAvatarPost:
    """Attributes:
    avatar_file (File): An image file to be used as the agent's avatar.
    """

    avatar_file: File

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        avatar_file_raw = d.pop("avatar_file", MISSING)
        if avatar_file_raw is MISSING:
            avatar_file = missing_field(cls, "avatar_file")
            _missing += ("avatar_file",)
        else:
            try:
                avatar_file = File(payload=BytesIO(avatar_file_raw))
            except (KeyError, TypeError, ValueError, AttributeError):
                avatar_file = deviating_field(cls, "avatar_file", avatar_file_raw)

        body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post = cls(
            avatar_file=avatar_file,
        )
        if _missing:
            body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post._missing_fields = _missing
        body_post_agent_avatar_v1_convai_agents_agent_id_avatar_post.additional_properties = d
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
