"""Words for a kind of place are no city: GeoNames lists 'مدينه' (city) and 'المدينة' (the
city) among Medina's names and 'الجزيرة' (the island) among Algiers'; 'the city of X' is X."""

import pytest
from support.inventory_rows import first_event


@pytest.mark.parametrize(
    ("text", "country", "city"),
    [
        ("قتل عشرة أشخاص في انفجار سيارة مفخخة في مدينة كراتشي الباكستانية.", "PK", "Karachi"),
        ("قتل عشرة أشخاص في انفجار سيارة مفخخة بمدينة لاهور.", "PK", "Lahore"),
        ("قتل عشرة أشخاص في انفجار سيارة مفخخة في المدينة المنورة.", "SA", "Madinah"),
    ],
)
def test_the_city_of_x_is_x(tagger, text: str, country: str, city: str) -> None:  # type: ignore[no-untyped-def]
    event = first_event(tagger, text, "ar", "terror_attack")
    assert event.location is not None
    assert (event.location.country, event.location.name) == (country, city)


def test_the_word_city_alone_is_no_place(tagger) -> None:  # type: ignore[no-untyped-def]
    event = first_event(
        tagger, "قتل عشرة أشخاص في انفجار سيارة مفخخة وسط المدينة.", "ar", "terror_attack"
    )
    assert event.location is None or event.location.country != "SA"
