from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    MISSING,
    UNSET,
    Unset,
    missing_field,
    unexpected_type,
)

T = TypeVar("T", bound="AgentKnowledgeBaseRagQueryRequestModel")


@_attrs_define
class AgentKnowledgeBaseRagQueryRequestModel:
    """Attributes:
    query (str): Query to run against the agent's knowledge base RAG index.
    use_agent_defaults (bool | Unset): When true (the default), retrieval uses the agent's own RAG settings,
        reproducing exactly what the agent would retrieve. Set to false to retrieve with neutral default RAG settings
        instead (the agent's embedding model is always kept, since it determines which vector index exists). Useful for
        auditing the knowledge base independently of how a particular agent is tuned. Default: True.
    """

    query: str

    use_agent_defaults: bool | Unset = True

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
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
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # dict() would take a list of pairs
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        d = dict(src_dict)
        _missing: tuple[str, ...] = ()
        query = d.pop("query", MISSING)
        if query.__class__ is not str:
            if query is MISSING:
                query = missing_field(cls, "query")
                _missing += ("query",)
            else:
                query = unexpected_type(cls, "query", query, "a string")

        use_agent_defaults = d.pop("use_agent_defaults", UNSET)
        if use_agent_defaults.__class__ is not bool and use_agent_defaults is not UNSET:
            use_agent_defaults = unexpected_type(cls, "use_agent_defaults", use_agent_defaults, "a boolean")

        agent_knowledge_base_rag_query_request_model = cls(
            query=query,
            use_agent_defaults=use_agent_defaults,
        )
        if _missing:
            agent_knowledge_base_rag_query_request_model._missing_fields = _missing
        agent_knowledge_base_rag_query_request_model.additional_properties = d
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
