"""Arabic: the core types and more, with attached prefixes (و ب ل ال) and hard negatives."""

import pytest

from eventwatch.models import Article

POSITIVES = [
    ("قتل عشرة أشخاص في تفجير انتحاري استهدف سوقا شعبية في بغداد.", "terror_attack"),
    ("وانفجرت سيارة مفخخة قرب مبنى البلدية صباح اليوم.", "terror_attack"),
    ("وتبنى تنظيم داعش الهجوم في بيان نشره على الإنترنت.", "responsibility_claim"),
    ("أعلنت الشرطة إحباط مخطط إرهابي واعتقال ثلاثة مشتبه بهم.", "terror_plot_foiled"),
    ("رفعت السلطات حالة التأهب القصوى في المطارات بعد التهديدات.", "terror_alert"),
    ("شنت الطائرات الحربية غارات جوية على مواقع المسلحين شمال البلاد.", "military_action"),
    ("وقصفت المدفعية أحياء المدينة طوال الليل.", "military_action"),
    ("خرج آلاف المتظاهرين إلى الشوارع احتجاجا على ارتفاع الأسعار.", "protest"),
    ("واعتصم العمال أمام مقر الوزارة مطالبين بصرف رواتبهم.", "protest"),
    ("واقترحت فرنسا على روسيا استئناف المفاوضات حول وقف إطلاق النار.", "diplomatic_proposal"),
    ("دعت مصر إسرائيل وحماس إلى الحوار ووقف التصعيد.", "diplomatic_proposal"),
    ("التقى وزير الخارجية السعودي نظيره الإيراني في بكين.", "diplomatic_meeting"),
    ("واتهمت الصين الولايات المتحدة بالتدخل في شؤونها الداخلية.", "accusation"),
    ("فرض الاتحاد الأوروبي عقوبات جديدة على بنوك روسية.", "sanctions"),
    ("بحث وزير الخارجية المصري مع نظيره الأمريكي الأزمة في السودان.", "diplomatic_meeting"),
    ("واعتقلت قوات الأمن ثلاثة عناصر من تنظيم داعش في الموصل.", "terror_plot_foiled"),
]

NEGATIVES = [
    (
        "سجل المهاجم هدفين في المباراة وشن الفريق هجوما تلو الآخر.",
        {"terror_attack", "military_action"},
    ),
    (
        "اقترحت الشركة الاندماج مع منافستها لطمأنة المساهمين في البورصة.",
        {"diplomatic_proposal", "agreement"},
    ),
    ("نفى الوزير وجود أي تهديد إرهابي للمدينة.", {"terror_alert"}),
    ("نقل إلى المستشفى إثر نوبة قلبية.", {"terror_attack", "military_action"}),
    ("كشفت الشرطة مخططا لتفجير محطة القطار واعتقلت ثلاثة مشتبه بهم.", {"terror_attack"}),
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_positive(types_of, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    assert kind in types_of(text, "ar")


@pytest.mark.parametrize(("text", "wrong"), NEGATIVES)
def test_hard_negative(types_of, text: str, wrong: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not types_of(text, "ar") & wrong


def test_prefixed_names_give_actors_and_place(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "واقترحت فرنسا على روسيا وساطة. وقتل خمسة أشخاص في تفجير انتحاري ببغداد."
    events = {e.type: e for e in tagger.tag(Article(id="a", text=text, language="ar"))}
    proposal = events["diplomatic_proposal"]
    assert proposal.actors.source[0].country == "FR"
    assert proposal.actors.target[0].country == "RU"
    assert events["terror_attack"].location.country == "IQ"


def test_sentences_split_on_arabic_punctuation(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "هل انتهت الأزمة؟ وتظاهر المئات أمام البرلمان."
    events = tagger.tag(Article(id="s", text=text, language="ar"))
    protest = next(e for e in events if e.type == "protest")
    assert protest.evidence.text.startswith("وتظاهر")


def test_highest_alert_level_is_critical(tagger) -> None:  # type: ignore[no-untyped-def]
    text = "رفعت فرنسا مستوى التأهب الأمني إلى الدرجة القصوى بعد الهجوم."
    events = tagger.tag(Article(id="l", text=text, language="ar"))
    alert = next(e for e in events if e.type == "terror_alert")
    assert alert.threat_level.normalized == "critical"
    assert alert.location.country == "FR"


def test_denied_attack_is_negated(tagger) -> None:  # type: ignore[no-untyped-def]
    events = tagger.tag(
        Article(id="n", text="نفى المتحدث وقوع أي تفجير في العاصمة.", language="ar")
    )
    assert events and all(e.modality == "negated" for e in events)
