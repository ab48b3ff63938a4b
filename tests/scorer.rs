//! Unit tests of the evaluation scorer (tests/support/score.rs) on synthetic
//! gold annotations and predictions.

#[path = "support/score.rs"]
mod score;

use score::{name_forms, normalize, token_f1, ActorStatus, Gold, Prediction};
use serde_json::{json, Value};

struct Case {
    name: &'static str,
    text: &'static str,
    want: &'static str,
}

#[test]
fn normalisation() {
    let cases = [
        Case {
            name: "diacritics",
            text: "قَالَ الرَّئِيسُ",
            want: "قال الرييس",
        },
        Case {
            name: "dagger alef",
            text: "هٰذا",
            want: "هذا",
        },
        Case {
            name: "tatweel",
            text: "الـــرياض",
            want: "الرياض",
        },
        Case {
            name: "hamza alefs",
            text: "أحمد إبراهيم آمال ٱلله",
            want: "احمد ابراهيم امال الله",
        },
        Case {
            name: "alef maqsura, ta marbuta",
            text: "مستشفى جامعة",
            want: "مستشفي جامعه",
        },
        Case {
            name: "hamza on waw and ya",
            text: "مؤتمر رئيس",
            want: "موتمر رييس",
        },
        Case {
            name: "presentation forms",
            text: "\u{FEFB}\u{FE8E}",
            want: "لاا",
        },
        Case {
            name: "lam-alef ligature in a word",
            text: "ال\u{FEFB}عب",
            want: "اللاعب",
        },
        Case {
            name: "arabic punctuation",
            text: "قال، إن «السلام» ممكن؛ أليس كذلك؟",
            want: "قال ان السلام ممكن اليس كذلك",
        },
        Case {
            name: "quote marks",
            text: "“We will” „go“ ‹on›",
            want: "we will go on",
        },
        Case {
            name: "case folding",
            text: "The UNITED Nations",
            want: "the united nations",
        },
        Case {
            name: "dotted acronym",
            text: "the U.S. and the U.N.",
            want: "the us and the un",
        },
        Case {
            name: "acronym without final dot",
            text: "U.S-led",
            want: "us led",
        },
        Case {
            name: "acronym at sentence end",
            text: "in the U.S. Then",
            want: "in the us then",
        },
        Case {
            name: "initial is not an acronym",
            text: "J. Smith",
            want: "j smith",
        },
        Case {
            name: "possessive",
            text: "Russia's army, Lavrov’s view",
            want: "russia army lavrov view",
        },
        Case {
            name: "plural possessive",
            text: "the ministers' talks",
            want: "the ministers talks",
        },
        Case {
            name: "apostrophe inside a word",
            text: "O'Brien",
            want: "o brien",
        },
        Case {
            name: "hyphen separates",
            text: "جان-إيف",
            want: "جان ايف",
        },
        Case {
            name: "latin diacritics",
            text: "Erdoğan Macron é",
            want: "erdogan macron e",
        },
        Case {
            name: "decomposed latin",
            text: "Jose\u{301}",
            want: "jose",
        },
        Case {
            name: "fullwidth",
            text: "ＡＰ",
            want: "ap",
        },
        Case {
            name: "nbsp and zero width",
            text: "a\u{A0}b c\u{200C}d",
            want: "a b cd",
        },
        Case {
            name: "digits kept",
            text: "1,000 ٣",
            want: "1 000 ٣",
        },
        Case {
            name: "empty",
            text: " ، ",
            want: "",
        },
    ];
    for c in cases {
        assert_eq!(normalize(c.text), c.want, "{}", c.name);
    }
}

#[test]
fn name_forms_match() {
    struct Pair {
        name: &'static str,
        a: &'static str,
        b: &'static str,
        same: bool,
    }
    let cases = [
        Pair {
            name: "proclitic و",
            a: "وروسيا",
            b: "روسيا",
            same: true,
        },
        Pair {
            name: "proclitic ب",
            a: "بروسيا",
            b: "روسيا",
            same: true,
        },
        Pair {
            name: "proclitic ل",
            a: "لكوريا الشمالية",
            b: "كوريا الشمالية",
            same: true,
        },
        Pair {
            name: "و then ل",
            a: "ولكوريا الشمالية",
            b: "كوريا الشمالية",
            same: true,
        },
        Pair {
            name: "لل becomes ال",
            a: "للأمم المتحدة",
            b: "الأمم المتحدة",
            same: true,
        },
        Pair {
            name: "و then لل",
            a: "وللأمم المتحدة",
            b: "الأمم المتحدة",
            same: true,
        },
        Pair {
            name: "ف before ال",
            a: "فالولايات المتحدة",
            b: "الولايات المتحدة",
            same: true,
        },
        Pair {
            name: "ف not peeled elsewhere",
            a: "فرنسا",
            b: "رنسا",
            same: false,
        },
        Pair {
            name: "ك not peeled before a name",
            a: "كوريا",
            b: "وريا",
            same: false,
        },
        Pair {
            name: "name starting with ل",
            a: "بلندن",
            b: "لندن",
            same: true,
        },
        Pair {
            name: "title الرئيس",
            a: "الرئيس فلاديمير بوتين",
            b: "فلاديمير بوتين",
            same: true,
        },
        Pair {
            name: "proclitic and title",
            a: "والرئيس بوتين",
            b: "بوتين",
            same: true,
        },
        Pair {
            name: "title الشيخ",
            a: "الشيخ محمد بن زايد",
            b: "محمد بن زايد",
            same: true,
        },
        Pair {
            name: "title before an adjective kept",
            a: "الرئيس الأمريكي",
            b: "الأمريكي",
            same: false,
        },
        Pair {
            name: "spaces ignored",
            a: "عبدالرحمن",
            b: "عبد الرحمن",
            same: true,
        },
        Pair {
            name: "Mr",
            a: "Mr Key",
            b: "Key",
            same: true,
        },
        Pair {
            name: "Mr.",
            a: "Mr. Key",
            b: "Key",
            same: true,
        },
        Pair {
            name: "President",
            a: "President Barack Obama",
            b: "Barack Obama",
            same: true,
        },
        Pair {
            name: "article the",
            a: "the United States",
            b: "United States",
            same: true,
        },
        Pair {
            name: "acronym",
            a: "U.S.",
            b: "US",
            same: true,
        },
        Pair {
            name: "possessive",
            a: "Russia's",
            b: "Russia",
            same: true,
        },
        Pair {
            name: "case",
            a: "AP",
            b: "ap",
            same: true,
        },
        Pair {
            name: "title alone stays",
            a: "President",
            b: "",
            same: false,
        },
        Pair {
            name: "different names",
            a: "سيرغي لافروف",
            b: "لافروف",
            same: false,
        },
        Pair {
            name: "hamza spelling",
            a: "أوباما",
            b: "اوباما",
            same: true,
        },
    ];
    for c in cases {
        let (fa, fb) = (name_forms(c.a), name_forms(c.b));
        assert_eq!(
            fa.iter().any(|f| fb.contains(f)),
            c.same,
            "{}: {fa:?} vs {fb:?}",
            c.name
        );
    }
}

#[test]
fn token_f1_values() {
    struct F1Case {
        name: &'static str,
        a: &'static str,
        b: &'static str,
        want: f64,
    }
    let cases = [
        F1Case {
            name: "equal",
            a: "لا أعلق على الشائعات",
            b: "لا أعلق على الشائعات",
            want: 1.0,
        },
        F1Case {
            name: "punctuation and marks ignored",
            a: "«لا أعلق على الشائعات».",
            b: "لا أعلق على الشائعات",
            want: 1.0,
        },
        F1Case {
            name: "half",
            a: "a b c d",
            b: "a b",
            want: 2.0 * 0.5 * 1.0 / 1.5,
        },
        F1Case {
            name: "disjoint",
            a: "a b",
            b: "c d",
            want: 0.0,
        },
        F1Case {
            name: "multiset",
            a: "a a b",
            b: "a b b",
            want: 2.0 / 3.0,
        },
        F1Case {
            name: "empty",
            a: "",
            b: "a",
            want: 0.0,
        },
    ];
    for c in cases {
        let got = token_f1(c.a, c.b);
        assert!(
            (got - c.want).abs() < 1e-9,
            "{}: got {got}, want {}",
            c.name,
            c.want
        );
    }
}

/// A one-line-title text with its body, and an analysis whose spans are
/// found in it by text (so offsets are right unless a test breaks them).
const TEXT: &str = "عنوان المقال\n\nقال وزير الخارجية الروسي سيرغي لافروف إن روسيا لن تتراجع. وأضاف «لا أعلق على الشائعات». وذكرت مصادر مطلعة أن موسكو تدرس الرد. وقال البيان إن العمل مستمر.";

fn utf16_span(text: &str, needle: &str) -> (usize, usize) {
    let b = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in text"));
    let s = text[..b].encode_utf16().count();
    (s, s + needle.encode_utf16().count())
}

fn actor(id: &str, name: &str, kind: &str, aliases: &[&str], mentions: &[&str]) -> Value {
    let ms: Vec<Value> = mentions
        .iter()
        .map(|m| {
            let (s, e) = utf16_span(TEXT, m);
            json!({"start": s, "end": e, "text": m, "form": "name"})
        })
        .collect();
    json!({"id": id, "name": name, "kind": kind, "aliases": aliases, "mentions": ms})
}

fn quote(text: &str, kind: &str, speaker: Option<&str>) -> Value {
    let (s, e) = utf16_span(TEXT, text);
    json!({"id": "q", "text": text, "kind": kind, "start": s, "end": e, "speaker": speaker})
}

fn gold() -> Gold {
    Gold::from_json(&json!({
        "actors": [
            {"name": "سيرغي لافروف", "type": "person", "aliases": ["لافروف", "وزير الخارجية الروسي"]},
            {"name": "روسيا", "type": "country", "aliases": ["موسكو", "الروسي"]},
        ],
        "optional_actors": ["مصادر مطلعة"],
        "not_actors": ["عنوان"],
        "quotes": [
            {"text": "روسيا لن تتراجع", "kind": "indirect", "speaker": "سيرغي لافروف", "cue": "قال"},
            {"text": "لا أعلق على الشائعات", "kind": "direct", "speaker": ["سيرغي لافروف"], "cue": "وأضاف"},
            {"text": "موسكو تدرس الرد", "kind": "indirect", "speaker": null, "cue": "وذكرت"},
            {"text": "العمل مستمر", "kind": "indirect", "speaker": ["البيان", "روسيا"], "cue": "وقال البيان"},
        ]
    }))
    .expect("gold")
}

fn run(actors: Vec<Value>, quotes: Vec<Value>) -> score::FileScore {
    let pred =
        Prediction::from_json(&json!({"language": "ar", "actors": actors, "quotes": quotes}))
            .expect("prediction");
    score::score(TEXT, &gold(), &pred)
}

fn lavrov() -> Value {
    actor(
        "a1",
        "سيرغي لافروف",
        "person",
        &["وزير الخارجية الروسي"],
        &["سيرغي لافروف"],
    )
}

fn russia() -> Value {
    actor("a2", "روسيا", "country", &["الروسي"], &["روسيا"])
}

#[test]
fn perfect_prediction() {
    let s = run(
        vec![lavrov(), russia()],
        vec![
            quote("روسيا لن تتراجع", "indirect", Some("a1")),
            quote("لا أعلق على الشائعات", "direct", Some("a1")),
            quote("موسكو تدرس الرد", "indirect", None),
            quote("العمل مستمر", "indirect", Some("a2")),
        ],
    );
    let c = s.counts;
    assert_eq!((c.actor_tp, c.actor_fp, c.actor_kind_ok), (2, 0, 2));
    assert_eq!(
        (c.quote_tp, c.direct_tp, c.indirect_tp, c.attributed),
        (4, 1, 3, 4)
    );
    assert_eq!(c.offset_violations, 0);
    assert_eq!(c.quote_speaker().f1, 1.0);
    assert_eq!(s.details(), "");
}

#[test]
fn empty_prediction() {
    let c = run(vec![], vec![]).counts;
    assert_eq!(c.actors().f1, 0.0);
    assert_eq!(c.actors().p, 0.0);
    assert_eq!(c.quote_speaker().r, 0.0);
    assert_eq!(c.attribution_accuracy(), 0.0);
    assert_eq!(
        (c.gold_actors, c.gold_quotes, c.gold_direct, c.gold_indirect),
        (2, 4, 1, 3)
    );
}

#[test]
fn actor_status_rules() {
    struct StatusCase {
        name: &'static str,
        actor: Value,
        want: ActorStatus,
    }
    let cases = [
        StatusCase {
            name: "surname alone is a duplicate of the matched person",
            actor: actor("a3", "لافروف", "person", &[], &["لافروف"]),
            want: ActorStatus::Duplicate(0),
        },
        StatusCase {
            name: "capital as a second country actor is a duplicate",
            actor: actor("a3", "موسكو", "place", &[], &["موسكو"]),
            want: ActorStatus::Duplicate(1),
        },
        StatusCase {
            name: "unlisted country is neutral",
            actor: actor("a3", "فرنسا", "country", &[], &[]),
            want: ActorStatus::UnlistedPlace,
        },
        StatusCase {
            name: "unlisted place is neutral",
            actor: actor("a3", "باريس", "place", &[], &[]),
            want: ActorStatus::UnlistedPlace,
        },
        StatusCase {
            name: "optional group is neutral",
            actor: actor("a3", "مصادر مطلعة", "group", &[], &["مصادر مطلعة"]),
            want: ActorStatus::Optional("مصادر مطلعة".into()),
        },
        StatusCase {
            name: "not_actors is a false positive even as a place",
            actor: actor("a3", "عنوان", "place", &[], &[]),
            want: ActorStatus::NotActor("عنوان".into()),
        },
        StatusCase {
            name: "unlisted person is a false positive",
            actor: actor("a3", "مصادر", "person", &[], &["مصادر"]),
            want: ActorStatus::Spurious,
        },
        StatusCase {
            name: "unlisted organisation is a false positive",
            actor: actor("a3", "البيان", "organization", &[], &["البيان"]),
            want: ActorStatus::Spurious,
        },
        StatusCase {
            name: "actor mentioned only in the title is ignored",
            actor: actor("a3", "عنوان المقال", "person", &[], &["عنوان المقال"]),
            want: ActorStatus::TitleOnly,
        },
    ];
    for c in cases {
        let s = run(vec![lavrov(), russia(), c.actor], vec![]);
        assert_eq!(s.pred_actor_status[2], c.want, "{}", c.name);
        let fp = usize::from(c.want.is_false_positive());
        assert_eq!(s.counts.actor_fp, fp, "{}", c.name);
        assert_eq!(s.counts.actor_tp, 2, "{}", c.name);
    }
}

#[test]
fn actor_matching_is_one_to_one_and_maximal() {
    // The first prediction shares a form with both gold actors (a merged
    // actor); the second only with Lavrov. Both should be matched.
    let merged = actor("a1", "موسكو", "country", &["لافروف"], &["موسكو"]);
    let only_lavrov = actor("a2", "سيرغي لافروف", "person", &[], &["سيرغي لافروف"]);
    let s = run(vec![merged, only_lavrov], vec![]);
    assert_eq!(s.gold_actor_match, vec![Some(1), Some(0)]);
    assert_eq!((s.counts.actor_tp, s.counts.actor_fp), (2, 0));
}

#[test]
fn kind_accuracy_counts_matched_actors() {
    let wrong_kind = actor("a2", "روسيا", "place", &[], &["روسيا"]);
    let c = run(vec![lavrov(), wrong_kind], vec![]).counts;
    assert_eq!((c.actor_tp, c.actor_kind_ok), (2, 1));
    assert_eq!(c.kind_accuracy(), 0.5);
}

#[test]
fn attribution_rules() {
    struct AttrCase {
        name: &'static str,
        quote: Value,
        attributed: bool,
    }
    let cases = [
        AttrCase {
            name: "right speaker",
            quote: quote("روسيا لن تتراجع", "indirect", Some("a1")),
            attributed: true,
        },
        AttrCase {
            name: "wrong speaker",
            quote: quote("روسيا لن تتراجع", "indirect", Some("a2")),
            attributed: false,
        },
        AttrCase {
            name: "null for a named speaker",
            quote: quote("روسيا لن تتراجع", "indirect", None),
            attributed: false,
        },
        AttrCase {
            name: "unknown id",
            quote: quote("روسيا لن تتراجع", "indirect", Some("a9")),
            attributed: false,
        },
        AttrCase {
            name: "null gold wants null",
            quote: quote("موسكو تدرس الرد", "indirect", None),
            attributed: true,
        },
        AttrCase {
            name: "null gold, a speaker given",
            quote: quote("موسكو تدرس الرد", "indirect", Some("a2")),
            attributed: false,
        },
        AttrCase {
            name: "any speaker of a list",
            quote: quote("العمل مستمر", "indirect", Some("a2")),
            attributed: true,
        },
        AttrCase {
            name: "non-actor speaker by name",
            quote: quote("العمل مستمر", "indirect", Some("a3")),
            attributed: true,
        },
        AttrCase {
            name: "duplicate actor is not the matched one",
            quote: quote("لا أعلق على الشائعات", "direct", Some("a4")),
            attributed: false,
        },
    ];
    for c in cases {
        let statement = actor("a3", "البيان", "organization", &[], &["البيان"]);
        let surname = actor("a4", "لافروف", "person", &[], &["لافروف"]);
        let s = run(vec![lavrov(), russia(), statement, surname], vec![c.quote]);
        assert_eq!(s.quote_matches.len(), 1, "{}", c.name);
        assert_eq!(s.quote_matches[0].attributed, c.attributed, "{}", c.name);
    }
}

#[test]
fn quote_matching_thresholds_and_kinds() {
    struct QCase {
        name: &'static str,
        quote: Value,
        matched: bool,
        kind_hit: bool,
    }
    let cases = [
        QCase {
            name: "direct needs 0.8: two of four words is not enough",
            quote: quote("لا أعلق", "direct", Some("a1")),
            matched: false,
            kind_hit: false,
        },
        QCase {
            name: "direct: three of four words (F1 0.86) is enough",
            quote: quote("لا أعلق على", "direct", Some("a1")),
            matched: true,
            kind_hit: true,
        },
        QCase {
            name: "indirect needs 0.5: two of three words",
            quote: quote("روسيا لن", "indirect", Some("a1")),
            matched: true,
            kind_hit: true,
        },
        QCase {
            name: "threshold is the gold kind's",
            quote: quote("روسيا لن", "direct", Some("a1")),
            matched: true,
            kind_hit: false,
        },
        QCase {
            name: "marks inside the span do not matter",
            quote: quote("«لا أعلق على الشائعات»", "direct", Some("a1")),
            matched: true,
            kind_hit: true,
        },
    ];
    for c in cases {
        let s = run(vec![lavrov(), russia()], vec![c.quote]);
        let k = s.counts;
        assert_eq!(k.quote_tp == 1, c.matched, "{}", c.name);
        assert_eq!(k.direct_tp + k.indirect_tp == 1, c.kind_hit, "{}", c.name);
    }
}

#[test]
fn quote_matching_best_pairs_first() {
    // Two predictions overlap the same gold quote; the closer one takes it,
    // the other is a false positive.
    let s = run(
        vec![lavrov(), russia()],
        vec![
            quote(
                "قال وزير الخارجية الروسي سيرغي لافروف إن روسيا لن تتراجع",
                "indirect",
                Some("a1"),
            ),
            quote("روسيا لن تتراجع", "indirect", Some("a1")),
        ],
    );
    assert_eq!(s.quote_matches.len(), 1);
    assert_eq!(s.quote_matches[0].pred, 1);
    let c = s.counts;
    assert_eq!((c.pred_quotes, c.quote_tp), (2, 1));
    assert_eq!(c.quote_speaker().p, 0.5);
}

#[test]
fn title_line_predictions_are_ignored() {
    let q = quote("عنوان المقال", "direct", None);
    let c = run(vec![lavrov(), russia()], vec![q]).counts;
    assert_eq!(c.pred_quotes, 0);
}

#[test]
fn offset_violations_are_counted() {
    let mut bad = lavrov();
    bad["mentions"][0]["start"] = json!(3);
    let mut q = quote("روسيا لن تتراجع", "indirect", Some("a1"));
    q["end"] = json!(100_000);
    let mut cue = quote("وأضاف", "direct", None);
    cue["cueStart"] = cue["start"].clone();
    cue["cueEnd"] = json!(cue["end"].as_u64().expect("end") + 1);
    cue["cue"] = json!("وأضاف");
    let s = run(vec![bad, russia()], vec![q, cue]);
    assert_eq!(s.counts.offset_violations, 3, "{:?}", s.violations);
}

#[test]
fn utf16_offsets_beyond_the_bmp() {
    let text = "😀 قال لافروف";
    let pred = Prediction::from_json(&json!({"actors": [
        {"id": "a1", "name": "لافروف", "kind": "person", "aliases": [],
         "mentions": [{"start": 7, "end": 13, "text": "لافروف"}]}], "quotes": []}))
    .expect("prediction");
    let s = score::score(text, &Gold::default(), &pred);
    assert_eq!(s.counts.offset_violations, 0, "{:?}", s.violations);
}

#[test]
fn counts_add_up_for_micro_averages() {
    let a = run(vec![lavrov()], vec![]).counts;
    let b = run(vec![lavrov(), russia()], vec![]).counts;
    let mut t = a;
    t += b;
    assert_eq!((t.files, t.gold_actors, t.actor_tp), (2, 4, 3));
    assert_eq!(t.actors().r, 0.75);
}

#[test]
fn details_list_misses_and_false_positives() {
    let surname = actor("a4", "لافروف", "person", &[], &["لافروف"]);
    let place = actor("a5", "باريس", "place", &[], &[]);
    let s = run(
        vec![lavrov(), surname, place],
        vec![
            quote("روسيا لن تتراجع", "direct", None),
            quote("عنوان المقال", "direct", None),
            quote("وذكرت مصادر", "indirect", None),
        ],
    );
    let d = s.details();
    for want in [
        "actor missed      روسيا [country]",
        "actor duplicate   لافروف [person] aliases [] (again سيرغي لافروف)",
        "actor neutral     باريس [place] aliases [] (unlisted place)",
        "quote kind        gold indirect predicted direct «روسيا لن تتراجع»",
        "quote speaker     gold سيرغي لافروف predicted null «روسيا لن تتراجع»",
        "quote missed      [direct] سيرغي لافروف «لا أعلق على الشائعات»",
        "quote spurious    [indirect] null «وذكرت مصادر»",
    ] {
        assert!(d.contains(want), "missing {want:?} in\n{d}");
    }
    assert!(!d.contains("عنوان المقال"), "title-line quote listed:\n{d}");
}
