//! Casualty and displacement figures with their claimants (claims22): a
//! monitor named "the Observatory", revisions of a toll, losses a side puts
//! at a figure, "closer to", a relative clause that says something about the
//! toll, and retractions. Our own sentences.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::ClaimStatus;

fn who(text: &str, value: f64) -> (Option<String>, ClaimStatus) {
    let f = analyze(text);
    let c = claim_with(&f, value);
    (claimant(&f, c).map(|s| s.to_lowercase()), c.status)
}

#[test]
fn an_observatory_is_a_claimant() {
    for (text, value, name) in [
        ("The Syrian Observatory said 23 fighters were killed.", 23.0, "the syrian observatory"),
        ("The Observatory, a Britain-based monitor, said 14 civilians died.", 14.0, "the observatory"),
        ("The Syrian Observatory reported that 8 rebels were killed near Idlib.", 8.0, "the syrian observatory"),
    ] {
        assert_eq!(who(text, value), (Some(name.to_string()), ClaimStatus::Attributed), "{text}");
    }
}

#[test]
fn a_revised_toll_is_the_revisers() {
    for (text, value, name) in [
        ("The ministry later revised the toll down to 12.", 12.0, "the ministry"),
        ("Authorities raised the death toll to 31 on Tuesday.", 31.0, "authorities"),
        ("The army lowered its casualty count to 9 after a review.", 9.0, "the army"),
        ("Rescuers updated the death toll to 57 late on Monday.", 57.0, "rescuers"),
    ] {
        assert_eq!(who(text, value), (Some(name.to_string()), ClaimStatus::Attributed), "{text}");
    }
    // A deed that raises a number, or a cut of something that is no tally,
    // gives no figure of the subject's.
    for (text, value) in [("The Pentagon raised the number of troops in Iraq to 5,000.", 5000.0), ("The company cut its workforce to 900 workers.", 900.0)] {
        let f = analyze(text);
        assert!(f.claims.iter().filter(|c| c.quantities.iter().any(|q| q.value == Some(value))).all(|c| c.source.is_none()), "{text}: {:#?}", f.claims);
    }
}

#[test]
fn losses_a_side_puts_at_a_figure_dispute_the_other_sides() {
    for (text, first, second, side) in [
        ("Rebels said 50 soldiers were killed, but the army put its losses at six.", 50.0, 6.0, "the army"),
        ("Kyiv said 300 Russian troops died, but Moscow put its losses at 40.", 300.0, 40.0, "moscow"),
    ] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, first).status, ClaimStatus::Disputed, "{text}: {:#?}", f.claims);
        let c = claim_with(&f, second);
        assert_eq!((claimant(&f, c).map(|s| s.to_lowercase()), c.status), (Some(side.to_string()), ClaimStatus::Disputed), "{text}");
    }
}

#[test]
fn a_number_closer_to_a_figure() {
    for (text, value, name) in [
        ("Activists said the real number of detainees was closer to 500.", 500.0, "activists"),
        ("Lawyers said the number of prisoners was nearer 2,000.", 2000.0, "lawyers"),
    ] {
        assert_eq!(who(text, value), (Some(name.to_string()), ClaimStatus::Attributed), "{text}");
    }
}

#[test]
fn a_relative_clause_about_the_toll_is_not_its_source() {
    for (text, value) in [("The toll, which officials said could rise, stood at 54 on Sunday.", 54.0), ("The death toll, which the ministry said was preliminary, rose to 40.", 40.0)] {
        assert_eq!(who(text, value), (None, ClaimStatus::Asserted), "{text}");
    }
    // A relative clause about the speaker leaves the speaker's figure theirs.
    assert_eq!(who("The ministry, which runs the hospitals, said 40 people died.", 40.0), (Some("the ministry".to_string()), ClaimStatus::Attributed));
}

#[test]
fn a_retracted_figure_is_denied() {
    for (text, value) in [
        ("Police retracted an earlier statement that 3 officers were injured.", 3.0),
        ("The agency retracted its report that 20 people had drowned.", 20.0),
        ("The militia walked back its claim that 15 soldiers were captured.", 15.0),
    ] {
        assert_eq!(who(text, value).1, ClaimStatus::Denied, "{text}");
    }
    assert_eq!(who("Police said 3 officers were injured.", 3.0).1, ClaimStatus::Attributed);
}
