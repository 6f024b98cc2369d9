from typing import Literal

ProjectCreationMetaType = Literal["auto_assign_voices", "blank", "dub_video", "generate_podcast", "import_speech"]

PROJECT_CREATION_META_TYPE_VALUES: set[ProjectCreationMetaType] = {
    "auto_assign_voices",
    "blank",
    "dub_video",
    "generate_podcast",
    "import_speech",
}


def check_project_creation_meta_type(value: str) -> ProjectCreationMetaType:
    if value in PROJECT_CREATION_META_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_CREATION_META_TYPE_VALUES!r}")
