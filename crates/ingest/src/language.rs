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
    /// Language codes of the marker lists, in file order (at most 16).
    codes: Vec<String>,
    /// Marker words packed into a `u64` (lower case, at most eight bytes),
    /// sorted, each with the bit set of the languages it marks: one binary
    /// search per word of the sample, no hashing.
    markers: Vec<(u64, u16)>,
    scripts: Vec<(Script, Vec<String>)>,
}

/// A word of at most eight bytes as a number; `None` when longer.
fn pack(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    (b.len() <= 8).then(|| b.iter().fold(0u64, |k, &x| (k << 8) | u64::from(x)))
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let lines = |s: &'static str| s.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'));
    let mut codes = Vec::new();
    let mut markers: Vec<(u64, u16)> = Vec::new();
    for l in lines(include_str!("../data/language_markers.txt")) {
        if let Some((code, words)) = l.split_once(':') {
            if codes.len() == 16 {
                break;
            }
            let bit = 1u16 << codes.len();
            codes.push(code.trim().to_string());
            // A marker longer than eight bytes cannot be packed; the data
            // file has none (function words are short).
            markers.extend(words.split_whitespace().filter_map(pack).map(|k| (k, bit)));
        }
    }
    markers.sort_unstable();
    markers.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 |= b.1;
        }
        same
    });
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
    Lexicon { codes, markers, scripts }
});

/// Writing systems told apart by code point ranges.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
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
    /// In discriminant order.
    const ALL: [Script; SCRIPTS] = [
        Script::Latin,
        Script::Cyrillic,
        Script::Arabic,
        Script::Hebrew,
        Script::Greek,
        Script::Devanagari,
        Script::Thai,
        Script::Hangul,
        Script::Kana,
        Script::Han,
    ];

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

/// Counts over the sample, in one pass without allocation: this runs on
/// every article.
struct Counts {
    letters: usize,
    scripts: [usize; SCRIPTS],
    words: usize,
    hits: [usize; 16],
}

const SCRIPTS: usize = 10;

impl Counts {
    fn of(text: &str, markers: &[(u64, u16)]) -> Counts {
        let mut c = Counts { letters: 0, scripts: [0; SCRIPTS], words: 0, hits: [0; 16] };
        // The current word, lower-cased and packed while it fits.
        let (mut key, mut len, mut in_word) = (0u64, 0usize, false);
        // A capitalised function word inside a sentence is part of a name
        // ("Rocky De La Fuente", "Los Angeles", "The Hague"), not the
        // language's: it counts only at a sentence's start.
        let (mut sentence_start, mut word_named) = (true, false);
        let end_word = |key: u64, len: usize, named: bool, c: &mut Counts| {
            c.words += 1;
            if len <= 8 && !named {
                if let Ok(i) = markers.binary_search_by(|m| m.0.cmp(&key)) {
                    let mut bits = markers[i].1;
                    while bits != 0 {
                        c.hits[bits.trailing_zeros() as usize] += 1;
                        bits &= bits - 1;
                    }
                }
            }
        };
        let bytes = text.as_bytes();
        let (mut i, mut chars) = (0usize, 0usize);
        while i < bytes.len() && chars < SAMPLE_CHARS {
            chars += 1;
            let b = bytes[i];
            // ASCII, most of most samples, without decoding.
            if b < 0x80 {
                i += 1;
                if b.is_ascii_alphabetic() {
                    c.letters += 1;
                    c.scripts[Script::Latin as usize] += 1;
                    if !in_word {
                        word_named = b.is_ascii_uppercase() && !sentence_start;
                    }
                    in_word = true;
                    len += 1;
                    if len <= 8 {
                        key = (key << 8) | u64::from(b.to_ascii_lowercase());
                    }
                } else {
                    if in_word {
                        end_word(key, len, word_named, &mut c);
                        (key, len, in_word, sentence_start) = (0, 0, false, false);
                    }
                    if matches!(b, b'.' | b'!' | b'?' | b'\n') {
                        sentence_start = true;
                    }
                }
                continue;
            }
            let Some(ch) = text[i..].chars().next() else { break };
            i += ch.len_utf8();
            // The script ranges hold letters; Unicode's table is asked only
            // about the rest.
            let script = Script::of(ch);
            if script.is_none() && !ch.is_alphabetic() {
                if in_word {
                    end_word(key, len, word_named, &mut c);
                    (key, len, in_word, sentence_start) = (0, 0, false, false);
                }
                continue;
            }
            c.letters += 1;
            if let Some(s) = script {
                c.scripts[s as usize] += 1;
            }
            if !in_word {
                word_named = ch.is_uppercase() && !sentence_start;
            }
            in_word = true;
            if script != Some(Script::Latin) {
                // Marker words are all in Latin script: this word is none.
                len = 9;
                continue;
            }
            let lower = ch.to_lowercase().next().unwrap_or(ch);
            let mut buf = [0u8; 4];
            for &x in lower.encode_utf8(&mut buf).as_bytes() {
                len += 1;
                if len <= 8 {
                    key = (key << 8) | u64::from(x);
                }
            }
        }
        if in_word {
            end_word(key, len, word_named, &mut c);
        }
        c
    }

    fn script(&self, s: Script) -> usize {
        self.scripts[s as usize]
    }
}

fn guess(text: &str) -> Option<Guess> {
    let lex = &*LEXICON;
    let c = Counts::of(text, &lex.markers);

    // Script. Japanese mixes kana with Han characters: any real share of
    // kana makes it Japanese.
    let (kana, han) = (c.script(Script::Kana), c.script(Script::Han));
    if c.letters > 0 && kana * 10 >= c.letters && (kana + han) as f64 >= SCRIPT_SHARE * c.letters as f64 {
        return script_guess(lex, Script::Kana);
    }
    if let Some((i, &n)) = c.scripts.iter().enumerate().max_by_key(|(_, n)| **n) {
        let script = Script::ALL[i];
        if script != Script::Latin && n > 0 && n as f64 >= SCRIPT_SHARE * c.letters as f64 {
            return script_guess(lex, script);
        }
    }

    // Latin script: function words.
    if c.words < MIN_WORDS {
        return None;
    }
    let mut hits: Vec<(usize, usize)> = c.hits.iter().copied().enumerate().take(lex.codes.len()).collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let (best_at, best) = *hits.first()?;
    let second = hits.get(1).map_or(0, |h| h.1);
    if best * GUESS_ONE_IN < c.words {
        return None;
    }
    let sure = best * SURE_ONE_IN >= c.words && c.words >= SURE_MIN_WORDS && best >= 2 * second;
    Some(Guess { code: lex.codes[best_at].clone(), sure, script_languages: Vec::new() })
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
    fn scripts_are_listed_in_discriminant_order() {
        for (i, s) in Script::ALL.iter().enumerate() {
            assert_eq!(*s as usize, i);
        }
    }

    #[test]
    fn function_words_inside_names_do_not_make_the_language() {
        // Spanish articles in English sentences: names, not Spanish.
        let text = "Rocky De La Fuente announced his campaign in May. De La Fuente said he would win. Later, De La Fuente visited Ohio.";
        assert_eq!(guess_language(text).as_deref(), Some("en"));
        let text = "Officials in Los Angeles and La Paz said the El Paso office of Del Monte would open in San Diego in June.";
        assert_eq!(guess_language(text).as_deref(), Some("en"));
        // At a sentence's start a capitalised function word still counts.
        let es = "La policía dijo que el ataque fue en la noche. El gobierno dijo que las tropas llegaron a la frontera. Los soldados están en la ciudad.";
        assert_eq!(guess_language(es).as_deref(), Some("es"));
    }

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
