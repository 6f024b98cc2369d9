from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class AgentKnowledgeBaseRagQueryRequestModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    query: Query to run against the agent's knowledge base RAG index.
    use_agent_defaults: When true (the default), retrieval uses the agent's own RAG settings, reproducing exactly
        what the agent would retrieve. Set to false to retrieve with neutral default RAG settings instead (the agent's
        embedding model is always kept, since it determines which vector index exists). Useful for auditing the
        knowledge base independently of how a particular agent is tuned. Defaults to True on the server.
    """

    query: str

    use_agent_defaults: bool | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("query", "query", STR, required=True),
        Field("use_agent_defaults", "use_agent_defaults", BOOL),
        Field("additional_properties", None, dict_of(ANY)),
    )
