//! The hand-written Arabic word lists (`data/ar_*.tsv`, `data/ar_*.txt`)
//! and the predicates built on them. Every list is keyed by normalised form.

use crate::findings::Gender;
use crate::hash::FxTable as HashMap;
use crate::lexicon::gender_of;
use crate::text::normalize::{key, push_key, push_phrase_key};
use crate::text::{data_lines, front_coded_words, tab_fields};
use std::ops::Range;
use std::sync::OnceLock;

const CUES: &str = crate::text::data_file!("../../data/ar_cues.tsv");
const TITLES: &str = crate::text::data_file!("../../data/ar_titles.tsv");
const STOPWORDS: &str = crate::text::data_file!("../../data/ar_stopwords.txt");
const NAME_WORDS: &str = crate::text::data_file!("../../data/ar_name_words.tsv");
const COMMON_WORDS: &str = crate::text::data_file!("../../data/ar_common_words.txt");

/// How a reporting verb takes its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Takes a complementiser (أن / إن), a colon or a direct quote.
    Say,
    /// Also takes a noun phrase as content (أعلن مقتل ...).
    Nominal,
    /// Continues the last speaker when it has no subject (وأضاف).
    Continue,
    /// Needs بأن (وصفها بأنها ...).
    Describe,
    /// Relays another's words: the speaker follows عن (نقلت الوكالة عن
    /// الوزير قوله إن ...).
    Relay,
}

/// A reporting verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// How the verb takes its content.
    pub class: CueClass,
    /// Agreement of the form with its subject.
    pub gender: Gender,
    /// True for participles (قائلا، مضيفا), whose subject is the subject of
    /// the clause they hang on.
    pub participle: bool,
}

/// Object pronouns a finite verb may carry (وصفها، أبلغه).
const OBJECT_SUFFIXES: &[&str] = &["ه", "ها", "هم", "هما"];

/// Nouns that head a ministry title without the article (وزير خارجية ...).
const TITLE_DOMAINS: &[&str] = &[
    "خارجية",
    "الخارجية",
    "دفاع",
    "الدفاع",
    "داخلية",
    "الداخلية",
    "مالية",
    "المالية",
    "عدل",
    "العدل",
    "صحة",
    "الصحة",
    "تعليم",
    "التعليم",
    "اقتصاد",
    "الاقتصاد",
    "نفط",
    "النفط",
    "طاقة",
    "الطاقة",
    "إعلام",
    "الإعلام",
    "ثقافة",
    "الثقافة",
    "تجارة",
    "التجارة",
    "خارجيه",
    "دولة",
    "الدولة",
    "وزراء",
    "الوزراء",
    "حكومة",
    "الحكومة",
    "باسم",
    // On its behalf (المتحدثة باسمها سارة جونز): the body was named before.
    "باسمه",
    "باسمها",
    "باسمهم",
    "مجلس",
    "المجلس",
    "العام",
    "عام",
    // The feminine title's adjectives (المديرة العامة، الأمينة العامة).
    "العامة",
    "عامة",
    "الأولى",
    "التنفيذية",
    "السابقة",
    "الخاصة",
    "الأول",
    "العهد",
    "الأعلى",
    "التنفيذي",
    "السابق",
    "الأسبق",
    "المتقاعد",
    "المستقيل",
    "المنتخب",
    "الحالي",
    "الجديد",
    "المؤقت",
    "أركان",
    "الأركان",
    "هيئة",
    "هيئه",
    "شؤون",
    "لشؤون",
    "للشؤون",
    "جمهورية",
    "الجمهورية",
    "الأمم",
    "للأمم",
    "قائد",
    "رئيس",
    // Units of a body (رئيسة قسم التأهب للأوبئة في المنظمة، مدير دائرة
    // الإعلام): the title goes on to the body.
    "قسم",
    "دائرة",
    "شعبة",
    "وحدة",
    // A newspaper's editor (رئيس تحرير صحيفة النهار، مدير التحرير).
    "تحرير",
    "التحرير",
];

/// Verbal nouns of saying that stand between a relayed speaker and the
/// content (نقلت عن الوزير قوله إن ...).
const SAYING_NOUNS: &[&str] = &[
    "قوله",
    "قولها",
    "قولهم",
    "قولهما",
    "تأكيده",
    "تأكيدها",
    "تصريحه",
    "تصريحها",
];

/// Verbal nouns of saying that work as a cue of the verb before them
/// (واكتفى بالقول إن ...، وختم بالقول: ...), whose subject is the one
/// speaking already or the one named between them; saying nouns too, so a
/// cue word that is a saying noun is one of these. Not in
/// `data/ar_cues.tsv`, which the name tagger's gazetteer reads too.
const SAYING_CUES: &[&str] = &["بالقول"];

/// Titles kept out of `data/ar_titles.tsv` (which the name tagger's
/// gazetteer reads too): "chief", a title only with the plural it heads
/// (كبير الاقتصاديين، كبيرة المفاوضين; see TITLE_COMPLEMENTS), and the
/// indefinite "professor" of an expert's field (أستاذ العلوم السياسية).
const HAND_TITLES: &[(Gender, &str)] = &[
    (Gender::Masculine, "كبير"),
    // A state's governor (الوالي; والي only before ولاية: TITLE_COMPLEMENTS).
    (Gender::Masculine, "والي"),
    (Gender::Masculine, "الوالي"),
    // A capital's mayor (أمين عمان; only so: TITLE_COMPLEMENTS).
    (Gender::Masculine, "أمين"),
    (Gender::Feminine, "كبيرة"),
    (Gender::Masculine, "أستاذ"),
    (Gender::Feminine, "أستاذة"),
    // A country's mufti and a faculty's dean, in construct (مفتي
    // الجمهورية، عميد كلية الطب); the lists have only المفتي and the
    // rank العميد.
    (Gender::Masculine, "مفتي"),
    (Gender::Masculine, "عميد"),
    (Gender::Feminine, "عميدة"),
    // The Levant's "General" (قائد الجيش العماد رودولف هيكل); only with
    // the article: عماد alone is a given name.
    (Gender::Masculine, "العماد"),
    // Engineers and employees speak as staff (وقال مهندس يعمل في الحقل،
    // موظف في الوزارة); المهندس is also an honorific before a name.
    (Gender::Masculine, "مهندس"),
    (Gender::Feminine, "مهندسة"),
    (Gender::Masculine, "المهندس"),
    (Gender::Feminine, "المهندسة"),
    (Gender::Masculine, "موظف"),
    (Gender::Feminine, "موظفة"),
    // Activists speak in the news as often as officials.
    (Gender::Masculine, "ناشط"),
    (Gender::Feminine, "ناشطة"),
    (Gender::Masculine, "الناشط"),
    (Gender::Feminine, "الناشطة"),
    // A correspondent is someone (مراسل الجزيرة، مراسلة وكالة فرانس برس
    // سارة أحمد), not a group.
    // An event's organiser speaks as staff do (وقال منظم المهرجان إن);
    // منظمة is an organisation.
    (Gender::Masculine, "منظم"),
    // A consultant physician (استشاري أمراض القلب الدكتور ...); only
    // without the article: المجلس الاستشاري is "advisory".
    (Gender::Masculine, "استشاري"),
    (Gender::Feminine, "استشارية"),
    // A syndicate's head (نقيب الصحفيين، نقيبة المحامين); only before
    // the profession (TITLE_COMPLEMENTS): النقيب is the captain's rank.
    (Gender::Masculine, "نقيب"),
    (Gender::Feminine, "نقيبة"),
    (Gender::Masculine, "مراسل"),
    (Gender::Feminine, "مراسلة"),
    (Gender::Masculine, "المراسل"),
    (Gender::Feminine, "المراسلة"),
];

/// Words that name an unidentified source: the speaker stays unknown.
const ANONYMOUS_SOURCES: &[&str] = &[
    "مصادر",
    "مصدر",
    "المصادر",
    "المصدر",
    "شهود",
    "الشهود",
    "تقارير",
    "التقارير",
    "مراقبون",
    // Diplomats the text does not name (وقال دبلوماسي غربي، دبلوماسيون في
    // فيينا): indefinite only, the definite ones refer back. (Officials,
    // مسؤولون أمريكيون, stay a group that speaks.)
    "دبلوماسي",
    "دبلوماسيون",
    "دبلوماسيين",
    "أنباء",
    "الأنباء",
    // وسائل إعلام محلية: the media at large, no one actor.
    "وسائل",
    // كشفت دراسة أجراها باحثون: a study, whose authors are not named.
    "دراسة",
    "الدراسة",
    // أحد السكان، إحدى الناجيات: one of many, unnamed.
    "أحد",
    "إحدى",
    // وقال أحدهم، فضل عدم ذكر اسمه: "one of them", with its pronoun.
    "أحدهم",
    "إحداهن",
];

/// Nouns for statements and documents that "speak" for whoever issued them.
const STATEMENTS: &[&str] = &[
    "البيان",
    "بيان",
    "بيانا",
    "بيانات",
    "التقرير",
    "تقرير",
    "تقارير",
    "التقارير",
    "الرسالة",
    "رسالة",
    "الإعلان",
    "إعلان",
    "التصريح",
    "البلاغ",
    "بلاغ",
    "الوثيقة",
    "نص",
    "النص",
    // Figures a body publishes (وتشير تقديرات البنك الدولي إلى أن ...).
    "تقديرات",
    "التقديرات",
    "إحصاءات",
    "الإحصاءات",
];

/// Heads of organisation names (وزارة الخارجية الروسية، مجلس الأمن ...).
const ORG_HEADS: &[&str] = &[
    "ائتلاف",
    "الائتلاف",
    "جماعة",
    "الجماعة",
    "قائمة",
    "وزارة",
    "الوزارة",
    "مرصد",
    "المرصد",
    "مجلس",
    "المجلس",
    "منظمة",
    "المنظمة",
    "هيئة",
    "الهيئة",
    "لجنة",
    "اللجنة",
    "وكالة",
    "الوكالة",
    "جمعية",
    "الجمعية",
    "اتحاد",
    "الاتحاد",
    "حزب",
    "الحزب",
    // A parliamentary bloc (كتلة الوفاء للمقاومة).
    "كتلة",
    "الكتلة",
    "حركة",
    "الحركة",
    "جبهة",
    "الجبهة",
    "جامعة",
    "الجامعة",
    "شركة",
    "الشركة",
    "بنك",
    "البنك",
    // A bank's other name (مصرف الراجحي، مصرف الرافدين); not المصرف, which
    // continues a title (حاكم المصرف).
    "مصرف",
    "صندوق",
    "الصندوق",
    "مؤسسة",
    "المؤسسة",
    // A publishing or religious house (دار التنوير، دار الإفتاء); not
    // الدار, which begins الدار البيضاء.
    "دار",
    "محكمة",
    "المحكمة",
    "نادي",
    "النادي",
    "منتخب",
    "المنتخب",
    "جيش",
    "الجيش",
    "الجيوش",
    "قوات",
    "القوات",
    // A force named in construct (قوة الطوارئ الخاصة); not القوة, "power".
    "قوة",
    "البحرية",
    "القوات",
    "الحرس",
    "مكتب",
    "المكتب",
    "مركز",
    "المركز",
    "معهد",
    "المعهد",
    "البرلمان",
    "برلمان",
    "الكونغرس",
    "الكونجرس",
    "مجموعة",
    "المجموعة",
    "تحالف",
    "التحالف",
    "رابطة",
    "الرابطة",
    "سفارة",
    "السفارة",
    "قيادة",
    "القيادة",
    "مديرية",
    "المديرية",
    "إدارة",
    "الإدارة",
    "مصلحة",
    "المصلحة",
    "دائرة",
    "الدائرة",
    "نقابة",
    "النقابة",
    "نيابة",
    "النيابة",
    "غرفة",
    "الغرفة",
    "سلطة",
    "السلطة",
    "مفوضية",
    "المفوضية",
    // A high commission (المندوبية السامية للتخطيط).
    "مندوبية",
    "المندوبية",
    "أكاديمية",
    "الأكاديمية",
    "كلية",
    "الكلية",
    "مستشفى",
    "المستشفى",
    "صحيفة",
    "الصحيفة",
    // A newspaper, as the Maghreb and Kuwait write it (جريدة القبس).
    "جريدة",
    "الجريدة",
    "قناة",
    "القناة",
    "شبكة",
    "الشبكة",
    "مجلة",
    "المجلة",
    "إذاعة",
    "الإذاعة",
    "تنظيم",
    "التنظيم",
    // State agencies (الجهاز المركزي للتعبئة العامة والإحصاء).
    "جهاز",
    "الجهاز",
    "الشرطة",
    "شرطة",
    "الديوان",
    "ديوان",
    "الأمانة",
    "أمانة",
    "بلدية",
    "البلدية",
    // A head of state's office (الرئاسة الفلسطينية، رئاسة الجمهورية).
    "الرئاسة",
    "رئاسة",
    "الحكومة",
    "حكومة",
    "السلطات",
    "المحافظة",
    "محافظة",
    "الهلال",
    "الصليب",
];

/// Heads that stand for a country's government when followed by its name
/// or adjective (الحكومة الروسية، السلطات السعودية).
const GOVERNMENT_HEADS: &[&str] = &[
    "الحكومة",
    "حكومة",
    "السلطات",
    "سلطات",
    "النظام",
    "نظام",
    "الدولة",
];

/// Complementisers after a reporting verb; those with an attached pronoun
/// are left out of the reported content (قالت إنها تجري → تجري).
const COMPLEMENTISERS: &[(&str, bool)] = &[
    ("أن", false),
    ("إن", false),
    ("ان", false),
    ("بأن", false),
    ("لأن", false),
    ("أنه", true),
    ("إنه", true),
    ("أنها", true),
    ("إنها", true),
    ("أنهم", true),
    ("إنهم", true),
    ("أنهما", true),
    ("إنهما", true),
    ("أنني", false),
    ("إنني", false),
    ("أننا", false),
    ("إننا", false),
    ("أنهن", true),
    ("بأنه", true),
    ("بأنها", true),
    ("بأنهم", true),
    ("بأننا", false),
    ("فإن", false),
    ("وأن", false),
    ("وإن", false),
];

/// Prepositions a reporting verb takes before its complementiser
/// (أشار إلى أن، شدد على أن، حذر من أن، كشف عن أن).
const CUE_PREPOSITIONS: &[&str] = &["إلى", "الى", "على", "علي", "من", "عن"];

/// Attribution phrases without a verb (وفقا لـ، بحسب، نقلا عن ...): the
/// words of the phrase, in order.
const ATTRIBUTION_PHRASES: &[&[&str]] = &[
    &["وفقا"],
    &["وفق"],
    &["طبقا"],
    &["بحسب"],
    &["حسب"],
    &["حسبما"],
    &["نقلا", "عن"],
    &["على", "حد", "قول"],
    &["بحسب", "ما", "ذكرت"],
    &["حسب", "ما", "ذكرت"],
    &["وفقا", "لما", "ذكرته"],
    &["طبقا", "لما", "ذكرته"],
    // ... with any reporting verb after them (بحسب ما أفاد الدفاع المدني).
    &["بحسب", "ما"],
    &["حسب", "ما"],
    &["وفق", "ما"],
    &["وفقا", "لما"],
    &["طبقا", "لما"],
];

/// Prepositions that make the noun after them an oblique, not a subject.
const PREPOSITIONS: &[&str] = &[
    "في",
    "من",
    "إلى",
    "الى",
    "على",
    "علي",
    "عن",
    "مع",
    "ضد",
    "بين",
    "حول",
    "لدى",
    "لدي",
    "عند",
    "نحو",
    "تجاه",
    "خلال",
    "بعد",
    "قبل",
    "منذ",
    "عبر",
    "إزاء",
    "أمام",
    "وراء",
    "بحق",
    "باسم",
    "لصالح",
    "بشأن",
    "حيال",
    "ومع",
    "وفي",
    "ومن",
    "وإلى",
    "وعلى",
    "وعن",
    "وبين",
    "لدى",
    "بسبب",
    "رغم",
    "برغم",
];

/// Adverbials that may stand between a verb and its subject (قالت، اليوم
/// الخميس، البحرية ...).
const ADVERBIALS: &[&str] = &[
    "يوم",
    "اليوم",
    "أمس",
    "امس",
    "مساء",
    "صباح",
    "ليل",
    "الليلة",
    "أيضا",
    "ايضا",
    "كذلك",
    "الأحد",
    "الاثنين",
    "الإثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الماضي",
    "الماضية",
    "فيما",
    "بدوره",
    "بدورها",
    "من",
    "جهته",
    "جهتها",
    "ناحيته",
    "ناحيتها",
    "في",
    "وقت",
    "سابق",
    "لاحق",
    "متأخر",
    "مؤخرا",
    // How often (تعهد سعيد مرارا بأنه ...): never a family name.
    "مرارا",
    "مجددا",
    "حينها",
    "آنذاك",
    "أول",
    "الأول",
    "الثاني",
    "للصحفيين",
    "للصحافيين",
    "لوكالة",
    "لقناة",
    "لصحيفة",
    "لجريدة",
    "لرويترز",
    "تصريحات",
    "تصريح",
    "بيان",
    "الأسبوع",
    "الشهر",
    "هذا",
    "هذه",
];

/// What the lists say about one word form.
#[derive(Debug, Default, Clone, Copy)]
pub struct Info {
    /// The lists the word is in (see [`list`]).
    lists: u16,
    cue: Option<Cue>,
    title: Option<Gender>,
    complementiser: Option<bool>,
}

/// What the lists say about a word in none of them.
pub static NOTHING: Info = Info {
    lists: 0,
    cue: None,
    title: None,
    complementiser: None,
};

impl Info {
    fn has(&self, bit: u16) -> bool {
        self.lists & bit != 0
    }

    /// The reporting verb the word is, if any.
    pub fn cue(&self) -> Option<Cue> {
        self.cue
    }

    /// The gender of a title word, if it is one.
    pub fn title(&self) -> Option<Gender> {
        self.title
    }

    /// For a complementiser: whether it carries a pronoun.
    pub fn complementiser(&self) -> Option<bool> {
        self.complementiser
    }

    /// True for function words and other words that are never names.
    pub fn is_stop(&self) -> bool {
        self.has(list::STOP)
    }

    /// True for words that begin person names (from ANERcorp).
    pub fn is_first_name(&self) -> bool {
        self.has(list::FIRST_NAME)
    }

    /// True for words seen mostly inside person names (from ANERcorp).
    pub fn is_name_word(&self) -> bool {
        self.has(list::NAME_WORD)
    }

    /// True for words common outside names (from ANERcorp).
    pub fn is_common(&self) -> bool {
        self.has(list::COMMON)
    }

    /// True for nouns that continue a title (خارجية، باسم، العام ...).
    pub fn is_title_domain(&self) -> bool {
        self.has(list::TITLE_DOMAIN)
    }

    /// True for unidentified sources (مصادر).
    pub fn is_anonymous(&self) -> bool {
        self.has(list::ANONYMOUS)
    }

    /// True for statement nouns (البيان).
    pub fn is_statement(&self) -> bool {
        self.has(list::STATEMENT)
    }

    /// True for heads of organisation names.
    pub fn is_org_head(&self) -> bool {
        self.has(list::ORG_HEAD)
    }

    /// True for prepositions that may precede a complementiser.
    pub fn is_cue_preposition(&self) -> bool {
        self.has(list::CUE_PREPOSITION)
    }

    /// True for prepositions.
    pub fn is_preposition(&self) -> bool {
        self.has(list::PREPOSITION)
    }

    /// True for words that may stand between a verb and its subject.
    pub fn is_adverbial(&self) -> bool {
        self.has(list::ADVERBIAL)
    }

    /// True for the first word of an attribution phrase (see
    /// [`Words::attribution_phrases`]).
    pub fn is_attribution_head(&self) -> bool {
        self.has(list::ATTRIBUTION_HEAD)
    }

    /// True for verbal nouns of saying (قوله).
    pub fn is_saying_noun(&self) -> bool {
        self.has(list::SAYING_NOUN)
    }
}

/// One bit per word list in [`Info::lists`].
mod list {
    pub const STOP: u16 = 1 << 0;
    pub const FIRST_NAME: u16 = 1 << 1;
    pub const NAME_WORD: u16 = 1 << 2;
    pub const COMMON: u16 = 1 << 3;
    pub const TITLE_DOMAIN: u16 = 1 << 4;
    pub const ANONYMOUS: u16 = 1 << 5;
    pub const STATEMENT: u16 = 1 << 6;
    pub const ORG_HEAD: u16 = 1 << 7;
    pub const GOVERNMENT_HEAD: u16 = 1 << 8;
    pub const CUE_PREPOSITION: u16 = 1 << 9;
    pub const PREPOSITION: u16 = 1 << 10;
    pub const ADVERBIAL: u16 = 1 << 11;
    pub const SAYING_NOUN: u16 = 1 << 12;
    pub const ATTRIBUTION_HEAD: u16 = 1 << 13;
}

/// Everything keyed by normalised form: one map, so that one lookup says
/// all the lists say about a word.
pub struct Words {
    map: HashMap<&'static str, Info>,
    attribution: Vec<Vec<String>>,
}

/// The Arabic word lists, built on first use.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(build)
}

/// What one list row says about its key.
#[derive(Clone, Copy)]
enum Fact {
    In(u16),
    /// The first cue given for a form is kept.
    Cue(Cue),
    /// The last title given for a form is kept.
    Title(Gender),
    /// The last complementiser given for a form is kept.
    Complementiser(bool),
}

/// Collects the keys of all lists in one string (which then lives as long
/// as the program: the map's keys are slices of it) and what each says.
struct Builder {
    text: String,
    facts: Vec<(Range<usize>, Fact)>,
}

impl Builder {
    fn word(&mut self, word: &str, fact: Fact) {
        let start = self.text.len();
        push_key(word, &mut self.text);
        self.facts.push((start..self.text.len(), fact));
    }

    fn phrase(&mut self, phrase: &str, fact: Fact) {
        let start = self.text.len();
        push_phrase_key(phrase, &mut self.text);
        self.facts.push((start..self.text.len(), fact));
    }

    /// A key already normalised, written in parts.
    fn parts(&mut self, parts: &[&str], fact: Fact) {
        let start = self.text.len();
        for p in parts {
            self.text.push_str(p);
        }
        self.facts.push((start..self.text.len(), fact));
    }

    fn list(&mut self, words: &[&str], bit: u16) {
        for w in words {
            self.word(w, Fact::In(bit));
        }
    }
}

#[inline(never)] // a function of its own in profiles (start-up cost)
fn build() -> Words {
    let mut b = Builder {
        // The common words are front-coded: their keys take about 2.2
        // times the file's length.
        text: String::with_capacity(
            COMMON_WORDS.len() * 9 / 4 + NAME_WORDS.len() + CUES.len() * 16,
        ),
        facts: Vec::with_capacity(COMMON_WORDS.len() / 4),
    };
    let mut base = String::new();
    let mut stem = String::new();
    let mut suffix = String::new();
    for line in data_lines(CUES).filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let mut cols = tab_fields(line);
        let class = match cols.next().unwrap_or_default() {
            "nominal" => CueClass::Nominal,
            "continue" => CueClass::Continue,
            "describe" => CueClass::Describe,
            "relay" => CueClass::Relay,
            _ => CueClass::Say,
        };
        let genders = [Gender::Masculine, Gender::Feminine, Gender::Plural];
        for (n, form) in cols.enumerate() {
            if form == "-" {
                continue;
            }
            let participle = n >= 6;
            let cue = Fact::Cue(Cue {
                class,
                gender: genders[n % 3],
                participle,
            });
            base.clear();
            push_key(form, &mut base);
            for prefix in ["", "و", "ف"] {
                b.parts(&[prefix, &base], cue);
            }
            if !participle {
                // Past plural -وا drops its alef before a suffix: قالوه.
                stem.clear();
                match base.strip_suffix("وا") {
                    Some(s) => {
                        stem.push_str(s);
                        stem.push('و');
                    }
                    None => stem.push_str(&base),
                }
                for s in OBJECT_SUFFIXES {
                    suffix.clear();
                    push_key(s, &mut suffix);
                    for prefix in ["", "و", "ف"] {
                        b.parts(&[prefix, &stem, &suffix], cue);
                    }
                }
            }
        }
    }
    for line in data_lines(TITLES).filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        if let Some((g, t)) = line.split_once('\t') {
            b.phrase(t, Fact::Title(gender_of(g)));
        }
    }
    for (g, t) in HAND_TITLES {
        b.phrase(t, Fact::Title(*g));
    }
    for line in data_lines(STOPWORDS).filter(|l| !l.starts_with('#')) {
        for w in line.split_whitespace() {
            b.word(w, Fact::In(list::STOP));
        }
    }
    for line in data_lines(NAME_WORDS).filter(|l| !l.starts_with('#')) {
        if let Some((pos, w)) = line.split_once('\t') {
            let first = if pos == "first" { list::FIRST_NAME } else { 0 };
            b.word(w, Fact::In(first | list::NAME_WORD));
        }
    }
    // Written as keys by tools/build_names.py (a test checks): copied, not
    // normalised again. The empty key (a tatweel alone) cannot be written
    // there, and is common too.
    front_coded_words(COMMON_WORDS, |w| b.parts(&[w], Fact::In(list::COMMON)));
    b.parts(&[], Fact::In(list::COMMON));
    b.list(TITLE_DOMAINS, list::TITLE_DOMAIN);
    b.list(ANONYMOUS_SOURCES, list::ANONYMOUS);
    b.list(STATEMENTS, list::STATEMENT);
    b.list(ORG_HEADS, list::ORG_HEAD);
    b.list(GOVERNMENT_HEADS, list::GOVERNMENT_HEAD);
    for (w, pronoun) in COMPLEMENTISERS {
        b.word(w, Fact::Complementiser(*pronoun));
    }
    b.list(CUE_PREPOSITIONS, list::CUE_PREPOSITION);
    b.list(PREPOSITIONS, list::PREPOSITION);
    b.list(ADVERBIALS, list::ADVERBIAL);
    b.list(SAYING_NOUNS, list::SAYING_NOUN);
    b.list(SAYING_CUES, list::SAYING_NOUN);
    // After the cue file's forms, so that a verb listed there keeps its class.
    for w in SAYING_CUES {
        b.word(
            w,
            Fact::Cue(Cue {
                class: CueClass::Continue,
                gender: Gender::Masculine,
                participle: false,
            }),
        );
    }
    for p in ATTRIBUTION_PHRASES {
        b.list(&p[..1], list::ATTRIBUTION_HEAD);
    }
    // Made once per program: the lists live until the program ends.
    let text: &'static str = Box::leak(b.text.into_boxed_str());
    let mut map: HashMap<&'static str, Info> =
        HashMap::with_capacity_and_hasher(b.facts.len(), Default::default());
    for (range, fact) in b.facts {
        let info = map.entry(&text[range]).or_default();
        match fact {
            Fact::In(bits) => info.lists |= bits,
            Fact::Cue(c) => {
                info.cue.get_or_insert(c);
            }
            Fact::Title(g) => info.title = Some(g),
            Fact::Complementiser(p) => info.complementiser = Some(p),
        }
    }
    Words {
        map,
        attribution: ATTRIBUTION_PHRASES
            .iter()
            .map(|p| p.iter().map(|w| key(w)).collect())
            .collect(),
    }
}

impl Words {
    /// What the lists say about a word, if anything.
    pub fn info(&self, key: &str) -> Option<&Info> {
        self.map.get(key)
    }

    /// What the lists say about a word ([`NOTHING`] when in none).
    pub fn about(&'static self, key: &str) -> &'static Info {
        self.map.get(key).unwrap_or(&NOTHING)
    }

    fn has(&self, key: &str, bit: u16) -> bool {
        self.info(key).is_some_and(|i| i.lists & bit != 0)
    }

    /// True for function words and other words that are never names.
    pub fn is_stop(&self, key: &str) -> bool {
        self.has(key, list::STOP)
    }

    /// True for heads that stand for a government (الحكومة).
    pub fn is_government_head(&self, key: &str) -> bool {
        self.has(key, list::GOVERNMENT_HEAD)
    }

    /// Attribution phrases, as lists of word keys.
    pub fn attribution_phrases(&self) -> &[Vec<String>] {
        &self.attribution
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Case {
        name: &'static str,
        text: &'static str,
        want: Option<(CueClass, Gender, bool)>,
    }

    #[test]
    fn cue_forms() {
        let cases = [
            Case {
                name: "past",
                text: "قال",
                want: Some((CueClass::Say, Gender::Masculine, false)),
            },
            Case {
                name: "with wa",
                text: "وقالت",
                want: Some((CueClass::Say, Gender::Feminine, false)),
            },
            Case {
                name: "participle",
                text: "قائلاً",
                want: Some((CueClass::Say, Gender::Masculine, true)),
            },
            Case {
                name: "plural participle",
                text: "قائلين",
                want: Some((CueClass::Say, Gender::Plural, true)),
            },
            Case {
                name: "continue",
                text: "وأضافت",
                want: Some((CueClass::Continue, Gender::Feminine, false)),
            },
            Case {
                name: "object suffix",
                text: "ووصفتها",
                want: Some((CueClass::Describe, Gender::Feminine, false)),
            },
            Case {
                name: "present",
                text: "ويقول",
                want: Some((CueClass::Say, Gender::Masculine, false)),
            },
            Case {
                name: "not a cue",
                text: "قالب",
                want: None,
            },
        ];
        for case in cases {
            let got = words()
                .about(&key(case.text))
                .cue()
                .map(|c| (c.class, c.gender, c.participle));
            assert_eq!(got, case.want, "{}", case.name);
        }
    }

    /// The common words are written as their keys (tools/build_names.py),
    /// so that the table copies them without normalising them.
    #[test]
    fn common_words_are_keys() {
        let mut n = 0;
        front_coded_words(COMMON_WORDS, |w| {
            n += 1;
            assert_eq!(key(w), w);
            assert!(!w.is_empty());
            assert!(words().about(w).is_common(), "{w}");
        });
        assert!(n > 1000, "{n}");
        assert!(words().about("").is_common());
    }

    #[test]
    fn lists_load() {
        let w = words();
        assert_eq!(w.about(&key("وزيرة")).title(), Some(Gender::Feminine));
        assert!(w.is_stop(&key("إلى")));
        assert!(w.about(&key("محمد")).is_first_name());
        assert_eq!(w.about(&key("إنها")).complementiser(), Some(true));
        assert!(w.about(&key("وزارة")).is_org_head());
    }
}
