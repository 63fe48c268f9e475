//! Which language an article is written in.
//!
//! The extract stage has resources for some languages only, and running
//! one language's rules over another's text makes facts out of noise (a
//! Russian recipe page gave 113 "claims" from its numbers, an Indonesian
//! sermon places named "Kita" and "Bukan"). So the language must be the
//! text's, not only what the page declares: sites mark German pages `en`
//! and English wire copy `de`. The declaration wins unless the text plainly
//! says otherwise.
//!
//! Two signals, both from the first 2,000 characters: the script most
//! letters are written in (`data/language_scripts.txt`), and for Latin
//! script the share of very frequent function words of each language
//! (`data/language_markers.txt`).

use std::collections::HashSet;
use std::sync::LazyLock;

/// Characters of the text looked at.
const SAMPLE_CHARS: usize = 2000;
/// Fewer words than this say nothing.
const MIN_WORDS: usize = 8;
/// A guess needs at least one marker word in this many words.
const GUESS_ONE_IN: usize = 12;
/// To overrule a page's declaration: at least one marker word in this many
/// words, this many words in all, and twice the hits of any other language.
const SURE_ONE_IN: usize = 8;
const SURE_MIN_WORDS: usize = 30;
/// Share of letters that makes a script the text's.
const SCRIPT_SHARE: f64 = 0.5;

struct Lexicon {
    markers: Vec<(String, HashSet<String>)>,
    scripts: Vec<(Script, Vec<String>)>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let lines = |s: &'static str| s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
    let mut markers = Vec::new();
    for l in lines(include_str!("../data/language_markers.txt")) {
        if let Some((code, words)) = l.split_once(':') {
            markers.push((code.trim().to_string(), words.split_whitespace().map(str::to_string).collect()));
        }
    }
    let mut scripts = Vec::new();
    for l in lines(include_str!("../data/language_scripts.txt")) {
        if let Some((name, codes)) = l.split_once(':') {
            // An unknown script name in the data file is a data bug; it is
            // skipped rather than failing every ingest.
            if let Some(script) = Script::from_name(name.trim()) {
                scripts.push((script, codes.split_whitespace().map(str::to_string).collect()));
            }
        }
    }
    Lexicon { markers, scripts }
});

/// Writing systems told apart by code point ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Hebrew,
    Greek,
    Devanagari,
    Thai,
    Hangul,
    Kana,
    Han,
}

impl Script {
    fn from_name(name: &str) -> Option<Script> {
        Some(match name {
            "latin" => Script::Latin,
            "cyrillic" => Script::Cyrillic,
            "arabic" => Script::Arabic,
            "hebrew" => Script::Hebrew,
            "greek" => Script::Greek,
            "devanagari" => Script::Devanagari,
            "thai" => Script::Thai,
            "hangul" => Script::Hangul,
            "kana" => Script::Kana,
            "han" => Script::Han,
            _ => return None,
        })
    }

    fn of(c: char) -> Option<Script> {
        Some(match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
            0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
            0x400..=0x52F => Script::Cyrillic,
            0x590..=0x5FF => Script::Hebrew,
            0x600..=0x6FF | 0x750..=0x77F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Script::Arabic,
            0x900..=0x97F => Script::Devanagari,
            0xE00..=0xE7F => Script::Thai,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
            0x3040..=0x30FF | 0x31F0..=0x31FF => Script::Kana,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
            _ => return None,
        })
    }
}

/// What the text alone says about its language.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Guess {
    code: String,
    /// Strong enough to overrule a page's declaration.
    sure: bool,
    /// The other languages this script allows (a page declaring one of them
    /// keeps it: Ukrainian is Cyrillic too).
    script_languages: Vec<String>,
}

fn guess(text: &str) -> Option<Guess> {
    let sample: String = text.chars().take(SAMPLE_CHARS).collect::<String>().to_lowercase();
    let lex = &*LEXICON;

    // Script: count letters per writing system.
    let mut counts: Vec<(Script, usize)> = Vec::new();
    let mut letters = 0usize;
    for c in sample.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if let Some(s) = Script::of(c) {
            match counts.iter_mut().find(|(k, _)| *k == s) {
                Some((_, n)) => *n += 1,
                None => counts.push((s, 1)),
            }
        }
    }
    // Japanese mixes kana with Han characters: any real share of kana makes it Japanese.
    let count = |s: Script| counts.iter().find(|(k, _)| *k == s).map_or(0, |(_, n)| *n);
    if letters > 0 && count(Script::Kana) * 10 >= letters && (count(Script::Kana) + count(Script::Han)) as f64 >= SCRIPT_SHARE * letters as f64 {
        return script_guess(lex, Script::Kana);
    }
    if let Some(&(script, n)) = counts.iter().max_by_key(|(_, n)| *n) {
        if script != Script::Latin && n as f64 >= SCRIPT_SHARE * letters as f64 {
            return script_guess(lex, script);
        }
    }

    // Latin script: function words.
    let words: Vec<&str> = sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let mut hits: Vec<(&str, usize)> =
        lex.markers.iter().map(|(code, markers)| (code.as_str(), words.iter().filter(|w| markers.contains(**w)).count())).collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1));
    let (code, best) = *hits.first()?;
    let second = hits.get(1).map_or(0, |h| h.1);
    if best * GUESS_ONE_IN < words.len() {
        return None;
    }
    let sure = best * SURE_ONE_IN >= words.len() && words.len() >= SURE_MIN_WORDS && best >= 2 * second;
    Some(Guess { code: code.to_string(), sure, script_languages: Vec::new() })
}

fn script_guess(lex: &Lexicon, script: Script) -> Option<Guess> {
    let (_, codes) = lex.scripts.iter().find(|(s, _)| *s == script)?;
    Some(Guess { code: codes.first()?.clone(), sure: true, script_languages: codes.clone() })
}

/// Guesses the language of `text` from its script and function words, or
/// `None` when the text is too short or mixed to tell.
pub fn guess_language(text: &str) -> Option<String> {
    guess(text).map(|g| g.code)
}

/// The article's language: what the page declares (`declared`, a primary
/// subtag), unless the text plainly is in another language; the text's
/// guess when nothing is declared; "und" when neither says.
pub fn resolve_language(declared: Option<&str>, text: &str) -> String {
    let guessed = guess(text);
    match (declared, guessed) {
        (Some(d), Some(g)) if g.sure && g.code != d && !g.script_languages.iter().any(|c| c == d) => g.code,
        (Some(d), _) => d.to_string(),
        (None, Some(g)) => g.code,
        (None, None) => "und".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENGLISH: &str = "The minister said on Tuesday that the government would send more troops to the border, \
        and that the operation was a success for the country. Officials from both sides have met in the capital \
        to discuss what the agreement means for trade, which is expected to grow.";
    const GERMAN: &str = "Die Regierung hat am Dienstag mitgeteilt, dass sie mehr Soldaten an die Grenze schicken wird. \
        Der Minister sagte, die Operation sei ein Erfolg für das Land, und auch die Opposition ist nicht dagegen. \
        Es ist noch nicht klar, wie viele Soldaten in den nächsten Wochen an der Grenze sein werden.";

    #[test]
    fn spanish_and_portuguese_are_told_apart() {
        let es = "El gobierno de México dijo que las tropas llegaron a la frontera el martes y que la operación fue un éxito para el país.";
        let pt = "O governo do Brasil disse que as tropas chegaram à fronteira na terça-feira e que a operação foi um sucesso para o país.";
        assert_eq!(guess_language(es).as_deref(), Some("es"));
        assert_eq!(guess_language(pt).as_deref(), Some("pt"));
    }

    #[test]
    fn scripts_name_their_languages() {
        assert_eq!(guess_language("Правительство заявило во вторник, что отправит больше войск к границе страны.").as_deref(), Some("ru"));
        assert_eq!(guess_language("정부는 화요일 국경에 더 많은 병력을 보낼 것이라고 밝혔다.").as_deref(), Some("ko"));
        assert_eq!(guess_language("政府は火曜日、国境により多くの部隊を派遣すると発表した。").as_deref(), Some("ja"));
        assert_eq!(guess_language("政府周二表示将向边境派遣更多部队。").as_deref(), Some("zh"));
    }

    #[test]
    fn the_text_overrules_a_wrong_declaration() {
        assert_eq!(resolve_language(Some("en"), GERMAN), "de");
        assert_eq!(resolve_language(Some("de"), ENGLISH), "en");
        assert_eq!(resolve_language(Some("en"), "Правительство заявило во вторник, что отправит больше войск."), "ru");
    }

    #[test]
    fn a_declaration_stands_when_the_text_agrees_or_cannot_tell() {
        assert_eq!(resolve_language(Some("en"), ENGLISH), "en");
        // Ukrainian is written in Cyrillic too: the script does not overrule it.
        assert_eq!(resolve_language(Some("uk"), "Уряд заявив у вівторок, що відправить більше військ до кордону."), "uk");
        // A list of names and numbers has too few function words to overrule anything.
        assert_eq!(resolve_language(Some("de"), "June 9 Tampa, FL. June 10 Nashville, TN. June 14 Charlotte, NC. June 15 Raleigh."), "de");
        assert_eq!(resolve_language(None, "Tampa Nashville"), "und");
        assert_eq!(resolve_language(None, ENGLISH), "en");
    }
}
