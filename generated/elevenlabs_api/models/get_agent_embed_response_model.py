from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._tables import (
    ANY,
    BOOL,
    INT,
    NULL,
    STR,
    AdditionalProperties,
    Field,
    Lazy,
    dict_of,
    list_of,
    literal,
    object_of,
    union,
)
from ..models._literals import (
    EmbedVariant,
    WidgetConfigResponseSyntaxHighlightThemeType0,
    WidgetExpandable,
    WidgetFeedbackMode,
    WidgetPlacement,
)
from ..types import UNSET, Unset


@_attrs_define(slots=False)
class GetAgentEmbedResponseModel(Lazy, AdditionalProperties[Any]):
    """Attributes:
    widget_config:  Example: {'file_input_config': {'enabled': False, 'max_files_in_memory': 10,
        'max_files_per_conversation': 10}, 'first_message': 'Hello! How can I help you today?', 'language': 'en',
        'language_presets': {}, 'supported_language_overrides': ['es', 'fr'], 'supports_text_only': True, 'text_only':
        False, 'use_rtc': False}.
    """

    agent_id: str

    widget_config: WidgetConfigResponse

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("agent_id", "agent_id", STR, required=True),
        Field("widget_config", "widget_config", object_of("WidgetConfigResponse"), required=True),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WidgetConfigResponse(Lazy, AdditionalProperties[Any]):
    """Example:
        {'file_input_config': {'enabled': False, 'max_files_in_memory': 10, 'max_files_per_conversation': 10},
        'first_message': 'Hello! How can I help you today?', 'language': 'en', 'language_presets': {},
        'supported_language_overrides': ['es', 'fr'], 'supports_text_only': True, 'text_only': False, 'use_rtc': False}

    Attributes:
        variant: The variant of the widget Defaults to 'full' on the server.
        placement: The placement of the widget on the screen Defaults to 'bottom-right' on the server.
        expandable: Whether the widget is expandable Defaults to 'never' on the server.
        avatar: The avatar of the widget
        feedback_mode: The feedback mode of the widget Defaults to 'none' on the server.
        end_feedback: Configuration for feedback collected at the end of the conversation
        bg_color: The background color of the widget Defaults to '#ffffff' on the server.
        text_color: The text color of the widget Defaults to '#000000' on the server.
        btn_color: The button color of the widget Defaults to '#000000' on the server.
        btn_text_color: The button text color of the widget Defaults to '#ffffff' on the server.
        border_color: The border color of the widget Defaults to '#e1e1e1' on the server.
        focus_color: The focus color of the widget Defaults to '#000000' on the server.
        border_radius: The border radius of the widget
        btn_radius: The button radius of the widget
        action_text: The action text of the widget
        start_call_text: The start call text of the widget
        end_call_text: The end call text of the widget
        expand_text: The expand text of the widget
        listening_text: The text to display when the agent is listening
        speaking_text: The text to display when the agent is speaking
        shareable_page_text: The text to display when sharing
        shareable_page_show_terms: Whether to show terms and conditions on the shareable page Defaults to True on the
            server.
        terms_text: The text to display for terms and conditions
        terms_html: The HTML to display for terms and conditions
        terms_key: The key to display for terms and conditions
        show_avatar_when_collapsed: Whether to show the avatar when the widget is collapsed Defaults to False on the
            server.
        disable_banner: Whether to disable the banner Defaults to False on the server.
        override_link: The override link for the widget
        markdown_link_allowed_hosts: List of allowed hostnames for clickable markdown links. Use { hostname: '*' } to
            allow any domain. Empty means no links are allowed.
        markdown_link_include_www: Whether to automatically include www. variants of allowed hosts Defaults to True on
            the server.
        markdown_link_allow_http: Whether to allow http:// in addition to https:// for allowed hosts Defaults to True on
            the server.
        mic_muting_enabled: Whether to enable mic muting Defaults to True on the server.
        transcript_enabled: Whether the widget should show the conversation transcript as it goes on Defaults to True on
            the server.
        text_input_enabled: Whether the user should be able to send text messages Defaults to True on the server.
        conversation_mode_toggle_enabled: Whether to enable the conversation mode toggle in the widget Defaults to False
            on the server.
        default_expanded: Whether the widget should be expanded by default Defaults to False on the server.
        always_expanded: Whether the widget should always be expanded Defaults to False on the server.
        dismissible: Whether the widget can be dismissed by the user Defaults to False on the server.
        show_agent_status: Whether to show agent working/done/error status during tool use Defaults to False on the
            server.
        show_conversation_id: Whether to show the conversation ID after disconnection. Defaults to True on the server.
        strip_audio_tags: Whether to strip audio markup from messages. Defaults to True on the server.
        syntax_highlight_theme: Theme for code block syntax highlighting. Defaults to auto-detection by the widget when
            not set.
        show_resize_button: Whether to show the resize button Defaults to True on the server.
        language_presets: Language presets for the widget
        text_only: Whether the agent uses text-only mode Defaults to False on the server.
        supports_text_only: Whether the agent can be switched to text-only mode Defaults to False on the server.
        use_rtc: Whether to use WebRTC for conversation connections
    """

    language: str

    variant: EmbedVariant | str | Unset = UNSET

    placement: str | Unset | WidgetPlacement = UNSET

    expandable: str | Unset | WidgetExpandable = UNSET

    avatar: ImageAvatar | OrbAvatar | UnknownVariant | Unset | UrlAvatar = UNSET

    feedback_mode: str | Unset | WidgetFeedbackMode = UNSET

    end_feedback: None | Unset | WidgetEndFeedbackConfig = UNSET

    bg_color: str | Unset = UNSET

    text_color: str | Unset = UNSET

    btn_color: str | Unset = UNSET

    btn_text_color: str | Unset = UNSET

    border_color: str | Unset = UNSET

    focus_color: str | Unset = UNSET

    border_radius: int | None | Unset = UNSET

    btn_radius: int | None | Unset = UNSET

    action_text: None | str | Unset = UNSET

    start_call_text: None | str | Unset = UNSET

    end_call_text: None | str | Unset = UNSET

    expand_text: None | str | Unset = UNSET

    listening_text: None | str | Unset = UNSET

    speaking_text: None | str | Unset = UNSET

    shareable_page_text: None | str | Unset = UNSET

    shareable_page_show_terms: bool | Unset = UNSET

    terms_text: None | str | Unset = UNSET

    terms_html: None | str | Unset = UNSET

    terms_key: None | str | Unset = UNSET

    show_avatar_when_collapsed: bool | None | Unset = UNSET

    disable_banner: bool | Unset = UNSET

    override_link: None | str | Unset = UNSET

    markdown_link_allowed_hosts: list[AllowlistItem] | Unset = UNSET

    markdown_link_include_www: bool | Unset = UNSET

    markdown_link_allow_http: bool | Unset = UNSET

    mic_muting_enabled: bool | Unset = UNSET

    transcript_enabled: bool | Unset = UNSET

    text_input_enabled: bool | Unset = UNSET

    conversation_mode_toggle_enabled: bool | Unset = UNSET

    default_expanded: bool | Unset = UNSET

    always_expanded: bool | Unset = UNSET

    dismissible: bool | Unset = UNSET

    show_agent_status: bool | Unset = UNSET

    show_conversation_id: bool | Unset = UNSET

    strip_audio_tags: bool | Unset = UNSET

    syntax_highlight_theme: None | str | Unset | WidgetConfigResponseSyntaxHighlightThemeType0 = UNSET

    text_contents: WidgetTextContents | Unset = UNSET

    styles: WidgetStyles | Unset = UNSET

    show_resize_button: bool | Unset = UNSET

    supported_language_overrides: list[str] | None | Unset = UNSET

    language_presets: WidgetConfigResponseLanguagePresets | Unset = UNSET

    text_only: bool | Unset = UNSET

    supports_text_only: bool | Unset = UNSET

    first_message: None | str | Unset = UNSET

    use_rtc: bool | None | Unset = UNSET

    file_input_config: FileInputConfig | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _missing_fields: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False, eq=False)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("language", "language", STR, required=True),
        Field("variant", "variant", union(literal("EmbedVariant"), STR)),
        Field("placement", "placement", union(literal("WidgetPlacement"), STR)),
        Field("expandable", "expandable", union(literal("WidgetExpandable"), STR)),
        Field(
            "avatar",
            "avatar",
            union(
                object_of("OrbAvatar"), object_of("UrlAvatar"), object_of("ImageAvatar"), object_of("UnknownVariant")
            ),
        ),
        Field("feedback_mode", "feedback_mode", union(literal("WidgetFeedbackMode"), STR)),
        Field("end_feedback", "end_feedback", union(object_of("WidgetEndFeedbackConfig"), NULL)),
        Field("bg_color", "bg_color", STR),
        Field("text_color", "text_color", STR),
        Field("btn_color", "btn_color", STR),
        Field("btn_text_color", "btn_text_color", STR),
        Field("border_color", "border_color", STR),
        Field("focus_color", "focus_color", STR),
        Field("border_radius", "border_radius", union(INT, NULL)),
        Field("btn_radius", "btn_radius", union(INT, NULL)),
        Field("action_text", "action_text", union(STR, NULL)),
        Field("start_call_text", "start_call_text", union(STR, NULL)),
        Field("end_call_text", "end_call_text", union(STR, NULL)),
        Field("expand_text", "expand_text", union(STR, NULL)),
        Field("listening_text", "listening_text", union(STR, NULL)),
        Field("speaking_text", "speaking_text", union(STR, NULL)),
        Field("shareable_page_text", "shareable_page_text", union(STR, NULL)),
        Field("shareable_page_show_terms", "shareable_page_show_terms", BOOL),
        Field("terms_text", "terms_text", union(STR, NULL)),
        Field("terms_html", "terms_html", union(STR, NULL)),
        Field("terms_key", "terms_key", union(STR, NULL)),
        Field("show_avatar_when_collapsed", "show_avatar_when_collapsed", union(BOOL, NULL)),
        Field("disable_banner", "disable_banner", BOOL),
        Field("override_link", "override_link", union(STR, NULL)),
        Field("markdown_link_allowed_hosts", "markdown_link_allowed_hosts", list_of(object_of("AllowlistItem"))),
        Field("markdown_link_include_www", "markdown_link_include_www", BOOL),
        Field("markdown_link_allow_http", "markdown_link_allow_http", BOOL),
        Field("mic_muting_enabled", "mic_muting_enabled", BOOL),
        Field("transcript_enabled", "transcript_enabled", BOOL),
        Field("text_input_enabled", "text_input_enabled", BOOL),
        Field("conversation_mode_toggle_enabled", "conversation_mode_toggle_enabled", BOOL),
        Field("default_expanded", "default_expanded", BOOL),
        Field("always_expanded", "always_expanded", BOOL),
        Field("dismissible", "dismissible", BOOL),
        Field("show_agent_status", "show_agent_status", BOOL),
        Field("show_conversation_id", "show_conversation_id", BOOL),
        Field("strip_audio_tags", "strip_audio_tags", BOOL),
        Field(
            "syntax_highlight_theme",
            "syntax_highlight_theme",
            union(literal("WidgetConfigResponseSyntaxHighlightThemeType0"), NULL, STR),
        ),
        Field("text_contents", "text_contents", object_of("WidgetTextContents")),
        Field("styles", "styles", object_of("WidgetStyles")),
        Field("show_resize_button", "show_resize_button", BOOL),
        Field("supported_language_overrides", "supported_language_overrides", union(list_of(STR), NULL)),
        Field("language_presets", "language_presets", object_of("WidgetConfigResponseLanguagePresets")),
        Field("text_only", "text_only", BOOL),
        Field("supports_text_only", "supports_text_only", BOOL),
        Field("first_message", "first_message", union(STR, NULL)),
        Field("use_rtc", "use_rtc", union(BOOL, NULL)),
        Field("file_input_config", "file_input_config", object_of("FileInputConfig")),
        Field("additional_properties", None, dict_of(ANY)),
    )


@_attrs_define(slots=False)
class WidgetConfigResponseLanguagePresets(Lazy, AdditionalProperties["WidgetLanguagePresetResponse"]):
    """Language presets for the widget"""

    additional_properties: dict[str, WidgetLanguagePresetResponse] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("additional_properties", None, dict_of(object_of("WidgetLanguagePresetResponse"))),
    )


@_attrs_define(slots=False)
class WidgetLanguagePresetResponse(Lazy, AdditionalProperties[Any]):
    """Attributes:
    text_contents: The text contents for the selected language
    terms_text: The text to display for terms and conditions in this language
    terms_html: The HTML to display for terms and conditions in this language
    terms_key: The key to display for terms and conditions in this language
    """

    first_message: None | str | Unset = UNSET

    text_contents: None | Unset | WidgetTextContents = UNSET

    terms_text: None | str | Unset = UNSET

    terms_html: None | str | Unset = UNSET

    terms_key: None | str | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _FIELDS_TABLE: ClassVar[tuple[Field, ...]] = (
        Field("first_message", "first_message", union(STR, NULL)),
        Field("text_contents", "text_contents", union(object_of("WidgetTextContents"), NULL)),
        Field("terms_text", "terms_text", union(STR, NULL)),
        Field("terms_html", "terms_html", union(STR, NULL)),
        Field("terms_key", "terms_key", union(STR, NULL)),
        Field("additional_properties", None, dict_of(ANY)),
    )


# Imported after the class: a nested model may import this module back (recursive schemas).
from ..models.allowlist_item import AllowlistItem
from ..models.file_input_config import FileInputConfig
from ..models.image_avatar import ImageAvatar
from ..models.orb_avatar import OrbAvatar
from ..models.unknown_variant import UnknownVariant
from ..models.url_avatar import UrlAvatar
from ..models.widget_end_feedback_config import WidgetEndFeedbackConfig
from ..models.widget_styles import WidgetStyles
from ..models.widget_text_contents import WidgetTextContents
