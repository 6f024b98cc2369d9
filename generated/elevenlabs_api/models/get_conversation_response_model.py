from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models._literals import GetConversationResponseModelStatus
from ..types import (
    MISSING,
    NOTHING,
    PARSING,
    UNSET,
    Lazy,
    Unset,
    deviating_field,
    expect_array,
    missing_field,
    missing_fields,
    plain_reader,
    read_all,
    read_lazily,
    set_readers,
)

T = TypeVar("T", bound="GetConversationResponseModel")


# Not slotted: a lazy model's fields are filled into its __dict__ as they are read (types.Lazy).
@_attrs_define(slots=False)
class GetConversationResponseModel(Lazy):
    """Attributes:
    agent_id (str):
    conversation_id (str):
    status (GetConversationResponseModelStatus | str):
    transcript (list[ConversationHistoryTranscriptCommonModelOutput]):
    metadata (ConversationHistoryMetadataCommonModel):
    has_audio (bool):
    has_user_audio (bool):
    has_response_audio (bool):
    user_id (None | str | Unset):
    branch_id (None | str | Unset):
    analysis (ConversationHistoryAnalysisCommonModel | None | Unset):
    conversation_initiation_client_data (ConversationInitiationClientDataRequestOutput | Unset):
    """

    agent_id: str

    conversation_id: str

    status: GetConversationResponseModelStatus | str

    transcript: list[ConversationHistoryTranscriptCommonModelOutput]

    metadata: ConversationHistoryMetadataCommonModel

    has_audio: bool

    has_user_audio: bool

    has_response_audio: bool

    user_id: None | str | Unset = UNSET

    branch_id: None | str | Unset = UNSET

    analysis: ConversationHistoryAnalysisCommonModel | None | Unset = UNSET

    conversation_initiation_client_data: ConversationInitiationClientDataRequestOutput | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The required fields the body lacked (they read as None): to_dict() leaves them out, as they came.
    # Only a lazy model can have any (strict parsing refuses such a body); it reads them from its body.
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)
    _required: ClassVar[tuple[str, ...]] = (
        "agent_id",
        "conversation_id",
        "status",
        "transcript",
        "metadata",
        "has_audio",
        "has_user_audio",
        "has_response_audio",
    )

    def to_dict(self) -> dict[str, Any]:
        if self._lazy is not None:
            read_all(self)
        agent_id = self.agent_id

        conversation_id = self.conversation_id

        status: Any
        try:
            if isinstance(self.status, str):
                status = self.status
            else:
                status = self.status

        except (AttributeError, TypeError):
            status = self.status

        transcript: Any
        try:
            transcript = []
            for transcript_item_data in self.transcript:
                transcript_item = transcript_item_data.to_dict()
                transcript.append(transcript_item)

        except (AttributeError, TypeError):
            transcript = self.transcript

        metadata: Any
        try:
            metadata = self.metadata.to_dict()
        except (AttributeError, TypeError):
            metadata = self.metadata

        has_audio = self.has_audio

        has_user_audio = self.has_user_audio

        has_response_audio = self.has_response_audio

        user_id: Any
        try:
            user_id = self.user_id

        except (AttributeError, TypeError):
            user_id = self.user_id

        branch_id: Any
        try:
            branch_id = self.branch_id

        except (AttributeError, TypeError):
            branch_id = self.branch_id

        analysis: Any
        try:
            if isinstance(self.analysis, Unset):
                analysis = UNSET
            elif isinstance(self.analysis, ConversationHistoryAnalysisCommonModel):
                analysis = self.analysis.to_dict()
            else:
                analysis = self.analysis

        except (AttributeError, TypeError):
            analysis = self.analysis

        conversation_initiation_client_data: Any
        try:
            conversation_initiation_client_data = UNSET
            if not isinstance(self.conversation_initiation_client_data, Unset):
                conversation_initiation_client_data = self.conversation_initiation_client_data.to_dict()
        except (AttributeError, TypeError):
            conversation_initiation_client_data = self.conversation_initiation_client_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not None or "agent_id" not in self._missing_fields:
            field_dict["agent_id"] = agent_id
        if conversation_id is not None or "conversation_id" not in self._missing_fields:
            field_dict["conversation_id"] = conversation_id
        if status is not None or "status" not in self._missing_fields:
            field_dict["status"] = status
        if transcript is not None or "transcript" not in self._missing_fields:
            field_dict["transcript"] = transcript
        if metadata is not None or "metadata" not in self._missing_fields:
            field_dict["metadata"] = metadata
        if has_audio is not None or "has_audio" not in self._missing_fields:
            field_dict["has_audio"] = has_audio
        if has_user_audio is not None or "has_user_audio" not in self._missing_fields:
            field_dict["has_user_audio"] = has_user_audio
        if has_response_audio is not None or "has_response_audio" not in self._missing_fields:
            field_dict["has_response_audio"] = has_response_audio
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if branch_id is not UNSET:
            field_dict["branch_id"] = branch_id
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if conversation_initiation_client_data is not UNSET:
            field_dict["conversation_initiation_client_data"] = conversation_initiation_client_data
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):  # a list or a string has no fields
            raise TypeError(f"{cls.__name__} is an object, not a {type(src_dict).__name__}")
        parsing = PARSING.get()
        if parsing is not None and not parsing.strict:
            return read_lazily(cls, src_dict, parsing)
        get_conversation_response_model = cls.__new__(cls)
        get_conversation_response_model.__dict__ = _all_fields(
            cls, src_dict, NOTHING
        )  # what __init__ would set, and the rest
        return get_conversation_response_model

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


_read_agent_id = plain_reader("agent_id", (str,), "a string", True)

_read_conversation_id = plain_reader("conversation_id", (str,), "a string", True)

_read_status = plain_reader("status", (str,), "a string", True)


def _read_transcript(cls: type[GetConversationResponseModel], d: Mapping[str, Any]) -> Any:
    transcript_raw = d.get("transcript", MISSING)
    if transcript_raw is MISSING:
        transcript = missing_field(cls, "transcript")
    else:
        try:
            expect_array("transcript", transcript_raw)
            transcript = []
            _transcript = transcript_raw
            for transcript_item_data in _transcript:
                transcript_item = ConversationHistoryTranscriptCommonModelOutput.from_dict(transcript_item_data)

                transcript.append(transcript_item)
        except (KeyError, TypeError, ValueError, AttributeError):
            transcript = deviating_field(cls, "transcript", transcript_raw)

    return transcript


def _read_metadata(cls: type[GetConversationResponseModel], d: Mapping[str, Any]) -> Any:
    metadata_raw = d.get("metadata", MISSING)
    if metadata_raw is MISSING:
        metadata = missing_field(cls, "metadata")
    else:
        try:
            metadata = ConversationHistoryMetadataCommonModel.from_dict(metadata_raw)
        except (KeyError, TypeError, ValueError, AttributeError):
            metadata = deviating_field(cls, "metadata", metadata_raw)

    return metadata


_read_has_audio = plain_reader("has_audio", (bool,), "a boolean", True)

_read_has_user_audio = plain_reader("has_user_audio", (bool,), "a boolean", True)

_read_has_response_audio = plain_reader("has_response_audio", (bool,), "a boolean", True)

_read_user_id = plain_reader(
    "user_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)

_read_branch_id = plain_reader(
    "branch_id",
    (
        str,
        type(None),
    ),
    "a string or null",
    False,
)


def _read_analysis(cls: type[GetConversationResponseModel], d: Mapping[str, Any]) -> Any:
    analysis_raw = d.get("analysis", UNSET)
    try:

        def _parse_analysis(data: object) -> ConversationHistoryAnalysisCommonModel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data

            if not isinstance(data, dict):
                raise TypeError(f"got {type(data).__name__}")
            analysis_type_0 = ConversationHistoryAnalysisCommonModel.from_dict(data)

            return analysis_type_0

        analysis = _parse_analysis(analysis_raw)
    except (KeyError, TypeError, ValueError, AttributeError):
        analysis = deviating_field(cls, "analysis", analysis_raw)

    return analysis


def _read_conversation_initiation_client_data(cls: type[GetConversationResponseModel], d: Mapping[str, Any]) -> Any:
    conversation_initiation_client_data_raw = d.get("conversation_initiation_client_data", UNSET)
    try:
        _conversation_initiation_client_data = conversation_initiation_client_data_raw
        conversation_initiation_client_data: ConversationInitiationClientDataRequestOutput | Unset
        if isinstance(_conversation_initiation_client_data, Unset):
            conversation_initiation_client_data = UNSET
        else:
            conversation_initiation_client_data = ConversationInitiationClientDataRequestOutput.from_dict(
                _conversation_initiation_client_data
            )
    except (KeyError, TypeError, ValueError, AttributeError):
        conversation_initiation_client_data = deviating_field(
            cls, "conversation_initiation_client_data", conversation_initiation_client_data_raw
        )

    return conversation_initiation_client_data


_FIELDS: frozenset[str] = frozenset(
    (
        "agent_id",
        "conversation_id",
        "status",
        "transcript",
        "metadata",
        "has_audio",
        "has_user_audio",
        "has_response_audio",
        "user_id",
        "branch_id",
        "analysis",
        "conversation_initiation_client_data",
    )
)


def _read_additional_properties(cls: type[GetConversationResponseModel], d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in _FIELDS}


def _all_fields(
    cls: type[GetConversationResponseModel], d: Mapping[str, Any], known: Mapping[str, Any]
) -> dict[str, Any]:
    """Every attribute at once: strict parsing, and a lazy model read whole (types.read_all), which
    passes what it has read as `known`."""
    agent_id = d.get("agent_id", MISSING)
    if agent_id.__class__ is not str:
        agent_id = _read_agent_id(cls, d)

    conversation_id = d.get("conversation_id", MISSING)
    if conversation_id.__class__ is not str:
        conversation_id = _read_conversation_id(cls, d)

    status = d.get("status", MISSING)
    if status.__class__ is not str:
        status = _read_status(cls, d)

    if "transcript" in known:
        transcript = known["transcript"]
    else:
        transcript = _read_transcript(cls, d)

    if "metadata" in known:
        metadata = known["metadata"]
    else:
        metadata = _read_metadata(cls, d)

    has_audio = d.get("has_audio", MISSING)
    if has_audio.__class__ is not bool:
        has_audio = _read_has_audio(cls, d)

    has_user_audio = d.get("has_user_audio", MISSING)
    if has_user_audio.__class__ is not bool:
        has_user_audio = _read_has_user_audio(cls, d)

    has_response_audio = d.get("has_response_audio", MISSING)
    if has_response_audio.__class__ is not bool:
        has_response_audio = _read_has_response_audio(cls, d)

    user_id = d.get("user_id", UNSET)
    if user_id.__class__ is not str and user_id is not None and user_id is not UNSET:
        user_id = _read_user_id(cls, d)

    branch_id = d.get("branch_id", UNSET)
    if branch_id.__class__ is not str and branch_id is not None and branch_id is not UNSET:
        branch_id = _read_branch_id(cls, d)

    if "analysis" in known:
        analysis = known["analysis"]
    else:
        analysis = d.get("analysis", UNSET)
        if analysis is not UNSET and analysis is not None:
            analysis = _read_analysis(cls, d)

    if "conversation_initiation_client_data" in known:
        conversation_initiation_client_data = known["conversation_initiation_client_data"]
    else:
        conversation_initiation_client_data = d.get("conversation_initiation_client_data", UNSET)
        if conversation_initiation_client_data is not UNSET:
            conversation_initiation_client_data = _read_conversation_initiation_client_data(cls, d)

    return {
        "agent_id": agent_id,
        "conversation_id": conversation_id,
        "status": status,
        "transcript": transcript,
        "metadata": metadata,
        "has_audio": has_audio,
        "has_user_audio": has_user_audio,
        "has_response_audio": has_response_audio,
        "user_id": user_id,
        "branch_id": branch_id,
        "analysis": analysis,
        "conversation_initiation_client_data": conversation_initiation_client_data,
        "additional_properties": _read_additional_properties(cls, d),
        "_missing_fields": (),
    }


set_readers(
    GetConversationResponseModel,
    _all_fields,
    {
        "agent_id": _read_agent_id,
        "conversation_id": _read_conversation_id,
        "status": _read_status,
        "transcript": _read_transcript,
        "metadata": _read_metadata,
        "has_audio": _read_has_audio,
        "has_user_audio": _read_has_user_audio,
        "has_response_audio": _read_has_response_audio,
        "user_id": _read_user_id,
        "branch_id": _read_branch_id,
        "analysis": _read_analysis,
        "conversation_initiation_client_data": _read_conversation_initiation_client_data,
        "additional_properties": _read_additional_properties,
        "_missing_fields": missing_fields,
    },
)


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.conversation_history_analysis_common_model import ConversationHistoryAnalysisCommonModel
from ..models.conversation_history_metadata_common_model import ConversationHistoryMetadataCommonModel
from ..models.conversation_history_transcript_common_model_output import ConversationHistoryTranscriptCommonModelOutput
from ..models.conversation_initiation_client_data_request_output import ConversationInitiationClientDataRequestOutput
