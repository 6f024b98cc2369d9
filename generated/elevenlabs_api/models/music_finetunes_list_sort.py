from typing import Literal

MusicFinetunesListSort = Literal["created_at", "name"]

MUSIC_FINETUNES_LIST_SORT_VALUES: set[MusicFinetunesListSort] = {
    "created_at",
    "name",
}


def check_music_finetunes_list_sort(value: str) -> MusicFinetunesListSort:
    if value in MUSIC_FINETUNES_LIST_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MUSIC_FINETUNES_LIST_SORT_VALUES!r}")
