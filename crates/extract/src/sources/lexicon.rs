//! Word lists for sources and speech (`data/<lang>/speech_*`, `sources_*`),
//! merged into one map so that each token costs one lookup.

use std::sync::LazyLock;

use crate::entities::lexicon::{data_lines, WordMap};

/// A speech or attribution verb form.
#[derive(Debug, Clone, Copy)]
pub struct Verb {
    pub lemma: &'static str,
    /// Introduces direct quotes.
    pub quotes: bool,
    /// Takes a reported clause.
    pub clause: bool,
    /// Takes a recipient before the clause ("told reporters that").
    pub object: bool,
    /// Participle whose subject is the sentence subject ("saying").
    pub participle: bool,
    /// Belief verb: attribution only.
    pub belief: bool,
    /// The form is also a noun ("US states", "the Jewish state", "news
    /// reports"): a verb only after a subject that opens its clause.
    pub noun_form: bool,
    /// The verb also takes a plain noun-phrase object in another sense
    /// ("added a goal", "agreed a deal", "posted 25 points"): a counted or
    /// determined phrase after it that runs into a preposition, conjunction
    /// or punctuation is that object, not a reported clause.
    pub plain_object: bool,
    /// The verb reports speech only with the words it reports, a quote or
    /// a reported clause; its common sense reports nothing ("violence
    /// continued", "rescuers responded", "prosecutors charged the
    /// suspect", "contended for the nomination"): without them the frame
    /// makes no source (flag `u`).
    pub needs_words: bool,
    /// The form also names ("a firm called eTranslate"): right before a
    /// name that closes the phrase it gives the name, not speech (flag `m`).
    pub names: bool,
    /// The form is also a past participle after the phrase it was done to
    /// ("people accused of crimes", "a man charged with murder"): right
    /// before a preposition, with no auxiliary, the phrase before it is no
    /// speaker (flag `r`).
    pub reduced_passive: bool,
    /// "found the car in the parking lot": a determined phrase after the
    /// form that runs into a preposition of place or time, or ends the
    /// sentence, is what was found, not a reported clause ("found the
    /// car had been moved" still reports; flag `l`).
    pub found_object: bool,
    /// The verb gives a document's words ("the statement read: …"): its
    /// subject must be a document (flag `d`, srcev35).
    pub document_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadClass {
    Anon,
    Role,
    Spokes,
    Org,
    Doc,
}

#[derive(Debug, Clone, Copy)]
pub struct Head {
    pub lemma: &'static str,
    pub plural: bool,
    pub class: HeadClass,
    /// A country or agency modifier makes the people its staff.
    pub affiliated: bool,
    /// A relative or acquaintance ("his son", "her husband"): anonymous
    /// alone, but a name right after it is the person ("his son Abhijit
    /// Mukherjee"), as after a title (sixth column `kin`).
    pub kin: bool,
    /// The kind of state body the head names alone ("the ministry" ->
    /// government; seventh column), read with the article's country context.
    pub state_body: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    None,
    Gov,
    Mil,
    Intel,
    Police,
    UsGov,
}

#[derive(Debug, Clone, Copy)]
pub struct Quant {
    pub count: Option<u32>,
    pub definite: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounRef {
    Person,
    Org,
    Any,
}

#[derive(Debug, Clone, Copy)]
pub struct Pronoun {
    /// 'm', 'f' or '-'.
    pub gender: char,
    pub plural: bool,
    pub refers_to: PronounRef,
}

/// Everything the lexicon knows about one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    pub verb: Option<Verb>,
    pub head: Option<Head>,
    pub modifier: Option<Hint>,
    pub quant: Option<Quant>,
    pub pronoun: Option<Pronoun>,
    pub adverb: bool,
    /// Opens a postmodifier phrase or a fixed cue ("familiar", "according").
    pub phrase_start: bool,
    /// The first word of a two-word head ("coast" in "coast guard"): only
    /// after one is the pair looked up.
    pub compound_first: bool,
    /// Title class (`titles.tsv`), merged here so one lookup serves all.
    pub title: Option<crate::entities::TitleClass>,
    /// A capitalised function word that is not part of a name.
    pub function: bool,
    /// A preposition or possessive that may open a sentence and pass for a
    /// one-word name ("Per reports, …", "Her post …"): never a speaker on
    /// its own.
    pub not_speaker: bool,
    /// A preposition (`sources_prepositions.txt`).
    pub preposition: bool,
    /// Something one may be denied ("bail", "access"): after "deny" the
    /// verb withholds, it does not deny a claim (`speech_withheld.txt`).
    pub withheld: bool,
    /// A study of people ("study", "survey"): the counted group after it
    /// was studied (`sources_study_nouns.txt`).
    pub study: bool,
    /// A title whose office is "to" a country or body ("ambassador to
    /// Germany"; `sources_envoy_titles.txt`).
    pub envoy: bool,
    /// Opens a counted or determined noun phrase ("a", "his", "three";
    /// `speech_object_words.tsv`).
    pub object_opener: bool,
    /// An auxiliary or modal verb (`speech_object_words.tsv`).
    pub finite: bool,
    /// A contrastive conjunction ("but", "though"; `speech_object_words.tsv`).
    pub contrast: bool,
    /// "not", "never" (`speech_object_words.tsv`).
    pub negation: bool,
    /// A word of a closing time or setting adjunct ("on", "statement",
    /// "conference"; `speech_object_words.tsv`).
    pub adjunct: bool,
    /// Joins or opens a clause ("and", "as", "who"; `speech_object_words.tsv`):
    /// no word of a speaker phrase before "said".
    pub clause_link: bool,
    /// What is claimed that is no statement ("claimed responsibility for the
    /// attack, which killed 11"; `speech_object_words.tsv`).
    pub claimed_deed: bool,
    /// What is claimed that is taken into one's keeping, not said ("the
    /// family claimed his body", "claimed the title";
    /// `speech_object_words.tsv`).
    pub claimed_possession: bool,
    /// A gerund of perception that a verb of telling reports ("described
    /// witnessing 35 bodies"; `speech_object_words.tsv`).
    pub perception_gerund: bool,
    /// A place of work or refuge named after its proper name ("a doctor at
    /// Al-Shifa hospital"; `speech_object_words.tsv`).
    pub facility: bool,
    /// A direction before that place ("in northern Kenya";
    /// `speech_object_words.tsv`).
    pub place_modifier: bool,
    /// A head whose "of / for / to / with / at X" names whom the people
    /// work for ("a member of Congress", "an aide to the governor";
    /// `speech_object_words.tsv`).
    pub staff: bool,
    /// A verb that rejects what others report ("dismissed reports that …";
    /// `speech_object_words.tsv`): with a report noun after it, its subject
    /// denies the reported clause.
    pub dismissal: bool,
    /// What such a verb rejects ("reports", "claims", "allegations").
    pub report_noun: bool,
    /// What one denies besides a report: "denied involvement",
    /// "denied wrongdoing" (`denied_object`).
    pub denied_object: bool,
    /// May stand before "reports" that name no one ("some", "media",
    /// "unconfirmed"; `hearsay_modifier`).
    pub hearsay_modifier: bool,
    /// Capitalised, makes a run of capitalised words an organisation's
    /// name ("Without", "Sans"; `entity_org_words.tsv`).
    pub org_inner: bool,
    /// Capitalised, opens an organisation's name before "the" ("Save").
    pub org_opener: bool,
    /// Ends such a run on its left ("Monday").
    pub org_stop: bool,
    /// A word of a ministry's portfolio ("the ministry of health", "the
    /// department of foreign affairs"; `speech_object_words.tsv`).
    pub portfolio: bool,
    /// Opens a supposed case: "if", "suppose" (`speech_object_words.tsv`).
    pub hypothetical: bool,
    /// After a hyphen, makes an adjective ("based" of "London-based";
    /// `hyphen_modifier` in `speech_object_words.tsv`).
    pub hyphen_modifier: bool,
    /// After "found": opens the thing found besides an `object_opener`
    /// ("the"), a place or time word that ends it, a word that makes it a
    /// clause instead (`found_opener`, `found_place`, `found_clause` in
    /// `speech_object_words.tsv`).
    pub found_opener: bool,
    pub found_place: bool,
    pub found_clause: bool,
    /// A company's legal suffix ("Inc.", "Ltd"; `corp_suffix` in
    /// `speech_object_words.tsv`): after a comma it still belongs to the
    /// name before it.
    pub corp_suffix: bool,
    /// A web page as a source ("website"; `site_head` in
    /// `speech_object_words.tsv`): an outlet's website is the outlet.
    pub site_head: bool,
    /// A relative word that may stand for a speaker before its verb ("Tom
    /// Reyes, who said", "a statement which read"; `speaker_relative`),
    /// and those of them that may follow a comma (`comma_relative`).
    pub speaker_relative: bool,
    pub comma_relative: bool,
    /// Of those, the one for people ("who"): it may stand for a person
    /// after a preposition ("according to police, who said").
    pub person_relative: bool,
    /// Opens a relative clause whose subject gives a figure ("in what
    /// organizers estimated at …"; `sources_figure_words.tsv`).
    pub figure_relative: bool,
    /// In such a clause, a verb that credits the figure to its subject
    /// ("estimated", "put", "said"; `sources_figure_words.tsv`).
    pub figure_verb: bool,
    /// A verb that sets a tally at a figure ("put the toll at 44";
    /// `sources_figure_words.tsv`).
    pub figure_setter: bool,
    /// A verb that revises a tally to a figure ("revised the toll down to
    /// 12", "raised the death toll to 27"; `reviser` in
    /// `sources_figure_words.tsv`).
    pub figure_reviser: bool,
    /// A tally noun a reviser may revise ("toll", "count", "figure"; not
    /// "number", which a deed raises: "raised the number of troops").
    pub revised_tally: bool,
    /// A noun for a tally such a verb sets ("toll", "number").
    pub tally_noun: bool,
    /// A passive participle whose agent gives the figure before it ("The
    /// figure of 64 dead, given by the Pentagon"; `sources_figure_words.tsv`).
    pub figure_giver: bool,
    /// A passive stance participle and its lemma ("disputed" → "dispute",
    /// "rejected" → "deny"): its "by" agent takes that stance on the
    /// statement before it (`claims_stance_participles.tsv`, claims27).
    pub stance: Option<&'static str>,
    /// As a person's first name, clearly 'm' or 'f' (US Census 1990 first
    /// names, `first_names_gender.tsv`).
    pub first_name: Option<char>,
}

pub struct SourceLexicon {
    words: WordMap<WordInfo>,
    /// Postmodifier phrases, as lower-case word lists.
    pub postmodifiers: Vec<Vec<&'static str>>,
    /// The postmodifiers that say why a source is not named ("speaking on
    /// condition of anonymity"): marked `anon` in the data.
    pub anonymity: Vec<Vec<&'static str>>,
    /// Heads of two words ("coast guard", "civil defence"), lower case:
    /// first word, second word, and the head the pair makes.
    pub compound_heads: Vec<(&'static str, &'static str, Head)>,
    /// Fixed non-verb cues ("according to"): words and lemma.
    pub frames: Vec<(Vec<&'static str>, &'static str)>,
    /// Social platforms, lower case: where a post appeared, not who said it.
    platforms: Vec<String>,
    /// Last words of bodies' names that a lower-case topic may follow
    /// (`sources_topic_bodies.txt`).
    topic_bodies: Vec<String>,
    /// Phrases that join reports to who sent or gathered them
    /// (`sources_report_links.txt`), as lower-case word sequences, longest
    /// first.
    pub report_links: Vec<Vec<String>>,
}

static ENGLISH: LazyLock<SourceLexicon> = LazyLock::new(|| {
    SourceLexicon::from_data(
        include_str!("../../data/en/speech_verbs.tsv"),
        include_str!("../../data/en/speech_pronouns.tsv"),
        include_str!("../../data/en/speech_adverbs.txt"),
        include_str!("../../data/en/speech_frames.tsv"),
        include_str!("../../data/en/sources_heads.tsv"),
        include_str!("../../data/en/sources_modifiers.tsv"),
        include_str!("../../data/en/sources_quantifiers.tsv"),
        include_str!("../../data/en/sources_postmodifiers.tsv"),
        include_str!("../../data/en/sources_not_speakers.txt"),
        include_str!("../../data/en/sources_platforms.txt"),
        include_str!("../../data/en/sources_prepositions.txt"),
        include_str!("../../data/en/speech_withheld.txt"),
        include_str!("../../data/en/sources_study_nouns.txt"),
        include_str!("../../data/en/sources_envoy_titles.txt"),
        include_str!("../../data/en/speech_object_words.tsv"),
        include_str!("../../data/en/first_names_gender.tsv"),
        include_str!("../../data/en/sources_figure_words.tsv"),
        include_str!("../../data/en/sources_topic_bodies.txt"),
        include_str!("../../data/en/sources_report_links.txt"),
    )
});

impl SourceLexicon {
    pub fn english() -> &'static SourceLexicon {
        &ENGLISH
    }

    #[allow(clippy::too_many_arguments)]
    fn from_data(
        verbs: &'static str,
        pronouns: &'static str,
        adverbs: &'static str,
        frames: &'static str,
        heads: &'static str,
        modifiers: &'static str,
        quants: &'static str,
        postmods: &'static str,
        not_speakers: &'static str,
        platforms: &'static str,
        prepositions: &'static str,
        withheld: &'static str,
        study_nouns: &'static str,
        envoy_titles: &'static str,
        object_words: &'static str,
        first_names: &'static str,
        figure_words: &'static str,
        topic_bodies: &'static str,
        report_links: &'static str,
    ) -> SourceLexicon {
        let mut words: WordMap<WordInfo> = WordMap::default();
        for line in data_lines(verbs) {
            let c: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            if c.len() < 3 {
                continue;
            }
            let f = c[2];
            words.get_mut_or_default(c[0]).verb = Some(Verb {
                lemma: c[1],
                quotes: f.contains('q'),
                clause: f.contains('c'),
                object: f.contains('o'),
                participle: f.contains('p'),
                belief: f.contains('b'),
                noun_form: f.contains('n'),
                plain_object: f.contains('j'),
                needs_words: f.contains('u'),
                names: f.contains('m'),
                reduced_passive: f.contains('r'),
                found_object: f.contains('l'),
                document_only: f.contains('d'),
            });
        }
        for line in data_lines(pronouns) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            if c.len() < 4 {
                continue;
            }
            let refers_to = match c[3] {
                "person" => PronounRef::Person,
                "org" => PronounRef::Org,
                _ => PronounRef::Any,
            };
            words.get_mut_or_default(c[0]).pronoun =
                Some(Pronoun { gender: c[1].chars().next().unwrap_or('-'), plural: c[2] == "p", refers_to });
        }
        for line in data_lines(adverbs) {
            words.get_mut_or_default(line.trim()).adverb = true;
        }
        for line in data_lines(not_speakers) {
            words.get_mut_or_default(line.trim()).not_speaker = true;
        }
        for line in data_lines(prepositions) {
            words.get_mut_or_default(line.trim()).preposition = true;
        }
        for line in data_lines(withheld) {
            words.get_mut_or_default(line.trim()).withheld = true;
        }
        for line in data_lines(study_nouns) {
            words.get_mut_or_default(line.trim()).study = true;
        }
        for line in data_lines(envoy_titles) {
            words.get_mut_or_default(line.trim()).envoy = true;
        }
        for line in data_lines(first_names) {
            let Some((name, g)) = line.split_once('\t') else { continue };
            if let Some(g @ ('m' | 'f')) = g.trim().chars().next() {
                words.get_mut_or_default(name.trim()).first_name = Some(g);
            }
        }
        for line in data_lines(figure_words) {
            let Some((kind, word)) = line.split_once('\t') else { continue };
            let info = words.get_mut_or_default(word.trim());
            match kind.trim() {
                "relative" => info.figure_relative = true,
                "verb" => info.figure_verb = true,
                "setter" => info.figure_setter = true,
                "reviser" => info.figure_reviser = true,
                "revised_tally" => info.revised_tally = true,
                "tally" => info.tally_noun = true,
                "given" => info.figure_giver = true,
                _ => {}
            }
        }
        for line in data_lines(include_str!("../../data/en/claims_stance_participles.tsv")) {
            if let Some((word, lemma)) = line.split_once('\t').filter(|(w, _)| w.trim() != "participle") {
                words.get_mut_or_default(word.trim()).stance = Some(lemma.trim());
            }
        }
        for line in data_lines(object_words).chain(data_lines(include_str!("../../data/en/entity_org_words.tsv"))) {
            let Some((group, list)) = line.split_once('\t') else { continue };
            for w in list.split_whitespace() {
                let info = words.get_mut_or_default(w);
                match group.trim() {
                    "opener" | "bare_object" => info.object_opener = true,
                    "finite" => info.finite = true,
                    "contrast" => info.contrast = true,
                    "negation" => info.negation = true,
                    "adjunct" => info.adjunct = true,
                    "clause_link" => info.clause_link = true,
                    "claimed_deed" => info.claimed_deed = true,
                    "claimed_possession" => info.claimed_possession = true,
                    "perception_gerund" => info.perception_gerund = true,
                    "facility" => info.facility = true,
                    "place_modifier" => info.place_modifier = true,
                    "staff" => info.staff = true,
                    "dismissal" => info.dismissal = true,
                    "report_noun" => info.report_noun = true,
                    "denied_object" => info.denied_object = true,
                    "hearsay_modifier" => info.hearsay_modifier = true,
                    "org_inner" => info.org_inner = true,
                    "org_opener" => info.org_opener = true,
                    "org_stop" => info.org_stop = true,
                    "portfolio" => info.portfolio = true,
                    "hypothetical" => info.hypothetical = true,
                    "hyphen_modifier" => info.hyphen_modifier = true,
                    "found_opener" => info.found_opener = true,
                    "found_place" => info.found_place = true,
                    "found_clause" => info.found_clause = true,
                    "corp_suffix" => info.corp_suffix = true,
                    "site_head" => info.site_head = true,
                    "speaker_relative" => info.speaker_relative = true,
                    "comma_relative" => info.comma_relative = true,
                    "person_relative" => info.person_relative = true,
                    _ => {}
                }
            }
        }
        let mut frame_list = Vec::new();
        for line in data_lines(frames) {
            let c: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            if c.len() < 2 {
                continue;
            }
            let ws: Vec<&'static str> = c[0].split(' ').collect();
            if let Some(first) = ws.first() {
                words.get_mut_or_default(first).phrase_start = true;
            }
            frame_list.push((ws, c[1]));
        }
        let mut compound_heads = Vec::new();
        for line in data_lines(heads) {
            let c: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            if c.len() < 4 {
                continue;
            }
            let class = match c[3] {
                "anon" => HeadClass::Anon,
                "role" => HeadClass::Role,
                "spokes" => HeadClass::Spokes,
                "org" => HeadClass::Org,
                "doc" => HeadClass::Doc,
                _ => continue,
            };
            let head = Head { lemma: c[1], plural: c[2] == "p", class, affiliated: c.get(4) == Some(&"y"), kin: c.get(5) == Some(&"kin"), state_body: c.get(6).copied().filter(|k| matches!(*k, "government" | "military" | "police")) };
            // "coast guard": a head of two words is its second word after
            // the first (neither is a head alone).
            if let Some((first, second)) = c[0].split_once(' ') {
                words.get_mut_or_default(first).compound_first = true;
                compound_heads.push((first, second, head));
                continue;
            }
            words.get_mut_or_default(c[0]).head = Some(head);
        }
        for line in data_lines(modifiers) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            if c.len() < 2 {
                continue;
            }
            let hint = match c[1] {
                "gov" => Hint::Gov,
                "mil" => Hint::Mil,
                "intel" => Hint::Intel,
                "police" => Hint::Police,
                "usgov" => Hint::UsGov,
                _ => Hint::None,
            };
            words.get_mut_or_default(c[0]).modifier = Some(hint);
        }
        for line in data_lines(quants) {
            let c: Vec<&str> = line.split('\t').map(str::trim).collect();
            if c.len() < 3 {
                continue;
            }
            words.get_mut_or_default(c[0]).quant = Some(Quant { count: c[1].parse().ok(), definite: c[2] == "y" });
        }
        let mut postmodifiers = Vec::new();
        let mut anonymity = Vec::new();
        for line in data_lines(postmods) {
            let mut cols = line.split('\t');
            let ws: Vec<&'static str> = cols.next().unwrap_or_default().trim().split(' ').collect();
            if let Some(first) = ws.first() {
                words.get_mut_or_default(first).phrase_start = true;
            }
            if cols.next().is_some_and(|c| c.trim() == "anon") {
                anonymity.push(ws.clone());
            }
            postmodifiers.push(ws);
        }
        for line in data_lines(crate::entities::lexicon::TITLES_EN) {
            let mut cols = line.split('\t');
            if let (Some(w), Some(c)) = (cols.next(), cols.next()) {
                let e = words.get_mut_or_default(w.trim());
                if e.title.is_none() {
                    e.title = crate::entities::lexicon::parse_title_class(c);
                }
            }
        }
        for line in data_lines(crate::entities::lexicon::FUNCTION_WORDS_EN) {
            words.get_mut_or_default(line.trim()).function = true;
        }
        let platforms = data_lines(platforms).map(|l| l.trim().to_lowercase()).collect();
        let topic_bodies = data_lines(topic_bodies).map(|l| l.trim().to_lowercase()).collect();
        let mut report_links: Vec<Vec<String>> =
            data_lines(report_links).map(|l| l.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>()).filter(|w| !w.is_empty()).collect();
        report_links.sort_by_key(|l| std::cmp::Reverse(l.len()));
        SourceLexicon { words, postmodifiers, anonymity, compound_heads, frames: frame_list, platforms, topic_bodies, report_links }
    }

    /// `word` ends the name of a body that a lower-case topic may follow
    /// ("Commission" of "the Lancet Commission on pollution and health").
    pub fn is_topic_body(&self, word: &str) -> bool {
        self.topic_bodies.iter().any(|b| b.eq_ignore_ascii_case(word))
    }

    /// `name` is a social platform ("Twitter", "Truth Social").
    pub fn is_platform(&self, name: &str) -> bool {
        self.platforms.iter().any(|p| p.eq_ignore_ascii_case(name.trim()))
    }

    pub fn info(&self, word: &str) -> WordInfo {
        self.words.get(word).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_loads_verbs_heads_and_quantifiers() {
        let lex = SourceLexicon::english();
        let said = lex.info("Said");
        assert_eq!(said.verb.map(|v| v.lemma), Some("say"));
        assert!(lex.info("saying").verb.is_some_and(|v| v.participle));
        let officials = lex.info("officials").head.unwrap();
        assert!(officials.plural && officials.class == HeadClass::Anon && officials.affiliated);
        assert_eq!(lex.info("two").quant.and_then(|q| q.count), Some(2));
        assert!(lex.info("she").pronoun.is_some());
        assert!(lex.info("according").phrase_start);
    }
}
