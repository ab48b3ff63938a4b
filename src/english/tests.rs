//! Table-driven tests of the English engine: one short text per pattern,
//! checked through the public result (actors, their aliases, quotes and
//! speakers).

use crate::model::{ActorKind, Analysis, QuoteKind};
use crate::options::{LanguageChoice, Options};

fn run(text: &str) -> Analysis {
    let options = Options {
        language: LanguageChoice::English,
        ..Options::default()
    };
    crate::analyze_with(text, &options).expect("analysis")
}

/// A quote as (kind, text, speaker name or None).
type Q = (QuoteKind, &'static str, Option<&'static str>);

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

struct QuoteCase {
    name: &'static str,
    text: &'static str,
    want: &'static [Q],
}

const D: QuoteKind = QuoteKind::Direct;
const I: QuoteKind = QuoteKind::Indirect;

#[test]
fn quotes_and_speakers() {
    let cases = [
        QuoteCase {
            name: "\"according to\" and the surname of a person named before: that person, not a body (en32)",
            text: "It rained. All Blacks captain Scott Barrett was cautious. According to Barrett, the team had been sloppy.",
            want: &[(I, "the team had been sloppy", Some("Scott Barrett"))],
        },
        QuoteCase {
            name: "a capitalised All inside a sentence opens a body's name (The All India Gaming Federation ... welcomed the decision and said) (en32)",
            text: "It rained. The All India Gaming Federation, an industry body, welcomed the decision and said it would work with states.",
            want: &[(I, "it would work with states", Some("All India Gaming Federation"))],
        },
        QuoteCase {
            name: "a two-word clause with a pronoun subject and a lexical past (said it apologised), not an auxiliary (said it would) (en32)",
            text: "It rained. Skyline Airways said it apologised. Northgate Media said it would.",
            want: &[(I, "it apologised", Some("Skyline Airways"))],
        },
        QuoteCase {
            name: "a company name with \"and\" ending in an industry head speaks; a long body name before a title counts as one token after a closing quote (en32)",
            text: "It rained. Pacific Gas and Electric said on Friday it would pay damages. \"This is an important step,\" Pacific Gas and Electric chief executive Bill Johnson said.",
            want: &[
                (I, "it would pay damages", Some("Pacific Gas and Electric")),
                (D, "This is an important step", Some("Bill Johnson")),
            ],
        },
        QuoteCase {
            name: "a spokeswoman for the investor, a spokesman for the fund: an investor's name (Investments, Capital) is referred to by its kind (en32)",
            text: "It rained. Activist investor Standard Investments had pushed for a sale. A spokeswoman for the investor said it welcomed the deal. Hedge fund Ardent Capital opposed the deal. A spokesman for the fund said it would vote against it.",
            want: &[
                (I, "it welcomed the deal", Some("Standard Investments")),
                (I, "it would vote against it", Some("Ardent Capital")),
            ],
        },
        QuoteCase {
            name: "\"the agency\" with no fitting body in its paragraph or the one before is the lede's, not a later sentence's opener (en32)",
            text: "Probe reaches asteroid\n\nTOKYO - A probe has sent back images, the Japan Aerospace Exploration Agency (JAXA) said on Wednesday.\n\nThe probe flew close to the asteroid on Monday.\n\nThe European Space Agency, which supplied an instrument, said the data would be shared.\n\nNASA congratulated the team.\n\nThe agency said the spacecraft was in good health.",
            want: &[
                (I, "A probe has sent back images", Some("Japan Aerospace Exploration Agency")),
                (I, "the data would be shared", Some("European Space Agency")),
                (I, "the spacecraft was in good health", Some("Japan Aerospace Exploration Agency")),
            ],
        },
        QuoteCase {
            name: "that before a verb is the reported clause's subject (He said that was not the point)",
            text: "It rained. Tom Hale arrived. He said that was not the point.",
            want: &[(I, "that was not the point", Some("Tom Hale"))],
        },
        QuoteCase {
            name: "evidence confirms without speaking (after a recount confirmed that ...)",
            text: "It rained. Robert Kline conceded defeat after a recount confirmed that Denise Okonkwo had won.",
            want: &[],
        },
        QuoteCase {
            name: "a title set off before the name after a closing quote: the name is the speaker (the head of the AIU, Brett Clothier, said; the president of the federation, Jackson Tuwei, told)",
            text: "It rained. \"The rules are clear,\" the head of the AIU, Brett Clothier, said in a statement. \"We will appeal,\" the president of the federation, Jackson Tuwei, told reporters.",
            want: &[
                (D, "The rules are clear", Some("Brett Clothier")),
                (D, "We will appeal", Some("Jackson Tuwei")),
            ],
        },
        QuoteCase {
            name: "a name set off inside a relative clause is not the subject (Emily Eavis, who runs it with her father, Michael Eavis, wrote)",
            text: "It rained. Emily Eavis, who runs the festival with her father, Michael Eavis, wrote on Instagram that the team were happy.",
            want: &[(I, "the team were happy", Some("Emily Eavis"))],
        },
        QuoteCase {
            name: "a relative clause on the employer after a person's apposition: the person speaks; Lawyers ends a firm's name (David Barnden, the principal lawyer at Equity Generation Lawyers, which ..., said)",
            text: "It rained. David Barnden, the principal lawyer at Equity Generation Lawyers, which is representing the students, said the court would decide.",
            want: &[(I, "the court would decide", Some("David Barnden"))],
        },
        QuoteCase {
            name: "a participle after a dateline shares the subject the sentence opens with (title, demonym, name)",
            text: "LONDON (Reuters) - British finance minister Rachel Reeves on Thursday defended her decision to raise taxes, saying the public finances had been left in \"a dire state\" by the previous government.",
            want: &[
                (I, "the public finances had been left in \"a dire state\" by the previous government", Some("Rachel Reeves")),
                (D, "a dire state", Some("Rachel Reeves")),
            ],
        },
        QuoteCase {
            name: "a plural noun before its own verb is no cue (states were)",
            text: "It rained. Small island states were more blunt. Cedric Schuster told reporters that the talks had failed.",
            want: &[(I, "the talks had failed", Some("Cedric Schuster"))],
        },
        QuoteCase {
            name: "a quote closed before a participle cue is the sentence subject's",
            text: "It rained. Chief Justice John Roberts questioned whether Congress had intended to give the executive branch \"such broad authority over taxes,\" noting that the power belongs to lawmakers.",
            want: &[
                (I, "Congress had intended to give the executive branch \"such broad authority over taxes", Some("John Roberts")),
                (D, "such broad authority over taxes", Some("John Roberts")),
                (I, "the power belongs to lawmakers", Some("John Roberts")),
            ],
        },
        QuoteCase {
            name: "an organisation before a lower-case field and its kind speaks (the United Nations tourism agency said)",
            text: "It rained. The United Nations tourism agency said on Tuesday that arrivals grew.",
            want: &[(I, "arrivals grew", Some("United Nations"))],
        },
        QuoteCase {
            name: "and with a subject of its own before a second cue ends the first report; search and rescue teams if Ankara asked does not",
            text: "It rained. The minister said the talks had failed, and diplomats in Geneva said a new round was unlikely. The EU said it would send search and rescue teams if Ankara asked for help.",
            want: &[
                (I, "the talks had failed", None),
                (I, "a new round was unlikely", Some("diplomats")),
                (I, "it would send search and rescue teams if Ankara asked for help", Some("European Union")),
            ],
        },
        QuoteCase {
            name: "which he said had been: no reported clause without a subject, the quote after it is the speaker's",
            text: "It rained. Her neighbour, Kostas Vlachos, said the pressure had dropped. He accused officials of failing to clear the roads, which he said had been \"a disaster waiting to happen.\"",
            want: &[
                (I, "the pressure had dropped", Some("Kostas Vlachos")),
                (D, "a disaster waiting to happen.", Some("Kostas Vlachos")),
            ],
        },
        QuoteCase {
            name: "the museum refers back to a museum; Oba is a title; scholars are a group",
            text: "It rained. The British Museum in London holds 900 objects. A spokesperson for the museum said it was committed. The Oba of Benin, Ewuare II, did not attend. The Oba urged museums to return the pieces. Some scholars said it was late.",
            want: &[
                (I, "it was committed", Some("British Museum")),
                (I, "to return the pieces", Some("Ewuare II")),
                (I, "it was late", Some("Some scholars")),
            ],
        },
        QuoteCase {
            name: "a long insertion with its own relative clause; a short quote inside a relative clause; an unknown plural before who",
            text: "It rained. NetChoice, a trade association whose members include several of the companies represented at the hearing, said in a statement that the bill was bad. President Maia Sandu, who had campaigned for a \"yes\" vote, told supporters that they had won. Commuters who spoke to Al Jazeera said the trains were late.",
            want: &[
                (I, "the bill was bad", Some("NetChoice")),
                (I, "they had won", Some("Maia Sandu")),
                (I, "the trains were late", None),
            ],
        },
        QuoteCase {
            name: "pointing after a comma ends the reported clause",
            text: "It rained. Professor Danielle Citron said that only lawsuits would do that, pointing to 40 states that have sued.",
            want: &[(I, "only lawsuits would do that", Some("Danielle Citron"))],
        },
        QuoteCase {
            name: "questioned whether reports the embedded question; questioned with no whether reports nothing",
            text: "It rained. Agustin Reyna questioned on Thursday whether the fine was large enough. Police questioned the driver.",
            want: &[(I, "the fine was large enough", Some("Agustin Reyna"))],
        },
        QuoteCase {
            name: "and + a title + a name between commas + a cue starts another report",
            text: "It rained. Codelco said production fell 4% in the third quarter, and its chairman, Maximo Pacheco, questioned whether the company could meet its goals.",
            want: &[
                (I, "production fell 4% in the third quarter", Some("Codelco")),
                (I, "the company could meet its goals", Some("Maximo Pacheco")),
            ],
        },
        QuoteCase {
            name: "a group before a relative clause without commas speaks, not the name inside the clause",
            text: "It rained. Developers who spoke to the Guardian said they would wait. Small business owners who rely on cruise passengers said sales had fallen. Bayern fans who gathered outside the ground on Monday said they were excited.",
            want: &[
                (I, "they would wait", Some("Developers")),
                (I, "sales had fallen", Some("business owners")),
                (I, "they were excited", Some("fans")),
            ],
        },
        QuoteCase {
            name: "he after a sentence opened by an employer, a title and a name; a hyphenated title in an apposition",
            text: "It rained. Bukayo Saka said he had been nervous. Declan Rice, the Arsenal vice-captain, set up the second goal. \"Liverpool will not stop,\" he said. Chelsea defender Levi Colwill apologised to fans. \"I let the team down,\" he wrote.",
            want: &[
                (I, "he had been nervous", Some("Bukayo Saka")),
                (D, "Liverpool will not stop", Some("Declan Rice")),
                (D, "I let the team down", Some("Levi Colwill")),
            ],
        },
        QuoteCase {
            name: "he after a sentence opened by an employer not found as an actor and a lower-case title",
            text: "It rained. \"We were patient,\" Andy Farrell said. Wales coach Warren Gatland was disappointed. He said his players deserved to win.",
            want: &[
                (D, "We were patient", Some("Andy Farrell")),
                (I, "his players deserved to win", Some("Warren Gatland")),
            ],
        },
        QuoteCase {
            name: "manner verbs (laughed, smiled:, sighed:) are cues by a direct quote",
            text: "It rained. \"It was the biggest kick of my life,\" Jack Crowley laughed. Asked about the referee, Warren Gatland sighed: \"I will look at it again.\" Outside, Geoffrey Lamb smiled: \"I respect the courts.\"",
            want: &[
                (D, "It was the biggest kick of my life", Some("Jack Crowley")),
                (D, "I will look at it again.", Some("Warren Gatland")),
                (D, "I respect the courts.", Some("Geoffrey Lamb")),
            ],
        },
        QuoteCase {
            name: "the statement speaks for whoever issued it, before or after its quote",
            text: "It rained. The Attorney General's Office said in a statement that it respected the decision. \"Jury trials remain a priority,\" the statement added. Rui Tavares said on Monday in a short statement that he would respect the count. Ana Lopes said it was close. The statement said the count was fair.",
            want: &[
                (I, "it respected the decision", Some("Attorney General's Office")),
                (D, "Jury trials remain a priority", Some("Attorney General's Office")),
                (I, "he would respect the count", Some("Rui Tavares")),
                (I, "it was close", Some("Ana Lopes")),
                (I, "the count was fair", Some("Rui Tavares")),
            ],
        },
        QuoteCase {
            name: "a partial quote later in the sentence of a speaker's cue is theirs; congratulated labels",
            text: "It rained. Alexander Stubb said it was too early to say who was behind it, but that the pattern was \"clear and worrying\". Peter Szijjarto said Budapest would not block the decision but warned against \"a spiral of confrontation\". Luis Ramos congratulated his rival on \"an honest and energetic campaign\".",
            want: &[
                (I, "it was too early to say who was behind it", Some("Alexander Stubb")),
                (D, "clear and worrying", Some("Alexander Stubb")),
                (I, "Budapest would not block the decision", Some("Peter Szijjarto")),
                (D, "a spiral of confrontation", Some("Peter Szijjarto")),
                (D, "an honest and energetic campaign", Some("Luis Ramos")),
            ],
        },
        QuoteCase {
            name: "an inverted subject: the person set off after a body's role speaks",
            text: "It rained. Doctors Without Borders said its teams were busy. \"Civilians are paying the price,\" said the organisation's head of mission, Stephanie Davies. \"We need access,\" said Russia's foreign minister, Ivan Petrenko.",
            want: &[
                (I, "its teams were busy", Some("Doctors Without Borders")),
                (D, "Civilians are paying the price", Some("Stephanie Davies")),
                (D, "We need access", Some("Ivan Petrenko")),
            ],
        },
        QuoteCase {
            name: "a second insertion after an apposition: the person before both speaks",
            text: "It rained. Bintou Keita, the head of the UN peacekeeping mission in Congo, known as MONUSCO, told the Security Council that the situation was dire.",
            want: &[(I, "the situation was dire", Some("Bintou Keita"))],
        },
        QuoteCase {
            name: "a country's lower-case agency or department speaks, also before an apposition",
            text: "It rained. Austria's environment agency, the Umweltbundesamt, said the pollution had not reached Austrian waters. Canada's health department said it was reviewing the findings.",
            want: &[
                (I, "the pollution had not reached Austrian waters", Some("Austria's environment agency")),
                (I, "it was reviewing the findings", Some("Canada's health department")),
            ],
        },
        QuoteCase {
            name: "a person's (official) spokesman speaks for them, as their office does",
            text: "It rained. Keir Starmer visited Leeds. Starmer's official spokesman told reporters that the government would not change course.",
            want: &[(I, "the government would not change course", Some("Keir Starmer"))],
        },
        QuoteCase {
            name: "a set-off name after an abbreviated title with its full stop (, Dr. X of Y,)",
            text: "It rained. Her colleague, Dr. Luis Vargas of the University of Lima, said the team had searched for years. Another, Prof. Ana Ruiz, said it was luck.",
            want: &[
                (I, "the team had searched for years", Some("Luis Vargas")),
                (I, "it was luck", Some("Ana Ruiz")),
            ],
        },
        QuoteCase {
            name: "a person of unknown gender takes the gender of the pronoun resolved to them",
            text: "It rained. Rachel Reeves defended the budget. Shadow chancellor Mel Stride said the plan would hurt growth. \"Taxes are going up,\" he said. She replied that the economy had grown.",
            want: &[
                (I, "the plan would hurt growth", Some("Mel Stride")),
                (D, "Taxes are going up", Some("Mel Stride")),
                (I, "the economy had grown", Some("Rachel Reeves")),
            ],
        },
        QuoteCase {
            name: "the 22-year-old and a demonym are the person who opened a sentence, even before anyone spoke",
            text: "It rained. Carlos Alcaraz beat Jannik Sinner in the final. \"I played my best tennis,\" the 22-year-old told the BBC. Sinner, who had won their last two meetings, was gracious. The Italian said Alcaraz had been better.",
            want: &[
                (D, "I played my best tennis", Some("Carlos Alcaraz")),
                (I, "Alcaraz had been better", Some("Jannik Sinner")),
            ],
        },
        QuoteCase {
            name: "the demonym alone before the cue after a quote is the person named before",
            text: "It rained. Amanda Anisimova said she was proud of her run. \"Two finals in one summer,\" the American said.",
            want: &[
                (I, "she was proud of her run", Some("Amanda Anisimova")),
                (D, "Two finals in one summer", Some("Amanda Anisimova")),
            ],
        },
        QuoteCase {
            name: "the last word of a title with \"and\" is no one-word name; a body in a place speaks, not the place",
            text: "It rained. South Africa's Minister of International Relations and Cooperation, Ronald Lamola, said trade could double. The U.S. Embassy in Manila said aircraft were on standby.",
            want: &[
                (I, "trade could double", Some("Ronald Lamola")),
                (I, "aircraft were on standby", Some("U.S. Embassy")),
            ],
        },
        QuoteCase {
            name: "a bracket opened in reported speech closes in it; a set-off name with where the person is from",
            text: "It rained. She said Washington would push for talks with the Rapid Support Forces (RSF). His co-negotiator, Dragos Tudorache of Romania, said the vote was a start.",
            want: &[
                (I, "Washington would push for talks with the Rapid Support Forces (RSF)", None),
                (I, "the vote was a start", Some("Dragos Tudorache")),
            ],
        },
        QuoteCase {
            name: "a relative clause with a list of names between the subject and the cue",
            text: "It rained. The Computer and Communications Industry Association (CCIA), whose members include Google, Meta and Amazon, said the rules were too vague.",
            want: &[(I, "the rules were too vague", Some("Computer and Communications Industry Association"))],
        },
        QuoteCase {
            name: "a speaker's apposition between the name after a quote and the cue; a possessive country after the name opens it",
            text: "It fell. \"We will take action against excessive moves,\" Atsushi Mimura, Japan's vice finance minister for international affairs, told reporters in Tokyo. \"We will act,\" Ken Oda, the vice minister, told reporters.",
            want: &[
                (D, "We will take action against excessive moves", Some("Atsushi Mimura")),
                (D, "We will act", Some("Ken Oda")),
            ],
        },
        QuoteCase {
            name: "he after a name in apposition to an opening title phrase is that name, not the last speaker",
            text: "China's ambassador, Fu Cong, said China supported talks. Sudan's U.N. ambassador, Al-Harith Idriss, welcomed the veto. He accused the RSF of genocide and said the government would never negotiate.",
            want: &[
                (I, "China supported talks", Some("Fu Cong")),
                (I, "the government would never negotiate", Some("Al-Harith Idriss")),
            ],
        },
        QuoteCase {
            name: "she after a name that follows an opening participle phrase",
            text: "Sarah Jones said the vote was close. Asked about the result, Helen Clark smiled. \"We won,\" she said.",
            want: &[
                (I, "the vote was close", Some("Sarah Jones")),
                (D, "We won", Some("Helen Clark")),
            ],
        },
        QuoteCase {
            name: "quote then name said",
            text: "\"The talks will resume next week,\" Foreign Minister Sergei Lavrov said on Tuesday.",
            want: &[(D, "The talks will resume next week", Some("Sergei Lavrov"))],
        },
        QuoteCase {
            name: "the writer's participle after a comma ends the reported clause",
            text: "Finance Minister Jim Chalmers said prices would rise, citing higher fuel costs.",
            want: &[(I, "prices would rise", Some("Jim Chalmers"))],
        },
        QuoteCase {
            name: "according to an institution named in lower case: a quote with no actor to name",
            text: "The drones targeted energy facilities in six regions, according to the air force. According to the health ministry, 40 people died.",
            want: &[
                (I, "The drones targeted energy facilities in six regions", None),
                (I, "40 people died", None),
            ],
        },
        QuoteCase {
            name: "a report before its cue, with a bare day after the cue",
            text: "More than 3,000 people were evacuated overnight near Marseille, officials said Wednesday.",
            want: &[(I, "More than 3,000 people were evacuated overnight near Marseille", Some("officials"))],
        },
        QuoteCase {
            name: "a full stop inside the marks ends the sentence: the next cue is not the partial quote's",
            text: "Peter Lang said Helen Marsh was \"a hero to the town.\" She said she had only done her job.",
            want: &[
                (I, "Helen Marsh was \"a hero to the town.\"", Some("Peter Lang")),
                (D, "a hero to the town.", Some("Peter Lang")),
                (I, "she had only done her job", Some("Helen Marsh")),
            ],
        },
        QuoteCase {
            name: "an age in commas between the speaker and the cue",
            text: "\"We lost everything,\" Maria Souza, 54, said after the flood.",
            want: &[(D, "We lost everything", Some("Maria Souza"))],
        },
        QuoteCase {
            name: "a set-off name after its title, before the cue",
            text: "Its general secretary, Professor Nicola Ranger, told the Guardian that nurses were exhausted.",
            want: &[(I, "nurses were exhausted", Some("Nicola Ranger"))],
        },
        QuoteCase {
            name: "an organisation's spokesperson speaks for it",
            text: "A Department of Health spokesperson said the plan would be published next week.",
            want: &[(I, "the plan would be published next week", Some("Department of Health"))],
        },
        QuoteCase {
            name: "a definite description with a country is the last speaker, not the country",
            text: "Bukayo Saka said the team had stayed calm. \"We knew the goals would come,\" the England winger said.",
            want: &[
                (I, "the team had stayed calm", Some("Bukayo Saka")),
                (D, "We knew the goals would come", Some("Bukayo Saka")),
            ],
        },
        QuoteCase {
            name: "a demonym with the article stands for the last speaker",
            text: "Enzo Maresca said his side had lost control. Asked about the penalty, the Italian said he had not seen it again.",
            want: &[
                (I, "his side had lost control", Some("Enzo Maresca")),
                (I, "he had not seen it again", Some("Enzo Maresca")),
            ],
        },
        QuoteCase {
            name: "a country completing a description (envoy for Sudan) does not speak",
            text: "The United Nations envoy for Sudan on Monday urged both sides to return to talks, warning that the conflict could spread.",
            want: &[
                (I, "to return to talks", None),
                (I, "the conflict could spread", None),
            ],
        },
        QuoteCase {
            name: "pronouns resolved during attribution keep the mentions in order",
            text: "\"I am really proud of the players,\" Arteta told Sky Sports. \"We were not at our best in the first half, but the reaction was exactly what I wanted to see.\"\nHe added: \"The crowd was incredible. They pushed us when we needed it.\"\nChelsea head coach Enzo Maresca admitted his side had lost control after the break. \"We started well, but in the second half we were too passive,\" said Maresca. \"It is something we need to improve.\"\nAsked about the penalty decision that led to Arsenal's second goal, the Italian said he had not seen it again. He insisted that his team would learn from the defeat.\nArteta confirmed that defender William Saliba would miss next week's trip to Newcastle with a hamstring injury. \"It is not serious, but we will not take any risks,\" he said.",
            want: &[
                (D, "I am really proud of the players", Some("Arteta")),
                (D, "We were not at our best in the first half, but the reaction was exactly what I wanted to see.", Some("Arteta")),
                (D, "The crowd was incredible. They pushed us when we needed it.", Some("Arteta")),
                (I, "his side had lost control after the break", Some("Enzo Maresca")),
                (D, "We started well, but in the second half we were too passive", Some("Enzo Maresca")),
                (D, "It is something we need to improve.", Some("Enzo Maresca")),
                (I, "he had not seen it again", Some("Enzo Maresca")),
                (I, "his team would learn from the defeat", Some("Enzo Maresca")),
                (I, "defender William Saliba would miss next week's trip to Newcastle with a hamstring injury", Some("Arteta")),
                (D, "It is not serious, but we will not take any risks", Some("Arteta")),
            ],
        },
        QuoteCase {
            name: "a long apposition with a capitalised cue word inside a name",
            text: "Marcelo Seluchi, a meteorologist at the National Center for Monitoring and Early Warning of Natural Disasters, warned that the soil was already saturated.",
            want: &[(I, "the soil was already saturated", Some("Marcelo Seluchi"))],
        },
        QuoteCase {
            name: "a chamber's party members speak as one body",
            text: "Senate Republicans said they expected to take up the bill on Thursday.",
            want: &[(I, "they expected to take up the bill on Thursday", Some("Senate Republicans"))],
        },
        QuoteCase {
            name: "the writer's comment after a comma ends the reported clause",
            text: "The Rapid Support Forces said it welcomed the talks but accused the army of attacking civilians in El Fasher, a claim that could not be independently verified.",
            want: &[(I, "it welcomed the talks but accused the army of attacking civilians in El Fasher", Some("Rapid Support Forces"))],
        },
        QuoteCase {
            name: "an organisation's of tail with and; a hyphenated adjective before the company noun; an outlet told is not the company",
            text: "A Department of Health and Social Care spokesperson said the plan was ready. Shares in Nordvik Energy fell. Finance director Lars Eriksen told Reuters the company had enough liquidity. The Oslo-based firm said it would cut jobs.",
            want: &[
                (I, "the plan was ready", Some("Department of Health and Social Care")),
                (I, "the company had enough liquidity", Some("Lars Eriksen")),
                (I, "it would cut jobs", Some("Nordvik Energy")),
            ],
        },
        QuoteCase {
            name: "a parenthetical cue at the end of the sentence takes the whole clause; 'the need' is a noun",
            text: "Blinken stressed the need to get more aid into Gaza, State Department spokesman Matthew Miller said.",
            want: &[(I, "Blinken stressed the need to get more aid into Gaza", Some("Matthew Miller"))],
        },
        QuoteCase {
            name: "a source on condition of anonymity is not the group of the same nationality",
            text: "Egyptian officials said the talks had stalled. An Egyptian official, who spoke on condition of anonymity, said both sides had hardened their positions.",
            want: &[
                (I, "the talks had stalled", Some("Egyptian officials")),
                (I, "both sides had hardened their positions", None),
            ],
        },
        QuoteCase {
            name: "a name particle glued by a hyphen (al-Ansari) ends the name before the cue",
            text: "Qatar's Foreign Ministry spokesman Majed al-Ansari said mediators were still working to bridge the gaps.",
            want: &[(I, "mediators were still working to bridge the gaps", Some("Majed al-Ansari"))],
        },
        QuoteCase {
            name: "he / she in the paragraph of an unnamed source is that source, not the last named speaker",
            text: "Detective Inspector Claire Hadley said the attack was isolated. She added that officers would stay.\nA witness, who gave her name only as Priya, told the Yorkshire Evening Post she had seen people running. \"I just grabbed my daughter and ran,\" she said.",
            want: &[
                (I, "the attack was isolated", Some("Claire Hadley")),
                (I, "officers would stay", Some("Claire Hadley")),
                (I, "she had seen people running", None),
                (D, "I just grabbed my daughter and ran", None),
            ],
        },
        QuoteCase {
            name: "an unknown word before a country names that country's branch (Greenpeace France), which speaks",
            text: "Greenpeace France said the plan was a disaster for the climate. Flights to Southern France were cut.",
            want: &[(I, "the plan was a disaster for the climate", Some("Greenpeace France"))],
        },
        QuoteCase {
            name: "quote then said name (inverted)",
            text: "\"Seventeen years ago, this would not have been possible,\" said Ambassador Hamdullah Mohib.",
            want: &[(D, "Seventeen years ago, this would not have been possible", Some("Hamdullah Mohib"))],
        },
        QuoteCase {
            name: "name said colon quote",
            text: "Lavrov later told reporters: \"We are ready to listen to every proposal.\"",
            want: &[(D, "We are ready to listen to every proposal.", Some("Lavrov"))],
        },
        QuoteCase {
            name: "interrupted quote is two quotes with one speaker",
            text: "\"We have done everything we could,\" said Mayor Anne Hidalgo, \"and we will keep the city safe.\"",
            want: &[
                (D, "We have done everything we could", Some("Anne Hidalgo")),
                (D, "and we will keep the city safe.", Some("Anne Hidalgo")),
            ],
        },
        QuoteCase {
            name: "said that reported speech",
            text: "Interior Minister Gerald Darmanin said that 10,000 police officers would be deployed across the country.",
            want: &[(I, "10,000 police officers would be deployed across the country", Some("Gerald Darmanin"))],
        },
        QuoteCase {
            name: "said without that",
            text: "Prime Minister John Key said the flag had never been open to public choice.",
            want: &[(I, "the flag had never been open to public choice", Some("John Key"))],
        },
        QuoteCase {
            name: "partial quote inside reported speech",
            text: "Prime Minister John Key said the new design had a \"strong rationale\" behind it.",
            want: &[
                (I, "the new design had a \"strong rationale\" behind it", Some("John Key")),
                (D, "strong rationale", Some("John Key")),
            ],
        },
        QuoteCase {
            name: "according to before the clause",
            text: "According to the Red Cross, more than 300 homes were destroyed by the floods.",
            want: &[(I, "more than 300 homes were destroyed by the floods", Some("Red Cross"))],
        },
        QuoteCase {
            name: "according to an unknown capitalised source (a league), a function word or a number inside its name (en22)",
            text: "According to La Liga, the match will be played behind closed doors. The fine was paid, according to Ligue 1. On Monday, according to Serie A, the game was postponed.",
            want: &[
                (I, "the match will be played behind closed doors", Some("La Liga")),
                (I, "The fine was paid", Some("Ligue 1")),
                (I, "the game was postponed", Some("Serie A")),
            ],
        },
        QuoteCase {
            name: "according to after the clause",
            text: "More than 300 homes were destroyed by the floods, according to the Red Cross.",
            want: &[(I, "More than 300 homes were destroyed by the floods", Some("Red Cross"))],
        },
        QuoteCase {
            name: "told with addressee and that",
            text: "Chief Executive Tim Cook told investors that demand in China had weakened.",
            want: &[(I, "demand in China had weakened", Some("Tim Cook"))],
        },
        QuoteCase {
            name: "a demonym as a surname",
            text: "Speaking in Geneva, UN human rights chief Volker Turk warned that civilians were paying the highest price.",
            want: &[(I, "civilians were paying the highest price", Some("Volker Turk"))],
        },
        QuoteCase {
            name: "told with addressee and no that",
            text: "Detective Inspector Mark Smith told reporters the investigation was ongoing.",
            want: &[(I, "the investigation was ongoing", Some("Mark Smith"))],
        },
        QuoteCase {
            name: "told with a place in the addressee",
            text: "Foreign Minister John Smith told reporters at the White House that talks would resume.",
            want: &[(I, "talks would resume", Some("John Smith"))],
        },
        QuoteCase {
            name: "said, a time adverbial, and a clause without that",
            text: "Foreign Minister John Smith said on Sunday the talks would resume.",
            want: &[(I, "the talks would resume", Some("John Smith"))],
        },
        QuoteCase {
            name: "said in an interview and a clause without that",
            text: "Foreign Minister John Smith said in an interview he had no regrets.",
            want: &[(I, "he had no regrets", Some("John Smith"))],
        },
        QuoteCase {
            name: "a country's two-word institution speaks (air force, foreign ministry)",
            text: "Ukraine's air force said it had shot down 40 drones. The Russian foreign ministry said the claims were false.",
            want: &[
                (I, "it had shot down 40 drones", Some("Ukraine's air force")),
                (I, "the claims were false", Some("Russian foreign ministry")),
            ],
        },
        QuoteCase {
            name: "a second cue after but / and ends the first clause and keeps the speaker",
            text: "Chancellor Jeremy Hunt says the fall is welcome but warned that families were still struggling.",
            want: &[
                (I, "the fall is welcome", Some("Jeremy Hunt")),
                (I, "families were still struggling", Some("Jeremy Hunt")),
            ],
        },
        QuoteCase {
            name: "a cue after and takes the sentence's subject, not the last speaker",
            text: "\"Leave now,\" said Capt. Maria Lopez. Gov. Gavin Newsom declared an emergency and said the state would request help.",
            want: &[
                (D, "Leave now", Some("Maria Lopez")),
                (I, "the state would request help", Some("Gavin Newsom")),
            ],
        },
        QuoteCase {
            name: "a person's office speaks for the person",
            text: "Prime Minister Benjamin Netanyahu's office said he had spoken with the families.",
            want: &[(I, "he had spoken with the families", Some("Benjamin Netanyahu"))],
        },
        QuoteCase {
            name: "according to a source with a description in apposition",
            text: "According to a statement from the Resolution Foundation, a think tank, real wages are still low.",
            want: &[(I, "real wages are still low", Some("Resolution Foundation"))],
        },
        QuoteCase {
            name: "a relative clause with a cue word between subject and cue",
            text: "Senator Jane Doe, who asked not to be named in the report, said the talks had failed.",
            want: &[(I, "the talks had failed", Some("Jane Doe"))],
        },
        QuoteCase {
            name: "the alliance is NATO (named in full or by its acronym), not the EU named since",
            text: "It rained. Ministers of the North Atlantic Treaty Organization met in Brussels. The European Union said it would pay. Later the alliance said it was ready. NATO's Mark Rutte spoke. The European Union said it would help. The alliance said it would act.",
            want: &[
                (I, "it would pay", Some("European Union")),
                (I, "it was ready", Some("North Atlantic Treaty Organization")),
                (I, "it would help", Some("European Union")),
                (I, "it would act", Some("North Atlantic Treaty Organization")),
            ],
        },
        QuoteCase {
            name: "the bloc is a union of states, not any organisation",
            text: "The European Union said it would act. The World Health Organization said hospitals were full. Later the bloc said it was ready.",
            want: &[
                (I, "it would act", Some("European Union")),
                (I, "hospitals were full", Some("World Health Organization")),
                (I, "it was ready", Some("European Union")),
            ],
        },
        QuoteCase {
            name: "asked not to",
            text: "Spokesman Jeff Rathke asked the governments of the region not to turn away boats.",
            want: &[(I, "not to turn away boats", Some("Jeff Rathke"))],
        },
        QuoteCase {
            name: "he added resolves to the last man named",
            text: "Foreign Minister Sergei Lavrov spoke in Moscow. He added that Russia remained open to dialogue.",
            want: &[(I, "Russia remained open to dialogue", Some("Sergei Lavrov"))],
        },
        QuoteCase {
            name: "she said resolves by gender",
            text: "Health Minister Jane Philpott met Mr. John Smith. She said the rules would protect young people.",
            want: &[(I, "the rules would protect young people", Some("Jane Philpott"))],
        },
        QuoteCase {
            name: "apposition between subject and cue",
            text: "Jeff Rathke, the State Department spokesperson, said, \"We urge the governments of the region to work together.\"",
            want: &[(D, "We urge the governments of the region to work together.", Some("Jeff Rathke"))],
        },
        QuoteCase {
            name: "unidentified source gets no speaker",
            text: "A source familiar with the talks said that an agreement was close.",
            want: &[(I, "an agreement was close", None)],
        },
        QuoteCase {
            name: "scare quotes are not quotes",
            text: "The team named their robot \"Robogee\" and listed their country as \"Hope\".",
            want: &[],
        },
        QuoteCase {
            name: "a quote continuing in the next paragraph keeps its speaker",
            text: "\"We will win,\" said coach Maria Lopez.\n\"They represent our aspirations and resilience despite everything.\"",
            want: &[
                (D, "We will win", Some("Maria Lopez")),
                (D, "They represent our aspirations and resilience despite everything.", Some("Maria Lopez")),
            ],
        },
        QuoteCase {
            name: "quote spanning paragraphs",
            text: "Coach Maria Lopez said: \"We trained hard.\n\"And we won.\"",
            want: &[(D, "We trained hard.\n\"And we won.", Some("Maria Lopez"))],
        },
        QuoteCase {
            name: "curly marks and apostrophes",
            text: "“We don’t give up on Russia’s neighbours,” Foreign Minister Yoko Kamikawa said.",
            want: &[(D, "We don’t give up on Russia’s neighbours", Some("Yoko Kamikawa"))],
        },
        QuoteCase {
            name: "apostrophes of elision and single-mark quotes",
            text: "'We will win the match,' Coach Maria Lopez said. The band's '90s rock 'n' roll hits didn't age well.",
            want: &[(D, "We will win the match", Some("Maria Lopez"))],
        },
        QuoteCase {
            name: "a labelling verb gives a longer quote to its subject, not a one-word label",
            text: "Finance Minister Rishi Sunak called the vote \"a turning point\". Beijing called the protests \"riots\".",
            want: &[(D, "a turning point", Some("Rishi Sunak"))],
        },
        QuoteCase {
            name: "qualifiers before a title in an inverted subject",
            text: "\"This budget is a gamble,\" said Liberal Democrat leader Ed Davey.",
            want: &[(D, "This budget is a gamble", Some("Ed Davey"))],
        },
        QuoteCase {
            name: "a finding needs a clause, not a noun phrase",
            text: "Police found the body in a river on Sunday. Researchers found the drug cut deaths by half.",
            want: &[(I, "the drug cut deaths by half", Some("Researchers"))],
        },
        QuoteCase {
            name: "passive is no cue",
            text: "Two men were found near the border by soldiers on patrol.",
            want: &[],
        },
        QuoteCase {
            name: "negated cue is no quote",
            text: "U.S. officials have not said why the team was denied visas.",
            want: &[],
        },
        QuoteCase {
            name: "parenthetical cue",
            text: "Talks on a ceasefire stalled on Tuesday, diplomats said, as fighting resumed.",
            want: &[(I, "Talks on a ceasefire stalled on Tuesday", Some("diplomats"))],
        },
        QuoteCase {
            name: "group speaker",
            text: "Officials in Kyiv said at least 12 people were killed.",
            want: &[(I, "at least 12 people were killed", Some("Officials"))],
        },
        QuoteCase {
            name: "title of a place, then the name set off by commas",
            text: "The mayor of Amatrice, Sergio Pirozzi, told state broadcaster RAI that the town was gone.",
            want: &[(I, "the town was gone", Some("Sergio Pirozzi"))],
        },
        QuoteCase {
            name: "description then a set-off name",
            text: "A USGS spokesperson, Paul Caruso, said aftershocks were likely to continue for weeks.",
            want: &[(I, "aftershocks were likely to continue for weeks", Some("Paul Caruso"))],
        },
        QuoteCase {
            name: "acronym in brackets between subject and cue",
            text: "The United States Geological Survey (USGS) reported that the quake had a depth of 10 kilometres.",
            want: &[(I, "the quake had a depth of 10 kilometres", Some("United States Geological Survey"))],
        },
        QuoteCase {
            name: "the company refers to the organisation that opened a sentence",
            text: "Apple Inc. unveiled a phone. \"It is slow,\" said Dan Ives, an analyst at Wedbush Securities. The company said orders would begin on Friday.",
            want: &[
                (D, "It is slow", Some("Dan Ives")),
                (I, "orders would begin on Friday", Some("Apple Inc")),
            ],
        },
        QuoteCase {
            name: "said followed by a clause subject is not inverted",
            text: "The Red Cross sent volunteers. Its president, Francesco Rocca, said the organisation would stay.",
            want: &[(I, "the organisation would stay", Some("Francesco Rocca"))],
        },
        QuoteCase {
            name: "according to a statement after a cue names only a channel",
            text: "The Treasury Department said it would sell bills next week, according to a statement.",
            want: &[(I, "it would sell bills next week", Some("Treasury Department"))],
        },
        QuoteCase {
            name: "company with an abbreviation before its cue",
            text: "Pinkerton's Inc. said it agreed to acquire a security company.",
            want: &[(I, "it agreed to acquire a security company", Some("Pinkerton's Inc"))],
        },
        QuoteCase {
            name: "a month as a surname, a day after the cue",
            text: "Prime Minister Theresa May said Tuesday that Britain would leave on time. May said in a statement that talks would continue.",
            want: &[
                (I, "Britain would leave on time", Some("Theresa May")),
                (I, "talks would continue", Some("Theresa May")),
            ],
        },
        QuoteCase {
            name: "according to after a quote",
            text: "\"The deal is dead,\" according to Labour leader Jeremy Corbyn.",
            want: &[(D, "The deal is dead", Some("Jeremy Corbyn"))],
        },
        QuoteCase {
            name: "participle continues the speaker",
            text: "\"Our door remains open,\" Michel Barnier said, adding that time was short.",
            want: &[
                (D, "Our door remains open", Some("Michel Barnier")),
                (I, "time was short", Some("Michel Barnier")),
            ],
        },
        QuoteCase {
            name: "a person, then where they work, then the cue",
            text: "Meteorologist Marcelo Seluchi of the national disaster monitoring centre said the rain would last. Economist Maria Lopez of the central bank said inflation would fall. John Smith of Acme Corp said sales had doubled.",
            want: &[
                (I, "the rain would last", Some("Marcelo Seluchi")),
                (I, "inflation would fall", Some("Maria Lopez")),
                (I, "sales had doubled", Some("John Smith")),
            ],
        },
        QuoteCase {
            name: "a name described in commas as a company speaks as one; a two-word clause with a past verb",
            text: "Southern California Edison, the region's main utility, said power would return by Friday. John Smith, the company's chief executive, said sales rose. Jane Doe said it would.",
            want: &[
                (I, "power would return by Friday", Some("Southern California Edison")),
                (I, "sales rose", Some("John Smith")),
            ],
        },
        QuoteCase {
            name: "a day before the verb, an aside after it, a field before a group, a relative clause with where",
            text: "The World Health Organization on Friday declared that the outbreak was over. Tedros cautioned, however, that the virus was still circulating. Health officials in Zubrowka, where most cases were recorded, said infections had fallen by half.",
            want: &[
                (I, "the outbreak was over", Some("World Health Organization")),
                (I, "the virus was still circulating", Some("Tedros")),
                (I, "infections had fallen by half", Some("health officials")),
            ],
        },
        QuoteCase {
            name: "the agency refers back to a UN-style body",
            text: "The World Health Organization declared the end of the emergency. According to the agency, more than 87,000 cases have been reported since May.",
            want: &[(
                I,
                "more than 87,000 cases have been reported since May",
                Some("World Health Organization"),
            )],
        },
        QuoteCase {
            name: "a pronoun takes a new sentence subject over the last speaker; a resident is a title",
            text: "\"We have never seen anything like this,\" Mayor Troy Thompson said. Prime Minister Anthony Albanese, who visited the region, promised aid. \"Australians look after each other,\" he said. Resident Kelly Marsh told local radio she had lost everything.",
            want: &[
                (D, "We have never seen anything like this", Some("Troy Thompson")),
                (D, "Australians look after each other", Some("Anthony Albanese")),
                (I, "she had lost everything", Some("Kelly Marsh")),
            ],
        },
        QuoteCase {
            name: "told is never inverted: the word after it is the addressee, even before a time",
            text: "It rained. Nvidia's chief executive, Jensen Huang, told analysts last week that demand remained strong.",
            want: &[(I, "demand remained strong", Some("Jensen Huang"))],
        },
        QuoteCase {
            name: "a region before a lower-case title opens a role, not a place after a name",
            text: "It rained. \"There is a real risk,\" said Max von Thun, Europe director of the Open Markets Institute.",
            want: &[(D, "There is a real risk", Some("Max von Thun"))],
        },
        QuoteCase {
            name: "an age between the article and a title alone: the holder of the title speaks",
            text: "It rained. Arsenal striker Bukayo Saka scored. Peskov told reporters it was fine. \"It was a dream,\" the 23-year-old striker told the BBC.",
            want: &[
                (I, "it was fine", Some("Peskov")),
                (D, "It was a dream", Some("Bukayo Saka")),
            ],
        },
        QuoteCase {
            name: "titles of officials: administrator, ombudsman, coordinator; Rear before Admiral",
            text: "It rained. NASA Administrator Bill Nelson said that safety came first. Deputy Ombudsman Cyril Ramos said no one was above the law. Its spokesman, Rear Admiral Armand Balilo, said two boats were damaged.",
            want: &[
                (I, "safety came first", Some("Bill Nelson")),
                (I, "no one was above the law", Some("Cyril Ramos")),
                (I, "two boats were damaged", Some("Armand Balilo")),
            ],
        },
        QuoteCase {
            name: "she skips a man named by a known male first name (Paulo)",
            text: "It rained. Maria Helena Costa died on Saturday. Her son, Paulo Costa, said she was tired. \"I told them I would be a judge,\" she told an interviewer in 2010.",
            want: &[
                (I, "she was tired", Some("Paulo Costa")),
                (D, "I told them I would be a judge", Some("Maria Helena Costa")),
            ],
        },
        QuoteCase {
            name: "a bare clause with a short irregular past (died, fled)",
            text: "It rained. Her son, Paulo Costa, said she died in her sleep. Officials said thousands fled the city.",
            want: &[
                (I, "she died in her sleep", Some("Paulo Costa")),
                (I, "thousands fled the city", Some("Officials")),
            ],
        },
        QuoteCase {
            name: "an employer described after a person's apposition: the person speaks, the employer is an organisation",
            text: "It rained. Ronak Gopaldas, a director at Signal Risk, a consultancy, said trade would suffer.",
            want: &[(I, "trade would suffer", Some("Ronak Gopaldas"))],
        },
        QuoteCase {
            name: "the planemaker refers back to a nearby company",
            text: "It rained. Boeing said it would cut jobs. Its chief executive spoke to staff. The planemaker also said it would delay the jet.",
            want: &[
                (I, "it would cut jobs", Some("Boeing")),
                (I, "it would delay the jet", Some("Boeing")),
            ],
        },
        QuoteCase {
            name: "a participle after a comma and a coordinated cue take the sentence's subject, also a name set off after an opening title; a part of the day ends the adverbial",
            text: "It rained. Maria Lopez spoke first. John Smith welcomed the ruling, saying in a post on X that it was a victory. Sudan's ambassador, Hassan Hamid Hassan, called it biased and said his government would not cooperate. Lopez said on Sunday night she would not endorse anyone.",
            want: &[
                (I, "it was a victory", Some("John Smith")),
                (I, "his government would not cooperate", Some("Hassan Hamid Hassan")),
                (I, "she would not endorse anyone", Some("Maria Lopez")),
            ],
        },
        QuoteCase {
            name: "a dateline with two cities is not reported content",
            text: "It rained.\n\nTOKYO/AMSTERDAM, July 8 (Reuters) - Nippon Paint has agreed to buy AkzoNobel, the companies said on Tuesday.",
            want: &[(I, "Nippon Paint has agreed to buy AkzoNobel", None)],
        },
        QuoteCase {
            name: "a title and a name set off after a name are another person; a set-off name after lower-case titles and a demonym speaks",
            text: "It rained. The lawyer for Mokoena, Advocate Thembeka Ngcukaitobi, said her client was innocent. Its head, former Costa Rican president Laura Chinchilla, said the count had been fast. Its chief observer, Spanish MEP Javier Nart, told reporters that voting was calm.",
            want: &[
                (I, "her client was innocent", Some("Thembeka Ngcukaitobi")),
                (I, "the count had been fast", Some("Laura Chinchilla")),
                (I, "voting was calm", Some("Javier Nart")),
            ],
        },
        QuoteCase {
            name: "he after an unnamed source is that source, though the source spoke of a named person",
            text: "It rained. Albert Njeru said the union would strike. A senior consultant, who asked not to be named, said Amina Wanjiru had shaken things up. \"But the patients are better off,\" he said.",
            want: &[
                (I, "the union would strike", Some("Albert Njeru")),
                (I, "Amina Wanjiru had shaken things up", None),
                (D, "But the patients are better off", None),
            ],
        },
        QuoteCase {
            name: "he: the latest sentence opener after the last speaker, past people named in its apposition",
            text: "It rained. \"The law is vague,\" Justice Brett Kavanaugh wrote. Justice Samuel Alito, joined by Justice Neil Gorsuch, dissented. He argued that the law was clear.",
            want: &[
                (D, "The law is vague", Some("Brett Kavanaugh")),
                (I, "the law was clear", Some("Samuel Alito")),
            ],
        },
        QuoteCase {
            name: "he: a name inside the quote is no antecedent",
            text: "It rained. Carlo Ancelotti said his players were ready. Thomas Tuchel said his side would attack. Madrid may keep Luka Modric. Ancelotti declined to comment. \"Luka will decide,\" he said.",
            want: &[
                (I, "his players were ready", Some("Carlo Ancelotti")),
                (I, "his side would attack", Some("Thomas Tuchel")),
                (D, "Luka will decide", Some("Carlo Ancelotti")),
            ],
        },
        QuoteCase {
            name: "he: an opener after an employer not found as a name, or set off after lower-case titles",
            text: "It rained. \"Rates will fall,\" said Carsten Brzeski. Bundesbank President Joachim Nagel struck a softer tone. He said a cut was likely. Her opposite number, shadow housing secretary Richard Blake, objected. \"This is a charter,\" he said.",
            want: &[
                (D, "Rates will fall", Some("Carsten Brzeski")),
                (I, "a cut was likely", Some("Joachim Nagel")),
                (D, "This is a charter", Some("Richard Blake")),
            ],
        },
        QuoteCase {
            name: "a coordinated cue takes the subject after a dateline",
            text: "It rained.\nFRANKFURT, March 14 (Reuters) - The European Central Bank kept rates unchanged on Thursday but said inflation was cooling.",
            want: &[(I, "inflation was cooling", Some("European Central Bank"))],
        },
        QuoteCase {
            name: "the company: a company with an industry head opening the text after a dateline; a person of an organisation",
            text: "It rained.\nSAN JOSE, California - Nortek Semiconductor posted higher sales on Wednesday. Revenue rose 38 percent, the company said. Vivek Arya of Bank of America said the outlook was strong. The company also announced a share buyback.",
            want: &[
                (I, "Revenue rose 38 percent", Some("Nortek Semiconductor")),
                (I, "the outlook was strong", Some("Vivek Arya")),
                (I, "a share buyback", Some("Nortek Semiconductor")),
            ],
        },
        QuoteCase {
            name: "according to a source whose relative clause withholds its name; according to an outlet after its media noun",
            text: "It rained. According to a doctor at the Saudi Hospital, who asked not to be named, most of the dead were children. According to the Spanish newspaper Marca, Madrid want a new deal.",
            want: &[
                (I, "most of the dead were children", None),
                (I, "Madrid want a new deal", Some("Marca")),
            ],
        },
        QuoteCase {
            name: "a second that-clause after \", but\" is the same speaker's, with its partial quote",
            text: "It rained. Analysts said in a note that the fine was manageable, but that a suspension would be \"a far bigger problem\".",
            want: &[
                (I, "the fine was manageable, but that a suspension would be \"a far bigger problem\"", Some("Analysts")),
                (D, "a far bigger problem", Some("Analysts")),
            ],
        },
        QuoteCase {
            name: "two people with appositions joined by and after a quote: the first speaks",
            text: "It rained. Meta said it would appeal. \"This decision is flawed,\" Nick Clegg, the company's president of global affairs, and Jennifer Newstead, its chief legal officer, said in a blog post.",
            want: &[
                (I, "it would appeal", Some("Meta")),
                (D, "This decision is flawed", Some("Nick Clegg")),
            ],
        },
        QuoteCase {
            name: "it added continues an organisation",
            text: "\"Provocation deserves punishment,\" said KCNA. \"The army is ready,\" it added.",
            want: &[
                (D, "Provocation deserves punishment", Some("KCNA")),
                (D, "The army is ready", Some("KCNA")),
            ],
        },
        QuoteCase {
            name: "a past participle opening a sentence is no cue (Asked whether ..., X said)",
            text: "It rained. Karoline Leavitt, the press secretary, spoke. Stocks fell, according to FactSet. Asked whether the president would speak to Chinese President Xi Jinping this week, Leavitt said she had nothing to announce.",
            want: &[(I, "she had nothing to announce", Some("Karoline Leavitt"))],
        },
        QuoteCase {
            name: "a demonym noun (the Spaniard) continues the last speaker",
            text: "It rained. Mikel Arteta said the team played well. Asked about the title, the Spaniard said: \"It is November.\"",
            want: &[
                (I, "the team played well", Some("Mikel Arteta")),
                (D, "It is November.", Some("Mikel Arteta")),
            ],
        },
        QuoteCase {
            name: "according to a name and a description with the: the content follows the description",
            text: "It rained. According to Fingrid, the Finnish grid operator, electricity supplies were not affected.",
            want: &[(I, "electricity supplies were not affected", Some("Fingrid"))],
        },
        QuoteCase {
            name: "speaking on condition of anonymity withholds the name, and the official later is the same source",
            text: "It rained. A senior administration official, speaking on condition of anonymity, said talks were close. The official said the deal was near.",
            want: &[(I, "talks were close", None), (I, "the deal was near", None)],
        },
        QuoteCase {
            name: "an anonymity clause after the cue withholds the name too, and the official later is that nobody",
            text: "It rained. The helicopter went missing, a Pentagon official said, speaking on condition of anonymity. The official said there was no sign of a crash.",
            want: &[
                (I, "The helicopter went missing", None),
                (I, "there was no sign of a crash", None),
            ],
        },
        QuoteCase {
            name: "a palace speaks for the court or presidency it houses, listed or not",
            text: "It rained. In a statement, the Royal Palace said the armed forces would deploy teams. Buckingham Palace said the King would visit.",
            want: &[
                (I, "the armed forces would deploy teams", Some("Royal Palace")),
                (I, "the King would visit", Some("Buckingham Palace")),
            ],
        },
        QuoteCase {
            name: "Downing Street and Number 10 speak (a name may end with a number)",
            text: "It rained. Downing Street said plans were in place. A spokesman for Number 10 said the bill would come soon.",
            want: &[
                (I, "plans were in place", Some("Downing Street")),
                (I, "the bill would come soon", Some("Downing Street")),
            ],
        },
        QuoteCase {
            name: "a lower-case business noun before a name makes a company, which the company then refers to",
            text: "It rained. Shipping company Maersk said it was diverting ships. A spokeswoman for the company said delays would follow.",
            want: &[
                (I, "it was diverting ships", Some("Maersk")),
                (I, "delays would follow", Some("Maersk")),
            ],
        },
        QuoteCase {
            name: "a body before its lower-case kind speaks (the FNV union said); about and a number open a clause; the company prefers a company opening its sentence after a business noun",
            text: "It rained. The FNV union said about 4,000 of its members had joined the strike. Shipping company Maersk said it was diverting ships. A spokeswoman for the company said delays would follow.",
            want: &[
                (I, "about 4,000 of its members had joined the strike", Some("FNV")),
                (I, "it was diverting ships", Some("Maersk")),
                (I, "delays would follow", Some("Maersk")),
            ],
        },
        QuoteCase {
            name: "a group in a place the lexicon does not know speaks (Residents of Hue); the Chamber of Commerce is a name",
            text: "It rained. Residents of Hue said they feared another wave. The U.S. Chamber of Commerce said small firms were hurt.",
            want: &[
                (I, "they feared another wave", Some("Residents")),
                (I, "small firms were hurt", Some("U.S. Chamber of Commerce")),
            ],
        },
        QuoteCase {
            name: "a person before where they work, then a description in commas; saying takes a clause without that",
            text: "It rained. Kevin Stevenson of the Johns Hopkins University Applied Physics Laboratory, a co-author, said the result was clear. Maria Lopez welcomed the ruling, saying it was fair.",
            want: &[
                (I, "the result was clear", Some("Kevin Stevenson")),
                (I, "it was fair", Some("Maria Lopez")),
            ],
        },
        QuoteCase {
            name: "pointed out that is a cue; a think tank is no cue; a place word after a first name is a surname before a description (Susan Park)",
            text: "It rained. Susan Park, an analyst at Greenleaf Capital, pointed out that prices had fallen. Siva Anandaciva, chief analyst at the King's Fund think tank, said waiting lists were long.",
            want: &[
                (I, "prices had fallen", Some("Susan Park")),
                (I, "waiting lists were long", Some("Siva Anandaciva")),
            ],
        },
        QuoteCase {
            name: "a person opening a sentence after an abbreviated title (Dr.) is the new topic of he",
            text: "It rained. Her son, Daniel Oduya, said she had died. \"She was kind,\" he said. Dr. Samuel Kiprono, who trained under her, remembered a teacher. \"She was strict,\" he said.",
            want: &[
                (I, "she had died", Some("Daniel Oduya")),
                (D, "She was kind", Some("Daniel Oduya")),
                (D, "She was strict", Some("Samuel Kiprono")),
            ],
        },
        QuoteCase {
            name: "a surname's mention takes in its particles, so a sentence opened by De Boer has him as subject",
            text: "It rained. Manager Stefan de Boer said the team was tired. The FA said it was fine. De Boer said he understood but insisted that his job was hard.",
            want: &[
                (I, "the team was tired", Some("Stefan de Boer")),
                (I, "it was fine", Some("FA")),
                (I, "his job was hard", Some("Stefan de Boer")),
            ],
        },
        QuoteCase {
            name: "two unknown name words after according to are a person, not a place",
            text: "It rained. According to Hiroshi Tanaka, a professor at Keio University, Japan was building new partnerships.",
            want: &[(I, "Japan was building new partnerships", Some("Hiroshi Tanaka"))],
        },
        QuoteCase {
            name: "the charity refers back to a society, the federation to a federation (also after a spokesman for)",
            text: "It rained. The Alzheimer's Society said the findings mattered. \"Sleep well,\" the charity said in a statement. The Ports Employers Federation said in a statement that it regretted the decision. A spokesman for the federation added that plans were in place.",
            want: &[
                (I, "the findings mattered", Some("Alzheimer's Society")),
                (D, "Sleep well", Some("Alzheimer's Society")),
                (I, "it regretted the decision", Some("Ports Employers Federation")),
                (I, "plans were in place", Some("Ports Employers Federation")),
            ],
        },
        QuoteCase {
            name: "he is the one person first named in the sentence before, when the last speaker is not named there",
            text: "It rained. \"It was our day,\" Gary Pritchard said. The winning goal came from striker Kwame Mensah, who works in a warehouse. He told reporters he had not slept.",
            want: &[
                (D, "It was our day", Some("Gary Pritchard")),
                (I, "he had not slept", Some("Kwame Mensah")),
            ],
        },
        QuoteCase {
            name: "the midfielder describes someone named before",
            text: "It rained. Rovers captain James Whitaker was less diplomatic. Speaking to the BBC, the midfielder said the dressing room was hurting.",
            want: &[(I, "the dressing room was hurting", Some("James Whitaker"))],
        },
        QuoteCase {
            name: "a plural possessive's apostrophe stays inside an organisation's name (Supporters' Trust)",
            text: "It rained. The Blackridge Rovers Supporters' Trust said in a statement that fans deserved better.",
            want: &[(I, "fans deserved better", Some("Blackridge Rovers Supporters' Trust"))],
        },
        QuoteCase {
            name: "a speaker's apposition (and bracketed acronym) stays out of what it said before it",
            text: "It rained. Her family had received threats, the Pastoral Land Commission (CPT), a Catholic group that tracks rural violence, said in a statement. The sprinter had missed three tests, the Athletics Integrity Unit (AIU) said on Tuesday.",
            want: &[
                (I, "Her family had received threats", Some("Pastoral Land Commission")),
                (I, "The sprinter had missed three tests", Some("Athletics Integrity Unit")),
            ],
        },
        QuoteCase {
            name: "a participle after by takes the sentence's subject",
            text: "It rained. Saudi Energy Minister Prince Abdulaziz bin Salman opened the meeting by saying the region had the sun.",
            want: &[(I, "the region had the sun", Some("Abdulaziz bin Salman"))],
        },
        QuoteCase {
            name: "a body before the plural of its lower-case kind speaks (United Nations agencies said)",
            text: "It rained. Nearly 30 million people face shortages, United Nations agencies said on Wednesday.",
            want: &[(I, "Nearly 30 million people face shortages", Some("United Nations"))],
        },
        QuoteCase {
            name: "a bare clause needs its verb before a subordinate clause inside it (conceded defeat after ... ended); one opening with although is a clause",
            text: "It rained. Incumbent mayor Robert Kline conceded defeat on Friday after the count ended. Maria Lopez said although prices fell, sales rose.",
            want: &[(I, "although prices fell, sales rose", Some("Maria Lopez"))],
        },
        QuoteCase {
            name: "a capitalised group word before another capitalised word starts a name (The Police Federation)",
            text: "It rained. The Police Federation, which represents officers, noted that the force had lost posts.",
            want: &[(I, "the force had lost posts", Some("Police Federation"))],
        },
        QuoteCase {
            name: "pointed out after a quote is its cue, before or after the speaker",
            text: "It rained. Maria Lopez spoke first. \"The risks are real,\" Ben Carter pointed out. \"Costs will rise,\" pointed out Anna Price, an economist.",
            want: &[
                (D, "The risks are real", Some("Ben Carter")),
                (D, "Costs will rise", Some("Anna Price")),
            ],
        },
        QuoteCase {
            name: "a field before a group opening a paragraph is part of its name (Union leaders)",
            text: "It rained.\nUnion leaders said the strike would last a week.\nShipping analysts pointed out that ships were queuing.",
            want: &[
                (I, "the strike would last a week", Some("Union leaders")),
                (I, "ships were queuing", Some("Shipping analysts")),
            ],
        },
        QuoteCase {
            name: "\"the company\" in the lede with no company before it (the wire in the dateline is none) is the one named next (en21)",
            text: "LONDON (Reuters) - Sales fell 5% in the quarter, the company said on Tuesday.\nKelbrook Widgets Inc said demand was weak.",
            want: &[
                (I, "Sales fell 5% in the quarter", Some("Kelbrook Widgets Inc")),
                (I, "demand was weak", Some("Kelbrook Widgets Inc")),
            ],
        },
        QuoteCase {
            name: "a noun with a relative clause after a comma is the writer's comment, no parenthetical cue (..., a charge the company denied.) (en21)",
            text: "It rained. Union official Mick Doyle accused managers of cutting corners, a charge the company denied.",
            want: &[],
        },
        QuoteCase {
            name: "a plural noun before a modal is no cue, so no second report starts at its \"and\" (said that Arab and Islamic states would ...) (en21)",
            text: "It rained. Minister Ayman Safadi said that Arab and Islamic states would step up pressure.",
            want: &[(I, "Arab and Islamic states would step up pressure", Some("Ayman Safadi"))],
        },
        QuoteCase {
            name: "a person before a workplace in a place speaks (Professor Charles Higham of the University of Otago in New Zealand said) (en21)",
            text: "It rained. Professor Charles Higham of the University of Otago in New Zealand said the dates needed checking.",
            want: &[(I, "the dates needed checking", Some("Charles Higham"))],
        },
        QuoteCase {
            name: "a demonym after an age and the article describes someone named before (The 23-year-old Italian, who ..., said) (en21)",
            text: "Title\nTURIN, Italy - Jannik Sinner won the ATP Finals on Sunday.\nThe 23-year-old Italian, who did not drop a set all week, said the crowd had helped him.",
            want: &[(I, "the crowd had helped him", Some("Jannik Sinner"))],
        },
        QuoteCase {
            name: "a possessive opens a clause without that after an addressee or a day (told the court his client was ill; said on Monday his players were) (en21)",
            text: "It rained. Jonathan Steele told the court his client was in poor health and had lost his reputation. Coach Carlo Ancelotti said on Monday his players were ready.",
            want: &[
                (I, "his client was in poor health and had lost his reputation", Some("Jonathan Steele")),
                (I, "his players were ready", Some("Carlo Ancelotti")),
            ],
        },
        QuoteCase {
            name: "\"the club\" refers back to a name ending as clubs' do or named before a club's title (Blackridge Rovers) (en21)",
            text: "It rained. Blackridge Rovers sacked manager Dan Reed on Monday. The club said in a statement that Reed had left by agreement.",
            want: &[(I, "Reed had left by agreement", Some("Blackridge Rovers"))],
        },
        QuoteCase {
            name: "\"the regulator\" refers back to a commission or an authority (en23)",
            text: "It rained. The Korea Fair Trade Commission fined Gorvex on Wednesday. The regulator said Gorvex had blocked rivals.",
            want: &[(I, "Gorvex had blocked rivals", Some("Korea Fair Trade Commission"))],
        },
        QuoteCase {
            name: "\"the unit\" refers back to a name with Unit; \"the charity\" to one Without Borders; according to the and an unknown name is its source (en23)",
            text: "It rained. The Athletics Integrity Unit banned Ekiru. The unit said the records were false. Doctors Without Borders ran a clinic. A spokeswoman for the charity said staff had treated 37 patients. According to the Treasury, the levy would raise money.",
            want: &[
                (I, "the records were false", Some("Athletics Integrity Unit")),
                (I, "staff had treated 37 patients", Some("Doctors Without Borders")),
                (I, "the levy would raise money", Some("Treasury")),
            ],
        },
        QuoteCase {
            name: "after an inverted cue, the holder of a title qualified by a country or employer speaks, not the qualifier (said US Attorney Preet Bharara; said Barcelona coach Luis Enrique); title modifiers may stand before the head of a title opening the sentence (New Zealand Prime Minister John Key ..., saying) (en27)",
            text: "It rained. \"The verdict is clear,\" said US Attorney Preet Bharara in a statement. \"We never stop believing,\" said Barcelona coach Luis Enrique. New Zealand Prime Minister John Key on Monday defended the cost, saying the public deserved a say.",
            want: &[
                (D, "The verdict is clear", Some("Preet Bharara")),
                (D, "We never stop believing", Some("Luis Enrique")),
                (I, "the public deserved a say", Some("John Key")),
            ],
        },
        QuoteCase {
            name: "\"the writer\", \"the sprinter\" and other trades of people in the news resolve like he/she (en27)",
            text: "It rained. Author Peter Carey won the prize on Tuesday. The writer later told reporters that he hoped the award would help.",
            want: &[(I, "he hoped the award would help", Some("Peter Carey"))],
        },
        QuoteCase {
            name: "\"its\" and a lower-case institution after the clause: the body or country the sentence opens with speaks (India sent aircraft to Nepal, its foreign ministry said) (en27)",
            text: "It rained. India sent two more aircraft to Nepal with relief supplies, its foreign ministry said.",
            want: &[(I, "India sent two more aircraft to Nepal with relief supplies", Some("India"))],
        },
        QuoteCase {
            name: "a relative clause without commas that withholds the name: its verb reports nothing and the source is nobody (an official who asked not to be named said) (en31)",
            text: "It rained. An official who asked not to be named said the measures would be announced next week. A diplomat who spoke on condition of anonymity said talks had stalled.",
            want: &[
                (I, "the measures would be announced next week", None),
                (I, "talks had stalled", None),
            ],
        },
        QuoteCase {
            name: "\", and\" with a subject of its own and a response verb ends the report (said it would appeal, and the regulator declined to comment; and opposition leader X called it) (en31)",
            text: "It rained. Barclays said it would appeal, and the regulator declined to comment. Prime Minister Keir Starmer said the deal was good, and opposition leader Kemi Badenoch called it a betrayal.",
            want: &[
                (I, "it would appeal", Some("Barclays")),
                (I, "the deal was good", Some("Keir Starmer")),
            ],
        },
        QuoteCase {
            name: "joint statements: two actors opening the clause speak through the first; \"the two groups\" are the pair named last (en31)",
            text: "It rained. Amnesty International and Human Rights Watch said in a joint statement that the trial was unfair. In a joint statement, Reporters Without Borders and the Committee to Protect Journalists called for her release. \"Azerbaijan cannot keep locking up reporters,\" the two groups said.",
            want: &[
                (I, "the trial was unfair", Some("Amnesty International")),
                (D, "Azerbaijan cannot keep locking up reporters", Some("Reporters Without Borders")),
            ],
        },
        QuoteCase {
            name: "a lone unlisted name whose report says \"it would\" or \"its\", or that \"the airline\" refers to, is a body (Lufthansa said on Tuesday it would cancel ... The airline said) (en31)",
            text: "It rained. Lufthansa said on Tuesday it would cancel 200 flights. The airline said passengers would be rebooked. Separately, Condor said its pilots had agreed to a contract.",
            want: &[
                (I, "it would cancel 200 flights", Some("Lufthansa")),
                (I, "passengers would be rebooked", Some("Lufthansa")),
                (I, "its pilots had agreed to a contract", Some("Condor")),
            ],
        },
        QuoteCase {
            name: "\"the judge\" refers to a judge addressed as Justice (Mrs Justice Collins ... the judge said); a body set off after its lower-case kind speaks (The pilots' union, Norsk Flygerforbund, said) (en31)",
            text: "It rained. Mrs Justice Collins awarded him damages. In her judgment, the judge said the paper had failed. The pilots' union, Norsk Flygerforbund, said the report confirmed its warnings.",
            want: &[
                (I, "the paper had failed", Some("Collins")),
                (I, "the report confirmed its warnings", Some("Norsk Flygerforbund")),
            ],
        },
        QuoteCase {
            name: "\"In its final report, X said\" makes X the issuer \"the report said\" speaks for (en31)",
            text: "It rained. In its final report, the Norwegian Safety Investigation Authority said a sensor had failed. The pilots had been on duty for 13 hours, the report said.",
            want: &[
                (I, "a sensor had failed", Some("Norwegian Safety Investigation Authority")),
                (I, "The pilots had been on duty for 13 hours", Some("Norwegian Safety Investigation Authority")),
            ],
        },
        QuoteCase {
            name: "according to a source whose relative clause without commas withholds the name: the quote has no speaker (en31)",
            text: "It rained. Oil producers blocked the deal, according to several negotiators who spoke on condition of anonymity.",
            want: &[(I, "Oil producers blocked the deal", None)],
        },
        QuoteCase {
            name: "a ministry named with a list of fields is one body, whose response ends the report before it (Ofwat said ..., and the Department for Environment, Food and Rural Affairs declined to comment) (en31)",
            text: "It rained. Ofwat said it was reviewing the bonuses, and the Department for Environment, Food and Rural Affairs declined to comment.",
            want: &[(I, "it was reviewing the bonuses", Some("Ofwat"))],
        },
        QuoteCase {
            name: "\"its chief executive\": an officer whose word is no title on its own speaks for the company, which a Corp name makes an organisation (en30)",
            text: "It rained. Acme Corp cut 300 jobs, its chief executive said.",
            want: &[(I, "Acme Corp cut 300 jobs", Some("Acme Corp"))],
        },
        QuoteCase {
            name: "a sentence opening with \"Its\" and an institution speaks for the body or country the sentence before opens with; a company set off after its noun speaks (s23)",
            text: "It rained. Israel did not attend the meeting. Its foreign ministry said it was coordinating aid. The ferry operator, Acme Shipping Lines, said it was fine.",
            want: &[
                (I, "it was coordinating aid", Some("Israel")),
                (I, "it was fine", Some("Acme Shipping Lines")),
            ],
        },
    ];
    let mut failed = Vec::new();
    for case in cases {
        let a = run(case.text);
        let got = quotes(&a);
        let want: Vec<(QuoteKind, String, Option<String>)> = case
            .want
            .iter()
            .map(|(k, t, s)| (*k, t.to_string(), s.map(str::to_string)))
            .collect();
        if got != want {
            failed.push(format!("{}:\n  got  {got:?}\n  want {want:?}", case.name));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

struct ActorCase {
    name: &'static str,
    text: &'static str,
    /// (name, kind, aliases that must be present).
    want: &'static [(&'static str, ActorKind, &'static [&'static str])],
    /// Names that must not be actors.
    not: &'static [&'static str],
}

#[test]
fn actors() {
    use ActorKind::*;
    let cases = [
        ActorCase {
            name: "a geographic word opening a sentence opens a body's name though the text has it in lower case (Southern Vale Water); a head inside an \"of\"/\"for\" tail does not end the name (Foundation for Media Freedom) (en32)",
            text: "A firm in southern England was fined. Southern Vale Water said it would appeal. The Foundation for Media Freedom said the ruling was fair.",
            want: &[
                ("Southern Vale Water", Organization, &[]),
                ("Foundation for Media Freedom", Organization, &[]),
            ],
            not: &["Vale Water", "Foundation for Media"],
        },
        ActorCase {
            name: "a masthead word after \"the\" opens a newspaper's name (the Sunday Courier), which later goes without it (the Courier) (en32)",
            text: "It rained. Northgate Media Group, which publishes the Sunday Courier, lost the case. The judge said the Courier published the claims without checking them.",
            want: &[("Sunday Courier", Organization, &["Courier"])],
            not: &[],
        },
        ActorCase {
            name: "a listed body with a lower-case \"to\" in its name is reported though it does not speak (the Committee to Protect Journalists and the IFJ said) (en31)",
            text: "It rained. The Committee to Protect Journalists and the International Federation of Journalists said the arrest was illegal.",
            want: &[("Committee to Protect Journalists", Organization, &[])],
            not: &[],
        },
        ActorCase {
            name: "a lone unknown name is a body, not a person, when its report says it would, its, or \"which\" follows (en31)",
            text: "It rained. Lufthansa said on Tuesday it would cancel flights. Condor said its pilots had agreed. Nordwind, which flies to Oslo, said fares would rise.",
            want: &[
                ("Lufthansa", Organization, &[]),
                ("Condor", Organization, &[]),
                ("Nordwind", Organization, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "an acronym and a name joined by a hyphen are a body (WWF-Australia's head of oceans), not before a lower-case noun (the US-China talks); two acronyms joined by a slash are one, the bracketed acronym of a listed name (RFE/RL); a name after a lower-case union noun is a union (en31)",
            text: "It rained. WWF-Australia's head of oceans, Richard Leck, spoke. The UN-Habitat office opened after the US-China talks. Radio Free Europe/Radio Liberty (RFE/RL) reported the arrest. RFE/RL said it was seeking his release. The AAB/KLM deal failed. The strike was called by the pilots' union Vereinigung Cockpit. The union Kopfwerk said it would strike.",
            want: &[
                ("WWF-Australia", Organization, &[]),
                ("Radio Free Europe/Radio Liberty", Organization, &["RFE/RL"]),
                ("Vereinigung Cockpit", Organization, &[]),
                ("Kopfwerk", Organization, &[]),
            ],
            not: &["US-China", "AAB/KLM", "Richard Leck's"],
        },
        ActorCase {
            name: "Water and Utilities end company names (Anglia Vale Water, Vale Utilities); one word after \"the\" and a common capitalised word is a title, not a person (the Sunday Courier) (en31; the whole masthead since en32)",
            text: "It rained. Anglia Vale Water said it had invested in new pipes. Vale Utilities said its shares rose. Northgate, which publishes the Sunday Courier, said it would appeal. The judge ordered it, as publisher of the Sunday Courier, to pay the costs, estimated at £1 million.",
            want: &[
                ("Anglia Vale Water", Organization, &[]),
                ("Vale Utilities", Organization, &[]),
                // (the masthead word is the name's: en32)
                ("Sunday Courier", Organization, &[]),
                ("Northgate", Organization, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a body named before \"union\" is no company \"the airline\" refers to (the Vereinigung Cockpit union) (en31)",
            text: "It rained. Pilots at the airline Lufthansa went on strike. The strike by the Vereinigung Cockpit union began on Tuesday. The airline said flights were cancelled.",
            want: &[("Lufthansa", Organization, &["The airline"])],
            not: &[],
        },
        ActorCase {
            name: "a country's possessive gives an unlisted body its country; another country's body of the same name is another actor (Russia's Foreign Ministry ... Estonia's Foreign Ministry) (en31)",
            text: "It rained. Russia's Foreign Ministry said the move was hostile. Estonia's Foreign Ministry said it was studying the case.",
            want: &[("Foreign Ministry", Organization, &[])],
            not: &[],
        },
        ActorCase {
            name: "a name after a lower-case club noun is a club (Turkish club Besiktas) (en27)",
            text: "It rained. He will join Turkish club Besiktas next season. Besiktas said he was welcome.",
            want: &[("Besiktas", Organization, &[])],
            not: &[],
        },
        ActorCase {
            name: "an outlet named by its media noun or interviewed is no company referred back to (in an interview with the newspaper Bild ... the company) (en27)",
            text: "It rained. Pilots at the German airline Lufthansa went on strike. \"We cannot afford it,\" Carsten Spohr said in an interview with the newspaper Bild. Shares in the company fell. A spokeswoman said the company would appeal.",
            want: &[("Lufthansa", Organization, &["the company"])],
            not: &["Bild"],
        },
        ActorCase {
            name: "a lone industry word, and, then words ending in a main head are one body (Securities and Exchange Commission); not two companies (en27)",
            text: "It rained. The Securities and Exchange Commission said the fund had lied. Nomura Securities and Mizuho Bank said they would pay.",
            want: &[("Securities and Exchange Commission", Organization, &[])],
            not: &["Exchange Commission", "Nomura Securities and Mizuho Bank"],
        },
        ActorCase {
            name: "where a speaking group works is reported (Researchers at the University of Copenhagen said); a second body after and with its own head is not in the first's name",
            text: "It rained. Researchers at the University of Copenhagen and Leiden University Medical Center said sleep mattered.",
            want: &[("University of Copenhagen", Organization, &[])],
            not: &["University of Copenhagen and Leiden University Medical Center"],
        },
        ActorCase {
            name: "a club is named by its suffix alone (Blackridge Rovers ... Rovers said); a company without its industry word (Halvern Laboratories ... Halvern said)",
            text: "It rained. Blackridge Rovers beat Hollins on Saturday. Rovers said the win was deserved. The drugmaker Halvern Laboratories said it was recalling tablets. Halvern said it had found the source.",
            want: &[
                ("Blackridge Rovers", Organization, &["Rovers"]),
                ("Halvern Laboratories", Organization, &["Halvern"]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a bracketed acronym's first letters extend the name back over capitalised words (All Progressives Congress (APC); Medicines and Healthcare products Regulatory Agency (MHRA))",
            text: "It rained. Tinubu of the ruling All Progressives Congress (APC) won. The Medicines and Healthcare products Regulatory Agency (MHRA) said the recall was small.",
            want: &[
                ("All Progressives Congress", Organization, &["APC"]),
                ("Medicines and Healthcare products Regulatory Agency", Organization, &["MHRA"]),
            ],
            not: &["Progressives Congress", "Regulatory Agency"],
        },
        ActorCase {
            name: "a listed acronym of another organisation in brackets after a name whose letters it does not spell is that organisation (UNITED NATIONS (AP))",
            text: "UNITED NATIONS (AP) — Russia on Monday vetoed a draft resolution at the Security Council.",
            want: &[("Associated Press", Organization, &["AP"])],
            not: &[],
        },
        ActorCase {
            name: "a demonym after a region's qualifier is the region's (the South American bloc, Latin American leaders), not the country's",
            text: "It rained. The deal with the South American bloc was criticised by Latin American leaders on Monday.",
            want: &[],
            not: &["United States", "American"],
        },
        ActorCase {
            name: "a name after a possessive is a person when its last word recurs alone (McLaren's Lando Norris ... Norris), a thing otherwise (Apple's Vision Pro)",
            text: "It rained. Verstappen beat McLaren's Lando Norris on Sunday. Norris, who started on pole, dropped to sixth. Analysts praised Apple's Vision Pro on Monday.",
            want: &[("Lando Norris", Person, &["Norris"])],
            not: &["Vision Pro"],
        },
        ActorCase {
            name: "two unknown name words before of the and an organisation are a person (Atiku Abubakar of the Peoples Democratic Party)",
            text: "It rained. Tinubu finished ahead of Atiku Abubakar of the Peoples Democratic Party on Monday.",
            want: &[("Atiku Abubakar", Person, &[])],
            not: &[],
        },
        ActorCase {
            name: "a company's name drops an industry word before its corporate suffix too (Corlan Chemical Corp. / Corlan)",
            text: "It rained. Residents sued Corlan Chemical Corp. on Monday. Corlan said in a statement that the science was weak.",
            want: &[("Corlan Chemical Corp", Organization, &["Corlan"])],
            not: &[],
        },
        ActorCase {
            name: "a name after to is a person when a title is set off after it (We spoke to Filippo Grandi, the ... High Commissioner)",
            text: "It rained. We spoke to Filippo Grandi, the United Nations High Commissioner for Refugees, about the crisis. The team flew to Porto Alegre, the state capital, on Monday.",
            want: &[("Filippo Grandi", Person, &[])],
            not: &["Porto Alegre"],
        },
        ActorCase {
            name: "the company is not where a source with a title works (an analyst at Greenleaf Capital)",
            text: "It rained. Norvell Semiconductor cut its forecast on Wednesday. Susan Park, an analyst at Greenleaf Capital, said the company had issued a similar warning before.",
            want: &[("Norvell Semiconductor", Organization, &["the company"])],
            not: &["Greenleaf Capital"],
        },
        ActorCase {
            name: "an acronym after an indefinite article is a thing (a compact SUV), so the company is the carmaker",
            text: "It rained. Swedish electric carmaker Polestrand on Thursday unveiled its cheapest model yet, a compact SUV priced at under 30,000 euros. The company said it expected to sell 80,000.",
            want: &[("Polestrand", Organization, &["The company"])],
            not: &["SUV"],
        },
        ActorCase {
            name: "a known first name after a title's unknown place opens the holder's name (Mayor of Greater Manchester Andy Burnham); more first names",
            text: "It rained. Mayor of Greater Manchester Andy Burnham said the attack was shocking.",
            want: &[("Andy Burnham", Person, &[])],
            not: &["Greater Manchester Andy Burnham", "mayor"],
        },
        ActorCase {
            name: "an ordinal after the opens an organisation's name (the 6th Circuit Court of Appeals), not a date's (on the 5th)",
            text: "It rained. The 6th Circuit Court of Appeals said the verdict would stand. On the 5th Acme Corp said prices rose.",
            want: &[("6th Circuit Court of Appeals", Organization, &[]), ("Acme Corp", Organization, &[])],
            not: &["Circuit Court of Appeals", "5th Acme Corp"],
        },
        ActorCase {
            name: "a surname keeps the particles of the full name (Van der Meer)",
            text: "It rained. Dr. Ingrid van der Meer said the result was robust. Van der Meer said recruitment would begin.",
            want: &[("Ingrid van der Meer", Person, &["Van der Meer"])],
            not: &[],
        },
        ActorCase {
            name: "a place word is a surname after a first name only when it speaks or is described, and not after at",
            text: "It rained. Fans met at Victoria Park on Sunday. Victoria Park is the largest green space, officials said. Tom Hall said it was full.",
            want: &[("Tom Hall", Person, &[])],
            not: &["Victoria Park", "Park"],
        },
        ActorCase {
            name: "a country opening a body's name after a title's of is no holder's place (Barbados Hotel and Tourism Association)",
            text: "It rained. Daniel Forde, chairman of the Barbados Hotel and Tourism Association, said bookings were solid. Prime Minister of Barbados Mia Mottley said it was good.",
            want: &[
                ("Daniel Forde", Person, &[]),
                ("Mia Mottley", Person, &[]),
            ],
            not: &["Hotel"],
        },
        ActorCase {
            name: "UN Tourism, Paris St-Germain and Bayern are listed (session 18)",
            text: "It rained. UN Tourism said arrivals rose. Paris St-Germain beat Bayern on Tuesday.",
            want: &[
                ("UN Tourism", Organization, &[]),
                ("Paris Saint-Germain", Organization, &["Paris St-Germain"]),
                ("Bayern Munich", Organization, &["Bayern"]),
            ],
            not: &["Paris"],
        },
        ActorCase {
            name: "the carrier is a fitting name earlier in its sentence before the text's topic; an outlet spoken to is none",
            text: "It rained. UN Tourism, the Madrid-based body, said arrivals fell. A spokesperson for British Airways said the carrier had added seats. Developers who spoke to the Guardian said they would wait to see how the company responded.",
            want: &[("British Airways", Organization, &["the carrier"])],
            not: &[],
        },
        ActorCase {
            name: "a person of the same one-word name as a company is the company; travel agents are a group",
            text: "It rained. Pilots at Scandinavian carrier Nordair voted to strike. Nordair, which is partly owned by the state, said it was disappointed. Travel agents said customers were nervous.",
            want: &[("Nordair", Organization, &[]), ("Travel agents", Group, &[])],
            not: &[],
        },
        ActorCase {
            name: "a person of the same many-word name as a company is the company; a name running into a body's head word after a title is the body (s23)",
            text: "It rained. British chemicals company Acme Widgets said it had agreed to sell a unit. Acme Widgets said the sale would help. Activist investor Standard Investments said it had pushed for a sale. Hedge fund Elliott Management said it welcomed the deal.",
            want: &[
                ("Acme Widgets", Organization, &[]),
                ("Standard Investments", Organization, &[]),
                ("Elliott Management", Organization, &[]),
            ],
            not: &["Standard"],
        },
        ActorCase {
            name: "a legal form opens a company's name (PT); the operator and the company refer back to one (power, lines end companies); a body set off after its noun speaks (s23)",
            text: "It rained. The ferry's operator, PT Pelayaran Cantika, said it was cooperating. A spokeswoman for the operator said the ship was safe. Kyushu Electric Power said it had found no problems. The company said both reactors were normal. Acme Container Lines said it was fine. A spokesman for the company said so.",
            want: &[
                ("PT Pelayaran Cantika", Organization, &["the operator"]),
                ("Kyushu Electric Power", Organization, &["The company"]),
                ("Acme Container Lines", Organization, &["the company"]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a sentence opening with a company's noun and name makes it the topic (Danish shipping company Nordline); a relative clause's body is not what the company in it refers to (s23)",
            text: "It rained. Danish shipping company Nordline has agreed to buy its rival Hansa Container Lines. Its chief said the deal would give the group more routes. Activist investor Standard Investments, which owns 5 percent of the company, said it welcomed the deal.",
            want: &[
                ("Nordline", Organization, &["the group", "the company"]),
                ("Standard Investments", Organization, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "Pharma ends a company's name",
            text: "It rained. Acme Pharma said it was good. NewAmsterdam Pharma said it would apply.",
            want: &[("NewAmsterdam Pharma", Organization, &[]), ("Acme Pharma", Organization, &[])],
            not: &[],
        },
        ActorCase {
            name: "an event named with an of tail ending in an organisation's word is no organisation",
            text: "It rained. The move comes before the Africa Cup of Nations in Morocco. Egypt won the Cup of Nations in 2010. The City of London Police said it was ready.",
            want: &[("City of London Police", Organization, &[])],
            not: &["Cup of Nations", "Africa Cup of Nations"],
        },
        ActorCase {
            name: "a Solicitor General is a title; broadcasters and think tanks of session 13",
            text: "It rained. Solicitor General John Sauer told the court that the tariffs were legal. Mikel Arteta told Sky Sports the team was ready. Paul Johnson, director of the Institute for Fiscal Studies, said there was little room.",
            want: &[
                ("John Sauer", Person, &[]),
                ("Sky Sports", Organization, &[]),
                ("Institute for Fiscal Studies", Organization, &[]),
            ],
            not: &["General John Sauer"],
        },
        ActorCase {
            name: "post-nominal letters (KC, MP, OBE) are not part of the name; the surname alone still resolves",
            text: "It rained. Attorney General Lucy Hartwell KC argued that the remarks were prejudicial. His barrister, Daniel Okafor KC, disagreed. Okafor said the case was weak. Anna Price MP said it was close.",
            want: &[
                ("Lucy Hartwell", Person, &[]),
                ("Daniel Okafor", Person, &["Okafor"]),
                ("Anna Price", Person, &[]),
            ],
            not: &["KC", "MP"],
        },
        ActorCase {
            name: "a Confederation of ... is an organisation, a demonym inside it included",
            text: "It rained. The Confederation of British Industry (CBI) said firms faced higher costs.",
            want: &[("Confederation of British Industry", Organization, &["CBI"])],
            not: &[],
        },
        ActorCase {
            name: "a country's name right after a known first name is a surname",
            text: "It rained. Prime Minister Luis Montenegro said democracy was about accepting results. Michael Jordan said he was proud.",
            want: &[
                ("Luis Montenegro", Person, &[]),
                ("Michael Jordan", Person, &[]),
            ],
            not: &["Montenegro", "Jordan"],
        },
        ActorCase {
            name: "a name ending in Lines is a company",
            text: "It rained. Nordline has agreed to buy its German rival Hansa Container Lines for 4.2 billion euros.",
            want: &[("Hansa Container Lines", Organization, &[])],
            not: &[],
        },
        ActorCase {
            name: "an acronym before a number is a designation, not an organisation",
            text: "It rained. The planet GJ 486 b is hot, and GJ 486 b may hold water, Sarah Moran said.",
            want: &[("Sarah Moran", Person, &[])],
            not: &["GJ"],
        },
        ActorCase {
            name: "names after a place noun are places; a word before another capitalised word is no surname; a capital's name before a region is a town; Recorder is a title",
            text: "HANOI (Reuters) - The worst-hit provinces were Quang Tri and Thua Thien Hue. Deputy Prime Minister Tran Luu Quang said aid was coming. In the town of Dong Ha, water rose. Denver Clerk and Recorder Paul Lopez said there was no evidence. The mayor of Paris, Texas, said it rained.",
            want: &[
                ("Tran Luu Quang", Person, &[]),
                ("Paul Lopez", Person, &[]),
            ],
            not: &["Quang Tri", "Thua Thien Hue", "Quang", "Dong Ha", "Recorder Paul Lopez", "Paris", "France"],
        },
        ActorCase {
            name: "a capital's name in a dateline before a region is no country",
            text: "SAN JOSE, California (Reuters) - Nortek Semiconductor said sales rose.",
            want: &[("Nortek Semiconductor", Organization, &[])],
            not: &["SAN JOSE", "Costa Rica"],
        },
        ActorCase {
            name: "the United Nations without its article; a club's name ending in United, Borussia Dortmund and an observatory are organisations",
            text: "It rained. The United Nations said aid would come. Newcastle United said it lost to Borussia Dortmund. The Kandilli Observatory said aftershocks continued.",
            want: &[
                ("United Nations", Organization, &[]),
                ("Newcastle United", Organization, &[]),
                ("Borussia Dortmund", Organization, &[]),
                ("Kandilli Observatory", Organization, &[]),
            ],
            not: &["The United Nations"],
        },
        ActorCase {
            name: "a surname two people share is the one named last before it; a business noun before a name",
            text: "It rained. Margaret Okafor, a surgeon, has died. Born in Enugu, Okafor trained in Ibadan. Her husband, the economist Chukwuemeka Okafor, died in 2016. Telecoms operator Elisa said traffic was rerouted. Lars Jensen, chief executive of the consultancy Vespucci Maritime, said so.",
            want: &[
                ("Margaret Okafor", Person, &["Okafor"]),
                ("Chukwuemeka Okafor", Person, &[]),
                ("Elisa", Organization, &[]),
            ],
            not: &["Vespucci Maritime"],
        },
        ActorCase {
            name: "a capital inside a word after two lower-case letters makes a company (AkzoNobel), not Mc/Mac names",
            text: "It rained. Nippon Paint agreed to buy Dutch rival AkzoNobel. AkzoNobel's board backed the deal, said Brendon McCullum and Douglas MacArthur.",
            want: &[
                ("AkzoNobel", Organization, &[]),
                ("Brendon McCullum", Person, &[]),
                ("Douglas MacArthur", Person, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a name set off by a role without an article opens a sentence",
            text: "It rained. Holger Schmieding, chief economist at Berenberg, was more cautious.",
            want: &[("Holger Schmieding", Person, &[])],
            not: &[],
        },
        ActorCase {
            name: "an industry word ends a company's name and its short form drops it; two words before an organisation's of are a person",
            text: "It rained. Nortek Semiconductor posted higher sales. Shares of Nortek rose. Vivek Arya of Bank of America was upbeat.",
            want: &[
                ("Nortek Semiconductor", Organization, &["Nortek"]),
                ("Vivek Arya", Person, &[]),
            ],
            not: &["Vivek Arya of Bank of America"],
        },
        ActorCase {
            name: "Brigadier, Justices, Democrat and scientists' fields are titles",
            text: "It rained. Army spokesman Brigadier General Nabil Abdallah said the attack failed. Justice Samuel Alito, joined by Justices Clarence Thomas and Neil Gorsuch, dissented. Democrat Elena Ruiz declared victory. Glaciologist Matthias Huss said the ice was melting.",
            want: &[
                ("Nabil Abdallah", Person, &[]),
                ("Clarence Thomas", Person, &[]),
                ("Elena Ruiz", Person, &[]),
                ("Matthias Huss", Person, &[]),
            ],
            not: &["Brigadier", "Justices Clarence Thomas", "Democrat Elena Ruiz", "Huss"],
        },
        ActorCase {
            name: "members named by an acronym title are no person; Outside opens no name; a workplace after analysts at is an organisation",
            text: "It rained. Several Labour MPs voiced doubts. Outside Parliament, campaigners gathered. Analysts at Jefferies said the fine was small.",
            want: &[("Jefferies", Organization, &[])],
            not: &["Labour MPs", "Outside Parliament"],
        },
        ActorCase {
            name: "a title's field after for (High Commissioner for Human Rights), not a listed organisation's first words",
            text: "It rained. U.N. High Commissioner for Human Rights Volker Turk warned of violence. Minister for Trade Kemi Badenoch said exports rose. A spokesman for Human Rights Watch said the vote was unfair.",
            want: &[
                ("Volker Turk", Person, &[]),
                ("Kemi Badenoch", Person, &[]),
                ("Human Rights Watch", Organization, &[]),
            ],
            not: &["U.N. High", "Human Rights Volker Turk", "Trade Kemi Badenoch"],
        },
        ActorCase {
            name: "a company named without its suffix is the company, not a person",
            text: "It rained. Japan's Nippon Paint Holdings agreed to buy a rival. Nippon Paint will pay 48 euros a share. Nippon Paint said it was happy.",
            want: &[("Nippon Paint Holdings", Organization, &["Nippon Paint"])],
            not: &[],
        },
        ActorCase {
            name: "Former opening a sentence is a title word; MEP, Advocate and selector are titles",
            text: "It rained. Former England captain Michael Atherton called it madness. Indian selector Ajit Agarkar said Bumrah was rested. Spanish MEP Javier Nart said the vote was fair.",
            want: &[
                ("Michael Atherton", Person, &[]),
                ("Ajit Agarkar", Person, &[]),
                ("Javier Nart", Person, &[]),
            ],
            not: &["Former England"],
        },
        ActorCase {
            name: "a country's name inside a place's name is not the country",
            text: "It rained. Arsenal beat Chelsea at the Emirates Stadium on Sunday, Mikel Arteta said.",
            want: &[("Mikel Arteta", Person, &[])],
            not: &["United Arab Emirates", "Emirates"],
        },
        ActorCase {
            name: "a name before a club's or company's title and a name is the employer, not a person",
            text: "It rained. On Wednesday, Aston Villa beat Bayern Munich. Villa manager Unai Emery said his players were brave. Moderna said it would cut jobs. Moderna's chief executive, Stephane Bancel, said costs were too high.",
            want: &[
                ("Aston Villa", Organization, &["Villa"]),
                ("Moderna", Organization, &[]),
                ("Unai Emery", Person, &[]),
                ("Stephane Bancel", Person, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a month's abbreviation before a name word is a first name; an age in commas makes a sentence's first two words a name",
            text: "It rained. Jun Cabrera, 61, who led the city, was found guilty. On Jun 5 the court met. Emiliano Martinez, 32, made several saves.",
            want: &[
                ("Jun Cabrera", Person, &[]),
                ("Emiliano Martinez", Person, &[]),
            ],
            not: &["Jun"],
        },
        ActorCase {
            name: "parties and bodies without an organisation word: Law and Justice, Democratic Alliance, Meteo-France",
            text: "It rained. Poland's ruling Law and Justice party lost its majority. The Democratic Alliance welcomed the pact. Meteo-France placed four departments on red alert.",
            want: &[
                ("Law and Justice", Organization, &[]),
                ("Democratic Alliance", Organization, &[]),
                ("Meteo-France", Organization, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "the plural of a title, and insurers, bankers, executives, are groups, not persons",
            text: "It rained. Nurses said the wards were full. Insurers said claims would rise. Executives said costs were high.",
            want: &[
                ("Nurses", Group, &[]),
                ("Insurers", Group, &[]),
                ("Executives", Group, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a capital after a known first name is a surname, and no branch of its country",
            text: "It rained. One of them, Joao Lima, a Portuguese-born engineer, was sentenced. Greenpeace France said it was bad.",
            want: &[
                ("Joao Lima", Person, &[]),
                ("Greenpeace France", Organization, &[]),
            ],
            not: &["Peru"],
        },
        ActorCase {
            name: "a telescope and a Grand Slam are things, not persons",
            text: "It rained. Astronomers using the James Webb Space Telescope found water. Carlos Alcaraz said he wanted a fifth Grand Slam title.",
            want: &[("Carlos Alcaraz", Person, &[])],
            not: &["James Webb Space Telescope", "Grand Slam"],
        },
        ActorCase {
            name: "press-freedom and anti-corruption bodies are named whole, not as the journalists or a surname (Borders)",
            text: "It rained. The Committee to Protect Journalists said the reporter was held. Reporters Without Borders said more journalists were jailed. Transparency International said corruption had worsened.",
            want: &[
                ("Committee to Protect Journalists", Organization, &[]),
                ("Reporters Without Borders", Organization, &[]),
                ("Transparency International", Organization, &[]),
            ],
            not: &["journalists", "Borders", "Rapid Support Forces"],
        },
        ActorCase {
            name: "AI is artificial intelligence, not the initials of Amnesty International",
            text: "It rained. Lawmakers approved rules for AI on Wednesday. Protesters from Amnesty International said the AI law missed a chance.",
            want: &[("Amnesty International", Organization, &[])],
            not: &["AI"],
        },
        ActorCase {
            name: "an organisation's name goes on through 'for the' / 'of the', but not into a country or from a word with no head",
            text: "It rained. The United Nations Office for the Coordination of Humanitarian Affairs said it was ready. Scientists at the University of Sheffield of the UK said crops suffered.",
            want: &[
                ("United Nations Office for the Coordination of Humanitarian Affairs", Organization, &[]),
                ("United Kingdom", Country, &["UK"]),
            ],
            not: &["Humanitarian Affairs"],
        },
        ActorCase {
            name: "a storm's name is no person; a dateline in capitals is no surname; a capital city ends a name",
            text: "SAO PAULO (Reuters) - Typhoon Kalmaegi killed 40 people, officials said. Her son, Paulo Costa, said she died in her sleep. Her granddaughter, Beatriz Costa Lima, a lawyer in Recife, said she never cared.",
            want: &[
                ("Paulo Costa", Person, &[]),
                ("Beatriz Costa Lima", Person, &[]),
            ],
            not: &["Typhoon Kalmaegi", "PAULO", "Beatriz Costa"],
        },
        ActorCase {
            name: "two particles in a name; a lower-case particle is no common word",
            text: "European Commission President Ursula von der Leyen congratulated voters. \"Companies will pay,\" said Boniface de Champris, a policy manager at the group.",
            want: &[
                ("Ursula von der Leyen", Person, &[]),
                ("Boniface de Champris", Person, &[]),
            ],
            not: &["Ursula"],
        },
        ActorCase {
            name: "an apposition whose head is a title or comes before a preposition describes a person, even at the start of a sentence",
            text: "It rained. Jaroslaw Kaczynski, the leader of the party, did not concede. Marc Lipsitch, an epidemiologist at Harvard University, said the public should not panic. Southern California Edison, the region's main utility, said power was cut.",
            want: &[
                ("Jaroslaw Kaczynski", Person, &[]),
                ("Marc Lipsitch", Person, &[]),
                ("Southern California Edison", Organization, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a description that is also a trade makes an organisation of a one-word name only",
            text: "It rained. Jan Kowalski, a software developer, said he was worried. Codelco, the state-owned miner, said output fell. Vantara, a games developer, said it would hire.",
            want: &[
                ("Jan Kowalski", Person, &[]),
                ("Codelco", Organization, &[]),
                ("Vantara", Organization, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "title and surname",
            text: "President Vladimir Putin met reporters. Putin said little.",
            want: &[("Vladimir Putin", Person, &["Putin"])],
            not: &[],
        },
        ActorCase {
            name: "indefinite pronouns are not names; energy companies",
            text: "\"Nobody told us to do it,\" said Helen Marsh. Shares in Nordvik Energy fell 14 percent. Nordvik Energy said it would cut 400 jobs.",
            want: &[
                ("Helen Marsh", Person, &[]),
                ("Nordvik Energy", Organization, &[]),
            ],
            not: &["Nobody"],
        },
        ActorCase {
            name: "a title after \"of the\" in a holder's apposition names someone else; an outlet told is not the company",
            text: "Ramtane Lamamra, the personal envoy of the UN Secretary-General, told a news conference that both sides had agreed. Shares in Nordvik Energy fell. Lars Eriksen told Reuters the company had enough cash.",
            want: &[
                ("Ramtane Lamamra", Person, &[]),
                ("Nordvik Energy", Organization, &["the company"]),
            ],
            not: &["the UN Secretary-General"],
        },
        ActorCase {
            name: "one unknown capitalised word before a title and a name is the holder's organisation",
            text: "\"This decision sends a powerful message,\" Spotify spokesperson Jeanne Moran said. Republican senator John Thune said the bill was dead. Former Springfield mayor Robert Hale denied it.",
            want: &[
                ("Spotify", Organization, &[]),
                ("Jeanne Moran", Person, &[]),
                ("John Thune", Person, &[]),
            ],
            not: &["Republican", "Springfield"],
        },
        ActorCase {
            name: "writers named only in a wire credit line are not actors",
            text: "Governor Eduardo Leite said the state was facing its worst disaster.\nAssociated Press writer Diane Jeantet contributed to this report from Rio de Janeiro.\nReporting by John Smith; Editing by Jane Doe",
            want: &[("Eduardo Leite", Person, &[])],
            not: &["Diane Jeantet", "John Smith", "Jane Doe"],
        },
        ActorCase {
            name: "writers named only in a byline are not actors",
            text: "Floods hit the south\nBy Jane Doe and Mark Twain, Associated Press\nGovernor Eduardo Leite said the state was facing its worst disaster.",
            want: &[("Eduardo Leite", Person, &[])],
            not: &["Jane Doe", "Mark Twain"],
        },
        ActorCase {
            name: "companies that look like people's names, and company heads",
            text: "Analysts at Morgan Stanley said sales were solid. According to Counterpoint Research, shares fell. A spokesperson for Samsung Electronics said it would act.",
            want: &[
                ("Morgan Stanley", Organization, &[]),
                ("Counterpoint Research", Organization, &[]),
                ("Samsung Electronics", Organization, &[]),
            ],
            not: &["Samsung"],
        },
        ActorCase {
            name: "an organisation's \"of\" tail ends before a title and its holder",
            text: "Bank of England Governor Andrew Bailey said inflation was falling. The Bank of England said rates would stay.",
            want: &[
                ("Andrew Bailey", Person, &[]),
                ("Bank of England", Organization, &[]),
            ],
            not: &["Bank of England Governor Andrew Bailey"],
        },
        ActorCase {
            name: "a scientist's field is a title, and a person of a company is no company",
            text: "Seismologist Lucy Jones said the fault was active. John Smith of Acme Corp said sales had doubled.",
            want: &[
                ("Lucy Jones", Person, &[]),
                ("John Smith", Person, &[]),
            ],
            not: &["John Smith of Acme Corp", "Seismologist Lucy Jones"],
        },
        ActorCase {
            name: "a title word ending a name after a first name is a surname, not before a name",
            text: "Commissioner Jeff Pope said the rolls were open. Novelist Stephen King said the book was done. Pope Francis said peace was possible.",
            want: &[
                ("Jeff Pope", Person, &[]),
                ("Stephen King", Person, &[]),
                ("Francis", Person, &[]),
            ],
            not: &["Jeff", "Novelist Stephen King"],
        },
        ActorCase {
            name: "a party named by its members is an organisation",
            text: "Finance Minister Christian Lindner, whose Free Democrats had insisted on the debt brake, said there would be no new debt. The Democrats said the bill would fail.",
            want: &[
                ("Free Democrats", Organization, &[]),
                ("Democrats", Organization, &[]),
                ("Christian Lindner", Person, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a title of several modifiers stays whole",
            text: "Chief Financial Officer Kevan Parekh said services revenue hit a record.",
            want: &[("Kevan Parekh", Person, &[])],
            not: &["Financial", "Chief Financial"],
        },
        ActorCase {
            name: "honorific and title alone",
            text: "U.S. President Donald Trump arrived. Mr. Trump spoke. The President later left.",
            want: &[
                ("Donald Trump", Person, &["Trump", "The President"]),
                ("United States", Country, &["U.S."]),
            ],
            not: &["President"],
        },
        ActorCase {
            name: "apposition role and possessive country",
            text: "Malaysia's Prime Minister, Najib Razak said the talks went well.",
            want: &[("Najib Razak", Person, &[]), ("Malaysia", Country, &[])],
            not: &[],
        },
        ActorCase {
            name: "organisations with heads and acronyms in brackets",
            text: "The Korean Central News Agency (KCNA) said the Korean People's Army was ready. KCNA added more.",
            want: &[
                ("Korean Central News Agency", Organization, &["KCNA"]),
                ("Korean People's Army", Organization, &[]),
            ],
            not: &["The Korean"],
        },
        ActorCase {
            name: "capital as metonym and demonym",
            text: "Washington and Moscow traded blame as Russian diplomats left and the American delegation stayed in Geneva today.",
            want: &[("United States", Country, &["Washington", "American"]), ("Russia", Country, &["Moscow"])],
            not: &[],
        },
        ActorCase {
            name: "sentence-initial common words are not names",
            text: "Yesterday the minister spoke. Voters would then choose. Names of participants were read.",
            want: &[],
            not: &["Yesterday", "Voters", "Names"],
        },
        ActorCase {
            name: "events and laws are not people",
            text: "He spoke on Waitangi Day about the Clean Air Act and the study in Nature Climate Change.",
            want: &[],
            not: &["Waitangi Day", "Clean Air Act", "Nature Climate Change"],
        },
        ActorCase {
            name: "silent groups are not reported",
            text: "Experts gathered in the hall while officials waited outside.",
            want: &[],
            not: &["Experts", "officials"],
        },
        ActorCase {
            name: "pronoun is not an alias",
            text: "Health Minister Jane Philpott arrived. She said the law would pass soon.",
            want: &[("Jane Philpott", Person, &[])],
            not: &["She"],
        },
        ActorCase {
            name: "company short name",
            text: "Apple Inc. unveiled a phone. \"We don't comment on rumours,\" an Apple spokeswoman said.",
            want: &[("Apple Inc", Organization, &["Apple"])],
            not: &[],
        },
        ActorCase {
            name: "a listed body whose name builds a title (NATO Secretary General, White House press secretary)",
            text: "It rained. NATO Secretary General Mark Rutte said allies were ready. White House press secretary Karoline Leavitt agreed.",
            want: &[
                ("NATO", Organization, &[]),
                ("White House", Organization, &[]),
                ("Mark Rutte", Person, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "one word of two capitalised halves named alone is a company (Kloofdal-Westgold said), a surname after its full name stays the person's (en21)",
            text: "It rained. Kloofdal-Westgold said output fell. Station manager Gareth Lloyd-Evans arrived. Lloyd-Evans said the roads were shut.",
            want: &[
                ("Kloofdal-Westgold", Organization, &[]),
                ("Gareth Lloyd-Evans", Person, &["Lloyd-Evans"]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a titled person's possessive before a body is the person's (Opposition Leader Peter Dutton's Liberal Party)",
            text: "It rained. Opposition Leader Peter Dutton's Liberal Party supported the bill.",
            want: &[("Peter Dutton", Person, &[]), ("Liberal Party", Organization, &[])],
            not: &["Opposition Leader Peter Dutton's Liberal Party"],
        },
        ActorCase {
            name: "two unknown capitalised words before a past-tense verb are a person, even after before or opening the sentence; a capital inside a stadium's name is no country",
            text: "It rained. Vinícius Júnior opened the scoring at the Santiago Bernabéu Stadium before Kylian Mbappé doubled the lead.",
            want: &[("Vinícius Júnior", Person, &[]), ("Kylian Mbappé", Person, &[])],
            not: &["Chile", "Santiago"],
        },
        ActorCase {
            name: "Portuguese particles do and das inside a name",
            text: "It rained. Police arrested Maria do Socorro Silva and Maria das Dores Costa.",
            want: &[("Maria do Socorro Silva", Person, &[]), ("Maria das Dores Costa", Person, &[])],
            not: &["Socorro Silva"],
        },
        ActorCase {
            name: "a dotted acronym is its listed letters' body (U.N. is the UN, listed case-sensitively)",
            text: "It rained. The U.N. said aid was ready. A.P. Moller-Maersk said ships were late.",
            want: &[("United Nations", Organization, &["U.N."])],
            not: &["Associated Press"],
        },
        ActorCase {
            name: "Dutch te and Welsh ap inside a name (en22)",
            text: "It rained. Dennis te Kloese and Adam Price ap Rhys met.",
            want: &[("Dennis te Kloese", Person, &[]), ("Adam Price ap Rhys", Person, &[])],
            not: &["Kloese", "Rhys"],
        },
        ActorCase {
            name: "a board heads a body's name and is \"the board\"; \"the German club\" is the German club named before (en22)",
            text: "It rained. The England and Wales Cricket Board named a squad. The board said Pope would lead. Bayern Munich signed Jan Smit, the German club announced.",
            want: &[
                ("England and Wales Cricket Board", Organization, &["The board"]),
                ("Bayern Munich", Organization, &["the German club"]),
            ],
            not: &[],
        },
        ActorCase {
            name: "a multi-word country's possessive is no part of the body after it; a journal's name is an outlet, not a person (en22)",
            text: "It rained. New Zealand's Labour Party conceded defeat. A study appeared in the journal Science Advances.",
            want: &[("Labour Party", Organization, &[])],
            not: &["New Zealand's Labour Party", "Science Advances"],
        },
        ActorCase {
            name: "a dotted acronym in a title is its body, though a capital follows (U.N. Secretary-General) (en22)",
            text: "It rained. U.N. Secretary-General Antonio Guterres said talks had failed.",
            want: &[("United Nations", Organization, &["U.N."]), ("Antonio Guterres", Person, &[])],
            not: &[],
        },
        ActorCase {
            name: "common words before a UK nation name a public body, also with for and at a paragraph's start; a first name or a compass word before it does not (en22)",
            text: "It rained. Natural Resources Wales issued 14 flood warnings. Public Health England said the risk was low to the public. Visit Scotland reported fewer bookings.\n\nTransport for Wales said trains were cancelled. Jimmy Wales spoke in North Wales. Floods hit New South Wales. The New England Journal of Medicine published it.",
            want: &[
                ("Natural Resources Wales", Organization, &[]),
                ("Public Health England", Organization, &[]),
                ("Visit Scotland", Organization, &[]),
                ("Transport for Wales", Organization, &[]),
            ],
            not: &["Health England", "North Wales", "New South Wales", "Wales", "New England"],
        },
        ActorCase {
            name: "\"the company\" is not a body named with an institution's word (National Union of Mineworkers, a Journal) (en21)",
            text: "It rained. Kelbrook Mining Ltd said the shaft was closed. The National Union of Mineworkers said it had warned of the risk, a charge the company denied.",
            want: &[("Kelbrook Mining Ltd", Organization, &["the company"])],
            not: &[],
        },
        ActorCase {
            name: "a country's name is a first name after a lower-case title (health critic France Gelinas, labour lawyer Jordan Whitby); MPP and critic are titles (en21)",
            text: "It rained. Health critic France Gelinas called for an inquiry. Labour lawyer Jordan Whitby said the vote was symbolic. Liberal MPP Adil Shamji agreed.",
            want: &[
                ("France Gelinas", Person, &[]),
                ("Jordan Whitby", Person, &[]),
                ("Adil Shamji", Person, &[]),
            ],
            not: &["France", "Jordan", "Liberal MPP Adil Shamji"],
        },
        ActorCase {
            name: "a country's name before a name word is no first name without a title, a description or a recurring surname (Berlin Marathon, Yemen's Houthi militants) (en21)",
            text: "It rained. Amina Diallo won the Berlin Marathon last year. Attacks by Yemen's Houthi militants forced ships away. Houthi officials said more would come.",
            want: &[("Yemen", Country, &[])],
            not: &["Berlin Marathon"],
        },
        ActorCase {
            name: "an acronym no list takes for a body is no person before a cue (\"DNA tells you who moved,\" he said) (en21)",
            text: "It rained. Professor Charles Higham spoke. \"DNA tells you who moved, but not always why,\" he said.",
            want: &[("Charles Higham", Person, &[])],
            not: &["DNA"],
        },
        ActorCase {
            name: "listed bodies (rules only): World Rugby, the People Power Party, the New Democratic Party, Junts, Oxfam Novib (en21)",
            text: "It rained. World Rugby said the tackle was under review. A spokesman for the ruling People Power Party disagreed. New Democratic Party health critic France Gelinas spoke. Junts spokeswoman Miriam Nogueras said no. The groups, including Oxfam Novib, went to court.",
            want: &[
                ("World Rugby", Organization, &[]),
                ("People Power Party", Organization, &[]),
                ("New Democratic Party", Organization, &[]),
                ("Junts", Organization, &[]),
                ("Oxfam Novib", Organization, &[]),
            ],
            not: &["Power Party", "Democratic Party"],
        },
        ActorCase {
            name: "AG, PLC, GmbH, NV end company names; Rival, Fellow open no name (Rival Kelbrook AG said) (en21)",
            text: "It rained. Rival Kelbrook AG said rates would fall. Fellow Dunmore Plc said profits would rise sharply this year.",
            want: &[
                ("Kelbrook AG", Organization, &[]),
                ("Dunmore Plc", Organization, &[]),
            ],
            not: &["Rival Kelbrook AG", "Fellow Dunmore Plc"],
        },
        ActorCase {
            name: "TV, Power and Platinum end organisations' names (Citizen TV, Kyushu Electric Power, Impala Platinum) (en23)",
            text: "It rained. Citizen TV said the ruling was fair. Kyushu Electric Power said its plant was safe. Impala Platinum said the rope had failed.",
            want: &[
                ("Citizen TV", Organization, &[]),
                ("Kyushu Electric Power", Organization, &[]),
                ("Impala Platinum", Organization, &[]),
            ],
            not: &[],
        },
        ActorCase {
            name: "Cabinet and Electoral build titles (Chief Cabinet Secretary, Chief Electoral Officer) (en23)",
            text: "It rained. Chief Cabinet Secretary Yoshimasa Hayashi spoke. Chief Electoral Officer Pankaj Agarwal said turnout was high.",
            want: &[
                ("Yoshimasa Hayashi", Person, &[]),
                ("Pankaj Agarwal", Person, &[]),
            ],
            not: &["Chief Cabinet", "Electoral"],
        },
        ActorCase {
            name: "a country closing an organisation's run is its name's (Minerals Council South Africa); a country and a sport name a national body (Sri Lanka Cricket) (en23)",
            text: "It rained. According to the Minerals Council South Africa, 49 people died. Sri Lanka Cricket said its squad would arrive on Friday.",
            want: &[
                ("Minerals Council South Africa", Organization, &[]),
                ("Sri Lanka Cricket", Organization, &[]),
            ],
            not: &["Minerals Council"],
        },
        ActorCase {
            name: "a first name between in and a region is a town (based in Charlotte, North Carolina); Santa Cruz and El Fasher are listed places (en23)",
            text: "It rained. Honeywell, based in Charlotte, North Carolina, said the deal would help. Maria Fernandez of the University of California, Santa Cruz, said it was water. Convoys could not reach El Fasher for weeks.",
            want: &[("Maria Fernandez", Person, &[])],
            not: &["Charlotte", "Santa Cruz", "El Fasher"],
        },
    ];
    for case in cases {
        let a = run(case.text);
        for (name, kind, aliases) in case.want {
            let actor = a
                .actors
                .iter()
                .find(|x| x.name == *name)
                .unwrap_or_else(|| panic!("{}: no actor {name} in {:?}", case.name, a.actors));
            assert_eq!(actor.kind, *kind, "{}: kind of {name}", case.name);
            for alias in *aliases {
                assert!(
                    actor.aliases.iter().any(|x| x == alias),
                    "{}: {name} lacks alias {alias}: {:?}",
                    case.name,
                    actor.aliases
                );
            }
        }
        // (two countries' bodies of one name are two actors)
        let mut names: Vec<(&str, Option<&str>)> = a
            .actors
            .iter()
            .map(|x| (x.name.as_str(), x.country.as_deref()))
            .collect();
        names.sort_unstable();
        assert!(
            names.windows(2).all(|w| w[0] != w[1]),
            "{}: two actors share a name and country: {names:?}",
            case.name
        );
        for name in case.not {
            assert!(
                !a.actors
                    .iter()
                    .any(|x| x.name == *name || x.aliases.iter().any(|y| y == name)),
                "{}: {name} should not be an actor: {:?}",
                case.name,
                a.actors
            );
        }
        for q in &a.quotes {
            assert_eq!(&case.text[q.span.start..q.span.end], q.text);
        }
    }
}

#[test]
fn roles_are_kept() {
    let a = run("Jeff Rathke, the State Department spokesperson, said it was over. U.S. President Donald Trump agreed.");
    let role = |n: &str| {
        a.actors
            .iter()
            .find(|x| x.name == n)
            .and_then(|x| x.role.clone())
    };
    assert_eq!(
        role("Jeff Rathke").as_deref(),
        Some("the State Department spokesperson")
    );
    assert_eq!(role("Donald Trump").as_deref(), Some("U.S. President"));
    // A relative clause is no role.
    let a = run("It rained. Arsenal forward Bukayo Saka scored. Saka, who was named player of the match, said the team stayed calm.");
    assert_eq!(
        a.actors
            .iter()
            .find(|x| x.name == "Bukayo Saka")
            .and_then(|x| x.role.clone()),
        None
    );
    // A portfolio or body no list knows before the title is the role's;
    // a royal rank after the office is the name's.
    for (text, name, want) in [
        (
            "It rained. Mineral Resources Minister Gwede Mantashe visited the site.",
            "Gwede Mantashe",
            "Mineral Resources Minister",
        ),
        // (a restrictive relative clause ends a role in apposition; policy
        // and mission build titles: en31)
        (
            "It rained. Dr Yuki Morimoto, a planetary scientist at the University of Tokyo who works on the camera, said it was round.",
            "Yuki Morimoto",
            "a planetary scientist at the University of Tokyo",
        ),
        (
            "It rained. The European Union's foreign policy chief, Kaja Kallas, said the bloc stood firm.",
            "Kaja Kallas",
            "The European Union's foreign policy chief",
        ),
        (
            "It rained. \"We are seeing details,\" mission manager Hiroshi Tanabe told a news conference.",
            "Hiroshi Tanabe",
            "mission manager",
        ),
        // (a listed body before the title: en31)
        (
            "It rained. Former UEFA president Michel Platini presented the trophy.",
            "Michel Platini",
            "UEFA president",
        ),
        // A title's field in lower case before a set-off name (en32).
        (
            "It rained. WWF-Australia's head of oceans, Richard Leck, said the plan failed.",
            "Richard Leck",
            "WWF-Australia's head of oceans",
        ),
        (
            "It rained. Board member Scott Esserman voted against.",
            "Scott Esserman",
            "Board member",
        ),
        (
            "It rained. Saudi Foreign Minister Prince Faisal bin Farhan said the talks went well.",
            "Faisal bin Farhan",
            "Saudi Foreign Minister",
        ),
        // A field that heads bodies (Energy, Petroleum) after a country's
        // word is the title's, not a company's name.
        (
            "It rained. Saudi Energy Minister Prince Abdulaziz bin Salman said the talks went well.",
            "Abdulaziz bin Salman",
            "Saudi Energy Minister",
        ),
        (
            "It rained. Egyptian Petroleum Minister Karim Badawi said the talks went well.",
            "Karim Badawi",
            "Egyptian Petroleum Minister",
        ),
    ] {
        let a = run(text);
        let role = a
            .actors
            .iter()
            .find(|x| x.name == name)
            .and_then(|x| x.role.clone());
        assert_eq!(role.as_deref(), Some(want), "{text}");
    }
    // British ministries: "Home" builds the title.
    let a = run("Home Secretary Yvette Cooper said the government would act.");
    let cooper = a.actors.iter().find(|x| x.name == "Yvette Cooper");
    assert_eq!(
        cooper.and_then(|x| x.role.as_deref()),
        Some("Home Secretary")
    );
}

#[test]
fn headline_is_not_analysed_for_names() {
    let a =
        run("Scientists Analyse Effects Of Global Warming\n\nThe study was published on Monday.");
    assert!(a.actors.is_empty(), "{:?}", a.actors);
}

#[test]
fn lead_ending_inside_a_quotation_is_no_headline() {
    // No title line: the first paragraph ends with the full stop inside
    // its closing quote mark, so it is the article's lead.
    let a = run("Foreign Minister Badr Abdelatty said on Sunday that talks had \"failed.\"\n\nThe talks will go on, he said.");
    assert!(
        a.actors.iter().any(|x| x.name == "Badr Abdelatty"),
        "{:?}",
        a.actors
    );
    assert!(
        a.quotes.iter().any(|q| q.text == "failed."),
        "{:?}",
        a.quotes
    );
}

#[test]
fn bad_input_never_panics() {
    let many_marks = "\"".repeat(5_000) + &"'".repeat(5_000) + &"“ ”".repeat(2_000);
    let long = "Mr. Smith said that \"it is fine,\" and left. ".repeat(20_000);
    for text in [
        "",
        " \n ",
        "<p>He said \"<b>no</b>\"</p>",
        many_marks.as_str(),
        long.as_str(),
        "said said said , , \" said",
    ] {
        let a = run(text);
        for q in &a.quotes {
            assert_eq!(&text[q.span.start..q.span.end], q.text);
        }
    }
}

#[test]
fn mixed_document_is_read_paragraph_by_paragraph() {
    let text = "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو لن تتراجع.\n\"We will not retreat,\" Foreign Minister Yoko Kamikawa said.";
    let a = crate::analyze(text).expect("analysis");
    assert!(
        a.actors.iter().any(|x| x.name == "Yoko Kamikawa"),
        "{:?}",
        a.actors
    );
    let english = a
        .quotes
        .iter()
        .find(|q| q.text == "We will not retreat")
        .expect("english quote");
    assert_eq!(
        a.speaker_of(english).map(|s| s.name.as_str()),
        Some("Yoko Kamikawa")
    );
}

#[test]
fn word_info_per_token_agrees_with_the_lists() {
    // The per-token cache answers as a lookup of the same key, for the
    // token's own key and for its parts (a title's full stop trimmed, a
    // possessive stripped), which miss the cache and are looked up.
    let texts = [
        "Gov. Jane Smith said on Monday the officials' plan, which the Prime Minister's aides rejected, would stand.",
        "\"We will go,\" said Dr. Ali. The U.S. said: no. Nurses' unions told reporters' groups so.",
    ];
    let facts = |i: super::words::Info| {
        (
            i.cue(),
            i.title_head(),
            i.is_title_mod(),
            i.is_function(),
            i.is_time(),
            i.may_start_group(),
        )
    };
    for text in texts {
        let doc = crate::text::document::Document::new(text);
        let mut findings = crate::findings::Findings::default();
        let e = super::English::new(&doc, 0..doc.tokens.len(), &mut findings);
        for k in 0..doc.tokens.len() {
            let key = e.key(k);
            for part in [
                key,
                key.trim_end_matches('.'),
                super::words::strip_possessive(key),
            ] {
                assert_eq!(facts(e.info(k, part)), facts(e.w.info(part)), "{part}");
            }
        }
    }
}

#[test]
fn place_ends_as_without_the_first_word_test() {
    // `place_end` skips words that start no listed place; it finds what
    // building every phrase key finds.
    let texts = [
        "In New York and New York's suburbs, Los Angeles and new york, the York team met in New Delhi.",
        "He left Hong Kong for Sao Paulo, then Tel Aviv, then new.",
    ];
    for text in texts {
        let doc = crate::text::document::Document::new(text);
        let mut findings = crate::findings::Findings::default();
        let e = super::English::new(&doc, 0..doc.tokens.len(), &mut findings);
        let end = doc.tokens.len();
        for i in 0..end {
            let mut key = String::new();
            let mut want = None;
            for k in i..end.min(i + super::names::MAX_PLACE_WORDS) {
                if !e.is_word(k) {
                    break;
                }
                if k > i {
                    key.push(' ');
                }
                key.push_str(super::words::strip_possessive(e.key(k)));
                if k > i && e.w.is_place(&key) {
                    want = Some(k + 1);
                }
            }
            assert_eq!(e.place_end(i, end), want, "{}", e.key(i));
        }
    }
}

#[test]
fn listed_by_first_byte_is_contains() {
    // The browser build's list test answers as `contains`.
    let list: &[&str] = &["the", "a", "an", "they", "", "über", "ab"];
    let keys = [
        "the", "th", "then", "a", "b", "", "an", "ab", "über", "üb", "x", "They",
    ];
    for key in keys {
        assert_eq!(
            super::listed_by_first_byte(list, key),
            list.contains(&key),
            "{key:?}"
        );
        assert_eq!(
            super::listed_by_first_byte(&list[..4], key),
            list[..4].contains(&key),
            "{key:?} without the empty word"
        );
    }
}

#[test]
fn acronym_shape_as_by_characters() {
    // The byte test answers as the test on characters it replaced.
    let by_chars = |w: &str| {
        w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
    };
    let words = [
        "NATO", "U.S.", "G20", "A", "A.", "I", "Nato", "nATO", "US", "2020", "ÉU", "ÉTÉ", "É",
        "AÉ", "NATÖ", "ABc", "A-B", "AB'", "ΑΒ", "ΑΒγ", "", ".", "A1", "AB1x",
    ];
    for w in words {
        assert_eq!(super::is_acronym_shaped(w), by_chars(w), "{w:?}");
    }
}
