//! Arabic rules: actors (pass 1: titles, names, lexicon entries,
//! organisation phrases; pass 2: surnames, titles alone and short forms
//! resolved to the actors named in full) and attributed quotes.

mod speech;
pub(crate) mod words;

use crate::findings::{entity, Entity, EntityId, Findings, Gender};
use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::lexicon::{self, clitics, Lexicon};
use crate::model::{ActorKind, MentionForm};
use crate::quotes::marks;
use crate::span::Span;
use crate::tagger::NameClass;
use crate::text::document::Document;
use crate::text::normalize::{is_arabic_diacritic, phrase_key};
use std::ops::Range;
use words::{words, Words};

/// Most words a name may have (more with connectors such as عبد، بن).
const MAX_NAME_WORDS: usize = 4;
/// Letters of a past verb like تولى or تعافى (see name_run).
const WEAK_VERB_LETTERS: std::ops::RangeInclusive<usize> = 4..=5;
/// "At, among" (استشارية أمراض القلب عند الأطفال).
const AMONG: &str = "عند";
/// A given name and the word after it that make a set phrase, no name
/// (حسن ظن "good faith"), as keys.
const NOT_NAME_PAIRS: &[(&str, &str)] = &[
    ("حسن", "ظن"),
    ("حسن", "الظن"),
    // An age in an obituary (توفي عن عمر ناهز 86 عاما): عمر is "age".
    ("عمر", "ناهز"),
    ("عمر", "يناهز"),
    ("عمر", "يقارب"),
    // A companion (رفيق درب، رفيقة دربه): رفيق is no given name here.
    ("رفيق", "درب"),
    ("رفيق", "دربه"),
    ("رفيق", "الدرب"),
    ("رفيقه", "درب"),
    ("رفيقه", "دربه"),
];
/// Collective sources of other shapes that the agent list lacks (kept
/// out of it: the name tagger's gazetteer reads it), as keys.
const COLLECTIVE_SOURCES: &[&str] = &["نقاد", "ناشرون", "اكاديميون", "حقوقيون"];
/// Fewest letters of an agent noun's plural (مختصون).
const MIN_AGENT_PLURAL_LETTERS: usize = 6;
/// Words of a name no list knows between commas after a title.
const MAX_APPOSED_NAME_WORDS: usize = 4;
/// "Is called" as written (أحد السكان ويدعى فلان): not the cue يدعي.
pub(crate) const NAMING_PASSIVES: &[&str] = &["يدعى", "ويدعى", "تدعى", "وتدعى"];
/// Nouns written like a cue form (مقره "its headquarters" like مُقِرّ
/// "admitting"): never cues.
const NOT_CUES: &[&str] = &["مقره", "مقرها", "ومقره", "ومقرها", "مقرهم", "ومقرهم"];
/// "As its headquarters" (التي تتخذ من تركيا مقرا لها), written like the
/// participle مقرا ("admitting"): no cue before a pronoun with ل.
const SEAT: &str = "مقرا";
/// The pronouns with ل after مقرا that make it a seat, as keys.
const SEAT_OF: &[&str] = &["له", "لها", "لهم"];
/// Most honorifics stacked before a name (الشيخ الدكتور المهندس ...).
const MAX_STACKED_HONORIFICS: usize = 3;
/// Fewest letters of an office in the accusative (أميرا): shorter stems
/// are no office words.
const MIN_ACCUSATIVE_OFFICE_LETTERS: usize = 4;
/// Most words of a bracketed acronym inside a title (الأونروا).
const MAX_BRACKETED_WORDS: usize = 3;
/// Fewest letters of a nisba-shaped adjective after its article (الصدري).
const MIN_NISBA_STEM_LETTERS: usize = 4;
/// Most words that may stand between a title and the name it introduces.
const MAX_TITLE_MODIFIERS: usize = 8;
/// Honorifics that stand between an office and its holder's name, in
/// normalised form. Military ranks are not among them: a rank is part of
/// the role (الخبير العسكري اللواء المتقاعد).
const PERSONAL_HONORIFICS: &[&str] = &[
    "الدكتور",
    "الدكتوره",
    "د",
    "المهندس",
    "المهندسه",
    "الاستاذ",
    "الاستاذه",
    "الشيخ",
    "السيد",
    "السيده",
    "الامير",
    "الاميره",
];
/// Styles of address before a name, in normalised form (صاحب السمو
/// الملكي، معالي، سعادة): like honorifics, no office.
const HONORIFIC_STYLES: &[&str] = &[
    "صاحب",
    "السمو",
    "الملكي",
    "سمو",
    "معالي",
    "سعاده",
    "فخامه",
    "سماحه",
    "فضيله",
    "جلاله",
];
/// Most honorific words between a verb and a name (صاحب السمو الملكي الأمير).
const MAX_HONORIFIC_WORDS: usize = 4;
/// Words for amounts, in normalised form: the word after them is a unit.
const AMOUNT_WORDS: &[&str] = &[
    "الف",
    "الاف",
    "مليون",
    "ملايين",
    "مليار",
    "مليارات",
    "مئات",
    "عشرات",
    "بليون",
    "تريليون",
    // Duals, in construct or not (ملياري ريال، مليوني دولار، ألفي جنيه),
    // and the accusative's alif (مليارا).
    "الفي",
    "الفين",
    "الفا",
    "مليوني",
    "مليونين",
    "مليونا",
    "ملياري",
    "مليارين",
    "مليارا",
    "مئه",
    "مائه",
    "مئتي",
    "مائتي",
];
/// Heads that name a body only before الأحمر (the Red Crescent, the Red
/// Cross), in normalised form.
const RED_HEADS: &[&str] = &["الهلال", "الصليب"];
/// "Red", in normalised form.
const RED: &str = "الاحمر";
/// Regions and governorates a body is named after in construct (شرطة
/// منطقة مكة المكرمة), in normalised form.
const REGION_NOUNS: &[&str] = &["منطقه", "محافظه", "مدينه"];
/// Titles of envoys, sent إلى a country (المبعوث الأممي إلى اليمن), in
/// normalised form without the article.
const ENVOY_HEADS: &[&str] = &[
    "مبعوث",
    "مبعوثه",
    "سفير",
    "سفيره",
    "موفد",
    "مندوب",
    "مندوبه",
    "ممثل",
    "ممثله",
];
/// Possessive pronouns glued to a noun (رئيسها، رئيسهم، رئيسه), the
/// longest first so that stripping one leaves the noun.
const POSSESSIVE_PRONOUNS: &[&str] = &["ها", "هم", "ه"];
/// A feminine plural with a possessive (مقالاته، تصريحاتها), as keyed.
const PLURAL_POSSESSIVE_ENDINGS: &[&str] = &["اته", "اتها", "اتهم"];
/// Fewest letters before such an ending (not شحاته).
const MIN_PLURAL_STEM_LETTERS: usize = 3;
/// Endings of a noun with a possessive pronoun after ة or a hamza (رغبته،
/// استياءه، آراؤهم), as written: no name ends so.
const POSSESSIVE_ENDINGS: &[&str] = &["ته", "تها", "تهم", "ءه", "ءها", "ؤه", "ئه", "ؤها", "ئها"];
/// Fewest letters of such a noun (shorter words may be names: بته).
const MIN_POSSESSIVE_NOUN_LETTERS: usize = 5;
/// Adjectives of rank or standing (normalised) after an indefinite title:
/// never a name (مسؤول إيراني رفيع).
const RANK_ADJECTIVES: &[&str] = &[
    "رفيع",
    "رفيعه",
    "بارز",
    "بارزه",
    "كبير",
    "كبيره",
    "سابق",
    "سابقه",
    "مطلع",
    "مطلعه",
    "رسمي",
];
/// Head nouns (normalised) a club's name may drop (النادي الأهلي: الأهلي).
const CLUB_HEADS: &[&str] = &["النادي", "نادي"];
/// Words (keys) before a club's bare name that make it the club (فريق
/// الهلال، على مضيفه النصر، وتعادل الشباب مع ...), where the word alone is
/// also a common noun ("the crescent", "the victory").
const CLUB_CONTEXT: &[&str] = &[
    "فريق",
    "لفريق",
    "وفريق",
    "بفريق",
    "مضيفه",
    "ضيفه",
    "منافسه",
    "فاز",
    "وفاز",
    "تعادل",
    "وتعادل",
    "تغلب",
    "وتغلب",
    "خسر",
    "وخسر",
    "لاعبي",
    "لاعبو",
    "جماهير",
    "وجماهير",
    "لجماهير",
    "غريمه",
];
/// The presidency and the republic it is in construct with (as keys).
const PRESIDENCY: &str = "رياسه";
const REPUBLIC: &str = "الجمهوريه";
/// Titles in construct with the town or province governed (as keys).
const GOVERNOR_HEADS: &[&str] = &["محافظ", "محافظه", "عمده", "والي"];
/// Most modifier words of an organisation name after its head.
const MAX_ORG_MODIFIERS: usize = 6;
/// Elatives and "one of" (normalised) before an indefinite noun: a
/// description (أكبر شركة نفط في العالم، إحدى شركات), never a name.
pub(super) const ELATIVES: &[&str] = &[
    "اكبر", "اصغر", "اول", "اخر", "اقدم", "اهم", "اكثر", "اضخم", "ابرز", "اغني", "احد", "احدي",
];
/// The mayor (أمين) of a city or region, as a key.
const MAYOR: &str = "امين";
/// Nouns of works named in quotes after them (فيلم «...»), as keys.
const WORK_NOUNS: &[&str] = &[
    "فيلم",
    "الفيلم",
    "مسلسل",
    "المسلسل",
    "روايه",
    "الروايه",
    "مسرحيه",
    "المسرحيه",
    "كتاب",
    "الكتاب",
    "اغنيه",
    "الاغنيه",
    "برنامج",
    "البرنامج",
    "ديوان",
];
/// A region (جهة), as a key: the complement of a Moroccan governor (والي).
const REGION: &str = "جهه";
/// Most cities naming a Moroccan region (جهة طنجة تطوان الحسيمة).
const MAX_REGION_CITIES: usize = 3;
/// The governor (والي), written with ي and no hamza.
const WALI: &str = "والي";
/// Masculine adjectives of tenure (keys), which qualify an office (وكيل
/// الوزارة السابق), never a feminine body.
const TENURE_ADJECTIVES: &[&str] = &["السابق", "الاسبق", "الحالي", "المستقيل", "المقال"];
/// Most digits of the number of one of a city's bodies (جامعة الجزائر 3).
const MAX_BODY_NUMBER_DIGITS: usize = 2;
/// "The first" (key), an ordinal in a body's name (بنك أبوظبي الأول).
const FIRST_ORDINAL: &str = "الاول";
/// Fewest letters, past the glued preposition, of a verb's object after a
/// name (بإجراء): shorter words may be prepositions or names (به، لها).
const MIN_GLUED_OBJECT_LETTERS: usize = 3;
/// Fewest letters of a future verb (سنقاتل، سيخضع) read as such.
const MIN_FUTURE_VERB_LETTERS: usize = 5;
/// The first person singular's letter after the future's س (سأقاتل, key
/// سا), which many names also start with.
const FUTURE_FIRST_PERSON: char = 'ا';
/// إمام as written (see `written_imam`).
const IMAM: &str = "إمام";
/// What makes إمام a title when it comes next (a mosque, or وخطيب), as keys.
const IMAM_OF: &[&str] = &["المسجد", "مسجد", "الحرم", "جامع", "الجامع", "خطيب"];
/// Words for a disease or what carries it, as keys without the article
/// (فيروس كورونا، متلازمة ميرس): the name after them is no actor.
const DISEASE_NOUNS: &[&str] = &[
    "فيروس",
    "مرض",
    "متلازمه",
    "وباء",
    "لقاح",
    "سلاله",
    "متحور",
    "حمي",
    "انفلونزا",
];
/// Diseases the tagger reads as places or people, as keys.
const DISEASE_NAMES: &[&str] = &["كورونا", "كوفيد", "ايبولا", "ميرس", "سارس", "زيكا"];
/// Most words of a phrase with ب after a title, before the honorific
/// and the holder's name (بصحة جدة الدكتورة ...).
const MAX_B_PHRASE_WORDS: usize = 3;
/// Epithets that follow a holy city's name (مكة المكرمة، المدينة المنورة),
/// as keys.
const PLACE_EPITHETS: &[&str] = &["المكرمه", "المنوره"];
/// آل, "family of", as a key (محمد بن راشد آل مكتوم).
const FAMILY_OF: &str = "ال";
/// آل as written, which no other word is (the key is the article's).
const FAMILY_OF_WRITTEN: &str = "آل";
/// The particle before a past or present verb (قد دعا), never in a name.
const VERB_PARTICLE: &str = "قد";
/// A Turkish family name's patronymic (إمام أوغلو، جاويش أوغلو): the word
/// before it is the name's, whatever else it spells.
const OGLU: &str = "اوغلو";
/// "Between" as written, also a Chinese name's last word (وانغ ون بين).
const BAYNA: &str = "بين";
/// Units of an institution, as keys, in construct with it inside a title
/// (مدير فرع وزارة الصحة، مدير مكتب العمل، رئيس قسم الطوارئ).
const SUBUNIT_NOUNS: &[&str] = &[
    "فرع",
    "مكتب",
    "اداره",
    "قسم",
    "مديريه",
    "شعبه",
    "وحده",
    "امانه",
];
/// Words for an area of a country, as keys: بمنطقة الرياض after a title
/// says where its holder serves.
const AREA_NOUNS: &[&str] = &[
    "منطقه",
    "محافظه",
    "مدينه",
    "ولايه",
    "اقليم",
    "مقاطعه",
    "اماره",
];
/// Most words of a quoted label naming an organisation (تحالف "سائرون").
const MAX_LABEL_WORDS: usize = 4;
/// Least tagger confidence for a person name of two words or more.
const MIN_TAGGED_PERSON_SCORE: f32 = 0.5;
/// Least tagger confidence for a one-word person name.
const MIN_TAGGED_SINGLE_SCORE: f32 = 0.9;
/// Least tagger confidence for a place name.
const MIN_TAGGED_PLACE_SCORE: f32 = 0.6;
/// Least tagger confidence for an organisation name.
const MIN_TAGGED_ORG_SCORE: f32 = 0.5;
/// Most holders of one role, country or title head compared with a title alone.
const MAX_TITLE_CANDIDATES: usize = 64;
/// Most words of a foreign proper name after an organisation's head.
const MAX_ORG_PROPER_WORDS: usize = 3;
/// Ranks (keys without the article) that may close an office right before
/// its holder's name; not فريق (also "team") or رائد (also a given name).
const RANKS_BEFORE_NAME: &[&str] = &["لواء", "عميد", "عقيد", "نقيب", "مشير", "قاضي"];
/// Heads of media names, without the article (قناة الجديد، إذاعة
/// موزاييك): the medium so named is an actor even where it does not speak.
const MEDIA_HEADS: &[&str] = &["قناه", "اذاعه", "صحيفه", "جريده", "مجله"];
/// Prepositions (keys) before a medium spoken to or on (مع قناة، إلى
/// صحيفة، على إذاعة).
const MEDIA_PREPOSITIONS: &[&str] = &["مع", "الي", "علي"];
/// Canals (keys), which قناة also names.
const WATERWAYS: &[&str] = &["السويس", "بنما"];
/// Nouns and country adjectives (keys) that together name no country.
const NOT_COUNTRY_PHRASES: &[(&str, &str)] = &[
    ("القنب", "الهندي"),
    ("المحيط", "الهندي"),
    ("التمر", "الهندي"),
    ("الجوز", "الهندي"),
    ("الخليج", "الفارسي"),
    // A country director (المدير القطري لبرنامج الأغذية العالمي).
    ("المدير", "القطري"),
    ("المديره", "القطريه"),
    // Force majeure (القوة القاهرة), no Cairo.
    ("القوه", "القاهره"),
];
/// Nouns (keys) in construct with a place's name (مدينة، جزيرة، قمة):
/// the name after them carries no glued preposition.
const PLACE_CONSTRUCT_NOUNS: &[&str] = &[
    "مدينه",
    "جزيره",
    "قمه",
    "ولايه",
    "بلده",
    "قريه",
    "ميناء",
    "مطار",
    "اقليم",
    "محافظه",
    "منطقه",
    "عاصمه",
    "مخيم",
    // A city's quarter (حي بابا عمرو، حي الشيخ جراح).
    "حي",
];
/// Fewest letters of a present-tense verb read as such after a title
/// (يطرح).
const MIN_PRESENT_VERB_LETTERS: usize = 4;
/// أسماء as a key: a given name, and the plural "names".
const NAMES_OF: &str = "اسماء";
/// Endings of sound plurals (الفائزين، المرشحات).
const PLURAL_ENDINGS: &[&str] = &["ين", "ات", "ون"];
/// على "on, over" as a key (the name علي has the same key).
const ON: &str = "علي";
/// A summit (normalised), the one place noun that may be named after people.
const SUMMIT: &str = "قمه";
/// عبر: "via", or the verb "expressed" opening a clause.
const EXPRESSED: &str = "عبر";
/// "Mother of", which opens a woman's kunya (أم محمد), as a key.
const KUNYA_MOTHER: &str = "ام";
/// Purposes of a body that take من and what they guard against (المركز
/// الوطني للوقاية من الأمراض ومكافحتها), as keys.
const GUARD_PURPOSES: &[&str] = &["للوقايه", "للحمايه", "للحد"];
/// Nouns meaning "the office of" before a title (منصب رئيس الجمهورية),
/// as keys.
const OFFICE_NOUNS: &[&str] = &["منصب", "مناصب", "منصبي"];
/// Nouns of things named after a royal (normalised keys, without the
/// article: جائزة الشيخ زايد للكتاب، كأس الملك، شارع الملك فيصل): the
/// honorific and the name after them name the thing, no one speaking.
const NAMED_AFTER_NOUNS: &[&str] = &[
    "جايزه",
    "حي",
    "كاس",
    "شارع",
    "مطار",
    "ملعب",
    "استاد",
    "مسجد",
    "جسر",
    "ميدان",
    "قاعه",
    "مستشفي",
    "مجمع",
    "قاعده",
    // Session 22: a stadium, school, festival, tournament and league named
    // after a royal (ستاد الملك فهد الدولي، مدرسة الملك عبدالعزيز، مهرجان
    // الملك عبدالعزيز للإبل، بطولة الأمير فيصل بن فهد).
    "ستاد",
    "مدرسه",
    "مهرجان",
    "بطوله",
    "دوري",
];
/// Nouns of things named after a royal only with the honorific (مدينة
/// الملك عبدالله الرياضية، طريق الملك فهد): before a bare name they are
/// the city of a place or "by way of" (عن طريق أيوب العملود).
const ROYAL_NAMED_AFTER_NOUNS: &[&str] = &["مدينه", "طريق"];
/// Forms of the reporting verb أبلغ (told), whose object is the listener
/// (أبلغ الوزير رئيس الوفد أن ...), so an office after its subject is
/// another person.
const TELL_VERBS: &[&str] = &["ابلغ", "ابلغت", "ابلغوا", "يبلغ", "تبلغ", "يبلغون"];
/// Honorifics of the royals that universities, hospitals and airports are
/// named after (normalised keys).
const ROYAL_HONORIFICS: &[&str] = &["الملك", "الملكه", "الامير", "الاميره", "الشيخ", "السلطان"];
/// Adjectives (not nisba-shaped) that follow a definite title (الأمين العام،
/// المبعوث الخاص). After a definite title, a definite word that is not an
/// adjective is the verb's object (نفى الوزير الاتهامات).
const TITLE_ADJECTIVES: &[&str] = &[
    "العام",
    "الأعلى",
    "الأول",
    "الخاص",
    "السابق",
    "الأسبق",
    "المتقاعد",
    "المستقيل",
    "المنتخب",
    "الجديد",
    "المؤقت",
    "المساعد",
    "المفوض",
    "المناوب",
    "الدائم",
    "الأكبر",
    // A co-chair (الرئيس المشترك), an independent MP (النائب المستقل).
    "المشترك",
    "المستقل",
    // The feminine title's (المديرة العامة، المبعوثة الخاصة، الوزيرة السابقة).
    "العامة",
    "الأولى",
    "الخاصة",
    "السابقة",
    "المتقاعدة",
    "المنتخبة",
    "الجديدة",
    "المؤقتة",
    "المساعدة",
    "الدائمة",
    "المشتركة",
    "المستقلة",
];
/// True for a definite word shaped like a singular adjective: a participle
/// (المخضرم، المنتخب), فعيل (الكبير، الشهير), فاعل (الراحل) or a nisba
/// (الفني); never a feminine plural (الاتهامات).
fn adjective_shaped(key: &str) -> bool {
    let Some(stem) = key.strip_prefix("ال") else {
        return false;
    };
    if stem.ends_with("ات") {
        return false;
    }
    let letters: Vec<char> = stem.chars().collect();
    let participle = letters.len() >= 4 && letters[0] == 'م';
    let fail = letters.len() == 4 && letters[2] == 'ي';
    let agent = letters.len() == 4 && letters[1] == 'ا';
    // A nisba adjective (المدير الفني، المتحدث العسكري).
    let nisba = letters.len() >= 3 && letters.last() == Some(&'ي');
    participle || fail || agent || nisba
}

/// A word written with ل before the article, whose alef it drops
/// (للكاتب), with the article instead (الكاتب); `None` for any other word.
fn with_article_for_lam(word: &str) -> Option<String> {
    word.strip_prefix("لل").map(|rest| format!("ال{rest}"))
}

/// True when the role `inner` (two words at least) says part of `outer`:
/// each of its words, without a leading ل, is a word of `outer` (المدير
/// التنفيذي لستاربكس within المدير التنفيذي لسلسلة مقاهي ستاربكس).
fn role_within(inner: &str, outer: &str) -> bool {
    let bare = |w: &str| {
        with_article_for_lam(w).unwrap_or_else(|| w.strip_prefix('ل').unwrap_or(w).to_string())
    };
    let outer: Vec<String> = outer.split(' ').map(bare).collect();
    let words: Vec<String> = inner.split(' ').map(bare).collect();
    words.len() >= 2 && words.iter().all(|w| outer.contains(w))
}

/// True when the name `short` is the given and family name of `full`
/// without the father's (محمد المجلي, محمد بن مبارك المجلي).
#[inline(never)]
fn without_fathers_name(short: &[&str], full: &[&str]) -> bool {
    let son_of = |w: &str| matches!(w, "بن" | "ابن" | "بنت");
    match (short, full) {
        ([given, family], [g, s, .., p, f]) => given == g && family == f && son_of(s) && !son_of(p),
        _ => false,
    }
}

/// Fewest letters of a name part that may stand alone for the whole name.
const MIN_SURNAME_LETTERS: usize = 3;

/// Words inside names after which a word with the article may follow
/// (عبد الله، أبو بكر، بن سلمان، آل ثاني), or that join foreign names.
const NAME_CONNECTORS: &[&str] = &[
    "عبد",
    "ابو",
    "أبو",
    "بن",
    "ابن",
    "بنت",
    "آل",
    "ال",
    "أبي",
    "ابي",
    "ذو",
    "عبدال",
    // Mauritanian "son of" and "daughter of" (محمد ولد الشيخ الغزواني،
    // فاطمة منت أحمد), and the Amazigh "sons of" (هشام آيت منا).
    "ولد",
    "منت",
    "آيت",
    "أيت",
    // Particles of European names (ماريا فان كيرخوف، فيرجيل فان دايك،
    // ستافان دي ميستورا، لويس دا سيلفا).
    "فان",
    "فون",
    "دي",
    "دير",
    "ديل",
    "دا",
];

/// Titles that need a particular next word (ولي العهد، رجل الأعمال).
const TITLE_COMPLEMENTS: &[(&str, &[&str])] = &[
    // ... and the deputy crown prince (ولي ولي العهد).
    ("ولي", &["العهد", "عهد", "ولي"]),
    // A preacher of a mosque (خطيب المسجد الحرام); خطيب alone is "fiancé".
    ("خطيب", &["المسجد", "مسجد", "جامع", "الجامع"]),
    ("رجل", &["الأعمال", "الدين"]),
    ("سيدة", &["الأعمال"]),
    ("خادم", &["الحرمين"]),
    // The governor of an Algerian or Sudanese state (والي ولاية وهران) or
    // of Morocco's central bank (والي بنك المغرب); والي alone normalises
    // like وإلى ("and to").
    // ... or of a Moroccan region (والي جهة مراكش آسفي).
    ("والي", &["ولاية", "بنك", "جهة"]),
    // A capital's or a region's mayor (أمين عمان، أمين العاصمة، أمين منطقة
    // الرياض، أمين محافظة جدة) or a secretary-general (أمين عام الجامعة);
    // أمين alone is a given name (أمين سلام).
    (
        "أمين",
        &["عمان", "العاصمة", "منطقة", "محافظة", "مدينة", "عام"],
    ),
    ("كبير", CHIEF_OF),
    ("كبيرة", CHIEF_OF),
    ("نقيب", SYNDICATES),
    ("نقيبة", SYNDICATES),
];
/// The professions whose syndicate a نقيب heads (نقيب الصحفيين).
const SYNDICATES: &[&str] = &[
    "الصحفيين",
    "الصحافيين",
    "المحامين",
    "الأطباء",
    "أطباء",
    "المهندسين",
    "الفلاحين",
    "المعلمين",
    "الممثلين",
    "المهن",
    "الموسيقيين",
    "الصيادلة",
    "الإعلاميين",
    "السينمائيين",
    "التشكيليين",
    "الأشراف",
];
/// A title complement's fixed adjective, as normalised keys (خادم الحرمين
/// الشريفين): part of the title, never a name.
const COMPLEMENT_ADJECTIVES: &[(&str, &str)] = &[("الحرمين", "الشريفين")];
/// The plurals that make كبير ("big") a title: chief economist, negotiator ...
const CHIEF_OF: &[&str] = &[
    "الاقتصاديين",
    "المفاوضين",
    "المستشارين",
    "المحللين",
    "الباحثين",
    "الاستراتيجيين",
    "المسؤولين",
    "المراسلين",
    // ... and in construct with what they cover (كبير محللي أسواق الطاقة).
    "اقتصاديي",
    "مفاوضي",
    "مستشاري",
    "محللي",
    "باحثي",
    "مسؤولي",
    "مراسلي",
];

/// The constant word lists above as normalised keys, made once.
struct Keys {
    connectors: HashSet<String>,
    complements: HashMap<String, Vec<String>>,
    generic: HashSet<String>,
    profession: HashSet<String>,
    purpose: HashSet<String>,
    sport: HashSet<String>,
    title_adjectives: HashSet<String>,
}

fn keys() -> &'static Keys {
    static KEYS: std::sync::OnceLock<Keys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| Keys {
        connectors: NAME_CONNECTORS.iter().map(|c| phrase_key(c)).collect(),
        complements: TITLE_COMPLEMENTS
            .iter()
            .map(|(t, need)| (phrase_key(t), need.iter().map(|n| phrase_key(n)).collect()))
            .collect(),
        generic: GENERIC_TITLES.iter().map(|g| phrase_key(g)).collect(),
        profession: PROFESSION_HEADS.iter().map(|p| phrase_key(p)).collect(),
        purpose: PURPOSE_NOUNS
            .iter()
            .chain(SPORT_PURPOSES)
            .map(|p| phrase_key(p))
            .collect(),
        sport: SPORT_PURPOSES.iter().map(|p| phrase_key(p)).collect(),
        title_adjectives: TITLE_ADJECTIVES.iter().map(|t| phrase_key(t)).collect(),
    })
}

/// A name as written on its own: لل shares its ل with the article, so a
/// mention that starts there (`shared_lam`) names it with ال (للديوان
/// الملكي -> الديوان الملكي), though the mention keeps the whole word.
fn written_whole(text: &str, shared_lam: bool) -> String {
    match text.strip_prefix('ل').filter(|_| shared_lam) {
        Some(rest) => format!("ا{rest}"),
        None => text.to_string(),
    }
}

/// Fewest letters, with the article, of a verbal noun of a derived verb
/// (الانتشار، التنفيذ).
const MIN_VERBAL_NOUN_LETTERS: usize = 7;

/// True when `key` is shaped like an agent noun's sound plural (مختصون،
/// متعاملون، مستثمرون: م, a consonant, then four letters or more and ون);
/// no name is (ماكرون، ميلتون have a long vowel second).
fn agent_plural(key: &str) -> bool {
    let mut letters = key.chars();
    letters.next() == Some('م')
        && letters
            .next()
            .is_some_and(|c| !matches!(c, 'ا' | 'و' | 'ي'))
        && key.ends_with("ون")
        && key.chars().count() >= MIN_AGENT_PLURAL_LETTERS
}

/// True for a definite key shaped like the verbal noun of a derived verb
/// (الانتشار، الاستعداد، التنفيذ), not ending like an adjective or a
/// feminine noun (الانتقالية، التابعة).
fn is_derived_verbal_noun(key: &str) -> bool {
    (key.starts_with("الا") || key.starts_with("الت"))
        && key.chars().count() >= MIN_VERBAL_NOUN_LETTERS
        && !key.ends_with(['ي', 'ه'])
}

/// The person letter after the future's س (سنقاتل: ن، سيخضع: ي), when
/// `key` is shaped like a future verb.
fn future_person(key: &str) -> Option<char> {
    key.strip_prefix('س')?
        .chars()
        .next()
        .filter(|&c| matches!(c, 'ن' | 'ت' | 'ي' | FUTURE_FIRST_PERSON))
}

/// True for words that join the parts of a name (عبد، بن).
fn is_connector(key: &str) -> bool {
    keys().connectors.contains(key)
}

/// Titles that describe any official of a country (المسؤول الإماراتي).
const GENERIC_TITLES: &[&str] = &[
    "مسؤول",
    "المسؤول",
    "مسؤولة",
    "الدبلوماسي",
    "دبلوماسي",
    "السياسي",
    "الزعيم",
    "القيادي",
    "المسؤوله",
];

/// Heads of titles that describe a person's trade, not a state's office,
/// without the article: with a nationality and nothing else (المدرب
/// السويسري) they refer back to the last such person named, whose
/// nationality the text need not have given. A state office with a
/// nationality (الرئيس الأمريكي) is that state's, often someone else.
const PROFESSION_HEADS: &[&str] = &[
    "مدرب",
    "مدربة",
    "لاعب",
    "لاعبة",
    "نجم",
    "نجمة",
    "مهاجم",
    "حارس",
    "مدافع",
    "باحث",
    "باحثة",
    "خبير",
    "خبيرة",
    "محلل",
    "محللة",
    "كاتب",
    "كاتبة",
    "روائي",
    "شاعر",
    "شاعرة",
    "فنان",
    "فنانة",
    "مخرج",
    "مخرجة",
    "مغني",
    "مغنية",
    "مطرب",
    "مطربة",
    "صحفي",
    "صحفية",
    "صحافي",
    "صحافية",
    "طبيب",
    "طبيبة",
    "مهندس",
    "ملاكم",
    "عداء",
    "سباح",
    "بطل",
    "بطلة",
];
/// A player (normalised, without the article): a title alone that refers
/// back to someone named by their position (`PLAYER_POSITIONS`): اللاعب
/// after المهاجم البرازيلي ماركوس ليوناردو.
const PLAYER_HEAD: &str = "لاعب";
/// Positions that name a player (see `PLAYER_HEAD`).
const PLAYER_POSITIONS: &[&str] = &["مهاجم", "حارس", "مدافع"];
/// Roles that name a profession in other words (المدير الفني, the coach),
/// as keys, with the head they stand for.
const ROLE_HEAD_SYNONYMS: &[(&str, &str)] = &[
    ("المدير الفني", "مدرب"),
    ("مدير فني", "مدرب"),
    ("المديره الفنيه", "مدربه"),
];
/// Most words of a generic title that refers back to the official just
/// named (المسؤول الأممي: the title and one adjective).
const MAX_GENERIC_ANAPHOR_WORDS: usize = 2;
/// The UN's adjective after a title (المبعوث الأممي), normalised.
const UN_ADJECTIVES: &[&str] = &["الاممي", "الامميه"];
/// Goals scored (keys), the object of سجل after the scorer's name.
const SCORE_WORDS: &[&str] = &["هدف", "هدفا", "هدفين", "هدفان", "اهداف", "ثلاثيه", "ثنائيه"];
/// "Armed" (key), as in القوات المسلحة.
const ARMED: &str = "المسلحه";
/// "Council" and "administration" (keys): مجلس إدارة is a board.
const COUNCIL: &str = "مجلس";
/// A ministry's head, as a key without the article.
const MINISTRY: &str = "وزاره";
const BOARD: &str = "اداره";
/// Words after a title that say what the office is charged with
/// (المكلف بـ، المنتدب), normalised.
const CHARGED_WORDS: &[&str] = &["المكلف", "المكلفه", "المنتدب", "المنتدبه"];
/// Fewest letters of a title word that takes a possessive (رئيسها).
const MIN_TITLE_STEM_LETTERS: usize = 3;
/// Most words of a second office coordinated with a title before its
/// holder's name (وكبير إدارييها التنفيذيين).
const MAX_COORDINATED_OFFICE_WORDS: usize = 4;
/// "General" (normalised), an organisation's adjective that also means
/// "year" (الاتحاد العام، الأمانة العامة).
const GENERAL_ADJECTIVES: &[&str] = &["العام", "العامه"];
/// Words of time after العام ("year"), normalised: العام المقبل.
const TIME_ADJECTIVES: &[&str] = &["المقبل", "الجاري", "الحالي", "القادم", "المنصرم"];
/// Games after ل: purpose nouns of sports federations (الاتحاد السعودي
/// لكرة القدم), and what makes a listed body one (الاتحاد الأوروبي لكرة
/// القدم is UEFA).
const SPORT_PURPOSES: &[&str] = &["كرة", "ألعاب"];
/// Most words of a description between commas after a title, before its
/// holder's name (، أكبر أحزاب المعارضة،).
const MAX_DESCRIPTION_WORDS: usize = 6;
/// Social platforms (normalised names): channels, reported only as
/// speakers.
const SOCIAL_PLATFORMS: &[&str] = &[
    "تويتر",
    "فيسبوك",
    "فيس بوك",
    "اكس",
    "انستغرام",
    "انستجرام",
    "تلغرام",
    "تليغرام",
    "يوتيوب",
    "تيك توك",
    "واتساب",
    "تروث سوشيال",
];
/// Titles (normalised, without the article) that are mostly common nouns:
/// حكم is a referee but mostly a ruling.
const AMBIGUOUS_TITLES: &[&str] = &["حكم"];

/// Nisba adjectives (normalised) that are mostly common nouns when written
/// without the article: مجرى ("course") reads like مجري (Hungarian).
const COMMON_NOUN_NISBAS: &[&str] = &["مجري"];

/// Military ranks (normalised, without the article) and the words that
/// qualify them (الفريق أول، العميد ركن).
const MILITARY_RANKS: &[&str] = &[
    "فريق", "لواء", "عميد", "عقيد", "مقدم", "رائد", "نقيب", "مشير", "عماد",
];
const RANK_QUALIFIERS: &[&str] = &["اول", "ركن", "الركن"];
/// Deputies' titles without the article that take أول, "first" (وكيل أول
/// الوزارة), as keys.
const FIRST_DEPUTY_HEADS: &[&str] = &["وكيل", "نايب", "مساعد"];
/// "Aged" (normalised), opening an age clause after a title or name:
/// not the title's.
const AGE_WORDS: &[&str] = &["البالغ", "البالغه"];
/// What follows a dateline's city: the agency in brackets or a dash.
const DATELINE_MARKS: &[char] = &['(', '-', '–', '—'];
/// Most tokens of a dateline before its dash (دبي، 12 مايو (وام) -).
const MAX_DATELINE_TOKENS: usize = 10;
/// The most words a dateline's place takes before its agency credit
/// (الدار البيضاء (رويترز) -).
const MAX_DATELINE_PLACE_TOKENS: usize = 3;
/// The lexicon keys of Oman and Jordan (see `lexicon_entity`).
const OMAN_KEY: &str = "country:OM";
const JORDAN_KEY: &str = "country:JO";
/// The key of the word عمان, which names Oman and Amman.
const AMMAN_KEY: &str = "عمان";
/// Amman as a place the tagger or a title found (أمين عمان).
const AMMAN_PLACE_KEY: &str = "place:عمان";
/// The points of the compass, which name regions (شرق المتوسط، شمال
/// أفريقيا).
const COMPASS_NOUNS: &[&str] = &["شرق", "غرب", "شمال", "جنوب", "وسط"];
/// Nouns naming an expert's field (normalised keys): الخبير في شؤون
/// الطاقة، الباحث في الشؤون الأمنية.
const FIELD_NOUNS: &[&str] = &[
    "شوون",
    "الشوون",
    "مجال",
    "قضايا",
    "علم",
    "علوم",
    "امراض",
    "جراحه",
];
/// Nouns of purpose in organisation names (المرصد السوري لحقوق الإنسان).
const PURPOSE_NOUNS: &[&str] = &[
    "حقوق",
    "إغاثة",
    "غوث",
    "دراسات",
    "بحوث",
    "أبحاث",
    "مكافحة",
    "حماية",
    "رعاية",
    "تنمية",
    "شؤون",
    "تشغيل",
    "إعادة",
    "دعم",
    "مراقبة",
    "تعبئة",
    // Trade unions (الاتحاد العام لنقابات العمال).
    "نقابات",
];

/// True when `word` as written ends in ة (with any marks after it): keys
/// normalise ة to ه, so only the written word tells a feminine noun
/// (إفادة، محافظة) from a word with the pronoun ه (أفاده، محافظه).
fn ends_in_ta_marbuta(word: &str) -> bool {
    word.trim_end_matches(is_arabic_diacritic).ends_with('ة')
}

/// Multiplier of a key's length in [`signature_bit`]: keys of one length
/// but different last letters, and of one last letter but different
/// lengths, fall on different bits.
const SIGNATURE_LENGTH_STEP: usize = 7;

/// One of 64 bits picked by a key's length and last byte: a one-hash Bloom
/// filter of a small set of keys (a key whose bit is not among the set's
/// is not in it), cheaper than hashing the whole key.
fn signature_bit(key: &str) -> u64 {
    let b = key.as_bytes();
    let last = usize::from(b.last().copied().unwrap_or(0));
    1 << ((b.len() * SIGNATURE_LENGTH_STEP + last) % 64)
}

/// A key without its leading article.
fn strip_article(key: &str) -> &str {
    key.strip_prefix("ال")
        .filter(|r| r.chars().count() >= 2)
        .unwrap_or(key)
}

/// One mention found by the engine, with what attribution needs to know.
#[derive(Debug, Clone)]
pub(crate) struct Ment {
    /// Tokens covered.
    pub tokens: Range<usize>,
    /// The entity mentioned.
    pub entity: EntityId,
    /// The form of the mention.
    pub form: MentionForm,
    /// True when the mention is governed by a preposition or proclitic
    /// (بروسيا، إلى موسكو) or is an adjective: it cannot be a subject.
    pub oblique: bool,
}

/// What a title gives the person named after it (see
/// [`Arabic::add_holder`]).
struct HeldTitle {
    gender: Gender,
    role: String,
    country: Option<String>,
    /// Whether the title's mention is governed by a preposition.
    oblique: bool,
}

/// A title with no name after it, resolved in pass 2.
#[derive(Debug, Clone)]
struct TitleAlone {
    tokens: Range<usize>,
    span: Span,
    role_key: String,
    full_name: String,
    head_key: String,
    peeled: usize,
    country: Option<String>,
    gender: Gender,
    /// No article and no named country anywhere (مسؤول سعودي): a new
    /// referent, never someone named before.
    indefinite: bool,
    /// Where the title's modifiers end.
    end: usize,
    /// The office of a unit (مدير فرع المقهى): someone named before is its
    /// holder only under the same office, not under the same head word.
    of_unit: bool,
}

/// State of the analysis of one Arabic run of paragraphs.
pub(crate) struct Arabic<'d, 't, 'f> {
    doc: &'d Document<'t>,
    range: Range<usize>,
    findings: &'f mut Findings,
    w: &'static Words,
    lex: &'static Lexicon,
    ments: Vec<Ment>,
    titles_alone: Vec<TitleAlone>,
    /// Organisation entities by the key of their head word, most recent last.
    orgs_by_head: HashMap<String, Vec<EntityId>>,
    /// Token ranges of title phrases (head and modifiers, without the name).
    title_ranges: Vec<Range<usize>>,
    /// Byte offset where the body starts, after a headline
    /// ([`Document::headline_end`]); `usize::MAX` when the run has no body.
    body_start: usize,
    /// Token ranges inside quotation marks (outermost quotes), set by the
    /// speech pass: a name inside a quote is not the subject of a cue outside it.
    quoted: Vec<Range<usize>>,
    /// Per-token lookups built once before the speech pass (see [`Index`]).
    index: Index,
    /// Readings and lexicon matches of every token, made once.
    cache: Cache<'d>,
    /// Each token's word type (see [`Document::word_types`]).
    types: Vec<u32>,
    /// Quoted segments of the run (all depths), paired before pass 1.
    marks: Vec<marks::Quoted>,
    /// Short closed quotes by opening token: `open -> close` (a label such
    /// as تحالف "سائرون" names an organisation).
    labels: HashMap<usize, usize>,
    /// Opening tokens of quotes used as organisation labels: not quotes.
    label_quotes: HashSet<usize>,
    /// Family names (last name words, as keys) of the persons named in full
    /// so far, and how many entities have been looked at for them.
    family_names: (usize, HashSet<String>),
    /// True while a title coordinated with the one before it is read (see
    /// `second_office_holder`): that title does not look for a third one,
    /// so the recursion is one level deep whatever the input.
    in_second_office: bool,
    /// The phrase key `bare_club` looks up, kept from one word to the next:
    /// it is asked of most definite words, and a string made each time was
    /// most of its cost.
    club_key: String,
}

/// What every rule asks about a token, computed once per document.
#[derive(Debug, Default)]
struct Cache<'d> {
    /// The readings of all tokens of the run, token after token.
    readings: Vec<clitics::Reading<'d>>,
    /// Where each token's readings start in `readings` (one more entry
    /// than tokens, so token `k` has `starts[k]..starts[k + 1]`).
    starts: Vec<u32>,
    /// What the word lists say about each reading (parallel to `readings`).
    reading_info: Vec<&'static words::Info>,
    /// What the word lists say about each token's key, and about its key
    /// with و / ف peeled (see [`Arabic::bare`]).
    info: Vec<&'static words::Info>,
    bare_info: Vec<&'static words::Info>,
    matches: Vec<Option<lexicon::Match<'static>>>,
    /// Whether any reading of each token is an organisation head (most
    /// tokens are tried as one, few are).
    org_head: Vec<bool>,
    /// Whether any reading of each token is a title word: every token is
    /// tried as a title's head (see [`Arabic::title_gender`]), few are.
    titled: Vec<bool>,
}

/// Per-token lookups, so that the speech rules never scan all mentions,
/// titles or quotes for one token (which would make long texts quadratic).
#[derive(Debug, Default)]
pub(crate) struct Index {
    base: usize,
    /// Mention starting at the token (index + 1 into `ments`), or 0.
    ment_at: Vec<u32>,
    /// Title range containing the token (index + 1 into `title_ranges`), or 0.
    title_at: Vec<u32>,
    /// Quote the token is inside or opens (index + 1 into `quoted`), or 0.
    quote_at: Vec<u32>,
}

/// An empty slot of a per-token mention index.
const NO_MENTION: u32 = u32::MAX;

/// Fills `slots[r - base]` with `value` for every token of `r`.
fn mark(slots: &mut [u32], base: usize, r: &Range<usize>, value: u32) {
    let (s, e) = (
        r.start.saturating_sub(base).min(slots.len()),
        r.end.saturating_sub(base).min(slots.len()),
    );
    for x in &mut slots[s..e] {
        *x = value;
    }
}

/// Finds actors and quotes in the paragraphs covering `tokens`.
pub(crate) fn analyze(
    doc: &Document,
    tokens: Range<usize>,
    findings: &mut Findings,
    options: &crate::Options,
) {
    let mut a = Arabic::new(doc, tokens.clone(), findings);
    a.build_cache();
    a.labels = a
        .marks
        .iter()
        .filter_map(|q| {
            let close = q.close?;
            let words = (q.first()..close)
                .filter(|&i| doc.tokens[i].is_word())
                .count();
            (words > 0 && words <= MAX_LABEL_WORDS).then_some((q.open, close))
        })
        .collect();
    a.find_mentions();
    if options.name_tagger {
        a.tagged_names();
    }
    a.resolve_mentions();
    crate::sort::sort_by_key(&mut a.ments, |m| m.tokens.start);
    a.drop_credited_writers();
    a.build_index();
    speech::find_quotes(&mut a);
    governorates_as_places(a.findings);
}

/// How a governorate's name starts (محافظة الأحساء).
const GOVERNORATE_HEAD: &str = "محافظة ";

/// A governorate named with its head (في أحياء محافظة الأحساء) is a place;
/// only one that speaks (وقالت محافظة الخرج إن) is the body that runs it.
fn governorates_as_places(findings: &mut Findings) {
    // Who speaks, marked once: linear in entities and quotes together.
    let mut speaks = vec![false; findings.entities.len()];
    for id in findings.quotes.iter().filter_map(|q| q.speaker) {
        if let Some(s) = speaks.get_mut(id) {
            *s = true;
        }
    }
    for (e, speaks) in findings.entities.iter_mut().zip(speaks) {
        if e.kind == ActorKind::Organization && e.name.starts_with(GOVERNORATE_HEAD) && !speaks {
            e.kind = ActorKind::Place;
        }
    }
}

impl<'d, 't, 'f> Arabic<'d, 't, 'f> {
    /// The engine for `tokens` of `doc`, recording into `findings`, before
    /// any pass (its cache not built yet).
    fn new(doc: &'d Document<'t>, tokens: Range<usize>, findings: &'f mut Findings) -> Self {
        let body = doc.headline_end(&tokens);
        Arabic {
            doc,
            body_start: doc.tokens.get(body).map_or(usize::MAX, |t| t.span.start),
            range: tokens.clone(),
            findings,
            w: words(),
            lex: lexicon::lexicon(),
            ments: Vec::new(),
            titles_alone: Vec::new(),
            orgs_by_head: HashMap::default(),
            title_ranges: Vec::new(),
            quoted: Vec::new(),
            index: Index::default(),
            cache: Cache::default(),
            types: Vec::new(),
            marks: marks::find(doc, tokens.clone()),
            labels: HashMap::default(),
            label_quotes: HashSet::default(),
            family_names: (0, HashSet::default()),
            in_second_office: false,
            club_key: String::new(),
        }
    }
}

/// Keys of the words that open a wire copy's credit line in brackets:
/// (إعداد فلان للنشرة العربية - تحرير فلان), (تغطية صحفية ...).
const CREDIT_OPENERS: &[&str] = &["اعداد", "تحرير", "تغطيه", "ترجمه", "كتابه"];

/// Most words in a credit line (a credit names two to four people).
const MAX_CREDIT_WORDS: usize = 24;

impl Arabic<'_, '_, '_> {
    /// True for a credit line: a bracketed paragraph that opens with
    /// إعداد / تحرير / تغطية ..., or a byline opening with بقلم.
    fn is_credit_paragraph(&self, para: Range<usize>) -> bool {
        let Some(first) = para.clone().find(|&k| self.is_word(k)) else {
            return false;
        };
        let bracketed = self.doc.tokens[para.start].is_punct(self.doc.text, '(');
        let opens = bracketed && CREDIT_OPENERS.contains(&self.key(first))
            || first == para.start && self.key(first) == "بقلم";
        opens && para.filter(|&k| self.is_word(k)).count() <= MAX_CREDIT_WORDS
    }

    /// People named only in a credit line wrote the story; they are not
    /// its actors.
    fn drop_credited_writers(&mut self) {
        let mentions: Vec<(EntityId, bool)> = self
            .ments
            .iter()
            .filter(|m| self.findings.entities[m.entity].kind == ActorKind::Person)
            .map(|m| {
                let para = self.doc.paragraph_range(m.tokens.start);
                (m.entity, self.is_credit_paragraph(para))
            })
            .collect();
        self.findings.drop_credited_writers(&mentions);
    }
}

/// What a title coordinated after another one turned out to be.
enum SecondOffice {
    /// It named the holder of both; the name ends here.
    Holder(usize),
    /// It is an office of its own, read up to `end`; the first title is
    /// recorded alone before the titles it added (at `titles_at`).
    Alone { end: usize, titles_at: usize },
}

/// A title phrase: head, modifiers, and what they say.
struct Title {
    end: usize,
    /// Where the first country qualifier starts (a title alone is
    /// mentioned up to there, since the qualifier is its own mention).
    plain_end: usize,
    country: Option<String>,
    /// True when a second office follows the first (رئيس مجلس الوزراء وزير
    /// الخارجية): the offices of one holder.
    chained: bool,
    /// True when the office is a unit's (مدير فرع الوزارة): see [`TitleAlone`].
    of_unit: bool,
}

impl<'d, 't, 'f> Arabic<'d, 't, 'f> {
    fn build_cache(&mut self) {
        let doc = self.doc;
        let types = doc.word_types(self.range.clone());
        let w = self.w;
        let mut readings = Vec::with_capacity(self.range.len() + self.range.len() / 2);
        let mut reading_info: Vec<&'static words::Info> = Vec::with_capacity(readings.capacity());
        let mut starts = Vec::with_capacity(self.range.len() + 1);
        for (k, i) in self.range.clone().enumerate() {
            starts.push(readings.len() as u32);
            let first = types[k] as usize;
            if first < k {
                // A word seen before reads as it did then.
                let r = starts[first] as usize..starts[first + 1] as usize;
                readings.extend_from_within(r.clone());
                reading_info.extend_from_within(r);
            } else if doc.tokens[i].is_word() {
                let from = readings.len();
                lexicon::readings_into(doc, i, &mut readings);
                reading_info.extend(readings[from..].iter().map(|r| w.about(&r.key)));
            }
        }
        starts.push(readings.len() as u32);
        let org_head = starts
            .windows(2)
            .map(|r| {
                reading_info[r[0] as usize..r[1] as usize]
                    .iter()
                    .any(|w| w.is_org_head())
            })
            .collect();
        let titled = starts
            .windows(2)
            .map(|r| {
                reading_info[r[0] as usize..r[1] as usize]
                    .iter()
                    .any(|w| w.title().is_some())
            })
            .collect();
        let empty = w.about("");
        let mut info = Vec::with_capacity(self.range.len());
        let mut bare_info = Vec::with_capacity(self.range.len());
        for (k, i) in self.range.clone().enumerate() {
            let first = types[k] as usize;
            if first < k {
                info.push(info[first]);
                bare_info.push(bare_info[first]);
                continue;
            }
            let key = self.key(i);
            if key.is_empty() {
                info.push(empty);
                bare_info.push(empty);
                continue;
            }
            // يدعى ("is called") normalises like يدعي ("claims"), a cue.
            let word = doc.word(i);
            if NAMING_PASSIVES.contains(&word) || NOT_CUES.contains(&word) {
                info.push(empty);
                bare_info.push(empty);
                continue;
            }
            // A word's first reading is its key as written: looked up already.
            let about = if starts[k] < starts[k + 1] {
                reading_info[starts[k] as usize]
            } else {
                w.about(key)
            };
            // A verbal noun with ة normalises like a verb with the object ه
            // (إفادة like أفاده, إشارة like أشاره): a finite verb never
            // ends in ة, so it is no cue (participles like مؤكدة are).
            let about = if about.cue().is_some_and(|c| !c.participle) && ends_in_ta_marbuta(word) {
                empty
            } else {
                about
            };
            info.push(about);
            let bare = self.bare(key);
            bare_info.push(if bare.len() == key.len() {
                about
            } else {
                w.about(bare)
            });
        }
        // مقرا لها: a seat, not a cue (told apart by the word after it).
        for (k, i) in self.range.clone().enumerate() {
            if self.key(i) == SEAT && self.is_word(i + 1) && SEAT_OF.contains(&self.key(i + 1)) {
                info[k] = empty;
            }
        }
        let mut scratch = String::new();
        // Tokens come in order: a paragraph's end is looked up once.
        let mut para_end = 0;
        // Per word type: whether a phrase of the lexicon starts with one of
        // its readings (when none does, none of its copies matches).
        let mut may_match = vec![false; self.range.len()];
        let mut matches = Vec::with_capacity(self.range.len());
        for (k, i) in self.range.clone().enumerate() {
            let r = &readings[starts[k] as usize..starts[k + 1] as usize];
            let first = types[k] as usize;
            if r.is_empty() || first < k && !may_match[first] {
                matches.push(None);
                continue;
            }
            if i >= para_end {
                para_end = doc.paragraph_range(i).end;
            }
            let limit = para_end.min(self.range.end);
            let mut starts_phrase = false;
            let mut short_match = false;
            let found = self
                .lex
                .longest_noting(doc, i, limit, r, &mut scratch, &mut starts_phrase)
                .or_else(|| {
                    // للبنان، لليفربول: ل + a name that starts with ل.
                    let tail = clitics::lam_tail(doc.word(i), &doc.tokens[i].key)?;
                    self.lex.longest_noting(
                        doc,
                        i,
                        limit,
                        &[tail],
                        &mut scratch,
                        &mut starts_phrase,
                    )
                })
                .or_else(|| {
                    // لبي بي سي، لسي إن إن: a preposition on a stem of two
                    // letters, which only a phrase of several words confirms.
                    // Whether such a stem starts a phrase is not noted: common
                    // words (كان، بين) would then be looked up at every copy.
                    let key = &doc.tokens[i].key;
                    if !clitics::may_be_short(key) {
                        return None;
                    }
                    let short = clitics::short_stem(doc.word(i), key)?;
                    let found = self
                        .lex
                        .longest_noting(doc, i, limit, &[short], &mut scratch, &mut false)
                        .filter(|m| m.tokens.len() > 1);
                    short_match = found.is_some();
                    found
                });
            may_match[k] = starts_phrase || short_match;
            matches.push(found);
        }
        self.cache = Cache {
            readings,
            starts,
            reading_info,
            info,
            bare_info,
            matches,
            org_head,
            titled,
        };
        self.types = types;
    }

    /// Builds the mention and title lookups (quotes are added by the speech pass).
    fn build_index(&mut self) {
        let n = self.range.len();
        let base = self.range.start;
        let mut index = Index {
            base,
            ment_at: vec![0; n],
            title_at: vec![0; n],
            quote_at: vec![0; n],
        };
        for (k, m) in self.ments.iter().enumerate() {
            if let Some(slot) = m
                .tokens
                .start
                .checked_sub(base)
                .and_then(|i| index.ment_at.get_mut(i))
            {
                *slot = k as u32 + 1;
            }
        }
        for (k, r) in self.title_ranges.iter().enumerate() {
            mark(&mut index.title_at, base, r, k as u32 + 1);
        }
        self.index = index;
    }

    /// Records the quoted ranges and indexes them.
    pub(crate) fn set_quoted(&mut self, quoted: Vec<Range<usize>>) {
        for (k, r) in quoted.iter().enumerate() {
            mark(&mut self.index.quote_at, self.index.base, r, k as u32 + 1);
        }
        self.quoted = quoted;
    }

    /// The mention that starts at token `j`.
    pub(crate) fn ment_starting(&self, j: usize) -> Option<&Ment> {
        let slot = *self.index.ment_at.get(j.checked_sub(self.index.base)?)?;
        (slot > 0).then(|| &self.ments[slot as usize - 1])
    }

    /// The title range containing token `j`.
    pub(crate) fn title_containing(&self, j: usize) -> Option<Range<usize>> {
        let slot = *self.index.title_at.get(j.checked_sub(self.index.base)?)?;
        (slot > 0).then(|| self.title_ranges[slot as usize - 1].clone())
    }

    /// The quoted range (marks included) containing token `j`.
    pub(crate) fn quote_containing(&self, j: usize) -> Option<Range<usize>> {
        let slot = *self.index.quote_at.get(j.checked_sub(self.index.base)?)?;
        (slot > 0).then(|| self.quoted[slot as usize - 1].clone())
    }

    /// Mentions starting in `from..to`, in text order (`ments` is sorted).
    pub(crate) fn ments_in(&self, from: usize, to: usize) -> &[Ment] {
        let s = self.ments.partition_point(|m| m.tokens.start < from);
        let e = self.ments.partition_point(|m| m.tokens.start < to);
        &self.ments[s..e.max(s)]
    }

    fn key(&self, i: usize) -> &str {
        &self.doc.tokens[i].key
    }

    fn is_word(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| t.is_word())
    }

    /// The key with a leading و / ف peeled when at least two letters remain.
    fn bare<'k>(&self, key: &'k str) -> &'k str {
        for p in ["و", "ف"] {
            if let Some(rest) = key.strip_prefix(p) {
                if rest.chars().count() >= 2 {
                    return rest;
                }
            }
        }
        key
    }

    /// The readings of token `i` (see [`lexicon::readings_of`]), made once per document.
    fn readings(&self, i: usize) -> &[clitics::Reading<'d>] {
        let Some(k) = i.checked_sub(self.range.start) else {
            return &[];
        };
        match (self.cache.starts.get(k), self.cache.starts.get(k + 1)) {
            (Some(&s), Some(&e)) => &self.cache.readings[s as usize..e as usize],
            _ => &[],
        }
    }

    /// What the word lists say about the key of token `i`.
    pub(crate) fn tw(&self, i: usize) -> &'static words::Info {
        match i
            .checked_sub(self.range.start)
            .and_then(|k| self.cache.info.get(k))
        {
            Some(x) => x,
            None => self.w.about(self.key(i)),
        }
    }

    /// What the word lists say about the key of token `i` with و / ف
    /// peeled (see [`Arabic::bare`]).
    pub(crate) fn btw(&self, i: usize) -> &'static words::Info {
        match i
            .checked_sub(self.range.start)
            .and_then(|k| self.cache.bare_info.get(k))
        {
            Some(x) => x,
            None => self.w.about(self.bare(self.key(i))),
        }
    }

    /// What the word lists say about each reading of token `i` (parallel
    /// to [`Arabic::readings`]).
    fn reading_infos(&self, i: usize) -> &[&'static words::Info] {
        let Some(k) = i.checked_sub(self.range.start) else {
            return &[];
        };
        match (self.cache.starts.get(k), self.cache.starts.get(k + 1)) {
            (Some(&s), Some(&e)) => &self.cache.reading_info[s as usize..e as usize],
            _ => &[],
        }
    }

    /// Whether the tagger keeps the word type of token `i` across calls
    /// (the tagger's `kept`: punctuation, or a word the lists know), from
    /// the lookup of its key made already: a word's first reading is its
    /// key as written (see [`clitics::readings_into`]).
    fn listed_for_tagger(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        match t.kind {
            crate::text::token::TokenKind::Punct | crate::text::token::TokenKind::Quote(_) => true,
            crate::text::token::TokenKind::Word => match self.reading_infos(i).first() {
                Some(&w) => !std::ptr::eq(w, &words::NOTHING),
                None => self.w.info(&t.key).is_some(),
            },
            _ => false,
        }
    }

    /// The longest lexicon match starting at token `i` (within its paragraph), made once per document.
    fn lex_at(&self, i: usize) -> Option<&lexicon::Match<'static>> {
        i.checked_sub(self.range.start)
            .and_then(|k| self.cache.matches.get(k))
            .and_then(Option::as_ref)
    }

    /// True where a name in apposition ends: a comma, or a colon before
    /// the holder's words (رئيسة القسم، الدكتورة منى العتيبي: "...").
    fn apposition_end(&self, k: usize) -> bool {
        self.comma_at(k) || self.punct_at(k, ':')
    }

    /// True when token `k` is a comma (، or ,); false past the text's end.
    fn comma_at(&self, k: usize) -> bool {
        self.doc
            .tokens
            .get(k)
            .is_some_and(|t| t.is_comma(self.doc.text))
    }

    fn span(&self, tokens: Range<usize>, offset: usize) -> Span {
        Span::new(
            self.doc.tokens[tokens.start].span.start + offset,
            self.doc.tokens[tokens.end - 1].span.end,
        )
    }

    /// End of the paragraph containing token `i` (bounded by the run).
    fn para_end(&self, i: usize) -> usize {
        self.doc.paragraph_range(i).end.min(self.range.end)
    }

    /// True for an unidentified source (مصادر، ومصادر، وسائل): the word as
    /// written or without its conjunction (وسائل itself begins with و).
    pub(crate) fn is_anonymous_source(&self, j: usize) -> bool {
        self.tw(j).is_anonymous() || self.btw(j).is_anonymous()
    }

    /// True when token `i` (with و/ف peeled) is a word that never belongs to a name.
    fn is_stop(&self, i: usize) -> bool {
        (self.tw(i).is_stop() || self.btw(i).is_stop()) && !self.written_imam(i)
    }

    /// True when token `i` is written إمام (with و or ف before it or not):
    /// "imam" or the given name (إمام عاشور), which keys spell like the
    /// preposition أمام ("in front of").
    fn written_imam(&self, i: usize) -> bool {
        // Asked of nearly every word: its length first (إمام alone or after
        // a one-letter و or ف), then bytes, no characters decoded.
        let extra = self.doc.tokens[i].span.len().wrapping_sub(IMAM.len());
        if extra != 0 && extra != 'و'.len_utf8() {
            return false;
        }
        let Some(rest) = self.doc.word(i).as_bytes().strip_suffix(IMAM.as_bytes()) else {
            return false;
        };
        rest.is_empty() || rest == "و".as_bytes() || rest == "ف".as_bytes()
    }

    fn title_gender(&self, i: usize) -> Option<(Gender, usize, usize)> {
        // إمام, which keys spell like أمام ("in front of"), is a title before
        // the mosque it leads or the preacher's office (إمام وخطيب المسجد
        // الحرام، إمام مسجد قباء).
        if self.written_imam(i)
            && self.is_word(i + 1)
            && IMAM_OF.contains(&self.bare(self.key(i + 1)))
        {
            let (offset, peeled) = self
                .glued_letter(i, &['و', 'ف'])
                .map_or((0, 0), |r| (r.offset, r.peeled));
            return Some((Gender::Masculine, offset, peeled));
        }
        // Tokens outside the run have no flag: their readings are none.
        let titled = i
            .checked_sub(self.range.start)
            .and_then(|k| self.cache.titled.get(k))
            .copied()
            .unwrap_or(false);
        if titled {
            for (r, w) in self.readings(i).iter().zip(self.reading_infos(i)) {
                if r.peeled > 0
                    && !matches!(
                        self.key(i).chars().next(),
                        Some('و' | 'ف' | 'ل' | 'ب' | 'ك')
                    )
                {
                    continue;
                }
                // والي is written so (وإلى, "and to", normalises the same).
                if r.key == WALI && !self.doc.word(i).ends_with(WALI) {
                    continue;
                }
                if let Some(g) = w.title() {
                    if let Some(need) = keys().complements.get(r.key.as_ref()) {
                        let ok = self.is_word(i + 1) && need.iter().any(|n| self.key(i + 1) == n)
                            || r.key == WALI && self.wali_of_place(i)
                            || r.key == MAYOR && self.mayor_of_city(i);
                        if !ok {
                            continue;
                        }
                    }
                    return Some((g, r.offset, r.peeled));
                }
            }
        }
        // A title with a possessive, pointing back to a body (وقال رئيسها
        // محمد الحسان، مديره): a title word in construct, without ال.
        // Not a ة, which normalises like the possessive ه (محافظة): asked
        // only of a key with a possessive ending.
        let key = self.key(i);
        let stem = POSSESSIVE_PRONOUNS
            .iter()
            .find_map(|s| key.strip_suffix(s))
            .filter(|stem| !stem.starts_with("ال"))?;
        // The ة test first: most keys ending so are words ending in ة.
        if ends_in_ta_marbuta(self.doc.word(i)) || stem.chars().count() < MIN_TITLE_STEM_LETTERS {
            return None;
        }
        if let Some(g) = self.w.about(stem).title() {
            return (!keys().complements.contains_key(stem)).then_some((g, 0, 0));
        }
        // A feminine title writes its ة as ت before the possessive
        // (مديرتها، رئيستها): the title is the stem with ة (keys write ه).
        let feminine = format!("{}ه", stem.strip_suffix('ت')?);
        let g = self.w.about(&feminine).title()?;
        (!keys().complements.contains_key(feminine.as_str())).then_some((g, 0, 0))
    }

    /// True when the title at `i` is a nisba-shaped word with the article
    /// right after a definite noun it qualifies (الحل الدبلوماسي، السلك
    /// الدبلوماسي، النادي الرياضي، القرار القاضي بـ): an adjective, not a
    /// person. Not after a title or a listed agent noun (الناقد الرياضي،
    /// المحلل الرياضي), which the nisba qualifies as a trade.
    fn adjective_of_noun_before(&self, i: usize) -> bool {
        let key = self.key(i);
        let prev = i.wrapping_sub(1);
        i > self.range.start
            && key.starts_with("ال")
            && key.ends_with('ي')
            && self.is_word(prev)
            && !self.doc.tokens[i].newline_before
            && self.readings(prev).iter().any(|r| r.key.starts_with("ال"))
            && !self.is_stop(prev)
            && self.title_gender(prev).is_none()
            && self.tw(prev).cue().is_none()
            && self.lex_at(prev).is_none()
            && !self.tw(prev).is_first_name()
            && !self.tw(prev).is_name_word()
    }

    /// True when token `first` opens a quoted title right after a noun
    /// of a work (فيلم «ماء العين»، رواية «ساق البامبو»).
    fn work_title_at(&self, first: usize) -> bool {
        let (open, noun) = (first.wrapping_sub(1), first.wrapping_sub(2));
        first >= self.range.start + 2
            && self.doc.tokens[open].quote_mark().is_some()
            && self.is_word(noun)
            && self
                .readings(noun)
                .iter()
                .any(|r| WORK_NOUNS.contains(&r.key.as_ref()))
    }

    /// True when أمين at `i` is a city's mayor before its holder's
    /// honorific (أمين الأحساء المهندس عادل الملحم): a name goes on with
    /// its own words, not with an honorific.
    fn mayor_of_city(&self, i: usize) -> bool {
        let (city, honorific) = (i + 1, i + 2);
        self.is_word(city)
            && self.is_word(honorific)
            && self.key(city).starts_with("ال")
            && !self.tw(city).is_name_word()
            && !self.doc.tokens[honorific].newline_before
            && PERSONAL_HONORIFICS.contains(&self.key(honorific))
    }

    /// True when والي at `i` is a governor before the city or state he
    /// governs, named without ولاية (والي صفاقس، والي الخرطوم): a place
    /// the lists know or a word no list knows, and no place before it
    /// that would make it "and to" (من تونس والي صفاقس).
    fn wali_of_place(&self, i: usize) -> bool {
        let place = |k: usize| {
            self.lex_at(k).is_some_and(|m| {
                m.peeled == 0
                    && m.entries
                        .iter()
                        .any(|e| matches!(e.kind, ActorKind::Place | ActorKind::Country))
            })
        };
        let next = i + 1;
        self.is_word(next)
            && !self.doc.tokens[next].newline_before
            && (place(next)
                || self.readings(next).len() == 1
                    && !self.is_stop(next)
                    && !self.tw(next).is_common()
                    && self.tw(next).cue().is_none()
                    && self.title_gender(next).is_none()
                    && !self.tw(next).is_org_head())
            && !(i > self.range.start && self.is_word(i - 1) && place(i - 1))
    }

    /// Records a mention and its entity; returns the entity when recorded.
    fn add(
        &mut self,
        tokens: Range<usize>,
        span: Span,
        id: EntityId,
        form: MentionForm,
        oblique: bool,
    ) -> bool {
        if self.findings.mention(id, span, form) {
            self.ments.push(Ment {
                tokens,
                entity: id,
                form,
                oblique,
            });
            true
        } else {
            false
        }
    }

    /// True when the mention starting at token `i` (with `peeled` proclitic
    /// letters) is governed by a preposition.
    fn oblique_at(&self, i: usize, peeled: usize) -> bool {
        // ب / ل / ك glued to the word (after an optional و / ف).
        if peeled > 0 {
            let chars: Vec<char> = self.key(i).chars().take(peeled).collect();
            if chars.iter().any(|c| matches!(c, 'ب' | 'ل' | 'ك')) {
                return true;
            }
        }
        if i == 0 || i <= self.range.start {
            return false;
        }
        let prev = i - 1;
        if !self.is_word(prev) {
            return false;
        }
        // Not بيّن (explained) written بين, a verb with its subject after
        // it (من جانبه، بيّن أمين المنطقة ... أن).
        if self.tw(prev).is_preposition()
            && !self.expressed_verb(prev)
            && speech::explained_cue(self, prev).is_none()
        {
            return true;
        }
        // In apposition to a noun governed by a glued preposition, with a
        // possessive (أشاد بزميله صلاح، اتصالا بنظيره X).
        let pk = self.key(prev);
        if matches!(pk.chars().next(), Some('ب' | 'ل' | 'ك'))
            && self.with_possessive(prev)
            && self.readings(prev).iter().any(|r| r.peeled == 1)
            && self.tw(prev).cue().is_none()
            && self.title_gender(prev).is_none()
            && !self.tw(prev).is_first_name()
            && !self.tw(prev).is_name_word()
        {
            return true;
        }
        // Coordinated with an oblique mention just before (بين واشنطن وسيول):
        // the و must have been peeled from this word.
        if peeled > 0 && self.key(i).starts_with('و') {
            if let Some(m) = self.ments.iter().rev().find(|m| m.tokens.end <= i) {
                return m.oblique && m.form != MentionForm::Nisba && m.tokens.end == i;
            }
        }
        false
    }

    /// True when token `k` is عبر opening its clause (عبر قائد الفريق عن
    /// حزنه، وعبر الوزير عن): the verb "expressed", whose subject follows,
    /// not the preposition "via" (قال عبر الهاتف).
    fn expressed_verb(&self, k: usize) -> bool {
        self.bare(self.key(k)) == EXPRESSED
            && (k == self.range.start
                || !self.is_word(k - 1)
                || self.doc.sentence_of[k] != self.doc.sentence_of[k - 1])
    }

    // ---- pass 1 ------------------------------------------------------------

    fn find_mentions(&mut self) {
        let mut i = self.range.start;
        while i < self.range.end {
            if !self.is_word(i) {
                i += 1;
                continue;
            }
            let limit = self.para_end(i);
            if let Some(end) = self.title_phrase(i, limit) {
                i = end;
                continue;
            }
            if let Some(end) = self.bare_club(i) {
                i = end;
                continue;
            }
            if let Some(end) = self.lexicon_entity(i) {
                i = end;
                continue;
            }
            if let Some(end) = self.org_phrase(i, limit) {
                i = end;
                continue;
            }
            if let Some(end) = self.dual_org(i) {
                i = end;
                continue;
            }
            if let Some(end) = self.cue_subject_name(i, limit) {
                i = end;
                continue;
            }
            if let Some(end) = self.mother_kunya(i, limit) {
                i = end;
                continue;
            }
            // إمام is a given name before a family name no list knows as a
            // common word (إمام عاشور; not إمام مسجد), which the name's
            // other words follow as they would a title.
            if self.written_imam(i) && i + 1 < limit && self.is_proper_word(i + 1) {
                let (end, _) = self.name_run(i + 1, limit, true);
                if end > i + 1 {
                    let conjunction = self.glued_letter(i, &['و', 'ف']).map_or(0, |r| r.offset);
                    let span = self.span(i..end, conjunction);
                    let id = self.person(i..end, span, Gender::Masculine);
                    let oblique = self.oblique_at(i, 0);
                    self.add(i..end, span, id, MentionForm::Name, oblique);
                    i = end;
                    continue;
                }
            }
            // A name in construct with a place noun names the place (ميناء
            // جيهان التركي، مدينة محمد بن راشد), not a person; a summit
            // (قمة) may be named after its guests. (The list is scanned
            // only for a first name, not for every word.)
            let first_name = self.tw(i).is_first_name() || self.btw(i).is_first_name();
            let place_named = first_name
                && i > self.range.start
                && self.is_word(i - 1)
                && self.key(i - 1) != SUMMIT
                && PLACE_CONSTRUCT_NOUNS.contains(&self.key(i - 1));
            if first_name && !place_named {
                if let Some(end) = self.untitled_name(i, limit) {
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
    }

    /// A listed club named by its bare word (الهلال for نادي الهلال, a
    /// word that is also a common noun): the club after a word of the game
    /// (`CLUB_CONTEXT`: فريق الهلال، على مضيفه النصر), or anywhere once
    /// the text has named it. Returns the word's end.
    fn bare_club(&mut self, i: usize) -> Option<usize> {
        // Not a word that a definite word qualifies or completes (الهلال
        // الأحمر، الاتحاد الأفريقي، الهلال السوداني): another body.
        if self.is_word(i + 1) && ["ال", "لل"].iter().any(|a| self.key(i + 1).starts_with(a)) {
            return None;
        }
        let mut club_key = std::mem::take(&mut self.club_key);
        club_key.clear();
        let reading = self
            .readings(i)
            .iter()
            .find(|r| r.key.starts_with("ال"))
            .map(|r| {
                club_key.push_str(CLUB_HEADS[1]);
                club_key.push(' ');
                club_key.push_str(&r.key);
                (r.offset, r.peeled)
            });
        let e = reading.and_then(|_| {
            self.lex
                .first_of(&club_key)
                .filter(|e| e.kind == ActorKind::Organization)
                .copied()
        });
        self.club_key = club_key;
        let ((offset, peeled), e) = (reading?, e?);
        let context =
            i > self.range.start && self.is_word(i - 1) && CLUB_CONTEXT.contains(&self.key(i - 1));
        if !context && self.findings.find(e.key).is_none() {
            return None;
        }
        let id = self.lexicon_actor(&e);
        let span = self.span(i..i + 1, offset);
        let oblique = self.oblique_at(i, peeled);
        self.add(i..i + 1, span, id, MentionForm::Name, oblique);
        Some(i + 1)
    }

    /// A singular agent noun right before a full name describes that
    /// person (قال المزارع أبو خالد، المعتقل محمد علي): the noun is their
    /// role, not a group. Not a nisba-shaped word (الإسلامي), which more
    /// often qualifies the noun before it. Returns the name's end.
    fn agent_before_name(
        &mut self,
        i: usize,
        m: &lexicon::Match<'static>,
        e: &lexicon::Entry,
    ) -> Option<usize> {
        let singular_noun = e.kind == ActorKind::Group
            && e.gender == Gender::Masculine
            && m.peeled == 0
            && m.tokens.len() == 1
            && self.key(i).starts_with("ال")
            && !self.key(i).ends_with('ي');
        if !singular_noun {
            return None;
        }
        let start = m.tokens.end;
        let limit = self.para_end(i);
        // The name opens with a given name or a kunya (أبو خالد).
        let opens_name = self.is_word(start)
            && (self.tw(start).is_first_name() || is_connector(self.key(start)));
        let (end, _) = self.name_run(start, limit, true);
        if !opens_name || end < start + 2 {
            return None;
        }
        // Read as a title by the speech rules (its holder is the subject).
        self.title_ranges.push(i..start);
        let held = HeldTitle {
            gender: Gender::Masculine,
            role: self.span(i..start, 0).slice(self.doc.text).to_string(),
            country: None,
            oblique: self.oblique_at(i, 0),
        };
        self.add_holder(start..end, held);
        Some(end)
    }

    /// A nationality with the article right before a name whose first
    /// word reads as another nationality without it (البرتغالي جورجي
    /// جيسوس: Jorge, not "Georgian", which would agree with البرتغالي):
    /// records the nationality's mention (of country `country`) and the
    /// person, of that nationality, and returns the name's end.
    fn nationality_before_name(
        &mut self,
        i: usize,
        m: &lexicon::Match<'static>,
        e: &lexicon::Entry,
        country: EntityId,
    ) -> Option<usize> {
        let start = m.tokens.end;
        let free_standing =
            i == self.range.start || !self.is_word(i - 1) || !self.key(i - 1).starts_with("ال");
        if e.form != MentionForm::Nisba
            || !free_standing
            || !self.is_definite_nationality(i, start)
            || !self.is_word(start)
        {
            return None;
        }
        let next = self.lex_at(start)?;
        if next.entries[0].form != MentionForm::Nisba || !self.disagrees(start, next) {
            return None;
        }
        let limit = self.para_end(i);
        let (end, _) = self.name_run(start, limit, true);
        if end < start + 2 {
            return None;
        }
        self.add(m.tokens.clone(), m.span, country, e.form, true);
        let span = self.span(start..end, 0);
        let id = self.person(start..end, span, e.gender);
        let person = &mut self.findings.entities[id];
        if person.country.is_none() {
            person.country = e.country.map(str::to_string);
        }
        let oblique = self.oblique_at(start, 0);
        self.add(start..end, span, id, MentionForm::Name, oblique);
        Some(end)
    }

    /// The person named at `name` as the holder of a title: their role and,
    /// with it, their country when they had neither, and the name's
    /// mention.
    fn add_holder(&mut self, name: Range<usize>, held: HeldTitle) {
        let span = self.span(name.clone(), 0);
        let id = self.person(name.clone(), span, held.gender);
        let e = &mut self.findings.entities[id];
        if e.role.is_none() {
            e.role = Some(held.role);
            if e.country.is_none() {
                e.country = held.country;
            }
        }
        self.add(name, span, id, MentionForm::Name, held.oblique);
    }

    /// A lexicon entry (country, organisation, known person) at `i`.
    fn lexicon_entity(&mut self, i: usize) -> Option<usize> {
        let found = self.lex_at(i)?;
        let e = found
            .entries
            .iter()
            .find(|e| e.lang == lexicon::Lang::Ar)
            .or(found.entries.first())?;
        let mut e = *(*e);
        // Where the match is; its entries are read (no copy of the list).
        let m = lexicon::Match {
            tokens: found.tokens.clone(),
            span: found.span,
            peeled: found.peeled,
            entries: Vec::new(),
        };
        // عمان is Oman and Amman alike; a dateline names a city, and
        // Oman's would be مسقط: Amman, Jordan's capital.
        if e.key == OMAN_KEY && e.form == MentionForm::Name && self.at_dateline(i, m.tokens.end) {
            if let Some(jordan) = self
                .lex
                .entries()
                .iter()
                .find(|x| x.key == JORDAN_KEY && x.lang == lexicon::Lang::Ar)
            {
                e = lexicon::Entry {
                    form: MentionForm::Metonym,
                    ..*jordan
                };
            }
        }
        // A nisba that is mostly a common noun without its article (مجرى,
        // "course": not Hungarian; المجري stays). Kept in the lexicon, which
        // the tagger's gazetteer reads.
        if e.form == MentionForm::Nisba
            && m.peeled == 0
            && COMMON_NOUN_NISBAS.contains(&self.key(i))
        {
            return None;
        }
        // A fixed phrase names no country (القنب الهندي, cannabis; المحيط
        // الهندي, the Indian Ocean).
        if matches!(e.form, MentionForm::Nisba | MentionForm::Metonym) && self.fixed_phrase(i) {
            return Some(m.tokens.end);
        }
        // A country adjective followed by a government head is handled by
        // the org phrase; a nisba alone is still a mention of the country.
        let oblique = e.form == MentionForm::Nisba || self.oblique_at(i, m.peeled);
        let kind = e.kind;
        if kind == ActorKind::Person
            && m.peeled == 0
            && self.family_name_after(m.tokens.end, self.para_end(i))
        {
            return None;
        }
        // A listed person a stadium or airport is named after (مطار رفيق
        // الحريري) is no actor here.
        if kind == ActorKind::Person && m.peeled == 0 && self.after_thing_noun(i) {
            self.add_named_thing(m.tokens.clone());
            return Some(m.tokens.end);
        }
        // An unnamed source (مصدر عسكري، مصادر مطلعة) is nobody: no
        // group of its own, so that no later cue falls back on it.
        if kind == ActorKind::Group && self.is_anonymous_source(i) {
            return Some(m.tokens.end);
        }
        if let Some(end) = self.agent_before_name(i, &m, &e) {
            return Some(end);
        }
        let id = self.lexicon_actor(&e);
        if let Some(end) = self.nationality_before_name(i, &m, &e, id) {
            return Some(end);
        }
        if kind == ActorKind::Group {
            // A collective may carry a country adjective (الخبراء الأمريكيون).
            let mut end = m.tokens.end;
            // The armed forces with their country's adjective (القوات
            // المسلحة الأردنية) are that country's body, which speaks.
            let armed = self.is_word(end) && self.key(end) == ARMED && m.tokens.len() == 1;
            if armed {
                end += 1;
            }
            if let Some(n) = self.lex_at(end).cloned() {
                if n.entries.iter().any(|x| x.form == MentionForm::Nisba) && n.peeled == 0 {
                    end = n.tokens.end;
                    let country = n.entries[0].country.map(str::to_string);
                    // A named group with its own country's adjective is that
                    // group (جماعة الحوثي اليمنية).
                    if e.country.is_some() && e.country.map(str::to_string) == country {
                        let span = Span::new(m.span.start, self.doc.tokens[end - 1].span.end);
                        self.add(m.tokens.start..end, span, id, MentionForm::Name, oblique);
                        return Some(end);
                    }
                    // Named from after its proclitics (بالقوات، للقوات).
                    let whole = Span::new(m.span.start, self.doc.tokens[end - 1].span.end);
                    let shared_lam =
                        m.peeled > 0 && m.span.start == self.doc.tokens[m.tokens.start].span.start;
                    let name = written_whole(whole.slice(self.doc.text), shared_lam);
                    let (prefix, kind) = if armed {
                        ("org", ActorKind::Organization)
                    } else {
                        ("group", ActorKind::Group)
                    };
                    let key = format!("{prefix}:{}", phrase_key(&name));
                    let g = self.findings.entity(&key, || {
                        let mut x = entity(kind, &name);
                        x.country = country;
                        x.gender = if armed {
                            Gender::Feminine
                        } else {
                            Gender::Plural
                        };
                        x.reported = armed && !oblique;
                        x
                    });
                    self.add(
                        m.tokens.start..end,
                        Span::new(m.span.start, self.doc.tokens[end - 1].span.end),
                        g,
                        MentionForm::Name,
                        oblique,
                    );
                    return Some(end);
                }
            }
        }
        // A listed body with a game after it is that game's federation
        // (الاتحاد الأوروبي لكرة القدم is UEFA, not the European Union).
        let end = m.tokens.end;
        if e.kind == ActorKind::Organization
            && m.peeled == 0
            && end + 1 < self.range.end
            && self
                .key(end)
                .strip_prefix('ل')
                .is_some_and(|game| keys().sport.contains(game))
            && self.is_word(end + 1)
            && self.key(end + 1).starts_with("ال")
        {
            let span = self.span(i..end + 2, 0);
            let name = span.slice(self.doc.text).to_string();
            let key = format!("org:{}", phrase_key(&name));
            let federation = self.findings.entity(&key, || {
                let mut x = entity(ActorKind::Organization, &name);
                x.country = e.country.map(str::to_string);
                x.gender = Gender::Masculine;
                x
            });
            self.remember_org_at(i, federation);
            self.add(i..end + 2, span, federation, MentionForm::Name, oblique);
            return Some(end + 2);
        }
        if e.kind == ActorKind::Organization {
            self.remember_org_at(i, id);
            // A country adjective after a listed organisation is part of
            // how it is named here (الهلال الأحمر الفلسطيني).
            let end = m.tokens.end;
            let nisba = self.lex_at(end).filter(|n| {
                n.peeled == 0
                    && n.tokens.len() == 1
                    && (n.entries.iter().all(|x| x.form == MentionForm::Nisba)
                        // Only a feminine name agrees with it (not زار البنك
                        // الدولي السعودية, where it is the object).
                        || e.gender == Gender::Feminine && self.feminine_country_name(end))
            });
            // Not the nisba of a person named right after it (مدرب الهلال
            // البرتغالي جورجي جيسوس).
            let nisba = nisba.filter(|_| {
                !self.is_word(end + 1)
                    || !(self.tw(end + 1).is_first_name() || self.looks_like_name_start(end + 1))
            });
            if let Some(n) = nisba {
                let span = Span::new(m.span.start, n.span.end);
                self.add(i..end + 1, span, id, e.form, oblique);
                return Some(end + 1);
            }
        }
        self.add(m.tokens.clone(), m.span, id, e.form, oblique);
        if e.form == MentionForm::Nisba {
            if let Some(end) = self.name_after_nisba(&m) {
                return Some(end);
            }
        }
        Some(m.tokens.end)
    }

    /// True when tokens `start..end` open a paragraph and a bracket or a
    /// dash follows them (بورتسودان (أ ف ب) -، عمان -): the dateline's
    /// city, where no preposition can stand.
    fn at_dateline(&self, start: usize, end: usize) -> bool {
        let opens = start == 0 || self.doc.tokens[start].newline_before;
        opens && self.dateline_mark(end)
    }

    /// True when `start..end` is the agency credited in a dateline
    /// (الخرطوم (أ ف ب) -، الرباط - هسبريس:، الرياض - «الشرق الأوسط»:):
    /// the wire or outlet, not a subject of the story.
    fn dateline_credit(&self, start: usize, end: usize) -> bool {
        // The outlet may stand in quotation marks.
        let quoted = |k: usize| {
            self.doc
                .tokens
                .get(k)
                .is_some_and(|t| t.quote_mark().is_some())
        };
        let (before, after) = if start >= 1 && quoted(start - 1) && quoted(end) {
            (start - 1, end + 1)
        } else {
            (start, end)
        };
        let dash = |k: usize| !self.punct_at(k, '(') && self.dateline_mark(k);
        let bracketed = self.punct_at(before.wrapping_sub(1), '(')
            && self.punct_at(after, ')')
            && self.dateline_mark(after + 1);
        let dashed = dash(before.wrapping_sub(1)) && (self.punct_at(after, ':') || dash(after));
        before >= 2
            && (bracketed || dashed)
            && (before.saturating_sub(MAX_DATELINE_PLACE_TOKENS + 1)..before - 1)
                .any(|k| k == 0 || self.doc.tokens[k].newline_before)
    }

    /// Where a paragraph's text starts after its dateline (أبوظبي -،
    /// الخرطوم (أ ف ب) -), when token `start` opens one; else `start`.
    fn after_dateline(&self, start: usize) -> usize {
        // It opens with a place: listed, or a word no list has as common
        // (not الاقتصاد المصري - الذي يعاني - ...).
        let opens = (start == 0 || self.doc.tokens[start].newline_before)
            && self.is_word(start)
            && (self.lex_at(start).is_some() || !self.tw(start).is_common());
        let end = (start + MAX_DATELINE_TOKENS).min(self.range.end);
        let dash = (start + 1..end).find(|&k| {
            let t = &self.doc.tokens[k];
            !t.is_word() && !t.is_punct(self.doc.text, '(') && self.dateline_mark(k)
        });
        match dash {
            Some(k) if opens && !(start..k).any(|i| self.doc.tokens[i].quote_mark().is_some()) => {
                self.after_bracketed_credit(k + 1, end)
            }
            _ => start,
        }
    }

    /// Where the text starts after an agency credited in brackets between
    /// two dashes (دبي - (وام) - سجل ...), when token `i` opens that
    /// bracket; else `i`.
    fn after_bracketed_credit(&self, i: usize, end: usize) -> usize {
        if !self.punct_at(i, '(') {
            return i;
        }
        match (i + 1..end).find(|&k| self.punct_at(k, ')')) {
            Some(close) if self.dateline_mark(close + 1) && !self.punct_at(close + 1, '(') => {
                close + 2
            }
            _ => i,
        }
    }

    fn dateline_mark(&self, i: usize) -> bool {
        DATELINE_MARKS.iter().any(|&c| self.punct_at(i, c))
    }

    /// True when token `i` exists and is the punctuation mark `c`.
    fn punct_at(&self, i: usize, c: char) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.is_punct(self.doc.text, c))
    }

    /// A definite nisba standing as a noun, with a name right after it
    /// (وسجل البرازيلي مالكوم هدف التقدم): the nisba says where the person
    /// is from. Not after a definite noun, which the nisba would qualify
    /// (الفريق البرازيلي فلامنغو).
    fn name_after_nisba(&mut self, m: &lexicon::Match<'static>) -> Option<usize> {
        let i = m.tokens.start;
        let start = m.tokens.end;
        // A singular one: the plural is the people (السودانيين باتوا).
        let key = self.key(i);
        let singular = key.ends_with('ي') || key.ends_with("يه");
        if m.peeled != 0 || m.tokens.len() != 1 || !key.starts_with("ال") || !singular {
            return None;
        }
        let gender = if key.ends_with('ه') {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        if i > self.range.start && self.is_word(i - 1) {
            let prev = self.key(i - 1);
            if prev.starts_with("ال")
                || prev.starts_with("لل")
                || self.title_gender(i - 1).is_some()
                || self.tw(i - 1).is_org_head()
            {
                return None;
            }
            // Nor after a name in construct with a place noun, which the
            // nisba describes (ميناء جيهان التركي استؤنفت).
            if i > self.range.start + 1
                && self.is_word(i - 2)
                && (PLACE_CONSTRUCT_NOUNS.contains(&self.key(i - 2))
                    || self.tw(i - 2).is_org_head())
            {
                return None;
            }
        }
        // A glued preposition reads as one (دوري روشن السعودي للمحترفين).
        if !self.is_word(start)
            || !(self.is_proper_word(start) && self.readings(start).len() == 1
                || self.tw(start).is_first_name())
            || self.tw(start).is_common()
        {
            return None;
        }
        let limit = self.para_end(start);
        // The nationality stands before the name as a title does (the
        // Spanish Juan Carlos Pastor: الإسباني خوان كارلوس باستور).
        let (end, _) = self.name_run(start, limit, true);
        if end <= start {
            return None;
        }
        let span = self.span(start..end, 0);
        let id = self.person(start..end, span, gender);
        let oblique = self.oblique_at(start, 0);
        self.add(start..end, span, id, MentionForm::Name, oblique);
        Some(end)
    }

    /// True when token `k` is a country's name that is also its feminine
    /// nisba (السعودية), which an organisation's name may end with (شركة
    /// أرامكو السعودية).
    fn feminine_country_name(&self, k: usize) -> bool {
        self.is_word(k)
            && self.key(k).starts_with("ال")
            && self.key(k).ends_with("يه")
            && self.lex_at(k).is_some_and(|c| {
                c.peeled == 0 && c.tokens.len() == 1 && c.entries[0].kind == ActorKind::Country
            })
    }

    /// The entity for a lexicon entry, created if new. Collectives are
    /// reported only if they speak.
    fn lexicon_actor(&mut self, e: &lexicon::Entry) -> EntityId {
        self.findings.entity(e.key, || {
            let mut x = entity(e.kind, e.canonical);
            x.country = e.country.map(str::to_string);
            x.gender = match e.form {
                MentionForm::Name | MentionForm::Metonym => e.gender,
                // Adjectives agree with their noun, not the country.
                _ if e.kind == ActorKind::Country => Gender::Feminine,
                _ => e.gender,
            };
            // Named groups (داعش) are actors; collectives (المسؤولون) and
            // governments only when they speak.
            x.reported =
                !e.key.starts_with("group:") && !e.key.ends_with(lexicon::GOVERNMENT_SUFFIX);
            x
        })
    }

    /// Country adjectives and names right after `start` that qualify a
    /// title or organisation; returns the end and the country.
    fn qualifier(&self, k: usize) -> Option<(usize, Option<String>, lexicon::Match<'static>)> {
        let m = self.lex_at(k)?;
        let e = m.entries.first()?;
        if (e.kind == ActorKind::Country || e.kind == ActorKind::Place) && !self.fixed_phrase(k) {
            return Some((m.tokens.end, e.country.map(str::to_string), m.clone()));
        }
        None
    }

    /// True when token `k` is the adjective or city of a fixed phrase that
    /// names no country (`NOT_COUNTRY_PHRASES`: القنب الهندي، المدير
    /// القطري، القوة القاهرة).
    fn fixed_phrase(&self, k: usize) -> bool {
        k > self.range.start
            && self.is_word(k - 1)
            && NOT_COUNTRY_PHRASES.iter().any(|&(noun, adjective)| {
                // The noun may carry a preposition (بالقوة القاهرة).
                self.key(k) == adjective && self.readings(k - 1).iter().any(|r| r.key == noun)
            })
    }

    /// Records the countries and places named in tokens `from..to` (inside
    /// a phrase taken whole): oblique mentions of their own.
    fn add_places_in(&mut self, from: usize, to: usize) {
        let mut j = from;
        while j < to {
            match self.qualifier(j).filter(|(end, _, _)| *end <= to) {
                Some((end, _, m)) => {
                    self.add_qualifier(&m);
                    j = end;
                }
                None => j += 1,
            }
        }
    }

    /// Records a country or place named inside a title or an institution's
    /// name (a `qualifier` match): an oblique mention of its own.
    fn add_qualifier(&mut self, m: &lexicon::Match<'static>) {
        let e = *m.entries[0];
        let id = self.lexicon_actor(&e);
        self.add(m.tokens.clone(), m.span, id, e.form, true);
    }

    /// True when the country adjective `m` at token `k` has no article
    /// while the word before it has one: it does not agree, so it is not
    /// that word's adjective (مدرب النادي البرتغالي جورجي جيسوس: جورجي is a
    /// name, not "Georgian").
    fn disagrees(&self, k: usize, m: &lexicon::Match) -> bool {
        m.entries[0].form == MentionForm::Nisba
            && !self.key(k).starts_with("ال")
            && k > self.range.start
            // (للرياضة: ل before the article, then تركي is a name; والأمير:
            // و before it)
            && (self.bare(self.key(k - 1)).starts_with("ال") || self.key(k - 1).starts_with("لل"))
    }

    /// True when token `k` can continue a title or organisation name as a
    /// modifier (الخارجية، العام، للأمم ...).
    fn is_modifier(&self, k: usize) -> bool {
        if !self.is_word(k) || self.doc.tokens[k].newline_before {
            return false;
        }
        let key = self.key(k);
        let w = self.tw(k);
        if w.is_title_domain() {
            return true;
        }
        if w.is_stop() || w.cue().is_some() || w.is_adverbial() || w.complementiser().is_some() {
            return false;
        }
        let chars = key.chars().count();
        // Coordinated modifiers too (وزير التجارة والصناعة), unless a title follows.
        let coordinated = key.starts_with("وال") && self.title_gender(k).is_none();
        (key.starts_with("ال") || key.starts_with("لل") || coordinated) && chars >= 4
    }

    /// Title + modifiers + (name): a person, or a title alone kept for pass 2.
    /// The end of a name between commas whose opening comma is token `k`
    /// (منسقة الطوارئ في المنظمة، ماري لوز، ...): the apposition naming a
    /// title's holder.
    fn apposed_name(&self, k: usize, limit: usize) -> Option<usize> {
        if !self.comma_at(k) {
            return None;
        }
        let (end, _) = self.name_run(k + 1, limit, true);
        if end > k + 1 && self.apposition_end(end) {
            return Some(end);
        }
        // A name no list knows between the commas (حاكم المصرف، وسيم
        // منصوري،), whose first word may also spell a common word (وزيرة
        // الصحة، سنية بن عمار،: "Sunni"): two or three words, the first
        // without the article and no function, title or cue word, the
        // others no common word (a connector, or a family name with the
        // article).
        let close = (k + 3..=k + 1 + MAX_APPOSED_NAME_WORDS)
            .find(|&j| self.apposition_end(j))
            .filter(|&j| j <= limit)?;
        let name_word = |j: usize| {
            if j > k + 1 && is_connector(self.key(j)) {
                return true;
            }
            let definite = self.key(j).starts_with("ال");
            // ... or with ف that no conjunction peels here (فاخر الفخفاخ:
            // not ف + آخر).
            let whole_fa = self.key(j).starts_with('ف')
                && self.is_word(j)
                && !self.key(j).starts_with("فال")
                && !self.tw(j).is_stop()
                && self.tw(j).cue().is_none()
                && self.tw(j).title().is_none()
                && self.lex_at(j).is_none();
            let first_common =
                j == k + 1 && (self.is_plain_word(j) || whole_fa) && !self.key(j).starts_with('و');
            // After بن the next word is a name whatever else it is, even a
            // function word's spelling (نصاف بن علية: عليه, "on him").
            let after_connector = j > k + 1
                && is_connector(self.key(j - 1))
                && self.is_word(j)
                && self.tw(j).cue().is_none()
                && self.tw(j).title().is_none();
            // An honorific's word as the family name after a given name,
            // alone between the commas (المتحدث باسم الوزارة، كريم
            // السيد،).
            let honorific_family = j == k + 2
                && j + 1 == close
                && self.key(j).starts_with("ال")
                && PERSONAL_HONORIFICS.contains(&self.key(j));
            (self.is_proper_word(j)
                || first_common
                || after_connector
                || honorific_family
                || j > k + 1
                    && definite
                    && self.is_word(j)
                    && !self.is_stop(j)
                    && !self.tw(j).is_common()
                    && self.tw(j).title().is_none()
                    && self.lex_at(j).is_none())
                && self.key(j).chars().count() >= MIN_SURNAME_LETTERS
                && !self.tw(j).is_title_domain()
                && !self.tw(j).is_org_head()
                && !self.btw(j).is_org_head()
        };
        (k + 1..close).all(name_word).then_some(close)
    }

    /// The name after a short description between commas whose opening
    /// comma is token `k` (زعيم الحزب، أكبر أحزاب المعارضة، أوزغور أوزيل،
    /// رفض ...): its start and end, when the name has two words or more and
    /// a comma, a cue or a complementiser follows it.
    fn name_after_description(&self, k: usize, limit: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        if !doc.tokens.get(k).is_some_and(|t| t.is_comma(doc.text)) {
            return None;
        }
        let close = (k + 2..(k + 2 + MAX_DESCRIPTION_WORDS).min(limit))
            .take_while(|&j| {
                !self.is_word(j)
                    || self.tw(j).cue().is_none() && self.tw(j).complementiser().is_none()
            })
            .find(|&j| doc.tokens[j].is_comma(doc.text))?;
        // The description is words only (no quote, bracket or number).
        if !(k + 1..close).all(|j| self.is_word(j)) {
            return None;
        }
        let start = close + 1;
        let (end, _) = self.name_run(start, limit, true);
        let followed = doc.tokens.get(end).is_some_and(|t| {
            t.is_comma(doc.text)
                || self.is_word(end)
                    && (self.tw(end).cue().is_some()
                        || self.tw(end).complementiser().is_some()
                        || self.verb_object_after_name(end))
        });
        (end >= start + 2 && followed).then_some((start, end))
    }

    /// True for the verb's object with a glued preposition right after a
    /// name at `k` (طالب زعيم الحزب، ...، أوزغور أوزيل بإجراء انتخابات):
    /// ب or ل on a common word, which no name continues with.
    fn verb_object_after_name(&self, k: usize) -> bool {
        let Some(rest) = self.key(k).strip_prefix(['ب', 'ل']) else {
            return false;
        };
        rest.chars().count() >= MIN_GLUED_OBJECT_LETTERS
            && !self.tw(k).is_name_word()
            && !self.tw(k).is_first_name()
            && self.w.about(rest).is_common()
    }

    /// A phrase with في at token `k` up to a comma, and the holder's name
    /// between commas after it, an honorific allowed before it (الباحثة
    /// الرئيسية في الدراسة، الدكتورة هند بنت فهد العتيبي،): the comma,
    /// and where the name starts and ends.
    fn served_before_apposed(&self, k: usize, limit: usize) -> Option<(usize, usize, usize)> {
        if !self.is_word(k) || self.key(k) != "في" {
            return None;
        }
        let comma = (k + 2..(k + 2 + MAX_DESCRIPTION_WORDS).min(limit))
            .take_while(|&j| {
                self.is_word(j)
                    && self.tw(j).cue().is_none()
                    && self.tw(j).complementiser().is_none()
                    || self.comma_at(j)
            })
            .find(|&j| self.comma_at(j))?;
        if let Some(end) = self.apposed_name(comma, limit) {
            return Some((comma, comma + 1, end));
        }
        let honorific = comma + 1;
        if !(self.is_word(honorific) && PERSONAL_HONORIFICS.contains(&self.key(honorific))) {
            return None;
        }
        let end = self.apposed_name(honorific, limit).or_else(|| {
            let (end, _) = self.name_run(honorific + 1, limit, true);
            (end > honorific + 1 && self.apposition_end(end)).then_some(end)
        })?;
        Some((comma, honorific + 1, end))
    }

    fn title_phrase(&mut self, i: usize, limit: usize) -> Option<usize> {
        let (gender, offset, peeled) = self.title_gender(i)?;
        if peeled == 0 && self.adjective_of_noun_before(i) {
            return None;
        }
        if let Some(end) = self.counted_titles_end(i, peeled) {
            return Some(end);
        }
        let mut title = self.title_modifiers(i, limit);
        // In apposition to a name, one word no list knows between the
        // title's body and a comma ends the body's name (محمد أبو باشا،
        // رئيس البحوث في المجموعة المالية هيرميس، أن): the title is the
        // named person's, and that word is no second person.
        let body_word = title.end;
        if title.end > i + 1
            && self.is_word(body_word)
            && self.comma_at(body_word + 1)
            && !self.tw(body_word).is_first_name()
            && !self.tw(body_word).is_name_word()
            && self.lex_at(body_word).is_none()
            && self.apposed_person(i).is_some()
        {
            title.end += 1;
        }
        // A word with ل or ب before a comma and the holder's name between
        // commas is where the office is (رئيس المجلس البلدي لوهران، عبد
        // القادر ولد قادة،  مدير النقل بالولاية، يوسف بن خليفة،): no name.
        // So is that word with the definite words after it (الأمين العام
        // لمجمع البحوث الإسلامية، محمد الجندي،), and before a holder
        // named with a title of their own (، الدكتور محمد الجندي،).
        let glued = title.end;
        if self.is_word(glued)
            && glued < limit
            && matches!(self.key(glued).chars().next(), Some('ل' | 'ب'))
            && self.readings(glued).len() > 1
            && !self.tw(glued).is_first_name()
            && !self.tw(glued).is_name_word()
        {
            let mut end = glued + 1;
            while end < limit.min(glued + 1 + MAX_TITLE_MODIFIERS)
                && self.key(end).starts_with("ال")
                && self.is_modifier(end)
            {
                end += 1;
            }
            let titled_after = end > glued + 1
                && self.comma_at(end)
                && self.is_word(end + 1)
                && end + 1 < limit
                && self.title_gender(end + 1).is_some();
            // ... and so is that word with where the holder serves before
            // the holder between commas (المديرة التنفيذية لقطاع الموانئ في
            // المجموعة، الدكتورة نورة الظاهري،).
            if titled_after
                || self.apposed_name(end, limit).is_some()
                || self.served_before_apposed(end, limit).is_some()
            {
                title.end = end;
            }
        }
        // A prize or place named after a royal (جائزة الشيخ زايد للكتاب):
        // no title either, so no cue takes its name as its content.
        if self.names_a_thing(i) {
            let (end, _) = self.name_run(title.end, limit, true);
            return Some(end);
        }
        self.title_ranges.push(i..title.end);
        // The office itself (منصب رئيس الجمهورية شاغر، ترشح لمنصب رئيس
        // الوزراء): no one holds it here, and what follows is no name.
        let office = i > self.range.start
            && self.is_word(i - 1)
            && self
                .readings(i - 1)
                .iter()
                .any(|r| OFFICE_NOUNS.contains(&r.key.as_ref()));
        if office {
            return Some(title.end);
        }
        // A rank right before the name is how the holder is addressed, not
        // part of the office (رئيس هيئة النزاهة القاضي حيدر حنون).
        // ... with its qualifiers (العقيد الركن).
        let mut last = title.end - 1;
        while last > i + 1 && self.is_word(last) && RANK_QUALIFIERS.contains(&self.key(last)) {
            last -= 1;
        }
        // (الفريق is also "the team": a rank only with its qualifiers.)
        let qualified = last + 1 < title.end;
        // ... or after a definite word that ends the office's body, not in
        // construct with the office (مدير عام الدفاع المدني الفريق; but
        // قائد الفريق: the team's captain).
        let after_body =
            last > i + 1 && self.is_word(last - 1) && self.key(last - 1).starts_with("ال");
        let rank_last = last > i
            && self.is_word(last)
            && self.key(last).starts_with("ال")
            && (RANKS_BEFORE_NAME.contains(&strip_article(self.key(last)))
                || (qualified || after_body)
                    && MILITARY_RANKS.contains(&strip_article(self.key(last))));
        let role_span = self.span(i..if rank_last { last } else { title.end }, offset);
        let role = role_span.slice(self.doc.text);
        // ل before the article drops its alef (للكاتب): the role is الكاتب.
        let role = (peeled > 0 && offset == 0)
            .then(|| with_article_for_lam(role))
            .flatten()
            .unwrap_or_else(|| role.to_string());
        let (mut name_start, mut name_end) = (title.end, self.name_run(title.end, limit, true).0);
        // An indefinite title takes an indefinite adjective, not a name
        // (لاعب استثنائي، مسؤول عسكري): a nisba-shaped word no list knows
        // as a name.
        if name_end > name_start && title.end == i + 1 && !self.bare(self.key(i)).starts_with("ال")
        {
            let w = self.tw(name_start);
            // ... or one word alone that no list knows as a name (مهاجم
            // صريح, "a real striker").
            let adjective = (self.key(name_start).ends_with('ي')
                && self.key(name_start).chars().count() >= MIN_NISBA_STEM_LETTERS
                || name_end == name_start + 1)
                && !w.is_first_name()
                && !w.is_name_word();
            if adjective {
                name_end = name_start;
            }
        }
        // A title that is mostly a common noun (الحكم: the referee, mostly
        // "the ruling") names its holder only with a known first name or a
        // name of two words (إن الحكم ظالم: "the ruling is unjust").
        // Nor two predicates coordinated with و (الحكم ابتدائي وقابل
        // للاستئناف: "the ruling is preliminary and open to appeal").
        let coordinated = |j: usize| {
            self.key(j).starts_with('و')
                && !self.tw(j).is_first_name()
                && !self.tw(j).is_name_word()
        };
        if (name_end == name_start + 1 || (name_start + 1..name_end).any(coordinated))
            && AMBIGUOUS_TITLES.contains(&strip_article(self.bare(self.key(i))))
            && !self.tw(name_start).is_first_name()
        {
            name_end = name_start;
        }
        // ... and so does a longer one (مسؤول إيراني رفيع، دبلوماسي غربي
        // بارز): a common adjective of rank.
        if name_end > name_start
            && !self.bare(self.key(i)).starts_with("ال")
            && RANK_ADJECTIVES.contains(&self.key(name_start))
        {
            name_end = name_start;
        }
        // Apposition between commas: وزير الدولة ...، أنور قرقاش، ...
        let mut role = role;
        if name_end == name_start {
            if let Some(end) = self.apposed_name(name_start, limit) {
                name_start += 1;
                name_end = end;
            } else if let Some((start, end)) = self.name_after_description(name_start, limit) {
                // ... or after a description between commas (زعيم حزب الشعب
                // الجمهوري، أكبر أحزاب المعارضة، أوزغور أوزيل،), whose
                // countries are still named (في تركيا: no place of the tagger's).
                self.add_places_in(name_start + 1, start - 1);
                name_start = start;
                name_end = end;
            } else if let Some((comma, start, end)) = self.served_before_apposed(name_start, limit)
            {
                // ... or after where the holder serves, which no list
                // knows (كبيرة الاقتصاديين في بنك أبوظبي الأول، منى
                // الهاشمي،): the office runs to the comma.
                role = self.span(i..comma, offset).slice(self.doc.text).to_string();
                // (The honorific counts with the title, as below.)
                if let Some(r) = self.title_ranges.last_mut() {
                    r.end = if start > comma + 1 { start } else { comma };
                }
                name_start = start;
                name_end = end;
            }
        }
        // A second office of the same holder, coordinated (رئيس أرامكو
        // وكبير إدارييها التنفيذيين أمين الناصر). Not a title word after و,
        // which names someone else (الرئيس ونائبه ...).
        if name_end == name_start
            && self.is_word(name_start)
            && self.key(name_start).starts_with('و')
            && self.title_gender(name_start).is_none()
            && (self.btw(name_start).title().is_none()
                || keys()
                    .complements
                    .contains_key(self.bare(self.key(name_start))))
        {
            let plain = |j: usize| {
                self.is_word(j)
                    && !self.is_stop(j)
                    && self.tw(j).cue().is_none()
                    && self.tw(j).complementiser().is_none()
                    && self.title_gender(j).is_none()
            };
            // The name may follow an honorific (... وكبير إدارييها
            // التنفيذيين المهندس أمين الناصر).
            let honorific =
                |j: usize| self.is_word(j) && PERSONAL_HONORIFICS.contains(&self.key(j));
            let holder = (name_start + 1
                ..(name_start + 2 + MAX_COORDINATED_OFFICE_WORDS).min(limit))
                .take_while(|&j| plain(j) || honorific(j))
                .find_map(|j| {
                    let k = if honorific(j) { j + 1 } else { j };
                    let (end, _) = self.name_run(k, limit, true);
                    (end >= k + 2).then_some((k, end))
                });
            if let Some((j, end)) = holder.filter(|_| plain(name_start)) {
                name_start = j;
                name_end = end;
                if let Some(r) = self.title_ranges.last_mut() {
                    r.end = name_start;
                }
            }
        }
        // An honorific between the office and the name (وكيل الوزارة
        // للتخطيط الدكتور خالد الغامدي), or several (أمير منطقة القصيم
        // الأمير الدكتور فيصل بن مشعل): the office is the role.
        // ... or a style of address (عضو هيئة كبار العلماء فضيلة الشيخ
        // الدكتور عبدالله المطلق، مدير الجامعة معالي الدكتور خالد السلطان),
        // which a name run may take for a name.
        let honorific = |j: usize| {
            j < limit
                && self.is_word(j)
                && (PERSONAL_HONORIFICS.contains(&self.key(j))
                    || HONORIFIC_STYLES.contains(&self.key(j)))
        };
        let styled = self.is_word(name_start) && HONORIFIC_STYLES.contains(&self.key(name_start));
        if (name_end == name_start || styled) && title.end > i + 1 && honorific(name_start) {
            let mut first = name_start + 1;
            while first < name_start + MAX_HONORIFIC_WORDS && honorific(first) {
                first += 1;
            }
            let (end, _) = self.name_run(first, limit, true);
            if end > first {
                name_start = first;
                name_end = end;
                // The honorific counts with the title, not against the cue window.
                if let Some(r) = self.title_ranges.last_mut() {
                    r.end = name_start;
                }
            } else if styled {
                // A style of address is no name of its own.
                name_end = name_start;
            }
        }
        if name_end > name_start {
            let oblique = self.oblique_at(i, peeled);
            let held = HeldTitle {
                gender,
                role,
                country: title.country,
                oblique,
            };
            self.add_holder(name_start..name_end, held);
            return Some(name_end);
        }
        // The reading that is the title (وزير, not the زير of a peeled و).
        let head_key = self
            .readings(i)
            .iter()
            .rev()
            .find(|r| self.w.about(&r.key).title().is_some())
            .or(self.readings(i).last())
            .map(|r| r.key.to_string())
            .unwrap_or_default();
        let indefinite = (i..title.end).all(|k| {
            let key = self.key(k);
            !key.starts_with("ال")
                && !key.starts_with("لل")
                && self.lex_at(k).is_none_or(|m| {
                    // A named country makes it definite (وزير خارجية فرنسا).
                    !m.entries.iter().any(|e| {
                        matches!(e.kind, ActorKind::Country | ActorKind::Place)
                            && matches!(e.form, MentionForm::Name | MentionForm::Metonym)
                    })
                })
        }) && !self.readings(i).iter().any(|r| r.key.starts_with("ال"));
        // Gulf style puts the office after the name, before the time or the
        // verb's object (استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم
        // رئيس الوزراء الهندي): the office of the person just named.
        if !indefinite {
            if let Some(id) = self.named_before_office(i, &title, limit) {
                let span = self.span(i..title.plain_end, offset);
                let e = &mut self.findings.entities[id];
                e.role = Some(role);
                if e.country.is_none() {
                    e.country = title.country;
                }
                self.add(i..title.plain_end, span, id, MentionForm::Title, false);
                return Some(title.end);
            }
        }
        let mut second = None;
        if !indefinite {
            match self.second_office_holder(i, &title, peeled, offset, limit) {
                Some(SecondOffice::Holder(end)) => return Some(end),
                Some(SecondOffice::Alone { end, titles_at }) => second = Some((end, titles_at)),
                None => {}
            }
        }
        let (end, titles_at) = second.unwrap_or((title.end, self.titles_alone.len()));
        self.titles_alone.insert(
            titles_at,
            TitleAlone {
                indefinite,
                tokens: i..title.plain_end,
                span: self.span(i..title.plain_end, offset),
                role_key: phrase_key(&role),
                full_name: role.clone(),
                head_key,
                peeled,
                country: title.country,
                gender,
                end: title.end,
                of_unit: title.of_unit,
            },
        );
        Some(end)
    }

    /// Two offices of one holder, coordinated with و before the holder's
    /// name (وزير المالية ووزير الدولة للشؤون الاقتصادية نورة الفصام، نائب
    /// الرئيس والمسؤول الائتماني الأول في الوكالة أليكسيس كرو): the first
    /// office is a mention of the person the second one names. Not an
    /// office with a possessive (الرئيس ونائبه), which is someone else's,
    /// nor offices of two countries (الرئيس الفلسطيني ورئيس الوزراء
    /// الإسرائيلي). Returns where the name ends.
    fn second_office_holder(
        &mut self,
        i: usize,
        title: &Title,
        peeled: usize,
        offset: usize,
        limit: usize,
    ) -> Option<SecondOffice> {
        let j = title.end;
        if self.in_second_office
            || j >= limit
            || !self.is_word(j)
            || !self.doc.tokens[j].key.starts_with('و')
            || !matches!(self.title_gender(j), Some((_, _, peeled)) if peeled > 0)
            // ونائبه: a possessive, written without ة, as keys write ة.
            || self.key(j).ends_with('ه') && !ends_in_ta_marbuta(self.doc.word(j))
        {
            return None;
        }
        let before = self.ments.len();
        let titles_at = self.titles_alone.len();
        self.in_second_office = true;
        let end = self.title_phrase(j, limit);
        self.in_second_office = false;
        let end = end?;
        let named = self.ments[before..]
            .iter()
            .find(|m| {
                // The holder, not the body the second office ends with
                // (والرئيس التنفيذي لشركة ماغنيت).
                m.form == MentionForm::Name
                    && m.tokens.end == end
                    && self.findings.entities[m.entity].kind == ActorKind::Person
            })
            .map(|m| (m.entity, m.tokens.start));
        let Some((id, name_start)) = named.filter(|&(id, _)| {
            let theirs = &self.findings.entities[id].country;
            title.country.is_none() || theirs.is_none() || *theirs == title.country
        }) else {
            // The second office is a title of its own, and this one is
            // recorded alone before it.
            return Some(SecondOffice::Alone { end, titles_at });
        };
        let both = self
            .span(i..name_start, offset)
            .slice(self.doc.text)
            .trim_end();
        let e = &mut self.findings.entities[id];
        // The role the second office gave, or none: both offices are it.
        if e.role.as_deref().is_none_or(|r| both.contains(r)) {
            e.role = Some(both.to_string());
        }
        if e.country.is_none() {
            e.country = title.country.clone();
        }
        let span = self.span(i..title.plain_end, offset);
        let oblique = self.oblique_at(i, peeled);
        self.add(i..title.plain_end, span, id, MentionForm::Title, oblique);
        Some(SecondOffice::Holder(end))
    }

    fn title_modifiers(&mut self, i: usize, limit: usize) -> Title {
        let mut k = i + 1;
        // إمام وخطيب: both offices of one holder (see title_gender).
        if self.written_imam(i) && self.is_word(k) && self.key(k) == "وخطيب" {
            k += 1;
        }
        // The word a title needs (ولي العهد، رجل الدين) belongs to it.
        let head = self.readings(i).last().map_or("", |r| r.key.as_ref());
        let head_has_article = head.starts_with("ال");
        // Any reading's: كبير also reads as ك + بير.
        if self
            .readings(i)
            .iter()
            .any(|r| keys().complements.contains_key(r.key.as_ref()))
        {
            k += 1;
            // ... with the adjective that completes it (خادم الحرمين
            // الشريفين): without it, that adjective reads as a name.
            if k < limit
                && self.is_word(k)
                && COMPLEMENT_ADJECTIVES
                    .iter()
                    .any(|(c, a)| self.key(k - 1) == *c && self.key(k) == *a)
            {
                k += 1;
            }
        }
        // The word right after a complement in construct (كبير محللي أسواق
        // الطاقة): what the complement governs.
        let after_complement = (k > i + 1).then_some(k);
        // A complement without the article is in construct with the place
        // it governs, which no list may know (ولي عهد دبي), even one that
        // starts with و (والي ولاية وهران).
        // A Moroccan region is named by its two or three cities (والي جهة
        // مراكش آسفي، جهة طنجة تطوان الحسيمة): all of them are the title's.
        let place_words = if k == i + 2 && self.key(i + 1) == REGION {
            MAX_REGION_CITIES
        } else {
            1
        };
        let complement_bare = k > i + 1 && !self.key(k - 1).starts_with("ال");
        let mut governed = 0;
        while complement_bare
            && governed < place_words
            && k < limit
            && (self.is_proper_word(k) || self.is_plain_word(k) && !self.tw(k).is_common())
            && !self.tw(k).is_first_name()
        {
            k += 1;
            governed += 1;
        }
        let envoy = ENVOY_HEADS.contains(&strip_article(head));
        let governor = GOVERNOR_HEADS.contains(&head);
        // A definite head (الوزير, not وزير الخارجية) is in construct with
        // nothing: what follows it is an adjective or not the title's.
        let head_definite = head_has_article && k == i + 1;
        // "د. أحمد": the abbreviation's full stop.
        if self.key(i) == "د" && self.punct_at(k, '.') {
            k += 1;
        }
        let mut country = None;
        let mut taken = 0;
        let mut plain_end = None;
        // Where a في phrase puts the holder (see below): its first token.
        let mut served_at = None;
        // And where that phrase ends.
        let mut served_end = None;
        // A name after a genitive ل phrase (see below): its token.
        let mut genitive_at = None;
        let mut chained = false;
        let mut of_unit = false;
        // A military rank's qualifiers (الفريق أول، اللواء ركن) are the
        // title's, not the start of the name, and so is a deputy's "first"
        // (وكيل أول الوزارة، نائب أول رئيس الوزراء).
        if MILITARY_RANKS.contains(&strip_article(head))
            || k == i + 1 && FIRST_DEPUTY_HEADS.contains(&head)
        {
            while k < limit && self.is_word(k) && RANK_QUALIFIERS.contains(&self.key(k)) {
                k += 1;
            }
        }
        while k < limit && taken < MAX_TITLE_MODIFIERS {
            // The medium a definite title alone spoke to (وقال الوالي لإذاعة
            // موزاييك، الوزير لقناة الجديد) is no body of the office.
            if k == i + 1
                && head_has_article
                && self.is_word(k)
                && self.key(k).starts_with('ل')
                && self
                    .readings(k)
                    .iter()
                    .skip(1)
                    .any(|r| MEDIA_HEADS.contains(&r.key.as_ref()))
            {
                break;
            }
            // What the office is charged with (الوزير المكلف بالعلاقات مع
            // البرلمان، المفوضة المكلفة بالمساواة والاستعداد وإدارة الأزمات).
            if k > i && CHARGED_WORDS.contains(&self.key(k)) {
                let end = self.charge_end(k + 1, limit);
                taken += end - k;
                k = end;
                continue;
            }
            // A board (مجلس إدارة) and the body it runs, no list knowing
            // it (رئيس مجلس إدارة مجموعة موانئ أبوظبي محمد حسن السويدي).
            if k > i + 1 && self.key(k) == BOARD && self.key(k - 1) == COUNCIL {
                if let Some(end) = self.served_in(k + 1, limit) {
                    self.add_places_in(k + 1, end);
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // A negated adjective of the noun before it (إدارة الأمراض غير
            // السارية، المنظمات غير الحكومية) continues the title.
            if k > i + 1
                && self.key(k) == "غير"
                && self.key(k - 1).starts_with("ال")
                && k + 1 < limit
                && self.is_word(k + 1)
                && self.key(k + 1).starts_with("ال")
                && self.is_modifier(k + 1)
            {
                taken += 2;
                k += 2;
                continue;
            }
            // Where the holder serves, "recognised internationally" (في
            // الحكومة اليمنية المعترف بها دوليا), or what the body guards
            // against (للمركز الوطني للوقاية من الأمراض).
            let recognised = self.guard_phrase_end(self.recognised_end(k));
            if k > i + 1 && recognised > k && recognised < limit {
                taken += recognised - k;
                k = recognised;
                continue;
            }
            // An honorific starts the holder's name (وكيل الوزارة الدكتور ...),
            // and an age clause ends the title (المدرب البالغ من العمر 50 عاما).
            if PERSONAL_HONORIFICS.contains(&self.key(k))
                || AGE_WORDS.contains(&self.key(k))
                || k > i + 1 && self.address_style(k)
            {
                break;
            }
            // Where the holder serves, when their name follows (القيادي في
            // حركة حماس سامي أبو زهري، منسق الشؤون الإنسانية في السودان توم
            // فليتشر): part of the title. Without a name after it, في starts
            // the sentence's own phrase (قال الوزير في المؤتمر).
            // So is the party or place an MP sits for (النائب عن حزب الله
            // حسن فضل الله).
            if served_at.is_none() && matches!(self.key(k), "في" | "عن") {
                // ... or a definite noun with an honorific and the name after
                // it (الباحثة الرئيسية في الدراسة الدكتورة نادين نصر).
                let served = self
                    .served_in(k + 1, limit)
                    .or_else(|| {
                        let j = k + 1;
                        (self.is_word(j)
                            && self.key(j).starts_with("ال")
                            && !self.is_stop(j)
                            && self.lex_at(j).is_none()
                            && self.title_gender(j).is_none()
                            && self.honorific_then_name(j + 1, limit))
                        .then_some(j + 1)
                    })
                    .or_else(|| self.institution_before_honorific(k + 1, limit));
                // ... with the city the institution stands in.
                let served = self.institution_city_end(k + 1, limit).or(served);
                if served.is_some_and(|end| {
                    self.name_run(end, limit, true).0 > end
                        || self.apposed_name(end, limit).is_some()
                        || self.honorific_then_name(end, limit)
                        || self.institution_with_b(end)
                }) {
                    plain_end.get_or_insert(k);
                    served_at = Some(k + 1);
                    served_end = served;
                    taken += 1;
                    k += 1;
                    continue;
                }
            }
            // A noun in the genitive with ل, and a noun in construct with it,
            // before a country or a listed organisation belong to the title's
            // institution (رئيس الاتحاد العام لمقاولات المغرب شكيب لعلج، المدير
            // التنفيذي لسلسلة مقاهي ستاربكس), not to the holder's name.
            if k > i + 1
                && self.key(k).starts_with('ل')
                && self.readings(k).len() > 1
                && !self.tw(k).is_first_name()
                && !self.tw(k).is_name_word()
                && self.lex_at(k).is_none()
            {
                // A capital too after an area noun (المجلس التنفيذي لإمارة
                // أبوظبي).
                let area = self
                    .readings(k)
                    .iter()
                    .any(|r| r.peeled == 1 && AREA_NOUNS.contains(&r.key.as_ref()));
                let named = |j: usize| {
                    self.qualifier(j).is_some_and(|(_, _, m)| {
                        m.peeled == 0
                            && (m.entries[0].form == MentionForm::Name
                                || area && m.entries[0].form == MentionForm::Metonym)
                    }) || self.listed_org_end(j).is_some()
                };
                let construct = |j: usize| {
                    self.is_word(j)
                        && !self.key(j).starts_with("ال")
                        && !self.tw(j).is_first_name()
                        && !self.tw(j).is_name_word()
                        && self.lex_at(j).is_none()
                };
                let at = if named(k + 1) {
                    Some(k + 1)
                } else if k + 2 < limit && construct(k + 1) && named(k + 2) {
                    Some(k + 2)
                } else {
                    None
                };
                if let Some(at) = at {
                    plain_end.get_or_insert(k);
                    genitive_at = Some(at);
                    taken += at - k;
                    k = at;
                    continue;
                }
            }
            // A body no list knows, in the genitive with ل, right before
            // the holder's full name where it must end (الرئيس المدير العام
            // لسوناطراك رشيد حشيشي إن): the title's organisation.
            if k > i && k + 1 < limit {
                if let Some(r) = self.glued_letter(k, &['ل']).filter(|r| {
                    let bare = self.w.about(r.key.as_ref());
                    !bare.is_common()
                        && !bare.is_first_name()
                        && !bare.is_name_word()
                        && !r.key.starts_with("ال")
                        && r.key.chars().count() >= MIN_SURNAME_LETTERS
                        && self.lex_at(k).is_none()
                        && self.title_gender(k).is_none()
                        && self.is_word(k + 1)
                        && self.tw(k + 1).is_first_name()
                }) {
                    let offset = r.offset;
                    let (end, _) = self.name_run(k + 1, limit, true);
                    if end >= k + 3 && self.name_ends_after(end - 1) {
                        plain_end.get_or_insert(k);
                        self.add_title_body(k..k + 1, offset);
                        taken += 1;
                        k += 1;
                        continue;
                    }
                }
            }
            // What the office is in charge of, with ل or و on a noun in
            // construct with a definite one, right before the holder's full
            // name (المدير العام لمراقبة التراب الوطني عبد اللطيف حموشي).
            if k > i + 1 {
                if let Some(end) = self.governed_phrase_before_name(k, limit) {
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // A second region joined to the one before (في الشرق الأوسط
            // وشمال أفريقيا، إدارة الشرق الأوسط وآسيا الوسطى).
            if k > i + 1 && self.key(k).starts_with('و') {
                let compass = self
                    .readings(k)
                    .iter()
                    .any(|r| r.peeled == 1 && COMPASS_NOUNS.contains(&r.key.as_ref()));
                let region = if compass {
                    self.qualifier(k + 1).filter(|(_, _, m)| m.peeled == 0)
                } else {
                    self.qualifier(k)
                        .filter(|(_, _, m)| m.peeled == 1 && m.entries[0].kind == ActorKind::Place)
                };
                if let Some((end, _, m)) = region {
                    self.add_qualifier(&m);
                    taken += end - k;
                    k = end;
                    continue;
                }
                // A continent no list has, before the holder's full name.
                if compass
                    && self.is_proper_word(k + 1)
                    && !self.tw(k + 1).is_first_name()
                    && self.is_word(k + 2)
                    && self.tw(k + 2).is_first_name()
                    && self.name_run(k + 2, limit, true).0 >= k + 4
                {
                    taken += 2;
                    k += 2;
                    continue;
                }
            }
            // What the title's organisation is for, after its name
            // (المفوض السامي للأمم المتحدة لحقوق الإنسان فولكر تورك).
            if let Some(end) = self.purpose_end(k).filter(|_| plain_end.is_some()) {
                taken += end - k;
                k = end;
                continue;
            }
            // The region an office covers (المديرة الإقليمية للمنظمة لشرق
            // المتوسط حنان بلخي).
            if k > i + 1
                && self
                    .key(k)
                    .strip_prefix('ل')
                    .is_some_and(|rest| COMPASS_NOUNS.contains(&rest))
                && self.is_word(k + 1)
                && self.key(k + 1).starts_with("ال")
            {
                plain_end.get_or_insert(k);
                taken += 2;
                k += 2;
                continue;
            }
            // The same with ب glued to an area word (مدير عام الشؤون الصحية
            // بمنطقة الرياض الدكتور عبدالله العمري).
            if served_at.is_none()
                && k > i + 1
                && self.key(k).starts_with('ب')
                && self
                    .readings(k)
                    .iter()
                    .any(|r| r.peeled == 1 && AREA_NOUNS.contains(&r.key.as_ref()))
            {
                // A listed place (its mention is made when the loop reaches
                // it), or one no list knows, taken whole here with its
                // epithet (بمنطقة تبوك، بمنطقة مكة المكرمة، بمنطقة المدينة
                // المنورة).
                let epithet = |j: usize| self.place_epithet(j);
                let listed = self
                    .qualifier(k + 1)
                    .filter(|(_, _, m)| m.peeled == 0)
                    .map(|(end, _, _)| end);
                let place = listed
                    .or_else(|| {
                        (self.is_proper_word(k + 1) || self.is_word(k + 1) && epithet(k + 2))
                            .then_some(k + 2)
                    })
                    .map(|end| if epithet(end) { end + 1 } else { end });
                if let Some(end) = place {
                    // The holder's name after an honorific or a rank (العقيد).
                    let (after, honorific) = if self.is_word(end)
                        && (PERSONAL_HONORIFICS.contains(&self.key(end))
                            || MILITARY_RANKS.contains(&strip_article(self.key(end))))
                    {
                        (end + 1, true)
                    } else {
                        (end, false)
                    };
                    if self.name_run(after, limit, true).0 > after || honorific {
                        plain_end.get_or_insert(k);
                        served_at = Some(k + 1);
                        let next = if listed.is_some() { k + 1 } else { end };
                        taken += next - k;
                        k = next;
                        continue;
                    }
                }
            }
            // An institution with ب and its name, before the holder's name
            // (أستاذ العلوم السياسية بجامعة الجزائر توفيق بوقاعدة), also
            // right after a field (الباحث في علم الاجتماع بجامعة محمد
            // الخامس الدكتور عبد الرحيم العطري).
            if (served_at.is_none() || served_end == Some(k))
                && k > i + 1
                && self.institution_with_b(k)
            {
                // The holder may come after an honorific, or after the
                // university the faculty is part of (أستاذ الأمراض الصدرية
                // بكلية الطب جامعة عين شمس الدكتور مجدي بدران).
                let holder_follows = |end: usize| {
                    self.name_run(end, limit, true).0 > end || self.honorific_then_name(end, limit)
                };
                let faculty = || {
                    let mut end = k + 1;
                    while end < limit
                        && end < k + 1 + MAX_TITLE_MODIFIERS
                        && self.is_plain_definite(end)
                        && self.lex_at(end).is_none()
                    {
                        end += 1;
                    }
                    (end > k + 1).then_some(end)
                };
                let end = self
                    .institution_end(k, limit)
                    .or_else(faculty)
                    .and_then(|end| {
                        if holder_follows(end) {
                            return Some(end);
                        }
                        // The university: an indefinite head and its name, up
                        // to the honorific before the holder's name.
                        let part_of = end < limit
                            && self.is_word(end)
                            && self.tw(end).is_org_head()
                            && !self.key(end).starts_with("ال");
                        let honorific = (end + 1..(end + 2 + MAX_ORG_PROPER_WORDS).min(limit))
                            .take_while(|&j| {
                                self.is_word(j)
                                    && !self.is_stop(j)
                                    && self.tw(j).cue().is_none()
                                    && self.tw(j).complementiser().is_none()
                            })
                            .find(|&j| PERSONAL_HONORIFICS.contains(&self.key(j)));
                        honorific.filter(|&j| part_of && holder_follows(j))
                    });
                if let Some(end) = end {
                    plain_end.get_or_insert(k);
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // Any other phrase with ب a few words before an honorific and
            // the holder's name (مديرة إدارة مكافحة العدوى بصحة جدة الدكتورة
            // هند العتيبي): where the holder serves, which no list knows.
            // So is a body with ل (الرئيس التنفيذي لشركة علم المهندس
            // عبدالرحمن الجضعي) and what one supervises with على (المشرف
            // العام على المعرض الدكتور عبدالرحمن العاصم), as written (على,
            // not the name علي).
            // (Indefinite: للجهاز refers back to a body named before, and
            // is read as such below.)
            let body_with_l = || {
                self.key(k).starts_with('ل')
                    && self
                        .readings(k)
                        .iter()
                        .zip(self.reading_infos(k))
                        .skip(1)
                        .any(|(r, w)| w.is_org_head() && !r.key.starts_with("ال"))
            };
            let over = || self.key(k) == ON && self.doc.word(k).ends_with('ى');
            if served_at.is_none()
                && k > i + 1
                && self.is_word(k)
                && (self.key(k).starts_with('ب') && self.readings(k).iter().any(|r| r.peeled == 1)
                    || body_with_l()
                    || over())
            {
                if let Some(h) = self.honorific_within(k + 1, MAX_B_PHRASE_WORDS, limit) {
                    self.add_places_in(k, h);
                    plain_end.get_or_insert(k);
                    served_at = Some(k);
                    taken += h - k;
                    k = h;
                    continue;
                }
            }
            // A definite institution word standing for one named before
            // (مديرة العمليات في المنظمة كلير نيكوليه).
            if served_at == Some(k)
                && self.lex_at(k).is_none()
                && self.served_in(k, limit) == Some(k + 1)
            {
                taken += 1;
                k += 1;
                continue;
            }
            // After the title's organisation, باسم is a first name (عضو
            // المكتب السياسي لحركة حماس باسم نعيم), not "on behalf of".
            if plain_end.is_some() && self.key(k) == "باسم" {
                break;
            }
            // Where an envoy serves (السفيرة الأمريكية لدى العراق، المبعوث
            // الأممي إلى اليمن): part of the title, but the country served is
            // not the title's country.
            if k > i + 1 && (self.key(k) == "لدي" || envoy && self.key(k) == "الي") {
                // ... or an organisation (المندوب الروسي لدى الأمم المتحدة).
                let served = self
                    .qualifier(k + 1)
                    .map(|(end, _, m)| (end, m))
                    .or_else(|| {
                        let m = self.lex_at(k + 1)?;
                        (m.entries.first()?.kind == ActorKind::Organization)
                            .then(|| (m.tokens.end, m.clone()))
                    });
                if let Some((end, m)) = served {
                    plain_end.get_or_insert(k);
                    self.add_listed(&m, true);
                    taken += end - k;
                    k = end;
                    continue;
                }
                // ... or a firm no list knows, where the title ends (كبير
                // المحللين لدى برايس فيوتشرز جروب إن): the holder's employer.
                if let Some(end) = self.employer_end(k + 1, limit) {
                    plain_end.get_or_insert(k);
                    self.add_title_body(k + 1..end, 0);
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // A country's name after a definite word or a foreign name,
            // before a family name, is a given name (الخبير الاقتصادي تشاد
            // باون): only an indefinite noun governs a country there.
            if k > i + 1
                && (self.key(k - 1).starts_with("ال")
                    || self.is_proper_word(k - 1)
                    // ... or a place's name (في سنغافورة تشاد باون)
                    || self.lex_at(k - 1).is_some_and(|m| m.tokens.end == k))
                && self.country_given_name(k, limit)
            {
                break;
            }
            if let Some((end, c, m)) = self.qualifier(k).filter(|(_, _, m)| !self.disagrees(k, m)) {
                plain_end.get_or_insert(k);
                self.add_qualifier(&m);
                // Where one serves is not one's country (منسق ... في السودان).
                if served_at != Some(k) {
                    country = country.or(c);
                }
                taken += end - k;
                k = end;
                continue;
            }
            // An organisation the title belongs to (المتحدث باسم وزارة الخارجية المصرية).
            if let Some(m) = self.lex_at(k).cloned() {
                let e = *m.entries[0];
                let speaks_for = self.key(k - 1) == "باسم";
                // الأمين العام للأمم المتحدة: the organisation after لـ.
                let genitive = m.peeled > 0 && self.key(k).starts_with('ل');
                // ... but a news outlet there, with the words said after it,
                // is whom they were said to (مسؤول أمريكي لرويترز إن).
                let after = m.tokens.end;
                if genitive
                    && e.media
                    && (!self.is_word(after) || self.tw(after).complementiser().is_some())
                {
                    break;
                }
                // مدرب ليفربول: a listed name in construct with the title.
                let construct = k == i + 1 && m.peeled == 0;
                // An armed group the title belongs to too (المستشار
                // الإعلامي لقائد قوات الدعم السريع).
                // ... or the group a spokesperson speaks for (المتحدث
                // العسكري باسم الحوثيين).
                // ... and a named one in construct with the title (قائد
                // قوات الدعم السريع محمد حمدان دقلو), not an agent noun
                // (قائد الشرطة).
                let body = e.kind == ActorKind::Organization
                    || e.kind == ActorKind::Group
                        && m.peeled == 0
                        && (self.key(k - 1).starts_with('ل')
                            || speaks_for
                            || construct && e.key.starts_with("org:"));
                if body
                    && (genitive
                        || construct
                        || served_at == Some(k)
                        || genitive_at == Some(k)
                        || m.peeled == 0 && (self.tw(k).is_org_head() || speaks_for))
                {
                    // A body of one country is the holder's country too
                    // (الرئيس التنفيذي للبنك الأهلي السعودي), but not a club
                    // in construct with the title (مدرب ليفربول).
                    if !construct && self.names_own_country(&m) {
                        country = country.or(e.country.map(str::to_string));
                    }
                    let oblique = self.oblique_at(k, m.peeled);
                    let id = self.add_listed(&m, oblique);
                    self.remember_org_at(k, id);
                    // The spokesperson's own mention stops before the name
                    // of what it speaks for, which is an actor of its own.
                    plain_end.get_or_insert(k);
                    // A listed name counts as one word, however long.
                    taken += 1;
                    k = m.tokens.end;
                    continue;
                }
            }
            // The organisation where the holder serves ends where the
            // في phrase was found to end.
            let org_limit = match served_end {
                Some(end) if served_at == Some(k) => end,
                _ => limit,
            };
            // The institution where the holder serves is taken whole, even
            // where the organisation phrase stops short of its end (معهد
            // واشنطن لسياسات الشرق الأدنى: a capital ends that phrase).
            let served_whole = |end: usize| match served_end {
                Some(whole) if served_at == Some(k) => end.max(whole),
                _ => end,
            };
            // After a definite title and its adjectives, an indefinite head
            // starts the verb's object (أعلن المدرب الوطني قائمة المنتخب):
            // nothing is in construct with a definite word.
            if head_has_article
                && served_at != Some(k)
                && genitive_at.is_none()
                && (i + 1..k).all(|j| self.is_word(j) && self.key(j).starts_with("ال"))
                && self.is_word(k)
                && !self.key(k).starts_with("ال")
                && self
                    .readings(k)
                    .first()
                    .is_some_and(|r| self.w.about(&r.key).is_org_head())
            {
                break;
            }
            let served_phrase = match self.org_phrase(k, org_limit) {
                Some(end) => {
                    // The countries and places named inside it are still
                    // theirs, also after the phrase (... في واشنطن).
                    let whole = served_whole(end);
                    self.add_places_in(end, whole);
                    Some(whole)
                }
                None => served_end
                    .filter(|&end| served_at == Some(k) && end > k)
                    .inspect(|&end| self.add_places_in(k, end)),
            };
            if let Some(end) = served_phrase {
                plain_end.get_or_insert(k);
                taken += end - k;
                k = end;
                continue;
            }
            // A unit of an institution or an area, in construct with what
            // it belongs to (مدير فرع وزارة الصحة، مدير مكتب العمل، وكيل
            // إمارة منطقة القصيم، المدير العام لفرع الوزارة، أمير منطقة مكة
            // المكرمة): the title's, and the loop goes on with what it governs.
            if let Some((next, area)) = self.unit_in_construct(k, i, limit) {
                of_unit |= !area;
                taken += next - k;
                k = next;
                continue;
            }
            // An acronym in brackets after the organisation (... (الأونروا)):
            // part of the title; the name follows it.
            if plain_end.is_some() {
                if let Some(end) = self.bracketed_acronym(k, limit) {
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // What a spokesperson speaks for is in construct with باسم, so a
            // definite common noun there is the title's (المتحدث العسكري
            // باسم الجماعة يحيى سريع), not the start of the holder's name.
            if self.key(k - 1) == "باسم"
                && self.is_word(k)
                && self.key(k).starts_with("ال")
                && !self.tw(k).is_first_name()
                && !self.tw(k).is_name_word()
            {
                taken += 1;
                k += 1;
                continue;
            }
            // The name of what a spokesperson speaks for, when no list
            // knows it (متحدثة باسم ستاربكس).
            if self.key(k - 1) == "باسم" {
                let end = (k..(k + MAX_ORG_PROPER_WORDS).min(limit))
                    .take_while(|&j| self.is_proper_word(j))
                    .last()
                    .map_or(k, |j| j + 1);
                if end > k {
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // A second office of the same holder (رئيس مجلس الوزراء وزير
            // الخارجية القطري), but not one after a peeled و, which names
            // someone else (الرئيس ونائبه), nor after ب, the verb's object
            // (أشاد الوزير بالكاتب المصري).
            if matches!(self.title_gender(k), Some((_, _, peeled))
                if peeled == 0 || !self.doc.tokens[k].key.starts_with(['و', 'ب']))
            {
                chained |= !self.key(k).starts_with('ل');
                // A rank's qualifiers go with it (عضو مجلس السيادة الفريق
                // أول ياسر العطا).
                let rank = MILITARY_RANKS.contains(&strip_article(self.key(k)));
                taken += 1;
                k += 1;
                while rank && k < limit && self.is_word(k) && RANK_QUALIFIERS.contains(&self.key(k))
                {
                    k += 1;
                }
                continue;
            }
            // A governor's or mayor's town, which no list may know, before
            // the holder's full name (محافظ جنين كمال أبو الرب).
            if k == i + 1
                && governor
                && self.is_proper_word(k)
                && !self.tw(k).is_first_name()
                && !self.tw(k).is_name_word()
                && self.is_word(k + 1)
                && self.tw(k + 1).is_first_name()
                && self.name_run(k + 1, limit, true).0 >= k + 3
            {
                taken += 1;
                k += 1;
                continue;
            }
            // An indefinite head is in construct with the definite word after
            // it (مدرب السيتي بيب غوارديولا): that word is the title's, even
            // when a foreign name could start with ال.
            if k == i + 1
                && !head_has_article
                && self.key(k).starts_with("ال")
                && self.is_modifier(k)
                && !self.tw(k).is_first_name()
                && !self.tw(k).is_name_word()
            {
                taken += 1;
                k += 1;
                continue;
            }
            // An indefinite head in construct with a common noun that is in
            // construct with a definite word or a listed organisation
            // (رئيسة بعثة المنظمة، رئيس بعثة الأمم المتحدة): the noun is the
            // title's, and the loop goes on with what it governs.
            // ... or one no list knows in construct with a country named
            // (حاكم مصرف لبنان).
            let country_next = k + 1 < limit
                && self.lex_at(k + 1).is_some_and(|m| {
                    m.peeled == 0
                        && m.entries
                            .iter()
                            .any(|e| e.kind == ActorKind::Country && e.form == MentionForm::Name)
                });
            if k == i + 1
                && !head_has_article
                && k + 1 < limit
                && self.is_plain_word(k)
                && (self.tw(k).is_common()
                    || country_next
                    // (استشاري أمراض القلب: a field no list knows as common)
                    || FIELD_NOUNS.contains(&self.key(k)))
                && !self.tw(k).is_first_name()
                && !self.tw(k).is_name_word()
                && (self.key(k + 1).starts_with("ال") && self.is_modifier(k + 1)
                    || self.listed_org_end(k + 1).is_some()
                    || country_next)
            {
                if self.listed_org_end(k + 1).is_some() {
                    genitive_at = Some(k + 1);
                }
                // The definite word it governs is the title's too, even one
                // that could start a foreign name (حارس مرمى الاتحاد فواز
                // القرني، لاعب وسط الأهلي تيسير الجاسم), unless a list or a
                // title claims it.
                let governed = k + 1;
                if self.key(governed).starts_with("ال")
                    && self.is_modifier(governed)
                    && self.lex_at(governed).is_none()
                    && self.title_gender(governed).is_none()
                    && !self.tw(governed).is_first_name()
                    && !self.tw(governed).is_name_word()
                {
                    taken += 2;
                    k += 2;
                    // ... and who a field's patients are (استشارية أمراض
                    // القلب عند الأطفال الدكتورة ...).
                    if FIELD_NOUNS.contains(&self.key(k - 2))
                        && k + 1 < limit
                        && self.is_word(k)
                        && self.key(k) == AMONG
                        && self.key(k + 1).starts_with("ال")
                        && self.is_modifier(k + 1)
                    {
                        taken += 2;
                        k += 2;
                    }
                    continue;
                }
                taken += 1;
                k += 1;
                continue;
            }
            // After a definite title only adjectives agree with it.
            let object = head_definite
                && self.key(k - 1).starts_with("ال")
                && self.key(k).starts_with("ال")
                && !self.is_definite_adjective(k)
                && !keys().title_adjectives.contains(self.key(k))
                && !adjective_shaped(self.key(k));
            // A coordinated field before the holder's full name (وزير الطاقة
            // والمناجم محمد عرقاب), though no list knows its word.
            let coordinated_field = self.key(k).starts_with("وال")
                && k + 1 < limit
                && self.tw(k + 1).is_first_name()
                && self.name_run(k + 1, limit, true).0 >= k + 3;
            if self.is_modifier(k)
                && !object
                && (!self.looks_like_name_start(k)
                    || coordinated_field
                    || self.is_definite_adjective(k)
                    || keys().title_adjectives.contains(self.key(k)))
            {
                taken += 1;
                k += 1;
                continue;
            }
            // A common noun in construct with a definite one (رئيس حكومة
            // تصريف الأعمال): both belong to the title.
            if k > i + 1
                // A word, not the comma after the title (عضو كتلة التنمية
                // والتحرير، النائب قاسم هاشم).
                && self.is_word(k)
                && !self.key(k - 1).starts_with("ال")
                && (self.is_modifier(k - 1) || after_complement == Some(k))
                && !self.tw(k).is_first_name()
                && !self.tw(k).is_name_word()
                && !self.key(k).starts_with("ال")
                // Not the complementiser after the title (الرئيس التنفيذي
                // للشركة إن الأرباح ...): the content starts there.
                && self.tw(k).complementiser().is_none()
                && k + 1 < limit
                && self.key(k + 1).starts_with("ال")
                && self.is_modifier(k + 1)
                && !self.looks_like_name_start(k + 1)
                // Not the holder's name where the title must end (ووزير
                // الدولة للشؤون الاقتصادية والاستثمار نورة الفصام إن).
                && !(self.name_ends_after(k + 1) && self.name_run(k, limit, true).0 == k + 2)
            {
                taken += 2;
                k += 2;
                continue;
            }
            // A ب phrase of the office itself, right before the holder's
            // full name (وزير الخارجية بالإنابة، والجالية الوطنية بالخارج
            // أحمد عطاف), not the start of the name.
            // ... or a place with ب before a rank or an honorific and the
            // name (قائد قوة الطوارئ الخاصة بجازان العميد ركن فايز الشهري).
            let b_place = || {
                self.key(k).starts_with('ب')
                    && self.readings(k).iter().any(|r| r.peeled == 1)
                    && (self.rank_then_name(k + 1, limit) || self.honorific_then_name(k + 1, limit))
            };
            if k > i + 1
                && (self.key(k).starts_with("بال") || b_place())
                && self.lex_at(k).is_none()
                && !self.tw(k).is_first_name()
                && !self.tw(k).is_name_word()
            {
                // ... also the area, with its adjectives (مدير مكتب التعليم
                // بالمنطقة الشرقية ناصر العلي).
                let area = self
                    .readings(k)
                    .iter()
                    .any(|r| r.peeled == 1 && AREA_NOUNS.contains(&strip_article(r.key.as_ref())));
                // ... or the place's definite words up to an honorific
                // (رئيس الشؤون الدينية بالمسجد الحرام والمسجد النبوي معالي
                // الشيخ ...), which could start a name.
                let definite =
                    |j: usize| self.key(j).starts_with("ال") || self.key(j).starts_with("وال");
                let honorific = self
                    .honorific_within(k + 1, MAX_B_PHRASE_WORDS + 1, limit)
                    .filter(|&h| (k + 1..h).all(definite));
                let end = if let Some(h) = honorific {
                    h
                } else if area {
                    (k + 1..limit.min(k + 1 + MAX_B_PHRASE_WORDS))
                        .take_while(|&j| self.is_plain_definite(j) && self.is_adjective_shaped(j))
                        .last()
                        .map_or(k + 1, |j| j + 1)
                } else {
                    k + 1
                };
                // ... or before a rank or an honorific and the name (قائد
                // قوة الطوارئ الخاصة بالمنطقة العميد ركن سلطان العتيبي).
                if self.name_run(end, limit, true).0 >= end + 2
                    || self.rank_then_name(end, limit)
                    || self.honorific_then_name(end, limit)
                {
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // Definite words of the office's body that could start a name,
            // right before an honorific and the holder's name (الرئيس العام
            // لشؤون المسجد الحرام والمسجد النبوي الشيخ عبدالرحمن السديس).
            if k > i + 1 && self.key(k).starts_with("ال") {
                let definite =
                    |j: usize| self.key(j).starts_with("ال") || self.key(j).starts_with("وال");
                if let Some(h) = self
                    .honorific_within(k, MAX_B_PHRASE_WORDS + 1, limit)
                    .filter(|&h| (k..h).all(definite))
                {
                    taken += h - k;
                    k = h;
                    continue;
                }
            }
            break;
        }
        Title {
            end: k,
            plain_end: plain_end.unwrap_or(k),
            country,
            chained,
            of_unit,
        }
    }

    /// True when the listed organisation `m` names its own country in its
    /// name (البنك الأهلي السعودي، الخطوط الجوية القطرية): its people are of
    /// that country. Not a body whose name says none (برشلونة، يو.بي.إس),
    /// whose staff may be of any.
    fn names_own_country(&self, m: &lexicon::Match<'static>) -> bool {
        let Some(code) = m.entries[0].country else {
            return false;
        };
        (m.tokens.start + 1..m.tokens.end).any(|j| {
            self.lex_at(j).is_some_and(|x| {
                x.entries
                    .iter()
                    .any(|e| e.kind == ActorKind::Country && e.country == Some(code))
            })
        })
    }

    /// The person whose name ends right before the office `title` at `i`,
    /// when the office is followed by a time word or by another title (the
    /// verb's object), or is two offices (one person holds both): then the
    /// office is in apposition to the name. Not a single office before a
    /// full stop or a name, which is more often the object itself (التقى
    /// بوتين رئيس الوزراء الهندي).
    fn named_before_office(&self, i: usize, title: &Title, limit: usize) -> Option<EntityId> {
        let end = title.end;
        // The office's own organisation or country may be recorded after it.
        let m = self.ments.iter().rev().find(|m| m.tokens.end <= i)?;
        if m.tokens.end != i || m.form != MentionForm::Name {
            return None;
        }
        // One named with an office already (الرئيس السيسي) is not given a
        // second one: that office is more likely the verb's object.
        let e = &self.findings.entities[m.entity];
        let untitled = e.role.as_deref().is_none_or(|r| {
            let key = phrase_key(r);
            ROYAL_HONORIFICS.contains(&key.as_str()) || PERSONAL_HONORIFICS.contains(&key.as_str())
        });
        if e.kind != ActorKind::Person || !untitled {
            return None;
        }
        // The time may follow after a comma (أمير منطقة الرياض، اليوم،).
        let after = end + usize::from(self.comma_at(end));
        let next_is_time = self.is_word(after) && self.tw(after).is_adverbial();
        let next_is_object = end < limit && self.is_word(end) && self.title_gender(end).is_some();
        (next_is_time || next_is_object || title.chained || self.said_by_name(m.tokens.start))
            .then_some(m.entity)
    }

    /// True when the name starting at `start` is the subject right after a
    /// finite reporting verb (وقال ماجد الأنصاري المتحدث باسم ...): a verb
    /// of saying takes no person as its object, so an office after the name
    /// is the name's own. Not a verb of telling (أبلغ), whose object is the
    /// listener.
    fn said_by_name(&self, start: usize) -> bool {
        let Some(mut verb) = start.checked_sub(1) else {
            return false;
        };
        // Honorifics may stand between (وقال الدكتور ماجد القصبي، وقال
        // صاحب السمو الملكي الأمير فيصل بن بندر): they are no office.
        let mut honorifics = 0;
        while honorifics < MAX_HONORIFIC_WORDS
            && verb > self.range.start
            && self.is_word(verb)
            && (PERSONAL_HONORIFICS.contains(&self.key(verb))
                || ROYAL_HONORIFICS.contains(&self.key(verb))
                || HONORIFIC_STYLES.contains(&self.key(verb)))
        {
            verb -= 1;
            honorifics += 1;
        }
        // A nationality may stand between (وقال الإسباني تشابي ألونسو).
        if verb > self.range.start && self.is_definite_nationality(verb, start) {
            verb -= 1;
        }
        if verb < self.range.start || !self.is_word(verb) {
            return false;
        }
        let finite = self.tw(verb).cue().is_some_and(|c| !c.participle);
        finite && !TELL_VERBS.contains(&self.bare(self.key(verb)))
    }

    /// True when token `k` is a nationality with the article and nothing
    /// else, ending at `end` (الإسباني before a name).
    pub(crate) fn is_definite_nationality(&self, k: usize, end: usize) -> bool {
        self.is_word(k)
            && self.key(k).starts_with("ال")
            && self.lex_at(k).is_some_and(|m| {
                m.peeled == 0 && m.tokens.end == end && m.entries[0].form == MentionForm::Nisba
            })
    }

    /// The end of a nationality with the article at `k` and nothing else,
    /// of one word or more (الإسباني، الجنوب أفريقي).
    fn definite_nationality_end(&self, k: usize) -> Option<usize> {
        if !self.is_word(k) || !self.key(k).starts_with("ال") {
            return None;
        }
        let m = self.lex_at(k)?;
        (m.peeled == 0 && m.entries[0].form == MentionForm::Nisba).then_some(m.tokens.end)
    }

    /// The end of a listed organisation named at `j` as written (no
    /// proclitic peeled).
    fn listed_org_end(&self, j: usize) -> Option<usize> {
        self.lex_at(j)
            .filter(|m| m.peeled == 0 && m.entries[0].kind == ActorKind::Organization)
            .map(|m| m.tokens.end)
    }

    /// The end of what an office is charged with, from `j` after المكلف:
    /// ب on a definite noun, then nouns joined by و (a definite one, or one
    /// in construct with a definite one), مع and a definite noun, and
    /// definite adjectives.
    fn charge_end(&self, j: usize, limit: usize) -> usize {
        let definite =
            |k: usize| k < limit && self.is_plain_definite(k) && self.lex_at(k).is_none();
        if !(j < limit && self.is_word(j) && self.key(j).starts_with("بال")) {
            return j;
        }
        let mut end = j + 1;
        while end < limit && end < j + MAX_TITLE_MODIFIERS {
            let key = self.key(end);
            if key.starts_with("وال") && self.title_gender(end).is_none() {
                end += 1;
            } else if (key.starts_with('و') && self.is_plain_word(end) && self.tw(end).is_common()
                || key == "مع")
                && definite(end + 1)
            {
                end += 2;
            } else if definite(end) {
                end += 1;
            } else {
                break;
            }
        }
        end
    }

    /// The end of "recognised (internationally)" after a body at `end`
    /// (الحكومة اليمنية المعترف بها دوليا), else `end`.
    fn recognised_end(&self, end: usize) -> usize {
        let word = |j: usize, w: &[&str]| self.is_word(j) && w.contains(&self.key(j));
        if !(word(end, &["المعترف"]) && word(end + 1, &["بها", "به"])) {
            return end;
        }
        if word(end + 2, &["دوليا"]) {
            end + 3
        } else {
            end + 2
        }
    }

    /// Where the region a post covers ends, after the body it serves (كبير
    /// الاقتصاديين في بنك آي إن جي لمنطقة آسيا روبرت كارنيل): ل with an
    /// area noun at `j` and a place, listed or not. `None` where no such
    /// phrase is at `j`.
    fn region_scope_end(&self, j: usize, limit: usize) -> Option<usize> {
        if j + 1 >= limit
            || !self.is_word(j)
            || !self
                .key(j)
                .strip_prefix('ل')
                .is_some_and(|noun| AREA_NOUNS.contains(&noun))
        {
            return None;
        }
        let place = j + 1;
        if let Some(m) = self.lex_at(place).filter(|m| {
            m.peeled == 0
                && m.tokens.end <= limit
                && m.entries
                    .iter()
                    .any(|e| matches!(e.kind, ActorKind::Place | ActorKind::Country))
        }) {
            return Some(m.tokens.end);
        }
        self.is_proper_word(place).then_some(place + 1)
    }

    /// True when token `j` is a holy city's epithet (مكة المكرمة، المدينة
    /// المنورة), which belongs to the place before it.
    fn place_epithet(&self, j: usize) -> bool {
        self.is_word(j) && PLACE_EPITHETS.contains(&self.key(j))
    }

    /// Where a unit noun at `k` in a title (`i` its head) hands over to what
    /// it is in construct with: a sub-unit (فرع، مكتب، إدارة، قسم) before a
    /// definite word, an institution or another unit; an area noun (منطقة،
    /// إمارة) before a place, listed or not, with its epithet (مكة
    /// المكرمة), and whether it is an area. `None` where token `k` is no
    /// such unit.
    fn unit_in_construct(&self, k: usize, i: usize, limit: usize) -> Option<(usize, bool)> {
        if k <= i || k + 1 >= limit || !self.is_word(k) || !self.is_word(k + 1) {
            return None;
        }
        // In construct: no article, though ل may be glued after a definite
        // title (المدير العام لفرع الوزارة).
        let is_unit = |key: &str| SUBUNIT_NOUNS.contains(&key) || AREA_NOUNS.contains(&key);
        let unit = self.readings(k).iter().find(|r| {
            (r.peeled == 0 || r.peeled == 1 && self.key(k).starts_with('ل')) && is_unit(&r.key)
        })?;
        let area = AREA_NOUNS.contains(&unit.key.as_ref());
        let next = k + 1;
        let nested = self.readings(next).first().is_some_and(|r| is_unit(&r.key));
        if area {
            // The place: listed (its mention is made when the loop reaches
            // it), or a proper word no list knows, taken whole here.
            if nested || self.qualifier(next).is_some_and(|(_, _, m)| m.peeled == 0) {
                return Some((next, true));
            }
            if self.is_proper_word(next) && !self.tw(next).is_first_name() {
                let epithet = self.place_epithet(next + 1);
                return Some((next + 1 + usize::from(epithet), true));
            }
            // ... or a definite one (منطقة القصيم، منطقة الحدود الشمالية).
            let end = (next..limit.min(next + MAX_TITLE_MODIFIERS))
                .take_while(|&j| self.is_plain_definite(j) && self.lex_at(j).is_none())
                .last()?;
            return Some((end + 1, true));
        }
        let governed = nested
            || self.key(next).starts_with("ال") && !self.is_stop(next)
            || self.lex_at(next).is_some()
            || self.tw(next).is_org_head();
        governed.then_some((next, false))
    }

    /// The end of what a title's في phrase starting at `k` names, when it
    /// is a country or place, a listed organisation, an institution word
    /// with a listed name after it (حركة حماس), or a definite institution
    /// word alone (المنظمة). Looks only; records nothing.
    fn served_in(&self, k: usize, limit: usize) -> Option<usize> {
        if k >= limit || !self.is_word(k) {
            return None;
        }
        if let Some((end, _, m)) = self.qualifier(k) {
            return (!self.disagrees(k, &m) && m.peeled == 0).then(|| self.recognised_end(end));
        }
        if let Some(end) = self.listed_org_end(k) {
            let end = self.region_scope_end(end, limit).unwrap_or(end);
            return Some(self.recognised_end(end));
        }
        // A body named in quotes (في شركة «إنرجي أسبكتس» للاستشارات).
        if let Some(&close) = self
            .labels
            .get(&(k + 1))
            .filter(|_| self.tw(k).is_org_head() && !self.key(k).starts_with("ال"))
        {
            return Some(self.label_end(close, limit));
        }
        // A field (الخبير في شؤون الطاقة عامر الشوبكي): the noun, the
        // definite noun it governs and their adjectives.
        if FIELD_NOUNS.contains(&self.key(k)) {
            let mut end = k + 1;
            while end < limit
                && end < k + 1 + MAX_TITLE_MODIFIERS
                && self.is_word(end)
                && self.key(end).starts_with("ال")
                && !self.is_stop(end)
                && !self.tw(end).is_first_name()
                && !self.tw(end).is_name_word()
            {
                end += 1;
            }
            return (end > k + 1).then_some(end);
        }
        // A town no list knows after an area noun (النائب عن مدينة بنغازي
        // سعيد امغيب).
        // ... with its epithet (في منطقة مكة المكرمة محمد الزهراني).
        if AREA_NOUNS.contains(&self.key(k)) && k + 1 < limit && self.is_proper_word(k + 1) {
            let epithet = self.place_epithet(k + 2);
            return Some(k + 2 + usize::from(epithet));
        }
        if self.tw(k).is_org_head() {
            return self.institution_end(k, limit);
        }
        // A place no list knows, right before a known first name (رئيس
        // المكتب السياسي لحركة حماس في غزة خليل الحية) or an honorific
        // and a name (في جدة الدكتور حسين البار), or before a name
        // of two words or more where the name must end, even one whose
        // first word no list knows as a name (مدير الدفاع المدني في إدلب
        // رائد الصالح إن); then the place's first letter may read as a
        // preposition (بورتسودان).
        if self.is_proper_word(k) && k + 1 < limit && !self.with_possessive(k) {
            let before_first_name = self.readings(k).len() == 1
                && self.is_word(k + 1)
                && self.tw(k + 1).is_first_name();
            if before_first_name || self.honorific_then_name(k + 1, limit) || {
                let (end, _) = self.name_run(k + 1, limit, true);
                end >= k + 3 && self.name_ends_after(end - 1)
            } {
                return Some(k + 1);
            }
        }
        self.served_area_end(k, limit)
    }

    /// The end of an institution headed at `k` and of the city it stands in
    /// after في, when a full name follows (الباحثة في معهد دول الخليج
    /// العربية في واشنطن كارين يونغ): where the holder serves.
    fn institution_city_end(&self, k: usize, limit: usize) -> Option<usize> {
        if !self.is_word(k) || !self.tw(k).is_org_head() {
            return None;
        }
        // The institution's words: no function, cue, title or saying word.
        let end = (k + 1..limit.min(k + 1 + MAX_TITLE_MODIFIERS)).find(|&j| {
            !self.is_word(j)
                || self.is_stop(j)
                || self.tw(j).cue().is_some()
                || self.tw(j).complementiser().is_some()
                || self.title_gender(j).is_some()
        })?;
        if !self.is_word(end) || self.key(end) != "في" {
            return None;
        }
        let (city_end, _, m) = self.qualifier(end + 1)?;
        let city = m.peeled == 0
            && m.entries
                .iter()
                .any(|e| matches!(e.form, MentionForm::Name | MentionForm::Metonym));
        (city && city_end < limit && self.name_run(city_end, limit, true).0 >= city_end + 2)
            .then_some(city_end)
    }

    /// True when token `k` as written ends in a possessive pronoun (حزنه،
    /// قلقها، أسفهم): a common noun (عبر اللاعب عن حزنه), no place. As
    /// written, since keys normalise ة to ه (بعثة).
    fn with_possessive(&self, k: usize) -> bool {
        let written = self.doc.word(k).trim_end_matches(is_arabic_diacritic);
        POSSESSIVE_PRONOUNS.iter().any(|p| written.ends_with(p))
    }

    /// True when token `k` is a definite word that is no function word,
    /// honorific, title or name word: part of a place or body no list
    /// knows (الأراضي الفلسطينية المحتلة، الشرق الأدنى).
    fn is_plain_definite(&self, k: usize) -> bool {
        self.is_word(k)
            && self.key(k).starts_with("ال")
            && !self.is_stop(k)
            && !PERSONAL_HONORIFICS.contains(&self.key(k))
            && self.title_gender(k).is_none()
            && !self.tw(k).is_first_name()
            && !self.tw(k).is_name_word()
    }

    /// The end of a definite area no list knows, with its definite
    /// adjectives, when a full name of two words or more follows it and
    /// ends there (منسقة الشؤون الإنسانية في الأراضي الفلسطينية المحتلة
    /// سيغريد كاغ إن): where the holder serves. Without such a name the
    /// phrase is the sentence's own (قال الوزير في المؤتمر الصحفي).
    fn served_area_end(&self, k: usize, limit: usize) -> Option<usize> {
        // Or a common noun in construct with such a word (منسق الإغاثة في
        // حالات الطوارئ توم فليتشر).
        let construct = self.is_plain_word(k)
            && self.tw(k).is_common()
            && !self.tw(k).is_first_name()
            && !self.tw(k).is_name_word()
            && k + 1 < limit
            && self.is_plain_definite(k + 1)
            && self.lex_at(k + 1).is_none();
        if !(self.is_plain_definite(k) || construct) || self.lex_at(k).is_some() {
            return None;
        }
        let mut end = k + 1 + usize::from(construct);
        while end < limit && end < k + 1 + MAX_TITLE_MODIFIERS && self.is_plain_definite(end) {
            end += 1;
        }
        // One definite word is a town no list knows (في الدمام) only before
        // a known first name.
        if end == k + 1 && !(self.is_word(end) && self.tw(end).is_first_name()) {
            return None;
        }
        let (name_end, _) = self.name_run(end, limit, true);
        (name_end >= end + 2 && self.name_ends_after(name_end - 1)).then_some(end)
    }

    /// The end of an institution's name whose head word is token `k`
    /// (شركة الراجحي المالية، بنك الكويت الوطني، جامعة الجزائر), when a
    /// listed organisation, a country or a proper name follows the head.
    fn institution_end(&self, k: usize, limit: usize) -> Option<usize> {
        if let Some(end) = self.listed_org_end(k + 1).filter(|&end| end <= limit) {
            return Some(end);
        }
        // ... or a named group the head is in construct with (في حكومة
        // الحوثيين أنيس الأصبحي).
        if let Some(m) = self.lex_at(k + 1).filter(|m| {
            !self.key(k).starts_with("ال")
                && m.peeled == 0
                && m.tokens.end <= limit
                && m.entries
                    .iter()
                    .all(|e| e.kind == ActorKind::Group && e.key.starts_with("org:"))
        }) {
            return Some(m.tokens.end);
        }
        // Definite, or definite after ب (رئيس الفريق الاشتراكي بالمجلس).
        if self.key(k).starts_with("ال") || self.key(k).starts_with("بال") {
            // With its adjectives and the city it stands in (الخبير في
            // الجامعة الأمريكية بالقاهرة هاني جنينة).
            let mut end = k + 1;
            while end < limit
                && end < k + 1 + MAX_TITLE_MODIFIERS
                && self.is_definite_adjective(end)
            {
                end += 1;
            }
            // Other definite words and what the body is for, before a full
            // name (في المفوضية العليا المستقلة للانتخابات رياض البدران).
            let wide = self.body_words_end(end, k, limit);
            if wide > end
                && (self.full_name_at(wide, limit) || self.honorific_then_name(wide, limit))
            {
                return Some(wide);
            }
            if end > k + 1 && end < limit && self.key(end).starts_with('ب') {
                if let Some(m) = self.lex_at(end).filter(|m| {
                    m.peeled > 0
                        && m.tokens.end <= limit
                        && m.entries.iter().any(|e| {
                            matches!(e.kind, ActorKind::Country | ActorKind::Place)
                                && matches!(e.form, MentionForm::Name | MentionForm::Metonym)
                        })
                }) {
                    end = m.tokens.end;
                }
            }
            return Some(end);
        }
        // Named after a royal (في جامعة الملك سعود أحمد علي).
        if self.is_word(k + 1) && ROYAL_HONORIFICS.contains(&self.key(k + 1)) {
            let (end, _) = self.name_run(k + 2, limit, true);
            let end = self.royal_name_end(k + 2, end);
            if end > k + 2 {
                return Some(end);
            }
        }
        // Named after a country or its capital, with its adjectives (بنك
        // الكويت الوطني، جامعة القاهرة), or after a listed person (جامعة
        // محمد بن زايد للذكاء الاصطناعي).
        if let Some(m) = self.lex_at(k + 1).filter(|m| {
            m.peeled == 0
                && m.tokens.end <= limit
                && m.entries.iter().any(|e| {
                    matches!(e.kind, ActorKind::Country | ActorKind::Place)
                        && matches!(e.form, MentionForm::Name | MentionForm::Metonym)
                        || e.kind == ActorKind::Person
                            && e.form == MentionForm::Name
                            && m.tokens.len() >= 2
                })
        }) {
            let mut end = m.tokens.end;
            // A numbered campus (جامعة الجزائر 3).
            if end < limit && self.number_at(end) {
                end += 1;
            }
            // The name is definite with or without the article (جامعة بغداد
            // التقنية).
            while end < limit
                && end < m.tokens.end + MAX_TITLE_MODIFIERS
                && (self.is_definite_adjective(end)
                    || end == m.tokens.end && self.is_adjective_shaped(end))
            {
                end += 1;
            }
            // ... and what it is for (معهد واشنطن لسياسات الشرق الأدنى).
            if end + 1 < limit
                && self.is_word(end)
                && self.key(end).starts_with('ل')
                && !self.key(end).starts_with("لل")
                && self.readings(end).len() > 1
                && self.is_plain_definite(end + 1)
            {
                let mut purpose_end = end + 2;
                while purpose_end < limit
                    && purpose_end < end + MAX_TITLE_MODIFIERS
                    && self.is_plain_definite(purpose_end)
                {
                    purpose_end += 1;
                }
                if self.name_run(purpose_end, limit, true).0 > purpose_end {
                    end = purpose_end;
                }
            }
            return Some(end);
        }
        // An indefinite head and the proper name it is in construct with,
        // with its adjectives (المحلل في شركة الراجحي المالية مازن السديري).
        let proper = |j: usize| {
            self.is_proper_word(j)
                || self.is_word(j)
                    && self.key(j).starts_with("ال")
                    && !self.tw(j).is_common()
                    && !self.is_stop(j)
                    && self.lex_at(j).is_none()
                    && self.title_gender(j).is_none()
        };
        // Common words, definite or in construct with a definite one,
        // before a full name that starts with a known first name (القيادي
        // في حركة النهضة عبد الحميد الجلاصي، النائب عن ائتلاف دولة القانون
        // عارف الحمامي), and what the body is for (كتلة الوفاء للمقاومة).
        let construct = usize::from(
            self.is_plain_word(k + 1)
                && self.tw(k + 1).is_common()
                && !self.tw(k + 1).is_first_name()
                && !self.tw(k + 1).is_name_word(),
        );
        let end = self.body_words_end(k + 1 + construct, k, limit);
        if end > k + 1 + construct && self.full_name_at(end, limit) {
            return Some(end);
        }
        // ... or a common noun and the city or country it serves (مجموعة
        // موانئ أبوظبي، شركة نفط الكويت).
        if construct == 1 && end == k + 2 {
            if let Some(m) = self.qualifier(end).map(|(_, _, m)| m).filter(|m| {
                m.peeled == 0
                    && m.tokens.end <= limit
                    && matches!(m.entries[0].form, MentionForm::Name | MentionForm::Metonym)
            }) {
                return Some(m.tokens.end);
            }
        }
        // The longest name after which a name of two words that starts with
        // a known first name still follows (المحلل في شركة كابيتال
        // إيكونوميكس جيمس سوانستون), else the longest.
        let (mut longest, mut before_full_name, mut before_two_words) = (None, None, None);
        let mut words = k + 1;
        while words < limit && words < k + 1 + MAX_ORG_PROPER_WORDS && proper(words) {
            words += 1;
            let mut end = words;
            // Its adjectives, a country's too (معهد كلينغندايل الهولندي),
            // right after the proper name too (جامعة إسطنبول التقنية).
            while end < limit
                && (self.is_definite_adjective(end)
                    || self.is_definite_nisba(end)
                    || end == words && self.is_adjective_shaped(end))
            {
                end += 1;
            }
            if self.is_word(end) {
                let (name_end, _) = self.name_run(end, limit, true);
                if self.tw(end).is_first_name() && name_end >= end + 2 {
                    before_full_name = Some(end);
                } else if name_end == end + 2 && self.name_ends_after(name_end - 1) {
                    // Else a name of two words no list knows where the name
                    // must end (في جامعة إسطنبول ناجي غورور إن).
                    before_two_words.get_or_insert(end);
                }
            }
            longest = Some(end);
        }
        before_full_name.or(before_two_words).or(longest)
    }

    /// Records the body no list knows at `tokens` (from byte `offset` of its
    /// first word, after a glued letter) that a title belongs to: an
    /// organisation, in an oblique position.
    fn add_title_body(&mut self, tokens: Range<usize>, offset: usize) {
        let span = self.span(tokens.clone(), offset);
        let name = span.slice(self.doc.text).to_string();
        let key = format!("org:{}", phrase_key(&name));
        let id = self
            .findings
            .entity(&key, || entity(ActorKind::Organization, &name));
        self.add(tokens, span, id, MentionForm::Name, true);
    }

    /// The end of a firm's name no list knows starting at token `k`, after
    /// لدى in a title: foreign proper words, the first no first name,
    /// where the title must end (before a comma, cue or complementiser).
    fn employer_end(&self, k: usize, limit: usize) -> Option<usize> {
        if !self.is_proper_word(k) || self.tw(k).is_first_name() || self.tw(k).is_name_word() {
            return None;
        }
        let end = (k..(k + MAX_ORG_PROPER_WORDS).min(limit))
            .take_while(|&j| self.is_proper_word(j))
            .last()?
            + 1;
        let closed = self.doc.tokens.get(end).is_some_and(|t| {
            t.is_comma(self.doc.text)
                || self.is_word(end)
                    && (self.tw(end).complementiser().is_some() || self.tw(end).cue().is_some())
        });
        closed.then_some(end)
    }

    /// The end of a short bracketed phrase opening at `k` ((الأونروا)),
    /// recording a listed organisation in it.
    fn bracketed_acronym(&mut self, k: usize, limit: usize) -> Option<usize> {
        let doc = self.doc;
        if !doc.tokens[k].is_punct(doc.text, '(') {
            return None;
        }
        let close = (k + 1..(k + 2 + MAX_BRACKETED_WORDS).min(limit))
            .find(|&j| doc.tokens[j].is_punct(doc.text, ')'))?;
        if close == k + 1 || !(k + 1..close).all(|j| self.is_word(j)) {
            return None;
        }
        if let Some(m) = self.lex_at(k + 1).cloned() {
            if m.tokens.end == close && m.entries[0].kind == ActorKind::Organization {
                self.add_listed(&m, true);
            }
        }
        Some(close + 1)
    }

    /// True when token `k` is an adjective agreeing with the definite noun
    /// before it (زعيم التيار الصدري): a nisba-shaped word (ال...ي،
    /// ال...ية) after a word with the article, and no known name.
    fn is_definite_adjective(&self, k: usize) -> bool {
        let prev = self.key(k - 1);
        // After a coordinated noun too (والجالية الوطنية).
        (prev.starts_with("ال") || prev.starts_with("لل") || prev.starts_with("وال"))
            && self.is_adjective_shaped(k)
    }

    /// The end of the plain definite words from `from` of a body headed at
    /// `k`, with coordinated ones and what it is for (للانتخابات), at most
    /// `MAX_TITLE_MODIFIERS` words after the head.
    fn body_words_end(&self, from: usize, k: usize, limit: usize) -> usize {
        let mut end = from;
        while end < limit
            && end < k + 1 + MAX_TITLE_MODIFIERS
            && (self.is_plain_definite(end)
                || end > k + 1
                    && (self.key(end).starts_with("وال") || self.key(end).starts_with("لل"))
                    && self.is_modifier(end))
            && self.lex_at(end).is_none()
        {
            end += 1;
        }
        end
    }

    /// The end of من and the definite noun after a body's purpose of
    /// guarding against something (للوقاية من الأمراض), with a coordinated
    /// noun that refers back to it (ومكافحتها), when token `k` is that من;
    /// else `k`.
    fn guard_phrase_end(&self, k: usize) -> usize {
        if !(self.is_word(k)
            && self.key(k) == "من"
            && GUARD_PURPOSES.contains(&self.key(k - 1))
            && self.is_plain_definite(k + 1))
        {
            return k;
        }
        let end = k + 2;
        let referring = self.is_word(end)
            && self.key(end).starts_with('و')
            && self.doc.word(end).ends_with("ها");
        end + usize::from(referring)
    }

    /// True when a full name starting with a known first name begins at
    /// token `k`.
    fn full_name_at(&self, k: usize, limit: usize) -> bool {
        self.is_word(k) && self.tw(k).is_first_name() && self.name_run(k, limit, true).0 >= k + 2
    }

    /// True when token `k` has the shape of a definite relative adjective
    /// (الوطني، التقنية) and is no name word: an adjective where a
    /// definite noun or a proper name precedes it (جامعة إسطنبول التقنية).
    fn is_adjective_shaped(&self, k: usize) -> bool {
        let Some(stem) = self.key(k).strip_prefix("ال") else {
            return false;
        };
        let w = self.tw(k);
        (stem.ends_with('ي') || stem.ends_with("يه"))
            && stem.chars().count() >= MIN_NISBA_STEM_LETTERS
            && !w.is_name_word()
            && !w.is_first_name()
    }

    /// True when token `k` starts a person's name known to the lists
    /// (so a title's modifiers stop before it).
    fn looks_like_name_start(&self, k: usize) -> bool {
        let w = self.tw(k);
        if w.is_title_domain() {
            return false;
        }
        if w.is_name_word() {
            return true;
        }
        // ل + the article (للأهلي): "for the ...", never how a name starts.
        if self.key(k).starts_with("لل") {
            return false;
        }
        // Nor و + the article on a common word (وزير الشباب والرياضة محمد
        // ...: "and sport"); but والتر (Walter) is a name.
        if self.key(k).starts_with("وال") && {
            let b = self.btw(k);
            b.is_common() || b.is_title_domain()
        } {
            return false;
        }
        // A foreign name written with a leading ال (الكسندر لاكازيت): an
        // uncommon word followed by an uncommon word without the article.
        let uncommon = |i: usize| {
            self.is_word(i)
                && !self.tw(i).is_common()
                && !self.is_stop(i)
                && self.tw(i).cue().is_none()
        };
        // Nor is one followed by ل + the article (التأهب للأوبئة).
        // Nor one followed by a preposition glued to a known word (الغدد
        // الصماء بكلية الطب: an adjective, then "at the college").
        let glued_known = self
            .reading_infos(k + 1)
            .iter()
            .skip(1)
            .any(|r| r.is_common() || r.is_org_head() || r.title().is_some());
        uncommon(k)
            && uncommon(k + 1)
            && !glued_known
            && !self.key(k + 1).starts_with("ال")
            && !self.key(k + 1).starts_with("لل")
            && self.lex_at(k).is_none()
    }

    /// True when a listed name of given names ending at `end` goes on
    /// with a family name, one word where the name must end (خوان كارلوس
    /// باستور: the lists know the king خوان كارلوس).
    fn family_name_after(&self, end: usize, limit: usize) -> bool {
        // A Gulf family name with آل (فيصل بن فرحان آل سعود).
        if end + 1 < limit
            && self.is_word(end)
            && self.doc.word(end) == FAMILY_OF_WRITTEN
            && self.is_word(end + 1)
            && !self.doc.tokens[end + 1].newline_before
        {
            return true;
        }
        end < limit
            && self.tw(end - 1).is_first_name()
            && self.is_proper_word(end)
            // No proclitic on a word to read off it (محمد بن راشد للفضاء).
            && !self.key(end).starts_with("لل")
            && self
                .reading_infos(end)
                .iter()
                .skip(1)
                .all(|r| !r.is_common() && !r.is_org_head())
            && self.title_gender(end).is_none()
            && self.name_ends_after(end)
    }

    /// True when token `k` is an office word with the accusative's alef
    /// (أميرا، محافظا، سفيرا): the office someone is appointed to.
    fn accusative_office(&self, k: usize) -> bool {
        let key = self.key(k);
        key.chars().count() >= MIN_ACCUSATIVE_OFFICE_LETTERS
            && key
                .strip_suffix('ا')
                .is_some_and(|stem| self.w.about(stem).title().is_some())
    }

    /// True when the one-word country name at `k` is a given name (تشاد
    /// باون إن: Chad): a family name no list knows follows it, where the
    /// name ends.
    fn country_given_name(&self, k: usize, limit: usize) -> bool {
        self.lex_at(k).is_some_and(|m| {
            m.peeled == 0
                && m.tokens.len() == 1
                && m.entries
                    .iter()
                    .all(|e| e.kind == ActorKind::Country && e.form == MentionForm::Name)
        }) && !self.key(k).starts_with("ال")
            && k + 1 < limit
            && self.is_proper_word(k + 1)
            && !self.tw(k + 1).is_first_name()
            && self.name_ends_after(k + 1)
    }

    /// The run of name words starting at `start`: returns its end (== start
    /// when there is none) and the byte offset of proclitics to skip on the
    /// first word (none: names are not peeled).
    fn name_run(&self, start: usize, limit: usize, after_title: bool) -> (usize, usize) {
        let mut k = start;
        let mut words = 0;
        let mut connectors = 0;
        // A person the lists know is the whole name, even if a word of it
        // is also a common word (جو بايدن: جو is "air").
        // Not a listed compound given name alone (عبد المجيد), which a
        // family name may follow (عبد المجيد الشعيبي), nor a listed name
        // of given names a family name follows where the name must end
        // (خوان كارلوس باستور: the king is خوان كارلوس).
        if let Some(m) = self.lex_at(start).filter(|m| {
            m.peeled == 0
                && m.tokens.end <= limit
                && !(m.tokens.len() == 2 && is_connector(self.key(start)))
                && !self.family_name_after(m.tokens.end, limit)
                && m.entries
                    .iter()
                    .all(|e| e.kind == ActorKind::Person && e.form == MentionForm::Name)
        }) {
            return (m.tokens.end, 0);
        }
        while k < limit && words < MAX_NAME_WORDS + connectors {
            if !self.is_word(k) || self.doc.tokens[k].newline_before && k > start {
                break;
            }
            let t = &self.doc.tokens[k];
            let key = t.key.as_ref();
            let (w, bw) = (self.tw(k), self.btw(k));
            let prev_connector = k > start && is_connector(self.key(k - 1));
            // علي (Ali) normalises like على (on); written with ي after a
            // first name it is the name.
            // So it is right after a title, before a name word (وزير
            // الخارجية السوداني علي يوسف).
            let ali = self.doc.word(k) == "علي"
                && (words > 0
                    || after_title
                        && self.is_word(k + 1)
                        && k + 1 < limit
                        && (self.tw(k + 1).is_first_name()
                            || self.tw(k + 1).is_name_word()
                            // ... or a family name no list knows, where the
                            // name ends (رئيس الهيئة علي الغمراوي إن).
                            || (!self.tw(k + 1).is_common()
                                || self.key(k + 1).starts_with("ال"))
                                && !self.is_stop(k + 1)
                                && self.lex_at(k + 1).is_none()
                                && (self.name_ends_after(k + 1)
                                    // ... or of two words no list knows
                                    // (وزير الداخلية علي يرلي كايا إن).
                                    || k + 2 < limit
                                        && self.is_proper_word(k + 1)
                                        && self.is_proper_word(k + 2)
                                        && self.name_ends_after(k + 2))));
            // فان (van) inside a foreign name reads like فإن written
            // without its hamza: after a name word, before a family name
            // where the name ends, it is the particle (ماريا فان كيرخوف إن).
            let van = self.doc.word(k) == "فان"
                && words > 0
                && k + 1 < limit
                && self.is_word(k + 1)
                && !self.key(k + 1).starts_with("ال")
                && !self.is_stop(k + 1)
                && !self.tw(k + 1).is_common()
                && self.name_ends_after(k + 1);
            // باسم opening a name right after a title (its organisation
            // ended the title; see title_modifiers), not "on behalf of".
            let basim = after_title && k == start && key == "باسم";
            // After آل the family's name, even a function word (آل ثاني,
            // "second").
            let family_of = words > 0 && self.doc.word(k - 1) == "آل";
            // A word before بن is a given name, even one that is also a
            // function word (ثاني بن أحمد الزيودي: ثاني, "second").
            // A Turkish family name of two words (أكرم إمام أوغلو: إمام
            // spells "imam" and "in front of"; داود أوغلو).
            let oglu = words > 0
                && (key == OGLU
                    || self.is_word(k + 1)
                        && k + 1 < limit
                        && self.key(k + 1) == OGLU
                        && !self.doc.tokens[k + 1].newline_before);
            // بين after two name words where the name ends is a Chinese
            // name's last word (وانغ ون بين إن); "between" has a noun after it.
            let bayna = words >= 2 && key == BAYNA && self.name_ends_after(k);
            let before_bin = words == 0
                && self.is_word(k + 1)
                && k + 1 < limit
                && matches!(self.key(k + 1), "بن" | "ابن" | "بنت")
                && key.chars().count() >= MIN_SURNAME_LETTERS
                && !w.is_preposition()
                && w.complementiser().is_none();
            if key.chars().count() < 2
                || (self.is_stop(k)
                    && !ali
                    && !basim
                    && !before_bin
                    && !family_of
                    && !van
                    && !oglu
                    && !bayna)
                || w.cue().is_some() && !bayna
                || (w.complementiser().is_some() && !van)
            {
                break;
            }
            if w.is_adverbial() || w.is_statement() || w.is_anonymous() {
                break;
            }
            // An office in the accusative after a name is what the holder
            // was made (بتعيين الأمير فيصل بن خالد أميرا للمنطقة، محافظا
            // للهيئة): no name word.
            if words > 0 && self.accusative_office(k) {
                break;
            }
            // A family named with آل ends the name (تركي آل الشيخ الأهلي:
            // the club is the verb's object).
            if words >= 2 && self.is_word(k - 2) && self.key(k - 2) == FAMILY_OF {
                break;
            }
            // A definite title word where the name must end, after a title
            // and a first name, is the family name (المدير المالي للشركة
            // زياد المرشد في ...): a title there would have its holder after it.
            // After بن and the father's name, a definite word where the
            // name must end is the family name, even a common or title
            // word's spelling (اللواء بدر بن عبدالله الطالب إن، سامي بن
            // محمد الشهري: "monthly").
            let son_of = |j: usize| matches!(self.key(j), "بن" | "ابن" | "بنت");
            let bin_family = words >= 2
                && key.starts_with("ال")
                && (son_of(k - 2) || words >= 3 && son_of(k - 3) && is_connector(self.key(k - 2)))
                && !self.is_stop(k)
                && !w.is_adverbial()
                && self.readings(k).len() == 1
                && self.name_ends_after(k);
            let is_title = self.title_gender(k).is_some();
            let title_surname = is_title
                && after_title
                && words == 1
                && self.tw(k - 1).is_first_name()
                && key.starts_with("ال")
                && self.readings(k).len() == 1
                && (self.name_ends_after(k)
                    // ... or before the verb's definite object, where no
                    // holder's name can follow (حسين الشيخ الإدارة الأمريكية).
                    || self.is_word(k + 1)
                        && self.key(k + 1).starts_with("ال")
                        && !self.tw(k + 1).is_first_name()
                        && !self.tw(k + 1).is_name_word()
                        && self.title_gender(k + 1).is_none());
            // After a connector a title word is a family's name (محمد ولد
            // الشيخ الغزواني).
            // So is one after بن (عبدالله بن مساعد: مساعد, "assistant").
            let family_title = is_title
                && prev_connector
                && (key.starts_with("ال") || matches!(self.key(k - 1), "بن" | "ابن" | "بنت"));
            // A head of the Red Crescent or Cross is no head without الأحمر
            // (اللواء سعود الهلال إن: a family name).
            let red_head_alone = RED_HEADS.contains(&key)
                && !(self.is_word(k + 1) && k + 1 < limit && self.key(k + 1) == RED);
            // ... and so is a title or institution word without the
            // article there (وزير التربية عزمي محافظة في، عزمي محافظة
            // ومدير ...): a title after a name would be in construct.
            let plain_title_family = after_title
                && words == 1
                && self.tw(k - 1).is_first_name()
                && (is_title || w.is_org_head())
                && !key.starts_with("ال")
                && !key.starts_with('و')
                && self.readings(k).len() == 1
                && self.name_ends_before_office(k);
            if !plain_title_family
                && (is_title && !title_surname && !family_title && !oglu && !bin_family
                    || (w.is_org_head() || bw.is_org_head()) && !red_head_alone)
            {
                break;
            }
            // After a title and a first name, a plain word where the name
            // must end is the family name (المتحدث العسكري يحيى سريع إن):
            // an adjective of a name would carry the article.
            // ... also before a preposition glued to the article (الروائية
            // رجاء عالم بالجائزة), not an adverb in ا there.
            let surname_word = after_title
                && words == 1
                && self.tw(k - 1).is_first_name()
                && !key.starts_with("ال")
                && !key.starts_with('و')
                && self.readings(k).len() == 1
                && (self.name_ends_after(k)
                    || !self.doc.word(k).ends_with('ا')
                        && self.is_word(k + 1)
                        && !self.doc.tokens[k + 1].newline_before
                        && (self.key(k + 1).starts_with("بال")
                            || self.key(k + 1).starts_with("لل")));
            let mut family_name = false;
            if let Some(m) = self.lex_at(k).cloned() {
                // A plain adjective form may be a family name (ويلبور روس).
                // After a title, a nisba with the article right after a
                // known first name is a family name too (اللواء منصور التركي).
                // So is one after two name words (محمد شياع السوداني): a
                // nisba describing a person comes before the name.
                let definite_family = (after_title || self.tw(start).is_first_name())
                    && key.starts_with("ال")
                    && (words >= 2 || words == 1 && self.tw(k - 1).is_first_name());
                let nisba_only = m.peeled == 0
                    && m.tokens.len() == 1
                    && m.entries.iter().all(|e| e.form == MentionForm::Nisba);
                family_name =
                    words > 0 && nisba_only && (!key.starts_with("ال") || definite_family);
                // Right after a definite title, a nisba without the article
                // does not agree with it: a first name (مدرب الهلال جورجي
                // جيسوس).
                let first_name = after_title && words == 0 && nisba_only && self.disagrees(k, &m);
                family_name |= first_name;
                // ... and so is a country's name before a family name (تشاد
                // باون).
                family_name |= words == 0 && self.country_given_name(k, limit);
                // After بن the next word is a name whatever else it is
                // (فيصل بن تركي: Turki, not "Turkish").
                // ... and so is a group word there (رئيس المنظمة محمد
                // إسلامي أن: إسلامي, "Islamist").
                family_name |= surname_word && m.peeled == 0 && m.tokens.len() == 1;
                // ... and a trade with the article where the name must end
                // (الدكتور محمد الجندي، : "the soldier").
                family_name |= after_title
                    && words == 1
                    && self.tw(k - 1).is_first_name()
                    && key.starts_with("ال")
                    && m.peeled == 0
                    && m.tokens.len() == 1
                    && m.entries.iter().all(|e| e.kind == ActorKind::Group)
                    && self.name_ends_after(k);
                if !family_name
                    && !prev_connector
                    && m.entries.iter().any(|e| e.kind != ActorKind::Person)
                {
                    break;
                }
            }
            // A proclitic on an institution or title word: بكلية، لوزارة.
            let peeled_noun = self
                .reading_infos(k)
                .iter()
                .skip(1)
                .any(|r| r.is_org_head() || r.title().is_some() || r.is_statement());
            // A preposition glued to a common noun after the name (روبن
            // أموريم بتفوق المنافس): the sentence goes on.
            // After two name words, ل or ب is a preposition (سارة جونز
            // لبي بي سي), unless the lists know the word as a name.
            // So is one glued to the article of a common noun, even first
            // (الكاتب بالجائزة), or ب glued to a common noun right after a
            // title, before another common word (مستقبل الطالب بعلامة
            // واحدة; but المتحدث باسم العوادي).
            let peeled_common = (words > 0
                || key.starts_with("بال")
                || key.starts_with("كال")
                || after_title
                    && key.starts_with('ب')
                    && (!self.is_word(k + 1) || self.tw(k + 1).is_common()))
                && matches!(key.chars().next(), Some('ب' | 'ل' | 'ك' | 'ف'))
                && !is_connector(key)
                && !prev_connector
                && !w.is_name_word()
                && !w.is_first_name()
                // ك ("as") is rarer after a name than a foreign name's
                // letter (جان كريستوف كاريه): only before a common word.
                // ف only on a common word (أما الأمين العام ... فرحب).
                && (words >= 2 && !key.starts_with(['ك', 'ف'])
                    || self.reading_infos(k).iter().skip(1).any(|r| r.is_common()))
                && !self.b_name_word(k, words, after_title)
                && !bayna;
            // Three letters ending in a doubled one are a verb or noun of
            // a doubled root written out (شكك، حدد، قرر), which no name is.
            let mut letters = key.chars();
            let doubled = words > 0
                && key.chars().count() == 3
                && letters.nth(1) == letters.next()
                && !w.is_name_word()
                && !w.is_first_name();
            // A past verb of the تفاعل / تفعّل forms of a weak root after a
            // name (بن مالانغو تعافى، تولى، تلقى): ت first, alif maqsura
            // last, which no name of that length is.
            let weak_verb = words > 0
                && key.starts_with('ت')
                && self.doc.word(k).ends_with('ى')
                && WEAK_VERB_LETTERS.contains(&key.chars().count())
                && !w.is_name_word()
                && !w.is_first_name();
            if doubled || weak_verb {
                break;
            }
            // The future prefix on a verb (الفريق سيعود): no name.
            let future_verb = key.strip_prefix('س').is_some_and(|rest| {
                rest.starts_with(['ي', 'ت', 'ن']) && self.w.about(rest).is_common()
            }) && !w.is_name_word()
                && !w.is_first_name();
            // A noun in construct with a listed organisation after a name
            // (إبراهيم دياز نجم ريال مدريد): the person's role there.
            let before_org = words >= 2
                && !w.is_name_word()
                && !w.is_first_name()
                && self.listed_org_end(k + 1).is_some();
            // A noun with a possessive after a name, the verb's object
            // (أبدى المدير الفني يانيك فيريرا استياءه، عن رغبته): ة or a
            // hamza before the pronoun, which no name ends in.
            let possessive_noun = words > 0
                && !w.is_name_word()
                && !w.is_first_name()
                && key.chars().count() >= MIN_POSSESSIVE_NOUN_LETTERS
                && POSSESSIVE_ENDINGS
                    .iter()
                    .any(|e| self.doc.word(k).ends_with(e));
            // ... or a plural in ات with a possessive, even first (الكاتب في
            // إحدى مقالاته، تصريحاته); شحاته is a name.
            let possessive_noun = possessive_noun
                || !w.is_name_word()
                    && !w.is_first_name()
                    && PLURAL_POSSESSIVE_ENDINGS.iter().any(|e| {
                        key.strip_suffix(e)
                            .is_some_and(|stem| stem.chars().count() >= MIN_PLURAL_STEM_LETTERS)
                    });
            // ... or a word in ا with ه after two names, whose stem is a
            // word or a given name (جوزيه جوميز رضاه: رضا + ه, "his
            // satisfaction"); no name takes a possessive.
            let possessive_noun = possessive_noun
                || words >= 2
                    && !w.is_name_word()
                    && !w.is_first_name()
                    && self.doc.word(k).ends_with("اه")
                    && key.strip_suffix('ه').is_some_and(|stem| {
                        let about = self.w.about(stem);
                        about.is_common() || about.is_first_name()
                    });
            // A definite noun whose bare form is a common word, after a full
            // name and before another definite word (رمضان بن عمر السياسات
            // الأوروبية): the verb's object and its adjective.
            let object_noun = words >= 2
                && !prev_connector
                && key.starts_with("ال")
                && !w.is_name_word()
                && !w.is_first_name()
                && self.w.about(strip_article(key)).is_common()
                && self.is_word(k + 1)
                && self.key(k + 1).starts_with("ال");
            // So is the verbal noun of a derived verb after two names
            // (انتقد رئيس النادي حسين لبيب التحكيم); a family name of that
            // shape ends like an adjective (التميمي).
            // (Not after بن and the father's name before a comma, a cue or
            // a complementiser: مطلق بن سالم الأزيمع إن.)
            let said_after = bin_family
                && self.doc.tokens.get(k + 1).is_some_and(|t| {
                    t.is_comma(self.doc.text)
                        || self.is_word(k + 1)
                            && (self.tw(k + 1).cue().is_some()
                                || self.tw(k + 1).complementiser().is_some())
                });
            let object_noun = object_noun
                || words >= 2
                    && !prev_connector
                    && !said_after
                    && is_derived_verbal_noun(key)
                    && !w.is_name_word()
                    && !w.is_first_name();
            // A common noun with ل right after a title, before a definite
            // word, is whom it was said to (قال الوزير لوسائل الإعلام).
            let told_to = after_title
                && words == 0
                && key.starts_with('ل')
                && !w.is_first_name()
                && !w.is_name_word()
                && self.reading_infos(k).iter().skip(1).any(|r| r.is_common())
                && self.is_word(k + 1)
                && self.key(k + 1).starts_with("ال");
            // ... and one with ب, what the title's holder was praised or
            // thanked for (أشاد الرئيس بجهود المملكة، اهتمام ولي العهد
            // بتنمية المحافظات).
            let about_what = after_title
                && words == 0
                && key.starts_with('ب')
                && !w.is_first_name()
                && !w.is_name_word()
                && key != "باسم"
                // (a noun, not a particle: بولا يعقوبيان is a name)
                && self
                    .reading_infos(k)
                    .iter()
                    .skip(1)
                    .any(|r| r.is_common() && !r.is_stop())
                && self.is_word(k + 1)
                && self.key(k + 1).starts_with("ال")
                && !self.tw(k + 1).is_name_word();
            if peeled_noun
                || peeled_common
                || told_to
                || about_what
                || future_verb
                || before_org
                || possessive_noun
                || object_noun
            {
                break;
            }
            // After a title, a first name (and a second name), a definite
            // word where the name must end is the family name (وزيرة المالية
            // نادية فتاح العلوي إن، رئيس الحركة خليل الحية إن): an
            // adjective of the person would come before the name.
            let definite_surname = after_title
                && (1..=2).contains(&words)
                && key.starts_with("ال")
                && (self.tw(start).is_first_name() || self.doc.word(start) == "علي")
                // After two names a common noun is the verb's object (اتهم
                // الوزير محمود توفيق المعارضة بأنها).
                && (words == 1 || !self.w.about(strip_article(key)).is_common())
                && self.readings(k).len() == 1
                && !w.is_adverbial()
                && self.lex_at(k).is_none()
                // (... or before a second holder's office: بدران العمر ومدير)
                && self.name_ends_before_office(k);
            // A present-tense verb right after a title, before its object
            // (رئيس الدولة يستقبل وزير ...): no name.
            // ... or a future one (اللاعب سيخضع للفحص الطبي), before a
            // preposition's definite noun too (no name word starts لل).
            let future = key.chars().count() >= MIN_FUTURE_VERB_LETTERS
                && future_person(key).is_some_and(|p| p != FUTURE_FIRST_PERSON);
            let verb_shaped = after_title
                && words == 0
                && ((key.starts_with('ي') || key.starts_with("تت"))
                    && key.chars().count() >= MIN_PRESENT_VERB_LETTERS
                    || future)
                && !w.is_first_name()
                && !w.is_name_word()
                && self.is_word(k + 1)
                && (self.title_gender(k + 1).is_some()
                    || self.lex_at(k + 1).is_some()
                    // ... or before a plural or definite object (عمر
                    // اللاعب يطرح تساؤلات، المدرب يملك الحلول).
                    || self.doc.word(k + 1).ends_with("ات")
                    || self.key(k + 1).starts_with("ال")
                    || self.tw(k + 1).is_common()
                    || future
                        && self
                            .readings(k + 1)
                            .iter()
                            .skip(1)
                            .any(|r| r.key.starts_with("ال")));
            if verb_shaped {
                break;
            }
            // A first name that is also a common word (سلمى: سلمي,
            // "peaceful") right after a title, before a known name word.
            let first_of_pair = after_title
                && words == 0
                && !key.starts_with("ال")
                && self.readings(k).len() == 1
                && self.is_word(k + 1)
                && (self.tw(k + 1).is_name_word() || self.tw(k + 1).is_first_name());
            // ... or before a family name no list knows where the name must
            // end (المدير القطري للبرنامج إيدي رو إن: أيدي, "hands").
            let first_of_pair = first_of_pair
                || after_title
                    && words == 0
                    && !key.starts_with("ال")
                    && self.readings(k).len() == 1
                    && k + 1 < limit
                    && !self.is_stop(k)
                    && self.is_proper_word(k + 1)
                    && !self.tw(k + 1).is_adverbial()
                    && self.lex_at(k + 1).is_none()
                    && self.doc.tokens.get(k + 2).is_some_and(|t| {
                        t.is_word() && !t.newline_before
                            || t.is_comma(self.doc.text)
                            || t.is_punct(self.doc.text, ':')
                    })
                    && self.name_ends_after(k + 1);
            // A family name of a noun and الله (حسن فضل الله، حسن نصر الله).
            let allah = key == "الله";
            let allah_compound = words >= 1
                && !allah
                && self.is_word(k + 1)
                && k + 1 < limit
                && self.key(k + 1) == "الله"
                && !self.is_stop(k)
                && !self.doc.tokens[k + 1].newline_before;
            let allah_tail = allah && words >= 2 && self.key(k - 1) != "عبد";
            let known = w.is_name_word()
                || w.is_first_name()
                || title_surname
                || plain_title_family
                || allah_compound
                || allah_tail
                || before_bin
                || ali
                || family_name
                || family_of
                || basim
                || van
                || oglu
                || bayna
                || surname_word
                || definite_surname
                || bin_family
                || first_of_pair
                || self.common_given_name(k, words, limit, after_title);
            // Without its و a word may be common (وزوجته); a ف is mostly the
            // name's own letter (فيصل is no ف + يصل).
            if !known
                && !prev_connector
                && (w.is_common() || (bw.is_common() && key.starts_with('و')))
            {
                break;
            }
            let article = key.starts_with("ال");
            // A family name may carry the article (حيدر العبادي); a name
            // rarely starts with it, unless it is a known name word or a
            // foreign name (الكسندر لاكازيت).
            if article && !prev_connector && words == 0 && !known && !self.looks_like_name_start(k)
            {
                break;
            }
            // و before a name joins two people (أحمد ومحمد); a name may also
            // start with و (زاهي وهبي).
            // Nor does an untitled name go on with a coordinated feminine
            // adjective (أجواء آمنة وشفافة).
            if key.starts_with('و')
                && words > 0
                && !w.is_first_name()
                && !w.is_name_word()
                && (bw.is_first_name()
                    || bw.is_name_word()
                    || bw.is_common()
                    || bw.is_stop()
                    || !after_title && words == 1 && ends_in_ta_marbuta(self.doc.word(k))
                    // ... nor a noun written with ة on with a coordinated
                    // word no list knows as a name (بكل قوة وحزم).
                    || !after_title && words == 1 && ends_in_ta_marbuta(self.doc.word(k - 1)))
            {
                break;
            }
            if !(t.is_arabic() || t.is_capitalized() && after_title) {
                break;
            }
            if is_connector(key) {
                connectors += 1;
            }
            words += 1;
            k += 1;
        }
        // A name does not end on a connector.
        while k > start && is_connector(self.key(k - 1)) {
            k -= 1;
        }
        (k, 0)
    }

    /// True when token `k` starts a name right after a title though it
    /// spells a common word (رئيس الوزراء الأردني بشر الخصاونة: بشر,
    /// "humans"): a plain word, then a family name with the article that
    /// is no common word, where the name must end.
    fn common_given_name(&self, k: usize, words: usize, limit: usize, after_title: bool) -> bool {
        let next = k + 1;
        after_title
            && words == 0
            && self.is_plain_word(k)
            && !self.key(k).starts_with('و')
            && next < limit
            && self.is_word(next)
            && self.key(next).starts_with("ال")
            && !self.is_stop(next)
            && !self.tw(next).is_common()
            && !self.w.about(strip_article(self.key(next))).is_common()
            && self.lex_at(next).is_none()
            && self.title_gender(next).is_none()
            // (وكان ... بشر الخصاونة قد افتتح: قد before the verb)
            && self.name_ends_after(next)
    }

    /// True when token `k`, a word starting with ب inside a name after a
    /// title, is a name word rather than a preposition and its noun: a
    /// middle name before a family name where the name ends (رئيس البرلمان
    /// محمد باقر قاليباف أن), or, after two name words, a family name where
    /// the name ends whose rest is no known word (جان نويل بارو أن; but
    /// روبن أموريم بتفوق المنافس). Only ب: ل after a name is mostly who was
    /// spoken to (قال جونسون لبلومبرغ إن).
    fn b_name_word(&self, k: usize, words: usize, after_title: bool) -> bool {
        // ... or with ل after a compound given name (عبد الوافي لفتيت),
        // which a family name follows.
        let compound_given = words == 2 && is_connector(self.key(k - 2));
        if !after_title
            || !(self.key(k).starts_with('ب') || compound_given && self.key(k).starts_with('ل'))
        {
            return false;
        }
        let unknown = |j: usize| {
            self.is_word(j)
                && !self.key(j).starts_with("ال")
                && !self.is_stop(j)
                && self.lex_at(j).is_none()
                && self.reading_infos(j).iter().all(|r| !r.is_common())
        };
        let rest_unknown = self
            .reading_infos(k)
            .iter()
            .skip(1)
            .all(|r| r.title().is_none() && !r.is_org_head());
        // ب with the article is a preposition and its noun (نواف سلام
        // بالمضي في ...).
        if self.key(k).starts_with("بال") {
            return false;
        }
        match words {
            // After a first name, before the name's last word or as the
            // last word itself (لوران بلان إن).
            1 => {
                self.tw(k - 1).is_first_name()
                    && rest_unknown
                    && (unknown(k + 1) && self.name_ends_after(k + 1)
                        || !self.tw(k).is_common()
                            && !self.is_stop(k)
                            && self.lex_at(k).is_none()
                            && self.name_ends_after(k))
            }
            2 => unknown(k) && self.name_ends_after(k),
            _ => false,
        }
    }

    /// Where an indefinite title counted by a number or an amount word ends,
    /// with the titles coordinated after it (12 ألف موظف وموظفة، 300
    /// مهندس): a count of people, no one's title, and what follows it is
    /// no name. `None` where the title at `i` (`peeled` letters glued to
    /// it) is not counted so: a definite one stays a title (الدقيقة 78
    /// والمدافع خالد).
    fn counted_titles_end(&self, i: usize, peeled: usize) -> Option<usize> {
        if peeled > 0 || self.key(i).starts_with("ال") || !self.after_amount(i) {
            return None;
        }
        let mut end = i + 1;
        while end < self.range.end
            && self.and_title_at(end)
            && !self.bare(self.key(end)).starts_with("ال")
        {
            end += 1;
        }
        Some(end)
    }

    /// True when the name must end after token `k` (`name_ends_after`) or
    /// a second holder's office follows with و (محافظ المفرق عزمي محافظة
    /// ومدير الأمن العام).
    fn name_ends_before_office(&self, k: usize) -> bool {
        self.name_ends_after(k)
            || self.and_title_at(k + 1) && !self.doc.tokens[k + 1].newline_before
    }

    /// True when word `k` is a title with و glued to it (ومدير، وموظفة).
    fn and_title_at(&self, k: usize) -> bool {
        self.is_word(k)
            && self.key(k).starts_with('و')
            && self
                .title_gender(k)
                .is_some_and(|(_, _, peeled)| peeled > 0)
    }

    /// True when token `i` is a number (800، 3).
    fn number_at(&self, i: usize) -> bool {
        self.doc
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == crate::text::token::TokenKind::Number)
    }

    /// True when token `k` follows a number or an amount word (800 مليون
    /// ريال، ثلاثة آلاف دولار): it names a unit or currency, not an actor.
    fn after_amount(&self, k: usize) -> bool {
        let Some(prev) = k.checked_sub(1).filter(|&p| p >= self.range.start) else {
            return false;
        };
        self.number_at(prev)
            || self.is_word(prev) && AMOUNT_WORDS.contains(&self.bare(self.key(prev)))
    }

    /// True when nothing after token `k` can continue a name: the end of
    /// the sentence or clause, a complementiser, cue, preposition or
    /// adverbial.
    fn name_ends_after(&self, k: usize) -> bool {
        let next = k + 1;
        if !self.is_word(next) || self.doc.tokens[next].newline_before {
            return true;
        }
        let w = self.tw(next);
        // قد comes before a verb (وكان ... جيريمي كوربين قد دعا).
        self.key(next) == VERB_PARTICLE
            || w.complementiser().is_some()
            || w.cue().is_some()
            || w.is_preposition()
            || w.is_adverbial()
            // Whom it was said to (بارو لإذاعة فرانس إنتر، لصحيفة لوموند،
            // الشهري لعكاظ، الشهري لـ"الرياض").
            || self.said_to_at(next)
    }

    /// True when token `k` names whom words were said to: ل with an outlet's
    /// head (لإذاعة، لصحيفة), ل before a listed outlet (لعكاظ، لرويترز), or
    /// a lone لـ before a quoted or Latin name (لـ"الرياض"، لـCNN).
    fn said_to_at(&self, k: usize) -> bool {
        let key = self.key(k);
        key == "ل"
            || key.starts_with('ل')
                && (self
                    .reading_infos(k)
                    .iter()
                    .skip(1)
                    .any(|r| r.is_org_head())
                    || self
                        .lex_at(k)
                        .is_some_and(|m| m.peeled > 0 && m.entries.iter().any(|e| e.media)))
    }

    /// The person entity for a name, created if new.
    fn person(&mut self, tokens: Range<usize>, span: Span, gender: Gender) -> EntityId {
        let name = span.slice(self.doc.text).to_string();
        // A listed person named before without a title is that actor
        // (وقال الوزيران، بدر عبد العاطي وأيمن الصفدي ... وزير الخارجية
        // المصري بدر عبد العاطي): one actor, not two.
        let listed = self
            .lex_at(tokens.start)
            .filter(|m| m.peeled == 0 && m.tokens == tokens)
            .and_then(|m| {
                m.entries
                    .iter()
                    .find(|e| e.kind == ActorKind::Person && e.form == MentionForm::Name)
            });
        // ... and one named first with a title is keyed as listed, so that
        // a later listed name (حميدتي) finds it; it keeps the text's
        // spelling, which its surname is looked up by.
        let listed_key = listed.map(|e| (e.key, e.country));
        let key = match listed_key {
            Some((key, _)) => key.to_string(),
            None => format!("person:{}", phrase_key(&name)),
        };
        self.findings.entity(&key, || {
            let mut x = entity(ActorKind::Person, &name);
            x.gender = gender;
            x.country = listed_key.and_then(|(_, c)| c).map(str::to_string);
            x
        })
    }

    /// True when token `i` is the family name of a person named before in
    /// full (صلاح after محمد صلاح): it starts no new name (وسجل صلاح هدف
    /// الفوز), it is that person's surname.
    fn surname_of_named(&mut self, i: usize) -> bool {
        // Entities are only appended: the index grows with the new ones, so
        // a text with many names stays linear.
        let (seen, names) = &mut self.family_names;
        for e in &self.findings.entities[*seen..] {
            if e.kind == ActorKind::Person && e.name.contains(' ') {
                if let Some(last) = phrase_key(&e.name).rsplit(' ').next() {
                    names.insert(last.to_string());
                }
            }
        }
        *seen = self.findings.entities.len();
        let key = self.key(i);
        let names = &self.family_names.1;
        names.contains(key) || names.contains(self.bare(key))
    }

    /// The reading of token `i` without one glued letter of `letters` (و
    /// before صلاح), unless the word as written is a listed name (وليد).
    fn glued_letter(&self, i: usize, letters: &[char]) -> Option<&clitics::Reading<'d>> {
        let first = self.key(i).chars().next()?;
        if !letters.contains(&first) || self.tw(i).is_name_word() || self.tw(i).is_first_name() {
            return None;
        }
        self.readings(i).iter().find(|r| r.peeled == 1)
    }

    /// True when token `k` is a common noun with a glued ب (وأضافت بصوت
    /// متقطع أن، وقال بنبرة غاضبة إن): how it was said, no subject, which
    /// carries no preposition. Not a word the lists know as a name.
    fn manner_phrase(&self, k: usize) -> bool {
        let w = self.tw(k);
        self.key(k).starts_with('ب')
            && !w.is_first_name()
            && !w.is_name_word()
            && self
                .readings(k)
                .iter()
                .zip(self.reading_infos(k))
                .any(|(r, info)| r.peeled == 1 && info.is_common() && !info.is_first_name())
    }

    /// True when token `k` names who a speaker spoke to (قال جونسون لشبكة /
    /// لوكالة / لرويترز): ل on an organisation's head or a listed one.
    fn to_outlet(&self, k: usize) -> bool {
        self.key(k).starts_with('ل')
            && (self
                .reading_infos(k)
                .iter()
                .skip(1)
                .any(|r| r.is_org_head())
                || self
                    .lex_at(k)
                    .is_some_and(|m| m.peeled > 0 && m.entries[0].kind == ActorKind::Organization))
    }

    /// True when the royal honorific at `i` follows a noun of things named
    /// after royals (جائزة الشيخ زايد، كأس الملك): with the name after
    /// it, it names that thing.
    fn names_a_thing(&self, i: usize) -> bool {
        i > self.range.start
            && self.is_word(i)
            && self.is_word(i - 1)
            && ROYAL_HONORIFICS.contains(&self.key(i))
            && (self.after_thing_noun(i)
                || !(i >= self.range.start + 2 && self.key(i - 2) == "عن")
                    && self
                        .readings(i - 1)
                        .iter()
                        .any(|r| ROYAL_NAMED_AFTER_NOUNS.contains(&r.key.as_ref())))
    }

    /// Where the royal's name in the name run `start..end` after an
    /// honorific ends: at a known first name not joined by بن or عبد, which
    /// starts someone else's name (الطالب في جامعة الملك سعود أحمد علي).
    fn royal_name_end(&self, start: usize, end: usize) -> usize {
        (start + 1..end)
            .find(|&j| self.tw(j).is_first_name() && !is_connector(self.key(j - 1)))
            .unwrap_or(end)
    }

    /// True when the tagged name at `tokens` is a disease's (كورونا، إيبولا)
    /// or follows a word for one (فيروس كورونا، متلازمة ميرس).
    fn names_disease(&self, tokens: Range<usize>) -> bool {
        let first = tokens.start;
        let disease_word = |k: usize| {
            self.is_word(k)
                && self
                    .readings(k)
                    .iter()
                    .any(|r| DISEASE_NOUNS.contains(&strip_article(&r.key)))
        };
        tokens.clone().any(|k| {
            self.is_word(k)
                && self
                    .readings(k)
                    .iter()
                    .any(|r| DISEASE_NAMES.contains(&r.key.as_ref()))
        }) || disease_word(first)
            || first > self.range.start && disease_word(first - 1)
    }

    /// True when the word before `i` is a thing named after someone
    /// (ملعب محمد الخامس، مطار رفيق الحريري، شارع الحبيب بورقيبة): the name
    /// names the thing, not a person in the story.
    fn after_thing_noun(&self, i: usize) -> bool {
        i > self.range.start
            && self.is_word(i - 1)
            && self
                .readings(i - 1)
                .iter()
                .any(|r| NAMED_AFTER_NOUNS.contains(&r.key.as_ref()))
    }

    /// Records the name at `tokens` of a thing named after someone as a
    /// place (ملعب محمد الخامس), which speaks for no one.
    fn add_named_thing(&mut self, tokens: Range<usize>) {
        let span = self.span(tokens.clone(), 0);
        let name = span.slice(self.doc.text).to_string();
        let key = format!("place:{}", phrase_key(&name));
        let id = self
            .findings
            .entity(&key, || entity(ActorKind::Place, &name));
        self.add(tokens, span, id, MentionForm::Name, true);
    }

    /// A woman named by her kunya, أم and a given name (قالت أم محمد، إن):
    /// as a subject, after a reporting verb or an honorific, or before a
    /// comma, colon, complementiser or whom she spoke to, so that أم is not the conjunction "or" (محمد أم
    /// أحمد). Returns the name's end.
    fn mother_kunya(&mut self, i: usize, limit: usize) -> Option<usize> {
        // علي as written is the name, not the preposition على.
        if self.key(i) != KUNYA_MOTHER
            || !self.is_word(i + 1)
            || !(self.tw(i + 1).is_first_name() || self.doc.word(i + 1) == "علي")
        {
            return None;
        }
        // The given name and what the name rules add to it, up to a word
        // with ل, whom she spoke to (أم محمد للجزيرة).
        let (run_end, _) = self.name_run(i + 1, limit, false);
        let mut end = i + 2;
        while end < run_end && !self.key(end).starts_with('ل') {
            end += 1;
        }
        // After a reporting verb or an honorific (وقالت السيدة أم علي).
        let after_cue = i > self.range.start
            && self.is_word(i - 1)
            && (self.tw(i - 1).cue().is_some() || self.title_gender(i - 1).is_some());
        let before_clause = match self.doc.tokens.get(end) {
            Some(t) if t.is_word() => {
                self.tw(end).complementiser().is_some() || self.to_outlet(end)
            }
            Some(t) => t.is_comma(self.doc.text) || t.is_punct(self.doc.text, ':'),
            None => false,
        };
        if !(after_cue || before_clause) {
            return None;
        }
        let span = self.span(i..end, 0);
        let id = self.person(i..end, span, Gender::Feminine);
        let oblique = self.oblique_at(i, 0);
        self.add(i..end, span, id, MentionForm::Name, oblique);
        Some(end)
    }

    /// A name with no title, starting with a known first name (two words at least).
    fn untitled_name(&mut self, i: usize, limit: usize) -> Option<usize> {
        if self.surname_of_named(i) || self.agrees_as_adjective(i) {
            return None;
        }
        let (end, _) = self.name_run(i, limit, false);
        if end < i + 2 {
            return None;
        }
        if self.set_phrase_at(i) {
            return None;
        }
        // أسماء is "the names of" before a definite plural (أعلنت اللجنة
        // أسماء الفائزين، أسماء المرشحين), not the given name (أسماء الأسد).
        let names_of = self.readings(i).iter().any(|r| r.key == NAMES_OF)
            && self.key(i + 1).starts_with("ال")
            && (PLURAL_ENDINGS
                .iter()
                .any(|e| self.doc.word(i + 1).ends_with(e))
                || self.tw(i + 1).is_common());
        if names_of {
            return None;
        }
        if self.after_thing_noun(i) {
            self.add_named_thing(i..end);
            return Some(end);
        }
        // وصلاح شاهين: the conjunction is not part of the name.
        let conjunction = self.glued_letter(i, &['و', 'ف']).map_or(0, |r| r.offset);
        let span = self.span(i..end, conjunction);
        let id = self.person(i..end, span, Gender::Unknown);
        let oblique = self.oblique_at(i, 0);
        self.add(i..end, span, id, MentionForm::Name, oblique);
        Some(end)
    }

    /// True when the given name at `i` is a noun in construct with the
    /// noun of a set phrase (بحسن ظن: "in good faith"): no name.
    fn set_phrase_at(&self, i: usize) -> bool {
        self.is_word(i + 1)
            && NOT_NAME_PAIRS.iter().any(|&(noun, next)| {
                self.key(i + 1) == next && self.readings(i).iter().any(|r| r.key == noun)
            })
    }

    /// True when the given name at `i` is written like a feminine adjective
    /// (ة) right after an indefinite feminine or plural noun it agrees with
    /// (ممرات آمنة، انتخابات نزيهة): the adjective, not a name.
    fn agrees_as_adjective(&self, i: usize) -> bool {
        if i == self.range.start || !self.is_word(i - 1) || !ends_in_ta_marbuta(self.doc.word(i)) {
            return false;
        }
        let prev = self.doc.word(i - 1);
        let key = self.key(i - 1);
        (ends_in_ta_marbuta(prev) || prev.ends_with("ات"))
            && !key.starts_with("ال")
            && !key.starts_with("لل")
            && !self.is_stop(i - 1)
            && self.tw(i - 1).cue().is_none()
            && self.title_gender(i - 1).is_none()
            && self.lex_at(i - 1).is_none()
    }

    /// A name right after a reporting verb (قال لافروف إن ...): the subject
    /// position makes even an unknown word a name when a complementiser,
    /// colon or comma follows it.
    fn cue_subject_name(&mut self, i: usize, limit: usize) -> Option<usize> {
        let cue = self.tw(i).cue()?;
        if cue.participle {
            return None;
        }
        let start = i + 1;
        // وأضاف معاليه أن: an honorific pronoun stands for someone named
        // before, and is no name (see speech::HONORIFIC_PRONOUNS).
        if !self.is_word(start)
            || self.manner_phrase(start)
            || speech::HONORIFIC_PRONOUNS.contains(&self.key(start))
            // ... nor is a style of address before a title (وأضاف سماحة
            // المفتي أن): the title's holder is meant.
            || HONORIFIC_STYLES.contains(&self.key(start))
        {
            return None;
        }
        // A present-tense cue and a second verb of the same person,
        // coordinated with و (فيما يكتب وينشر،): no subject.
        let cue_person = self
            .key(i)
            .chars()
            .next()
            .filter(|c| matches!(c, 'ي' | 'ت'));
        let coordinated_verb = cue_person.is_some_and(|p| {
            let bare = self.bare(self.key(start));
            self.key(start).starts_with('و')
                && bare.starts_with(p)
                && bare.chars().count() >= MIN_PRESENT_VERB_LETTERS
                && !self.tw(start).is_first_name()
                && !self.tw(start).is_name_word()
                && !self.btw(start).is_first_name()
                && !self.btw(start).is_name_word()
        });
        if coordinated_verb {
            return None;
        }
        let (mut end, _) = self.name_run(start, limit, false);
        if end == start {
            return None;
        }
        let known_first = self.tw(start).is_first_name();
        // A known given name, then a plain common word where the subject
        // must end, is a full name whose family name spells a word (وقالت
        // رجاء عالم في حوار: عالم, "world"); not an adverb in ا (مجددا).
        if known_first
            && end == start + 1
            && self.is_plain_word(end)
            && self.tw(end).is_common()
            && self.readings(end).len() == 1
            && !self.key(end).starts_with('و')
            && !self.doc.word(end).ends_with('ا')
            && self.name_ends_after(end)
        {
            end += 1;
        }
        let followed_by_clause = match self.doc.tokens.get(end) {
            Some(t) if t.is_word() => {
                self.tw(end).complementiser().is_some()
                    || self.title_gender(end).is_some()
                    || self.to_outlet(end)
            }
            Some(t) => t.is_comma(self.doc.text) || t.is_punct(self.doc.text, ':'),
            None => false,
        };
        // An agent noun's plural no list has (وقال مختصون إن، متعاملون،
        // نقاد): a collective source, a group as the listed ones are
        // (محللون), also before what they are expert in (مختصون في ...).
        let collective = end == start + 1
            && (agent_plural(self.key(start)) || COLLECTIVE_SOURCES.contains(&self.key(start)))
            && !self.tw(start).is_name_word()
            && !self.tw(start).is_first_name();
        let followed_by_clause =
            followed_by_clause || collective && self.is_word(end) && self.tw(end).is_preposition();
        if !(known_first && end >= start + 2 || followed_by_clause) {
            return None;
        }
        let span = self.span(start..end, 0);
        if collective {
            let key = format!("group:{}", phrase_key(span.slice(self.doc.text)));
            let id = self.findings.entity(&key, || {
                let mut x = entity(ActorKind::Group, span.slice(self.doc.text));
                x.gender = Gender::Plural;
                x.reported = false;
                x
            });
            self.add(start..end, span, id, MentionForm::Name, false);
            return Some(end);
        }
        let gender = if cue.gender == Gender::Feminine {
            Gender::Feminine
        } else {
            Gender::Masculine
        };
        let id = self.person(start..end, span, gender);
        self.add(start..end, span, id, MentionForm::Name, false);
        Some(end)
    }

    /// Records a mention of the first entry of lexicon match `m` (its
    /// entity created if new); returns the entity.
    fn add_listed(&mut self, m: &lexicon::Match<'static>, oblique: bool) -> EntityId {
        let e = *m.entries[0];
        let id = self.lexicon_actor(&e);
        self.add(m.tokens.clone(), m.span, id, e.form, oblique);
        id
    }

    /// Records listed organisation `id` under the head noun at token `k`
    /// (its last reading: لحركة -> حركة).
    fn remember_org_at(&mut self, k: usize, id: EntityId) {
        let head = self
            .readings(k)
            .last()
            .map(|r| r.key.to_string())
            .unwrap_or_default();
        self.remember_org_head(&head, id);
    }

    /// A definite dual of an organisation head (الشركتان، الاتحادان)
    /// after two bodies under that head: the first of them, so that the
    /// pair's joint words (وقالت الشركتان في بيانهما المشترك) have one of
    /// their issuers, as a joint statement's first subject does.
    fn dual_org(&mut self, i: usize) -> Option<usize> {
        let (offset, peeled, singular) = self.readings(i).iter().find_map(|r| {
            let key = r.key.as_ref();
            let singular = if let Some(stem) = key.strip_suffix("تان").or(key.strip_suffix("تين"))
            {
                format!("{stem}ه")
            } else {
                key.strip_suffix("ان")
                    .or(key.strip_suffix("ين"))?
                    .to_string()
            };
            (singular.starts_with("ال") && self.w.about(&singular).is_org_head())
                .then_some((r.offset, r.peeled, singular))
        })?;
        let ids = self.orgs_by_head.get(strip_article(&singular))?;
        let last = *ids.last()?;
        let id = ids.iter().rev().copied().find(|&x| x != last)?;
        let span = self.span(i..i + 1, offset);
        let oblique = self.oblique_at(i, peeled);
        self.add(i..i + 1, span, id, MentionForm::Title, oblique);
        Some(i + 1)
    }

    /// Records organisation `id` under its head noun, kept without the
    /// article so that الوكالة refers back to وكالة رويترز.
    fn remember_org_head(&mut self, head: &str, id: EntityId) {
        self.orgs_by_head
            .entry(strip_article(head).to_string())
            .or_default()
            .push(id);
    }

    /// Head noun + modifiers: an organisation (وزارة الخارجية الروسية،
    /// البحرية الكورية الجنوبية), or a country's government (الحكومة الروسية).
    fn org_phrase(&mut self, i: usize, limit: usize) -> Option<usize> {
        let k = i.checked_sub(self.range.start)?;
        if !self.cache.org_head.get(k).copied().unwrap_or(false) {
            return None;
        }
        let (head_offset, head_key, peeled) = self
            .readings(i)
            .iter()
            .zip(self.reading_infos(i))
            .find(|(_, w)| w.is_org_head())
            .map(|(r, _)| (r.offset, r.key.to_string(), r.peeled))?;
        if !head_key.starts_with("ال")
            && i > self.range.start
            && self.is_word(i - 1)
            && ELATIVES.contains(&self.bare(self.key(i - 1)))
        {
            return None;
        }
        // الهلال and الصليب head a body only as the Red Crescent or Cross
        // (الهلال الأحمر الفلسطيني); before anything else الهلال is the
        // club (مدرب الهلال الروماني: the club's Romanian coach).
        if RED_HEADS.contains(&head_key.as_str())
            && !(self.is_word(i + 1) && self.key(i + 1) == RED)
        {
            return None;
        }
        // The presidency is a body as الرئاسة with a country's adjective, as
        // رئاسة الجمهورية, or as a general presidency (الرئاسة العامة لرعاية
        // الشباب); برئاسة X is "chaired by X", للرئاسة "for the office".
        if strip_article(&head_key) == PRESIDENCY
            && (peeled > 0
                || !(self.is_definite_nisba(i + 1)
                    || self.is_word(i + 1)
                        && (self.key(i + 1) == REPUBLIC
                            || self.key(i + 1) == GENERAL_ADJECTIVES[1])))
        {
            return None;
        }
        // A name in quotation marks right after the head: تحالف "سائرون"
        // (a head with the article is followed by a quote, not a name:
        // الحكومة "تبذل كل جهد").
        if let Some(&close) = self
            .labels
            .get(&(i + 1))
            .filter(|_| !head_key.starts_with("ال"))
        {
            let label = Span::new(
                self.doc.tokens[i + 2].span.start,
                self.doc.tokens[close - 1].span.end,
            );
            let name = label.slice(self.doc.text).to_string();
            // A listed organisation in quotes is the listed one (شركة «أوبن
            // إيه آي» and later أوبن إيه آي); another is keyed as if
            // unquoted, so that the same words without the marks match it.
            let listed = self
                .lex_at(i + 2)
                .filter(|m| m.peeled == 0 && m.tokens.end == close)
                .map(|m| *m.entries[0])
                .filter(|e| e.kind == ActorKind::Organization);
            let id = match listed {
                Some(e) => self.lexicon_actor(&e),
                None => {
                    let head = self.span(i..i + 1, head_offset).slice(self.doc.text);
                    let key = format!("org:{}", phrase_key(&format!("{head} {name}")));
                    self.findings
                        .entity(&key, || entity(ActorKind::Organization, &name))
                }
            };
            let end = self.label_end(close, limit);
            let span = self.span(i..end, head_offset);
            let oblique = self.oblique_at(i, peeled);
            // الشركة later refers back to شركة «كوليرز».
            self.remember_org_head(&head_key, id);
            self.add(i..end, span, id, MentionForm::Name, oblique);
            self.label_quotes.insert(i + 1);
            return Some(end);
        }
        let mut k = i + 1;
        let mut country = None;
        let mut country_only = true;
        let mut taken = 0;
        let mut proper = 0;
        // Whether all that follows an indefinite head are indefinite
        // adjectives (منظمة حقوقية، شركة أمريكية): "a rights group", no name.
        let mut adjectives_only = !head_key.starts_with("ال");
        let feminine_head = ends_in_ta_marbuta(self.doc.word(i));
        while k < limit && taken < MAX_ORG_MODIFIERS {
            // A masculine adjective of tenure after a feminine head is the
            // office's (لوكيل أول الوزارة السابق): not the body's.
            if feminine_head && self.is_word(k) && TENURE_ADJECTIVES.contains(&self.key(k)) {
                break;
            }
            if let Some((end, c, m)) = self.qualifier(k).filter(|(_, _, m)| !self.disagrees(k, m)) {
                // A capital stands for its government and ends the phrase,
                // except as the city a body in construct is named after
                // (جامعة القاهرة، مركز أبوظبي للغة العربية).
                if m.entries[0].form == MentionForm::Metonym
                    && !self.named_after_city(i, k, &head_key, &m)
                {
                    break;
                }
                adjectives_only &=
                    m.entries[0].form == MentionForm::Nisba && !self.key(k).starts_with("ال");
                country = country.or(c);
                taken += end - k;
                k = end;
                // The ordinal of a body named after its city (بنك أبوظبي
                // الأول), though الأول is also a function word.
                if m.entries[0].form != MentionForm::Nisba
                    && end < limit
                    && self.is_word(end)
                    && self.key(end) == FIRST_ORDINAL
                {
                    taken += 1;
                    k += 1;
                }
                // ... or its number, right after the head (جامعة الجزائر
                // 3، جامعة باريس 8): one of the city's bodies so numbered.
                if m.entries[0].form != MentionForm::Nisba
                    && k == end
                    && end == i + 1 + (m.tokens.end - m.tokens.start)
                    && end < limit
                    && !head_key.starts_with("ال")
                    && self.number_at(end)
                    && !self.doc.tokens[end].newline_before
                    && self.doc.word(end).chars().count() <= MAX_BODY_NUMBER_DIGITS
                {
                    taken += 1;
                    k += 1;
                }
                continue;
            }
            // What the body guards against (للوقاية من الأمراض).
            let guarded = self.guard_phrase_end(k);
            if guarded > k && guarded <= limit {
                taken += guarded - k;
                k = guarded;
                continue;
            }
            // Named after a royal (مستشفى الملك فيصل التخصصي، جامعة الملك
            // سعود): the honorific and the name belong to the organisation.
            // Only a head in construct (جامعة، not الجامعة) is named so.
            // ... also through a prize's noun (لجنة جائزة الملك فيصل العالمية).
            let through_prize = k == i + 2 && self.names_a_thing(k);
            if (k == i + 1 || through_prize)
                && !head_key.starts_with("ال")
                && ROYAL_HONORIFICS.contains(&self.key(k))
            {
                let (end, _) = self.name_run(k + 1, limit, true);
                let end = self.royal_name_end(k + 1, end);
                if end > k + 1 {
                    adjectives_only = false;
                    country_only = false;
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            if let Some(m) = self.lex_at(k).cloned() {
                // The head names a listed organisation (وكالة الأونروا).
                let e = *m.entries[0];
                if k == i + 1 && m.peeled == 0 && e.kind == ActorKind::Organization {
                    let id = self.lexicon_actor(&e);
                    // Its country, as its name has it (شركة أرامكو السعودية).
                    let mut end = m.tokens.end;
                    if end < limit && self.feminine_country_name(end) {
                        end += 1;
                    }
                    let span = self.span(i..end, head_offset);
                    let oblique = self.oblique_at(i, peeled);
                    self.add(i..end, span, id, MentionForm::Name, oblique);
                    // الشركة later refers back to it (شركة طيران الخليج).
                    self.remember_org_head(&head_key, id);
                    return Some(end);
                }
                // Named after a listed person, with what it is for (مركز
                // محمد بن راشد للفضاء، مؤسسة محمد بن راشد آل مكتوم للمعرفة).
                let end = m.tokens.end;
                if k == i + 1
                    && m.peeled == 0
                    && !head_key.starts_with("ال")
                    && e.kind == ActorKind::Person
                    && m.tokens.len() >= 2
                    && end < limit
                    && self.is_word(end)
                    && self.key(end).starts_with("لل")
                    && self.lex_at(end).is_none()
                {
                    adjectives_only = false;
                    country_only = false;
                    taken += end + 1 - k;
                    k = end + 1;
                    continue;
                }
                // A people listed as a group, in construct with the head,
                // names the body (حزب العمال، جمعية الصحفيين).
                let people = k == i + 1
                    && self.listed_people(k)
                    && !head_key.starts_with("ال")
                    // Not the start of a listed name (حزب العمال الكردستاني),
                    // nor a council inside an office (نائب رئيس مجلس الوزراء);
                    // a party's leader is named after it (زعيم حزب العمال).
                    && self.lex_at(i).is_none()
                    && !(strip_article(&head_key) == COUNCIL
                        && i > self.range.start
                        && self.is_word(i - 1)
                        && self.title_gender(i - 1).is_some());
                if !people {
                    break;
                }
                adjectives_only = false;
                country_only = false;
                taken += 1;
                k += 1;
                continue;
            }
            // A noun in construct between an indefinite head and a people
            // listed as a group: the body is named for them (لجنة حماية
            // الصحفيين، مفوضية شؤون اللاجئين), not the people.
            if k == i + 1 && !head_key.starts_with("ال") && self.construct_before_people(k) {
                adjectives_only = false;
                country_only = false;
                taken += 2;
                k += 2;
                continue;
            }
            // What the body is for, in construct (المرصد السوري لحقوق
            // الإنسان، وكالة غوث وتشغيل اللاجئين).
            if let Some(end) = self.purpose_end(k).filter(|_| k > i + 1) {
                adjectives_only = false;
                country_only = false;
                taken += end - k;
                k = end;
                continue;
            }
            // "General" after the head (الاتحاد العام التونسي للشغل), which
            // is also "year": not before a word of time (العام الماضي).
            let general = k == i + 1
                && GENERAL_ADJECTIVES.contains(&self.key(k))
                && !(self.is_word(k + 1)
                    && (self.tw(k + 1).is_adverbial()
                        || TIME_ADJECTIVES.contains(&self.key(k + 1))));
            // After the body's country, a verbal noun of a derived verb is
            // the verb's object (بدأ الجيش اللبناني الانتشار), not a
            // modifier; an adjective ends like one (الانتقالية).
            // So is any definite noun that has no adjective's shape
            // (ودانت وزارة الخارجية الإماراتية الهجوم).
            // After an adjective too (ورفض المتحدث باسم النيابة العامة
            // التعليق), though not right after the head (هيئة التحقيق).
            let after_adjective = k > i + 1
                && (self.is_adjective_shaped(k - 1)
                    || GENERAL_ADJECTIVES.contains(&self.key(k - 1)));
            if after_adjective && is_derived_verbal_noun(self.key(k)) {
                break;
            }
            // ... and so does another body's head coordinated with و
            // (جامعة أكسفورد البريطانية والمعهد الوطني لعلوم المحيطات).
            let other_body = self.key(k).starts_with("وال") && self.btw(k).is_org_head();
            if country.is_some()
                && (is_derived_verbal_noun(self.key(k))
                    || other_body
                    || self.key(k).starts_with("ال")
                        && !self.is_adjective_shaped(k)
                        && !self.tw(k).is_title_domain())
            {
                break;
            }
            if general || self.is_modifier(k) && self.title_gender(k).is_none() && !self.is_stop(k)
            {
                adjectives_only &= !general && !self.key(k).starts_with("ال");
                country_only = false;
                taken += 1;
                k += 1;
                continue;
            }
            // A noun in construct between an indefinite head and its
            // definite modifier (هيئة عمليات التجارة، مجلس إدارة الشركة).
            if k == i + 1
                && !head_key.starts_with("ال")
                && self.is_construct_noun(k)
                && (self.is_modifier(k + 1)
                    || self
                        .qualifier(k + 1)
                        .is_some_and(|(_, _, m)| self.named_after_city(i, k + 1, &head_key, &m)))
            {
                country_only = false;
                taken += 1;
                k += 1;
                continue;
            }
            // A region or governorate in construct with the head, named
            // by a place no list knows (شرطة منطقة مكة المكرمة، أمانة
            // محافظة جدة); its adjectives follow as modifiers.
            if k == i + 1
                && !head_key.starts_with("ال")
                && REGION_NOUNS.contains(&self.key(k))
                && k + 1 < limit
                && self.is_proper_word(k + 1)
                && self.qualifier(k + 1).is_none()
            {
                adjectives_only = false;
                country_only = false;
                taken += 2;
                k += 2;
                continue;
            }
            // Two nouns coordinated in construct with the head (غرفة تجارة
            // وصناعة الكويت).
            if k == i + 2
                && !head_key.starts_with("ال")
                && self.is_construct_noun(k - 1)
                && self.is_plain_word(k)
                && self.key(k).strip_prefix('و').is_some_and(|noun| {
                    let w = self.w.about(noun);
                    !w.is_first_name() && !w.is_name_word()
                })
                && (self.is_modifier(k + 1) || self.qualifier(k + 1).is_some())
            {
                taken += 1;
                k += 1;
                continue;
            }
            // A second place coordinated with the one the body serves, which
            // no list knows (الهيئة الملكية للجبيل وينبع).
            if k > i + 1
                && self.key(k - 1).starts_with("لل")
                && self.is_word(k)
                && self.key(k).starts_with('و')
                && !self.key(k).starts_with("وال")
                && self.bare(self.key(k)).chars().count() >= MIN_SURNAME_LETTERS
                && self.name_ends_after(k)
            {
                let w = self.btw(k);
                if !(w.is_common()
                    || w.is_stop()
                    || w.is_first_name()
                    || w.title().is_some()
                    || w.is_org_head())
                {
                    taken += 1;
                    k += 1;
                    continue;
                }
            }
            // Whom the body defends (هيئة الدفاع عن المعتقلين، الجمعية
            // الوطنية للدفاع عن حقوق الإنسان); not a ministry's (أعلنت وزارة
            // الدفاع عن مقتل ...).
            if k > i + 1
                && self.is_word(k)
                && self.key(k) == "عن"
                && matches!(self.key(k - 1), "الدفاع" | "للدفاع")
                && strip_article(&head_key) != MINISTRY
            {
                let end = if self.is_plain_definite(k + 1) {
                    Some(k + 2)
                } else {
                    // ... in construct (عن ضحايا الشائعات، عن حقوق الإنسان).
                    let noun = k + 1;
                    (self.is_word(noun)
                        && !self.key(noun).starts_with("ال")
                        && !self.is_stop(noun)
                        && self.tw(noun).cue().is_none()
                        && self.is_plain_definite(k + 2))
                    .then_some(k + 3)
                };
                if let Some(end) = end.filter(|&end| end <= limit) {
                    adjectives_only = false;
                    country_only = false;
                    taken += end - k;
                    k = end;
                    continue;
                }
            }
            // A proper name right after the head (صحيفة ذي ستار، شركة تاكيدا).
            // ... its FM too (إذاعة موزاييك أف أم), أم being also "or".
            // Not a full name after it, which is a holder's (المتحدث باسم
            // أمانة جدة محمد البقمي).
            let fm = proper > 0 && self.key(k) == "ام" && self.key(k - 1) == "اف";
            if k == i + 1 + proper
                && proper < MAX_ORG_PROPER_WORDS
                && !head_key.starts_with("ال")
                && (self.is_proper_word(k) || fm)
                && !(proper > 0 && self.full_name_at(k, limit))
            {
                // Unless shaped like a feminine nisba (منظمة حقوقية).
                adjectives_only &= self.key(k).ends_with("يه");
                proper += 1;
                country_only = false;
                taken += 1;
                k += 1;
                continue;
            }
            break;
        }
        if adjectives_only && k > i + 1 {
            return None;
        }
        if k == i + 1 {
            // A head alone refers back to an organisation named in full,
            // when definite: without the article it is in construct with
            // another body (جلسة مجلس الوزراء after مجلس النواب).
            if !head_key.starts_with("ال") && self.is_word(k) && self.key(k).starts_with("ال") {
                return None;
            }
            let id = *self.orgs_by_head.get(strip_article(&head_key))?.last()?;
            let span = self.span(i..k, head_offset);
            let oblique = self.oblique_at(i, peeled);
            self.add(i..k, span, id, MentionForm::Title, oblique);
            return Some(k);
        }
        let span = self.span(i..k, head_offset);
        let oblique = self.oblique_at(i, peeled);
        let name = written_whole(span.slice(self.doc.text), peeled > 0 && head_offset == 0);
        if self.w.is_government_head(&head_key) && (country_only || country.is_none()) {
            // A government with no country named (الحكومة الجديدة) is no actor;
            // a country's government is an organisation of its own, the
            // same one the lexicon's government phrases name.
            let code = country.clone()?;
            let key = format!("org:{code}{}", lexicon::GOVERNMENT_SUFFIX);
            let id = self.findings.entity(&key, || {
                let mut x = entity(ActorKind::Organization, &name);
                x.country = Some(code.clone());
                x.gender = Gender::Feminine;
                // Reported when it speaks (see resolve_mentions).
                x.reported = false;
                x
            });
            self.add(i..k, span, id, MentionForm::Name, oblique);
            return Some(k);
        }
        let key = format!("org:{}", phrase_key(&name));
        let feminine = head_key.ends_with('ه') || head_key.ends_with('ت');
        // A medium spoken to, on or relaying (لقناة، مع قناة، إلى صحيفة،
        // على إذاعة، ونقلت صحيفة), named by no waterway (قناة السويس).
        let spoken_to = peeled > 0 && self.key(i).starts_with('ل')
            || i > self.range.start
                && self.is_word(i - 1)
                && (MEDIA_PREPOSITIONS.contains(&self.key(i - 1))
                    // ... or relaying (ونقلت صحيفة القبس عن مصدر).
                    || self.tw(i - 1).cue().is_some());
        let media = !country_only
            && k > i + 1
            && spoken_to
            && MEDIA_HEADS.contains(&head_key.as_str())
            && !WATERWAYS.contains(&self.key(i + 1));
        let id = self.findings.entity(&key, || {
            let mut x = entity(ActorKind::Organization, &name);
            x.country = country;
            x.gender = if feminine {
                Gender::Feminine
            } else {
                Gender::Masculine
            };
            // Generic organisation phrases are reported only when they
            // speak or recur (decided in pass 2); a named medium is an
            // actor wherever it is (في مقابلة مع قناة الجديد).
            x.reported = media;
            x
        });
        self.remember_org_head(&head_key, id);
        self.add(i..k, span, id, MentionForm::Name, oblique);
        Some(k)
    }

    /// True when the capital `m` at token `k` is the city that the body
    /// headed at `i` (without the article, no government) is named after,
    /// right after the head or a noun in construct with it (محكمة جنايات
    /// القاهرة).
    fn named_after_city(
        &self,
        i: usize,
        k: usize,
        head_key: &str,
        m: &lexicon::Match<'static>,
    ) -> bool {
        m.entries[0].form == MentionForm::Metonym
            && m.peeled == 0
            && !head_key.starts_with("ال")
            && !self.w.is_government_head(head_key)
            && (k == i + 1 || k == i + 2 && self.is_construct_noun(i + 1))
    }

    /// True when token `k` is a country's adjective with the article
    /// (الهولندي), written alone.
    fn is_definite_nisba(&self, k: usize) -> bool {
        self.is_word(k)
            && self.key(k).starts_with("ال")
            && self.lex_at(k).is_some_and(|m| {
                m.peeled == 0
                    && m.tokens.len() == 1
                    && m.entries.iter().all(|e| e.form == MentionForm::Nisba)
            })
    }

    /// True when token `j` is an honorific with a name after it (الدكتورة
    /// نادين نصر): the holder of the title before it.
    /// The end of a phrase at `k` of a noun with ل or و glued, the definite
    /// noun it governs and their adjectives, when the holder's name (two
    /// words or more) follows it; `None` otherwise, so that لوسائل الإعلام
    /// after a title stays the sentence's.
    fn governed_phrase_before_name(&self, k: usize, limit: usize) -> Option<usize> {
        let key = self.key(k);
        let glued = key.starts_with('ل') || key.starts_with('و');
        if !glued
            || key.starts_with("لل")
            || key.starts_with("وال")
            || self.readings(k).len() < 2
            || self.lex_at(k).is_some()
            || self.tw(k).is_first_name()
            || self.tw(k).is_name_word()
            || self.title_gender(k).is_some()
            || !self.is_word(k + 1)
            || !self.key(k + 1).starts_with("ال")
            || !self.is_modifier(k + 1)
        {
            return None;
        }
        let mut end = k + 2;
        while end < limit
            && end < k + 2 + MAX_TITLE_MODIFIERS
            && self.is_word(end)
            && self.key(end).starts_with("ال")
            && !self.tw(end).is_first_name()
            && (self.is_definite_adjective(end) || adjective_shaped(self.key(end)))
        {
            end += 1;
        }
        // "Remote" (العمل عن بعد) goes with the field.
        if self.is_word(end + 1) && self.key(end) == "عن" && self.key(end + 1) == "بعد" {
            end += 2;
        }
        // The name, or an honorific before it, or where the holder serves
        // and then the name (مديرة مديرية الأوبئة ومحاربة الأمراض في
        // الوزارة الدكتورة نعيمة الرحموني).
        let holder_at = |j: usize| {
            self.name_run(j, limit, true).0 >= j + 2 || self.honorific_then_name(j, limit)
        };
        let served = || {
            self.is_word(end)
                && self.key(end) == "في"
                && self
                    .served_in(end + 1, limit)
                    .is_some_and(|after| after > end + 1 && holder_at(after))
        };
        (holder_at(end) || served()).then_some(end)
    }

    /// The end of an institution no list knows, opened by an indefinite
    /// head at `j` and running up to an honorific with a name after it
    /// (مديرة برنامج المناخ في معهد غرب آسيا وشمال أفريقيا الدكتورة رنا
    /// الحاج): words only, no cue, complementiser or function word.
    fn institution_before_honorific(&self, j: usize, limit: usize) -> Option<usize> {
        if !self.is_word(j) || !self.tw(j).is_org_head() || self.key(j).starts_with("ال") {
            return None;
        }
        self.honorific_within(j + 1, MAX_TITLE_MODIFIERS, limit)
    }

    /// The honorific among the `words` tokens from `from` (before `limit`)
    /// that a name follows, all words before it plain (no function word,
    /// cue or complementiser): where a title's holder is named.
    fn honorific_within(&self, from: usize, words: usize, limit: usize) -> Option<usize> {
        (from..(from + words).min(limit))
            .take_while(|&h| {
                self.is_word(h)
                    && !self.is_stop(h)
                    && self.tw(h).cue().is_none()
                    && self.tw(h).complementiser().is_none()
            })
            .find(|&h| self.honorific_then_name(h, limit))
    }

    /// True when token `j` is an institution word with ب glued (بجامعة،
    /// بمعهد), which a title's holder may follow.
    fn institution_with_b(&self, j: usize) -> bool {
        self.is_word(j)
            && self.key(j).starts_with('ب')
            && self
                .reading_infos(j)
                .iter()
                .skip(1)
                .any(|r| r.is_org_head())
    }

    /// True when token `j` is a military rank, with its qualifiers, before
    /// a name of two words or more (العميد ركن سلطان العتيبي).
    fn rank_then_name(&self, j: usize, limit: usize) -> bool {
        if !self.is_word(j) || !MILITARY_RANKS.contains(&strip_article(self.key(j))) {
            return false;
        }
        let mut name = j + 1;
        while name < limit && self.is_word(name) && RANK_QUALIFIERS.contains(&self.key(name)) {
            name += 1;
        }
        name < limit && self.name_run(name, limit, true).0 >= name + 2
    }

    /// True when token `j` is a style of address without the article
    /// (معالي، سعادة، فضيلة، سماحة، صاحب), which an office does not go on
    /// with.
    fn address_style(&self, j: usize) -> bool {
        self.is_word(j) && !self.key(j).starts_with("ال") && HONORIFIC_STYLES.contains(&self.key(j))
    }

    /// True when token `j` is a personal honorific (or several) with a
    /// name after it, a style of address allowed before them.
    fn honorific_then_name(&self, j: usize, limit: usize) -> bool {
        let honorific = |h: usize| self.is_word(h) && PERSONAL_HONORIFICS.contains(&self.key(h));
        // ... a style of address first (معالي الشيخ الدكتور ...).
        let first = if self.address_style(j) { j + 1 } else { j };
        if !honorific(first) {
            return false;
        }
        // Honorifics may stack (الشيخ الدكتور عبدالرحمن السديس).
        let name = (first + 1..(first + 1 + MAX_STACKED_HONORIFICS).min(limit))
            .find(|&h| !honorific(h))
            .unwrap_or(first + 1);
        name < limit && self.name_run(name, limit, true).0 > name
    }

    /// The end of an organisation named in quotes whose closing mark is
    /// token `close`: its country's adjective is the name's, as without
    /// quotes (شركة «تسلا» الأمريكية), and so is what it does (مجموعة «جي
    /// 42» الإماراتية للذكاء الاصطناعي، شركة «إنرجي أسبكتس» للاستشارات).
    fn label_end(&self, close: usize, limit: usize) -> usize {
        let mut end = close + 1;
        if end < limit
            && self.is_word(end)
            && self.key(end).starts_with("ال")
            && self.lex_at(end).is_some_and(|c| {
                // A country's adjective, or a name shaped like a feminine
                // one (السعودية is listed as the country's name).
                c.peeled == 0
                    && c.tokens.len() == 1
                    && c.entries.iter().any(|e| {
                        e.kind == ActorKind::Country
                            && (e.form == MentionForm::Nisba
                                || e.form == MentionForm::Name && self.key(end).ends_with("يه"))
                    })
            })
        {
            end += 1;
        }
        if end < limit && self.is_word(end) && self.key(end).starts_with("لل") {
            end += 1;
            // Its adjectives (للتقنية المالية).
            while end < limit
                && (self.is_definite_adjective(end)
                    || self.is_word(end)
                        && self.key(end).starts_with("ال")
                        && adjective_shaped(self.key(end)))
            {
                end += 1;
            }
        }
        end
    }

    /// The end of what a body is for, when token `k` is ل + a noun of
    /// purpose before a definite word (لحقوق الإنسان), or ل + دفاع عن and
    /// what is defended (للدفاع عن حقوق الإنسان).
    fn purpose_end(&self, k: usize) -> Option<usize> {
        let noun = self.key(k).strip_prefix('ل')?;
        let definite = |j: usize| self.is_word(j) && self.key(j).starts_with("ال");
        if keys().purpose.contains(noun) && definite(k + 1) {
            return Some(k + 2);
        }
        if noun != "لدفاع" || !self.is_word(k + 1) || self.key(k + 1) != "عن" {
            return None;
        }
        if definite(k + 2) {
            return Some(k + 3);
        }
        (self.is_word(k + 2) && keys().purpose.contains(self.key(k + 2)) && definite(k + 3))
            .then_some(k + 4)
    }

    /// True for a plain noun that can stand in construct inside a name
    /// (عمليات in هيئة عمليات التجارة): no article, no proclitic and no
    /// function, cue, title or adverbial word, on the same line.
    fn is_construct_noun(&self, k: usize) -> bool {
        self.is_plain_word(k)
            && self.readings(k).len() == 1
            && self.key(k).chars().count() >= 3
            && self.tw(k).complementiser().is_none()
    }

    /// True when token `k` is a noun in construct with a people listed as a
    /// group right after it (حماية الصحفيين، شؤون اللاجئين).
    fn construct_before_people(&self, k: usize) -> bool {
        self.is_construct_noun(k) && self.listed_people(k + 1)
    }

    /// True when token `j` is one definite word the lexicon lists as a
    /// group (الصحفيين، اللاجئين): a people a body may be named for.
    fn listed_people(&self, j: usize) -> bool {
        self.is_word(j)
            && self.key(j).starts_with("ال")
            && self.lex_at(j).is_some_and(|m| {
                m.peeled == 0 && m.tokens.len() == 1 && m.entries[0].kind == ActorKind::Group
            })
    }

    /// True for a word on the same line without the article that is no
    /// function, cue, title or adverbial word and no lexicon entry: what
    /// may stand inside a name that no list knows.
    fn is_plain_word(&self, k: usize) -> bool {
        if !self.is_word(k) || self.doc.tokens[k].newline_before {
            return false;
        }
        let w = self.tw(k);
        !self.key(k).starts_with("ال")
            && !self.is_stop(k)
            && w.cue().is_none()
            && w.title().is_none()
            && !w.is_adverbial()
            && self.lex_at(k).is_none()
    }

    /// True for a word that can be part of a foreign proper name: not a
    /// common, function, title or cue word, and without the article.
    fn is_proper_word(&self, k: usize) -> bool {
        self.is_plain_word(k)
            && !self.key(k).starts_with('و')
            && self.key(k).chars().count() >= 2
            && !self.tw(k).is_common()
    }

    /// Names the statistical tagger finds where the rules found nothing:
    /// people and organisations nobody listed. The rules keep precedence
    /// (their mentions are already recorded and cannot be overlapped).
    fn tagged_names(&mut self) {
        let listed = |i: usize| self.listed_for_tagger(i);
        for mut n in crate::tagger::tag_listed(self.doc, self.range.clone(), &self.types, listed) {
            n.tokens = crate::tagger::fill_marked_name(
                self.doc,
                n.tokens,
                self.range.clone(),
                MAX_LABEL_WORDS,
            );
            // What a scorer scored is no part of the name (مالكوم هدفين),
            // which was found with the confidence of a longer one.
            let scored = n.class == NameClass::Person
                && n.tokens.len() > 1
                && SCORE_WORDS.contains(&self.key(n.tokens.end - 1));
            if scored {
                n.tokens.end -= 1;
            }
            let (kind, min_score) = match n.class {
                NameClass::Person if n.tokens.len() >= 2 || scored => {
                    (ActorKind::Person, MIN_TAGGED_PERSON_SCORE)
                }
                NameClass::Person => (ActorKind::Person, MIN_TAGGED_SINGLE_SCORE),
                NameClass::Organization => (ActorKind::Organization, MIN_TAGGED_ORG_SCORE),
                // Cities and regions the lexicon does not list (countries and
                // capitals are found before the tagger runs).
                NameClass::Location => (ActorKind::Place, MIN_TAGGED_PLACE_SCORE),
                NameClass::Misc => continue,
            };
            if n.score < min_score || n.tokens.is_empty() {
                continue;
            }
            let first = n.tokens.start;
            // A dateline names a city, written whole (بورتسودان, not ب +
            // ورتسودان), and so does a name after a preposition word (في
            // بورتسودان), where no second preposition can be glued.
            let dateline = self.at_dateline(first, n.tokens.end);
            let after_preposition = first > self.range.start
                && self.is_word(first - 1)
                && self.tw(first - 1).is_preposition();
            // ... or a name in construct with a place noun (قمة بروكسل،
            // جزيرة لامبيدوزا), which takes no preposition either.
            let after_place_noun = first > self.range.start
                && self.is_word(first - 1)
                && PLACE_CONSTRUCT_NOUNS.contains(&self.key(first - 1));
            // A name in construct with a place noun names the place (حي
            // بابا عمرو), not a person; a summit may be named after guests.
            let kind = if dateline
                || kind == ActorKind::Person && after_place_noun && self.key(first - 1) != SUMMIT
            {
                ActorKind::Place
            } else {
                kind
            };
            // A glued و / ب / ل belongs to the sentence, not the name.
            let (offset, peeled) = if dateline || after_preposition || after_place_noun {
                (0, 0)
            } else {
                self.glued_letter(first, &['و', 'ب', 'ل'])
                    .map_or((0, 0), |r| (r.offset, r.peeled))
            };
            let shared_lam = peeled > 0 && offset == 0;
            let span = self.span(n.tokens.clone(), offset);
            if self.findings.mention_at(span).is_some() {
                continue;
            }
            // Never a disease or what carries one (بفيروس كورونا، متلازمة ميرس).
            if self.names_disease(n.tokens.clone()) {
                continue;
            }
            // Nor one definite word after a definite common noun, which it
            // qualifies (المسجد الحرام: "the sacred"), as a body or place.
            let before = first.wrapping_sub(1);
            let adjective = kind != ActorKind::Person
                && n.tokens.len() == 1
                && first > self.range.start
                && !self.doc.tokens[first].newline_before
                && self.key(first).starts_with("ال")
                && self.is_word(before)
                && self
                    .readings(before)
                    .iter()
                    .any(|r| r.key.starts_with("ال"))
                && !self.tw(before).is_name_word()
                && !self.tw(before).is_first_name()
                && !self.tw(before).is_org_head()
                && self.title_gender(before).is_none()
                && self.lex_at(before).is_none();
            if adjective {
                continue;
            }
            // Never a name made of function, common or title words.
            let plausible = n.tokens.clone().all(|k| {
                self.is_word(k)
                    && !self.is_stop(k)
                    && self.tw(k).cue().is_none()
                    && self.title_gender(k).is_none()
            }) && !(kind == ActorKind::Person
                && n.tokens.clone().all(|k| self.tw(k).is_common()))
                // Nor does a person's name start with a common noun
                // (زعامة العبادي: "al-Abadi's leadership").
                // Nor is one common word alone a name of any kind (قريبا).
                && (kind != ActorKind::Person && n.tokens.len() > 1
                    || !self.tw(first).is_common()
                    || self.tw(first).is_name_word()
                    || self.tw(first).is_first_name())
                // Nor an organisation's head noun alone (معهد before a
                // capital that the tagger left out).
                && !(n.tokens.len() == 1 && self.tw(first).is_org_head() && self.lex_at(first).is_none())
                // Nor an indefinite head with common indefinite adjectives
                // (منظمة إنسانية: "a humanitarian group"), also with و
                // (دولة ومنظمة دولية).
                && !(kind == ActorKind::Organization
                    && (self.tw(first).is_org_head() || self.btw(first).is_org_head())
                    && !self.bare(self.key(first)).starts_with("ال")
                    && n.tokens
                        .clone()
                        .skip(1)
                        .all(|k| {
                            // Common, or a feminine nisba (حقوقية).
                            !self.key(k).starts_with("ال")
                                && (self.tw(k).is_common() || self.key(k).ends_with("يه"))
                        }))
                // Nor a person's name with a title's domain noun first
                // (رئيسة قسم الطوارئ: the department, not a Qasim).
                && !(kind == ActorKind::Person
                    && self.tw(first).is_title_domain()
                    && !self.tw(first).is_first_name())
                // Nor a set phrase (بحسن ظن).
                && !(kind == ActorKind::Person && self.set_phrase_at(first))
                // Nor a work's title in quotes after its noun (فيلم «ماء
                // العين»، مسلسل «...»): a film, not a body.
                && !self.work_title_at(first);
            // A named person's surname first: with a common noun after it
            // (صلاح هدف after محمد صلاح), or alone as a place or body
            // (ألباريس after خوسيه مانويل ألباريس), it is that surname, found
            // later.
            let surname_shape = if kind == ActorKind::Person {
                n.tokens.len() > 1 && !self.tw(first + 1).is_name_word()
            } else {
                n.tokens.len() == 1
            };
            let surname = surname_shape && peeled == 0 && self.surname_of_named(first);
            // Nor is one word with a glued ل before عن or على: a verbal noun
            // and its preposition, a purpose (للعفو عن موكله: "to pardon",
            // though منظمة العفو الدولية is named; but التعادل للأهلي في).
            let purpose = n.tokens.len() == 1
                && kind != ActorKind::Person
                && peeled > 0
                && self.key(first).starts_with('ل')
                && self.is_word(first + 1)
                && matches!(self.key(first + 1), "عن" | "علي");
            // Nor is one definite word right after a definite plural, which
            // it describes (الوزراء الشيعة: "the Shiite ministers").
            let describes = n.tokens.len() == 1
                && kind != ActorKind::Person
                && peeled == 0
                && self.key(first).starts_with("ال")
                && first > self.range.start
                && self.is_word(first - 1)
                && self.key(first - 1).starts_with("ال")
                && (self
                    .title_gender(first - 1)
                    .is_some_and(|(g, _, _)| g == Gender::Plural)
                    || self.lex_at(first - 1).is_some_and(|m| {
                        m.tokens.len() == 1 && m.entries.iter().all(|e| e.kind == ActorKind::Group)
                    })
                    || self.tw(first - 1).is_common()
                        && ["ات", "ون", "ين"]
                            .iter()
                            .any(|e| self.doc.word(first - 1).ends_with(e)))
                && self.lex_at(first).is_none();
            // Nor is a place the noun before a place's name (شبه جزيرة
            // سيناء: "peninsula").
            let place_noun = kind == ActorKind::Place
                && n.tokens.len() > 1
                && PLACE_CONSTRUCT_NOUNS.contains(&self.key(n.tokens.end - 1))
                && self.is_word(n.tokens.end);
            // Nor is a person's name in construct with an institution's head
            // (جامعة محمد بن زايد): the institution is named after them.
            let named_after = kind == ActorKind::Person
                && first > self.range.start
                && self.is_word(first - 1)
                && (self.tw(first - 1).is_org_head() && !self.key(first - 1).starts_with("ال")
                    // ... or a prize's (جائزة الشيخ زايد).
                    || self.names_a_thing(first - 1)
                    // ... or a stadium's, street's or airport's (ملعب محمد
                    // الخامس).
                    || self.after_thing_noun(first));
            // ... also with a royal's honorific between (جامعة الملك عبد
            // العزيز inside a title, which the rules took whole).
            let royal = first > self.range.start + 1
                && self.is_word(first - 1)
                && ROYAL_HONORIFICS.contains(&self.key(first - 1))
                && self.is_word(first - 2)
                && (self.tw(first - 2).is_org_head() && !self.key(first - 2).starts_with("ال")
                    || self.after_thing_noun(first - 1));
            let named_after = named_after || kind == ActorKind::Person && royal;
            // Nor a word of a fixed phrase that names no place (القوة
            // القاهرة, force majeure).
            let fixed = n.tokens.len() == 1 && self.fixed_phrase(first);
            // Nor a verb in the future opening a quote, before a common or
            // function word («سنقاتل على كل كرة»).
            // Nor is a phrase in quote marks on its own, opening with no
            // given name or kunya, a person (حذر من "فوضى الفتاوى"): the
            // words quoted.
            let quoted = kind == ActorKind::Person
                && first > self.range.start
                && self.doc.tokens[first - 1].quote_mark().is_some()
                && self
                    .doc
                    .tokens
                    .get(n.tokens.end)
                    .is_some_and(|t| t.quote_mark().is_some())
                && !self.tw(first).is_first_name()
                && !is_connector(self.key(first))
                && self.key(first) != KUNYA_MOTHER;
            let future_verb = n.tokens.len() == 1
                && kind != ActorKind::Person
                && self.key(first).chars().count() >= MIN_FUTURE_VERB_LETTERS
                && future_person(self.key(first)).is_some()
                && first > self.range.start
                && self.doc.tokens[first - 1].quote_mark().is_some()
                && self.is_word(first + 1)
                && (self.is_stop(first + 1) || self.tw(first + 1).is_common());
            if !plausible
                || future_verb
                || surname
                || purpose
                || describes
                || named_after
                || place_noun
                || fixed
                || self.after_amount(first)
                || quoted
            {
                continue;
            }
            // A body named after its city keeps its ordinal (بنك أبوظبي
            // الأول), which the tagger reads as a function word.
            let last = n.tokens.end - 1;
            let mut span = span;
            if kind == ActorKind::Organization
                && n.tokens.end < self.range.end
                && self.is_word(n.tokens.end)
                && self.key(n.tokens.end) == FIRST_ORDINAL
                && self.lex_at(last).is_some_and(|m| {
                    m.tokens.end == n.tokens.end
                        && m.entries.iter().any(|e| e.form == MentionForm::Metonym)
                })
            {
                n.tokens.end += 1;
                span = self.span(n.tokens.clone(), offset);
            }
            // A holy city's epithet is part of its name (مكة المكرمة -).
            if kind == ActorKind::Place
                && n.tokens.end < self.range.end
                && self.place_epithet(n.tokens.end)
            {
                n.tokens.end += 1;
                span = self.span(n.tokens.clone(), offset);
            }
            let oblique = self.oblique_at(first, peeled);
            let id = if kind == ActorKind::Person {
                self.person(n.tokens.clone(), span, Gender::Unknown)
            } else {
                let name = written_whole(span.slice(self.doc.text), shared_lam);
                let prefix = if kind == ActorKind::Place {
                    "place"
                } else {
                    "org"
                };
                let key = format!("{prefix}:{}", phrase_key(&name));
                self.findings.entity(&key, || entity(kind, &name))
            };
            self.add(n.tokens.clone(), span, id, MentionForm::Name, oblique);
        }
    }

    // ---- pass 2 ------------------------------------------------------------

    /// Per entity, the phrase key of its name for an organisation, empty
    /// for any other kind.
    fn org_name_keys(&self) -> Vec<String> {
        self.findings
            .entities
            .iter()
            .map(|e| match e.kind {
                ActorKind::Organization => phrase_key(&e.name),
                _ => String::new(),
            })
            .collect()
    }

    /// Organisations no list knows that carry the same name under two
    /// head nouns (منصة «ماغنيت»، شركة «ماغنيت») are one. `org_keys`: see
    /// [`Arabic::org_name_keys`].
    fn merge_same_named_orgs(&mut self, org_keys: &[String]) {
        let mut first: HashMap<&str, EntityId> = HashMap::default();
        let mut merges = Vec::new();
        for (id, e) in self.findings.entities.iter().enumerate() {
            if e.kind != ActorKind::Organization
                || !e.key.starts_with("org:")
                || e.mentions.is_empty()
            {
                continue;
            }
            match first.entry(org_keys[id].as_str()) {
                crate::hash::Entry::Occupied(o) => merges.push((id, *o.get())),
                crate::hash::Entry::Vacant(v) => {
                    v.insert(id);
                }
            }
        }
        for (from, to) in merges {
            self.merge_entity(from, to);
        }
    }

    /// Merges entity `from` into `to` and points `from`'s mentions at `to`.
    fn merge_entity(&mut self, from: EntityId, to: EntityId) {
        self.findings.merge(from, to);
        for m in &mut self.ments {
            if m.entity == from {
                m.entity = to;
            }
        }
    }

    /// عمان is Oman and Amman alike. In a text about Jordan where Oman is
    /// named only by that word (no سلطنة، no nisba, no Muscat), it is
    /// Jordan's capital: the mentions go to Jordan as metonyms.
    fn amman_in_jordan(&mut self) {
        let Some(jordan) = self.findings.find(JORDAN_KEY) else {
            return;
        };
        let text = self.doc.text;
        // ... and so is the city named as a place of its own (أمين عمان)
        // where Oman is not named otherwise.
        for key in [OMAN_KEY, AMMAN_PLACE_KEY] {
            let Some(from) = self.findings.find(key) else {
                continue;
            };
            let oman_named = key != OMAN_KEY
                && self
                    .findings
                    .find(OMAN_KEY)
                    .is_some_and(|o| !self.findings.entities[o].mentions.is_empty());
            let only_the_word = self.findings.entities[from]
                .mentions
                .iter()
                .all(|m| phrase_key(m.span.slice(text)) == AMMAN_KEY);
            if oman_named || !only_the_word || self.findings.entities[jordan].mentions.is_empty() {
                continue;
            }
            for m in &mut self.ments {
                if m.entity == from {
                    m.form = MentionForm::Metonym;
                }
            }
            self.merge_entity(from, jordan);
            let jordan_mentions = &mut self.findings.entities[jordan].mentions;
            for m in jordan_mentions.iter_mut() {
                if phrase_key(m.span.slice(text)) == AMMAN_KEY {
                    m.form = MentionForm::Metonym;
                }
            }
        }
    }

    fn resolve_mentions(&mut self) {
        self.merge_partial_names();
        self.find_surnames();
        self.resolve_titles();
        self.merge_bracketed_acronyms();
        // The passes below merge entities but add or rename none: each
        // organisation's name is keyed once for all of them.
        let org_keys = self.org_name_keys();
        self.merge_shortened_orgs(&org_keys);
        self.merge_same_named_orgs(&org_keys);
        self.amman_in_jordan();
        // Organisation phrases recur: report them when mentioned twice.
        // A government only when it speaks: "the government" recurs in any
        // story about one being formed or criticised.
        for (e, key) in self.findings.entities.iter_mut().zip(&org_keys) {
            if e.kind == ActorKind::Organization
                && !e.reported
                && e.mentions.len() >= 2
                && !e.key.ends_with(lexicon::GOVERNMENT_SUFFIX)
            {
                e.reported = true;
            }
            // A platform is where words were posted (كتب على حسابه في منصة
            // إكس), an actor only when it speaks itself.
            if e.kind == ActorKind::Organization && SOCIAL_PLATFORMS.contains(&key.as_str()) {
                e.reported = false;
            }
        }
    }

    /// The key of a person entity's name: its words' keys, one space
    /// between each two (callers split it rather than own each word).
    fn name_key(&self, id: EntityId) -> String {
        phrase_key(&self.findings.entities[id].name)
    }

    /// A person named by part of another person's name (كيم / كيم جونغ أون)
    /// is the same person.
    fn merge_partial_names(&mut self) {
        let persons: Vec<EntityId> = (0..self.findings.entities.len())
            .filter(|&i| {
                self.findings.entities[i].kind == ActorKind::Person
                    && !self.findings.entities[i].mentions.is_empty()
            })
            .collect();
        let keys: Vec<String> = persons.iter().map(|&p| self.name_key(p)).collect();
        let names: HashMap<EntityId, Vec<&str>> = persons
            .iter()
            .zip(&keys)
            .map(|(&p, k)| (p, k.split(' ').collect()))
            .collect();
        // Persons by each word of their name, so each name is compared only
        // with the names that share its first word.
        let mut by_word: HashMap<&str, Vec<EntityId>> = HashMap::default();
        for &p in &persons {
            for &w in &names[&p] {
                let list = by_word.entry(w).or_default();
                if list.last() != Some(&p) {
                    list.push(p);
                }
            }
        }
        let mut moved: HashMap<EntityId, EntityId> = HashMap::default();
        for &a in &persons {
            let wa = &names[&a];
            let Some(first) = wa.first() else { continue };
            let target = by_word
                .get(first)
                .into_iter()
                .flatten()
                .copied()
                .find(|&b| {
                    let wb = &names[&b];
                    b != a
                        && wb.len() > wa.len()
                        && (wb.windows(wa.len()).any(|w| w == wa.as_slice())
                            || without_fathers_name(wa, wb))
                });
            if let Some(b) = target {
                if self.findings.entities[a].role.is_some()
                    && self.findings.entities[b].role.is_none()
                {
                    self.findings.entities[b].role = self.findings.entities[a].role.take();
                }
                self.findings.merge(a, b);
                moved.insert(a, b);
            }
        }
        if moved.is_empty() {
            return;
        }
        for m in &mut self.ments {
            if let Some(&b) = moved.get(&m.entity) {
                m.entity = b;
                m.form = MentionForm::Surname;
            }
        }
    }

    /// An organisation named without its last adjective (البنك المركزي
    /// after البنك المركزي المصري, وزارة الخارجية after وزارة الخارجية
    /// الإيرانية) is the one named in full, when only one fits.
    /// `org_keys`: see [`Arabic::org_name_keys`].
    fn merge_shortened_orgs(&mut self, org_keys: &[String]) {
        // Every mention's phrase key of every organisation, with its owner.
        // A mention written as the name has the name's key, made already.
        let mut full: Vec<(std::borrow::Cow<str>, EntityId)> = Vec::new();
        for (id, e) in self.findings.entities.iter().enumerate() {
            if e.kind != ActorKind::Organization {
                continue;
            }
            for m in &e.mentions {
                let text = m.span.slice(self.doc.text);
                full.push(if text == e.name {
                    (std::borrow::Cow::Borrowed(org_keys[id].as_str()), id)
                } else {
                    (std::borrow::Cow::Owned(phrase_key(text)), id)
                });
            }
            // A listed club is named with its head noun though its
            // mentions lack it (نادي النصر, mentioned as النصر السعودي).
            if CLUB_HEADS.iter().any(|h| e.name.starts_with(h)) {
                full.push((std::borrow::Cow::Borrowed(org_keys[id].as_str()), id));
            }
        }
        // The same keys looked up whole: their owner, or None when two
        // organisations share one.
        let mut by_key: HashMap<&str, Option<EntityId>> = HashMap::default();
        for (k, b) in &full {
            let slot = by_key.entry(k.as_ref()).or_insert(Some(*b));
            if *slot != Some(*b) {
                *slot = None;
            }
        }
        // The keys that are a shorter key and one more word with the
        // article, by that shorter key (its words but the last), with their
        // owners in the order of `full`: each name is looked up once rather
        // than compared with every mention (quadratic in long texts).
        let mut longer: HashMap<&str, Vec<EntityId>> = HashMap::default();
        for (k, b) in &full {
            if let Some((short, last)) = k.rsplit_once(' ') {
                if last.starts_with("ال") {
                    longer.entry(short).or_default().push(*b);
                }
            }
        }
        // The word right after an organisation's head noun, by its key (one
        // owner only; a word two bodies share is nobody's).
        let mut headed_names: HashMap<String, EntityId> = HashMap::default();
        let mut shared: Vec<String> = Vec::new();
        for (id, e) in self.findings.entities.iter().enumerate() {
            if e.kind != ActorKind::Organization {
                continue;
            }
            let key = &org_keys[id];
            let mut words = key.split(' ');
            let (Some(head), Some(word)) = (words.next(), words.next()) else {
                continue;
            };
            if !self.w.about(head).is_org_head() || word.starts_with("ال") {
                continue;
            }
            match headed_names.get(word) {
                Some(&other) if other != id => shared.push(word.to_string()),
                _ => {
                    headed_names.insert(word.to_string(), id);
                }
            }
        }
        for word in shared {
            headed_names.remove(&word);
        }
        let mut moved: HashMap<EntityId, EntityId> = HashMap::default();
        // The name with a club's head noun, written in one reused buffer.
        let mut headed = String::new();
        for (a, e) in self.findings.entities.iter().enumerate() {
            if e.kind != ActorKind::Organization || !e.key.starts_with("org:") {
                continue;
            }
            let short = &org_keys[a];
            // A club named without its head noun (الأهلي for النادي
            // الأهلي) is the club.
            let club = CLUB_HEADS
                .iter()
                .find_map(|head| {
                    headed.clear();
                    headed.push_str(head);
                    headed.push(' ');
                    headed.push_str(short);
                    by_key.get(headed.as_str()).copied().flatten()
                })
                .filter(|&b| b != a);
            if let Some(b) = club {
                moved.insert(a, b);
                continue;
            }
            if !short.contains(' ') {
                // A body's own name without its head noun and adjectives
                // (سوناطراك for شركة سوناطراك الجزائرية للمحروقات).
                if let Some(&b) = headed_names.get(short.as_str()).filter(|&&b| b != a) {
                    moved.insert(a, b);
                }
                continue;
            }
            let mut owners = longer
                .get(short.as_str())
                .into_iter()
                .flatten()
                .copied()
                .filter(|&b| b != a);
            let Some(b) = owners.next() else {
                continue;
            };
            if owners.all(|o| o == b) {
                moved.insert(a, b);
            }
        }
        if moved.is_empty() {
            return;
        }
        // Follow chains (a shortened name of a shortened name) to the end.
        let last = |mut id: EntityId| {
            for _ in 0..moved.len() {
                match moved.get(&id) {
                    Some(&next) => id = next,
                    None => break,
                }
            }
            id
        };
        let mut from: Vec<EntityId> = moved.keys().copied().collect();
        crate::sort::sort_unstable(&mut from);
        for a in from {
            self.findings.merge(a, last(a));
        }
        for m in &mut self.ments {
            m.entity = last(m.entity);
        }
    }

    /// An acronym in brackets right after an organisation's or a group's
    /// mention (القيادة المركزية الأمريكية (سنتكوم)) is another name of it:
    /// the actor found there is merged into it, and an unknown word there
    /// becomes its mention.
    fn merge_bracketed_acronyms(&mut self) {
        let doc = self.doc;
        let is_body = |id: EntityId, f: &Findings| {
            matches!(
                f.entities[id].kind,
                ActorKind::Organization | ActorKind::Group
            )
        };
        let mut merges: Vec<(EntityId, EntityId)> = Vec::new();
        let mut added: Vec<(usize, EntityId)> = Vec::new();
        for m in &self.ments {
            let open = m.tokens.end;
            let close = open + 2;
            if close >= self.range.end
                || !is_body(m.entity, self.findings)
                || !doc.tokens[open].is_punct(doc.text, '(')
                || !self.is_word(open + 1)
                || !doc.tokens[close].is_punct(doc.text, ')')
            {
                continue;
            }
            let inside = self
                .ments
                .iter()
                .find(|n| n.tokens.start == open + 1 && n.tokens.end == close);
            match inside {
                Some(n) if n.entity != m.entity && is_body(n.entity, self.findings) => {
                    merges.push((n.entity, m.entity));
                }
                None if self.is_proper_word(open + 1)
                    && !self.is_stop(open + 1)
                    && self.lex_at(open + 1).is_none() =>
                {
                    added.push((open + 1, m.entity));
                }
                _ => {}
            }
        }
        for (k, id) in added {
            let span = self.doc.tokens[k].span;
            if self.add(k..k + 1, span, id, MentionForm::Name, true) {
                // The acronym used again alone was taken for someone's name
                // (وقال كابماس إن ...): it is the organisation's.
                let acronym = phrase_key(span.slice(self.doc.text));
                for (other, e) in self.findings.entities.iter().enumerate() {
                    if other != id
                        && !e.mentions.is_empty()
                        && e.mentions
                            .iter()
                            .all(|m| phrase_key(m.span.slice(self.doc.text)) == acronym)
                    {
                        merges.push((other, id));
                    }
                }
            }
        }
        for (from, to) in merges {
            // Not when the bracketed actor is also named elsewhere as
            // something else (merged already, or the same entity).
            if self.findings.entities[from].mentions.is_empty() {
                continue;
            }
            self.merge_entity(from, to);
        }
    }

    /// True when entity `e` has a mention after the headline.
    fn named_in_body(&self, e: &Entity) -> bool {
        e.mentions.iter().any(|m| m.span.end > self.body_start)
    }

    /// Mentions of a person by one or two words of their full name.
    fn find_surnames(&mut self) {
        let mut parts: HashMap<String, Option<EntityId>> = HashMap::default();
        // A person named only in the headline (ماكرون يستقبل زيلينسكي: the
        // verb read as a first name) shares no surname with the body's.
        for id in 0..self.findings.entities.len() {
            let e = &self.findings.entities[id];
            if e.kind != ActorKind::Person || !self.named_in_body(e) {
                continue;
            }
            let key = self.name_key(id);
            let ws: Vec<&str> = key.split(' ').collect();
            if ws.len() < 2 {
                continue;
            }
            let mut add = |k: String| {
                let slot = parts.entry(k).or_insert(Some(id));
                if *slot != Some(id) {
                    *slot = None; // shared by two people: ambiguous
                }
            };
            for (n, w) in ws.iter().enumerate() {
                // The word after a connector is half of a compound (محمد عبد
                // السلام، محمد بن سلمان): alone it is a common word or
                // someone else (السلام، سلمان); the pair below stays.
                let compound = n > 0 && is_connector(ws[n - 1]);
                if w.chars().count() >= MIN_SURNAME_LETTERS
                    && !self.w.is_stop(w)
                    && !is_connector(w)
                    && !compound
                {
                    add(w.to_string());
                }
            }
            for pair in ws.windows(2) {
                add(pair.join(" "));
            }
        }
        if parts.is_empty() {
            return;
        }
        // The longest part is the longest pair: a lookup key too long for
        // any part is not looked up, and the pair is built in one buffer.
        let longest = parts.keys().map(String::len).max().unwrap_or(0);
        let mut pair = String::with_capacity(longest);
        // The first words of all parts: a reading that is none of them
        // starts no part (unless it has a space itself), so most words cost
        // one lookup.
        let heads: HashSet<&str> = parts
            .keys()
            .map(|k| k.split(' ').next().unwrap_or(k))
            .collect();
        // Their signature bits: a reading whose bit is clear is no head,
        // told without hashing it (most readings are none).
        let head_bits = heads.iter().fold(0, |m, h| m | signature_bit(h));
        // The first mention of each token alone, by token: what
        // `standalone_nisba` and `peeled_guess` look at, found without a
        // scan of all mentions per word (quadratic in long texts). Kept up
        // to date as mentions are added below.
        // One slot per token of the run (a map would add a kilobyte to the
        // browser build).
        let base = self.range.start;
        let mut alone_at = vec![NO_MENTION; self.range.len()];
        let note = |alone_at: &mut [u32], start: usize, pos: usize| {
            if let Some(slot) = start.checked_sub(base).and_then(|k| alone_at.get_mut(k)) {
                if *slot == NO_MENTION {
                    *slot = pos as u32;
                }
            }
        };
        for (pos, m) in self.ments.iter().enumerate() {
            if m.tokens.len() == 1 {
                note(&mut alone_at, m.tokens.start, pos);
            }
        }
        let mut i = self.range.start;
        while i < self.range.end {
            if !self.is_word(i) {
                i += 1;
                continue;
            }
            let mut found = None;
            // A key that is the word as written has no space, nor have its
            // readings: only a normalised key (presentation forms) may.
            let spaced = !self.doc.tokens[i].key_is_word;
            for r in self.readings(i) {
                if r.peeled > 0
                    && !matches!(
                        self.key(i).chars().next(),
                        Some('و' | 'ف' | 'ل' | 'ب' | 'ك')
                    )
                {
                    continue;
                }
                let may_start = (head_bits & signature_bit(&r.key) != 0
                    && heads.contains(r.key.as_ref()))
                    || (spaced && r.key.contains(' '));
                if !may_start {
                    continue;
                }
                if self.is_word(i + 1) && r.key.len() + 1 + self.key(i + 1).len() <= longest {
                    pair.clear();
                    pair.push_str(&r.key);
                    pair.push(' ');
                    pair.push_str(self.key(i + 1));
                    if let Some(Some(id)) = parts.get(pair.as_str()) {
                        found = Some((*id, i..i + 2, r.offset, r.peeled));
                        break;
                    }
                }
                if let Some(Some(id)) = parts.get(r.key.as_ref()) {
                    found = Some((*id, i..i + 1, r.offset, r.peeled));
                    break;
                }
            }
            // A word already in a mention is skipped (checked after the
            // lookups, which are cheaper and rarely find anything).
            let free = || self.findings.mention_at(self.doc.tokens[i].span).is_none();
            if let Some((id, tokens, offset, _)) = found.clone().filter(|_| !free()) {
                let alone = tokens.len() == 1;
                let at = alone_at
                    .get(i - base)
                    .filter(|&&pos| alone && pos != NO_MENTION)
                    .map(|&pos| pos as usize);
                if let Some(pos) = at.and_then(|pos| self.standalone_nisba(i, pos)) {
                    let span = self.span(tokens, offset);
                    if self.findings.reassign(span, id, MentionForm::Surname) {
                        // No longer an adjective: a subject unless governed.
                        let oblique = self.oblique_at(i, 0);
                        let m = &mut self.ments[pos];
                        m.entity = id;
                        m.form = MentionForm::Surname;
                        m.oblique = oblique;
                    }
                    i += 1;
                    continue;
                }
                if let Some(pos) = at.and_then(|pos| self.peeled_guess(i, id, pos)) {
                    let old = self.findings.entities[self.ments[pos].entity].mentions[0].span;
                    let span = self.span(tokens, offset);
                    if self.findings.replace(old, span, id, MentionForm::Surname) {
                        let m = &mut self.ments[pos];
                        m.entity = id;
                        m.form = MentionForm::Surname;
                        m.oblique = false;
                    }
                    i += 1;
                    continue;
                }
            }
            // A given name alone inside a title is a word of the title
            // (المتحدث باسم الحكومة باسم العوادي: the first باسم is "on
            // behalf of"); a family name there is the person (محامي
            // المهداوي). The index is built later; the ranges are in text
            // order.
            let given_name_in_title = |id: EntityId, tokens: &Range<usize>| {
                let n = self.title_ranges.partition_point(|r| r.start <= i);
                tokens.len() == 1
                    && n > 0
                    && self.title_ranges[n - 1].contains(&i)
                    && self
                        .name_key(id)
                        .split(' ')
                        .next()
                        .is_some_and(|w| w == self.key(i))
            };
            match found.filter(|(id, tokens, _, _)| free() && !given_name_in_title(*id, tokens)) {
                Some((id, tokens, offset, peeled)) => {
                    let span = self.span(tokens.clone(), offset);
                    let oblique = self.oblique_at(i, peeled);
                    let end = tokens.end;
                    let start = tokens.start;
                    let one = tokens.len() == 1;
                    if self.add(tokens, span, id, MentionForm::Surname, oblique) && one {
                        note(&mut alone_at, start, self.ments.len() - 1);
                    }
                    i = end;
                }
                None => i += 1,
            }
        }
    }

    /// The person named right before the comma before token `i` (a
    /// title in apposition: X، رئيس ...).
    fn apposed_person(&self, i: usize) -> Option<EntityId> {
        let comma = i.checked_sub(1)?;
        if comma <= self.range.start || !self.doc.tokens[comma].is_comma(self.doc.text) {
            return None;
        }
        let m = self.ments.iter().rev().find(|m| m.tokens.end == comma)?;
        let person = self.findings.entities[m.entity].kind == ActorKind::Person;
        (person && matches!(m.form, MentionForm::Name | MentionForm::Surname)).then_some(m.entity)
    }

    /// The position in `ments` of the mention of token `i` alone when it
    /// is the only mention of a person of its own, read with a proclitic
    /// peeled (وأكد بزشكيان: ب + زشكيان) while the whole word is a part of
    /// the name of person `id`: the guess gives way to the known name.
    /// `pos` is the first mention of token `i` alone.
    fn peeled_guess(&self, i: usize, id: EntityId, pos: usize) -> Option<usize> {
        let other = &self.findings.entities[self.ments[pos].entity];
        let guess = self.ments[pos].entity != id
            && other.kind == ActorKind::Person
            && other.role.is_none()
            && other.mentions.len() == 1
            && other.mentions[0].span.start > self.doc.tokens[i].span.start;
        guess.then_some(pos)
    }

    /// The position in `ments` of the mention of token `i` alone when it
    /// is a nisba with the article that modifies no noun: it follows a
    /// verb, a particle or punctuation (وأضاف السوداني), so it names
    /// someone (a family name), not a country.
    /// `pos` is the first mention of token `i` alone.
    fn standalone_nisba(&self, i: usize, pos: usize) -> Option<usize> {
        let key = self.key(i);
        let definite = key.starts_with("ال") || key.starts_with("وال");
        if self.ments[pos].form != MentionForm::Nisba || !definite {
            return None;
        }
        // ... or the sentence's first word, its verb (ورحب السوداني بالنتائج).
        let after_opening_verb = i > self.range.start
            && self.doc.sentence_range(i - 1).start.max(self.range.start) == i - 1
            && self.title_gender(i - 1).is_none()
            && !self.tw(i - 1).is_org_head();
        let free_standing = i == self.range.start
            || !self.is_word(i - 1)
            || self.tw(i - 1).cue().is_some()
            || self.tw(i - 1).complementiser().is_some()
            || self.is_stop(i - 1)
            || after_opening_verb;
        free_standing.then_some(pos)
    }

    /// A role key without a leading و (والوزير), unless the و is the
    /// title's own first letter (وزير، وكيل).
    fn without_conjunction<'k>(&self, role_key: &'k str) -> &'k str {
        let first = role_key.split(' ').next().unwrap_or("");
        if self.w.about(first).title().is_some() {
            return role_key;
        }
        role_key.strip_prefix('و').unwrap_or(role_key)
    }

    /// A title alone (وزير الخارجية الروسي) refers to the person who holds
    /// it in this text; otherwise it stands for an unnamed person, reported
    /// only if they speak.
    fn resolve_titles(&mut self) {
        let mut titles = std::mem::take(&mut self.titles_alone);
        if titles.is_empty() {
            return;
        }
        // In apposition after a name (عبد الحميد الدبيبة، رئيس حكومة الوحدة
        // الوطنية، ...): the title is that person's role, known before the
        // other titles look for their holders.
        // ... or named right after it between commas, with a title of
        // their own (أعلن محامي الدفاع، المحامي حسين السعدي، أنه ...): the
        // fuller title is their role.
        let persons_at: HashMap<usize, EntityId> = self
            .ments
            .iter()
            .filter(|m| {
                m.form == MentionForm::Name
                    && self.findings.entities[m.entity].kind == ActorKind::Person
                    && self.comma_at(m.tokens.end)
            })
            .map(|m| (m.tokens.start, m.entity))
            .collect();
        let title_end_at: HashMap<usize, usize> =
            self.title_ranges.iter().map(|r| (r.start, r.end)).collect();
        titles.retain(|t| {
            // A title described "as" something is the verb's object, not in
            // apposition (ووصفت زوجته، المحامية نعمة هشام، الحكم بأنه صادم).
            let described = self.is_word(t.end) && self.key(t.end).starts_with("بان");
            let after = self
                .apposed_person(t.tokens.start)
                .filter(|_| !described)
                .map(|id| (id, false))
                .or_else(|| {
                    let comma = self.doc.tokens.get(t.end)?;
                    if !comma.is_comma(self.doc.text) {
                        return None;
                    }
                    // ... or a nationality alone (مدرب المنتخب، الإسباني
                    // خوان كارلوس باستور،), of two words too (الجنوب
                    // أفريقي), taken like a title word.
                    let title_word =
                        self.is_word(t.end + 1) && self.title_gender(t.end + 1).is_some();
                    let nationality_end = self.definite_nationality_end(t.end + 1);
                    // The whole of that title (الناقدة المصرية شيرين أبو النجا).
                    let start = title_end_at
                        .get(&(t.end + 1))
                        .filter(|_| title_word)
                        .map_or(
                            nationality_end.unwrap_or(t.end + 1 + usize::from(title_word)),
                            |&end| end,
                        );
                    persons_at.get(&start).map(|&id| (id, true))
                });
            let Some((id, named_after)) = after else {
                return true;
            };
            let e = &mut self.findings.entities[id];
            // The fuller title is the role: the office (رئيسة لجنة التحكيم)
            // over the trade with its nationality (الناقدة المصرية).
            let words = |r: &str| r.split(' ').count();
            let shorter_role = e
                .role
                .as_deref()
                .is_some_and(|r| words(r) <= words(&t.full_name));
            // An honorific alone (الدكتور) is no office: the title replaces it.
            let honorific_role = e
                .role
                .as_deref()
                .is_some_and(|r| PERSONAL_HONORIFICS.contains(&phrase_key(r).as_str()));
            if e.role.is_none() || honorific_role || named_after && shorter_role {
                e.role = Some(t.full_name.clone());
                if e.country.is_none() {
                    e.country = t.country.clone();
                }
            }
            let oblique = self.oblique_at(t.tokens.start, t.peeled);
            self.add(t.tokens.clone(), t.span, id, MentionForm::Title, oblique);
            false
        });
        // Named persons with what a title is compared on, indexed by role,
        // country and role head, so each title looks at few candidates.
        struct Holder {
            id: EntityId,
            role_key: String,
            role_head: String,
            country: Option<String>,
            starts: Vec<usize>,
            /// Royal honorifics before the name, without the article.
            honorifics: Vec<&'static str>,
        }
        // A royal honorific before a titled holder's name (وزير الطاقة
        // الأمير عبد العزيز بن سلمان) is how a later title alone names him
        // (وأكد الأمير أن).
        let mut honorifics: HashMap<EntityId, Vec<&'static str>> = HashMap::default();
        for m in &self.ments {
            let Some(before) = m.tokens.start.checked_sub(1) else {
                continue;
            };
            if m.form != MentionForm::Name || before < self.range.start || !self.is_word(before) {
                continue;
            }
            if let Some(&h) = ROYAL_HONORIFICS.iter().find(|&&h| h == self.key(before)) {
                let list = honorifics.entry(m.entity).or_default();
                if !list.contains(&strip_article(h)) {
                    list.push(strip_article(h));
                }
            }
        }
        let mut holders: Vec<Holder> = Vec::new();
        // Nobody named only in the headline holds a title of the body.
        for (id, e) in self.findings.entities.iter().enumerate() {
            if e.kind != ActorKind::Person || e.key.starts_with("title:") || !self.named_in_body(e)
            {
                continue;
            }
            let role_key = e.role.as_deref().map(phrase_key).unwrap_or_default();
            let role_key = self.without_conjunction(&role_key).to_string();
            let role_head = ROLE_HEAD_SYNONYMS
                .iter()
                .find(|(role, _)| {
                    role_key
                        .strip_prefix(role)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                })
                .map_or_else(
                    || strip_article(role_key.split(' ').next().unwrap_or("")),
                    |(_, head)| head,
                )
                .to_string();
            let mut starts: Vec<usize> = e.mentions.iter().map(|m| m.span.start).collect();
            crate::sort::sort_unstable(&mut starts);
            holders.push(Holder {
                id,
                role_key,
                role_head,
                country: e.country.clone(),
                starts,
                honorifics: honorifics.remove(&id).unwrap_or_default(),
            });
        }
        // Where officials are mentioned, for a generic title (see below):
        // the named ones, and the ones the titles read so far refer to.
        let mut named_officials: Vec<(usize, EntityId)> = holders
            .iter()
            .filter(|h| !h.role_key.is_empty())
            .flat_map(|h| h.starts.iter().map(move |&s| (s, h.id)))
            .collect();
        crate::sort::sort_unstable(&mut named_officials);
        let mut officials_by_title: Vec<(usize, EntityId)> = Vec::new();
        let mut by_role: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_country: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut by_head: HashMap<&str, Vec<usize>> = HashMap::default();
        for (k, h) in holders.iter().enumerate() {
            for &honorific in &h.honorifics {
                if honorific != h.role_head {
                    by_head.entry(honorific).or_default().push(k);
                }
            }
            if !h.role_key.is_empty() {
                by_role.entry(h.role_key.as_str()).or_default().push(k);
                by_head.entry(h.role_head.as_str()).or_default().push(k);
            }
            if let Some(c) = &h.country {
                by_country.entry(c.as_str()).or_default().push(k);
            }
        }
        for t in titles {
            let tk = self.without_conjunction(&t.role_key).to_string();
            let head = strip_article(&t.head_key).to_string();
            let generic = keys().generic.contains(&head);
            let mut candidates: Vec<usize> = Vec::new();
            let lists = if t.indefinite {
                [None, None, None]
            } else if t.of_unit {
                [by_role.get(tk.as_str()), None, None]
            } else {
                [
                    by_role.get(tk.as_str()),
                    t.country.as_deref().and_then(|c| by_country.get(c)),
                    by_head.get(head.as_str()),
                ]
            };
            for list in lists.into_iter().flatten() {
                candidates.extend(list.iter().rev().take(MAX_TITLE_CANDIDATES));
            }
            // A woman may hold an office by its masculine name (وزير المالية
            // نورة الفصام); the feminine title alone (الوزيرة) is hers.
            let masculine = head
                .strip_suffix('ه')
                .filter(|m| !t.indefinite && m.chars().count() >= MIN_TITLE_STEM_LETTERS);
            if let Some(list) = masculine.and_then(|m| by_head.get(m)) {
                candidates.extend(list.iter().rev().take(MAX_TITLE_CANDIDATES).filter(|&&k| {
                    let e = &self.findings.entities[holders[k].id];
                    e.gender == Gender::Feminine
                        || e.name.split(' ').next().is_some_and(ends_in_ta_marbuta)
                }));
            }
            // اللاعب is any player named by their position (المهاجم).
            if !t.indefinite && head == PLAYER_HEAD {
                for position in PLAYER_POSITIONS {
                    if let Some(list) = by_head.get(position) {
                        candidates.extend(list.iter().rev().take(MAX_TITLE_CANDIDATES));
                    }
                }
            }
            let same_kind = |holder: &str| {
                holder == head
                    || masculine == Some(holder)
                    || head == PLAYER_HEAD && PLAYER_POSITIONS.contains(&holder)
            };
            // Score each candidate: the same role beats the same country,
            // which beats the same kind of title; the latest mention wins ties.
            let mut best: Option<(u8, usize, EntityId)> = None;
            for k in candidates {
                let h = &holders[k];
                let n = h.starts.partition_point(|&s| s < t.span.start);
                let same = h.role_key == tk;
                let Some(&last_before) = n.checked_sub(1).map(|i| &h.starts[i]) else {
                    // Not yet named: only an exact role may point forward, or
                    // one that says less of the same office (المدير التنفيذي
                    // لسلسلة مقاهي ستاربكس ... كيفن جونسون، المدير التنفيذي
                    // لستاربكس).
                    if same && best.is_none_or(|b| b.0 < 3) {
                        best = Some((3, 0, h.id));
                    } else if best.is_none() && !t.indefinite && role_within(&h.role_key, &tk) {
                        best = Some((1, 0, h.id));
                    }
                    continue;
                };
                // وزير المالية after وزير المالية المصري: the role shortened.
                let shortened = h
                    .role_key
                    .strip_prefix(tk.as_str())
                    .is_some_and(|rest| rest.starts_with(' '));
                let same_country = t.country.is_some()
                    && h.country == t.country
                    && (generic || h.role_head == head);
                // أمير المنطقة after أمير منطقة الرياض, رئيس النادي after
                // رئيس نادي الهلال: the office's body named again by its
                // noun with the article.
                let body_again = t.tokens.len() == 2 && {
                    let mut title_words = tk.split(' ');
                    let mut role_words = h.role_key.split(' ');
                    title_words.next() == role_words.next()
                        && title_words
                            .next()
                            .and_then(|w| w.strip_prefix("ال"))
                            .is_some_and(|w| role_words.next() == Some(w))
                        && title_words.next().is_none()
                        && role_words.next().is_some()
                };
                // المبعوث الأممي after المبعوث الخاص ... للأمم المتحدة: the
                // UN's adjective names an office held at the UN.
                let un_office = t.tokens.len() == 2
                    && h.role_head == head
                    && tk
                        .split(' ')
                        .nth(1)
                        .is_some_and(|w| UN_ADJECTIVES.contains(&w))
                    && UN_ADJECTIVES
                        .iter()
                        .chain([&"امم المتحده"])
                        .any(|w| h.role_key.contains(w));
                // أمير القصيم after أمير منطقة القصيم: the region's noun
                // dropped.
                let region_dropped = h.role_key.split(' ').count() == t.tokens.len() + 1
                    && h.role_key
                        .split(' ')
                        .filter(|w| !REGION_NOUNS.contains(w))
                        .eq(tk.split(' '));
                let score = if same {
                    3
                } else if shortened || same_country || body_again || un_office || region_dropped {
                    2
                } else if t.country.is_none()
                    && t.tokens.len() == 1
                    && (same_kind(&h.role_head) || h.honorifics.contains(&head.as_str()))
                    && !head.is_empty()
                {
                    1
                } else if t.country.is_some()
                    && h.country.is_none()
                    && t.tokens.len() == 1
                    && h.role_head == head
                    && keys().profession.contains(&head)
                {
                    // المدرب السويسري after the coach named without his
                    // nationality.
                    1
                } else {
                    0
                };
                if score > 0 && best.is_none_or(|b| (score, last_before) > (b.0, b.1)) {
                    best = Some((score, last_before, h.id));
                }
            }
            // A generic title with the article and at most one adjective,
            // as a cue's subject (وأوضح المسؤول الأممي), is the official just
            // named, named or not: a new one comes without the article (مسؤول
            // أمريكي). Elsewhere it may be an adjective (الحل الدبلوماسي).
            let subject = t.tokens.start > self.range.start
                && self.is_word(t.tokens.start - 1)
                && self.tw(t.tokens.start - 1).cue().is_some();
            if best.is_none()
                && generic
                && subject
                && !t.indefinite
                && t.full_name.split(' ').count() <= MAX_GENERIC_ANAPHOR_WORDS
            {
                best = [&named_officials, &officials_by_title]
                    .into_iter()
                    .filter_map(|list| {
                        last_official_before(
                            list,
                            &self.findings.entities,
                            t.span.start,
                            t.country.as_deref(),
                            t.gender,
                        )
                    })
                    .max()
                    .map(|(_, id)| (1, 0, id));
            }
            // The whole title counts, not just its own mention (مدير
            // مستشفى ...: the mention stops before the organisation).
            let specific = t.tokens.len() > 1
                || t.country.is_some()
                || t.full_name.split_whitespace().nth(1).is_some();
            let id = match best {
                Some((_, _, id)) => {
                    // The title tells the holder's nationality (المدرب السويسري).
                    let e = &mut self.findings.entities[id];
                    if e.country.is_none() {
                        e.country = t.country.clone();
                    }
                    id
                }
                None if specific => {
                    let name = t.full_name.clone();
                    let key = format!("title:{}", t.role_key);
                    let country = t.country.clone();
                    let gender = t.gender;
                    let role = name.clone();
                    self.findings.entity(&key, || {
                        let mut x = entity(ActorKind::Person, &name);
                        x.role = Some(role);
                        x.country = country;
                        x.gender = gender;
                        x.reported = false;
                        x
                    })
                }
                None => continue,
            };
            let oblique = self.oblique_at(t.tokens.start, t.peeled);
            self.add(t.tokens.clone(), t.span, id, MentionForm::Title, oblique);
            officials_by_title.push((t.span.start, id));
        }
    }
}

/// The latest official in `officials` (mention starts with their
/// entities, in order) mentioned before `start`, with a role, of
/// `country` when given and of a gender that agrees; looks at a bounded
/// number of mentions.
fn last_official_before(
    officials: &[(usize, EntityId)],
    entities: &[Entity],
    start: usize,
    country: Option<&str>,
    gender: Gender,
) -> Option<(usize, EntityId)> {
    let before = officials.partition_point(|&(s, _)| s < start);
    officials[..before]
        .iter()
        .rev()
        .take(MAX_TITLE_CANDIDATES)
        .find(|&&(_, id)| {
            let e = &entities[id];
            let agrees =
                gender == Gender::Unknown || e.gender == Gender::Unknown || e.gender == gender;
            e.kind == ActorKind::Person
                && e.role.is_some()
                && agrees
                && country.is_none_or(|c| e.country.as_deref() == Some(c))
        })
        .copied()
}

#[cfg(test)]
mod tests {
    use crate::{analyze, Analysis, QuoteKind};

    /// One expected quote: its kind, the start of its text, and its speaker's name.
    type Want = (QuoteKind, &'static str, Option<&'static str>);

    struct Case {
        name: &'static str,
        text: &'static str,
        want: &'static [Want],
    }

    fn quotes(a: &Analysis) -> Vec<(QuoteKind, String, Option<String>)> {
        a.quotes
            .iter()
            .map(|q| {
                (
                    q.kind,
                    q.text.clone(),
                    a.speaker_of(q).map(|s| s.name.clone()),
                )
            })
            .collect()
    }

    use QuoteKind::{Direct as D, Indirect as I};

    /// The words a quote is attributed with: a statement issued by a body
    /// (بيان صادر عن ...) is attributed with the body's name.
    #[test]
    fn speaker_text_of_an_issued_statement() {
        let a = analyze("وبحسب بيان صادر عن وزارة الداخلية فإن الشرطة اعتقلت 5 أشخاص.")
            .expect("an analysis");
        let q = a.quotes.first().expect("a quote");
        assert_eq!(q.speaker_text.as_deref(), Some("وزارة الداخلية"));
        assert_eq!(
            a.speaker_of(q).map(|s| s.name.as_str()),
            Some("وزارة الداخلية")
        );
    }

    #[test]
    fn quotes_and_speakers() {
        let cases = [
            Case {
                name: "a nominal cue with no subject takes no content from where the subject scan ran out of its window (لتدريب 300 مهندس في مجالات ...)",
                text: "وكانت الشركة قد أعلنت الشهر الماضي عن شراكة مع جامعة الملك فهد للبترول والمعادن لتدريب 300 مهندس في مجالات الأمن السيبراني والذكاء الاصطناعي.",
                want: &[],
            },
            Case {
                name: "an agent noun's plural no list has (مختصون) is a group, as محللون is",
                text: "وقال محللون إن الطلب سيتحسن. وقال مختصون إن السوق تحتاج إلى تنظيم.",
                want: &[
                    (I, "الطلب سيتحسن", Some("محللون")),
                    (I, "السوق تحتاج إلى تنظيم", Some("مختصون")),
                ],
            },
            Case {
                name: "a collective source before what it is expert in (مختصون في ...), and one of another shape (نقاد), is the group, not the last speaker",
                text: "وقال الوزير خالد العمر إن الخطة جاهزة. ويرى مختصون في الشأن المالي أن الخطة طموحة. ويرى نقاد أن الجائزة مهمة.",
                want: &[
                    (I, "الخطة جاهزة", Some("خالد العمر")),
                    (I, "الخطة طموحة", Some("مختصون")),
                    (I, "الجائزة مهمة", Some("نقاد")),
                ],
            },
            Case {
                name: "a joint statement speaks for its first subject; a definite dual of a head (الشركتان) for the first body of the pair",
                text: "قال الاتحاد السعودي لكرة القدم والاتحاد الآسيوي لكرة القدم في بيان مشترك إن البطولة ستقام في موعدها. ووقعت شركة أرامكو السعودية وشركة توتال الفرنسية اتفاقية. وقالت الشركتان في بيانهما المشترك إن الصفقة ستكتمل قبل نهاية العام.",
                want: &[
                    (I, "البطولة ستقام في موعدها", Some("الاتحاد السعودي لكرة القدم")),
                    (I, "الصفقة ستكتمل قبل نهاية العام", Some("أرامكو")),
                ],
            },
            Case {
                name: "إن inside a listed bank's letters (آي إن جي) is no complementiser",
                text: "وقالت مجموعة آي إن جي الهولندية في مذكرة إن التضخم سيتراجع.",
                want: &[(I, "التضخم سيتراجع", Some("آي إن جي"))],
            },
            Case {
                name: "بيّن written بين governs its subject, who is then the subject of a coordinated وقال",
                text: "وأكد أمير المنطقة الأمير فيصل بن مشعل أن القيادة حريصة. من جانبه، بيّن أمين المنطقة المهندس محمد المجلي أن الأمانة ستنجز المشروعات، وقال: \"نعمل على مدار الساعة\".",
                want: &[
                    (I, "القيادة حريصة", Some("فيصل بن مشعل")),
                    (I, "الأمانة ستنجز المشروعات", Some("محمد المجلي")),
                    (D, "نعمل على مدار الساعة", Some("محمد المجلي")),
                ],
            },
            Case {
                name: "a cue written as a passive (وذُكر أن) has no speaker",
                text: "وقال وزير الطاقة خالد الفالح إن الإنتاج مستقر. وذُكر أن الوزارة خصصت ثلاثة مليارات ريال.",
                want: &[
                    (I, "الإنتاج مستقر", Some("خالد الفالح")),
                    (I, "الوزارة خصصت ثلاثة مليارات ريال", None),
                ],
            },
            Case {
                name: "a title with where its holder serves (في ...) before the holder between commas, an honorific allowed",
                text: "وقالت كبيرة الاقتصاديين في بنك أبوظبي الأول، منى الهاشمي، إن الأسواق متقلبة. وقالت الباحثة الرئيسية في الدراسة، الدكتورة هند بنت فهد العتيبي، إن النتائج مشجعة.",
                want: &[
                    (I, "الأسواق متقلبة", Some("منى الهاشمي")),
                    (I, "النتائج مشجعة", Some("هند بنت فهد العتيبي")),
                ],
            },
            Case {
                name: "a family name that is also a word (الشهري, monthly) ends before whom it was said to: a listed outlet or a lone لـ",
                text: "وقال المتحدث الرسمي للشركة عبدالله الشهري لـ\"الرياض\" إن الشركة تعمل. وقال مدير التعليم سعد الشهري لعكاظ إن الدراسة تبدأ الأحد.",
                want: &[
                    (I, "الشركة تعمل", Some("عبدالله الشهري")),
                    (I, "الدراسة تبدأ الأحد", Some("سعد الشهري")),
                ],
            },
            Case {
                name: "a nominal cue's object follows an unnamed holder's whole title, its organisation included",
                text: "ونفى المتحدث باسم الجيش الإسرائيلي استهداف المدنيين.",
                want: &[(
                    I,
                    "استهداف المدنيين",
                    Some("المتحدث باسم الجيش الإسرائيلي"),
                )],
            },
            Case {
                name: "a named source's qualifier before its comma and فإن is not what it says",
                text: "وبحسب وزارة الصحة في غزة، فإن عدد القتلى تجاوز 40 ألفا.",
                want: &[(I, "عدد القتلى تجاوز 40 ألفا", Some("وزارة الصحة"))],
            },
            Case {
                name: "where a holder serves, ب and an area with a place no list knows or a holy city's epithet, then a rank or honorific and the name",
                text: "وقال المتحدث الرسمي للدفاع المدني بمنطقة تبوك العقيد سعيد سرحان إن الحريق محدود. وقال مدير الشؤون الصحية بمنطقة المدينة المنورة الدكتور عبدالله الطائفي إن الحالة مستقرة. وقال المتحدث الأمني بشرطة منطقة مكة المكرمة العقيد عاطي القرشي إن الجاني اعتقل. وقال المتحدث الرسمي للدفاع المدني بمنطقة الرياض العقيد محمد الحمادي إن الأمطار توقفت.",
                want: &[
                    (I, "الحريق محدود", Some("سعيد سرحان")),
                    (I, "الحالة مستقرة", Some("عبدالله الطائفي")),
                    (I, "الجاني اعتقل", Some("عاطي القرشي")),
                    (I, "الأمطار توقفت", Some("محمد الحمادي")),
                ],
            },
            Case {
                name: "الهلال without الأحمر after a rank and a given name is a family name, no body's head",
                text: "وقال اللواء سعود الهلال إن الجاني اعتقل.",
                want: &[(I, "الجاني اعتقل", Some("سعود الهلال"))],
            },
            Case {
                name: "after بن a title word (مساعد, assistant) is a name",
                text: "وقال رئيس الهيئة العامة للرياضة الأمير عبدالله بن مساعد إن الملاعب جاهزة.",
                want: &[(I, "الملاعب جاهزة", Some("عبدالله بن مساعد"))],
            },
            Case {
                name: "a listed company's name in quote marks after its long name is a label, not what it announced; a second office coordinated with the first may have an honorific before the holder's name",
                text: "أعلنت شركة الزيت العربية السعودية «أرامكو السعودية» أمس عن ارتفاع صافي أرباحها. وقال رئيس أرامكو السعودية وكبير إدارييها التنفيذيين المهندس أمين الناصر إن النتائج جيدة.",
                want: &[
                    (I, "ارتفاع صافي أرباحها", Some("أرامكو")),
                    (I, "النتائج جيدة", Some("أمين الناصر")),
                ],
            },
            Case {
                name: "a phrase with ب no list knows between a title and an honorific is where the holder serves",
                text: "وأوضحت مديرة إدارة مكافحة العدوى بصحة جدة الدكتورة هند العتيبي أن جميع الحالات تخضع للعزل.",
                want: &[(I, "جميع الحالات تخضع للعزل", Some("هند العتيبي"))],
            },
            Case {
                name: "a rank's الركن is the title's; a relay verb with its pronoun after a statement noun (في بيان نقلته ...) is no cue of its own",
                text: "وقال المتحدث باسم قوات التحالف العقيد الركن تركي المالكي في بيان نقلته وكالة الأنباء السعودية إن \"الدفاعات الجوية تمكنت من اعتراض الصاروخ\".",
                want: &[(D, "الدفاعات الجوية تمكنت من اعتراض الصاروخ", Some("تركي المالكي"))],
            },
            Case {
                name: "a style of address (معالي، سعادة) between the cue and the name keeps the name in subject position",
                text: "وقال معالي محمد حسن السويدي وزير الاستثمار، إن الاتفاقية مهمة. وأكد سعادة خالد المري أن الميناء جاهز.",
                want: &[
                    (I, "الاتفاقية مهمة", Some("محمد حسن السويدي")),
                    (I, "الميناء جاهز", Some("خالد المري")),
                ],
            },
            Case {
                name: "the subject's other name after a dash is passed over before a nominal cue's content; the armed forces with a country's adjective speak as one body",
                text: "أعلن الجيش الأردني - الجيش العربي، اليوم الثلاثاء، إحباط محاولة تهريب. وقالت القوات المسلحة السودانية إن الهجوم فشل.",
                want: &[
                    (I, "إحباط محاولة تهريب", Some("الجيش الأردني")),
                    (I, "الهجوم فشل", Some("القوات المسلحة السودانية")),
                ],
            },
            Case {
                name: "Voice of America is an outlet spoken to, not the USA; Gulf Air is one company under both names",
                text: "وقال قائد الجيش لإذاعة صوت أمريكا إن الهجوم فشل. وأعلنت شركة طيران الخليج البحرينية شراء 20 طائرة.",
                want: &[
                    (I, "الهجوم فشل", Some("قائد الجيش")),
                    (I, "شراء 20 طائرة", Some("طيران الخليج")),
                ],
            },
            Case {
                name: "the outlet spoken to is read whole: الأنباء inside وكالة الأنباء الفرنسية is no unnamed source",
                text: "ودعت المتحدثة باسم المنظمة، ريم بوعزيزي، إلى الهدوء، وقالت لوكالة الأنباء الفرنسية: «انتهاء التفشي لا يعني انتهاء الخطر».",
                want: &[(D, "انتهاء التفشي لا يعني انتهاء الخطر", Some("ريم بوعزيزي"))],
            },
            Case {
                name: "والي heads a state (ولاية) or Morocco's central bank; وإلى (\"and to\") before ولاية is no title",
                text: "أمر والي ولاية وهران، سعيد سعيود، بتسريع الأشغال. وقال الوالي إن التأخر غير مقبول. وأوضح والي بنك المغرب عبد اللطيف الجواهري أن التضخم تراجع. وانتقل الوفد من العاصمة وإلى ولاية سوسة، وقالت الوزارة إن الزيارة ناجحة.",
                want: &[
                    (I, "التأخر غير مقبول", Some("سعيد سعيود")),
                    (I, "التضخم تراجع", Some("عبد اللطيف الجواهري")),
                    (I, "الزيارة ناجحة", None),
                ],
            },
            Case {
                name: "والي before the city it governs; a medium relaying gives the words to the one named after عن, between commas",
                text: "أعلن والي صفاقس، محمد الحجري، أن الخطة جاهزة. ونقلت إذاعة موزاييك أف أم عن والي قفصة، فاخر الفخفاخ، قوله إن \"الحياة عادت إلى طبيعتها\".",
                want: &[
                    (I, "الخطة جاهزة", Some("محمد الحجري")),
                    (D, "الحياة عادت إلى طبيعتها", Some("فاخر الفخفاخ")),
                ],
            },
            Case {
                name: "a country first named by its adjective in a title is feminine: no subject of a masculine verb (لكنه أقر)",
                text: "أكد وزير الخارجية المصري بدر عبد العاطي أن بلاده لن تقبل.\n\nقال الوزير إن القاهرة تعمل دون توقف، لكنه أقر بأن الفجوات لا تزال كبيرة.",
                want: &[
                    (I, "بلاده لن تقبل", Some("بدر عبد العاطي")),
                    (I, "القاهرة تعمل دون توقف", Some("بدر عبد العاطي")),
                    (I, "الفجوات لا تزال كبيرة", Some("بدر عبد العاطي")),
                ],
            },
            Case {
                name: "a listed Israeli body with its acronym speaks; a nisba after a port's name starts no name (التركي استؤنفت)",
                text: "وقالت هيئة تنسيق أعمال الحكومة الإسرائيلية في المناطق (كوغات) إن 600 شاحنة دخلت القطاع. وقالت الوزارة إن الصادرات عبر ميناء جيهان التركي استؤنفت بعد توقف.",
                want: &[
                    (I, "600 شاحنة دخلت القطاع", Some("هيئة تنسيق أعمال الحكومة الإسرائيلية في المناطق")),
                    (I, "الصادرات عبر ميناء جيهان التركي استؤنفت بعد توقف", None),
                ],
            },
            Case {
                name: "\"the latter\" is the actor named last, not the sentence's subject",
                text: "أعلن الجيش السوداني أنه استعاد مواقع من قوات الدعم السريع، فيما قالت الأخيرة إن الجيش يكذب.",
                want: &[
                    (I, "استعاد مواقع من قوات الدعم السريع", Some("الجيش السوداني")),
                    (I, "الجيش يكذب", Some("قوات الدعم السريع")),
                ],
            },
            Case {
                name: "the one through whose mouth (على لسان) it spoke, and the one relayed after عن: the person after the title, not the body in it",
                text: "وردت طهران على لسان رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي بأن التقارير مسيسة. ونقلت الوكالة عن رئيس منظمة الصحة العالمية تيدروس أدهانوم غيبريسوس قوله إن الوباء انتهى.",
                want: &[
                    (I, "التقارير مسيسة", Some("محمد إسلامي")),
                    (I, "الوباء انتهى", Some("تيدروس أدهانوم غيبريسوس")),
                ],
            },
            Case {
                name: "an accusation (اتهم) reports its subject's words: a direct quote after بـ, a clause after بأن; a common noun after two names is the object",
                text: "وقال المبعوث هانس غروندبرغ إن الحوار مهم. واتهم وزير الإعلام معمر الإرياني الجماعة بـ\"تهديد الملاحة الدولية وتحويل البحر الأحمر إلى ساحة\". واتهم وزير الداخلية محمود توفيق المعارضة بأنها تخدم أجندة خارجية.",
                want: &[
                    (I, "الحوار مهم", Some("هانس غروندبرغ")),
                    (D, "تهديد الملاحة الدولية وتحويل البحر الأحمر إلى ساحة", Some("معمر الإرياني")),
                    (I, "تخدم أجندة خارجية", Some("محمود توفيق")),
                ],
            },
            Case {
                name: "an indefinite head with an adjective speaks for someone unnamed, not the last speaker; a noun in construct after the head does not",
                text: "وقال بنك مصر إن الأرباح ارتفعت. وقالت شركة أمريكية إن الوضع خطير. وأعلنت منظمة حقوقية أن الوضع صعب. وقال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرب مستمرة.",
                want: &[
                    (I, "الأرباح ارتفعت", Some("بنك مصر")),
                    (I, "الوضع خطير", None),
                    (I, "الوضع صعب", None),
                    (I, "الحرب مستمرة", Some("بنيامين نتنياهو")),
                ],
            },
            Case {
                name: "a short quote after لـ names whom it was said to even before a colon; a body named in quotes is what its head alone refers back to",
                text: "وتوقعت شركة \"كوليرز\" للاستشارات أن يرتفع الطلب. وقالت الشركة في تقرير إن الأسعار مستقرة. وقال الخبير خالد المطيري لـ\"رويترز\": \"يجب أن تبقى الأسعار معقولة\".",
                want: &[
                    (I, "يرتفع الطلب", Some("كوليرز")),
                    (I, "الأسعار مستقرة", Some("كوليرز")),
                    (D, "يجب أن تبقى الأسعار معقولة", Some("خالد المطيري")),
                ],
            },
            Case {
                name: "an agency credited in brackets between two dashes (دبي - (وام) -) is no part of the clause attributed after it",
                text: "دبي - (وام) - سجل سوق العقارات نموا كبيرا، وفق بيانات دائرة الأراضي والأملاك.",
                want: &[(I, "سجل سوق العقارات نموا كبيرا", Some("دائرة الأراضي والأملاك"))],
            },
            Case {
                name: "a newspaper named جريدة speaks like one named صحيفة; صحيفة الغد is listed (الغد: tomorrow)",
                text: "وقالت جريدة القبس إن الوزير استقال. وذكرت صحيفة الغد أن الحادث خطير. وقال الوزير في تصريح لجريدة الصباح إن الوضع هادئ.",
                want: &[
                    (I, "الوزير استقال", Some("جريدة القبس")),
                    (I, "الحادث خطير", Some("صحيفة الغد")),
                    (I, "الوضع هادئ", None),
                ],
            },
            Case {
                name: "a headline's quotes are not reported: the body's are",
                text: "الحوثيون يعلنون استهداف سفينة والمبعوث يدعو إلى التهدئة\n\nوقال المتحدث يحيى سريع إن القوات نفذت العملية.",
                want: &[(I, "القوات نفذت العملية", Some("يحيى سريع"))],
            },
            Case {
                name: "a first line ending inside guillemets (.») is a lead, not a headline: its quotes count",
                text: "قال وزير الخارجية بدر عبد العاطي إن المحادثات «وصلت إلى طريق مسدود.»\n\nوأضاف أن مصر لن تقبل ذلك.",
                want: &[
                    (I, "المحادثات «وصلت إلى طريق مسدود.»", Some("بدر عبد العاطي")),
                    (D, "وصلت إلى طريق مسدود.", Some("بدر عبد العاطي")),
                    (I, "مصر لن تقبل ذلك", Some("بدر عبد العاطي")),
                ],
            },
            Case {
                name: "اللاعب alone refers back to a player named by their position",
                text: "تعاقد النادي مع المهاجم البرازيلي ماركوس ليوناردو. وقال رئيس النادي فهد بن نافل إن الصفقة مهمة. من جانبه، أعرب اللاعب عن سعادته، وقال في مقطع نشره النادي: \"أنا سعيد جدا بالانتقال\".",
                want: &[
                    (I, "الصفقة مهمة", Some("فهد بن نافل")),
                    (D, "أنا سعيد جدا بالانتقال", Some("ماركوس ليوناردو")),
                ],
            },
            Case {
                name: "a clause attributed after it (وفق ما أعلنته) starts after the dateline",
                text: "أبوظبي - فازت رواية الكاتب بالجائزة العالمية، وفق ما أعلنته لجنة التحكيم مساء الأحد.",
                want: &[(I, "فازت رواية الكاتب بالجائزة العالمية", Some("لجنة التحكيم"))],
            },
            Case {
                name: "a paragraph opening with a common noun and a dash aside has no dateline",
                text: "الاقتصاد المصري - الذي يعاني من التضخم - سينمو بنسبة 4 في المئة هذا العام، وفق صندوق النقد الدولي.",
                want: &[(
                    I,
                    "الاقتصاد المصري - الذي يعاني من التضخم - سينمو بنسبة 4 في المئة هذا العام",
                    Some("صندوق النقد الدولي"),
                )],
            },
            Case {
                name: "a cue's verbal noun after عدم says nothing (طلب عدم ذكر اسمه)",
                text: "وقال الوزير محمد علي إن الوضع صعب. وقال مسؤول في وزارة الدفاع، طلب عدم ذكر اسمه، إن المدمرات في حالة تأهب.",
                want: &[
                    (I, "الوضع صعب", Some("محمد علي")),
                    (I, "المدمرات في حالة تأهب", None),
                ],
            },
            Case {
                name: "a source who asked not to be named (فضل عدم الكشف عن هويته) is nobody, not the last speaker",
                text: "وقال الرئيس التنفيذي للشركة سعيد الغامدي إن النتائج جيدة. وقال مصرفي في أحد البنوك المحلية، فضل عدم الكشف عن هويته، إن الطلب على القروض ضعيف.",
                want: &[
                    (I, "النتائج جيدة", Some("سعيد الغامدي")),
                    (I, "الطلب على القروض ضعيف", None),
                ],
            },
            Case {
                name: "one of them (أحدهم) is an unnamed source until a naming passive names him",
                text: "وقال المدير فهد العتيبي إن العمل مستمر. وقال أحدهم، فضل عدم ذكر اسمه: «لا نستطيع الانتظار». وقال أحدهم، ويدعى سعد المطيري: «سرقت سيارتي».",
                want: &[
                    (I, "العمل مستمر", Some("فهد العتيبي")),
                    (D, "لا نستطيع الانتظار", None),
                    (D, "سرقت سيارتي", Some("سعد المطيري")),
                ],
            },
            Case {
                name: "a group named by a feminine head agrees with a feminine verb; a dateline's agency is no subject",
                text: "الدعم السريع تنفي\n\nالخرطوم (أ ف ب) - أعلن الجيش أنه تقدم.\n\nلكن قوات الدعم السريع بقيادة محمد حمدان دقلو، المعروف بحميدتي، قالت في بيان إن مقاتليها صدوا الهجوم.",
                want: &[
                    (I, "تقدم", None),
                    (I, "مقاتليها صدوا الهجوم", Some("قوات الدعم السريع")),
                ],
            },
            Case {
                name: "an outlet's name in quotes after an interview noun and مع is no quote",
                text: "وقال عبد المجيد الشعيبي، الرئيس التنفيذي للشركة، في مقابلة مع \"العربية\": \"هذا التمويل سيمكننا من التوسع\".",
                want: &[(D, "هذا التمويل سيمكننا من التوسع", Some("عبد المجيد الشعيبي"))],
            },
            Case {
                name: "a singular agent noun before a full name is that person's role, and the person speaks",
                text: "وفي مدينة المفرق، قال المزارع أبو خالد، وهو أب لسبعة أبناء، إن بئره جفت منذ شهرين. وأكد المجتمع الدولي لفضح الانتهاكات أن الوضع صعب.",
                want: &[
                    (I, "بئره جفت منذ شهرين", Some("أبو خالد")),
                    (I, "الوضع صعب", Some("المجتمع")),
                ],
            },
            Case {
                name: "a woman named by her kunya (أم محمد) speaks; أم between two names is \"or\"",
                text: "وقالت أم محمد، وهي أم لثلاثة أبناء، إن ابنها لم ينم. وأضافت أن البيت قلق. وقالت أم علي للجزيرة إن الأسعار ارتفعت. ولا يهم إن فاز محمد أم أحمد، قال المحلل.",
                want: &[
                    (I, "ابنها لم ينم", Some("أم محمد")),
                    (I, "البيت قلق", Some("أم محمد")),
                    (I, "الأسعار ارتفعت", Some("أم علي")),
                ],
            },
            Case {
                name: "a body named after a capital speaks for itself (مركز أبوظبي للغة العربية، جامعة القاهرة), not for the last speaker",
                text: "وقال الرئيس التنفيذي لشركة إنفيديا جنسن هوانغ إن الطلب قوي. وكشف جهاز أبوظبي للاستثمار في تقريره أن العوائد ارتفعت. وقالت جامعة القاهرة إن الامتحانات تبدأ غدا.",
                want: &[
                    (I, "الطلب قوي", Some("جنسن هوانغ")),
                    (I, "العوائد ارتفعت", Some("جهاز أبوظبي للاستثمار")),
                    (I, "الامتحانات تبدأ غدا", Some("جامعة القاهرة")),
                ],
            },
            Case {
                name: "a common noun with ب after a cue says how it was said (بصوت متقطع), no subject; a name with ب still is one",
                text: "وقالت حواء آدم إن الطعام نفد. وأضافت بصوت متقطع أن جيرانها ماتوا. وقال بشار الأسد إن الحرب انتهت.",
                want: &[
                    (I, "الطعام نفد", Some("حواء آدم")),
                    (I, "جيرانها ماتوا", Some("حواء آدم")),
                    (I, "الحرب انتهت", Some("بشار الأسد")),
                ],
            },
            Case {
                name: "an engineer or employee with no name (مهندس يعمل في الحقل، موظف في الوزارة) is no one named, not the last speaker; المهندس before a name is an honorific",
                text: "وقال الوزير أحمد علي إن الوضع صعب. وقال مهندس يعمل في الحقل إن الفرق تحتاج وقتا. وقال موظف في الوزارة إن الرواتب تأخرت. وقال المهندس خالد الفالح إن الإنتاج مستقر.",
                want: &[
                    (I, "الوضع صعب", Some("أحمد علي")),
                    (I, "الفرق تحتاج وقتا", None),
                    (I, "الرواتب تأخرت", None),
                    (I, "الإنتاج مستقر", Some("خالد الفالح")),
                ],
            },
            Case {
                name: "a common noun with ل after a title is whom it was said to, no name",
                text: "وقال وزير الخارجية المغربي لوسائل الإعلام إن الحوار مهم.",
                want: &[(I, "الحوار مهم", Some("وزير الخارجية المغربي"))],
            },
            Case {
                name: "a body named in quotes keeps a country name shaped like an adjective and its purpose's adjectives",
                text: "أعلنت شركة \"تمارا\" السعودية للتقنية المالية الثلاثاء إتمام جولة تمويل بقيمة 340 مليون دولار.",
                want: &[(I, "إتمام جولة تمويل بقيمة 340 مليون دولار", Some("تمارا"))],
            },
            Case {
                name: "the writer's comment after a comma (وهو ما، الأمر الذي) ends the reported clause",
                text: "وقالت وكالة الطاقة الدولية إن الأسواق قد تشهد فائضا في المعروض، وهو ما رفضه الأمين العام لأوبك هيثم الغيص. وقالت الحكومة المصرية إنها سترفع الأسعار، الأمر الذي أثار غضب النقابات.",
                want: &[
                    (I, "الأسواق قد تشهد فائضا في المعروض", Some("وكالة الطاقة الدولية")),
                    (I, "سترفع الأسعار", Some("الحكومة المصرية")),
                ],
            },
            Case {
                name: "a trade's title with a nationality refers back to the last such person named; a state office with one does not",
                text: "أبدى مارسيل كولر، المدير الفني للنادي الأهلي، رضاه عن الفوز. وقال المدرب السويسري في المؤتمر الصحفي: \"اللاعبون قدموا مباراة كبيرة\". وقال الرئيس جوزيف عون إن لبنان يريد السلام. وقال الرئيس الأمريكي إن واشنطن تدعم الجيش.",
                want: &[
                    (D, "اللاعبون قدموا مباراة كبيرة", Some("مارسيل كولر")),
                    (I, "لبنان يريد السلام", Some("جوزيف عون")),
                    (I, "واشنطن تدعم الجيش", Some("الرئيس الأمريكي")),
                ],
            },
            Case {
                name: "a statement the verb's unnamed subject spoke in: the subject speaks, the issuer only when nobody agrees",
                text: "وأعرب المبعوث الفرنسي جان إيف لودريان عن قلقه، وقال في بيان صادر عن السفارة الفرنسية في بيروت إن باريس مستعدة للمساعدة. قالت في بيان صادر عن وزارة الصحة إن الوباء انحسر.",
                want: &[
                    (I, "باريس مستعدة للمساعدة", Some("جان إيف لودريان")),
                    (I, "الوباء انحسر", Some("وزارة الصحة")),
                ],
            },
            Case {
                name: "a subject coordinated with the first is no nominal content; sports titles; a party named by agent and adjective",
                text: "أعلنت الحكومة السورية وقوات سوريا الديمقراطية الأحد التوصل إلى اتفاق مبدئي. بدوره، قال حارس الزمالك محمد عواد إن الفريق سيعود أقوى. وقال رئيس حزب القوات اللبنانية سمير جعجع إن الجلسة فشلت.",
                want: &[
                    (I, "التوصل إلى اتفاق مبدئي", Some("الحكومة السورية")),
                    (I, "الفريق سيعود أقوى", Some("محمد عواد")),
                    (I, "الجلسة فشلت", Some("سمير جعجع")),
                ],
            },
            Case {
                name: "a complementiser after a title's body starts the content, it is no noun of the title",
                text: "وقال الرئيس التنفيذي للشركة إن الأرباح ارتفعت. وأكد محمد سالم المدير المالي للمجموعة أن المبيعات تراجعت.",
                want: &[
                    (I, "الأرباح ارتفعت", Some("الرئيس التنفيذي للشركة")),
                    (I, "المبيعات تراجعت", Some("محمد سالم")),
                ],
            },
            Case {
                name: "the presidency with a country's adjective or the republic is a body; برئاسة is 'chaired by'",
                text: "وردت الرئاسة الفلسطينية بالقول إن الاستيطان غير شرعي. وأعلنت رئاسة الجمهورية تشكيل حكومة جديدة برئاسة نذير العرباوي.",
                want: &[
                    (I, "الاستيطان غير شرعي", Some("الرئاسة الفلسطينية")),
                    (
                        I,
                        "تشكيل حكومة جديدة برئاسة نذير العرباوي",
                        Some("رئاسة الجمهورية"),
                    ),
                ],
            },
            Case {
                name: "a saying noun's subject is the name after its title at the clause's start",
                text: "وكان وزير الداخلية الفرنسي قد أعلن أن باريس ستعلق الاتفاقية.\n\nورد الرئيس الجزائري عبد المجيد تبون في مقابلة مع التلفزيون الجزائري بالقول: \"نحن لسنا في حرب مع فرنسا\".",
                want: &[
                    (I, "باريس ستعلق الاتفاقية", Some("وزير الداخلية الفرنسي")),
                    (D, "نحن لسنا في حرب مع فرنسا", Some("عبد المجيد تبون")),
                ],
            },
            Case {
                name: "a work named in quotes is no quote; a body's short name in quotes or brackets neither, and what it announced follows",
                text: "وقال المتحدث باسم الوزارة حسام عبد الغفار في برنامج \"الحكاية\" إن الفيروس منتشر. أعلنت الهيئة السعودية للبيانات والذكاء الاصطناعي \"سدايا\" عن إطلاق نموذج جديد. وأعلنت هيئة الاتصالات (هيئة) عن خطة جديدة. أعلنت شركة \"تسلا\" الأمريكية، الأربعاء، عن تراجع مبيعاتها.",
                want: &[
                    (I, "الفيروس منتشر", Some("حسام عبد الغفار")),
                    (
                        I,
                        "إطلاق نموذج جديد",
                        Some("الهيئة السعودية للبيانات والذكاء الاصطناعي"),
                    ),
                    (I, "خطة جديدة", Some("هيئة الاتصالات")),
                    (I, "تراجع مبيعاتها", Some("تسلا")),
                ],
            },
            Case {
                name: "a statement noun's issuer stands before any comma; an indefinite one with an unknown issuer is new",
                text: "وقال رئيس الشركة أمين الناصر في بيان إن الأداء قوي. وبحسب بيانات بورصة تداول، انخفض سهم أرامكو بنسبة 1.2 في المئة.",
                want: &[
                    (I, "الأداء قوي", Some("أمين الناصر")),
                    (I, "انخفض سهم أرامكو بنسبة 1.2 في المئة", None),
                ],
            },
            Case {
                name: "an elative's noun is a description, not an organisation; a description or time aside between commas is not the content",
                text: "أعلنت شركة أرامكو السعودية، أكبر شركة نفط في العالم، تراجع أرباحها. وقالت الشركة إن الأداء قوي. وأعلنت جماعة الحوثي اليمنية، فجر الخميس، استهداف سفينة تجارية.",
                want: &[
                    (I, "تراجع أرباحها", Some("أرامكو")),
                    (I, "الأداء قوي", Some("أرامكو")),
                    (I, "استهداف سفينة تجارية", Some("الحوثيون")),
                ],
            },
            Case {
                name: "an aside on the body the subject belongs to (، التابع لدائرة الثقافة،) is not the content of a nominal cue",
                text: "أعلن مركز أبوظبي للغة العربية، التابع لدائرة الثقافة والسياحة، مساء الإثنين، فوز الروائية لطيفة باقا بالجائزة.",
                want: &[(I, "فوز الروائية لطيفة باقا بالجائزة", Some("مركز أبوظبي للغة العربية"))],
            },
            Case {
                name: "the indefinite commissioner (مفوضة، مفوض) is a title before the holder's name",
                text: "أكدت مفوضة الاتحاد الأوروبي لشؤون المناخ فوبكه هوكسترا أن الاتحاد مستعد. وقال مفوض الأمم المتحدة السامي لحقوق الإنسان فولكر تورك إن الوضع خطير.",
                want: &[
                    (I, "الاتحاد مستعد", Some("فوبكه هوكسترا")),
                    (I, "الوضع خطير", Some("فولكر تورك")),
                ],
            },
            Case {
                name: "the city an institution stands in, after في and before the holder's full name, is where the holder serves",
                text: "وقالت الباحثة في معهد دول الخليج العربية في واشنطن كارين يونغ لصحيفة الشرق الأوسط إن الصناديق تغيرت. وقال الخبير في مركز كارنيغي في بيروت مهند الحاج علي إن الوضع صعب.",
                want: &[
                    (I, "الصناديق تغيرت", Some("كارين يونغ")),
                    (I, "الوضع صعب", Some("مهند الحاج علي")),
                ],
            },
            Case {
                name: "عبر opening a clause is the verb \"expressed\": its subject speaks in the coordinated cue; عبر الهاتف after a cue stays \"via\"",
                text: "وقال المدرب إن الفريق جاهز. من جهته، عبر قائد الفريق سالم الدوسري عن حزنه لرحيل المدرب، وكتب عبر حسابه: «شكرا يا مستر». وقال عبر الهاتف إن الوضع خطير.",
                want: &[
                    (I, "الفريق جاهز", None),
                    (D, "شكرا يا مستر", Some("سالم الدوسري")),
                    (I, "الوضع خطير", Some("سالم الدوسري")),
                ],
            },
            Case {
                name: "a named group in construct with where the holder serves (في حكومة الحوثيين) is part of the title before the name",
                text: "واتهم المتحدث باسم وزارة الصحة في حكومة الحوثيين أنيس الأصبحي التحالف بـ\"تدمير منشآت المياه\".",
                want: &[(D, "تدمير منشآت المياه", Some("أنيس الأصبحي"))],
            },
            Case {
                name: "المهدي is a Maghrebi given name with the article after a title",
                text: "وقال الخبير الاقتصادي المغربي المهدي فقير إن القرار كان متوقعا.",
                want: &[(I, "القرار كان متوقعا", Some("المهدي فقير"))],
            },
            Case {
                name: "an outlet credited after a dateline's dash (الرباط - هسبريس:، الرياض - «الشرق الأوسط»:) is no subject a later cue falls back on",
                text: "الرباط - هسبريس: ارتفعت الأسعار في المغرب خلال الشهر الماضي.\n\nوأوضح أن التضخم عاد إلى مستويات معتدلة.\n\nالرياض - «الشرق الأوسط»: ارتفعت الأسعار.\n\nوأكد أن الطلب قوي.",
                want: &[
                    (I, "التضخم عاد إلى مستويات معتدلة", None),
                    (I, "الطلب قوي", None),
                ],
            },
            Case {
                name: "a high commission (المندوبية السامية للتخطيط) heads a body that speaks, not the country named before",
                text: "وقال المغرب إن الاقتصاد ينمو. وتوقعت المندوبية السامية للتخطيط، في مذكرة حديثة، أن يبلغ معدل البطالة 13 بالمئة.",
                want: &[
                    (I, "الاقتصاد ينمو", Some("المغرب")),
                    (I, "يبلغ معدل البطالة 13 بالمئة", Some("المندوبية السامية للتخطيط")),
                ],
            },
            Case {
                name: "روت/يروي (narrated) report what a witness tells",
                text: "وروت أم علي، وهي من سكان حي الحصبة، أنها فقدت ابنها. ويروي الصحفي أحمد علي أن الجنود اقتحموا المنزل.",
                want: &[
                    (I, "فقدت ابنها", Some("أم علي")),
                    (I, "الجنود اقتحموا المنزل", Some("أحمد علي")),
                ],
            },
            Case {
                name: "a royal honorific before a titled name: the honorific alone names him later",
                text: "قال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان إن السوق مستقرة. وأكد الأمير أن المملكة لا تستهدف سعرا محددا.",
                want: &[
                    (I, "السوق مستقرة", Some("عبد العزيز بن سلمان")),
                    (I, "المملكة لا تستهدف سعرا محددا", Some("عبد العزيز بن سلمان")),
                ],
            },
            Case {
                name: "verb, title, name, complementiser",
                text: "قال وزير الخارجية الفرنسي جان إيف لودريان إن باريس لن تتراجع.",
                want: &[(I, "باريس لن تتراجع", Some("جان إيف لودريان"))],
            },
            Case {
                name: "subject before the verb, colon and quote",
                text: "وكان الوزير أحمد علي قد اجتمع بالسفراء. وقال علي: «سنواصل العمل».",
                want: &[(D, "سنواصل العمل", Some("أحمد علي"))],
            },
            Case {
                name: "a holder named after a description between commas, the verb's object with ب right after the name",
                text: "طالب زعيم حزب الشعب الجمهوري، أكبر أحزاب المعارضة في تركيا، أوزغور أوزيل بإجراء انتخابات مبكرة. وقال أوزيل إن الشعب قال كلمته.",
                want: &[(I, "الشعب قال كلمته", Some("أوزغور أوزيل"))],
            },
            Case {
                name: "a UN mission the lists know speaks by name",
                text: "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن الإجراءات الأحادية تهدد الاستقرار.",
                want: &[(
                    I,
                    "الإجراءات الأحادية تهدد الاستقرار",
                    Some("بعثة الأمم المتحدة للدعم في ليبيا"),
                )],
            },
            Case {
                name: "a cue's paragraph ends with a colon and the quote opens the next paragraph; a speaker who withholds their name is unnamed, not the last speaker",
                text: "وقالت المفوضية إن عدد الفارين تجاوز مليوني شخص. وقال المفوض السامي فيليبو غراندي خلال زيارة إلى شرق تشاد:\n«ما رأيته هنا يفوق الوصف، نساء وأطفال ساروا أياما دون طعام».\nوقال عامل إغاثة في المخيم، طلب عدم الكشف عن هويته، إن الوضع ينذر بكارثة.",
                want: &[
                    (I, "عدد الفارين تجاوز مليوني شخص", None),
                    (
                        D,
                        "ما رأيته هنا يفوق الوصف، نساء وأطفال ساروا أياما دون طعام",
                        Some("فيليبو غراندي"),
                    ),
                    (I, "الوضع ينذر بكارثة", None),
                ],
            },
            Case {
                name: "a saying noun as the cue: the one speaking already, or the subject before it; after a cue verb it is that verb's",
                text: "قال الوزير صالح الخرابشة إن المشروع بدأ. وردا على سؤال، اكتفى بالقول إن \"الاتفاقيات تخضع للمراجعة\". واكتفى المتحدث باسم الوزارة أحمد علي بالقول إن الأسعار ثابتة. وختم الخرابشة حديثه بالقول إن \"الحكومة لن ترفع الأسعار\".",
                want: &[
                    (I, "المشروع بدأ", Some("صالح الخرابشة")),
                    (D, "الاتفاقيات تخضع للمراجعة", Some("صالح الخرابشة")),
                    (I, "الأسعار ثابتة", Some("أحمد علي")),
                    (D, "الحكومة لن ترفع الأسعار", Some("صالح الخرابشة")),
                ],
            },
            Case {
                name: "an unnamed source with a long aside before فإن; a headquarters aside before a nominal cue's content; a union with العام",
                text: "وبحسب مصدر مطلع على المفاوضات تحدث لوكالة أسوشيتد برس شريطة عدم الكشف عن هويته، فإن الخلاف لا يزال قائما. وأعلن المرصد السوري لحقوق الإنسان، ومقره لندن، مقتل أربعة عناصر في هجوم. وأوضح الاتحاد العام التونسي للشغل أنه لم يشارك في الانتخابات.",
                want: &[
                    (I, "الخلاف لا يزال قائما", None),
                    (I, "مقتل أربعة عناصر في هجوم", Some("المرصد السوري لحقوق الإنسان")),
                    (I, "لم يشارك في الانتخابات", Some("الاتحاد العام التونسي للشغل")),
                ],
            },
            Case {
                name: "a dateline is no subject; an age clause ends a title; a saying noun's subject right after the clause's verb; a body's estimates",
                text: "بيروت - حذرت دراسة حديثة من أن الحرارة ترتفع. وقال مدرب المنتخب وليد الركراكي إن الفريق جاهز. وأضاف المدرب البالغ من العمر 50 عاما: \"نحترم كل المنافسين\". وفي كييف، اكتفى فولوديمير زيلينسكي عبر تطبيق تلغرام بالقول إن روسيا تماطل. وتشير تقديرات البنك الدولي إلى أن القطاع يوفر آلاف الوظائف.",
                want: &[
                    (I, "الحرارة ترتفع", None),
                    (I, "الفريق جاهز", Some("وليد الركراكي")),
                    (D, "نحترم كل المنافسين", Some("وليد الركراكي")),
                    (I, "روسيا تماطل", Some("فولوديمير زيلينسكي")),
                    (I, "القطاع يوفر آلاف الوظائف", Some("البنك الدولي")),
                ],
            },
            Case {
                name: "a participle after a verb that reports nothing: the subject, named by a masculine head though the body's name is feminine",
                text: "وقال رئيس الحركة عبد العالي حساني شريف إن التغيير شكلي. في المقابل، رحب حزب جبهة التحرير الوطني بالحكومة الجديدة، معتبرا أنها تعكس إرادة الرئيس.",
                want: &[
                    (I, "التغيير شكلي", Some("عبد العالي حساني شريف")),
                    (I, "تعكس إرادة الرئيس", Some("جبهة التحرير الوطني")),
                ],
            },
            Case {
                name: "quote first, then the cue",
                text: "«لن نتراجع عن قرارنا»، قالت وزيرة الخارجية الكندية كريستيا فريلاند.",
                want: &[(D, "لن نتراجع عن قرارنا", Some("كريستيا فريلاند"))],
            },
            Case {
                name: "bare continuing cue keeps the speaker",
                text: "قال الرئيس التونسي قيس سعيد إن البلاد تمر بأزمة. وأضاف أن الحكومة ستعمل بسرعة.",
                want: &[
                    (I, "البلاد تمر بأزمة", Some("قيس سعيد")),
                    (I, "الحكومة ستعمل بسرعة", Some("قيس سعيد")),
                ],
            },
            Case {
                name: "unidentified source has no speaker",
                text: "وذكرت مصادر مطلعة أن المفاوضات ستستأنف الأسبوع المقبل.",
                want: &[(I, "المفاوضات ستستأنف الأسبوع المقبل", None)],
            },
            Case {
                name: "unnamed diplomats have no speaker, also relayed after عن",
                text: "وقال دبلوماسي غربي إن الجولة انتهت. وقال دبلوماسيون في فيينا إن القرار لم يتخذ. ونقلت وكالة رويترز عن دبلوماسي مطلع قوله إن الخلافات قائمة.",
                want: &[
                    (I, "الجولة انتهت", None),
                    (I, "القرار لم يتخذ", None),
                    (I, "الخلافات قائمة", None),
                ],
            },
            Case {
                name: "a pronoun on لكن / غير أن before the cue is the sentence's speaker, named or not, never the name after the verb",
                text: "وقال مسؤول كبير في حركة حماس إن الحركة تعاملت بإيجابية، لكنه اتهم رئيس الوزراء الإسرائيلي بنيامين نتنياهو بـ\"وضع شروط جديدة\". وقال رئيس المجلس رشاد العليمي لدى استقباله سفراء الاتحاد الأوروبي إن الحكومة منفتحة، لكنه اعتبر أن الحوثيين يماطلون. وقال مسؤول في الحزب، طلب عدم ذكر اسمه، إن القيادة ستجتمع، مضيفا أن التغيير حتمي.",
                want: &[
                    (I, "الحركة تعاملت بإيجابية", None),
                    (D, "وضع شروط جديدة", None),
                    (I, "الحكومة منفتحة", Some("رشاد العليمي")),
                    (I, "الحوثيين يماطلون", Some("رشاد العليمي")),
                    (I, "القيادة ستجتمع", None),
                    (I, "التغيير حتمي", None),
                ],
            },
            Case {
                name: "relayed speaker after عن",
                text: "ونقلت الوكالة عن وزير الخارجية عادل الجبير قوله إن المملكة تدعم الحل السياسي.",
                want: &[(I, "المملكة تدعم الحل السياسي", Some("عادل الجبير"))],
            },
            Case {
                name: "participle continues the speaker of its sentence",
                text: "قال رئيس الوزراء العراقي حيدر العبادي إنه اتفق مع الصدر، مشددا على ضرورة أن \"تستوعب العملية السياسية الجميع\".",
                want: &[
                    (I, "اتفق مع الصدر", Some("حيدر العبادي")),
                    (D, "تستوعب العملية السياسية الجميع", Some("حيدر العبادي")),
                ],
            },
            Case {
                name: "partial quote inside reported speech",
                text: "أعلن وزير الخارجية التركي مولود تشاوش أوغلو أن بلاده ستبدأ \"قريبا\" بمحاربة التنظيم.",
                want: &[
                    (I, "بلاده ستبدأ \"قريبا\" بمحاربة التنظيم", Some("مولود تشاوش أوغلو")),
                    (D, "قريبا", Some("مولود تشاوش أوغلو")),
                ],
            },
            Case {
                name: "scare quotes and labels are not quotes",
                text: "ونشرت صحيفة «القبس» تفاصيل الخطة التي تحمل اسم «تمكين».",
                want: &[],
            },
            Case {
                name: "attribution phrase at the end",
                text: "وارتفع عدد القتلى إلى عشرين شخصا، وفقا لوزارة الصحة الفلسطينية.",
                want: &[(I, "وارتفع عدد القتلى إلى عشرين شخصا", Some("وزارة الصحة الفلسطينية"))],
            },
            Case {
                name: "nominal complement after a named subject, a day and عن",
                text: "وأعلنت من جهتها الحكومة المكسيكية الخميس عن إجراءات تجارية للرد على الرسوم.",
                want: &[(I, "إجراءات تجارية للرد على الرسوم", Some("الحكومة المكسيكية"))],
            },
            Case {
                name: "two named subjects and a long adjunct before the quote",
                text: "وقالت وزيرة الداخلية البريطانية تريزا ماي ووزير الداخلية الفرنسي برنار كازنوف في تعليق مشترك نشر في صحيفة /صنداي تليجراف/ «ما نواجهه هو أزمة هجرة».",
                want: &[(D, "ما نواجهه هو أزمة هجرة", Some("تريزا ماي"))],
            },
            Case {
                name: "a spokesperson for an organisation no list knows",
                text: "وقالت متحدثة باسم مؤسسة فرانكلين إن البرنامج سيستمر.",
                want: &[(I, "البرنامج سيستمر", Some("متحدثة باسم مؤسسة فرانكلين"))],
            },
            Case {
                name: "an indefinite statement speaks for its issuer",
                text: "وأوضح بيان صادر عن وزارة الخارجية السعودية أن المملكة ترحب بالخطوة.",
                want: &[(I, "المملكة ترحب بالخطوة", Some("وزارة الخارجية السعودية"))],
            },
            Case {
                name: "attribution phrase first, unnamed source up to its comma",
                text: "وبحسب وسائل إعلام محلية، فإن الهجوم أسفر عن مقتل 15 شخصا.",
                want: &[(I, "الهجوم أسفر عن مقتل 15 شخصا", None)],
            },
            Case {
                name: "a channel after the cue is not the speaker",
                text: "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع. وقال، بحسب وسائل الإعلام الرسمية: «لا أعلق على الشائعات».",
                want: &[
                    (I, "موسكو لن تتراجع", Some("سيرغي لافروف")),
                    (D, "لا أعلق على الشائعات", Some("سيرغي لافروف")),
                ],
            },
            Case {
                name: "a title of an organisation after لـ, then the name",
                text: "وحذر الأمين العام للأمم المتحدة أنطونيو غوتيريش من أن العالم يواجه أزمة.",
                want: &[(I, "العالم يواجه أزمة", Some("أنطونيو غوتيريش"))],
            },
            Case {
                name: "a head, a noun in construct and its modifiers name an organisation",
                text: "وأكدت هيئة عمليات التجارة البحرية البريطانية أنها تلقت بلاغا عن حادث قرب الميناء.",
                want: &[(
                    I,
                    "تلقت بلاغا عن حادث قرب الميناء",
                    Some("هيئة عمليات التجارة البحرية البريطانية"),
                )],
            },
            Case {
                name: "an honorific between the office and the name keeps the cue on the holder",
                text: "وقال محافظ المدينة الأستاذ ممدوح العتيبي إن المحافظة تشهد نقلة. وقال وكيل وزارة الشؤون البلدية الدكتور خالد الغامدي إن الوزارة خصصت 800 مليون ريال للمشروعات.",
                want: &[
                    (I, "المحافظة تشهد نقلة", Some("ممدوح العتيبي")),
                    (I, "الوزارة خصصت 800 مليون ريال للمشروعات", Some("خالد الغامدي")),
                ],
            },
            Case {
                name: "a cue coordinated after a comma shares the sentence's subject; a place never speaks",
                text: "واتهمت قوات الدعم السريع الجيش بقصف مواقع مدنية في أم درمان، وقالت في بيان إن القصف أسفر عن سقوط ضحايا.",
                want: &[(I, "القصف أسفر عن سقوط ضحايا", Some("قوات الدعم السريع"))],
            },
            Case {
                name: "a report relaying a named speaker's words gives them to the speaker",
                text: "وذكرت وكالة الأنباء الرسمية أن وزير الخارجية سامح شكري أكد أن مصر ترفض التهجير. وبحسب ما نقلته وكالة السودان للأنباء، فإن رئيس مجلس السيادة عبد الفتاح البرهان أكد أن الجيش لن يتفاوض.",
                want: &[
                    (I, "مصر ترفض التهجير", Some("سامح شكري")),
                    (I, "الجيش لن يتفاوض", Some("عبد الفتاح البرهان")),
                ],
            },
            Case {
                name: "a one-word object of a nominal cue is no cue for the clause after the comma",
                text: "ونفى الوزير الاتهامات، وحذر من عواقب التصعيد. وقال المتحدث الرسمي باسم الجيش إن القوات جاهزة.",
                want: &[(I, "القوات جاهزة", Some("المتحدث الرسمي باسم الجيش"))],
            },
            Case {
                name: "a person named only in the headline does not take the body's surname",
                text: "ماكرون يستقبل زيلينسكي في باريس\n\nاستقبل الرئيس الفرنسي إيمانويل ماكرون نظيره الأوكراني فولوديمير زيلينسكي.\n\nمن جهته، شكر زيلينسكي فرنسا على دعمها، وقال إن الأسابيع المقبلة ستكون حاسمة.",
                want: &[(I, "الأسابيع المقبلة ستكون حاسمة", Some("فولوديمير زيلينسكي"))],
            },
            Case {
                name: "a participle after a quote has no subject of its own",
                text: "ورأى الخبير الاقتصادي سامي حسين أن رفع الفائدة \"لن يكون كافيا وحده\"، داعيا الحكومة إلى ضبط الإنفاق.",
                want: &[
                    (I, "رفع الفائدة \"لن يكون كافيا وحده\"", Some("سامي حسين")),
                    (D, "لن يكون كافيا وحده", Some("سامي حسين")),
                ],
            },
            Case {
                name: "an indefinite title is someone new, not the person named before",
                text: "أكد ولي العهد السعودي الأمير محمد بن سلمان أن المملكة ماضية في الإصلاحات. ونقلت الصحيفة عن مسؤول سعودي قوله إن الزيارة ناجحة.",
                want: &[
                    (I, "المملكة ماضية في الإصلاحات", Some("محمد بن سلمان")),
                    (I, "الزيارة ناجحة", Some("مسؤول سعودي")),
                ],
            },
            Case {
                name: "one of many is an unnamed source",
                text: "قال الرئيس اللبناني ميشال عون إن الحكومة ستتشكل. وقال أحد السكان: «سمعنا انفجارات طوال الليل».",
                want: &[
                    (I, "الحكومة ستتشكل", Some("ميشال عون")),
                    (D, "سمعنا انفجارات طوال الليل", None),
                ],
            },
            Case {
                name: "the writer's background note is nobody's speech",
                text: "قال الرئيس اللبناني ميشال عون إن الحكومة ستتشكل. يذكر أن الفنان محمد عبده أحيا حفلا في جدة.",
                want: &[(I, "الحكومة ستتشكل", Some("ميشال عون"))],
            },
            Case {
                name: "a title with the organisation it heads speaks as one",
                text: "وقال مدير مستشفى الحرس الوطني إن العلاج متوفر.",
                want: &[(I, "العلاج متوفر", Some("مدير مستشفى الحرس الوطني"))],
            },
            Case {
                name: "more reporting verbs: wrote, pledged",
                text: "وكتب وزير الخارجية الفرنسي جان إيف لودريان: «لن نتراجع». وتعهد لودريان بأن باريس ستدعم الحل.",
                want: &[
                    (D, "لن نتراجع", Some("جان إيف لودريان")),
                    (I, "باريس ستدعم الحل", Some("جان إيف لودريان")),
                ],
            },
            Case {
                name: "nominal complement after في بيان",
                text: "ونفت حركة حماس في بيان لها مسؤوليتها عن الهجوم.",
                want: &[(I, "مسؤوليتها عن الهجوم", Some("حركة حماس"))],
            },
            Case {
                name: "a title alone whose head begins with و (الوزير) finds its holder",
                text: "التقى وزير الخارجية الأمريكي أنتوني بلينكن الرئيس الصيني في بكين. وقال الوزير الأمريكي إن المحادثات كانت صريحة.",
                want: &[(I, "المحادثات كانت صريحة", Some("أنتوني بلينكن"))],
            },
            Case {
                name: "an honorific pronoun is the subject, not a name later in the clause",
                text: "أكد أمير منطقة الرياض الأمير فيصل بن بندر أن التعليم أولوية. وأوضح سموه خلال استقباله مدير جامعة الملك سعود أن الجامعة حققت إنجازات.",
                want: &[
                    (I, "التعليم أولوية", Some("فيصل بن بندر")),
                    (I, "الجامعة حققت إنجازات", Some("فيصل بن بندر")),
                ],
            },
            Case {
                name: "a nisba with the article after a first name is a family name",
                text: "وقال المتحدث الأمني لوزارة الداخلية اللواء منصور التركي إن التحقيقات جارية.",
                want: &[(I, "التحقيقات جارية", Some("منصور التركي"))],
            },
            Case {
                name: "a head with the article refers back to the organisation named in full",
                text: "وقال مصدر في الشرطة لوكالة رويترز إن المهاجم قتل. وحسب الوكالة، فإن المحادثات ستستأنف.",
                want: &[
                    (I, "المهاجم قتل", None),
                    (I, "المحادثات ستستأنف", Some("رويترز")),
                ],
            },
            Case {
                name: "after بن any word is the name, even a nisba; ف starts names",
                text: "وقال الأمير فيصل بن تركي إن الصفقة مهمة.",
                want: &[(I, "الصفقة مهمة", Some("فيصل بن تركي"))],
            },
            Case {
                name: "nominal cue followed by a preposition has no content",
                text: "وأكد وزير الخارجية المصري سامح شكري في القاهرة على دعم بلاده.",
                want: &[],
            },
            Case {
                name: "an unidentified source after عن is nobody",
                text: "ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن القوات اعتقلت ثلاثة مشتبه بهم.",
                want: &[(I, "القوات اعتقلت ثلاثة مشتبه بهم", None)],
            },
            Case {
                name: "بحسب a bare title: someone unnamed, described up to the comma",
                text: "وبحسب مسؤول في وزارة الداخلية طلب عدم نشر اسمه، فإن عدد الضحايا مرشح للارتفاع.",
                want: &[(I, "عدد الضحايا مرشح للارتفاع", None)],
            },
            Case {
                name: "وفق a title and the name that follows it",
                text: "وسيعلن الاتحاد إجراءات مضادة قريبا وفق رئيس المفوضية الأوروبية جان كلود يونكر.",
                want: &[(I, "وسيعلن الاتحاد إجراءات مضادة قريبا", Some("جان كلود يونكر"))],
            },
            Case {
                name: "quote first, then هكذا and the cue",
                text: "\"لن نتراجع عن مواقفنا\"، هكذا علق زعيم التيار الصدري مقتدى الصدر على القرار.",
                want: &[(D, "لن نتراجع عن مواقفنا", Some("مقتدى الصدر"))],
            },
            Case {
                name: "a headline's cue does not take the body's opening quote",
                text: "الجيش السوداني يعلن السيطرة على مدينة\n\n«لقد حررنا المدينة بالكامل، وقواتنا تطارد فلول الميليشيا»، هكذا قال المتحدث باسم الجيش السوداني العميد نبيل عبدالله في بيان مصور.",
                want: &[(
                    D,
                    "لقد حررنا المدينة بالكامل، وقواتنا تطارد فلول الميليشيا",
                    Some("نبيل عبدالله"),
                )],
            },
            Case {
                name: "quote, full stop, then بهذه الكلمات and the cue",
                text: "«لن نتراجع عن مواقفنا». بهذه الكلمات رد مقتدى الصدر على القرار.",
                want: &[(D, "لن نتراجع عن مواقفنا", Some("مقتدى الصدر"))],
            },
            Case {
                name: "a participle after a comma takes a noun phrase",
                text: "وأعربت وزارة الخارجية القطرية عن ترحيبها بالاتفاق، مؤكدة دعم الدوحة لجهود الوساطة.",
                want: &[(I, "دعم الدوحة لجهود الوساطة", Some("وزارة الخارجية القطرية"))],
            },
            Case {
                name: "an unnamed resident who is then named (ويدعى) speaks; يدعى is no cue",
                text: "وقال أحد سكان المدينة ويدعى عثمان إبراهيم لوكالة فرانس برس: \"لم نعد نملك شيئا\".",
                want: &[(D, "لم نعد نملك شيئا", Some("عثمان إبراهيم"))],
            },
            Case {
                name: "an institution named by its head alone is not the last speaker",
                text: "أكد ولي العهد الأمير محمد بن سلمان أن المملكة ماضية في خطتها. وأوضحت الوزارة في بيان أن الإنتاج سيرتفع.",
                want: &[
                    (I, "المملكة ماضية في خطتها", Some("محمد بن سلمان")),
                    (I, "الإنتاج سيرتفع", None),
                ],
            },
            Case {
                name: "a reported clause ends before the writer's contrast (، فيما ...)",
                text: "وأكد مسؤولون أمريكيون أن المحادثات مستمرة، فيما رفض البيت الأبيض التعليق.",
                want: &[(I, "المحادثات مستمرة", Some("مسؤولون أمريكيون"))],
            },
            Case {
                name: "an organisation's purpose in construct; ومقره is no cue",
                text: "ويقول المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن الغارات أسفرت عن مقتل خمسة عناصر.",
                want: &[(
                    I,
                    "الغارات أسفرت عن مقتل خمسة عناصر",
                    Some("المرصد السوري لحقوق الإنسان"),
                )],
            },
            Case {
                name: "a committee of a prize named after a royal speaks, its name no cue's content; a study is an unnamed source",
                text: "وقالت الباحثة سارة العمري إن النتائج مهمة. وأعلنت لجنة جائزة الملك فيصل العالمية أن الحفل سيقام في الرياض. وكشفت دراسة أجراها باحثون أن المرض منتشر.",
                want: &[
                    (I, "النتائج مهمة", Some("سارة العمري")),
                    (I, "الحفل سيقام في الرياض", Some("لجنة جائزة الملك فيصل العالمية")),
                    (I, "المرض منتشر", None),
                ],
            },
            Case {
                name: "a source who asked not to be named is nobody; the listeners after it are no speaker; a team doctor's title; a future verb after a title is no name",
                text: "وقال المدرب سامي الجابر إن الفريق جاهز. وأبلغ مسؤول في الوزارة، طلب عدم ذكر اسمه، الصحفيين بأن القرار نهائي. وأوضح طبيب الفريق الدكتور ماجد الحربي أن اللاعب سيخضع للفحص الطبي.",
                want: &[
                    (I, "الفريق جاهز", Some("سامي الجابر")),
                    (I, "القرار نهائي", None),
                    (I, "اللاعب سيخضع للفحص الطبي", Some("ماجد الحربي")),
                ],
            },
            Case {
                name: "an unnamed source with a country adjective is nobody, then and later",
                text: "وقال مصدر عسكري سوري إن الدفاعات تصدت للصواريخ. وأضاف أن الهجوم فشل.",
                want: &[
                    (I, "الدفاعات تصدت للصواريخ", None),
                    (I, "الهجوم فشل", None),
                ],
            },
            Case {
                name: "a quote after a definite head is a quote, not the head's name",
                text: "وأضاف الوزير نجيب ميقاتي أن الحكومة \"تبذل كل جهد ممكن\" لتجنب التصعيد.",
                want: &[
                    (I, "الحكومة \"تبذل كل جهد ممكن\" لتجنب التصعيد", Some("نجيب ميقاتي")),
                    (D, "تبذل كل جهد ممكن", Some("نجيب ميقاتي")),
                ],
            },
            Case {
                name: "a tagged name after لل is oblique (a channel), not the subject before the cue",
                text: "وفي حديث للجزيرة، قال الوزير إن الحركة لن تقبل.",
                want: &[(I, "الحركة لن تقبل", None)],
            },
            Case {
                name: "a member's title over its organisation, then باسم as a first name",
                text: "وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن الحركة لن تقبل.",
                want: &[(I, "الحركة لن تقبل", Some("باسم نعيم"))],
            },
            Case {
                name: "a listed organisation with a country adjective, then a nominal cue's content",
                text: "وأعلن الهلال الأحمر الفلسطيني في بيان عن استشهاد اثنين من طواقمه.",
                want: &[(I, "استشهاد اثنين من طواقمه", Some("الهلال الأحمر"))],
            },
            Case {
                name: "a short quote after لـ names a medium, not a quote of the cue after it",
                text: "وفي تصريح خاص لـ\"العربية\"، قال الخبير العسكري اللواء المتقاعد فايز الدويري إن المعارك ستطول.",
                want: &[(I, "المعارك ستطول", Some("فايز الدويري"))],
            },
            Case {
                name: "a title over a listed organisation and its bracketed acronym",
                text: "وقال المفوض العام لوكالة غوث وتشغيل اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني إن الوضع كارثي.",
                want: &[(I, "الوضع كارثي", Some("فيليب لازاريني"))],
            },
            Case {
                name: "an envoy's title runs over لدى and its country",
                text: "وقالت السفيرة الأمريكية لدى العراق ألينا رومانوسكي إن واشنطن تدعم استقرار العراق.",
                want: &[(I, "واشنطن تدعم استقرار العراق", Some("ألينا رومانوسكي"))],
            },
            Case {
                name: "a title placed with في before the name still gives the speaker",
                text: "وقال منسق الشؤون الإنسانية في السودان توم فليتشر في مؤتمر صحافي إن الوضع كارثي.",
                want: &[(I, "الوضع كارثي", Some("توم فليتشر"))],
            },
            Case {
                name: "في after a title with no name after it is the sentence's",
                text: "وقال الوزير في المؤتمر إن الحكومة ستواصل العمل.",
                want: &[(I, "الحكومة ستواصل العمل", None)],
            },
            Case {
                name: "the noun after a participle is its object, not its subject",
                text: "وطالب زعيم المعارضة يائير لابيد بإجراء انتخابات مبكرة، واصفا الحكومة بأنها \"الأسوأ\".",
                want: &[(D, "الأسوأ", Some("يائير لابيد"))],
            },
            Case {
                name: "a statement issued by the cue's subject (أكدت X في بيان) speaks for X when named later",
                text: "وقال المحامي خالد أبو بكر إن موكله بريء. من جهتها، أكدت النيابة العامة في بيان أن التحقيقات كشفت عن شبكة. وأوضح البيان أن المتهم دفع مبالغ.",
                want: &[
                    (I, "موكله بريء", Some("خالد أبو بكر")),
                    (I, "التحقيقات كشفت عن شبكة", Some("النيابة العامة")),
                    (I, "المتهم دفع مبالغ", Some("النيابة العامة")),
                ],
            },
            Case {
                name: "a name in apposition to a noun with a glued preposition is no subject",
                text: "وأشاد قائد الفريق أحمد حسن بزميله محمد صلاح، قائلا إنه \"أفضل لاعب\".",
                want: &[(D, "أفضل لاعب", Some("أحمد حسن"))],
            },
            Case {
                name: "a nisba after a definite title is its adjective; لل + noun is the title's club",
                text: "وقال المدير الفني للأهلي مارسيل كولر إن الفريق جاهز.",
                want: &[(I, "الفريق جاهز", Some("مارسيل كولر"))],
            },
            Case {
                name: "a headline's cue takes nothing from the body",
                text: "منظمة الصحة العالمية تعلن انتهاء تفشي الكوليرا\n\nجنيف - أعلنت منظمة الصحة العالمية يوم الاثنين انتهاء تفشي وباء الكوليرا في لبنان.",
                want: &[(
                    I,
                    "انتهاء تفشي وباء الكوليرا في لبنان",
                    Some("منظمة الصحة العالمية"),
                )],
            },
            Case {
                name: "an office placed with في after its organisation, before the name",
                text: "وقال ممثل المنظمة في لبنان عبد الناصر أبو بكر إن التعاون كان حاسما.",
                want: &[(I, "التعاون كان حاسما", Some("عبد الناصر أبو بكر"))],
            },
            Case {
                name: "a title first, its holder named later with a shorter form of it",
                text: "اعتذر المدير التنفيذي لسلسلة مقاهي ستاربكس عن الاعتقال \"المستحق للوم\". وقال كيفن جونسون، المدير التنفيذي لستاربكس، إن المدير فصل.",
                want: &[
                    (D, "المستحق للوم", Some("كيفن جونسون")),
                    (I, "المدير فصل", Some("كيفن جونسون")),
                ],
            },
            Case {
                name: "an outlet named in quotes after شبكة is a name, not a quote; an unknown speaker before لشبكة/لرويترز is a name",
                text: "وقال جونسون لشبكة \"ايه بي سي نيوز\" الإخبارية إن الظروف صعبة. وقال تشانغ لرويترز إن السوق مستقر.",
                want: &[
                    (I, "الظروف صعبة", Some("جونسون")),
                    (I, "السوق مستقر", Some("تشانغ")),
                ],
            },
            Case {
                name: "كشف takes a noun phrase; a short quote after a naming noun is a title, not words said",
                text: "كشف الشاعر المصري عبدالرحمن الابنودي عن بدايته في كتابة رواية تحمل عنوان \"فاطمة الجندول\".",
                want: &[(
                    I,
                    "بدايته في كتابة رواية تحمل عنوان \"فاطمة الجندول\"",
                    Some("عبدالرحمن الابنودي"),
                )],
            },
            Case {
                name: "where an office serves, with ب glued to an area word, is part of the title",
                text: "بدوره، كشف مدير عام الشؤون الصحية بمنطقة الرياض الدكتور عبدالله العمري عن افتتاح مستشفى جديد.",
                want: &[(I, "افتتاح مستشفى جديد", Some("عبدالله العمري"))],
            },
            Case {
                name: "an indefinite title is in construct with the definite word after it",
                text: "في المقابل، اعترف مدرب السيتي بيب غوارديولا بأن فريقه يمر بفترة صعبة.",
                want: &[(I, "فريقه يمر بفترة صعبة", Some("بيب غوارديولا"))],
            },
            Case {
                name: "a title nobody holds, in subject position, speaks for no one earlier",
                text: "انتقدت الولايات المتحدة القرار. وقالت المحللة في بنك جي بي مورغان إن الأسعار سترتفع.",
                want: &[(I, "الأسعار سترتفع", None)],
            },
            Case {
                name: "a verbal noun with ة is no cue (إفادة is not أفاده)",
                text: "وقال المتحدث باسم المنظمة طارق ياساريفيتش في إفادة صحفية في جنيف إن الإصابات تجاوزت 300 ألف.",
                want: &[(I, "الإصابات تجاوزت 300 ألف", Some("طارق ياساريفيتش"))],
            },
            Case {
                name: "a title's holder named between commas after a في phrase",
                text: "وقالت منسقة الطوارئ في المنظمة، ماري لوز، لرويترز: «الناس يأتون إلينا في حالة جفاف».",
                want: &[(D, "الناس يأتون إلينا في حالة جفاف", Some("ماري لوز"))],
            },
            Case {
                name: "a nominal cue's subject, then where it is, then the noun phrase",
                text: "وأعلنت وزارة الصحة في غزة ارتفاع حصيلة الضحايا إلى أكثر من 45 ألفا.",
                want: &[(I, "ارتفاع حصيلة الضحايا إلى أكثر من 45 ألفا", Some("وزارة الصحة"))],
            },
            Case {
                name: "a listed company's name ends with its country (أرامكو السعودية)",
                text: "أعلنت شركة أرامكو السعودية، الثلاثاء، تراجع صافي أرباحها في الربع الثالث.",
                want: &[(I, "تراجع صافي أرباحها في الربع الثالث", Some("أرامكو"))],
            },
            Case {
                name: "بحسب ما + a reporting verb + the source; a relayed unnamed source is nobody",
                text: "استشهد 12 فلسطينيا في قصف على مخيم النصيرات، بحسب ما أفاد الدفاع المدني في القطاع. وقتل خمسة جنود، وفق ما نقلته وكالة رويترز عن مصدر عسكري.",
                want: &[
                    (I, "استشهد 12 فلسطينيا في قصف على مخيم النصيرات", Some("الدفاع المدني")),
                    (I, "وقتل خمسة جنود", None),
                ],
            },
            Case {
                name: "a family name after the sentence's opening verb is the person, who goes on speaking",
                text: "وتصدر ائتلاف يتزعمه رئيس الوزراء محمد شياع السوداني النتائج. ورحب السوداني بالنتائج، وكتب في منشور: «فاز العراق».",
                want: &[(D, "فاز العراق", Some("محمد شياع السوداني"))],
            },
            Case {
                name: "a title with a possessive before a name (رئيسها); a ة word is no possessive",
                text: "هنأت البعثة الشعب، وقال رئيسها محمد الحسان إن الانتخابات خطوة مهمة. وقالت محافظة الخرج إن المشروع اكتمل.",
                want: &[
                    (I, "الانتخابات خطوة مهمة", Some("محمد الحسان")),
                    (I, "المشروع اكتمل", Some("محافظة الخرج")),
                ],
            },
            Case {
                name: "a feminine title writes its ة as ت before the possessive (مديرتها)",
                text: "وأعربت المنظمة عن قلقها، وقالت نائبة مديرتها الإقليمية سارة حشاش إن السلطات تستخدم القضاء.",
                want: &[(I, "السلطات تستخدم القضاء", Some("سارة حشاش"))],
            },
            Case {
                name: "a generic title with the article as a cue's subject is the official just named",
                text: "وقال منسق الشؤون الإنسانية في سوريا آدم عبد المولى إن الاحتياجات كبيرة. وأوضح المسؤول الأممي أن المبلغ سيخصص للغذاء.",
                want: &[
                    (I, "الاحتياجات كبيرة", Some("آدم عبد المولى")),
                    (I, "المبلغ سيخصص للغذاء", Some("آدم عبد المولى")),
                ],
            },
            Case {
                name: "... or unnamed; a news outlet after a title with ل is whom it was said to",
                text: "وقال الوزير أسعد الشيباني إن الاحتياجات كبيرة. وقال مسؤول أمريكي لرويترز إن واشنطن تدرس الطلب. وأضاف المسؤول أن القرار لم يتخذ.",
                want: &[
                    (I, "الاحتياجات كبيرة", Some("أسعد الشيباني")),
                    (I, "واشنطن تدرس الطلب", Some("مسؤول أمريكي")),
                    (I, "القرار لم يتخذ", Some("مسؤول أمريكي")),
                ],
            },
            Case {
                name: "a body named after لل is written with its article (للديوان الملكي)",
                text: "واستقبل الملك محمد السادس رئيس الوزراء الإسباني، حسب بيان للديوان الملكي.",
                want: &[(I, "واستقبل الملك محمد السادس رئيس الوزراء الإسباني", Some("الديوان الملكي"))],
            },
            Case {
                name: "a nationality with the article between the cue and the name; a first name that reads as a nationality after it",
                text: "وأكد الإسباني تشابي ألونسو مدرب ريال مدريد أن فريقه جاهز. وقال البرتغالي جورجي جيسوس إن المباراة صعبة.",
                want: &[
                    (I, "فريقه جاهز", Some("تشابي ألونسو")),
                    (I, "المباراة صعبة", Some("جورجي جيسوس")),
                ],
            },
            Case {
                name: "the town an MP sits for, after an area noun, is part of the title",
                text: "وقال عضو مجلس النواب عن مدينة بنغازي سعيد امغيب إن الانتخابات لا تكفي.",
                want: &[(I, "الانتخابات لا تكفي", Some("سعيد امغيب"))],
            },
            Case {
                name: "المعارض is a title, also after a party's leader",
                text: "وقال المعارض البارز جوهر بن مبارك إن الحكم سياسي. وانتقد زعيم الحزب الشعبي المعارض ألبرتو نونيث فيخو الاتفاقيات، قائلا إن الحكومة لم تطلع البرلمان.",
                want: &[
                    (I, "الحكم سياسي", Some("جوهر بن مبارك")),
                    (I, "الحكومة لم تطلع البرلمان", Some("ألبرتو نونيث فيخو")),
                ],
            },
            Case {
                name: "what an office is charged with (المكلف بـ) is part of the title",
                text: "وقالت المفوضة المكلفة بالمساواة والاستعداد وإدارة الأزمات حجة لحبيب إن الاتحاد سيبقى. وقال الوزير المكلف بالعلاقات مع البرلمان مصطفى بايتاس إن الحكومة ملتزمة.",
                want: &[
                    (I, "الاتحاد سيبقى", Some("حجة لحبيب")),
                    (I, "الحكومة ملتزمة", Some("مصطفى بايتاس")),
                ],
            },
            Case {
                name: "the bloc an MP sits for, with what it is for (كتلة الوفاء للمقاومة)",
                text: "ورأى النائب عن كتلة الوفاء للمقاومة حسن فضل الله أن بقاء القوات خرق للاتفاق.",
                want: &[(I, "بقاء القوات خرق للاتفاق", Some("حسن فضل الله"))],
            },
            Case {
                name: "an unnamed subject in the accusative after لكن is nobody named, not the last speaker",
                text: "وقال حازم قاسم إن الحركة منفتحة. لكن مسؤولا إسرائيليا قال إن الخطاب مكرر.",
                want: &[
                    (I, "الحركة منفتحة", Some("حازم قاسم")),
                    (I, "الخطاب مكرر", None),
                ],
            },
            Case {
                name: "reports (تقارير) are a body's statements after بحسب",
                text: "ويعد الأردن من أفقر دول العالم مائيا، بحسب تقارير الأمم المتحدة.",
                want: &[(I, "ويعد الأردن من أفقر دول العالم مائيا", Some("الأمم المتحدة"))],
            },
            Case {
                name: "a feminine head after a masculine cue is its object, and the subject goes on",
                text: "وقال كاتس إن قواته ستبقى. وقال حزب الله في بيان إن الاحتلال مستمر، ودعا الحكومة إلى \"تحمل مسؤولياتها\".",
                want: &[
                    (I, "قواته ستبقى", Some("كاتس")),
                    (I, "الاحتلال مستمر", Some("حزب الله")),
                    (D, "تحمل مسؤولياتها", Some("حزب الله")),
                ],
            },
            Case {
                name: "أجاب is a cue; its subject is the one just asked",
                text: "تحدثت وزيرة البيئة نور الجازي عن خطط الحكومة. وسألت الصحيفة الوزيرة عن المشروع، فأجابت: \"المشروع يسير وفق الجدول الزمني\".",
                want: &[(D, "المشروع يسير وفق الجدول الزمني", Some("نور الجازي"))],
            },
            Case {
                name: "a woman named with an office's masculine title is the feminine title alone",
                text: "وقال وزير المالية نورة الفصام إن العجز يبلغ 5.6 مليار دينار. وأكدت الوزيرة أن الحكومة ستعمل على ترشيد الإنفاق.",
                want: &[
                    (I, "العجز يبلغ 5.6 مليار دينار", Some("نورة الفصام")),
                    (I, "الحكومة ستعمل على ترشيد الإنفاق", Some("نورة الفصام")),
                ],
            },
            Case {
                name: "a country director (المدير القطري) is no Qatari; a common first word before a family name where the name ends",
                text: "بدوره، قال المدير القطري لبرنامج الأغذية العالمي في السودان إيدي رو إن القوافل تنتظر.",
                want: &[(I, "القوافل تنتظر", Some("إيدي رو"))],
            },
            Case {
                name: "a numbered campus is part of the institution before the holder's honorific",
                text: "وقال أستاذ العلاقات الدولية بجامعة الجزائر 3 الدكتور إسماعيل دبش إن الأزمة تعكس حسابات انتخابية.",
                want: &[(I, "الأزمة تعكس حسابات انتخابية", Some("إسماعيل دبش"))],
            },
            Case {
                name: "a relayed source that is a title with no name, after an aside, is nobody",
                text: "ونقلت وكالة رويترز عن مسؤول في الخارجية، لم تكشف اسمه، قوله إن طهران منفتحة على المفاوضات.",
                want: &[(I, "طهران منفتحة على المفاوضات", None)],
            },
            Case {
                name: "a negated cue reports nothing",
                text: "ولم يوضح الوزير أن الحكومة ستتراجع عن القرار.",
                want: &[],
            },
            Case {
                name: "جاء فيه: the statement just named, issued by the sentence's subject",
                text: "بدورها، رحبت الولايات المتحدة وفرنسا بالقرار في بيان مشترك، جاء فيه أن إيران تواصل التصعيد.",
                want: &[(I, "إيران تواصل التصعيد", Some("الولايات المتحدة"))],
            },
            Case {
                name: "a statement right after its issuer, the subject",
                text: "وأصدرت وزارة الخارجية الأردنية بيانا جاء فيه أن الوزير سيزور القاهرة.",
                want: &[(I, "الوزير سيزور القاهرة", Some("وزارة الخارجية الأردنية"))],
            },
            Case {
                name: "an acronym in brackets is the organisation's other name, also alone later",
                text: "وقالت القيادة المركزية الأمريكية (سنتكوم) إن مدمرة أسقطت طائرتين. وأكدت سنتكوم أن العملية نجحت.",
                want: &[
                    (I, "مدمرة أسقطت طائرتين", Some("القيادة المركزية الأمريكية")),
                    (I, "العملية نجحت", Some("القيادة المركزية الأمريكية")),
                ],
            },
            Case {
                name: "قال فيها after remarks credited with ل to a named person is that person's; بيّن in its forms that are not بين (between) is a cue",
                text: "وفي تصريحات للمدرب جوزيه غوميز، قال فيها إن الفريق جاهز. وقالت الوزيرة إن العمل مستمر، مبينة أن الخطة اكتملت.",
                want: &[
                    (I, "الفريق جاهز", Some("جوزيه غوميز")),
                    (I, "العمل مستمر", None),
                    (I, "الخطة اكتملت", None),
                ],
            },
            Case {
                name: "بيّن written بين is a cue where a subject and أن follow with nothing coordinated (not بين العبادي والصدر, من بين)",
                text: "وبين وزير الصحة خالد الجار الله أن الحالات تراجعت. ويظهر اللقاء بين العبادي والصدر أن الخلاف انتهى. ومن بين الأسباب أن الطقس بارد.",
                want: &[(I, "الحالات تراجعت", Some("خالد الجار الله"))],
            },
            Case {
                name: "بيّن written بين before an office in construct with a coordinated field (وكيل وزارة الاقتصاد والتخطيط) is a cue",
                text: "وبين وكيل وزارة الاقتصاد والتخطيط للشؤون الاقتصادية الدكتور عبدالعزيز العرفج أن الإصلاحات بدأت.",
                want: &[(I, "الإصلاحات بدأت", Some("عبدالعزيز العرفج"))],
            },
            Case {
                name: "a title's holder between a comma and a colon, an honorific before the name",
                text: "وقالت رئيسة قسم الاقتصاد في الجامعة، الدكتورة منى العتيبي: \"الأرقام مشجعة\".",
                want: &[(D, "الأرقام مشجعة", Some("منى العتيبي"))],
            },
            Case {
                name: "an attribution phrase's source with its acronym in brackets",
                text: "ووفقا لبيانات الجهاز المركزي للتعبئة العامة والإحصاء (كابماس)، بلغ التضخم 13 في المئة.",
                want: &[(
                    I,
                    "بلغ التضخم 13 في المئة",
                    Some("الجهاز المركزي للتعبئة العامة والإحصاء"),
                )],
            },
        ];
        for case in cases {
            let a = analyze(case.text).unwrap();
            let got = quotes(&a);
            let want: Vec<(QuoteKind, String, Option<String>)> = case
                .want
                .iter()
                .map(|(k, t, s)| (*k, t.to_string(), s.map(str::to_string)))
                .collect();
            assert_eq!(got, want, "{}", case.name);
        }
    }

    #[test]
    fn a_set_member_always_has_its_signature_bit() {
        use super::signature_bit;
        // (set of keys, a member asked)
        let cases: &[(&[&str], &str)] = &[
            (&["ماكرون", "بايدن"], "ماكرون"),
            (&["ماكرون", "بايدن"], "بايدن"),
            (&[""], ""),
            (&["Lavrov", "ماكرون"], "Lavrov"),
        ];
        for (set, key) in cases {
            let bits = set.iter().fold(0, |m, k| m | signature_bit(k));
            assert_ne!(bits & signature_bit(key), 0, "{key} in {set:?}");
        }
        // Different lengths or last letters spread over the bits.
        assert_ne!(signature_bit("ماكرون"), signature_bit("ماكرو"));
        assert_ne!(signature_bit("ماكرون"), signature_bit("ماكرول"));
    }

    #[test]
    fn one_actor_under_every_name() {
        let text = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع. وأكد لافروف أن روسيا ستواصل دعمها، فيما انتقد وزير الخارجية الروسي الموقف الأمريكي.";
        let a = analyze(text).unwrap();
        let lavrov: Vec<_> = a
            .actors
            .iter()
            .filter(|x| x.name == "سيرغي لافروف")
            .collect();
        assert_eq!(lavrov.len(), 1);
        let forms: Vec<&str> = lavrov[0].mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(forms, ["سيرغي لافروف", "لافروف", "وزير الخارجية"]);
        assert_eq!(lavrov[0].role.as_deref(), Some("وزير الخارجية الروسي"));
        let russia = a
            .actors
            .iter()
            .find(|x| x.country.as_deref() == Some("RU") && x.kind == crate::ActorKind::Country)
            .unwrap();
        let forms: Vec<&str> = russia.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(forms, ["الروسي", "موسكو", "روسيا", "الروسي"]);
    }

    #[test]
    fn a_listed_company_named_with_its_head_is_what_the_head_refers_back_to() {
        // شركة + a listed name: الشركة and للشركة later are that company.
        let text = "أعلنت شركة طيران الخليج البحرينية شراء 20 طائرة. وقال الرئيس التنفيذي للشركة جيفري غوه إن الشركة تتوقع أرباحا.";
        let a = analyze(text).unwrap();
        let air = a.actors.iter().find(|x| x.name == "طيران الخليج").unwrap();
        let forms: Vec<&str> = air.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(forms, ["شركة طيران الخليج البحرينية", "للشركة", "الشركة"]);
    }

    #[test]
    fn a_listed_person_named_bare_then_with_a_title_is_one_actor() {
        let text = "وقال الوزيران، بدر عبد العاطي وأيمن الصفدي، إن البلدين يرفضان التهجير. وأضاف وزير الخارجية المصري بدر عبد العاطي أن القاهرة تواصل اتصالاتها.";
        let a = analyze(text).unwrap();
        let badr: Vec<_> = a
            .actors
            .iter()
            .filter(|x| x.name == "بدر عبد العاطي")
            .collect();
        assert_eq!(badr.len(), 1);
        assert_eq!(badr[0].mentions.len(), 2);
        assert_eq!(badr[0].role.as_deref(), Some("وزير الخارجية المصري"));
    }

    #[test]
    fn a_name_starting_with_lam_after_the_preposition_lam() {
        // للبنان is ل + لبنان, not ل + ال + بنان.
        let a = analyze(
            "قدمت فرنسا مساعدات للبنان. وقال المدرب الهولندي لليفربول آرني سلوت إن المباراة صعبة.",
        )
        .unwrap();
        let names: Vec<(&str, Vec<&str>)> = a
            .actors
            .iter()
            .map(|x| {
                (
                    x.name.as_str(),
                    x.mentions.iter().map(|m| m.text.as_str()).collect(),
                )
            })
            .collect();
        assert!(names.contains(&("لبنان", vec!["لبنان"])), "{names:?}");
        assert!(names.contains(&("ليفربول", vec!["ليفربول"])), "{names:?}");
        assert!(
            names.contains(&("آرني سلوت", vec!["آرني سلوت"])),
            "{names:?}"
        );
    }

    #[test]
    fn an_organisation_named_without_its_adjective_is_the_one_named_in_full() {
        let text = "رفع البنك المركزي المصري أسعار الفائدة. وقال محافظ البنك المركزي حسن عبد الله إن البنك لن يتردد. وأشاد صندوق النقد الدولي بالقرار.";
        let a = analyze(text).unwrap();
        let banks: Vec<_> = a
            .actors
            .iter()
            .filter(|x| x.kind == crate::ActorKind::Organization && x.name.contains("البنك"))
            .collect();
        assert_eq!(banks.len(), 1, "{:?}", a.actors);
        let forms: Vec<&str> = banks[0].mentions.iter().map(|m| m.text.as_str()).collect();
        assert!(forms.contains(&"البنك المركزي"), "{forms:?}");
    }
}

#[cfg(test)]
mod group_tests {
    use crate::{analyze, ActorKind};

    #[test]
    fn a_collective_with_and_without_the_article_is_one_group() {
        let text = "قال علماء إن العقار آمن. وأضاف العلماء أن التجارب ستستمر.";
        let a = analyze(text).unwrap();
        let groups: Vec<_> = a
            .actors
            .iter()
            .filter(|x| x.kind == ActorKind::Group)
            .collect();
        assert_eq!(groups.len(), 1, "{groups:?}");
        assert_eq!(a.quotes.len(), 2);
        assert!(a
            .quotes
            .iter()
            .all(|q| q.speaker.as_ref() == Some(&groups[0].id)));
    }
}

#[cfg(test)]
mod engine_tests {
    use super::Arabic;
    use crate::findings::Findings;
    use crate::text::document::Document;

    #[test]
    fn words_listed_for_the_tagger_are_the_ones_it_keeps() {
        struct Case {
            name: &'static str,
            text: &'static str,
        }
        let cases = [
            Case {
                name: "seed article",
                text: include_str!("../../tests/fixtures/seed.ar.txt"),
            },
            Case {
                name: "clitics, a passive cue, Latin words, numbers, dotted words, quotes",
                text: "وقال للرئيس بالرئيس والرئيس يدعى «ماكرون» (AP) U.S. Reuters 1,000 ١٠٠٠ قال: \"لا\"؛ وزير الخارجية.",
            },
        ];
        for c in cases {
            let doc = Document::new(c.text);
            let mut findings = Findings::default();
            let mut a = Arabic::new(&doc, 0..doc.tokens.len(), &mut findings);
            a.build_cache();
            let mut listed = 0;
            for i in 0..doc.tokens.len() {
                let want = crate::tagger::kept(&doc, i);
                assert_eq!(
                    a.listed_for_tagger(i),
                    want,
                    "{}: {:?}",
                    c.name,
                    doc.word(i)
                );
                listed += usize::from(want);
            }
            // Both answers occur.
            assert!(listed > 0 && listed < doc.tokens.len(), "{}", c.name);
        }
    }

    /// `written_imam` (tested on bytes, after a length check) is true for
    /// إمام alone or after one و or ف, and for nothing else.
    #[test]
    fn written_imam_is_imam_alone_or_after_one_conjunction() {
        struct Case {
            name: &'static str,
            word: &'static str,
            want: bool,
        }
        let cases = [
            Case {
                name: "alone",
                word: "إمام",
                want: true,
            },
            Case {
                name: "after و",
                word: "وإمام",
                want: true,
            },
            Case {
                name: "after ف",
                word: "فإمام",
                want: true,
            },
            Case {
                name: "two conjunctions",
                word: "ووإمام",
                want: false,
            },
            Case {
                name: "after ب (same length as after و)",
                word: "بإمام",
                want: false,
            },
            Case {
                name: "with the article",
                word: "الإمام",
                want: false,
            },
            Case {
                name: "أمام (in front of)",
                word: "أمام",
                want: false,
            },
            Case {
                name: "إمامة (a longer word)",
                word: "إمامة",
                want: false,
            },
            Case {
                name: "a word of another length",
                word: "قال",
                want: false,
            },
        ];
        for c in cases {
            let doc = Document::new(c.word);
            let mut findings = Findings::default();
            let a = Arabic::new(&doc, 0..doc.tokens.len(), &mut findings);
            assert_eq!(a.written_imam(0), c.want, "{}", c.name);
        }
    }
}

#[cfg(test)]
mod name_tests {
    use crate::{analyze, ActorKind};

    struct Case {
        name: &'static str,
        text: &'static str,
        /// Each person: name, role, mentions.
        want: &'static [(&'static str, Option<&'static str>, &'static [&'static str])],
    }

    #[test]
    fn people_names_roles_and_surnames() {
        let cases = [
            Case {
                name: "an indefinite title counted by a number or amount (12 ألف موظف وموظفة، 40 مهندس) is a count of people, no one's title; a definite one after a number stays a title (الدقيقة 78 والمدافع)",
                text: "وأعلنت الرئاسة تجنيد 12 ألف موظف وموظفة لخدمة ضيوف الرحمن، وأكد المدير أن 40 مهندس اتصالات سيعملون في الغرفة. وسجل الفريق هدفه في الدقيقة 78 والمدافع خالد العتيبي يتابع الكرة.",
                want: &[("خالد العتيبي", Some("المدافع"), &["خالد العتيبي"])],
            },
            Case {
                name: "after a title and a known first name, a title or institution word without the article where the name ends, or before a second office, is the family name (عزمي محافظة)",
                text: "وقال وزير التربية والتعليم عزمي محافظة في مؤتمر صحفي إن النتائج جاهزة. وحضر محافظ المفرق الدكتور بدران العمر ومدير الأمن العام اللواء عبيد الله المعايطة.",
                want: &[
                    ("عزمي محافظة", Some("وزير التربية والتعليم"), &["عزمي محافظة"]),
                    ("بدران العمر", Some("محافظ المفرق"), &["بدران العمر"]),
                    ("عبيد الله المعايطة", Some("مدير الأمن العام"), &["عبيد الله المعايطة"]),
                ],
            },
            Case {
                name: "the region a post covers after the body it serves is the title's (في بنك آي إن جي لمنطقة آسيا)",
                text: "وقال كبير الاقتصاديين في بنك آي إن جي لمنطقة آسيا روبرت كارنيل إن الأسواق جاذبة.",
                want: &[("روبرت كارنيل", Some("كبير الاقتصاديين في بنك آي إن جي لمنطقة آسيا"), &["روبرت كارنيل"])],
            },
            Case {
                name: "a military rank after a definite word ending the office's body is the holder's, not the role's (الدفاع المدني الفريق); قائد الفريق is the team's captain",
                text: "وأشار مدير عام الدفاع المدني الفريق محمد القرني إلى أن الخطة جاهزة. وقال قائد الفريق زياد الصحفي إن اللاعبين جاهزون.",
                want: &[
                    ("محمد القرني", Some("مدير عام الدفاع المدني"), &["محمد القرني"]),
                    ("زياد الصحفي", Some("قائد الفريق"), &["زياد الصحفي"]),
                ],
            },
            Case {
                name: "a definite adjective before a preposition glued to a known noun is no foreign name (أستاذة الغدد الصماء بكلية الطب)",
                text: "وقالت الدكتورة فاطمة الكعبي، أستاذة الغدد الصماء بكلية الطب، إن النتائج مقلقة.",
                want: &[("فاطمة الكعبي", Some("أستاذة الغدد الصماء بكلية الطب"), &["فاطمة الكعبي", "أستاذة الغدد الصماء"])],
            },
            Case {
                name: "a listed person's name goes on with a Gulf family name after آل (فيصل بن فرحان آل سعود)",
                text: "وقال وزير الخارجية الأمير فيصل بن فرحان آل سعود إن المملكة تدعم الحل السياسي.",
                want: &[("فيصل بن فرحان آل سعود", Some("وزير الخارجية"), &["فيصل بن فرحان آل سعود"])],
            },
            Case {
                name: "a Turkish family name of two words (إمام أوغلو: إمام spells imam and in front of) is one name, also alone",
                text: "قال رئيس بلدية إسطنبول أكرم إمام أوغلو إن المدينة تحتاج إلى دعم. وأضاف إمام أوغلو أن الحزب مستعد.",
                want: &[("أكرم إمام أوغلو", Some("رئيس بلدية إسطنبول"), &["أكرم إمام أوغلو", "إمام أوغلو"])],
            },
            Case {
                name: "بين where a Chinese name of three words ends is its last word, not between",
                text: "وقال رئيس الوزراء الصيني الأسبق وانغ ون بين إن الاقتصاد سيتعافى.",
                want: &[("وانغ ون بين", Some("رئيس الوزراء الصيني الأسبق"), &["وانغ ون بين"])],
            },
            Case {
                name: "a country's name after a definite title, before a family name, is a given name (تشاد باون)",
                text: "وقال الخبير الاقتصادي تشاد باون إن الأسعار سترتفع.",
                want: &[("تشاد باون", Some("الخبير الاقتصادي"), &["تشاد باون"])],
            },
            Case {
                name: "a family name that is a common word (عالم) after a given name, before a preposition with the article or where a cue's subject ends",
                text: "فازت الروائية السعودية رجاء عالم بالجائزة. وقالت رجاء عالم في حوار إن الكتابة حياة.",
                want: &[("رجاء عالم", Some("الروائية السعودية"), &["رجاء عالم", "رجاء عالم"])],
            },
            Case {
                name: "an age in an obituary (عن عمر ناهز) and a companion (رفيق درب) are no names",
                text: "وتوفي الفنان سعد الفرج عن عمر ناهز 90 عاما. وكتب الفنان جاسم النبهان: «فقدنا أخا ورفيق درب». ورحل عن عمر يناهز الثمانين.",
                want: &[
                    ("سعد الفرج", Some("الفنان"), &["سعد الفرج"]),
                    ("جاسم النبهان", Some("الفنان"), &["جاسم النبهان"]),
                ],
            },
            Case {
                name: "a syndicate's head (نقيب الصحفيين) is a title; النقيب alone stays the captain's rank",
                text: "وقال نقيب الصحفيين خالد البلشي إن الحريات تراجعت. وقال النقيب أحمد سالم إن الدورية وصلت.",
                want: &[
                    ("خالد البلشي", Some("نقيب الصحفيين"), &["خالد البلشي"]),
                    ("أحمد سالم", Some("النقيب"), &["أحمد سالم"]),
                ],
            },
            Case {
                name: "a title-shaped nisba after a definite noun (السلك الدبلوماسي، الحل الدبلوماسي) is its adjective, no person",
                text: "وقال السفير محمد علي إن السلك الدبلوماسي يعمل بجد، وإن الحل الدبلوماسي ممكن.",
                want: &[("محمد علي", Some("السفير"), &["محمد علي"])],
            },
            Case {
                name: "a Moroccan region's governor (والي جهة مراكش آسفي): the region's cities are the title's",
                text: "وأكد والي جهة مراكش آسفي فريد شوراق أن السلطات تواكب المجلس.",
                want: &[("فريد شوراق", Some("والي جهة مراكش آسفي"), &["فريد شوراق"])],
            },
            Case {
                name: "a newspaper's editor (رئيس تحرير صحيفة النهار، مدير التحرير) is a title",
                text: "وقال رئيس تحرير صحيفة النهار نبيل بومنصف إن الحكومة ضعيفة. وأضاف مدير التحرير في الصحيفة سمير منصور أن الخلاف كبير.",
                want: &[
                    ("نبيل بومنصف", Some("رئيس تحرير صحيفة النهار"), &["نبيل بومنصف"]),
                    ("سمير منصور", Some("مدير التحرير في الصحيفة"), &["سمير منصور"]),
                ],
            },
            Case {
                name: "a consultant's field (استشاري أمراض القلب، عند الأطفال) is the title's, not a name",
                text: "وقال استشاري أمراض القلب الدكتور خالد النمر إن الرياضة تقي من الأمراض. وأوضحت استشارية أمراض القلب عند الأطفال الدكتورة هند الغامدي أن المركز جاهز.",
                want: &[
                    ("خالد النمر", Some("استشاري أمراض القلب"), &["خالد النمر"]),
                    ("هند الغامدي", Some("استشارية أمراض القلب عند الأطفال"), &["هند الغامدي"]),
                ],
            },
            Case {
                name: "a royal's name in an institution inside a title (جامعة الملك عبد العزيز) is no person the tagger adds",
                text: "من جانبه، أشار أستاذ علوم البحار في جامعة الملك عبد العزيز، الدكتور سالم أبو حمدان، إلى أن الدراسة مهمة.",
                want: &[("سالم أبو حمدان", Some("أستاذ علوم البحار في جامعة الملك عبد العزيز"), &["سالم أبو حمدان"])],
            },
            Case {
                name: "an event's organiser is a title, no name (منظم المهرجان)",
                text: "وقال منظم المهرجان إن الإقبال كان كبيرا.",
                want: &[("منظم المهرجان", Some("منظم المهرجان"), &["منظم المهرجان"])],
            },
            Case {
                name: "no person: a plural with a possessive after a title (مقالاته), a set phrase (بحسن ظن)",
                text: "وأكد الكاتب في إحدى مقالاته أن الثقافة ضرورية. وأضاف أن المستثمرين يتعاملون مع السوق بحسن ظن، وأن حسن ظن الناس تراجع.",
                want: &[],
            },
            Case {
                name: "a region's emir named again without the region's noun (أمير القصيم), a name again without the father's (محمد المجلي)",
                text: "ودشن أمير منطقة القصيم الأمير فيصل بن مشعل المشروعات بحضور أمين المنطقة المهندس محمد بن مبارك المجلي. وأكد أمير القصيم أن القيادة حريصة. وقال المهندس محمد المجلي إن العمل مستمر.",
                want: &[
                    ("فيصل بن مشعل", Some("أمير منطقة القصيم"), &["فيصل بن مشعل", "أمير القصيم"]),
                    ("محمد بن مبارك المجلي", Some("أمين المنطقة"), &["محمد بن مبارك المجلي", "محمد المجلي"]),
                ],
            },
            Case {
                name: "a listed bank named with its nisba (البنك الأهلي السعودي) is where the office is",
                text: "وقال المحلل في البنك الأهلي السعودي محمد العمران إن الأرباح ارتفعت.",
                want: &[("محمد العمران", Some("المحلل في البنك الأهلي السعودي"), &["محمد العمران"])],
            },
            Case {
                name: "several honorifics between an office and the name (الأمير الدكتور)",
                text: "وأكد أمير منطقة القصيم الأمير الدكتور فيصل بن مشعل بن سعود أن القيادة حريصة.",
                want: &[("فيصل بن مشعل بن سعود", Some("أمير منطقة القصيم"), &["فيصل بن مشعل بن سعود"])],
            },
            Case {
                name: "a body named by a city no list knows ends before a full name, its holder's",
                text: "وأوضح المتحدث الرسمي باسم أمانة جدة محمد البقمي أن الأمانة جهزت العمال.",
                want: &[("محمد البقمي", Some("المتحدث الرسمي باسم أمانة جدة"), &["محمد البقمي"])],
            },
            Case {
                name: "what the office's body guards against is part of the office (للوقاية من الأمراض ومكافحتها)",
                text: "وأوضح المدير التنفيذي للمركز الوطني للوقاية من الأمراض ومكافحتها الدكتور عبدالله القويزاني أن اللقاح متوفر.",
                want: &[(
                    "عبدالله القويزاني",
                    Some("المدير التنفيذي للمركز الوطني للوقاية من الأمراض ومكافحتها"),
                    &["عبدالله القويزاني"],
                )],
            },
            Case {
                name: "a student where they study, a university named after a royal, then the name: the royal's name ends before another given name",
                text: "وقال الطالب في جامعة الملك سعود أحمد علي الشهري إن الفكرة بدأت.",
                want: &[("أحمد علي الشهري", Some("الطالب في جامعة الملك سعود"), &["أحمد علي الشهري"])],
            },
            Case {
                name: "where the holder serves: a definite body with words no list knows and what it is for, then the name",
                text: "وقال رئيس مجلس المفوضين في المفوضية العليا المستقلة للانتخابات رياض البدران إن النسبة بلغت.",
                want: &[(
                    "رياض البدران",
                    Some("رئيس مجلس المفوضين في المفوضية العليا المستقلة للانتخابات"),
                    &["رياض البدران"],
                )],
            },
            Case {
                name: "where the holder serves: a city no list knows, then an honorific and the name",
                text: "وقال رئيس المجلس البلدي في جدة الدكتور حسين البار إن المشروعات قللت المخاطر.",
                want: &[("حسين البار", Some("رئيس المجلس البلدي في جدة"), &["حسين البار"])],
            },
            Case {
                name: "ب glued to a common noun after a title, before a common word, is no name",
                text: "وقالت إن الثقافة تربط مستقبل الطالب بعلامة واحدة. وقال المواطن بشير الزين إن الحي نظيف.",
                want: &[("بشير الزين", Some("المواطن"), &["بشير الزين"])],
            },
            Case {
                name: "an office right after a name with honorifics before it (الدكتور، صاحب السمو الملكي الأمير) is that person's; the office's body named again by its noun (أمير المنطقة) is theirs too",
                text: "وقال الدكتور ماجد القصبي وزير التجارة إن الأسعار مستقرة. وأضاف وزير التجارة أن الرقابة مستمرة. وقال صاحب السمو الملكي الأمير فيصل بن بندر أمير منطقة الرياض إن المشروعات مهمة. وأضاف أمير المنطقة أن العمل مستمر.",
                want: &[
                    ("ماجد القصبي", Some("وزير التجارة"), &["ماجد القصبي", "وزير التجارة", "وزير التجارة"]),
                    ("فيصل بن بندر", Some("أمير منطقة الرياض"), &["فيصل بن بندر", "أمير منطقة", "أمير المنطقة"]),
                ],
            },
            Case {
                name: "a unit in construct inside a title (فرع، مكتب، لفرع after a definite title), an area noun with an unlisted or definite place (منطقة مكة المكرمة، إمارة منطقة القصيم), a one-word town before a known first name (في الدمام), ب with a definite area and its adjective (بالمنطقة الشرقية)",
                text: "وقال مدير عام فرع وزارة الصحة بالمنطقة الدكتور عبدالله العمري إن المستشفى جاهز. وقال المدير العام لفرع وزارة التجارة بالمنطقة الدكتور ماجد الحربي إن الجولات مستمرة. وقال نائب أمير منطقة مكة المكرمة الأمير عبدالله بن بندر إن العمل مستمر. وأكد وكيل إمارة منطقة القصيم عبدالرحمن الوزان أن الجهات جاهزة. وقال مدير مكتب العمل في الدمام سالم الدوسري إن الحملة مستمرة. وقال مدير عام مكتب التعليم بالمنطقة الشرقية ناصر العلي إن المدارس جاهزة.",
                want: &[
                    ("عبدالله العمري", Some("مدير عام فرع وزارة الصحة بالمنطقة"), &["عبدالله العمري"]),
                    ("ماجد الحربي", Some("المدير العام لفرع وزارة التجارة بالمنطقة"), &["ماجد الحربي"]),
                    ("عبدالله بن بندر", Some("نائب أمير منطقة مكة المكرمة"), &["عبدالله بن بندر"]),
                    ("عبدالرحمن الوزان", Some("وكيل إمارة منطقة القصيم"), &["عبدالرحمن الوزان"]),
                    ("سالم الدوسري", Some("مدير مكتب العمل في الدمام"), &["سالم الدوسري"]),
                    ("ناصر العلي", Some("مدير عام مكتب التعليم بالمنطقة الشرقية"), &["ناصر العلي"]),
                ],
            },
            Case {
                name: "a party named by a people after a leader's title (زعيم حزب العمال) and قد after the name end the office and the name",
                text: "وكان زعيم حزب العمال جيريمي كوربين قد دعا إلى الهدوء.",
                want: &[("جيريمي كوربين", Some("زعيم حزب العمال"), &["جيريمي كوربين"])],
            },
            Case {
                name: "a rank with its qualifier right before the name (العقيد الركن) is how the holder is addressed, not the office",
                text: "وأكد المتحدث باسم التحالف العقيد الركن تركي المالكي أن الصاروخ اعترض.",
                want: &[("تركي المالكي", Some("المتحدث باسم التحالف"), &["تركي المالكي"])],
            },
            Case {
                name: "a nisba-shaped word without the article after a title ending in لل is a first name (للرياضة تركي), and a family named with آل ends the name (آل الشيخ الأهلي: the object)",
                text: "وهنأ رئيس الهيئة العامة للرياضة تركي آل الشيخ الأهلي بالتأهل.",
                want: &[("تركي آل الشيخ", Some("رئيس الهيئة العامة للرياضة"), &["تركي آل الشيخ"])],
            },
            Case {
                name: "a named armed group in construct with a title is the office's body (قائد قوات الدعم السريع); a listed person named first with a title is the actor a later listed name (حميدتي) finds",
                text: "وقال قائد قوات الدعم السريع محمد حمدان دقلو إن قواته ملتزمة. وأكد حميدتي أن الحرب ستنتهي.",
                want: &[("محمد حمدان دقلو", Some("قائد قوات الدعم السريع"), &["محمد حمدان دقلو", "حميدتي"])],
            },
            Case {
                name: "a style of address after a cue (حذر سماحة المفتي، وقال سماحته) is no name: the title's holder speaks",
                text: "حذر سماحة المفتي العام للمملكة الشيخ عبدالعزيز آل الشيخ من الشائعات. وقال سماحته إن الشائعات إثم.",
                want: &[("عبدالعزيز آل الشيخ", Some("المفتي العام للمملكة"), &["عبدالعزيز آل الشيخ"])],
            },
            Case {
                name: "stacked honorifics (الشيخ الدكتور) after an office's definite body words still end the office",
                text: "وقال الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ الدكتور عبدالرحمن السديس إن الرئاسة جاهزة.",
                want: &[("عبدالرحمن السديس", Some("الرئيس العام لشؤون المسجد الحرام والمسجد النبوي"), &["عبدالرحمن السديس"])],
            },
            Case {
                name: "an office in the accusative (أميرا، محافظا) is no part of the appointee's name",
                text: "وقضت الأوامر بتعيين الأمير فيصل بن خالد بن سلطان أميرا لمنطقة الحدود الشمالية، والأمير سعود بن خالد الفيصل محافظا للهيئة.",
                want: &[
                    ("فيصل بن خالد بن سلطان", Some("الأمير"), &["فيصل بن خالد بن سلطان"]),
                    ("سعود بن خالد الفيصل", Some("الأمير"), &["سعود بن خالد الفيصل"]),
                ],
            },
            Case {
                name: "thanks or an arrest after a name (شكره، القبض) is the verb's object, no name word",
                text: "ورفع أمير المنطقة الأمير فيصل بن خالد شكره للقيادة. وأعلن المتحدث الأمني اللواء منصور التركي القبض على مطلوب.",
                want: &[
                    ("فيصل بن خالد", Some("أمير المنطقة"), &["فيصل بن خالد"]),
                    ("منصور التركي", Some("المتحدث الأمني"), &["منصور التركي"]),
                ],
            },
            Case {
                name: "a given name that reads as a nisba after a definite title with و glued (والأمير تركي بن طلال) is no nationality",
                text: "وشملت الأوامر تعيين المهندس صالح الجاسر وزيرا للنقل، والأمير تركي بن طلال نائبا لأمير منطقة عسير.",
                want: &[
                    ("صالح الجاسر", Some("المهندس"), &["صالح الجاسر"]),
                    ("تركي بن طلال", Some("الأمير"), &["تركي بن طلال"]),
                ],
            },
            Case {
                name: "definite words of the office's body that could start a name, right before an honorific and the holder's name, are the office's (المسجد الحرام والمسجد النبوي الشيخ ...)",
                text: "وقال الرئيس العام لشؤون المسجد الحرام والمسجد النبوي الشيخ عبدالرحمن السديس إن الرئاسة جاهزة.",
                want: &[("عبدالرحمن السديس", Some("الرئيس العام لشؤون المسجد الحرام والمسجد النبوي"), &["عبدالرحمن السديس"])],
            },
            Case {
                name: "an office in apposition replaces an honorific as the role (الدكتورة ...، وكيلة وزارة التعليم،); a unit's office alone (مدير فرع المصنع) is not the person before with the same head word",
                text: "وأكدت الدكتورة هيا العواد، وكيلة وزارة التعليم، أن الوزارة ستفتح مدارس جديدة. وقال خالد الراشد، المدير التنفيذي للشركة، إن مدير فرع المصنع في الخبر، الذي عين قبل عام، استقال.",
                want: &[
                    ("هيا العواد", Some("وكيلة وزارة التعليم"), &["هيا العواد", "وكيلة"]),
                    ("خالد الراشد", Some("المدير التنفيذي للشركة"), &["خالد الراشد", "المدير التنفيذي للشركة"]),
                ],
            },
            Case {
                name: "أمين before عمان or العاصمة is a capital's mayor; أمين alone is a given name",
                text: "وقال أمين عمان يوسف الشواربة إن المشروع سيكتمل. وقال وزير الاقتصاد أمين سلام إن الاتفاق قريب.",
                want: &[
                    ("يوسف الشواربة", Some("أمين عمان"), &["يوسف الشواربة"]),
                    ("أمين سلام", Some("وزير الاقتصاد"), &["أمين سلام"]),
                ],
            },
            Case {
                name: "أمين before منطقة، محافظة or عام is a region's mayor or a secretary-general",
                text: "وقال أمين منطقة الرياض الأمير فيصل بن عياف إن العمل مستمر. وقال أمين محافظة جدة صالح التركي إن المشروع سيكتمل. وقال أمين عام مجلس التعاون جاسم البديوي إن الاجتماع ناجح.",
                want: &[
                    ("فيصل بن عياف", Some("أمين منطقة الرياض"), &["فيصل بن عياف"]),
                    ("صالح التركي", Some("أمين محافظة جدة"), &["صالح التركي"]),
                    ("جاسم البديوي", Some("أمين عام مجلس التعاون"), &["جاسم البديوي"]),
                ],
            },
            Case {
                name: "أمين and a definite word before an honorific is a city's mayor (أمين الأحساء المهندس ...)",
                text: "وقال أمين الأحساء المهندس عادل الملحم إن الأمانة انتهت من التصاميم. وقال أمين الجميل إن الوضع صعب.",
                want: &[
                    ("عادل الملحم", Some("أمين الأحساء"), &["عادل الملحم"]),
                    ("أمين الجميل", None, &["أمين الجميل"]),
                ],
            },
            Case {
                name: "a given name that spells a common word (بشر) right after a title, before a family name with the article where the name ends",
                text: "وكان رئيس الوزراء الأردني بشر الخصاونة قد افتتح المشروع. وقال وزير الخارجية الأردني خلال المؤتمر إن النقل أولوية.",
                want: &[
                    ("بشر الخصاونة", Some("رئيس الوزراء الأردني"), &["بشر الخصاونة"]),
                    ("وزير الخارجية الأردني", Some("وزير الخارجية الأردني"), &["وزير الخارجية"]),
                ],
            },
            Case {
                name: "an indefinite head in construct with an unlisted noun and a country named (حاكم مصرف لبنان)",
                text: "وقال حاكم مصرف لبنان رياض سلامة إن المصرف لن يمول الدولة.",
                want: &[("رياض سلامة", Some("حاكم مصرف لبنان"), &["رياض سلامة"])],
            },
            Case {
                name: "Mauritanian ولد joins a name, even before a title word (الشيخ); a word with ل or ب before the holder between commas is where the office is",
                text: "أطلق الرئيس الموريتاني محمد ولد الشيخ الغزواني المشروع. وقال وزير الطاقة محمد ولد خالد إن المحطة كبيرة. وأوضح مدير النقل بالولاية، يوسف بن خليفة، أن الأشغال تقدمت. وقال رئيس المجلس البلدي لوهران، عبد القادر ولد قادة، إن السكان ينتظرون.",
                want: &[
                    ("محمد ولد الشيخ الغزواني", Some("الرئيس الموريتاني"), &["محمد ولد الشيخ الغزواني"]),
                    ("محمد ولد خالد", Some("وزير الطاقة"), &["محمد ولد خالد"]),
                    ("يوسف بن خليفة", Some("مدير النقل بالولاية"), &["يوسف بن خليفة"]),
                    ("عبد القادر ولد قادة", Some("رئيس المجلس البلدي لوهران"), &["عبد القادر ولد قادة"]),
                ],
            },
            Case {
                name: "a name no list knows between commas after a title, its first word a common word's spelling (سنية) or a function word after بن (علية)",
                text: "وأكدت وزيرة الصحة التونسية، سنية بن عمار، أن الوضع مستقر. وقالت المديرة العامة للمرصد، نصاف بن علية، إن المرصد يتابع. وقال حاكم المصرف المركزي، وسيم منصوري، إن المصرف لن يمول الدولة.",
                want: &[
                    ("سنية بن عمار", Some("وزيرة الصحة التونسية"), &["سنية بن عمار"]),
                    ("نصاف بن علية", Some("المديرة العامة للمرصد"), &["نصاف بن علية"]),
                    ("وسيم منصوري", Some("حاكم المصرف المركزي"), &["وسيم منصوري"]),
                ],
            },
            Case {
                name: "an unlisted body in the genitive with ل before the holder's full name; a coordinated field no list knows",
                text: "وقعت شركة سوناطراك الجزائرية للمحروقات عقدا. وقال الرئيس المدير العام لسوناطراك رشيد حشيشي إن الاتفاق مهم. وأشاد وزير الطاقة والمناجم محمد عرقاب بالعقد.",
                want: &[
                    ("رشيد حشيشي", Some("الرئيس المدير العام لسوناطراك"), &["رشيد حشيشي"]),
                    ("محمد عرقاب", Some("وزير الطاقة والمناجم"), &["محمد عرقاب"]),
                ],
            },
            Case {
                name: "an MP of a listed assembly; الحكم with one unlisted word after it is the ruling, no referee",
                text: "وقال النائب في مجلس الأمة بدر الداهوم إن الحكم ظالم.",
                want: &[("بدر الداهوم", Some("النائب في مجلس الأمة"), &["بدر الداهوم"])],
            },
            Case {
                name: "الحكم before a known first name is a referee",
                text: "وقال الحكم محمد معروف إن القرار صحيح.",
                want: &[("محمد معروف", Some("الحكم"), &["محمد معروف"])],
            },
            Case {
                name: "a rank's qualifier after a chained rank (الفريق أول) is no name, and the qualified rank no part of the office (ar31)",
                text: "وقال عضو مجلس السيادة الانتقالي الفريق أول ياسر العطا إن الحرب مستمرة.",
                want: &[(
                    "ياسر العطا",
                    Some("عضو مجلس السيادة الانتقالي"),
                    &["ياسر العطا"],
                )],
            },
            Case {
                name: "an unlisted town whose first letter reads as a preposition (بورتسودان) where the holder serves",
                text: "وقالت المتحدثة باسم المكتب في بورتسودان إيري كانيكو إن المجاعة واقع.",
                want: &[(
                    "إيري كانيكو",
                    Some("المتحدثة باسم المكتب في بورتسودان"),
                    &["إيري كانيكو"],
                )],
            },
            Case {
                name: "a university named after a listed person, with what it is for, is no person",
                text: "وأشار الأستاذ المساعد في جامعة محمد بن زايد للذكاء الاصطناعي تيموثي بالدوين إلى أن النماذج ضعيفة. وقال الأستاذ في جامعة محمد بن زايد جون براون إن البيانات قليلة.",
                want: &[
                    (
                        "تيموثي بالدوين",
                        Some("الأستاذ المساعد في جامعة محمد بن زايد للذكاء الاصطناعي"),
                        &["تيموثي بالدوين"],
                    ),
                    ("جون براون", Some("الأستاذ في جامعة محمد بن زايد"), &["جون براون"]),
                ],
            },
            Case {
                name: "a field done remotely (العمل عن بعد) before the holder's name",
                text: "وأوضح وزير الدولة للاقتصاد الرقمي وتطبيقات العمل عن بعد محمد القرقاوي أن الخطة جاهزة.",
                want: &[(
                    "محمد القرقاوي",
                    Some("وزير الدولة للاقتصاد الرقمي وتطبيقات العمل عن بعد"),
                    &["محمد القرقاوي"],
                )],
            },
            Case {
                name: "a town no list knows where the holder serves, before a name whose first word no list knows",
                text: "وقال مدير الدفاع المدني في إدلب رائد الصالح إنه لم ترد تقارير عن أضرار.",
                want: &[("رائد الصالح", Some("مدير الدفاع المدني في إدلب"), &["رائد الصالح"])],
            },
            Case {
                name: "علي after a title before a family name of two words no list knows",
                text: "وقال وزير الداخلية التركي علي يرلي كايا للصحفيين إن فرق الإنقاذ تبحث عن ناجين.",
                want: &[("علي يرلي كايا", Some("وزير الداخلية التركي"), &["علي يرلي كايا"])],
            },
            Case {
                name: "a university named after a city no list knows, with and without its adjective",
                text: "وقال أستاذ علم الزلازل في جامعة إسطنبول التقنية ناجي غورور إن الزلزال لم يكن مفاجئا. وقال الأستاذ في جامعة أنطاليا كمال أوزتورك إن المباني قديمة.",
                want: &[
                    ("ناجي غورور", Some("أستاذ علم الزلازل في جامعة إسطنبول التقنية"), &["ناجي غورور"]),
                    ("كمال أوزتورك", Some("الأستاذ في جامعة أنطاليا"), &["كمال أوزتورك"]),
                ],
            },
            Case {
                name: "a ministry of two coordinated fields (والرياضة is no name's start)",
                text: "وقال وزير الشباب والرياضة محمد الرحموني إن الحملة ناجحة.",
                want: &[("محمد الرحموني", Some("وزير الشباب والرياضة"), &["محمد الرحموني"])],
            },
            Case {
                name: "a coordinated field of the office, then where the holder serves and an honorific",
                text: "وأوضحت مديرة مديرية الأوبئة ومحاربة الأمراض في الوزارة الدكتورة نعيمة الرحموني أن الحملة ناجحة.",
                want: &[(
                    "نعيمة الرحموني",
                    Some("مديرة مديرية الأوبئة ومحاربة الأمراض في الوزارة"),
                    &["نعيمة الرحموني"],
                )],
            },
            Case {
                name: "a Maghrebi first name with the article after a title and its field",
                text: "وحذر الطبيب المختص في الأمراض المعدية الطيب حمضي من الإشاعات.",
                want: &[("الطيب حمضي", Some("الطبيب المختص في الأمراض المعدية"), &["الطيب حمضي"])],
            },
            Case {
                name: "a title described with بأن after an apposed name is the verb's object, no mention of hers",
                text: "ووصفت زوجة الباقر، المحامية نعمة هشام، الحكم بأنه صادم.",
                want: &[("نعمة هشام", Some("المحامية"), &["نعمة هشام"])],
            },
            Case {
                name: "a firm no list knows after لدى is the holder's employer",
                text: "وقال فيل فلين كبير المحللين لدى برايس فيوتشرز جروب إن القرار جاء متماشيا مع التوقعات.",
                want: &[(
                    "فيل فلين",
                    Some("كبير المحللين لدى برايس فيوتشرز جروب"),
                    &["فيل فلين", "كبير المحللين"],
                )],
            },
            Case {
                name: "a title alone, then the holder between commas with a trade and nationality of their own; دار heads a body",
                text: "وقالت رئيسة لجنة التحكيم، الناقدة المصرية شيرين أبو النجا، إن الرواية جريئة. وقال الناشر اللبناني حسن ياغي، مدير دار التنوير، إن الفوز مهم.",
                want: &[
                    ("شيرين أبو النجا", Some("رئيسة لجنة التحكيم"), &["رئيسة", "شيرين أبو النجا"]),
                    ("حسن ياغي", Some("الناشر اللبناني"), &["حسن ياغي", "مدير"]),
                ],
            },
            Case {
                name: "علي after a title, before a definite common word where the name ends (علي الذهب)",
                text: "وقال الخبير في الشؤون البحرية علي الذهب لرويترز إن الشركات لن تعود.",
                want: &[("علي الذهب", Some("الخبير في الشؤون البحرية"), &["علي الذهب"])],
            },
            Case {
                name: "a government \"recognised internationally\" where the holder serves is part of the title",
                text: "وقال وزير الإعلام في الحكومة اليمنية المعترف بها دوليا معمر الإرياني إن الجماعة تهدد الملاحة.",
                want: &[(
                    "معمر الإرياني",
                    Some("وزير الإعلام في الحكومة اليمنية المعترف بها دوليا"),
                    &["معمر الإرياني"],
                )],
            },
            Case {
                name: "an indefinite complement is in construct with the place it governs (ولي عهد دبي)",
                text: "وقال ولي عهد دبي الشيخ حمدان بن محمد إن المدينة جاهزة.",
                want: &[("حمدان بن محمد", Some("ولي عهد دبي"), &["حمدان بن محمد"])],
            },
            Case {
                name: "a title after ب is the verb's object, no second office of the subject's title",
                text: "وأشاد الوزير بالكاتب المصري نجيب محفوظ.",
                want: &[("نجيب محفوظ", Some("الكاتب المصري"), &["نجيب محفوظ"])],
            },
            Case {
                name: "a title with ل before its article (للكاتب) has the article in the role",
                text: "وفازت رواية للكاتب الجزائري سعيد خطيبي بالجائزة.",
                want: &[("سعيد خطيبي", Some("الكاتب الجزائري"), &["سعيد خطيبي"])],
            },
            Case {
                name: "an institute's name with its country's adjective before the holder",
                text: "وحذر الباحث في معهد كلينغندايل الهولندي جلال حرشاوي من أن الصراع مستمر.",
                want: &[(
                    "جلال حرشاوي",
                    Some("الباحث في معهد كلينغندايل الهولندي"),
                    &["جلال حرشاوي"],
                )],
            },
            Case {
                name: "foreign first names; a last name with ب after a first name; a name before whom it was said to",
                text: "وقال وزير الخارجية الفرنسي جان نويل بارو لإذاعة فرانس إنتر إن فرنسا تريد علاقة هادئة. وقال مدرب الاتحاد الفرنسي لوران بلان إن الركلة خاطئة. وقال المؤرخ الفرنسي بنجامين ستورا إن البلدين أضاعا فرصة.",
                want: &[
                    ("جان نويل بارو", Some("وزير الخارجية الفرنسي"), &["جان نويل بارو"]),
                    ("لوران بلان", Some("مدرب الاتحاد الفرنسي"), &["لوران بلان"]),
                    ("بنجامين ستورا", Some("المؤرخ الفرنسي"), &["بنجامين ستورا"]),
                ],
            },
            Case {
                name: "علي before an unlisted family name; الشيخ as a family name before the object; a governor's town; a movement, a faculty and its university, a second region before the holder",
                text: "وقال رئيس الهيئة علي الغمراوي إن المخزون يكفي. ودعا نائب الرئيس الفلسطيني حسين الشيخ الإدارة الأمريكية إلى التدخل. وقال محافظ جنين كمال أبو الرب إن القوات دمرت المخيم. وكان بينهم القيادي في حركة النهضة عبد الحميد الجلاصي. وقال أستاذ الأمراض الصدرية بكلية الطب جامعة عين شمس الدكتور مجدي بدران إن كبار السن أكثر عرضة. وقالت نائبة المديرة الإقليمية للمنظمة في الشرق الأوسط وشمال أفريقيا سارة حشاش إن السلطات تستخدم القضاء.",
                want: &[
                    ("علي الغمراوي", Some("رئيس الهيئة"), &["علي الغمراوي"]),
                    ("حسين الشيخ", Some("نائب الرئيس الفلسطيني"), &["حسين الشيخ"]),
                    ("كمال أبو الرب", Some("محافظ جنين"), &["كمال أبو الرب"]),
                    ("عبد الحميد الجلاصي", Some("القيادي في حركة النهضة"), &["عبد الحميد الجلاصي"]),
                    (
                        "مجدي بدران",
                        Some("أستاذ الأمراض الصدرية بكلية الطب جامعة عين شمس"),
                        &["مجدي بدران"],
                    ),
                    (
                        "سارة حشاش",
                        Some("نائبة المديرة الإقليمية للمنظمة في الشرق الأوسط وشمال أفريقيا"),
                        &["سارة حشاش"],
                    ),
                ],
            },
            Case {
                name: "two offices coordinated with و before one name are that person's; not offices of two countries",
                text: "وقال وزير المالية ووزير الدولة للشؤون الاقتصادية والاستثمار نورة الفصام إن العجز كبير. وقال وكيل الأمين العام للشؤون الإنسانية ومنسق الإغاثة في حالات الطوارئ توم فليتشر إن الوضع صعب. والتقى الرئيس الفلسطيني ورئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس.",
                want: &[
                    (
                        "نورة الفصام",
                        Some("وزير المالية ووزير الدولة للشؤون الاقتصادية والاستثمار"),
                        &["وزير المالية", "نورة الفصام"],
                    ),
                    (
                        "توم فليتشر",
                        Some("وكيل الأمين العام للشؤون الإنسانية ومنسق الإغاثة في حالات الطوارئ"),
                        &["وكيل الأمين العام للشؤون الإنسانية", "توم فليتشر"],
                    ),
                    ("بنيامين نتنياهو", Some("رئيس الوزراء الإسرائيلي"), &["بنيامين نتنياهو"]),
                ],
            },
            Case {
                name: "a coordinated noun's adjective and a ب phrase of the office; a permanent representative; what the title's body is for; a body named in quotes",
                text: "وقال وزير الدولة وزير الشؤون الخارجية والجالية الوطنية بالخارج أحمد عطاف إن الجزائر لن تقبل. وقال مندوب الجزائر الدائم لدى الأمم المتحدة عمار بن جامع إن الحل العسكري وهم. وقال المفوض السامي للأمم المتحدة لحقوق الإنسان فولكر تورك إن الوضع خطير. وقالت كبيرة المحللين في شركة \"إنرجي أسبكتس\" للاستشارات أمريتا سين إن قطر قوية.",
                want: &[
                    (
                        "أحمد عطاف",
                        Some("وزير الدولة وزير الشؤون الخارجية والجالية الوطنية بالخارج"),
                        &["أحمد عطاف"],
                    ),
                    (
                        "عمار بن جامع",
                        Some("مندوب الجزائر الدائم لدى الأمم المتحدة"),
                        &["عمار بن جامع"],
                    ),
                    (
                        "فولكر تورك",
                        Some("المفوض السامي للأمم المتحدة لحقوق الإنسان"),
                        &["فولكر تورك"],
                    ),
                    (
                        "أمريتا سين",
                        Some("كبيرة المحللين في شركة \"إنرجي أسبكتس\" للاستشارات"),
                        &["أمريتا سين"],
                    ),
                ],
            },
            Case {
                name: "a correspondent is a title, not a group",
                text: "وقالت مراسلة الجزيرة في غزة هند الخضري إن القصف مستمر. وقال مراسل قناة الجزيرة إن الطرق مغلقة.",
                want: &[
                    ("هند الخضري", Some("مراسلة الجزيرة في غزة"), &["هند الخضري"]),
                    ("مراسل قناة الجزيرة", Some("مراسل قناة الجزيرة"), &["مراسل"]),
                ],
            },
            Case {
                name: "an armed group in a title; activists; an institution glued to ب with the article; a capital-named institute and what it is for",
                text: "نفى المستشار الإعلامي لقائد قوات الدعم السريع الباشا طبيق هذه الاتهامات. وقالت الناشطة الحقوقية رزان زيتونة إن العدالة شرط. وانتقد رئيس الفريق الاشتراكي بالمجلس عبد الرحيم شهيد المشروع. وقال الباحث في معهد واشنطن لسياسات الشرق الأدنى مايكل سينغ إن الطرفين بحاجة إلى اتفاق.",
                want: &[
                    (
                        "الباشا طبيق",
                        Some("المستشار الإعلامي لقائد قوات الدعم السريع"),
                        &["الباشا طبيق"],
                    ),
                    ("رزان زيتونة", Some("الناشطة الحقوقية"), &["رزان زيتونة"]),
                    (
                        "عبد الرحيم شهيد",
                        Some("رئيس الفريق الاشتراكي بالمجلس"),
                        &["عبد الرحيم شهيد"],
                    ),
                    (
                        "مايكل سينغ",
                        Some("الباحث في معهد واشنطن لسياسات الشرق الأدنى"),
                        &["مايكل سينغ"],
                    ),
                ],
            },
            Case {
                name: "a noun with a possessive after ة or a hamza ends a name",
                text: "في المقابل، أبدى المدير الفني للزمالك يانيك فيريرا استياءه من التحكيم، وقال إن الفريق حرم من ركلة جزاء.",
                want: &[(
                    "يانيك فيريرا",
                    Some("المدير الفني للزمالك"),
                    &["يانيك فيريرا"],
                )],
            },
            Case {
                name: "العماد is a rank, not part of the army's name nor of the office (after the body's adjective: how he is addressed); the rank and surname name him later",
                text: "أما قائد الجيش اللبناني العماد رودولف هيكل فأكد أن الجيش انتشر في الجنوب. وقال العماد هيكل إن الانسحاب شرط.",
                want: &[(
                    "رودولف هيكل",
                    Some("قائد الجيش اللبناني"),
                    &["رودولف هيكل", "هيكل"],
                )],
            },
            Case {
                name: "كبير in construct with a plural that governs a noun (ك + بير is another reading); a foreign first name after an unlisted firm",
                text: "من جهته، توقع كبير محللي أسواق الطاقة في مؤسسة كابيتال إيكونوميكس ديفيد أوكسلي أن تبقى أسعار النفط تحت الضغط.",
                want: &[(
                    "ديفيد أوكسلي",
                    Some("كبير محللي أسواق الطاقة في مؤسسة كابيتال إيكونوميكس"),
                    &["ديفيد أوكسلي"],
                )],
            },
            Case {
                name: "where a holder serves: an area no list knows before a full name; a definite institution with its adjectives and city",
                text: "وقالت منسقة الشؤون الإنسانية في الأراضي الفلسطينية المحتلة سيغريد كاغ إن المساعدات قليلة. وانتقد الخبير الاقتصادي في الجامعة الأمريكية بالقاهرة هاني جنينة وتيرة الإصلاحات.",
                want: &[
                    (
                        "سيغريد كاغ",
                        Some("منسقة الشؤون الإنسانية في الأراضي الفلسطينية المحتلة"),
                        &["سيغريد كاغ"],
                    ),
                    (
                        "هاني جنينة",
                        Some("الخبير الاقتصادي في الجامعة الأمريكية بالقاهرة"),
                        &["هاني جنينة"],
                    ),
                ],
            },
            Case {
                name: "European name particles (فان reads as فإن); a department of a body in the title",
                text: "وقالت رئيسة قسم التأهب للأوبئة في المنظمة الدكتورة ماريا فان كيرخوف إن الفيروس خطير. وقال المدافع الهولندي فيرجيل فان دايك إن الفريق جاهز. وأضاف فان دايك أن اللقب ممكن. وقال رئيس قسم الطوارئ في المنظمة مايك رايان إن الوضع صعب.",
                want: &[
                    (
                        "ماريا فان كيرخوف",
                        Some("رئيسة قسم التأهب للأوبئة في المنظمة"),
                        &["ماريا فان كيرخوف"],
                    ),
                    (
                        "فيرجيل فان دايك",
                        Some("المدافع الهولندي"),
                        &["فيرجيل فان دايك", "فان دايك"],
                    ),
                    (
                        "مايك رايان",
                        Some("رئيس قسم الطوارئ في المنظمة"),
                        &["مايك رايان"],
                    ),
                ],
            },
            Case {
                name: "where a title's holder serves: an unlisted company, an unlisted place, the party an MP sits for",
                text: "ويرى المحلل في شركة الراجحي المالية مازن السديري أن النتائج ضعيفة. وقال رئيس المكتب السياسي لحركة حماس في غزة خليل الحية إن الحركة لن تقبل. واعتبر النائب عن حزب الله حسن فضل الله أن السلاح ليس مطروحا.",
                want: &[
                    (
                        "مازن السديري",
                        Some("المحلل في شركة الراجحي المالية"),
                        &["مازن السديري"],
                    ),
                    (
                        "خليل الحية",
                        Some("رئيس المكتب السياسي لحركة حماس في غزة"),
                        &["خليل الحية"],
                    ),
                    (
                        "حسن فضل الله",
                        Some("النائب عن حزب الله"),
                        &["حسن فضل الله"],
                    ),
                ],
            },
            Case {
                name: "a title word as a family name; the region an office covers; a second office; ب with the article ends a name",
                text: "وقال المدير المالي للشركة زياد المرشد في مؤتمر إن الأرباح ستبقى. وأوضح المدير الإقليمي للمنظمة لشرق المتوسط حنان بلخي أن الفرق وزعت اللقاح. وقال رئيس أرامكو وكبير إدارييها التنفيذيين أمين الناصر إن الأداء جيد. وتعهد رئيس الحكومة نواف سلام بالمضي في الإصلاحات.",
                want: &[
                    ("زياد المرشد", Some("المدير المالي للشركة"), &["زياد المرشد"]),
                    (
                        "حنان بلخي",
                        Some("المدير الإقليمي للمنظمة لشرق المتوسط"),
                        &["حنان بلخي"],
                    ),
                    ("أمين الناصر", Some("رئيس أرامكو"), &["أمين الناصر"]),
                    ("نواف سلام", Some("رئيس الحكومة"), &["نواف سلام"]),
                ],
            },
            Case {
                name: "an indefinite head in construct with a common noun; two offices; a long spokesman's title; an expert's field; علي after a title; آل and a function word",
                text: "وقالت رئيسة بعثة المنظمة في السودان كلير نيكوليه إن الفرق تعمل. وقال رئيس مجلس الوزراء وزير الخارجية القطري الشيخ محمد بن عبد الرحمن بن جاسم آل ثاني إن الجولة ستنطلق. وقال المتحدث باسم القيادة العامة للجيش الوطني الليبي اللواء أحمد المسماري إن القوات لم تشارك. وقال الخبير في شؤون الطاقة عامر الشوبكي إن المشروع مفيد. ودعا وزير الخارجية السوداني علي يوسف المجتمع الدولي إلى التحرك.",
                want: &[
                    (
                        "كلير نيكوليه",
                        Some("رئيسة بعثة المنظمة في السودان"),
                        &["كلير نيكوليه"],
                    ),
                    (
                        "محمد بن عبد الرحمن بن جاسم آل ثاني",
                        Some("رئيس مجلس الوزراء وزير الخارجية القطري"),
                        &["محمد بن عبد الرحمن بن جاسم آل ثاني"],
                    ),
                    (
                        "أحمد المسماري",
                        Some("المتحدث باسم القيادة العامة للجيش الوطني الليبي"),
                        &["أحمد المسماري"],
                    ),
                    (
                        "عامر الشوبكي",
                        Some("الخبير في شؤون الطاقة"),
                        &["عامر الشوبكي"],
                    ),
                    ("علي يوسف", Some("وزير الخارجية السوداني"), &["علي يوسف"]),
                ],
            },
            Case {
                name: "a definite noun where the holder serves before an honorific; a noun in construct with a listed organisation ends a name",
                text: "وقالت الباحثة الرئيسية في الدراسة الدكتورة نادين نصر إن المياه ترتفع. وأبرز اللاعبين إبراهيم دياز نجم ريال مدريد.",
                want: &[
                    (
                        "نادين نصر",
                        Some("الباحثة الرئيسية في الدراسة"),
                        &["نادين نصر"],
                    ),
                    ("إبراهيم دياز", None, &["إبراهيم دياز"]),
                ],
            },
            Case {
                name: "chief + a plural; an institution named after a country; professor of a field at a university with ب",
                text: "وقال كبير الاقتصاديين في بنك الكويت الوطني أحمد الشطي إن المركزي مستقل. ويرى أستاذ العلوم السياسية بجامعة الجزائر توفيق بوقاعدة أن الحكومات تتغير.",
                want: &[
                    (
                        "أحمد الشطي",
                        Some("كبير الاقتصاديين في بنك الكويت الوطني"),
                        &["أحمد الشطي"],
                    ),
                    (
                        "توفيق بوقاعدة",
                        Some("أستاذ العلوم السياسية بجامعة الجزائر"),
                        &["توفيق بوقاعدة"],
                    ),
                ],
            },
            Case {
                name: "a given name alone inside a title is the title's word, a family name there the person",
                text: "وأكد المتحدث باسم الحكومة العراقية باسم العوادي أن بغداد ملتزمة. وقال محامي العوادي إن القضية سياسية.",
                want: &[(
                    "باسم العوادي",
                    Some("المتحدث باسم الحكومة العراقية"),
                    &["باسم العوادي", "العوادي"],
                )],
            },
            Case {
                name: "a military rank's qualifiers belong to the title",
                text: "وقال الفريق أول عبد الفتاح البرهان إن الجيش سينتصر. وقال الفريق أول ركن ياسر العطا إن النصر قريب.",
                want: &[
                    ("عبد الفتاح البرهان", Some("الفريق أول"), &["عبد الفتاح البرهان"]),
                    ("ياسر العطا", Some("الفريق أول ركن"), &["ياسر العطا"]),
                ],
            },
            Case {
                name: "a description between commas before the holder's name",
                text: "غير أن زعيم حزب الشعب الجمهوري، أكبر أحزاب المعارضة، أوزغور أوزيل، رفض الدعوة. وقال وزير الخارجية، في مؤتمر صحفي، إن الدعوة مرفوضة.",
                want: &[
                    (
                        "أوزغور أوزيل",
                        Some("زعيم حزب الشعب الجمهوري"),
                        &["أوزغور أوزيل"],
                    ),
                    ("وزير الخارجية", Some("وزير الخارجية"), &["وزير الخارجية"]),
                ],
            },
            Case {
                name: "two offices after a name are its holder's (Gulf style), not the next person's",
                text: "وحضر اللقاء الشيخ عبدالله بن زايد آل نهيان نائب رئيس مجلس الوزراء وزير الخارجية.",
                want: &[(
                    "عبدالله بن زايد آل نهيان",
                    Some("نائب رئيس مجلس الوزراء وزير الخارجية"),
                    &["عبدالله بن زايد آل نهيان", "نائب رئيس مجلس الوزراء وزير الخارجية"],
                )],
            },
            Case {
                name: "a feminine title's adjective (المديرة العامة)",
                text: "وقالت المديرة العامة للصندوق كريستالينا غورغييفا في بيان إن السلطات أحرزت تقدما.",
                want: &[(
                    "كريستالينا غورغييفا",
                    Some("المديرة العامة للصندوق"),
                    &["كريستالينا غورغييفا"],
                )],
            },
            Case {
                name: "what a spokesperson speaks for, a common noun after باسم",
                text: "وقال المتحدث العسكري باسم الجماعة يحيى سريع، في بيان متلفز، إن القوات نفذت عملية.",
                want: &[(
                    "يحيى سريع",
                    Some("المتحدث العسكري باسم الجماعة"),
                    &["يحيى سريع"],
                )],
            },
            Case {
                name: "a group word where the name must end is the family name",
                text: "وأعلن رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي أن طهران ستشغل أجهزة.",
                want: &[(
                    "محمد إسلامي",
                    Some("رئيس منظمة الطاقة الذرية الإيرانية"),
                    &["محمد إسلامي"],
                )],
            },
            Case {
                name: "names with a ب word inside: a middle name, a family name where the name ends",
                text: "واعتبر رئيس البرلمان الإيراني محمد باقر قاليباف أن الأوروبيين فقدوا مصداقيتهم. وأكد وزير الخارجية الفرنسي جان نويل بارو أن باريس لن تتردد.",
                want: &[
                    (
                        "محمد باقر قاليباف",
                        Some("رئيس البرلمان الإيراني"),
                        &["محمد باقر قاليباف"],
                    ),
                    (
                        "جان نويل بارو",
                        Some("وزير الخارجية الفرنسي"),
                        &["جان نويل بارو"],
                    ),
                ],
            },
            Case {
                name: "a ب word after a first name with a common noun after it is a preposition",
                text: "ورحب الوزير محمد بقرار الحكومة الجديد.",
                want: &[("محمد", Some("الوزير"), &["محمد"])],
            },
            Case {
                name: "a singular nisba standing as a noun before a name; not a plural, not a glued preposition",
                text: "وسجل البرازيلي مالكوم هدف التقدم في دوري روشن السعودي للمحترفين. وكان ملايين السودانيين باتوا على شفا المجاعة.",
                want: &[("مالكوم", None, &["مالكوم"])],
            },
            Case {
                name: "a nisba after two name words is the family name, and later the surname",
                text: "قال رئيس الوزراء محمد شياع السوداني إن حكومته لن تسمح بذلك. وأضاف السوداني أن الوضع مستقر.",
                want: &[(
                    "محمد شياع السوداني",
                    Some("رئيس الوزراء"),
                    &["محمد شياع السوداني", "السوداني"],
                )],
            },
            Case {
                name: "a nisba after a title is still the country's",
                text: "قال رئيس الوزراء محمد شياع السوداني إن حكومته لن تسمح بذلك. وقال الرئيس السوداني إن بلاده بخير.",
                want: &[
                    (
                        "محمد شياع السوداني",
                        Some("رئيس الوزراء"),
                        &["محمد شياع السوداني"],
                    ),
                    ("الرئيس السوداني", Some("الرئيس السوداني"), &["الرئيس"]),
                ],
            },
            Case {
                name: "an adjective agreeing with the title's noun is the title's",
                text: "ورأى الخبير الاقتصادي مدحت نافع أن القرار صائب. وقال زعيم التيار الصدري مقتدى الصدر إن الوضع خطير.",
                want: &[
                    ("مدحت نافع", Some("الخبير الاقتصادي"), &["مدحت نافع"]),
                    ("مقتدى الصدر", Some("زعيم التيار الصدري"), &["مقتدى الصدر"]),
                ],
            },
            Case {
                name: "أسماء before a definite plural is 'the names of', not a given name",
                text: "وأعلنت اللجنة أسماء الفائزين بالجائزة. وقال المدرب سامي الجابر إن الحفل ناجح.",
                want: &[("سامي الجابر", Some("المدرب"), &["سامي الجابر"])],
            },
            Case {
                name: "a title's noun in construct with a definite word that could start a name (حارس مرمى الاتحاد، لاعب وسط الأهلي)",
                text: "وقال حارس مرمى الاتحاد فواز القرني إن الفريق جاهز. وأكد لاعب وسط الأهلي تيسير الجاسم أن المباراة صعبة.",
                want: &[
                    ("فواز القرني", Some("حارس مرمى الاتحاد"), &["فواز القرني"]),
                    ("تيسير الجاسم", Some("لاعب وسط الأهلي"), &["تيسير الجاسم"]),
                ],
            },
            Case {
                name: "a body with ل or what one supervises with على, then an honorific and the holder's name (لشركة علم المهندس، على المعرض الدكتور)",
                text: "وقال الرئيس التنفيذي لشركة علم المهندس عبدالرحمن الجضعي إن المنصة جاهزة. وأوضح المشرف العام على المعرض الدكتور عبدالرحمن العاصم أن البرنامج حافل.",
                want: &[
                    (
                        "عبدالرحمن الجضعي",
                        Some("الرئيس التنفيذي لشركة علم"),
                        &["عبدالرحمن الجضعي"],
                    ),
                    (
                        "عبدالرحمن العاصم",
                        Some("المشرف العام على المعرض"),
                        &["عبدالرحمن العاصم"],
                    ),
                ],
            },
            Case {
                name: "a title's noun in construct with a definite noun (حكومة تصريف الأعمال)",
                text: "وقال رئيس حكومة تصريف الأعمال نجيب ميقاتي إن لبنان لا يريد الحرب.",
                want: &[(
                    "نجيب ميقاتي",
                    Some("رئيس حكومة تصريف الأعمال"),
                    &["نجيب ميقاتي"],
                )],
            },
            Case {
                name: "retired is part of the title; a head before a listed organisation names it",
                text: "وقال اللواء المتقاعد فايز الدويري إن المعارك ستطول. وقال المفوض العام لوكالة الأونروا فيليب لازاريني إن الوضع كارثي.",
                want: &[
                    ("فايز الدويري", Some("اللواء المتقاعد"), &["فايز الدويري"]),
                    (
                        "فيليب لازاريني",
                        Some("المفوض العام لوكالة الأونروا"),
                        &["فيليب لازاريني"],
                    ),
                ],
            },
            Case {
                name: "a listed person after a title, though a word of the name is common",
                text: "وقال متحدث إن الرئيس جو بايدن سيزور المنطقة.",
                want: &[("جو بايدن", Some("الرئيس"), &["جو بايدن"])],
            },
            Case {
                name: "a listed double given name goes on with a family name, after a title or a nationality",
                text: "وقال المدرب خوان كارلوس باستور إن الفريق جاهز. وقال مدرب المنتخب، الإسباني خوان كارلوس مارتينيث، إن اللاعبين جاهزون.",
                want: &[
                    ("خوان كارلوس باستور", Some("المدرب"), &["خوان كارلوس باستور"]),
                    (
                        "خوان كارلوس مارتينيث",
                        Some("مدرب المنتخب"),
                        &["مدرب المنتخب", "خوان كارلوس مارتينيث"],
                    ),
                ],
            },
            Case {
                name: "the comma after a title with a coordinated modifier is no noun of it",
                text: "وقال عضو كتلة التنمية والتحرير، النائب قاسم هاشم، إن الحكومة تأخرت.",
                want: &[(
                    "قاسم هاشم",
                    Some("عضو كتلة التنمية والتحرير"),
                    &["عضو", "قاسم هاشم"],
                )],
            },
            Case {
                name: "a mufti and a dean in construct are titles; a trade with the article where the name must end is the family name",
                text: "وأكد مفتي الجمهورية، الدكتور نظير عياد، أن الدار مستعدة. وقال عميد كلية الطب حسام صلاح إن الطلاب بخير. ونقلت صحيفة الأهرام عن الأمين العام لمجمع البحوث الإسلامية، الدكتور محمد الجندي، قوله إن المؤتمر كبير.",
                want: &[
                    ("نظير عياد", Some("مفتي الجمهورية"), &["مفتي الجمهورية", "نظير عياد"]),
                    ("حسام صلاح", Some("عميد كلية الطب"), &["حسام صلاح"]),
                    (
                        "محمد الجندي",
                        Some("الأمين العام لمجمع البحوث الإسلامية"),
                        &["الأمين العام", "محمد الجندي"],
                    ),
                ],
            },
            Case {
                name: "والي before a place is a governor, not وإلى after one",
                text: "أعلن والي صفاقس، محمد الحجري، إطلاق خطة عاجلة. وسافر الوفد من تونس والي صفاقس.",
                want: &[("محمد الحجري", Some("والي صفاقس"), &["محمد الحجري"])],
            },
            Case {
                name: "إمام as written is a given name before a family name, not the preposition أمام, and a title before a mosque (ar31)",
                text: "وسجل إمام عاشور هدف الفوز. وقال عاشور إن الهدف مهم. وقال إمام المسجد الأقصى الشيخ عكرمة صبري إن الوضع خطير.",
                want: &[
                    ("إمام عاشور", None, &["إمام عاشور", "عاشور"]),
                    ("عكرمة صبري", Some("إمام المسجد الأقصى"), &["عكرمة صبري"]),
                ],
            },
            Case {
                name: "a known surname starting with ب is not ب + a new name",
                text: "قال الرئيس الإيراني مسعود بزشكيان إن بلاده مستعدة. وأكد بزشكيان خلال الاتصال أن طهران لن تتراجع.",
                want: &[(
                    "مسعود بزشكيان",
                    Some("الرئيس الإيراني"),
                    &["مسعود بزشكيان", "بزشكيان"],
                )],
            },
            Case {
                name: "a plain word ending the name after a title and a first name is the family name",
                text: "قال المتحدث العسكري يحيى سريع إن العملية نجحت. وقال الوزير أحمد أمام البرلمان إن الخطة جاهزة.",
                want: &[
                    ("يحيى سريع", Some("المتحدث العسكري"), &["يحيى سريع"]),
                    ("أحمد", Some("الوزير"), &["أحمد"]),
                ],
            },
            Case {
                name: "an honorific between the office and the name is neither role nor name",
                text: "وقال وكيل الوزارة للتخطيط الدكتور خالد الغامدي إن الوزارة خصصت المبالغ. وقال وزير الخارجية الأمير فيصل بن فرحان إن المملكة تدعم الحل.",
                want: &[
                    ("خالد الغامدي", Some("وكيل الوزارة للتخطيط"), &["خالد الغامدي"]),
                    ("فيصل بن فرحان", Some("وزير الخارجية"), &["فيصل بن فرحان"]),
                ],
            },
            Case {
                name: "a feminine title, and a first name that is also a common word before a name word",
                text: "ورأت الخبيرة الاقتصادية سلمى حسين أن رفع الفائدة لن يكفي.",
                want: &[("سلمى حسين", Some("الخبيرة الاقتصادية"), &["سلمى حسين"])],
            },
            Case {
                name: "a listed club in construct with the title, and a glued preposition ends the name",
                text: "واعترف مدرب مانشستر يونايتد روبن أموريم بتفوق المنافس. وقال إن الفريق سيعود.",
                want: &[(
                    "روبن أموريم",
                    Some("مدرب مانشستر يونايتد"),
                    &["روبن أموريم"],
                )],
            },
            Case {
                name: "an indefinite title takes an adjective, not a name",
                text: "وقال المدرب أرني سلوت إن صلاح \"لاعب استثنائي يصنع الفارق\".",
                want: &[("أرني سلوت", Some("المدرب"), &["أرني سلوت"])],
            },
            Case {
                name: "after a definite title only adjectives belong to it, not the verb's object",
                text: "ونفى الوزير الاتهامات، وحذر من التصعيد. وكشف الشاعر المصري الكبير عبدالرحمن الأبنودي عن قصيدة جديدة.",
                want: &[(
                    "عبدالرحمن الأبنودي",
                    Some("الشاعر المصري الكبير"),
                    &["عبدالرحمن الأبنودي"],
                )],
            },
            Case {
                name: "on its behalf (باسمها) ends the title; a glued ل after two name words ends the name",
                text: "وتقول المتحدثة باسمها سارة جونز لبي بي سي إن هناك حاجة إلى مزيد من الأبحاث. وأكد الأمير فيصل بن بندر بن عبدالعزيز أن المشروعات مستمرة.",
                want: &[
                    ("سارة جونز", Some("المتحدثة باسمها"), &["سارة جونز"]),
                    ("فيصل بن بندر بن عبدالعزيز", Some("الأمير"), &["فيصل بن بندر بن عبدالعزيز"]),
                ],
            },
            Case {
                name: "a country adjective without the article after a definite word is a first name",
                text: "وأكد مدرب النادي البرتغالي جورجي جيسوس أن فريقه استحق الفوز.",
                want: &[("جورجي جيسوس", Some("مدرب النادي البرتغالي"), &["جورجي جيسوس"])],
            },
            Case {
                name: "a headline verb after a title is no name",
                text: "رئيس الدولة يستقبل وزير الخارجية الأمريكي\n\nاستقبل رئيس الدولة اليوم وزير الخارجية الأمريكي ماركو روبيو.",
                want: &[(
                    "ماركو روبيو",
                    Some("وزير الخارجية الأمريكي"),
                    &["وزير الخارجية", "ماركو روبيو"],
                )],
            },
            Case {
                name: "the word after عبد is no surname of its own",
                text: "وقال محمد عبد السلام إن العمليات ستتوقف وإن جهود السلام مستمرة. وأضاف عبد السلام أن الحل قريب.",
                want: &[(
                    "محمد عبد السلام",
                    None,
                    &["محمد عبد السلام", "عبد السلام"],
                )],
            },
            Case {
                name: "an envoy's title runs over إلى and the country or body served",
                text: "حذر المبعوث الأممي إلى اليمن هانس غروندبرغ من التصعيد. وقال المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا إن موسكو ترفض القرار.",
                want: &[
                    (
                        "هانس غروندبرغ",
                        Some("المبعوث الأممي إلى اليمن"),
                        &["هانس غروندبرغ"],
                    ),
                    (
                        "فاسيلي نيبينزيا",
                        Some("المندوب الروسي لدى الأمم المتحدة"),
                        &["فاسيلي نيبينزيا"],
                    ),
                ],
            },
            Case {
                name: "a title in apposition is the person's role, and its shortened form refers back",
                text: "وقال أحمد سامي، وزير المالية المصري، إن العجز تراجع. وأضاف وزير المالية أن الاقتصاد ينمو.",
                want: &[(
                    "أحمد سامي",
                    Some("وزير المالية المصري"),
                    &["أحمد سامي", "وزير المالية", "وزير المالية"],
                )],
            },
            Case {
                name: "a listed given name ending in ة is no common word (نادية, not ناديه 'his club'); a definite family name ends the name",
                text: "وقالت وزيرة المالية نادية فتاح العلوي إن الحكومة ماضية في الإصلاحات.",
                want: &[(
                    "نادية فتاح العلوي",
                    Some("وزيرة المالية"),
                    &["نادية فتاح العلوي"],
                )],
            },
            Case {
                name: "where the holder serves, with في, is part of the title when a name follows",
                text: "وقال القيادي في حركة حماس سامي أبو زهري إن نتنياهو يماطل. وقالت مديرة العمليات في المنظمة كلير نيكوليه إن الوضع صعب.",
                want: &[
                    (
                        "سامي أبو زهري",
                        Some("القيادي في حركة حماس"),
                        &["سامي أبو زهري"],
                    ),
                    (
                        "كلير نيكوليه",
                        Some("مديرة العمليات في المنظمة"),
                        &["كلير نيكوليه"],
                    ),
                ],
            },
            Case {
                name: "a conjunction glued to a name is not part of it",
                text: "ويعد الشاعران أمل دنقل وَصلاح شاهين من رموز الشعر.",
                want: &[("صلاح شاهين", None, &["صلاح شاهين"])],
            },
            Case {
                name: "the family name of someone named before starts no new name",
                text: "قاد النجم المصري محمد صلاح فريقه إلى الفوز. وسجل صلاح هدف الفوز في الدقيقة 78.",
                want: &[(
                    "محمد صلاح",
                    Some("النجم المصري"),
                    &["محمد صلاح", "صلاح"],
                )],
            },
            Case {
                name: "a function word before بن is a given name",
                text: "وقال الوزير ثاني بن أحمد الزيودي إن التجارة نمت.",
                want: &[(
                    "ثاني بن أحمد الزيودي",
                    Some("الوزير"),
                    &["ثاني بن أحمد الزيودي"],
                )],
            },
            Case {
                name: "a noun with ل before a country belongs to the title's institution",
                text: "وقال رئيس الاتحاد العام لمقاولات المغرب شكيب لعلج إن الشركات تعاني.",
                want: &[(
                    "شكيب لعلج",
                    Some("رئيس الاتحاد العام لمقاولات المغرب"),
                    &["شكيب لعلج"],
                )],
            },
            Case {
                name: "an office after a name, before the time and the object, is that person's (Gulf style)",
                text: "استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم رئيس الوزراء الهندي ناريندرا مودي.",
                want: &[
                    (
                        "محمد بن زايد آل نهيان",
                        Some("رئيس الدولة"),
                        &["محمد بن زايد آل نهيان", "رئيس الدولة"],
                    ),
                    (
                        "ناريندرا مودي",
                        Some("رئيس الوزراء الهندي"),
                        &["ناريندرا مودي"],
                    ),
                ],
            },
            Case {
                name: "an unlisted institution after في runs to the honorific before the holder's name; a title alone named right after it between commas is that person's",
                text: "من جهتها، قالت مديرة برنامج المناخ في معهد غرب آسيا وشمال أفريقيا الدكتورة رنا الحاج إن الحلول لا تكفي. من جهته، أعلن محامي الدفاع، المحامي حسين السعدي، أنه سيطعن في الحكم.",
                want: &[
                    (
                        "رنا الحاج",
                        Some("مديرة برنامج المناخ في معهد غرب آسيا وشمال أفريقيا"),
                        &["رنا الحاج"],
                    ),
                    ("حسين السعدي", Some("محامي الدفاع"), &["محامي الدفاع", "حسين السعدي"]),
                ],
            },
            Case {
                name: "what an office is in charge of, with ل or و on a noun in construct, before the holder's full name",
                text: "وأكد المدير العام لمراقبة التراب الوطني عبد اللطيف حموشي أن المغرب شريك. وقال المدير العام للأمن الوطني ومراقبة التراب الوطني عبد اللطيف حموشي إن التعاون نموذجي.",
                want: &[(
                    "عبد اللطيف حموشي",
                    Some("المدير العام لمراقبة التراب الوطني"),
                    &["عبد اللطيف حموشي", "عبد اللطيف حموشي"],
                )],
            },
            Case {
                name: "a field after في, then an institution with ب, then an honorific and the holder",
                text: "وقال الباحث في علم الاجتماع بجامعة محمد الخامس الدكتور عبد الرحيم العطري إن الفقر يدفع الشباب إلى الهجرة.",
                want: &[(
                    "عبد الرحيم العطري",
                    Some("الباحث في علم الاجتماع بجامعة محمد الخامس"),
                    &["عبد الرحيم العطري"],
                )],
            },
            Case {
                name: "a rank right before the holder's name is not part of the office",
                text: "وقال رئيس هيئة النزاهة الاتحادية القاضي حيدر حنون للصحفيين إن القانون فوق الجميع. وقال الناطق باسم الحرس الوطني العميد حسام الدين الجبابلي إن القارب غرق.",
                want: &[
                    ("حيدر حنون", Some("رئيس هيئة النزاهة الاتحادية"), &["حيدر حنون"]),
                    ("حسام الدين الجبابلي", Some("الناطق باسم الحرس الوطني"), &["حسام الدين الجبابلي"]),
                ],
            },
            Case {
                name: "a listed compound given name alone goes on to a family name; ك starts a foreign family name; a doubled-letter verb ends a name; an independent MP; a founder; a second office's body is no holder",
                text: "وقال عبد المجيد الحمامي إن التمويل مهم. وقال المدير الإقليمي للبنك الدولي جان كريستوف كاريه إن القرض مهم. غير أن النائب المستقل سجاد سالم شكك في جدية الحملة. وقال مؤسس الشركة أحمد سالم إن التمويل مهم. وقال فيليب باهوشي، المؤسس والرئيس التنفيذي لشركة ماغنيت، إن السوق تقدمت.",
                want: &[
                    ("عبد المجيد الحمامي", None, &["عبد المجيد الحمامي"]),
                    (
                        "جان كريستوف كاريه",
                        Some("المدير الإقليمي للبنك الدولي"),
                        &["جان كريستوف كاريه"],
                    ),
                    ("سجاد سالم", Some("النائب المستقل"), &["سجاد سالم"]),
                    ("أحمد سالم", Some("مؤسس الشركة"), &["أحمد سالم"]),
                    ("فيليب باهوشي", Some("المؤسس"), &["فيليب باهوشي", "المؤسس"]),
                ],
            },
            Case {
                name: "in apposition to a name, one unknown word before the comma ends the title's body",
                text: "في حين رأى محمد أبو باشا، رئيس البحوث في المجموعة المالية هيرميس، أن المخاطر قائمة.",
                want: &[(
                    "محمد أبو باشا",
                    Some("رئيس البحوث في المجموعة المالية هيرميس"),
                    &["محمد أبو باشا", "رئيس البحوث"],
                )],
            },
            Case {
                name: "a definite common noun and its adjective after a full name are the verb's object",
                text: "وانتقد المتحدث باسم المنتدى رمضان بن عمر السياسات الأوروبية بشدة.",
                want: &[("رمضان بن عمر", Some("المتحدث باسم المنتدى"), &["رمضان بن عمر"])],
            },
            Case {
                name: "a co-chair's adjective belongs to the title; the office after منصب is nobody's",
                text: "وقالت إلهام أحمد، الرئيسة المشتركة لدائرة العلاقات الخارجية، إن الشيطان يكمن في التفاصيل. يذكر أن منصب رئيس الجمهورية شاغر منذ انتهاء ولاية الرئيس السابق ميشال عون.",
                want: &[
                    (
                        "إلهام أحمد",
                        Some("الرئيسة المشتركة لدائرة العلاقات الخارجية"),
                        &["إلهام أحمد", "الرئيسة المشتركة"],
                    ),
                    ("ميشال عون", Some("الرئيس السابق"), &["ميشال عون"]),
                ],
            },
            Case {
                name: "an office right after the name of a reporting verb's subject is that person's, and the complementiser after it is not part of it; not after a verb of telling",
                text: "وقال ماجد الأنصاري المتحدث باسم الخارجية إن المفاوضات مستمرة. وأكد محمد سالم الرئيس التنفيذي للشركة أن الأرباح ارتفعت. وأبلغ أحمد سالم رئيس الوفد أن المفاوضات انتهت.",
                want: &[
                    (
                        "ماجد الأنصاري",
                        Some("المتحدث باسم الخارجية"),
                        &["ماجد الأنصاري", "المتحدث باسم الخارجية"],
                    ),
                    (
                        "محمد سالم",
                        Some("الرئيس التنفيذي للشركة"),
                        &["محمد سالم", "الرئيس التنفيذي للشركة"],
                    ),
                    ("أحمد سالم", None, &["أحمد سالم"]),
                ],
            },
            Case {
                name: "an office after a name with an office already is the object, not a second office",
                text: "استقبل الرئيس عبد الفتاح السيسي رئيس الوزراء الإثيوبي أمس في القاهرة.",
                want: &[(
                    "عبد الفتاح السيسي",
                    Some("الرئيس"),
                    &["عبد الفتاح السيسي"],
                )],
            },
            Case {
                name: "a title's holder between commas after a two-word nationality (الجنوب أفريقي)",
                text: "وقال مدرب الوداد، الجنوب أفريقي رولاني موكوينا، إن لاعبيه أظهروا شخصية الأبطال.",
                want: &[("رولاني موكوينا", Some("مدرب الوداد"), &["مدرب", "رولاني موكوينا"])],
            },
            Case {
                name: "a title's body with ل, then where the holder serves, before the holder between commas after an honorific",
                text: "وقالت المديرة التنفيذية لقطاع الموانئ في المجموعة، الدكتورة نورة الظاهري، إن العمل انتهى.",
                want: &[(
                    "نورة الظاهري",
                    Some("المديرة التنفيذية لقطاع الموانئ في المجموعة"),
                    &["نورة الظاهري"],
                )],
            },
            Case {
                name: "a negated adjective (غير السارية) continues a title",
                text: "وقالت مديرة إدارة الأمراض غير السارية في الوزارة، الدكتورة بثينة بن بليلة، إن الحملة بدأت.",
                want: &[(
                    "بثينة بن بليلة",
                    Some("مديرة إدارة الأمراض غير السارية في الوزارة"),
                    &["بثينة بن بليلة"],
                )],
            },
            Case {
                name: "an honorific's word (السيد) as the family name after a given name between commas",
                text: "وقال المتحدث باسم وزارة التربية، كريم السيد، إن النتائج جاهزة.",
                want: &[("كريم السيد", Some("المتحدث باسم وزارة التربية"), &["كريم السيد"])],
            },
            Case {
                name: "the UN's adjective after a title (المبعوث الأممي) refers to the holder of that office at the UN",
                text: "وقال المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن هانس غروندبرغ إن الوضع هش. وأضاف المبعوث الأممي أن الحل ممكن.",
                want: &[(
                    "هانس غروندبرغ",
                    Some("المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"),
                    &["هانس غروندبرغ", "المبعوث الأممي"],
                )],
            },
            Case {
                name: "a royal's name after a city or road named after them (مدينة الملك عبدالله الرياضية، طريق الملك فهد) is no one in the story",
                text: "وأقيمت المباراة على ملعب مدينة الملك عبدالله الرياضية بجدة. وافتتح الأمير طريق الملك فهد الجديد. وقال رئيس النادي سعد الحربي إن الفريق جاهز.",
                want: &[("سعد الحربي", Some("رئيس النادي"), &["سعد الحربي"])],
            },
            Case {
                name: "عن طريق is 'by way of': the name after it is a person",
                text: "وعادل الوداد النتيجة عن طريق أيوب العملود.",
                want: &[("أيوب العملود", None, &["أيوب العملود"])],
            },
            Case {
                name: "an honorific pronoun after a cue (وأضاف معاليه) is no name; a stadium's namesake is no person",
                text: "وقال الوزير محمد حسن السويدي إن الاتفاقية مهمة. وأضاف معاليه أن العمل بدأ. وأقيمت المباراة على ملعب محمد الخامس.",
                want: &[("محمد حسن السويدي", Some("الوزير"), &["محمد حسن السويدي"])],
            },
            Case {
                name: "a board (مجلس إدارة) and the body it runs, a common noun and a capital (مجموعة موانئ أبوظبي)",
                text: "وقال رئيس مجلس إدارة مجموعة موانئ أبوظبي محمد حسن السويدي إن الاتفاقية مهمة.",
                want: &[(
                    "محمد حسن السويدي",
                    Some("رئيس مجلس إدارة مجموعة موانئ أبوظبي"),
                    &["محمد حسن السويدي"],
                )],
            },
            Case {
                name: "an area noun with ل and its capital (لإمارة أبوظبي) end an office after the name, no name of its own",
                text: "وشهد التوقيع سمو الشيخ خالد بن محمد بن زايد آل نهيان ولي عهد أبوظبي رئيس المجلس التنفيذي لإمارة أبوظبي، ورئيس جمهورية أنغولا جواو لورينسو.",
                want: &[
                    (
                        "خالد بن محمد بن زايد آل نهيان",
                        Some("ولي عهد أبوظبي رئيس المجلس التنفيذي لإمارة أبوظبي"),
                        &["خالد بن محمد بن زايد آل نهيان", "ولي عهد"],
                    ),
                    ("جواو لورينسو", Some("رئيس جمهورية أنغولا"), &["جواو لورينسو"]),
                ],
            },
            Case {
                name: "a noun written with ة does not go on with a coordinated word no list knows as a name (بكل قوة وحزم)",
                text: "وأكد الجيش أن القوات ستتعامل بكل قوة وحزم مع أي تهديد.",
                want: &[],
            },
            Case {
                name: "what a scorer scored is no part of the tagged name (مالكوم هدفين)",
                text: "وسجل للهلال البرازيلي مالكوم هدفين.",
                want: &[("مالكوم", None, &["مالكوم"])],
            },
            Case {
                name: "a phrase quoted alone that opens with no given name is no person the tagger finds (\"فوضى الفتاوى\")",
                text: "القاهرة - (وكالات) - حذر شيخ الأزهر الشريف، الدكتور أحمد الطيب، من \"فوضى الفتاوى\" التي تنتشر عبر منصات التواصل الاجتماعي، داعيا الشباب إلى الرجوع إلى المؤسسات الدينية المعتمدة. وأوضح المفتي أن الدار أطلقت وحدة جديدة لرصد الفتاوى الشاذة.",
                want: &[("أحمد الطيب", Some("شيخ الأزهر الشريف"), &["شيخ", "أحمد الطيب"])],
            },
            Case {
                name: "a definite family name after بن and the father's name, even a word's or a title's spelling (الطالب، الشهري)",
                text: "وقال اللواء بدر بن عبدالله الطالب إن القوات أحبطت محاولة التهريب. وأكد الفريق أول خالد بن علي الحربي أن التدريبات مستمرة.",
                want: &[
                    ("بدر بن عبدالله الطالب", Some("اللواء"), &["بدر بن عبدالله الطالب"]),
                    ("خالد بن علي الحربي", Some("الفريق أول"), &["خالد بن علي الحربي"]),
                ],
            },
            Case {
                name: "a force (قوة) heads the office's body, and a ب area phrase goes before a rank and the name",
                text: "وقال قائد قوة الطوارئ الخاصة بالمنطقة العميد ركن سلطان بن محمد العتيبي إن القوة جاهزة.",
                want: &[(
                    "سلطان بن محمد العتيبي",
                    Some("قائد قوة الطوارئ الخاصة بالمنطقة"),
                    &["سلطان بن محمد العتيبي"],
                )],
            },
            Case {
                name: "styles of address (فضيلة، سماحة) between an office and the name are no name",
                text: "وقال عضو هيئة كبار العلماء فضيلة الشيخ الدكتور عبدالله بن محمد المطلق إن الفتوى لها أهلها. وأكد مدير الجامعة معالي الدكتور خالد السلطان أن الدراسة تبدأ الأحد.",
                want: &[
                    ("عبدالله بن محمد المطلق", Some("عضو هيئة كبار العلماء"), &["عبدالله بن محمد المطلق"]),
                    ("خالد السلطان", Some("مدير الجامعة"), &["خالد السلطان"]),
                ],
            },
            Case {
                name: "إمام and خطيب of a mosque are titles (إمام وخطيب المسجد الحرام)",
                text: "وقال إمام وخطيب المسجد الحرام الشيخ الدكتور سعود بن إبراهيم الشريم إن الكلمة أمانة. وقال خطيب المسجد النبوي الشيخ صلاح البدير إن الدين يسر.",
                want: &[
                    ("سعود بن إبراهيم الشريم", Some("إمام وخطيب المسجد الحرام"), &["سعود بن إبراهيم الشريم"]),
                    ("صلاح البدير", Some("خطيب المسجد النبوي"), &["صلاح البدير"]),
                ],
            },
            Case {
                name: "the deputy crown prince (ولي ولي العهد)",
                text: "وكان ولي ولي العهد الأمير محمد بن سلمان قد أعلن أن الحكومة ستطرح الأسهم.",
                want: &[("محمد بن سلمان", Some("ولي ولي العهد"), &["محمد بن سلمان"])],
            },
            Case {
                name: "an indefinite head after a definite title is the verb's object (أعلن المدرب الوطني قائمة المنتخب), no name after it",
                text: "أعلن المدرب الوطني قائمة المنتخب الوطني لمباراتي الأخضر المقبلتين أمام أستراليا.",
                want: &[("المدرب الوطني", Some("المدرب الوطني"), &["المدرب الوطني"])],
            },
            Case {
                name: "a holder named after a description between commas that says where the company is (مقرا لها: no cue)",
                text: "وقال الرئيس التنفيذي للشركة، التي تتخذ من تركيا مقرا لها، محمد علي أوغلو، إن الأرباح ارتفعت.",
                want: &[("محمد علي أوغلو", Some("الرئيس التنفيذي للشركة"), &["محمد علي أوغلو"])],
            },
        ];
        for case in cases {
            let a = analyze(case.text).unwrap();
            let got: Vec<(String, Option<String>, Vec<String>)> = a
                .actors
                .iter()
                .filter(|x| x.kind == ActorKind::Person)
                .map(|x| {
                    (
                        x.name.clone(),
                        x.role.clone(),
                        x.mentions.iter().map(|m| m.text.clone()).collect(),
                    )
                })
                .collect();
            let want: Vec<(String, Option<String>, Vec<String>)> = case
                .want
                .iter()
                .map(|(n, r, ms)| {
                    (
                        n.to_string(),
                        r.map(str::to_string),
                        ms.iter().map(|m| m.to_string()).collect(),
                    )
                })
                .collect();
            assert_eq!(got, want, "{}", case.name);
        }
    }
}

#[cfg(test)]
mod royal_name_tests {
    use crate::{analyze, ActorKind};

    #[test]
    fn an_institution_named_after_a_royal_is_no_person() {
        let text = "وقال الأمير فيصل بن بندر خلال زيارته جامعة الملك سعود إن التعليم أولوية.";
        let a = analyze(text).unwrap();
        let people: Vec<&str> = a
            .actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(people, ["فيصل بن بندر"]);
    }
}

#[cfg(test)]
mod government_tests {
    use crate::{analyze, ActorKind};

    #[test]
    fn a_government_is_an_organisation_reported_when_it_speaks() {
        struct Case {
            name: &'static str,
            text: &'static str,
            want: Option<&'static str>,
        }
        let cases = [
            Case {
                name: "speaks: reported, as an organisation of its country",
                text: "وقالت الحكومة المصرية إن الأسعار ستنخفض.",
                want: Some("الحكومة المصرية"),
            },
            Case {
                name: "lexicon phrase and rule phrase are one actor",
                text: "وأكدت الحكومة الكندية أن المحادثات مستمرة. وقالت حكومة كندا إنها متفائلة.",
                want: Some("الحكومة الكندية"),
            },
            Case {
                name: "talked about, never speaking: not reported",
                text: "وتشكلت الحكومة العراقية الجديدة. ومن المرجح أن تستمر الحكومة في عملها.",
                want: None,
            },
        ];
        for case in cases {
            let a = analyze(case.text).unwrap();
            let govs: Vec<_> = a
                .actors
                .iter()
                .filter(|x| x.kind == ActorKind::Organization)
                .collect();
            match case.want {
                Some(name) => {
                    assert_eq!(govs.len(), 1, "{}: {:?}", case.name, a.actors);
                    assert_eq!(govs[0].name, name, "{}", case.name);
                    assert!(govs[0].country.is_some(), "{}", case.name);
                    assert!(
                        a.quotes
                            .iter()
                            .all(|q| q.speaker.as_ref() == Some(&govs[0].id)),
                        "{}: {:?}",
                        case.name,
                        a.quotes
                    );
                }
                None => assert!(govs.is_empty(), "{}: {:?}", case.name, govs),
            }
        }
    }
}

#[cfg(test)]
mod tagger_tests {
    use crate::{analyze_with, ActorKind, Options};

    /// The names of the actors of `text` whose kind `keep` accepts, in order.
    /// A text and the names of the actors of some kinds found in it.
    struct NameCase {
        name: &'static str,
        text: &'static str,
        want: &'static [&'static str],
    }

    /// Checks each case's actor names of the kinds `keep` accepts.
    fn check_actor_names(cases: &[NameCase], keep: impl Fn(ActorKind) -> bool) {
        for c in cases {
            assert_eq!(actor_names(c.text, &keep), c.want, "{}", c.name);
        }
    }

    fn actor_names(text: &str, keep: impl Fn(ActorKind) -> bool) -> Vec<String> {
        analyze_with(text, &Options::default())
            .unwrap()
            .actors
            .into_iter()
            .filter(|a| keep(a.kind))
            .map(|a| a.name)
            .collect()
    }

    #[test]
    fn places_countries_and_bodies_of_session_10() {
        let cases = [
            NameCase {
                name: "a place noun the tagger takes alone before the place's name (شبه جزيرة سيناء) is no place",
                text: "وقال إن بلاده لن تقبل بتهجير السكان إلى شبه جزيرة سيناء.",
                want: &["سيناء"],
            },
            NameCase {
                name: "مجرى (course) is no Hungarian; المجري still is",
                text: "وقال المدرب إن الهدف غير مجرى اللقاء. وقال المدرب المجري إن الفريق جاهز.",
                want: &["المجر"],
            },
            NameCase {
                name: "a name in construct with a place noun keeps its first letter (قمة بروكسل)",
                text: "وقال ماكرون للصحفيين على هامش قمة بروكسل إن الحوار مهم. وقالت ميلوني خلال زيارة إلى جزيرة لامبيدوزا إن البحر مقبرة.",
                want: &["بروكسل", "لامبيدوزا"],
            },
            NameCase {
                name: "unlisted bodies of one name under two heads are one",
                text: "وبحسب بيانات منصة \"ماغنيت\" المتخصصة، فإن الشركات جمعت مليار دولار. وقال فيليب باهوشي، المؤسس والرئيس التنفيذي لشركة \"ماغنيت\"، إن السوق تقدمت.",
                want: &["ماغنيت"],
            },
            NameCase {
                name: "a fixed phrase with a country adjective names no country (القنب الهندي)",
                text: "وقال المسؤول إن المغرب من أكبر منتجي القنب الهندي، وإن المحيط الهندي هادئ.",
                want: &["المغرب", "المحيط الهندي"],
            },
            NameCase {
                name: "force majeure (القوة القاهرة), also after a preposition, names no Cairo",
                text: "وأعلنت الشركة حالة القوة القاهرة في الميناء، وتمسكت بالقوة القاهرة. وقال إن القاهرة تدعم الاتفاق.",
                want: &["مصر"],
            },
            NameCase {
                name: "عمان in a text about Jordan is its capital",
                text: "عمان - حذرت وزارة المياه الأردنية من صيف صعب. وستوزع المياه بالتناوب في عمان والزرقاء.",
                want: &["الأردن"],
            },
            NameCase {
                name: "عمان stays Oman where Oman is named as a sultanate",
                text: "مسقط - قالت سلطنة عمان إن المفاوضات ستعقد في عمان. وقال الأردن إن الحوار مهم.",
                want: &["عمان", "الأردن"],
            },
            NameCase {
                name: "a verbal noun after a body's country is the verb's object (بدأ الجيش اللبناني الانتشار)",
                text: "بدأ الجيش اللبناني الانتشار في البلدات. وقال الجيش اللبناني إن الوضع هادئ.",
                want: &["الجيش اللبناني"],
            },
            NameCase {
                name: "a person's surname alone is no place the tagger finds (ألباريس)",
                text: "وقال ناصر بوريطة إن العلاقات جيدة مع خوسيه مانويل ألباريس. من جانبه، قال ألباريس إن المغرب شريك استراتيجي.",
                want: &["المغرب"],
            },
            NameCase {
                name: "a disease or its carrier is no actor (فيروس كورونا، متلازمة الشرق الأوسط)",
                text: "وقالت وزارة الصحة إن الحالات مستقرة. وسجلت الوزارة 12 إصابة جديدة بفيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية.",
                want: &["وزارة الصحة"],
            },
            NameCase {
                name: "عمان stays Oman without Jordan in the text",
                text: "وقال وزير الخارجية إن عمان تدعم الحوار.",
                want: &["عمان"],
            },
        ];
        check_actor_names(&cases, |k| {
            matches!(
                k,
                ActorKind::Country | ActorKind::Place | ActorKind::Organization
            )
        });
    }

    #[test]
    fn a_prize_or_place_named_after_a_royal_is_no_person() {
        let cases = [NameCase {
            name: "جائزة الشيخ زايد للكتاب and جسر الملك فهد name things; الشيخ and الأمير before a name as a subject are people",
            text: "فازت الروائية لطيفة باقا بجائزة الشيخ زايد للكتاب. وافتتح الأمير فيصل جسر الملك فهد. وقال الشيخ محمد بن راشد إن دبي مستعدة.",
            want: &["لطيفة باقا", "فيصل", "محمد بن راشد"],
        }, NameCase {
            name: "ستاد الملك فهد الدولي and مدرسة الملك عبدالعزيز النموذجية name things, not people",
            text: "وقال المدرب سامي الجابر إن المباراة ستقام على ستاد الملك فهد الدولي. وأضاف أن مدرسة الملك عبدالعزيز النموذجية ستكرم اللاعبين.",
            want: &["سامي الجابر"],
        }];
        check_actor_names(&cases, |k| k == ActorKind::Person);
    }

    #[test]
    fn what_a_titled_person_was_praised_for_is_no_name() {
        let cases = [NameCase {
            name: "ب + a noun right after a title, before a definite word, is what the holder was praised for (بجهود المملكة); ب-initial given names stay names",
            text: "وأشاد الرئيس بجهود المملكة في دعم السلام. وثمن اهتمام ولي العهد بتنمية المحافظات. وقال الوزير بسام الصباغ إن الوضع جيد. وقالت النائبة بولا يعقوبيان إن الجلسة مفتوحة.",
            want: &["بسام الصباغ", "بولا يعقوبيان"],
        }];
        check_actor_names(&cases, |k| k == ActorKind::Person);
    }

    #[test]
    fn a_first_deputy_keeps_first_in_the_title() {
        let cases = [NameCase {
            name: "وكيل أول الوزارة السابق علي جمال الدين: أول is the title's, no body الوزارة السابق and no name جمال الدين",
            text: "وقضت المحكمة بالسجن لوكيل أول الوزارة السابق علي جمال الدين. وقال نائب أول رئيس الوزراء محمد علي إن الحكم نهائي.",
            want: &["علي جمال الدين", "محمد علي"],
        }];
        check_actor_names(&cases, |k| k == ActorKind::Person);
    }

    #[test]
    fn a_city_quarter_named_after_someone_is_no_person() {
        let cases = [NameCase {
            name: "حي بابا عمرو and حي الشيخ جراح are quarters; the woman speaking is a person",
            text: "وتقول أم خالد، وهي نازحة عادت إلى حي بابا عمرو في حمص، إن بيتها دمر. وشهد حي الشيخ جراح في القدس مواجهات.",
            want: &["أم خالد"],
        }];
        check_actor_names(&cases, |k| k == ActorKind::Person);
    }

    #[test]
    fn a_noun_with_a_possessive_after_a_title_and_عن_is_no_place() {
        let cases = [NameCase {
            name: "عبر اللاعب عن حزنه لرحيل جيسوس: حزنه is no place the player serves in, so no name follows the title",
            text: "أقال النادي المدرب جورجي جيسوس. وعبر اللاعب عن حزنه لرحيل جيسوس.",
            want: &["جورجي جيسوس"],
        }];
        check_actor_names(&cases, |k| k == ActorKind::Person);
    }

    #[test]
    fn a_country_named_inside_a_person_name_is_no_country() {
        let cases = [
            NameCase {
                name: "تشاد before a family name after a definite title is Chad the given name, no country",
                text: "وقال الخبير الاقتصادي تشاد باون إن الأسعار سترتفع.",
                want: &[],
            },
            NameCase {
                name: "... and after a place's name that ends the title (في سنغافورة)",
                text: "وقال الباحث في معهد الدراسات الآسيوية في سنغافورة تشاد باون إن الخطة تقرأ التحولات.",
                want: &["سنغافورة"],
            },
        ];
        check_actor_names(&cases, |k| k == ActorKind::Country);
        let cases = [NameCase {
            name: "a present verb in تت after a title word is no name (الروايات المرشحة تتضاعف)",
            text: "ويقول ناشرون إن مبيعات الروايات المرشحة تتضاعف عادة بعد الإعلان.",
            want: &[],
        }];
        check_actor_names(&cases, |k| k == ActorKind::Person);
    }

    #[test]
    fn bodies_and_places_of_ar31() {
        let cases = [
            NameCase {
                name: "a second place coordinated with the one a body serves (للجبيل ورابغ), and whom a body defends (الدفاع عن), not a ministry's عن",
                text: "وقالت الهيئة الملكية للجبيل ورابغ إن المشروع سيكتمل. وقالت هيئة الدفاع عن المعتقلين إن موكليها تعرضوا للتعذيب. وأعلنت وزارة الدفاع عن مقتل جنديين.",
                want: &["الهيئة الملكية للجبيل ورابغ", "هيئة الدفاع عن المعتقلين", "وزارة الدفاع"],
            },
            NameCase {
                name: "a country inside a description before a holder's name is the country (no place of the tagger's)",
                text: "وقال زعيم الحزب، أكبر أحزاب المعارضة في تركيا، أوزغور أوزيل، إن الانتخابات مزورة.",
                want: &["تركيا"],
            },
            NameCase {
                name: "a definite word after a definite noun is its adjective, no body (بالمسجد الحرام)",
                text: "وقال الشيخ عبدالرحمن السديس في خطبة الجمعة بالمسجد الحرام إن المسلمين أمة واحدة.",
                want: &[],
            },
        ];
        check_actor_names(&cases, |k| {
            matches!(
                k,
                ActorKind::Organization | ActorKind::Place | ActorKind::Country
            )
        });
    }

    #[test]
    fn a_holder_takes_the_country_its_listed_body_names() {
        struct Case {
            name: &'static str,
            text: &'static str,
            /// The person's name and country.
            want: (&'static str, Option<&'static str>),
        }
        let cases = [
            Case {
                name: "a bank whose name says its country (البنك الأهلي السعودي)",
                text: "وقال طارق السدحان الرئيس التنفيذي للبنك الأهلي السعودي إن البنك حقق أرباحا.",
                want: ("طارق السدحان", Some("SA")),
            },
            Case {
                name: "a club whose name says none (برشلونة): its staff may be of any country",
                text: "وقال المدير الرياضي لبرشلونة ديكو إن الصفقة اكتملت.",
                want: ("ديكو", None),
            },
        ];
        for c in cases {
            let a = analyze_with(c.text, &Options::default()).unwrap();
            let p = a
                .actors
                .iter()
                .find(|x| x.kind == ActorKind::Person)
                .expect(c.name);
            assert_eq!(
                (p.name.as_str(), p.country.as_deref()),
                c.want,
                "{}",
                c.name
            );
        }
    }

    #[test]
    fn a_named_group_keeps_its_own_country_adjective() {
        let cases = [
            NameCase {
                name: "a named group and its own country's adjective are that group",
                text: "أعلنت جماعة الحوثي اليمنية استهداف سفينة. وقال الوزير إن هجمات الحوثيين تهدد الملاحة.",
                want: &["الحوثيون"],
            },
            NameCase {
                name: "a collective with a country adjective is a group of its own",
                text: "وقال الخبراء الأمريكيون إن الوضع خطير.",
                want: &["الخبراء الأمريكيون"],
            },
        ];
        check_actor_names(&cases, |k| k == ActorKind::Group);
    }

    #[test]
    fn a_head_alone_refers_back_only_when_definite() {
        struct Case {
            name: &'static str,
            text: &'static str,
            want: &'static [&'static str],
        }
        let cases = [
            Case {
                name: "an indefinite head in construct names another body",
                text: "قال رئيس مجلس النواب اللبناني نبيه بري إن الاتفاق صامد. وقال رئيس الحكومة نواف سلام بعد جلسة مجلس الوزراء إن الحكومة ماضية.",
                want: &["مجلس النواب اللبناني"],
            },
            Case {
                name: "a definite head is the body named before",
                text: "قال رئيس مجلس النواب اللبناني نبيه بري إن الاتفاق صامد. وأكد المجلس أن الجلسة مفتوحة.",
                want: &["مجلس النواب اللبناني", "المجلس"],
            },
        ];
        for c in cases {
            let a = analyze_with(c.text, &Options::default()).unwrap();
            let council = a
                .actors
                .iter()
                .find(|x| x.name == "مجلس النواب اللبناني")
                .expect("the council");
            let got: Vec<&str> = council.mentions.iter().map(|m| m.text.as_str()).collect();
            assert_eq!(got, c.want, "{}", c.name);
        }
    }

    #[test]
    fn tagger_adds_places_that_are_not_countries() {
        let text = "وقعت الحادثة أمس في أحد المقاهي في فيلادلفيا، وقالت الشرطة إنها تحقق فيها.";
        let places = actor_names(text, |k| k == ActorKind::Place);
        assert!(places.iter().any(|p| p == "فيلادلفيا"), "{places:?}");
    }

    #[test]
    fn amman_as_a_place_of_its_own_is_jordan_where_jordan_is_named() {
        let text = "أمين عمان: الباص السريع سيكتمل\n\nعمان - قال أمين عمان يوسف الشواربة إن المشروع سيكتمل. وقالت وزيرة النقل الأردنية إن العمل مستمر.";
        let places = actor_names(text, |k| matches!(k, ActorKind::Place | ActorKind::Country));
        assert_eq!(places, ["الأردن"]);
    }

    #[test]
    fn datelines_and_places_after_a_preposition_are_written_whole() {
        let cases = [
            NameCase {
                name: "a dateline city starting with ب is a place, not ب + a name",
                text: "بورتسودان (أ ف ب) - حذر منسق الأمم المتحدة من الجوع.",
                want: &["بورتسودان"],
            },
            NameCase {
                name: "after في no second preposition is glued",
                text: "وقال للصحفيين في بورتسودان إن الوضع صعب.",
                want: &["بورتسودان"],
            },
            NameCase {
                name: "a holy city's epithet is part of the place's name (مكة المكرمة)",
                text: "مكة المكرمة - أعلنت الرئاسة خطة الموسم، وقال الحجاج في المدينة المنورة إن الخدمات جيدة.",
                want: &["مكة المكرمة", "المدينة المنورة"],
            },
            NameCase {
                name: "عمان as a dateline is Amman",
                text: "عمان - قال وزير الطاقة إن المشروع بدأ.",
                want: &["الأردن"],
            },
            NameCase {
                name: "a governorate that says nothing is a place; one that speaks is the body (محافظة الخرج)",
                text: "وتشمل المشروعات أحياء محافظة الأحساء، وتحتاج محافظة الأحساء إلى مدارس. وقالت محافظة الخرج إن المشروع اكتمل.",
                want: &["محافظة الأحساء"],
            },
            NameCase {
                name: "عمان elsewhere is Oman",
                text: "مسقط - قال الوزير إن سلطنة عمان ستواصل الوساطة وإن عمان لن تتدخل.",
                want: &["عمان"],
            },
        ];
        check_actor_names(&cases, |k| {
            matches!(k, ActorKind::Place | ActorKind::Country)
        });
    }

    #[test]
    fn organisations_named_with_a_game_a_general_adjective_or_a_platform() {
        let cases = [
            NameCase {
                name: "a work's title in quotes after its noun (فيلم «ماء العين») is no organisation; a company named in quotes still is",
                text: "ويتنافس على الجائزة فيلم «ماء العين» للمخرجة مريم جعبر. وقالت شركة \"تمارا\" السعودية إن الطلب قوي.",
                want: &["تمارا"],
            },
            NameCase {
                name: "a body named after its city keeps its number (جامعة الجزائر 3)",
                text: "وأعلنت جامعة الجزائر 3 أن البطولة ستقام في موعدها.",
                want: &["جامعة الجزائر 3"],
            },
            NameCase {
                name: "KAUST is listed, by its name and its acronym",
                text: "وأكد رئيس جامعة الملك عبدالله للعلوم والتقنية توني تشان أن كاوست ستخصص تمويلا إضافيا.",
                want: &["جامعة الملك عبدالله للعلوم والتقنية"],
            },
            NameCase {
                name: "another body's head coordinated after a body's country adjective starts that body (جامعة أكسفورد البريطانية والمعهد ...)",
                text: "وقالت جامعة أكسفورد البريطانية والمعهد الوطني لعلوم المحيطات في بيان مشترك إن النتائج مهمة.",
                want: &["جامعة أكسفورد البريطانية"],
            },
            NameCase {
                name: "what a body guards against (للوقاية من الأمراض ومكافحتها) is part of its name",
                text: "وقال المركز الوطني للوقاية من الأمراض ومكافحتها إن الحالات ارتفعت. وقالت الهيئة الوطنية للحماية من العنف إن البلاغات زادت.",
                want: &["المركز الوطني للوقاية من الأمراض ومكافحتها", "الهيئة الوطنية للحماية من العنف"],
            },
            NameCase {
                name: "a noun in construct before a listed people names a body for them (لجنة حماية الأطباء), not the people",
                text: "وقالت لجنة حماية الأطباء إن المستشفيات قصفت. وقالت رابطة شؤون المعلمين إن المدارس أغلقت.",
                want: &["لجنة حماية الأطباء", "رابطة شؤون المعلمين"],
            },
            NameCase {
                name: "press-freedom and aid bodies are listed, each its own (مراسلون بلا حدود is not the Rapid Support Forces)",
                text: "وذكرت منظمة مراسلون بلا حدود أن عدد الصحفيين المسجونين ارتفع. وقالت قوات الدعم السريع إنها سيطرت على المدينة. وقالت منظمة أوكسفام إن المساعدات لا تكفي.",
                want: &["مراسلون بلا حدود", "أوكسفام"],
            },
            NameCase {
                name: "Arabic acronyms written with dots are the listed spaced names (بي.بي.سي، يو.بي.إس)",
                text: "وقال الوزير في مقابلة مع بي.بي.سي إن الوضع خطير. وقالت المحللة في بنك يو.بي.إس جيوفاني ستونوفو إن المخاوف قائمة.",
                want: &["بي بي سي", "يو بي إس"],
            },
            NameCase {
                name: "a preposition glued to an acronym's first letter name (لبي بي سي، لسي إن إن)",
                text: "وقال الوزير لبي بي سي إن الوضع خطير. وقال مسؤول أمريكي لسي إن إن إن الاتفاق قريب.",
                want: &["بي بي سي", "سي إن إن"],
            },
            NameCase {
                name: "a definite noun without an adjective's shape after a body's country is the verb's object (ودانت وزارة الخارجية الإماراتية الهجوم); the listed group a spokesperson speaks for is that group (باسم الحوثيين)",
                text: "ودانت وزارة الخارجية الإماراتية الهجوم، وقالت الوزارة إن الهجوم إرهابي. وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن الهجوم نجح.",
                want: &["وزارة الخارجية الإماراتية"],
            },
            NameCase {
                name: "a derived verbal noun after a body's adjective is the verb's object (رفض المتحدث باسم النيابة العامة التعليق)",
                text: "ورفض المتحدث باسم النيابة العامة التعليق. وقالت النيابة العامة إن التحقيق مستمر.",
                want: &["النيابة العامة"],
            },
            NameCase {
                name: "a body's name without its head noun and adjectives is that body (سوناطراك)",
                text: "وقعت شركة سوناطراك الجزائرية للمحروقات عقدا. وقال الرئيس المدير العام لسوناطراك رشيد حشيشي إن الاتفاق مهم.",
                want: &["شركة سوناطراك الجزائرية للمحروقات"],
            },
            NameCase {
                name: "a definite word after a plural group word describes it (الوزراء الشيعة); Moroccan clubs alone",
                text: "وانسحب الوزراء الشيعة الخمسة المحسوبون على حزب الله من الجلسة. وقال مدرب الرجاء إن الفريق جاهز لمواجهة الوداد.",
                want: &["حزب الله", "الرجاء", "الوداد"],
            },
            NameCase {
                name: "a listed club's bare word after a word of the game (فريق الهلال، مضيفه النصر), then anywhere, but not before a definite word (الهلال الأحمر، الهلال السوداني)",
                text: "حقق فريق الهلال فوزا على مضيفه النصر، ورفع الهلال رصيده إلى 38 نقطة. وقدم الهلال الأحمر مساعدات. وفاز الهلال السوداني على الأهلي.",
                want: &["نادي الهلال", "نادي النصر", "الهلال الأحمر", "الهلال السوداني", "الأهلي"],
            },
            NameCase {
                name: "a word of a named body alone, behind ل and before عن, is a purpose (للعفو عن)",
                text: "وقال المحامي إن هيئة الدفاع ستتقدم بالتماس إلى رئيس الجمهورية للعفو عن موكله. وانتقدت منظمة العفو الدولية الحكم.",
                want: &["منظمة العفو الدولية"],
            },
            NameCase {
                name: "movements, agencies and outlets of session 13's lexicon rows; أفاد (reported) is no آفاد",
                text: "وشكك التيار الصدري في الأرقام. وقالت إدارة الكوارث والطوارئ التركية (آفاد) إن الزلزال قوي. وأفاد مسؤول بأن الطريق مغلق. وقال موقع هسبريس إن الحملة بدأت.",
                want: &["التيار الصدري", "إدارة الكوارث والطوارئ التركية", "هسبريس"],
            },
            NameCase {
                name: "a people listed as a group in construct with a head names the body, not the start of a listed name",
                text: "وقال حزب العمال إن الحوار ضروري. وقالت نقابة الصحفيين إن الحوار ضروري. وقال الأمين العام لحزب العمال الكردستاني إن الحوار ضروري.",
                want: &["حزب العمال", "نقابة الصحفيين"],
            },
            NameCase {
                name: "an indefinite head with indefinite adjectives is no body's name, and it speaks for no one named",
                text: "وقالت شركة أمريكية إن الوضع خطير. وأعلنت منظمة إنسانية أن الوضع صعب. وطالب المجتمع الدولي بتصنيفها منظمة إرهابية. وقال بنك مصر إن الأرباح ارتفعت. وقال مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحرب مستمرة.",
                want: &["بنك مصر"],
            },
            NameCase {
                name: "a listed club named without its head noun is that club",
                text: "حقق فريق النصر السعودي فوزا ثمينا. وقال مدرب النصر جورجي جيسوس إن الفوز مهم.",
                want: &["نادي النصر"],
            },
            NameCase {
                name: "two nouns coordinated in construct with the head",
                text: "ورحبت غرفة تجارة وصناعة الكويت بالإجراءات. وقال رئيس الغرفة محمد جاسم الصقر إن القطاع الخاص شريك.",
                want: &["غرفة تجارة وصناعة الكويت"],
            },
            NameCase {
                name: "what a body defends is its name's; a listed body in quotes is the listed one",
                text: "وقالت الرابطة التونسية للدفاع عن حقوق الإنسان إن الوضع خطير. وأعلنت شركة \"أوبن إيه آي\" الأمريكية شراكة جديدة. وقال الرئيس التنفيذي لشركة أوبن إيه آي سام ألتمان إن الشراكة مهمة.",
                want: &["الرابطة التونسية للدفاع عن حقوق الإنسان", "أوبن إيه آي"],
            },
            NameCase {
                name: "a listed body with a game after it is that game's federation; العام before a nisba",
                text: "وقال الاتحاد الأوروبي لكرة القدم إن المباراة ستقام. وقال الاتحاد الأوروبي إن العقوبات ستستمر. وقال الاتحاد العام التونسي للشغل إنه لم يشارك.",
                want: &[
                    "الاتحاد الأوروبي لكرة القدم",
                    "الاتحاد الأوروبي",
                    "الاتحاد العام التونسي للشغل",
                ],
            },
            NameCase {
                name: "a platform where words were posted is no actor",
                text: "وكتب الرئيس على صفحته في فيسبوك أن الحوار مستمر. وقال الوزير في تغريدة على تويتر إن الحوار مستمر.",
                want: &[],
            },
            NameCase {
                name: "a club named without its head noun is the club; an elative's noun is no organisation",
                text: "فاز النادي الأهلي على غريمه. وسجل للأهلي إمام عاشور. وأعلنت أرامكو، أكبر شركة نفط في العالم، أرباحها.",
                want: &["النادي الأهلي", "أرامكو"],
            },
            NameCase {
                name: "a body named after a listed person, with what it is for",
                text: "وأعلن مركز محمد بن راشد للفضاء أن المركبة ستطلق.",
                want: &["مركز محمد بن راشد للفضاء"],
            },
            NameCase {
                name: "a medium spoken to is an actor, its FM too; a definite title alone does not take it; a canal is no medium",
                text: "وقال الوزير في مقابلة مع قناة الجديد إن الحكومة ستستقيل. وقال الوالي لإذاعة موزاييك أف أم إن الخطة ستنفذ. وعبرت السفينة قناة السويس أمس.",
                want: &["قناة الجديد", "إذاعة موزاييك أف أم"],
            },
            NameCase {
                name: "a future verb opening a quote is no organisation",
                text: "قال قائد الفريق محسن متولي: «سنقاتل على كل كرة، هذه المباراة موسم كامل بالنسبة لنا».",
                want: &[],
            },
            NameCase {
                name: "a masculine adjective of tenure after a feminine body is the office's",
                text: "وأعلنت وزارة التموين قرارها. وقضت المحكمة بالسجن لوكيل أول الوزارة السابق علي جمال الدين.",
                want: &["وزارة التموين"],
            },
            NameCase {
                name: "a general presidency (الرئاسة العامة) is a body, its name up to six words after the head",
                text: "وأكدت الرئاسة العامة لرعاية الشباب أن الملاعب جاهزة. وأعلنت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي أن الصحن جاهز.",
                want: &["الرئاسة العامة لرعاية الشباب", "الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي"],
            },
            NameCase {
                name: "European parties the lexicon lists (rules only)",
                text: "وسارعت زعيمة التجمع الوطني مارين لوبان إلى الترحيب بالقرار. وتقدم حزب البديل من أجل ألمانيا في الاستطلاعات.",
                want: &["التجمع الوطني", "حزب البديل من أجل ألمانيا"],
            },
            NameCase {
                name: "a body named after its city keeps its ordinal الأول, also as the tagger finds it",
                text: "وقال بنك أبوظبي الأول إن الأرباح ارتفعت.",
                want: &["بنك أبوظبي الأول"],
            },
            NameCase {
                name: "the ordinal of a served bank the tagger finds",
                text: "وقالت كبيرة الاقتصاديين في بنك أبوظبي الأول، منى الهاشمي، إن السوق مستقر.",
                want: &["بنك أبوظبي الأول"],
            },
            NameCase {
                name: "a platform that speaks is one",
                text: "وقالت شركة تويتر في بيان إنها ستحذف الحسابات المزيفة.",
                want: &["تويتر"],
            },
            NameCase {
                name: "a currency after a dual amount is no organisation (ملياري ريال)",
                text: "افتتح الوزير مشروعات بقيمة تتجاوز ملياري ريال في المنطقة، وخصص مليوني دولار للحدائق.",
                want: &[],
            },
            NameCase {
                name: "a body named after a region or governorate no list knows (شرطة منطقة مكة المكرمة)",
                text: "وقالت شرطة منطقة مكة المكرمة في بيان إن الجناة اعتقلوا. وأكدت أمانة محافظة جدة أن الأمطار توقفت.",
                want: &["شرطة منطقة مكة المكرمة", "أمانة محافظة جدة"],
            },
            NameCase {
                name: "الهلال heads a body only as the Red Crescent: a club's coach keeps his nationality (مدرب الهلال الروماني)",
                text: "وقال مدرب الهلال الروماني رازفان لوشيسكو إن الفريق قدم مباراة جيدة، وسجل للهلال الروماني... وقالت جمعية الهلال الأحمر الفلسطيني إن المسعفين أصيبوا.",
                want: &["الهلال الأحمر"],
            },
            NameCase {
                name: "مصرف heads a bank's name as بنك does (مصرف الراجحي, not a person); a governorate that says nothing is a place",
                text: "وأعلن مصرف الراجحي أن أرباحه ارتفعت. وقال مصرف الإنماء إن التمويل نما. وتقع الفروع في محافظة الأحساء، وتحتاج محافظة الأحساء إلى مدارس.",
                want: &["مصرف الراجحي", "مصرف الإنماء"],
            },
            NameCase {
                name: "an indefinite head with و before an indefinite nisba is no name (ومنظمة دولية)",
                text: "شارك في المؤتمر ممثلون عن خمسين دولة ومنظمة دولية. وقالت منظمة الصحة العالمية إن الوضع صعب.",
                want: &["منظمة الصحة العالمية"],
            },
            NameCase {
                name: "a tatweel after a peeled ل stays out of the name (لـCNN)",
                text: "وقالت المحللة أمريتا سين لـCNN إن السوق تتوقع القرار.",
                want: &["CNN"],
            },
            NameCase {
                name: "Jordan's agency credited in a dateline is written whole (بترا, not ب + ترا)",
                text: "عمان 3 كانون الأول (بترا) - أعلنت المديرية إحباط محاولة تهريب.",
                want: &["بترا"],
            },
        ];
        check_actor_names(&cases, |k| k == ActorKind::Organization);
    }

    #[test]
    fn words_that_look_like_names_but_are_not() {
        let cases = [
            NameCase {
                name: "a past verb like تعافى or تولى after a name ends it",
                text: "وأوضح المدرب أن المهاجم الكونغولي بن مالانغو تعافى من الإصابة. وكان اللاعب محمد الشناوي تولى حراسة المرمى.",
                want: &["بن مالانغو", "محمد الشناوي"],
            },
            NameCase {
                name: "الحكم before two predicates coordinated with و is the ruling; an adverb of frequency after a surname",
                text: "وأوضح المتحدث باسم المحكمة محمد زيتونة أن الحكم ابتدائي وقابل للاستئناف. وقال الرئيس التونسي قيس سعيد إن القانون فوق الجميع، وقد تعهد سعيد مرارا بمحاسبة الفاسدين.",
                want: &["محمد زيتونة", "قيس سعيد"],
            },
            NameCase {
                name: "one unlisted word after an indefinite title alone is its adjective",
                text: "وكان المدرب قد طلب التعاقد مع مهاجم صريح بعد إصابة اللاعب.",
                want: &[],
            },
            NameCase {
                name: "a derived verbal noun after two names is the verb's object (حسين لبيب التحكيم)",
                text: "وانتقد رئيس نادي الزمالك حسين لبيب التحكيم.",
                want: &["حسين لبيب"],
            },
            NameCase {
                name: "a name in construct with a place noun is the place's (ميناء جيهان)",
                text: "وقال الوزير حيان عبد الغني إن الشحنات ستصل إلى ميناء جيهان التركي خلال أسبوعين.",
                want: &["حيان عبد الغني"],
            },
            NameCase {
                name: "a verb with ف after a name (أما ... فرحب) ends it; a name word with ف does not",
                text: "أما الأمين العام للحزب عبد الكريم بن مبارك فرحب بالقرار. وقال اللاعب محمد فهد إن الفوز مهم.",
                want: &["عبد الكريم بن مبارك", "محمد فهد"],
            },
            NameCase {
                name: "a title's next word glued to the article of a common noun with ب",
                text: "وفازت رواية الكاتب بالجائزة هذا العام.",
                want: &[],
            },
            NameCase {
                name: "an adjective of rank after an indefinite title; an institution's head noun alone",
                text: "ونقلت وكالة تسنيم عن مسؤول إيراني رفيع قوله إن الجولة قد تعقد في روما. وقال الباحث في معهد واشنطن لسياسات الشرق الأدنى مايكل سينغ إن الطرفين بحاجة إلى اتفاق.",
                want: &["مسؤول إيراني", "مايكل سينغ"],
            },
            NameCase {
                name: "a present verb after a title, before its object; a foreign name with ي still is one",
                text: "أمير الرياض يدشن مشروعات تنموية. وقال المحلل إن عمر اللاعب يطرح تساؤلات. وقال اللاعب يانيك سينر إن الفوز مهم.",
                want: &["يانيك سينر"],
            },
            NameCase {
                name: "a given name as an adjective after an indefinite plural in ات, before a word with ل",
                text: "ودعا المنسق إلى فتح ممرات آمنة لإيصال المساعدات.",
                want: &[],
            },
            NameCase {
                name: "a given name as an adjective coordinated with a second feminine adjective",
                text: "وقالت اللجنة إن العملية جرت في أجواء آمنة وشفافة.",
                want: &[],
            },
            NameCase {
                name: "a surname that ANERcorp mostly shows alone does not begin a name",
                text: "الكرملين: بوتين مستعد للقاء نظيره الأوكراني.",
                want: &[],
            },
            NameCase {
                name: "a word in ا with a possessive ه after two names is the verb's object (رضاه)",
                text: "أبدى مدرب الزمالك البرتغالي جوزيه جوميز رضاه عن أداء لاعبيه.",
                want: &["جوزيه جوميز"],
            },
            NameCase {
                name: "باق after a title is the predicate (المدرب باق), no name; حسان is a given name before an unlisted family name",
                text: "وأكدت الإدارة أن المدرب باق في منصبه. وقال النائب في البرلمان الأردني حسان القضاة إن الشارع غاضب.",
                want: &["حسان القضاة"],
            },
            NameCase {
                name: "the Amazigh آيت joins a name (هشام آيت منا); a family name with ل after a compound given name (عبد الوافي لفتيت)",
                text: "وقال الباحث في شؤون الهجرة هشام آيت منا إن المؤتمرات لا تكفي. وقال وزير الداخلية عبد الوافي لفتيت إن الحدود آمنة.",
                want: &["هشام آيت منا", "عبد الوافي لفتيت"],
            },
            NameCase {
                name: "a woman so named after a cue or a title is still a person",
                text:
                    "وقالت آمنة محمد إن الوضع صعب. وقالت وزيرة الصحة سعيدة أحمد إن المستشفى ممتلئ.",
                want: &["آمنة محمد", "سعيدة أحمد"],
            },
            NameCase {
                name: "writers named only in a wire credit line or a byline are not actors",
                text: "انهيار المحادثات\nبقلم: خالد سالم\nقال وزير الخارجية سيرغي لافروف إن المحادثات انهارت.\n(إعداد محمد علي للنشرة العربية - تحرير أحمد حسن)",
                want: &["سيرغي لافروف"],
            },
            NameCase {
                name: "خادم الحرمين الشريفين is one title, with ل glued too: الشريفين is no name",
                text: "ورفع الأمير فيصل بن خالد شكره لخادم الحرمين الشريفين وولي العهد على الثقة الملكية.",
                want: &["فيصل بن خالد"],
            },
            NameCase {
                name: "a present verb with glued و after another (يكتب وينشر) is no name",
                text: "وقال المفتي الشيخ عبدالعزيز آل الشيخ: «على المسلم أن يتقي الله فيما يكتب وينشر، وأن يرجع إلى أهل العلم».",
                want: &["عبدالعزيز آل الشيخ"],
            },
        ];
        check_actor_names(&cases, |k| k == ActorKind::Person);
    }

    #[test]
    fn tagger_adds_names_the_rules_miss() {
        // No title, no reporting verb, not in any lexicon: only the tagger
        // can see that this is a person.
        let text = "وصل كيرياكوس ميتسوتاكيس إلى القاهرة صباح اليوم في زيارة تستغرق يومين.";
        let people = |tagger: bool| {
            analyze_with(text, &Options::default().name_tagger(tagger))
                .unwrap()
                .actors
                .into_iter()
                .filter(|a| a.kind == ActorKind::Person)
                .map(|a| a.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(people(false), Vec::<String>::new());
        assert_eq!(people(true), ["كيرياكوس ميتسوتاكيس"]);
    }
}
