"""The error kinds issue 12 saw on unseen news, in Russian news style: for each kind the
phrasings the tagger must read and the hard negatives it must leave alone (other senses,
non-political domains, sibling types, background, negation and hypothesis). Texts written for
this test."""

import pytest
from support.inventory_rows import Row, check_row, no, yes

KINDS: dict[str, list[Row]] = {
    "phrasing": [
        yes("Боевики «Аш-Шабаб» казнили пятерых жителей деревни, обвинив их в шпионаже.",
            "terror_attack"),
        yes("Исламисты лишили жизни троих сельских учителей на северо-востоке Нигерии.",
            "terror_attack"),
        yes("Полувоенные формирования расстреляли группу крестьян на юге Колумбии.",
            "terror_attack"),
        yes("Оппозиционному депутату угрожают расправой.", "threat"),
        yes("В МИД Франции назвали выборы в Венесуэле фарсом.", "accusation"),
        yes("В Стамбуле поймали подозреваемых в подготовке теракта.", "terror_plot_foiled"),
        yes("Двоим мужчинам предъявили обвинения в организации взрыва в метро.",
            "terror_plot_foiled", absent=("terror_attack", "accusation")),
        yes("Евросоюз призвал Сербию и Косово вернуться к диалогу.", "diplomatic_proposal"),
        yes("Поезд Москва — Петербург остановили и эвакуировали после сообщения о минировании.",
            "terror_alert"),
        yes("Самолёт «Аэрофлота» развернули в аэропорт вылета из-за угрозы взрыва.",
            "terror_alert"),
        yes("В Брюсселе закрыли станции метро из-за угрозы теракта.", "terror_alert"),
        no("Певица назвала критику своего клипа фантазией завистников.", "accusation"),
    ],
    "sense": [
        yes("Израиль нанёс удары по позициям «Хезболлы» на юге Ливана.", "military_action"),
        no("Боксёр нанёс сопернику серию ударов в третьем раунде.", "military_action"),
        no("Синоптики пообещали москвичам аномальную жару.", "diplomatic_proposal"),
        no("Профсоюз шахтёров объявил о готовности к забастовке.", "terror_alert",
           "diplomatic_proposal"),
        yes("Россия демонстрирует готовность к диалогу с Вашингтоном.", "diplomatic_proposal",
            absent=("protest",)),
        no("Президент продемонстрировал решимость продолжать реформы.", "protest"),
        no("Альпинисты начали штурм вершины Эвереста.", "military_action"),
    ],
    "domain": [
        no("Бывшему губернатору предъявили обвинение в растрате.", "accusation",
           "terror_plot_foiled"),
        no("Компания подала иск против бывшего партнёра, обвинив его в нарушении контракта.",
           "accusation"),
        no("Банк пообещал клиентам поддержку в период кризиса.", "diplomatic_proposal"),
        no("ХДС и СДПГ начали коалиционные переговоры в Берлине.", "diplomatic_meeting"),
        no("Партнёры по правящей коалиции договорились о бюджете на следующий год.",
           "agreement"),
        yes("Правительство Армении обвинило Баку в обстреле приграничных сёл.", "accusation"),
    ],
    "sibling": [
        yes("Задержанный признался, что готовил взрыв в торговом центре.",
            "terror_plot_foiled", absent=("terror_attack",)),
        yes("Сапёры обезвредили самодельное взрывное устройство у здания администрации.",
            "terror_plot_foiled", absent=("terror_attack",)),
        yes("Силовики провели обыски у сторонников ИГИЛ в Татарстане.", "terror_plot_foiled",
            absent=("military_action",)),
        yes("Папа Римский призвал Москву и Киев к встрече на высшем уровне.",
            "diplomatic_proposal", absent=("diplomatic_meeting",)),
        yes("Пхеньян пригрозил Сеулу ответным огнём.", "threat", absent=("accusation",)),
        yes("Катар предложил Израилю и ХАМАС проект соглашения о перемирии.",
            "diplomatic_proposal", absent=("agreement",)),
        yes("Полиция сорвала попытку взорвать синагогу в Гамбурге.", "terror_plot_foiled",
            absent=("terror_attack",)),
        no("Вашингтон призвал Израиль и ХАМАС провести переговоры в Каире.",
           "diplomatic_meeting"),
        no("Сотрудники ФСБ задержали вербовщика ИГИЛ, готовившего взрыв на вокзале.",
           "terror_attack"),
        no("Россия пригрозила Евросоюзу ответными санкциями.", "sanctions", "accusation"),
    ],
    "background": [
        no("Исполнилось 25 лет со дня взрывов жилых домов в Москве.", "terror_attack"),
        no("После ноябрьских терактов в Париже Франция ужесточила законы.", "terror_attack"),
        no("Историки спорят о числе жертв резни в Сребренице в 1995 году.", "terror_attack"),
        no("Борьба с терроризмом остаётся приоритетом ШОС.", "terror_attack",
           "military_action"),
        yes("У здания Еврокомиссии в Брюсселе прогремел взрыв, пострадали трое.",
            "terror_attack"),
    ],
    "modality": [
        no("Власти опровергли сообщения о взрыве в метро.", "terror_attack"),
        yes("Взрыв бомбы не унёс жизней, но разрушил полицейский участок в Кветте.",
            "terror_attack"),
        no("Токио поклялся никогда больше не применять силу.", "threat"),
        no("Талибы отрицают свою причастность к нападению на посольство.",
           "responsibility_claim"),
        no("Если переговоры сорвутся, Израиль может возобновить удары по Газе.",
           "military_action"),
        no("Москва не будет высылать американских дипломатов, заявил Лавров.", "sanctions"),
        no("Кремль опроверг информацию о готовящейся встрече Путина и Зеленского.",
           "diplomatic_meeting"),
        yes("Израиль и ХАМАС так и не договорились о перемирии, но продолжат переговоры в "
            "Каире.", absent=("agreement",)),
    ],
}  # fmt: skip

ROWS = [(kind, row) for kind, rows in KINDS.items() for row in rows]


def _row_id(value: object) -> str:
    return value if isinstance(value, str) else str(value[0])[:40]  # type: ignore[index]


@pytest.mark.parametrize(("kind", "row"), ROWS, ids=_row_id)
def test_error_kind_row(types_of, kind: str, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "ru"), row)


def test_every_error_kind_has_a_hard_negative() -> None:
    for kind, rows in KINDS.items():
        assert any(absent and not present for _, present, absent in rows), kind
