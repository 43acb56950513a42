"""Russian: the core types and more; names in their case forms; hard negatives."""

import pytest

from eventwatch.models import Article

POSITIVES = [
    ("В результате теракта на рынке в центре Кабула погибли двенадцать человек.",
     "terror_attack"),
    ("Смертник взорвал себя у входа в полицейский участок.", "terror_attack"),
    ("Группировка «Исламское государство» взяла на себя ответственность за нападение.",
     "responsibility_claim"),
    ("ФСБ предотвратила теракт и задержала троих сторонников запрещённой террористической "
     "организации.", "terror_plot_foiled"),
    ("Власти ввели режим контртеррористической операции в трёх районах города.",
     "terror_alert"),
    ("Российская авиация нанесла авиаудары по позициям боевиков под Идлибом.",
     "military_action"),
    ("Ракетный удар по Харькову унёс жизни трёх человек.", "military_action"),
    ("Армия обстреляла пригороды из артиллерии, погибли пятеро мирных жителей.",
     "military_action"),
    ("Тысячи людей вышли на улицы Белграда в знак протеста против фальсификации выборов.",
     "protest"),
    ("Учителя объявили бессрочную забастовку.", "protest"),
    ("Франция предложила России провести переговоры о прекращении огня.",
     "diplomatic_proposal"),
    ("Президент Казахстана встретился с председателем КНР в Пекине.", "diplomatic_meeting"),
    ("Израиль и ХАМАС договорились о перемирии при посредничестве Египта.", "agreement"),
    ("Китай обвинил США во вмешательстве во внутренние дела страны.", "accusation"),
    ("Северная Корея пригрозила Южной Корее ответными мерами из-за учений.", "threat"),
    ("Евросоюз ввёл новые санкции против российских банков.", "sanctions"),
    ("В Москве задержаны трое предполагаемых членов ИГИЛ.", "terror_plot_foiled"),
]  # fmt: skip

NEGATIVES = [
    ("Нападающий забил два гола, и команда провела ещё одну атаку в конце матча.",
     {"terror_attack", "military_action"}),
    ("Компания предложила акционерам слияние с конкурентом.", {"diplomatic_proposal"}),
    ("Министр опроверг сообщения о террористической угрозе городу.", {"terror_alert"}),
    ("Его доставили в больницу с сердечным приступом.", {"terror_attack", "military_action"}),
    ("Суд обвинил мужчину в краже автомобиля.", {"accusation"}),
    ("Двое мужчин, подозреваемых в подготовке теракта, задержаны в Казани.",
     {"terror_attack"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "ru")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "ru") & wrong


def test_case_forms_name_actors_and_place(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "Франция предложила России посредничество. Теракт произошёл в Москве."
    events = {e.type: e for e in tagger.tag(Article(id="r", text=text, language="ru"))}
    proposal = events["diplomatic_proposal"]
    assert proposal.actors.source[0].country == "FR"
    assert proposal.actors.target[0].country == "RU"
    assert events["terror_attack"].location.name == "Moscow"


def test_highest_alert_level_is_critical(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "Власти Франции повысили уровень террористической угрозы до максимального."
    events = tagger.tag(Article(id="l", text=text, language="ru"))
    alert = next(e for e in events if e.type == "terror_alert")
    assert alert.threat_level.normalized == "critical"
    assert alert.location.country == "FR"


def test_denied_attack_is_negated(tagger) -> None:  # type: ignore[no-untyped-def]
    events = tagger.tag(
        Article(id="n", text="Министр опроверг сообщения о теракте в столице.", language="ru")
    )
    assert events and all(e.modality == "negated" for e in events)
