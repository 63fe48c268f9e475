//! srcev35: who says so, and events read wrong. A name with a title
//! appositive that ends in a company's legal suffix ("…, Inc., says") or a
//! hometown after an age ("45, of Dayton,") still speaks; "he" after a
//! paragraph about him is not the man he was photographed with; a relative
//! word before a speech verb stands for the phrase before it ("Tom Reyes,
//! who said", "a statement which read"); a possessor's statement or website
//! is the possessor's, and "read"/"reads" quote a document. Events: a
//! product, service or deal killed is no attack; an event noun after a
//! subordinating word ("…, as the protests escalate") is not the main
//! clause subject's deed; the object of "which he rejected" is the phrase
//! before the relative word. Sentences written for these tests.

mod common;

use common::{analyze, assaults, by_trigger, entity_names, quote, speaker};
use newsledger_model::EventType;

#[test]
fn a_name_with_a_title_appositive_ending_in_a_company_suffix_speaks() {
    for (text, starts, who) in [
        ("Sales rose in March.\n\nAnna Berg, Senior Vice President of Marketing for Lumen Systems, Inc., says: \"We expect strong growth this year and next.\"", "We expect", "Anna Berg"),
        ("The plant opened on Monday.\n\nOmar Haddad, chief engineer at Petrel Works, Ltd., said: \"The line will run day and night.\"", "The line", "Omar Haddad"),
        ("The merger closed in May.\n\nJune Park, Director of Sales for Arden Foods, LLC, told reporters: \"Prices will stay where they are.\"", "Prices will", "June Park"),
    ] {
        let f = analyze(text);
        let s = speaker(&f, quote(&f, starts));
        assert!(s.name.contains(who), "{text}: {s:#?}");
    }
}

#[test]
fn a_name_with_an_age_and_a_hometown_speaks() {
    for (text, starts, who) in [
        ("The storm passed overnight.\n\nLaura Finch, 45, of Dayton, said: \"The whole street lost power.\"", "The whole", "Laura Finch"),
        ("The river rose again.\n\nPaul Dorn, 61, from Leeds, England, told reporters: \"We had never seen water this high.\"", "We had", "Paul Dorn"),
    ] {
        let f = analyze(text);
        let s = speaker(&f, quote(&f, starts));
        assert!(s.name.contains(who), "{text}: {s:#?}");
    }
}

#[test]
fn he_after_a_paragraph_about_him_is_not_the_man_he_met() {
    let text = "Prince Albert Moreau gave a long interview on Sunday.\n\nAlbert Moreau claims that he cut his ties with the banker years ago. He spent three days at Victor Lang's villa in 2010.\n\nDuring the visit, he was photographed walking with Victor Lang along the beach.\n\nHe instead told the interviewer: \"I went there to end our friendship in person.\"";
    let f = analyze(text);
    let s = speaker(&f, quote(&f, "I went"));
    assert!(s.name.contains("Moreau"), "{s:#?}");
}

#[test]
fn a_relative_word_before_a_speech_verb_stands_for_the_phrase_before_it() {
    for (text, starts, who) in [
        ("The bill passed on Monday.\n\nThe plan was drafted by Tom Becker who said at the meeting, \"This will save lives.\"", "This will", "Tom Becker"),
        ("The reef is recovering.\n\nThe study was led by Laura Finch, a biologist at Oxford, who said \"The results are clear.\"", "The results", "Laura Finch"),
        ("The ferry sank in April.\n\nThe Harbor Authority released a statement which said, \"We regret the delay in the search.\"", "We regret", "Harbor Authority"),
    ] {
        let f = analyze(text);
        let s = speaker(&f, quote(&f, starts));
        assert!(s.name.contains(who), "{text}: {s:#?}");
    }
}

#[test]
fn a_possessors_statement_or_website_is_the_possessors() {
    for (text, starts, who) in [
        ("President Trump spoke on Monday.\n\nTrump's statement read: \"The operation was a success.\"", "The operation", "Trump"),
        ("The World Health Organization updated its advice.\n\nThe WHO's website said: \"Masks are not required outdoors.\"", "Masks are", "WHO"),
        ("Microsoft closed the service.\n\nMicrosoft's website says: \"We thank every user for their support.\"", "We thank", "Microsoft"),
        ("The court ruled on Friday.\n\n\"The ruling stands,\" reads Judge Ann Cole's statement.", "The ruling", "Ann Cole"),
    ] {
        let f = analyze(text);
        let s = speaker(&f, quote(&f, starts));
        assert!(s.name.contains(who), "{text}: {s:#?}");
    }
}

#[test]
fn a_product_service_or_deal_killed_is_no_attack() {
    for text in [
        "Google will kill its Stadia service next year.",
        "Google will kill Stadia next year.",
        "Microsoft killed off the photo app on Friday.",
        "Senators killed the merger in committee.",
    ] {
        let f = analyze(text);
        assert!(assaults(&f).is_empty(), "{text}: {:#?}", f.events);
    }
    // A person after the thing word: still an attack.
    let text = "Rebels killed a contract worker near the mine.";
    let f = analyze(text);
    assert_eq!(assaults(&f).len(), 1, "{text}: {:#?}", f.events);
}

#[test]
fn an_event_noun_after_a_subordinating_word_is_not_the_subjects_deed() {
    let text = "Hong Kong police have laid siege to a university, as the latest round of anti-government protests escalates.";
    let f = analyze(text);
    let e = by_trigger(&f, text, "protests");
    assert_eq!(e.event_type, EventType::Protest);
    assert!(e.actor.is_none(), "{:#?}", f.events);
}

#[test]
fn the_object_of_which_he_rejected_is_the_phrase_before_the_relative_word() {
    for text in ["It is the very idea that the framers rejected at the birth of the Republic.", "It is the old plan that the council rejected at the birth of the Republic."] {
        let f = analyze(text);
        let e = f.events.iter().find(|e| matches!(e.event_type, EventType::Reject | EventType::Accuse)).unwrap_or_else(|| panic!("{text}: {:#?}", f.events));
        let target = entity_names(&f, e.target.as_deref());
        assert!(!target.contains("republic"), "{text}: {target}");
    }
}
