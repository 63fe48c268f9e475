//! Interviews: the answers are the interviewee's direct words though no
//! quotation mark or speech verb says so. Three layouts (Q/A labels, names
//! in double parentheses, broadcast transcripts in capitals) and the shapes
//! that only look like them. Texts written for this test.

mod common;

use newsledger_model::{ClaimStatus, Facts, QuoteKind};

fn analyze(text: &str) -> Facts {
    common::analyze_undated(text)
}

/// (speaker name, quote text) of every quote.
fn quotes(f: &Facts) -> Vec<(String, String)> {
    f.quotes
        .iter()
        .map(|q| {
            let name = q.source.as_ref().and_then(|s| f.sources.iter().find(|x| &x.id == s)).map_or(String::new(), |s| s.name.clone());
            (name, q.text.clone())
        })
        .collect()
}

fn quoted_by<'a>(qs: &'a [(String, String)], words: &str) -> Option<&'a str> {
    qs.iter().find(|(_, t)| t.contains(words)).map(|(s, _)| s.as_str())
}

#[test]
fn answers_after_q_and_a_labels_are_the_interviewees() {
    let texts = [
        (
            "Marta Quiroga Lind, the new director of the river authority, spoke to us about the flood season. Quiroga Lind took office in March.\n\nQ: What comes first?\n\nA: Repairing the levees. Three of them failed last spring.\n\nWe also rebuilt the pumping station at Santa Rosa.\n\nQ: Is there money for it?\n\nA: The ministry has promised more, but nothing has arrived yet.\n\nThanks, Marta!",
            "Marta Quiroga Lind",
            &["Repairing the levees", "We also rebuilt the pumping station", "nothing has arrived yet"][..],
            &["What comes first", "Is there money", "Thanks, Marta"][..],
        ),
        (
            "Tobias Renner Holm has coached the national rowing team since 2019. We asked Renner Holm about the season.\n\nQuestion: How is the team?\n\nAnswer: Tired but happy. We won four races in May.\n\nQuestion: And next year?\n\nAnswer: We want the world title.",
            "Tobias Renner Holm",
            &["Tired but happy", "We want the world title"][..],
            &["How is the team", "And next year"][..],
        ),
    ];
    for (text, who, said, unsaid) in texts {
        let f = analyze(text);
        let qs = quotes(&f);
        for &words in said {
            assert_eq!(quoted_by(&qs, words), Some(who), "{words:?} in {qs:?}");
            let q = f.quotes.iter().find(|q| q.text.contains(words)).expect("quoted");
            assert_eq!(q.kind, QuoteKind::Direct);
            assert_eq!(&text[q.evidence.start..q.evidence.end], q.text, "evidence is the quote's own text");
        }
        for &words in unsaid {
            assert_eq!(quoted_by(&qs, words), None, "{words:?} in {qs:?}");
        }
    }
}

#[test]
fn a_figure_in_an_answer_is_claimed_by_the_interviewee() {
    let text = "Lucia Ferrante Gallo runs the harbour clinic in Bari. We spoke to Ferrante Gallo on Monday.\n\nQ: How busy is the clinic?\n\nA: We treated 340 patients last week, twice as many as in June.\n\nQ: Why?\n\nA: The heat, mostly.";
    let f = analyze(text);
    let claim = f.claims.iter().find(|c| c.text.contains("340 patients")).unwrap_or_else(|| panic!("{:?}", f.claims));
    assert_eq!(claim.status, ClaimStatus::Attributed, "{claim:?}");
    let source = f.sources.iter().find(|s| Some(&s.id) == claim.source.as_ref()).expect("claimant");
    assert_eq!(source.name, "Lucia Ferrante Gallo");
}

#[test]
fn a_name_in_double_parentheses_opens_the_speakers_turn() {
    let text = "The reporter spoke with the engineer by phone.\n\n((WN)) How did the bridge project begin?\n\n((Perttu Ahola)) It began as a hobby in 2009.\n\nWe had no money at first.\n\n((WN)) And today?\n\n((Perttu Ahola)) Thousands of people cross it every day.";
    let f = analyze(text);
    let qs = quotes(&f);
    for words in ["It began as a hobby", "We had no money", "Thousands of people cross"] {
        assert_eq!(quoted_by(&qs, words), Some("Perttu Ahola"), "{words:?} in {qs:?}");
    }
    assert_eq!(quoted_by(&qs, "How did the bridge"), None, "the interviewer's code names no one: {qs:?}");
    assert_eq!(quoted_by(&qs, "And today"), None, "{qs:?}");
}

#[test]
fn a_broadcast_transcript_quotes_each_named_speaker() {
    let text = "Senator Elizabeth Warren joined the programme on Sunday.\n\nHOST: Senator, will you vote for the bill?\n\nWARREN: No. The bill cuts funding for rural hospitals.\n\nHOST: Even after the amendment?\n\nWARREN: The amendment changes nothing.\n\nWarren has opposed the bill since June.";
    let f = analyze(text);
    let qs = quotes(&f);
    assert_eq!(quoted_by(&qs, "The bill cuts funding"), Some("Elizabeth Warren"), "{qs:?}");
    assert_eq!(quoted_by(&qs, "The amendment changes nothing"), Some("Elizabeth Warren"), "{qs:?}");
    // The host's turn ends hers; the narration after the transcript is the reporter's.
    assert_eq!(quoted_by(&qs, "Even after the amendment"), None, "{qs:?}");
    assert_eq!(quoted_by(&qs, "has opposed the bill"), None, "{qs:?}");
}

#[test]
fn names_and_colons_that_are_no_interview_make_no_quotes() {
    let texts = [
        // A list of the arrested: each name once.
        "Police arrested three people in the raid on Friday.\n\nDaniel R. Mercer: possession of cocaine, held on $20,000 bond.\n\nAlicia M. Toller: possession of a stolen firearm, held on $35,000 bond.\n\nKevin J. Strand: dealing in cocaine, held on $90,000 bond.",
        // One speaker's line, a headline's shorthand.
        "Hannelore Brandt Ruiz: The port will reopen on Monday.\n\nThe harbour master said ships had waited for a week.",
        // Labels that name no one.
        "Location: Valparaiso\n\nDate: 12 March\n\nNote: The event is free.",
        // Q/A with no person in the introduction: no speaker to credit.
        "Readers asked about the new parking rules.\n\nQ: Where can I park?\n\nA: In the marked bays only.\n\nQ: Until when?\n\nA: Until eight in the evening.",
    ];
    for text in texts {
        let f = analyze(text);
        let qs = quotes(&f);
        assert!(qs.is_empty(), "{text:?}: {qs:?}");
    }
}

#[test]
fn a_one_word_name_in_double_parentheses_speaks_when_it_labels_two_turns() {
    // A pseudonym, introduced in passing: one word, in lower case after its capital.
    let texts = [
        (
            "Two fishermen, Emeka Obi and Tansy (not her real name), described the season on the lake.\n\n((WN)) When did the fish stop coming?\n\n((Tansy)) In April. The nets came up empty for three weeks.\n\n((WN)) What did you do then?\n\n((Tansy)) We sold the second boat to pay for food.\n\n((Emeka Obi)) I went to work at the mill.",
            "Tansy",
            &["The nets came up empty", "We sold the second boat"][..],
        ),
        (
            "Wikinews spoke with a night nurse, called Brannagh here, about the strike.\n\n((WN)) How long are the shifts?\n\n((Brannagh)) Fourteen hours, often more.\n\n((WN)) Will you go back?\n\n((Brannagh)) Only if the ward gets two more nurses.",
            "Brannagh",
            &["Fourteen hours, often more", "Only if the ward gets two more nurses"][..],
        ),
    ];
    for (text, who, said) in texts {
        let f = analyze(text);
        let qs = quotes(&f);
        for &words in said {
            assert_eq!(quoted_by(&qs, words), Some(who), "{words:?} in {qs:?}");
        }
        assert_eq!(quoted_by(&qs, "What did you do then").or(quoted_by(&qs, "Will you go back")), None, "{qs:?}");
    }
}

#[test]
fn a_one_word_label_once_or_in_capitals_is_no_speaker() {
    // A reporter's initials ask the questions; a one-off label is not a transcript.
    let f = analyze(
        "We reached the maintainer, Ilse Varga Moreau, by email.\n\n((KT)) Why did you leave the project?\n\n((Ilse Varga Moreau)) I had a new job and no time.\n\n((KT)) Will you come back?\n\n((Ilse Varga Moreau)) Maybe, if someone pays for it.",
    );
    let qs = quotes(&f);
    assert_eq!(quoted_by(&qs, "I had a new job"), Some("Ilse Varga Moreau"), "{qs:?}");
    assert_eq!(quoted_by(&qs, "Why did you leave"), None, "{qs:?}");
    assert_eq!(quoted_by(&qs, "Will you come back"), None, "{qs:?}");
    let f = analyze("The harbour reopened on Monday.\n\n((Dorrin)) The first ships came in at noon.\n\nTrade is expected to recover by summer.");
    assert!(f.quotes.iter().all(|q| !q.text.contains("first ships came in")), "{:?}", quotes(&f));
}

#[test]
fn she_or_he_in_an_answer_is_not_the_speaker_the_label_names() {
    let f = analyze(
        "Nadia Ferrante Okoye runs a shelter in the old port.\n\n((WN)) Who comes to the shelter?\n\n((Nadia Ferrante Okoye)) Mostly women from the villages. Last week a mother came with two children. She told me that the landlord had burned their papers.\n\n((WN)) What happened next?\n\n((Nadia Ferrante Okoye)) I called the police and they came the next day.",
    );
    let speaker_of = |words: &str| {
        f.quotes.iter().filter(|q| q.text.contains(words) && q.kind != QuoteKind::Direct).map(|q| q.source.as_ref().and_then(|s| f.sources.iter().find(|x| &x.id == s)).map(|s| s.name.clone())).collect::<Vec<_>>()
    };
    for s in speaker_of("the landlord had burned their papers") {
        assert_ne!(s.as_deref(), Some("Nadia Ferrante Okoye"), "the mother told her, {:?}", quotes(&f));
    }
    assert_eq!(quoted_by(&quotes(&f), "I called the police"), Some("Nadia Ferrante Okoye"));
}
