"""Russian news on violence and its prevention: terror attacks, foiled plots, claims, terror
alerts, military action and protest, along the axes of docs/tagging/inventories/lang_ru.md
(verbs in several aspects, verbal nouns, passive participles and reflexives, verbless headlines,
periphrases such as 'привёл в действие', 'жертвами стали', casualty phrasing, 'по данным'
reported speech) and their hard negatives (sport, crime, accidents, court, weather, drills,
history, negation, hypothesis and sibling types). Texts written for this test."""

import pytest
from support.inventory_rows import Row, check_row, no, types_lacking_rows, yes

TYPES = [
    "terror_attack",
    "terror_plot_foiled",
    "responsibility_claim",
    "terror_alert",
    "military_action",
    "protest",
]

ROWS: list[Row] = [
    # terror_attack: bombings, shootings of civilians, hostage-takings, killings by armed groups
    yes("Смертник привёл в действие взрывное устройство на рынке в Багдаде, погибли 15 "
        "человек.", "terror_attack"),
    yes("Боевики открыли огонь по автобусу с паломниками в Кашмире.", "terror_attack"),
    yes("Жертвами теракта в Кабуле стали 40 человек.", "terror_attack"),
    yes("Мощный взрыв прогремел у здания полиции в Кветте, погибли семь человек.",
        "terror_attack"),
    yes("По данным МВД, боевики расстреляли пассажиров автобуса на трассе в Белуджистане.",
        "terror_attack"),
    yes("Террористы захватили больницу в Буйнакске и удерживают заложников.", "terror_attack"),
    yes("Нападение боевиков на деревню в Буркина-Фасо унесло жизни 60 мирных жителей.",
        "terror_attack"),
    yes("Теракт в торговом центре: погибли 12 человек.", "terror_attack"),
    yes("Джихадисты казнили двенадцать мирных жителей в провинции Кабу-Делгаду.",
        "terror_attack"),
    yes("Как сообщает агентство Рейтер, в результате взрыва заминированного автомобиля в "
        "Мосуле погибли по меньшей мере восемь человек.", "terror_attack"),
    yes("Паломники погибли при взрыве смертника у святыни в Пакистане.", "terror_attack"),
    yes("Исламисты похитили двух итальянских туристов на севере Мали.", "terror_attack"),
    no("Хоккеисты ЦСКА провели стремительную атаку и сравняли счёт.", "terror_attack"),
    no("Мужчина убил соседа в ходе бытовой ссоры.", "terror_attack"),
    no("Грабители напали на инкассаторов и похитили 10 миллионов рублей.", "terror_attack"),
    no("В Саудовской Аравии казнили троих осуждённых по приговору суда.", "terror_attack"),
    no("Взрыв на химическом заводе в Дзержинске унёс жизни трёх рабочих.", "terror_attack"),
    no("Сапёры разминировали взрывное устройство на остановке.", "terror_attack"),
    no("Власти опасаются, что боевики могут совершить теракт во время праздников.",
       "terror_attack"),
    # terror_plot_foiled: arrests, charges, convictions of terror suspects, defused devices
    yes("Сотрудники ФСБ пресекли подготовку теракта в Ставрополе.", "terror_plot_foiled",
        absent=("terror_attack",)),
    yes("В Петербурге задержаны трое участников ячейки запрещённой террористической "
        "организации.", "terror_plot_foiled"),
    yes("Прокуратура Германии предъявила обвинения трём сирийцам в планировании теракта.",
        "terror_plot_foiled", absent=("terror_attack", "accusation")),
    yes("Французские спецслужбы сорвали планы джихадистов атаковать стадион.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("Пойманы подозреваемые в организации взрыва на рынке.", "terror_plot_foiled",
        absent=("terror_attack",)),
    yes("Уроженец Таджикистана приговорён к 20 годам за подготовку теракта.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("Немецкая полиция арестовала 19-летнего сирийца, планировавшего нападение на "
        "концерт.", "terror_plot_foiled", absent=("terror_attack",)),
    yes("По данным ФСБ, в Крыму обезврежена диверсионная группа.", "terror_plot_foiled"),
    yes("В Британии обвинили в терроризме подростка, собиравшего взрывчатку.",
        "terror_plot_foiled", absent=("accusation",)),
    yes("У задержанного сторонника ИГИЛ изъяли самодельную бомбу.", "terror_plot_foiled",
        absent=("terror_attack",)),
    yes("ФСБ: задержан житель Крыма, готовивший подрыв железной дороги.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("В Таджикистане осуждены 12 членов ячейки ИГИЛ.", "terror_plot_foiled"),
    no("Полиция задержала футбольных фанатов после драки у стадиона.", "terror_plot_foiled"),
    no("Полиция задержала участников несанкционированной акции у Кремля.",
       "terror_plot_foiled"),
    no("Таможенники задержали партию контрабандных сигарет.", "terror_plot_foiled"),
    no("Суд арестовал бизнесмена по делу о мошенничестве.", "terror_plot_foiled"),
    no("Сапёры обезвредили авиабомбу времён Великой Отечественной войны.",
       "terror_plot_foiled"),
    # responsibility_claim
    yes("Группировка «Исламское государство» взяла на себя ответственность за нападение на "
        "церковь.", "responsibility_claim"),
    yes("Ответственность за взрыв в Кветте взяла на себя Армия освобождения Белуджистана.",
        "responsibility_claim"),
    yes("В заявлении, распространённом в Telegram, ИГИЛ признало ответственность за теракт.",
        "responsibility_claim"),
    yes("Ответственность за похищение туристов взяла на себя «Аль-Каида в исламском "
        "Магрибе».", "responsibility_claim"),
    yes("Пакистанские талибы взяли ответственность за теракт в Пешаваре.",
        "responsibility_claim"),
    yes("«Талибан» заявил о своей ответственности за нападение на конвой.",
        "responsibility_claim"),
    no("Правительство берёт на себя ответственность за восстановление жилья после "
       "землетрясения.", "responsibility_claim"),
    no("Ответственность за теракт до сих пор никто не взял.", "responsibility_claim"),
    no("«Хезболла» опровергла свою причастность к взрыву.", "responsibility_claim"),
    no("Москва возложила ответственность за теракт на украинские спецслужбы.",
       "responsibility_claim"),
    no("Клуб взял на себя ответственность за беспорядки фанатов.", "responsibility_claim"),
    # terror_alert: raised levels, evacuations, closures and diversions over bomb threats
    yes("Из-за сообщения о бомбе эвакуированы пассажиры Курского вокзала.", "terror_alert"),
    yes("В Бельгии повышен уровень террористической угрозы до третьего.", "terror_alert"),
    yes("Самолёт авиакомпании Ryanair был вынужден сесть в Минске из-за сообщения о "
        "минировании.", "terror_alert"),
    yes("Аэропорт Мюнхена закрыт после обнаружения подозрительного предмета.",
        "terror_alert"),
    yes("Полиция Лондона призвала граждан к бдительности в связи с угрозой терактов.",
        "terror_alert"),
    yes("Школы Екатеринбурга эвакуировали после анонимных сообщений о минировании.",
        "terror_alert"),
    yes("Рейс Стамбул — Москва экстренно посадили в Сочи из-за угрозы взрыва.",
        "terror_alert"),
    yes("В Израиле введён режим повышенной готовности из-за угрозы терактов.",
        "terror_alert"),
    yes("Госдеп рекомендовал американцам воздержаться от поездок в Турцию из-за угрозы "
        "терактов.", "terror_alert"),
    yes("Во Франции объявлен режим чрезвычайной террористической угрозы.", "terror_alert"),
    yes("Здание суда оцеплено после звонка о заложенной бомбе.", "terror_alert"),
    yes("МВД Франции повысило уровень угрозы терактов до максимального.", "terror_alert"),
    yes("Посетителей торгового центра вывели на улицу после звонка о бомбе.",
        "terror_alert"),
    yes("Посольство США предупредило о возможных терактах в Стамбуле.", "terror_alert"),
    yes("Рейс из Дубая экстренно приземлился в Баку из-за сообщения о бомбе на борту.",
        "terror_alert"),
    no("Синоптики повысили уровень опасности до оранжевого из-за жары.", "terror_alert"),
    no("МЧС объявило штормовое предупреждение.", "terror_alert"),
    no("Профсоюз объявил режим повышенной готовности к забастовке.", "terror_alert"),
    no("Эвакуация жителей из зоны наводнения продолжается.", "terror_alert"),
    no("Депутаты призвали повысить уровень террористической опасности.", "terror_alert"),
    no("Угроза терроризма в Европе остаётся высокой, считают эксперты.", "terror_alert"),
    no("Аэропорт Шереметьево закрыт из-за сильного снегопада.", "terror_alert"),
    # military_action: strikes, shelling, fighting, offensives, downed drones, captured towns
    yes("Российская армия нанесла удар по энергетической инфраструктуре Украины.",
        "military_action"),
    yes("Беспилотники атаковали аэродром в Курской области.", "military_action"),
    yes("В Карабахе вспыхнули бои между армянскими и азербайджанскими военными.",
        "military_action"),
    yes("Армия Мьянмы бомбила деревни повстанцев.", "military_action"),
    yes("ВСУ выпустили по Белгородской области десять ракет.", "military_action"),
    yes("Освобождён населённый пункт Новомихайловка, сообщает Минобороны.",
        "military_action"),
    yes("Израиль нанёс авиаудары по объектам «Хезболлы».", "military_action"),
    yes("ПВО перехватили над Москвой три дрона.", "military_action"),
    yes("Американский эсминец сбил ракету хуситов.", "military_action"),
    yes("Турецкая армия начала наземную операцию против курдских формирований на севере "
        "Сирии.", "military_action"),
    yes("Ожесточённые столкновения между армией и повстанцами продолжаются в Хартуме.",
        "military_action"),
    no("Военные провели учения по отражению ракетного удара.", "military_action"),
    no("Нападающие «Спартака» обстреливали ворота соперника весь второй тайм.",
       "military_action"),
    no("ОМОН разогнал участников акции протеста.", "military_action"),
    no("Полиция провела рейд по ночным клубам.", "military_action"),
    no("Власти начали наступление на коррупцию.", "military_action"),
    no("В Минобороны заявили, что армия не наносила ударов по жилым кварталам.",
       "military_action"),
    # protest: demonstrations, strikes, pickets, riots, boycotts, blocked roads
    yes("В Белграде десятки тысяч людей вышли на улицы с требованием отставки "
        "правительства.", "protest"),
    yes("Работники порта Антверпена объявили забастовку.", "protest"),
    yes("Студенты перекрыли главный проспект Сеула в знак протеста против реформы.",
        "protest"),
    yes("В Париже прошла манифестация против пенсионной реформы.", "protest"),
    yes("Участники пикета у посольства Израиля требовали прекратить войну.", "protest"),
    yes("Акции протеста охватили несколько городов Ирана.", "protest"),
    yes("Оппозиция провела митинг в центре Еревана.", "protest"),
    yes("Протестующие ворвались в здание парламента в Найроби.", "protest"),
    yes("Водители такси бастуют третий день.", "protest"),
    yes("Активисты объявили бойкот французским товарам.", "protest"),
    yes("Массовые беспорядки вспыхнули в пригородах Парижа.", "protest"),
    no("Гимнастка продемонстрировала сложнейшую программу.", "protest"),
    no("МИД Китая заявил решительный протест японской стороне.", "protest"),
    no("Адвокат обжаловал приговор в апелляционном суде.", "protest"),
    no("Профсоюз пригрозил забастовкой, если зарплаты не повысят.", "protest"),
    no("Забастовка на заводе отменена после соглашения с руководством.", "protest"),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row[0][:40])
def test_native_row(types_of, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "ru"), row)


def test_every_type_has_positives_and_hard_negatives() -> None:
    assert not types_lacking_rows(ROWS, TYPES)
    for name in TYPES:
        assert sum(name in present for _, present, _ in ROWS) >= 6, name
