//! Claimants and statuses the twenty-sixth session left wrong (claims27):
//! a denial of a clause whose figure stands in its subject ("X denies the
//! two explosions are related"), a denial of nothing or one that ends
//! before a coordinated clause, and the "by" agent of a passive stance
//! verb ("the figures were disputed by the ministry"). Our own sentences.

mod common;

use common::{analyze, claim_with, claimant};
use newsledger_model::ClaimStatus;

fn lower(s: Option<String>) -> Option<String> {
    s.map(|x| x.to_lowercase())
}

#[test]
fn a_denied_clause_is_the_deniers_denial() {
    for (text, value, who) in [
        ("The FSB denies the two explosions are related.", 2.0, "fsb"),
        ("Officials denied the three fires were connected.", 3.0, "officials"),
        ("The ministry denied that 40 soldiers were killed in the raid.", 40.0, "the ministry"),
        ("The army has denied that 7 villages were shelled.", 7.0, "the army"),
        ("Hamas denied reports that 30 fighters had surrendered.", 30.0, "hamas"),
        ("The government rejected claims that 12 protesters were shot.", 12.0, "the government"),
        ("A police spokeswoman denied that 5 officers were hurt.", 5.0, "a police spokeswoman"),
        ("Senator Maria Lopez denied she had received 3 payments from the firm.", 3.0, "maria lopez"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, ClaimStatus::Denied, "{text}: {c:#?}");
        assert_eq!(lower(claimant(&f, c)).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
    // A figure after the denied link tells what the outlet narrates.
    for (text, value) in [
        ("The police chief denied the officers were involved in the shooting of 3 teenagers.", 3.0),
        ("The group denied involvement in the attack that killed 12 people.", 12.0),
    ] {
        let f = analyze(text);
        assert_ne!(claim_with(&f, value).status, ClaimStatus::Denied, "{text}: {:#?}", f.claims);
    }
}

#[test]
fn a_denial_of_nothing_or_of_its_own_clause_denies_no_later_figure() {
    for (text, value) in [
        ("The FSB said it denies nothing, and 12 people were killed in the blast.", 12.0),
        ("The army denied the report, and 9 people died in the fire.", 9.0),
        ("The company denied wrongdoing; 40 workers lost their jobs.", 40.0),
        ("The minister denies nothing about the 15 contracts.", 15.0),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_ne!(c.status, ClaimStatus::Denied, "{text}: {c:#?}");
    }
    // A denial that goes on with "and that" still reaches the second clause.
    let f = analyze("The army denied that 30 people were killed, and that 12 were wounded.");
    assert_eq!(claim_with(&f, 30.0).status, ClaimStatus::Denied, "{:#?}", f.claims);
    assert_eq!(claim_with(&f, 12.0).status, ClaimStatus::Denied, "{:#?}", f.claims);
}

#[test]
fn the_agent_of_a_passive_stance_verb_is_the_claimant() {
    for (text, value, who, status) in [
        ("The figures of 300 dead were disputed by the ministry.", 300.0, "the ministry", ClaimStatus::Disputed),
        ("The figure of 80 dead was disputed by the Health Ministry.", 80.0, "health ministry", ClaimStatus::Disputed),
        ("The death toll of 45 was questioned by opposition leaders.", 45.0, "opposition leaders", ClaimStatus::Disputed),
        ("The count of 2,000 marchers was contested by police.", 2000.0, "police", ClaimStatus::Disputed),
        ("The claim that 12 protesters were shot was rejected by the army.", 12.0, "the army", ClaimStatus::Denied),
        ("Reports that 20 civilians died were dismissed by the governor.", 20.0, "the governor", ClaimStatus::Denied),
        ("The report that 9 soldiers deserted was denied by the army.", 9.0, "the army", ClaimStatus::Denied),
        ("The toll of 45 was confirmed by the Red Cross.", 45.0, "red cross", ClaimStatus::Confirmed),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, status, "{text}: {c:#?}");
        assert_eq!(lower(claimant(&f, c)).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
}

#[test]
fn by_that_is_no_stance_agent_names_no_claimant() {
    for text in [
        "Three people were killed by a bomb on Monday.",
        "The figure of 30 was challenged by Monday.",
        "Prices of 40 goods rose by 10 percent.",
        "The plan to send 5,000 troops was rejected by parliament.",
        "The seat was contested by 5 candidates.",
        "The toll of 45 was not questioned by the ministry.",
    ] {
        let f = analyze(text);
        for c in &f.claims {
            assert!(claimant(&f, c).is_none(), "{text}: {c:#?} {:#?}", f.sources);
            assert!(!matches!(c.status, ClaimStatus::Denied | ClaimStatus::Disputed), "{text}: {c:#?}");
        }
    }
}

#[test]
fn a_dispute_named_rates_no_statement() {
    for (text, value) in [
        ("He mediated in several border disputes as an envoy, and 3 treaties were signed.", 3.0),
        ("The two countries argued over disputed resources, and 4 ships were sent.", 4.0),
        ("Farmers want to split the disputed field, where 60 cows graze.", 60.0),
        ("A dispute between the 2 firms delayed the project.", 2.0),
        ("The contested seat drew 5 candidates.", 5.0),
        ("The toll of 45 was not disputed by the ministry.", 45.0),
        ("The count of 300 ballots was never contested.", 300.0),
    ] {
        let f = analyze(text);
        assert_ne!(claim_with(&f, value).status, ClaimStatus::Disputed, "{text}: {:#?}", f.claims);
    }
    // Disputing a statement still disputes it.
    for (text, value) in [
        ("The ministry said 40 people died, but the army disputed the figure.", 40.0),
        ("Residents dispute claims that 30 homes were spared.", 30.0),
        ("The union disputes the figure of 2,000 job cuts.", 2000.0),
    ] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, value).status, ClaimStatus::Disputed, "{text}: {:#?}", f.claims);
    }
}

#[test]
fn a_later_denial_of_its_own_content_does_not_reach_the_earlier_claim() {
    for (text, value) in [
        ("China said 3 cities were granted autonomy, while the city's police deny accusations of brutality.", 3.0),
        ("The mayor said 12 roads were reopened but denied that he had ordered the closures.", 12.0),
        ("Officials said 8 prisoners escaped and flatly denied that guards were bribed.", 8.0),
        ("Saudi Arabia denied all claims that the journalist was slain, however, a UN report concluded 15 agents took part.", 15.0),
        ("Police said 12 protesters were shot, but the army denied killing civilians.", 12.0),
    ] {
        let f = analyze(text);
        assert_ne!(claim_with(&f, value).status, ClaimStatus::Denied, "{text}: {:#?}", f.claims);
    }
    // A later denial that points back at the claim still denies it.
    for (text, value) in [
        ("Rebels said they shot down two helicopters, but the government denied it.", 2.0),
        ("The rebels said 25 soldiers were captured, but the army denied the claim.", 25.0),
    ] {
        let f = analyze(text);
        assert_eq!(claim_with(&f, value).status, ClaimStatus::Denied, "{text}: {:#?}", f.claims);
    }
}

#[test]
fn the_agent_of_a_passive_accusation_is_the_claimant() {
    for (text, value, who) in [
        ("The mayor was accused by prosecutors of taking 3 bribes.", 3.0, "prosecutors"),
        ("The mayor was accused of taking 4 bribes by prosecutors.", 4.0, "prosecutors"),
        ("Two officials were accused of fraud by the inspector.", 2.0, "the inspector"),
        ("The firm was accused by auditors of hiding 12 million dollars in losses.", 12_000_000.0, "auditors"),
    ] {
        let f = analyze(text);
        let c = claim_with(&f, value);
        assert_eq!(c.status, ClaimStatus::Attributed, "{text}: {c:#?}");
        assert_eq!(lower(claimant(&f, c)).as_deref(), Some(who), "{text}: {c:#?} {:#?}", f.sources);
    }
    // No agent, or "by" that is no agent: no claimant.
    for text in [
        "The mayor was accused of taking 3 bribes.",
        "Two men were accused of murder by Monday.",
        "The driver was accused of hitting 3 cars by the roadside.",
    ] {
        let f = analyze(text);
        for c in &f.claims {
            assert!(claimant(&f, c).is_none(), "{text}: {c:#?} {:#?}", f.sources);
        }
    }
}
