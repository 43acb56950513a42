"""Arabic inventory (docs/tagging/definitions.md, Arabic section): for every event type
positives in different constructions (past verb, present verb, masdar, passive, headline,
translated wire style) and hard negatives (other senses of the same words, sport, markets,
courts, culture and weather, background, negation, sibling types). Texts written for these
tests in the style of Arabic wire news."""

import pytest
from support.inventory_rows import Row, check_row, first_event, no, types_lacking_rows, yes

from eventwatch.taxonomy import load_taxonomy

ROWS: list[Row] = [
    # terror_attack
    yes("قتل عشرون شخصا على الأقل في تفجير انتحاري استهدف سوقا شعبيا في بغداد.",
        "terror_attack"),
    yes("انفجرت سيارة مفخخة قرب مركز للشرطة في مقديشو صباح اليوم.", "terror_attack"),
    yes("اقتحم مسلحون فندقا في باماكو واحتجزوا عشرات الرهائن.", "terror_attack"),
    yes("أعدم مسلحو تنظيم داعش عشرة رهائن في الصحراء.", "terror_attack"),
    yes("طعن شاب ثلاثة أشخاص بسكين في محطة قطارات، وتحقق الشرطة في دوافع إرهابية.",
        "terror_attack"),
    yes("مقتل 12 شخصا في هجوم إرهابي على حافلة في سيناء", "terror_attack"),
    yes("نفذ مسلح عملية دهس بشاحنة في سوق لعيد الميلاد، والشرطة تتحدث عن عمل إرهابي.",
        "terror_attack"),
    yes("اختطف مسلحون ثلاثة مهندسين أجانب في دلتا النيجر.", "terror_attack"),
    no("تعرض المنتخب لهجوم مرتد سريع في الدقيقة الأخيرة من المباراة.",
       "terror_attack", "military_action"),
    no("أحيا اللبنانيون ذكرى اغتيال رئيس الوزراء الراحل قبل عشرين عاما.", "terror_attack"),
    no("أعدمت السلطات رجلا أدين بتهمة القتل العمد بعد محاكمة استمرت عامين.",
       "terror_attack"),
    no("طعن المحامي في الحكم أمام محكمة الاستئناف.", "terror_attack"),
    no("تسببت موجة الحر في مقتل عشرة أشخاص في جنوب البلاد.", "terror_attack",
       "military_action"),
    # terror_plot_foiled
    yes("أحبطت أجهزة الأمن السعودية مخططا إرهابيا لاستهداف منشآت نفطية.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("ألقت الشرطة التركية القبض على 15 مشتبها بانتمائهم إلى تنظيم داعش.",
        "terror_plot_foiled"),
    yes("فككت قوات الأمن المغربية خلية إرهابية في مدينة طنجة.", "terror_plot_foiled"),
    yes("أوقفت السلطات الفرنسية شابا يشتبه في تخطيطه لهجوم على كنيسة.",
        "terror_plot_foiled", absent=("terror_attack",)),
    yes("تمكن خبراء المتفجرات من تفكيك عبوة ناسفة زرعت قرب مدرسة.", "terror_plot_foiled",
        absent=("terror_attack",)),
    yes("وجهت النيابة العامة تهم الإرهاب إلى أربعة أشخاص اعتقلوا الأسبوع الماضي.",
        "terror_plot_foiled"),
    yes("ضبطت الشرطة أحزمة ناسفة ومتفجرات في مخبأ لخلية متطرفة.", "terror_plot_foiled",
        absent=("terror_attack",)),
    yes("أعلنت وزارة الداخلية تفكيك شبكة لتجنيد مقاتلين لصالح تنظيم داعش.",
        "terror_plot_foiled"),
    no("اعتقلت الشرطة لصوصا سرقوا متجرا للمجوهرات في القاهرة.", "terror_plot_foiled"),
    no("اعتقلت قوات الأمن عشرات المتظاهرين في وسط العاصمة.", "terror_plot_foiled"),
    # responsibility_claim
    yes("تبنى تنظيم داعش الهجوم على الكنيسة.", "responsibility_claim"),
    yes("أعلنت حركة الشباب مسؤوليتها عن التفجير.", "responsibility_claim"),
    yes("أعلن تنظيم داعش عبر وكالة أعماق مسؤوليته عن الهجوم.", "responsibility_claim"),
    yes("وقالت جماعة بوكو حرام في بيان إنها نفذت الهجوم على القرية.",
        "responsibility_claim"),
    no("تبنى البرلمان قانونا جديدا للضرائب.", "responsibility_claim"),
    no("نفت الحركة أي مسؤولية عن الهجوم.", "responsibility_claim"),
    no("لم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.", "responsibility_claim"),
    # diplomatic_proposal
    yes("اقترحت مصر عقد مؤتمر دولي للسلام.", "diplomatic_proposal"),
    yes("عرضت قطر التوسط بين الولايات المتحدة وإيران.", "diplomatic_proposal"),
    yes("حث وزير الخارجية الأمريكي الطرفين على العودة إلى طاولة المفاوضات.",
        "diplomatic_proposal"),
    yes("أبدت روسيا استعدادها للوساطة بين البلدين.", "diplomatic_proposal"),
    yes("قدمت فرنسا مبادرة لحل الأزمة في لبنان.", "diplomatic_proposal"),
    yes("تعهدت ألمانيا بتقديم مساعدات إنسانية بقيمة 100 مليون يورو للسودان.",
        "diplomatic_proposal"),
    yes("طالبت الحكومة الأردنية بوقف فوري للتصعيد في غزة.", "diplomatic_proposal"),
    yes("جددت الخارجية القطرية دعوتها إلى الحوار بين الأطراف اليمنية.",
        "diplomatic_proposal"),
    yes("طرحت الصين خطة سلام من اثنتي عشرة نقطة لإنهاء الحرب في أوكرانيا.",
        "diplomatic_proposal"),
    no("عرضت الشركة منتجاتها الجديدة في معرض دبي.", "diplomatic_proposal"),
    no("اقترح المدرب إشراك اللاعب الشاب في المباراة المقبلة.", "diplomatic_proposal"),
    no("تعهد اللاعب بالعودة أقوى بعد الإصابة.", "diplomatic_proposal"),
    # diplomatic_meeting
    yes("التقى وزير الخارجية السعودي نظيره الإيراني في بكين.", "diplomatic_meeting"),
    yes("استقبل الرئيس الجزائري رئيس الوزراء الإيطالي.", "diplomatic_meeting"),
    yes("أجرى الرئيس الفرنسي اتصالا هاتفيا مع ولي العهد السعودي.", "diplomatic_meeting"),
    yes("تباحث وزيرا خارجية مصر والأردن في المستجدات الإقليمية.", "diplomatic_meeting"),
    yes("وصل الرئيس التركي إلى الدوحة في زيارة رسمية تستغرق يومين.", "diplomatic_meeting"),
    yes("أجرى وزير الخارجية المصري مشاورات مع نظيره القطري.", "diplomatic_meeting"),
    yes("انطلقت في جنيف جولة جديدة من المفاوضات بين روسيا والولايات المتحدة.",
        "diplomatic_meeting"),
    yes("زار الرئيس الصيني روسيا الأسبوع الماضي.", "diplomatic_meeting"),
    no("استقبل النادي لاعبه الجديد في المطار.", "diplomatic_meeting"),
    no("التقى المدرب باللاعبين قبل المباراة.", "diplomatic_meeting"),
    no("و سبق ل وزير الخارجية الأمريكي أن زار عدة دول عربية .", "diplomatic_meeting"),
    no("يتوقع المسؤولون عقد جولة جديدة من المفاوضات بين مصر والهند.", "diplomatic_meeting"),
    no("دعت مصر إلى محادثات بين إسرائيل وحركة حماس.", "diplomatic_meeting"),
    no("تستمر المفاوضات بين الحكومة المصرية وشركة النفط الفرنسية حول الأسعار.",
       "diplomatic_meeting"),
    # agreement
    yes("وقعت مصر والسودان اتفاقية للتعاون العسكري.", "agreement"),
    yes("توصلت الحكومة والمتمردون إلى اتفاق لوقف إطلاق النار.", "agreement"),
    yes("اتفقت روسيا وتركيا على إقامة منطقة منزوعة السلاح في إدلب.", "agreement"),
    yes("جرت عملية تبادل للأسرى بين روسيا وأوكرانيا.", "agreement"),
    yes("قررت السعودية وإيران استئناف العلاقات الدبلوماسية بينهما.", "agreement"),
    yes("توصلت الحكومة السودانية وقوات الدعم السريع إلى تفاهم حول الممرات الإنسانية.",
        "agreement"),
    no("وقع النادي عقدا مع المهاجم البرازيلي لمدة ثلاث سنوات.", "agreement"),
    no("اتفقت الشركتان على الاندماج مطلع العام المقبل.", "agreement"),
    no("وقعت اشتباكات بين الجيش والمتمردين في شمال البلاد.", "agreement"),
    no("قال وزير الخارجية الإسرائيلي إنه يرغب في التوصل إلى اتفاق مع الفلسطينيين.", "agreement"),
    # accusation
    yes("اتهمت طهران واشنطن بدعم الإرهاب.", "accusation"),
    yes("نددت الجامعة العربية بالغارات الإسرائيلية على غزة.", "accusation"),
    yes("أدانت الخارجية السعودية الهجوم على ناقلة النفط.", "accusation"),
    yes("وصفت موسكو العقوبات الأوروبية بأنها غير شرعية.", "accusation"),
    yes("استدعت الخارجية المصرية السفير الإسرائيلي لديها.", "accusation",
        absent=("sanctions",)),
    yes("حملت الحكومة اليمنية الحوثيين مسؤولية انهيار الهدنة.", "accusation"),
    yes("وجهت الحكومة الألمانية انتقادات حادة إلى إسرائيل بسبب الاستيطان.",
        "accusation"),
    yes("سلمت الخارجية العراقية مذكرة احتجاج إلى السفير التركي.", "accusation",
        absent=("protest",)),
    no("وجهت النيابة إلى المتهم تهمة القتل العمد.", "accusation"),
    no("انتقد المدرب أداء لاعبيه بعد الهزيمة.", "accusation"),
    no("أدانت المحكمة رجل الأعمال بتهمة التهرب الضريبي.", "accusation"),
    no("انتقد الناقد الفيلم الجديد في مهرجان القاهرة.", "accusation"),
    # threat
    yes("هددت كوريا الشمالية بضرب القواعد الأمريكية.", "threat"),
    yes("توعد الحرس الثوري الإيراني برد قاس على الهجوم.", "threat"),
    yes("حذرت روسيا الغرب من عواقب وخيمة.", "threat"),
    yes("أمهلت الحركة الحكومة العراقية 48 ساعة لتلبية مطالبها.", "threat"),
    yes("لوح الرئيس التركي بعملية عسكرية جديدة في شمال سوريا.", "threat"),
    yes("أنذرت الحكومة الإثيوبية المتمردين بعملية عسكرية واسعة.", "threat"),
    no("يهدد الجفاف محاصيل القمح في المغرب.", "threat"),
    no("حذرت الأرصاد الجوية في مصر من أمطار غزيرة.", "threat"),
    # sanctions
    yes("فرضت واشنطن عقوبات جديدة على مسؤولين إيرانيين.", "sanctions"),
    yes("أعلن الاتحاد الأوروبي تجميد أصول عشرة من رجال الأعمال الروس.", "sanctions"),
    yes("طردت ليتوانيا دبلوماسيين روسا.", "sanctions"),
    yes("قطعت المغرب علاقاتها الدبلوماسية مع إيران.", "sanctions"),
    yes("أدرجت الخزانة الأمريكية ثلاث شركات إيرانية على القائمة السوداء.", "sanctions"),
    yes("استدعت الأردن سفيرها لدى إسرائيل للتشاور.", "sanctions", absent=("accusation",)),
    yes("علقت الولايات المتحدة مساعداتها العسكرية لمصر.", "sanctions"),
    no("فرض الاتحاد المصري لكرة القدم عقوبات على النادي بعد أحداث المباراة.", "sanctions"),
    no("هددت الولايات المتحدة بفرض عقوبات على تركيا.", "sanctions"),
    # military_action
    yes("شنت طائرات التحالف غارات على مواقع للحوثيين في صنعاء.", "military_action"),
    yes("قصفت المدفعية الإسرائيلية بلدات في جنوب لبنان.", "military_action"),
    yes("اندلعت اشتباكات عنيفة بين الجيش والمتمردين في دارفور.", "military_action"),
    yes("استعاد الجيش السوري السيطرة على بلدة في ريف إدلب.", "military_action"),
    yes("أسقطت الدفاعات الجوية الأوكرانية طائرة مسيرة روسية.", "military_action",
        absent=("protest",)),
    yes("شنت القوات الروسية هجوما صاروخيا على كييف.", "military_action"),
    yes("تقدمت القوات الروسية نحو مدينة خاركيف.", "military_action"),
    no("حسمت ضربات الترجيح المباراة لصالح المنتخب المغربي.", "military_action"),
    no("استعاد المنتخب صدارة المجموعة بعد فوزه على غانا.", "military_action"),
    # protest
    yes("تظاهر آلاف السودانيين في الخرطوم للمطالبة بالحكم المدني.", "protest"),
    yes("نظم المعلمون وقفة احتجاجية أمام وزارة التربية.", "protest"),
    yes("أضرب عمال الموانئ عن العمل احتجاجا على تدني الأجور.", "protest"),
    yes("خرجت مسيرات حاشدة في عدة مدن مغربية.", "protest"),
    yes("اعتصم أنصار المعارضة أمام البرلمان.", "protest"),
    no("أظهر الجيش طائراته المسيرة الجديدة في عرض عسكري.", "protest"),
    no("اختتم اللاعب مسيرة مهنية حافلة بالألقاب.", "protest"),
    no("أطلقت روسيا طائرات مسيرة على كييف.", "protest"),
    # terror_alert
    yes("رفعت السلطات الفرنسية حالة التأهب الأمني إلى أقصى درجة.", "terror_alert"),
    yes("أخليت محطة القطارات في بروكسل بعد بلاغ عن وجود قنبلة.", "terror_alert"),
    yes("حذرت وزارة الداخلية من هجمات إرهابية محتملة خلال الأعياد.", "terror_alert"),
    no("رفعت هيئة الأرصاد الجوية حالة التأهب بسبب العاصفة.", "terror_alert"),
    # treebank-style text: proclitics and pronoun suffixes written apart
    yes("و تلقى رئيس البلدية تهديدات ب القتل من جماعة مسلحة .", "threat"),
    yes("استدعت الأردن سفير ها لدى إسرائيل ل التشاور .", "sanctions",
        absent=("accusation",)),
    yes("جرت عملية تبادل ل الأسرى بين روسيا و أوكرانيا .", "agreement"),
    yes("وصفت موسكو العقوبات الأوروبية ب أن ها غير شرعية .", "accusation"),
    yes("أبدت روسيا استعداد ها ل الوساطة بين البلدين .", "diplomatic_proposal"),
    yes("و اعتقلت الشرطة خمسة مشتبه ب هم ب الإرهاب في القاهرة .", "terror_plot_foiled"),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r[0][:50])
def test_inventory(types_of, row: Row) -> None:  # type: ignore[no-untyped-def]
    check_row(types_of(row[0], "ar"), row)


def test_every_type_has_positives_and_hard_negatives() -> None:
    assert not types_lacking_rows(ROWS, list(load_taxonomy()))


def test_seats_of_government_name_their_state(tagger) -> None:  # type: ignore[no-untyped-def]
    event = first_event(tagger, "حذر البيت الأبيض موسكو من عواقب وخيمة.", "ar", "threat")
    assert [a.country for a in event.actors.source] == ["US"]
    assert [a.country for a in event.actors.target] == ["RU"]


def test_place_of_a_protest(tagger) -> None:  # type: ignore[no-untyped-def]
    event = first_event(tagger, "تظاهر الآلاف في الخرطوم ضد الحكومة.", "ar", "protest")
    assert event.location is not None and event.location.country == "SD"
