from typing import Literal

DirectPublishingReadResponseModelGenreType0ItemType0 = Literal[
    "Action and Adventure",
    "Biography and Memoir",
    "Business and Economics",
    "Children's Literature",
    "Christian & Inspirational",
    "Dystopia",
    "Education and Learning",
    "Fairy Tales and Folklore",
    "Fan Fiction",
    "Fantasy",
    "General Fiction",
    "Health and Wellness",
    "Historical Fiction",
    "History",
    "Horror",
    "Humor",
    "Literary Classics",
    "Mystery and Thriller",
    "Other",
    "Philosophy",
    "Poetry",
    "Politics and Government",
    "Psychology",
    "Romance",
    "Science and Nature",
    "Science Fiction",
    "Self-Help",
    "Spirituality and Religion",
    "Technology",
    "Travel",
    "True Crime",
    "Young Adult",
]

DIRECT_PUBLISHING_READ_RESPONSE_MODEL_GENRE_TYPE_0_ITEM_TYPE_0_VALUES: set[
    DirectPublishingReadResponseModelGenreType0ItemType0
] = {
    "Action and Adventure",
    "Biography and Memoir",
    "Business and Economics",
    "Children's Literature",
    "Christian & Inspirational",
    "Dystopia",
    "Education and Learning",
    "Fairy Tales and Folklore",
    "Fan Fiction",
    "Fantasy",
    "General Fiction",
    "Health and Wellness",
    "Historical Fiction",
    "History",
    "Horror",
    "Humor",
    "Literary Classics",
    "Mystery and Thriller",
    "Other",
    "Philosophy",
    "Poetry",
    "Politics and Government",
    "Psychology",
    "Romance",
    "Science and Nature",
    "Science Fiction",
    "Self-Help",
    "Spirituality and Religion",
    "Technology",
    "Travel",
    "True Crime",
    "Young Adult",
}


def check_direct_publishing_read_response_model_genre_type_0_item_type_0(
    value: str,
) -> DirectPublishingReadResponseModelGenreType0ItemType0:
    if value in DIRECT_PUBLISHING_READ_RESPONSE_MODEL_GENRE_TYPE_0_ITEM_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DIRECT_PUBLISHING_READ_RESPONSE_MODEL_GENRE_TYPE_0_ITEM_TYPE_0_VALUES!r}"
    )
