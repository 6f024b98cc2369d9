from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    union,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class WidgetTextContents(Lazy, AdditionalProperties[Any]):
    """Attributes:
    main_label: Call to action displayed inside the compact and full variants.
    start_call: Text and ARIA label for the start call button.
    start_chat: Text and ARIA label for the start chat button (text only)
    new_call: Text and ARIA label for the new call button. Displayed when the caller already finished at least one
        call in order ot start the next one.
    end_call: Text and ARIA label for the end call button.
    mute_microphone: ARIA label for the mute microphone button.
    change_language: ARIA label for the change language dropdown.
    collapse: ARIA label for the collapse button.
    expand: ARIA label for the expand button.
    copied: Text displayed when the user copies a value using the copy button.
    accept_terms: Text and ARIA label for the accept terms button.
    dismiss_terms: Text and ARIA label for the cancel terms button.
    listening_status: Status displayed when the agent is listening.
    speaking_status: Status displayed when the agent is speaking.
    connecting_status: Status displayed when the agent is connecting.
    chatting_status: Status displayed when the agent is chatting (text only)
    input_label: ARIA label for the text message input.
    input_placeholder: Placeholder text for the text message input.
    input_placeholder_text_only: Placeholder text for the text message input (text only)
    input_placeholder_new_conversation: Placeholder text for the text message input when starting a new conversation
        (text only)
    user_ended_conversation: Information message displayed when the user ends the conversation.
    agent_ended_conversation: Information message displayed when the agent ends the conversation.
    conversation_id: Text label used next to the conversation ID.
    error_occurred: Text label used when an error occurs.
    copy_id: Text and ARIA label used for the copy ID button.
    initiate_feedback: Text displayed to prompt the user for feedback.
    request_follow_up_feedback: Text displayed to request additional feedback details.
    thanks_for_feedback: Text displayed to thank the user for providing feedback.
    thanks_for_feedback_details: Additional text displayed explaining the value of user feedback.
    follow_up_feedback_placeholder: Placeholder text for the follow-up feedback input field.
    submit: Text and ARIA label for the submit button.
    go_back: Text and ARIA label for the go back button.
    send_message: Text and ARIA label for the send message button.
    text_mode: Text and ARIA label for the switch to text mode button.
    voice_mode: Text and ARIA label for the switch to voice mode button.
    switched_to_text_mode: Toast notification displayed when switching to text mode.
    switched_to_voice_mode: Toast notification displayed when switching to voice mode.
    copy: Text and ARIA label for the copy button.
    download: Text and ARIA label for the download button.
    wrap: Text and ARIA label for the wrap toggle button.
    agent_working: Status text displayed when the agent is processing a tool call.
    agent_done: Status text displayed when the agent finishes processing a tool call.
    agent_error: Status text displayed when the agent encounters an error during a tool call.
    attach_file: Text and ARIA label for the attach file button.
    remove_file: ARIA label for the remove file button.
    file_upload_error: Error message displayed when a file fails to upload.
    file_type_unsupported: Error message displayed when an unsupported file type is selected. Followed by the list
        of accepted types.
    file_too_large: Error message displayed when a file exceeds the maximum size limit.
    file_limit_reached: Error message displayed when the maximum number of files for a conversation is reached.
    typing_indicator: Status text displayed while the agent is typing.
    """

    main_label: None | str | Unset = UNSET

    start_call: None | str | Unset = UNSET

    start_chat: None | str | Unset = UNSET

    new_call: None | str | Unset = UNSET

    end_call: None | str | Unset = UNSET

    mute_microphone: None | str | Unset = UNSET

    change_language: None | str | Unset = UNSET

    collapse: None | str | Unset = UNSET

    expand: None | str | Unset = UNSET

    copied: None | str | Unset = UNSET

    accept_terms: None | str | Unset = UNSET

    dismiss_terms: None | str | Unset = UNSET

    listening_status: None | str | Unset = UNSET

    speaking_status: None | str | Unset = UNSET

    connecting_status: None | str | Unset = UNSET

    chatting_status: None | str | Unset = UNSET

    input_label: None | str | Unset = UNSET

    input_placeholder: None | str | Unset = UNSET

    input_placeholder_text_only: None | str | Unset = UNSET

    input_placeholder_new_conversation: None | str | Unset = UNSET

    user_ended_conversation: None | str | Unset = UNSET

    agent_ended_conversation: None | str | Unset = UNSET

    conversation_id: None | str | Unset = UNSET

    error_occurred: None | str | Unset = UNSET

    copy_id: None | str | Unset = UNSET

    initiate_feedback: None | str | Unset = UNSET

    request_follow_up_feedback: None | str | Unset = UNSET

    thanks_for_feedback: None | str | Unset = UNSET

    thanks_for_feedback_details: None | str | Unset = UNSET

    follow_up_feedback_placeholder: None | str | Unset = UNSET

    submit: None | str | Unset = UNSET

    go_back: None | str | Unset = UNSET

    send_message: None | str | Unset = UNSET

    text_mode: None | str | Unset = UNSET

    voice_mode: None | str | Unset = UNSET

    switched_to_text_mode: None | str | Unset = UNSET

    switched_to_voice_mode: None | str | Unset = UNSET

    copy: None | str | Unset = UNSET

    download: None | str | Unset = UNSET

    wrap: None | str | Unset = UNSET

    agent_working: None | str | Unset = UNSET

    agent_done: None | str | Unset = UNSET

    agent_error: None | str | Unset = UNSET

    attach_file: None | str | Unset = UNSET

    remove_file: None | str | Unset = UNSET

    file_upload_error: None | str | Unset = UNSET

    file_type_unsupported: None | str | Unset = UNSET

    file_too_large: None | str | Unset = UNSET

    file_limit_reached: None | str | Unset = UNSET

    typing_indicator: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("main_label", "main_label", union(STR, NULL)),
        Field("start_call", "start_call", union(STR, NULL)),
        Field("start_chat", "start_chat", union(STR, NULL)),
        Field("new_call", "new_call", union(STR, NULL)),
        Field("end_call", "end_call", union(STR, NULL)),
        Field("mute_microphone", "mute_microphone", union(STR, NULL)),
        Field("change_language", "change_language", union(STR, NULL)),
        Field("collapse", "collapse", union(STR, NULL)),
        Field("expand", "expand", union(STR, NULL)),
        Field("copied", "copied", union(STR, NULL)),
        Field("accept_terms", "accept_terms", union(STR, NULL)),
        Field("dismiss_terms", "dismiss_terms", union(STR, NULL)),
        Field("listening_status", "listening_status", union(STR, NULL)),
        Field("speaking_status", "speaking_status", union(STR, NULL)),
        Field("connecting_status", "connecting_status", union(STR, NULL)),
        Field("chatting_status", "chatting_status", union(STR, NULL)),
        Field("input_label", "input_label", union(STR, NULL)),
        Field("input_placeholder", "input_placeholder", union(STR, NULL)),
        Field("input_placeholder_text_only", "input_placeholder_text_only", union(STR, NULL)),
        Field("input_placeholder_new_conversation", "input_placeholder_new_conversation", union(STR, NULL)),
        Field("user_ended_conversation", "user_ended_conversation", union(STR, NULL)),
        Field("agent_ended_conversation", "agent_ended_conversation", union(STR, NULL)),
        Field("conversation_id", "conversation_id", union(STR, NULL)),
        Field("error_occurred", "error_occurred", union(STR, NULL)),
        Field("copy_id", "copy_id", union(STR, NULL)),
        Field("initiate_feedback", "initiate_feedback", union(STR, NULL)),
        Field("request_follow_up_feedback", "request_follow_up_feedback", union(STR, NULL)),
        Field("thanks_for_feedback", "thanks_for_feedback", union(STR, NULL)),
        Field("thanks_for_feedback_details", "thanks_for_feedback_details", union(STR, NULL)),
        Field("follow_up_feedback_placeholder", "follow_up_feedback_placeholder", union(STR, NULL)),
        Field("submit", "submit", union(STR, NULL)),
        Field("go_back", "go_back", union(STR, NULL)),
        Field("send_message", "send_message", union(STR, NULL)),
        Field("text_mode", "text_mode", union(STR, NULL)),
        Field("voice_mode", "voice_mode", union(STR, NULL)),
        Field("switched_to_text_mode", "switched_to_text_mode", union(STR, NULL)),
        Field("switched_to_voice_mode", "switched_to_voice_mode", union(STR, NULL)),
        Field("copy", "copy", union(STR, NULL)),
        Field("download", "download", union(STR, NULL)),
        Field("wrap", "wrap", union(STR, NULL)),
        Field("agent_working", "agent_working", union(STR, NULL)),
        Field("agent_done", "agent_done", union(STR, NULL)),
        Field("agent_error", "agent_error", union(STR, NULL)),
        Field("attach_file", "attach_file", union(STR, NULL)),
        Field("remove_file", "remove_file", union(STR, NULL)),
        Field("file_upload_error", "file_upload_error", union(STR, NULL)),
        Field("file_type_unsupported", "file_type_unsupported", union(STR, NULL)),
        Field("file_too_large", "file_too_large", union(STR, NULL)),
        Field("file_limit_reached", "file_limit_reached", union(STR, NULL)),
        Field("typing_indicator", "typing_indicator", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )
