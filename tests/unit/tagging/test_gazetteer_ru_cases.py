"""Russian names in their case forms, stressed endings and е printed for ё."""

import pytest
import spacy

from eventwatch.tagging.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def found():  # type: ignore[no-untyped-def]
    nlp = spacy.blank("ru")
    gazetteer = Gazetteer(nlp)

    def run(text: str) -> set[tuple[str, str | None]]:
        doc = nlp(text)
        return {(doc.text[m.start : m.end], m.entity.country) for m in gazetteer.mentions(doc[:])}

    return run


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Вашингтон провёл консультации с Кремлём.", "Кремлём", "RU"),
        ("Переговоры с Кремлем продолжатся.", "Кремлем", "RU"),
        ("Граница с Израилем закрыта.", "Израилем", "IL"),
        ("Встреча прошла в Москве.", "Москве", "RU"),
    ],
)
def test_case_forms_are_found(found, text: str, surface: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert (surface, country) in found(text)


def test_a_name_written_with_yo_is_also_found_with_e(found) -> None:  # type: ignore[no-untyped-def]
    # pycountry spells it 'Объединённые Арабские Эмираты'; no list names it with е
    name = "Объединенные Арабские Эмираты"
    assert (name, "AE") in found(f"{name} ответили.")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("МИД РФ выступил с заявлением.", "РФ", "RU"),
        ("Представитель Белого дома ответил журналистам.", "Белого дома", "US"),
        ("Глава Пентагона прибыл в Токио.", "Пентагона", "US"),
        ("В Госдепе заявили о поддержке.", "Госдепе", "US"),
    ],
)
def test_seats_of_power_stand_for_their_state(found, text: str, surface: str, country: str) -> None:  # type: ignore[no-untyped-def]
    assert (surface, country) in found(text)
