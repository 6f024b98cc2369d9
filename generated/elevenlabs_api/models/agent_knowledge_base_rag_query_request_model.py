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
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="AgentKnowledgeBaseRagQueryRequestModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class AgentKnowledgeBaseRagQueryRequestModel(Lazy):
    """Attributes:
    query (str): Query to run against the agent's knowledge base RAG index.
    use_agent_defaults (bool | Unset): When true (the default), retrieval uses the agent's own RAG settings,
        reproducing exactly what the agent would retrieve. Set to false to retrieve with neutral default RAG settings
        instead (the agent's embedding model is always kept, since it determines which vector index exists). Useful for
        auditing the knowledge base independently of how a particular agent is tuned. Defaults to True on the server.
    """

    query: str

    use_agent_defaults: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = ("query",)

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        query = self.query

        use_agent_defaults = self.use_agent_defaults

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if query is not None or "query" not in self._missing_fields:
            field_dict["query"] = query
        if use_agent_defaults is not UNSET:
            field_dict["use_agent_defaults"] = use_agent_defaults
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        agent_knowledge_base_rag_query_request_model = cls.__new__(cls)
        agent_knowledge_base_rag_query_request_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return agent_knowledge_base_rag_query_request_model

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


_read_query = plain_reader("query", (str,), "a string", True)

_read_use_agent_defaults = plain_reader("use_agent_defaults", (bool,), "a boolean", False)


_FIELDS: frozenset[str] = frozenset(
    (
        "query",
        "use_agent_defaults",
    )
)


def _read_additional_properties(
    cls: type[AgentKnowledgeBaseRagQueryRequestModel], d: Mapping[str, Any]
) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[AgentKnowledgeBaseRagQueryRequestModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    query = d.get("query", MISSING)
    if query.__class__ is not str:
        query = _read_query(cls, d)

    use_agent_defaults = d.get("use_agent_defaults", UNSET)
    if use_agent_defaults.__class__ is not bool and use_agent_defaults is not UNSET:
        use_agent_defaults = _read_use_agent_defaults(cls, d)

    return {
        "query": query,
        "use_agent_defaults": use_agent_defaults,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    AgentKnowledgeBaseRagQueryRequestModel,
    _all_fields,
    {
        "query": _read_query,
        "use_agent_defaults": _read_use_agent_defaults,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)
