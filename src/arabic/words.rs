//! The hand-written Arabic word lists (`data/ar_*.tsv`, `data/ar_*.txt`)
//! and the predicates built on them. Every list is keyed by normalised form.

use crate::findings::Gender;
use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::lexicon::gender_of;
use crate::text::normalize::{key, phrase_key};
use std::sync::OnceLock;

const CUES: &str = include_str!("../../data/ar_cues.tsv");
const TITLES: &str = include_str!("../../data/ar_titles.tsv");
const STOPWORDS: &str = include_str!("../../data/ar_stopwords.txt");
const NAME_WORDS: &str = include_str!("../../data/ar_name_words.tsv");
const COMMON_WORDS: &str = include_str!("../../data/ar_common_words.txt");

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
    "مجلس",
    "المجلس",
    "العام",
    "عام",
    "الأول",
    "العهد",
    "الأعلى",
    "التنفيذي",
    "السابق",
    "الأسبق",
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
    "أنباء",
    "الأنباء",
    // وسائل إعلام محلية: the media at large, no one actor.
    "وسائل",
    // أحد السكان، إحدى الناجيات: one of many, unnamed.
    "أحد",
    "إحدى",
];

/// Nouns for statements and documents that "speak" for whoever issued them.
const STATEMENTS: &[&str] = &[
    "البيان",
    "بيان",
    "بيانا",
    "بيانات",
    "التقرير",
    "تقرير",
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
    "صندوق",
    "الصندوق",
    "مؤسسة",
    "المؤسسة",
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
    "غرفة",
    "الغرفة",
    "سلطة",
    "السلطة",
    "مفوضية",
    "المفوضية",
    "أكاديمية",
    "الأكاديمية",
    "كلية",
    "الكلية",
    "مستشفى",
    "المستشفى",
    "صحيفة",
    "الصحيفة",
    "قناة",
    "القناة",
    "مجلة",
    "المجلة",
    "إذاعة",
    "الإذاعة",
    "تنظيم",
    "التنظيم",
    "الشرطة",
    "شرطة",
    "الديوان",
    "ديوان",
    "الأمانة",
    "أمانة",
    "بلدية",
    "البلدية",
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
    "لرويترز",
    "تصريحات",
    "تصريح",
    "بيان",
    "الأسبوع",
    "الشهر",
    "هذا",
    "هذه",
];

/// Everything keyed by normalised form.
pub struct Words {
    cues: HashMap<String, Cue>,
    titles: HashMap<String, Gender>,
    stop: HashSet<String>,
    first_names: HashSet<String>,
    name_words: HashSet<String>,
    common: HashSet<String>,
    title_domains: HashSet<String>,
    anonymous: HashSet<String>,
    statements: HashSet<String>,
    org_heads: HashSet<String>,
    government_heads: HashSet<String>,
    complementisers: HashMap<String, bool>,
    cue_prepositions: HashSet<String>,
    prepositions: HashSet<String>,
    adverbials: HashSet<String>,
    attribution: Vec<Vec<String>>,
    saying_nouns: HashSet<String>,
}

fn keys(list: &[&str]) -> HashSet<String> {
    list.iter().map(|w| key(w)).collect()
}

/// The Arabic word lists, built on first use.
pub fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(build)
}

fn build() -> Words {
    let mut cues = HashMap::default();
    for line in CUES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        let class = match cols[0] {
            "nominal" => CueClass::Nominal,
            "continue" => CueClass::Continue,
            "describe" => CueClass::Describe,
            "relay" => CueClass::Relay,
            _ => CueClass::Say,
        };
        let genders = [Gender::Masculine, Gender::Feminine, Gender::Plural];
        for (n, form) in cols.iter().skip(1).enumerate() {
            if *form == "-" {
                continue;
            }
            let participle = n >= 6;
            let cue = Cue {
                class,
                gender: genders[n % 3],
                participle,
            };
            let base = key(form);
            let mut forms = vec![base.clone()];
            if !participle {
                forms.extend(OBJECT_SUFFIXES.iter().map(|s| {
                    // Past plural -وا drops its alef before a suffix: قالوه.
                    let stem = base
                        .strip_suffix("وا")
                        .map(|s| format!("{s}و"))
                        .unwrap_or_else(|| base.clone());
                    format!("{stem}{}", key(s))
                }));
            }
            for f in forms {
                for prefix in ["", "و", "ف"] {
                    cues.entry(format!("{prefix}{f}")).or_insert(cue);
                }
            }
        }
    }
    let mut titles = HashMap::default();
    for line in TITLES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        if let Some((g, t)) = line.split_once('\t') {
            titles.insert(phrase_key(t), gender_of(g));
        }
    }
    let stop = STOPWORDS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| l.split_whitespace())
        .map(key)
        .collect();
    let mut first_names = HashSet::default();
    let mut name_words = HashSet::default();
    for line in NAME_WORDS.lines().filter(|l| !l.starts_with('#')) {
        if let Some((pos, w)) = line.split_once('\t') {
            if pos == "first" {
                first_names.insert(key(w));
            }
            name_words.insert(key(w));
        }
    }
    let common = COMMON_WORDS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(key)
        .collect();
    Words {
        cues,
        titles,
        stop,
        first_names,
        name_words,
        common,
        title_domains: keys(TITLE_DOMAINS),
        anonymous: keys(ANONYMOUS_SOURCES),
        statements: keys(STATEMENTS),
        org_heads: keys(ORG_HEADS),
        government_heads: keys(GOVERNMENT_HEADS),
        complementisers: COMPLEMENTISERS.iter().map(|(w, p)| (key(w), *p)).collect(),
        cue_prepositions: keys(CUE_PREPOSITIONS),
        prepositions: keys(PREPOSITIONS),
        adverbials: keys(ADVERBIALS),
        saying_nouns: keys(SAYING_NOUNS),
        attribution: ATTRIBUTION_PHRASES
            .iter()
            .map(|p| p.iter().map(|w| key(w)).collect())
            .collect(),
    }
}

impl Words {
    /// The reporting verb a word is, if any.
    pub fn cue(&self, key: &str) -> Option<Cue> {
        self.cues.get(key).copied()
    }

    /// The gender of a title word, if it is one.
    pub fn title(&self, key: &str) -> Option<Gender> {
        self.titles.get(key).copied()
    }

    /// True for function words and other words that are never names.
    pub fn is_stop(&self, key: &str) -> bool {
        self.stop.contains(key)
    }

    /// True for words that begin person names (from ANERcorp).
    pub fn is_first_name(&self, key: &str) -> bool {
        self.first_names.contains(key)
    }

    /// True for words seen mostly inside person names (from ANERcorp).
    pub fn is_name_word(&self, key: &str) -> bool {
        self.name_words.contains(key)
    }

    /// True for words common outside names (from ANERcorp).
    pub fn is_common(&self, key: &str) -> bool {
        self.common.contains(key)
    }

    /// True for nouns that continue a title (خارجية، باسم، العام ...).
    pub fn is_title_domain(&self, key: &str) -> bool {
        self.title_domains.contains(key)
    }

    /// True for unidentified sources (مصادر).
    pub fn is_anonymous(&self, key: &str) -> bool {
        self.anonymous.contains(key)
    }

    /// True for statement nouns (البيان).
    pub fn is_statement(&self, key: &str) -> bool {
        self.statements.contains(key)
    }

    /// True for heads of organisation names.
    pub fn is_org_head(&self, key: &str) -> bool {
        self.org_heads.contains(key)
    }

    /// True for heads that stand for a government (الحكومة).
    pub fn is_government_head(&self, key: &str) -> bool {
        self.government_heads.contains(key)
    }

    /// For a complementiser: whether it carries a pronoun.
    pub fn complementiser(&self, key: &str) -> Option<bool> {
        self.complementisers.get(key).copied()
    }

    /// True for prepositions that may precede a complementiser.
    pub fn is_cue_preposition(&self, key: &str) -> bool {
        self.cue_prepositions.contains(key)
    }

    /// True for prepositions.
    pub fn is_preposition(&self, key: &str) -> bool {
        self.prepositions.contains(key)
    }

    /// True for words that may stand between a verb and its subject.
    pub fn is_adverbial(&self, key: &str) -> bool {
        self.adverbials.contains(key)
    }

    /// True for verbal nouns of saying (قوله).
    pub fn is_saying_noun(&self, key: &str) -> bool {
        self.saying_nouns.contains(key)
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
                .cue(&key(case.text))
                .map(|c| (c.class, c.gender, c.participle));
            assert_eq!(got, case.want, "{}", case.name);
        }
    }

    #[test]
    fn lists_load() {
        let w = words();
        assert_eq!(w.title(&key("وزيرة")), Some(Gender::Feminine));
        assert!(w.is_stop(&key("إلى")));
        assert!(w.is_first_name(&key("محمد")));
        assert_eq!(w.complementiser(&key("إنها")), Some(true));
        assert!(w.is_org_head(&key("وزارة")));
    }
}
