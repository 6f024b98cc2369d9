"""The generated history items."""

from __future__ import annotations

from collections.abc import Sequence

from ._ids import _Json, _number, _token

_NEWEST_ITEM_UNIX = 1747305902  # 2025-05-15, the date of the vendor examples in tests/payloads
_ITEM_SPACING = 1800  # seconds between items; the jitter stays below half of it, so dates strictly decrease

_VOICES = [
    ("21m00Tcm4TlvDq8ikWAM", "Rachel", "premade"),
    ("pNInz6obpgDQGcFmaJgB", "Adam", "premade"),
    ("EXAVITQu4vr4xnSDxMaL", "Sarah", "premade"),
    ("Xb7hH8MSUJpSbSDYk0k2", "Alice (my clone)", "cloned"),
    ("pqHfZKP75CvOlQylNhV4", "Bill (Narrator)", "professional"),
    ("g5CIjZEefAph4nQFvHAz", "Ethan - Documentary", "professional"),
]
_GENERATED_VOICE = ("nzFihrBIvB34imQBuxub", "Grizzled sea captain", "generated")

# One entry per position in a cycle, so any 20 consecutive items hold every source (and a null one).
_SOURCES: list[str | None] = [
    "TTS", "STS", "TTS", "Projects", "TTS", "ConvAI", "TTS", "PD", "STS", "TTS",
    "AN", "TTS", "Dubbing", "TTS", "PlayAPI", "TTS", "VoiceGeneration", "TTS", None, "TTS",
]  # fmt: skip

_MODELS: dict[str | None, list[str | None]] = {
    "TTS": ["eleven_multilingual_v2", "eleven_turbo_v2_5", "eleven_flash_v2_5", "eleven_v3"],
    "STS": ["eleven_multilingual_sts_v2", "eleven_english_sts_v2"],
    "Projects": ["eleven_multilingual_v2"],
    "PD": ["eleven_flash_v2_5", "eleven_turbo_v2_5"],
    "AN": ["eleven_turbo_v2_5"],
    "Dubbing": ["eleven_multilingual_v2", None],
    "PlayAPI": ["eleven_multilingual_v2"],
    "ConvAI": ["eleven_flash_v2", "eleven_flash_v2_5"],
    "VoiceGeneration": ["eleven_ttv_v3"],
    None: [None, "eleven_multilingual_v2"],
}

_TEXTS: dict[str | None, list[str | None]] = {
    "TTS": [
        "Hi there.",
        "Thanks for calling Harbor Dental. Our office hours are eight to five, Monday through Friday.",
        "Your order has shipped and should arrive on Thursday.",
        "Welcome to the onboarding course. In this first lesson we cover the basics.",
        "The lighthouse on Gull Point has guided ships since eighteen ninety-two.",
        "Press one for billing, two for technical support, or stay on the line for an operator.",
        "Today's forecast: light rain in the morning, clearing by the afternoon.",
        "Once upon a time, in a village at the edge of the forest, there lived a clockmaker.",
        "Your verification code is four, seven, two, nine.",
        "Take the second exit at the roundabout, then continue for two miles.",
    ],
    "STS": [None],  # speech to speech has no text
    "Projects": [
        "Chapter three. The lighthouse keeper had not seen a ship in eleven days.",
        "Chapter four. Fog rolled over the harbor before dawn.",
        "Chapter one. Mara found the map folded inside an old atlas.",
    ],
    "PD": [
        "Please call us at one eight hundred, five five five, zero one nine nine.",
        "Our CEO, Siobhan Nguyen, will join the call.",
    ],
    "AN": [
        "Welcome back to the Tuesday edition of the Harbor Town Gazette.",
        "This article is also available as audio.",
    ],
    "Dubbing": ["Bienvenidos a nuestro canal.", "Merci d'avoir regardé cette vidéo.", "Willkommen zurück!"],
    "PlayAPI": ["This audio was generated from an embedded player."],
    "ConvAI": ["Your order has shipped and should arrive on Thursday.", "I can help you reschedule that appointment."],
    "VoiceGeneration": ["Aye, the fog rolls in thick this time of year."],
    None: ["Testing, testing, one two three.", None],
}

_DIALOGUES = [
    [
        ("[excited] Did you see the launch last night?", "9BWtsMINqrJLrRacOk9x", "Aria"),
        ("[sighs] I fell asleep before the countdown.", "IKne3meq5aSn9XLyUdCD", "Charlie"),
    ],
    [
        ("Welcome to the show. Today: the lighthouses of the northern coast.", "JBFqnCBsd6RMkjVDRZzb", "George"),
        ("[laughs] My favourite topic.", "XrExE9yKIg1WjnnlVkGX", "Matilda"),
        ("Let's start with Gull Point.", "JBFqnCBsd6RMkjVDRZzb", "George"),
    ],
]


def _alignment(characters: list[str], seed: int, start: float = 0.0) -> _Json:
    starts, ends, t = [], [], start
    for k in range(len(characters)):
        starts.append(round(t, 3))
        t += 0.046 + 0.012 * ((seed >> (k % 60)) & 3)
        ends.append(round(t, 3))
    return {"characters": characters, "character_start_times_seconds": starts, "character_end_times_seconds": ends}


def _history_item(i: int) -> _Json:
    """The i-th newest item; its character counts are filled in by _history, since they run across items."""
    seed = f"history/{i}"
    h = _number(seed)
    source = _SOURCES[i % len(_SOURCES)]
    voice_id, voice_name, category = _GENERATED_VOICE if source == "VoiceGeneration" else _VOICES[h % len(_VOICES)]
    model = _MODELS[source][(h >> 8) % len(_MODELS[source])]
    text = _TEXTS[source][(h >> 12) % len(_TEXTS[source])]
    item: _Json = {
        "history_item_id": _token(seed),
        "request_id": _token(seed + "/request") if (h >> 16) % 9 else None,
        "voice_id": voice_id,
        "model_id": model,
        "voice_name": voice_name,
        "voice_category": category,
        "text": text,
        "date_unix": _NEWEST_ITEM_UNIX - i * _ITEM_SPACING - (h >> 20) % (_ITEM_SPACING // 2),
        "character_count_change_from": 0,
        "character_count_change_to": 0,
        "content_type": "audio/mpeg",
        "state": "created",
        "settings": {
            "stability": round(0.3 + ((h >> 32) % 50) / 100, 2),
            "similarity_boost": 0.75,
            "style": 0.0,
            "use_speaker_boost": bool((h >> 38) & 1),
            "speed": 1.0,
        },
        "feedback": None,
        "share_link_id": None,
        "source": source,
        "alignments": None,
        "dialogue": None,
    }
    if (h >> 40) % 29 == 0:  # a voice deleted since keeps its id but loses its name and category
        item.update(voice_name=None, voice_category=None)
    if model == "eleven_v3" and (h >> 45) & 1:  # text-to-dialogue: the top-level text and voice are empty
        lines = _DIALOGUES[(h >> 46) % len(_DIALOGUES)]
        item.update(text=None, voice_id=None, voice_name=None, voice_category=None)
        item["dialogue"] = [{"text": t, "voice_id": v, "voice_name": n} for t, v, n in lines]
    if source == "STS":
        item.update(state=None, settings={"stability": 0.5, "similarity_boost": 0.75, "remove_background_noise": False})
    elif source == "Projects":
        item["state"] = {"project_id": _token(seed + "/project"), "chapter_id": _token(seed + "/chapter")}
    elif source == "VoiceGeneration":
        item.update(state={"generated_voice_id": _token(seed + "/voice")}, settings={})
    if i % 23 == 7:
        item["settings"] = None
    if source == "TTS" and item["text"] and (h >> 48) % 4 == 0:
        chars = list(item["text"])
        item["alignments"] = {
            "alignment": _alignment(chars, h),
            "normalized_alignment": _alignment([" ", *chars, " "], h, start=0.0),
        }
    if (h >> 52) % 14 == 0:
        liked = bool((h >> 56) & 1)
        item["feedback"] = {
            "thumbs_up": liked,
            "feedback": "Warm and natural." if liked else "Small click at the very end of the clip.",
            "emotions": liked,
            "inaccurate_clone": False,
            "glitches": not liked,
            "audio_quality": liked,
            "other": False,
            "review_status": "reviewed" if (h >> 57) & 1 else "not_reviewed",
        }
    if (h >> 58) % 12 == 0:
        item["share_link_id"] = "sl_" + _token(seed + "/share", 16)
    return item


def _history(n: int, ids: Sequence[str] = ()) -> list[_Json]:
    items = [_history_item(i) for i in range(n)]
    for item, item_id in zip(items, ids, strict=False):  # the newest items take the ids a caller names
        item["history_item_id"] = item_id
    count = 10_000
    for item in reversed(items):  # the account's character counter only grows, oldest item first
        spoken = item["text"] or "".join(line["text"] for line in item["dialogue"] or [])
        item["character_count_change_from"] = count
        count += 0 if item["source"] == "STS" else len(spoken)
        item["character_count_change_to"] = count
    return items


def _generated_item(item_id: str, voice_id: str | None, text: str, model_id: str | None, date_unix: int) -> _Json:
    """The item a text to speech call adds to the history (the newest; its counts are set when added)."""
    voice = next((v for v in _VOICES if v[0] == voice_id), (voice_id, None, None))
    return {
        "history_item_id": item_id,
        "request_id": None,
        "voice_id": voice_id,
        "model_id": model_id,
        "voice_name": voice[1],
        "voice_category": voice[2],
        "text": text,
        "date_unix": date_unix,
        "character_count_change_from": 0,
        "character_count_change_to": 0,
        "content_type": "audio/mpeg",
        "state": "created",
        "settings": None,
        "feedback": None,
        "share_link_id": None,
        "source": "TTS",
        "alignments": None,
        "dialogue": None,
    }
