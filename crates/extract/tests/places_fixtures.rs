//! The place extractor on sentences written for these tests (no dataset
//! text), covering the shapes the seed article and conflict news use.

use newsledger_extract::places::PlaceExtractor;
use newsledger_extract::{Doc, Extractor, NerSpan, Pipeline};
use newsledger_model::{Article, Dateline, EntityType, PlaceMention, PlacePrecision};

fn article(text: &str, dateline: Option<&str>) -> Article {
    Article {
        text: text.into(),
        language: "en".into(),
        dateline: dateline.map(|d| Dateline { place: Some(d.into()), text: format!("{d}, Nov. 3") }),
        ..Default::default()
    }
}

fn places_with(text: &str, dateline: Option<&str>, ner: Vec<NerSpan>) -> Vec<PlaceMention> {
    let a = article(text, dateline);
    let mut doc = Doc::new(&a, None);
    doc.notes.ner = ner;
    PlaceExtractor.run(&mut doc);
    for p in &doc.facts.places {
        // Evidence is a byte span of the text inside the pipeline.
        assert_eq!(&text[p.evidence.start..p.evidence.end], p.text, "evidence of {p:?}");
    }
    doc.facts.places
}

fn places(text: &str) -> Vec<PlaceMention> {
    places_with(text, None, vec![])
}

fn texts(ps: &[PlaceMention]) -> Vec<&str> {
    ps.iter().map(|p| p.text.as_str()).collect()
}

fn find<'a>(ps: &'a [PlaceMention], t: &str) -> &'a PlaceMention {
    ps.iter().find(|p| p.text == t).unwrap_or_else(|| panic!("no place {t:?} in {:?}", texts(ps)))
}

#[test]
fn countries_are_places_with_coordinates() {
    let ps = places("Officials said the plan would send troops into Mexico, and strikes had already hit boats from Venezuela.");
    assert_eq!(texts(&ps), ["Mexico", "Venezuela"]);
    let mx = &ps[0].place;
    assert_eq!((mx.country.as_deref(), mx.precision), (Some("MX"), PlacePrecision::Country));
    assert!(mx.lat.is_some() && mx.lon.is_some());
    assert_eq!(ps[1].place.country.as_deref(), Some("VE"));
    assert_eq!((ps[0].id.as_str(), ps[1].id.as_str()), ("p1", "p2"));
}

#[test]
fn regions_and_seas_without_the_article() {
    let ps = places("The navy expanded its campaign in the Caribbean and Pacific regions last month.");
    assert_eq!(texts(&ps), ["Caribbean", "Pacific"]);
    assert_eq!(ps[0].place.precision, PlacePrecision::Region);
    assert_eq!(ps[1].place.precision, PlacePrecision::Sea);
    assert_eq!(ps[0].place.country, None);

    let ps = places("Tankers waited in the Gulf of Mexico while aid convoys crossed into the Gaza Strip and the West Bank.");
    assert_eq!(texts(&ps), ["Gulf of Mexico", "Gaza Strip", "West Bank"]);
    assert_eq!(ps[0].place.precision, PlacePrecision::Sea);
    assert_eq!(ps[1].place.country.as_deref(), Some("PS"));

    let ps = places("Analysts expect more raids across the Sahel and the Middle East this year.");
    assert_eq!(texts(&ps), ["Sahel", "Middle East"]);
}

#[test]
fn the_us_border_with_mexico_in_the_article() {
    let ps = places("Mexico has deployed 10,000 troops to the U.S. border since the spring.");
    assert_eq!(texts(&ps), ["Mexico", "U.S."]);
    assert_eq!(ps[1].place.precision, PlacePrecision::Region);
    assert_eq!(ps[1].place.gazetteer_id.as_deref(), Some("region:us-mexico-border"));

    let ps = places("Smugglers moved the cargo along the U.S.-Mexico border at night.");
    assert_eq!(texts(&ps), ["U.S.-Mexico border"]);
    assert_eq!(ps[0].place.gazetteer_id.as_deref(), Some("region:us-mexico-border"));
}

#[test]
fn a_town_and_its_state() {
    let ps = places("Soldiers were deployed to Culiacán, Sinaloa, after a week of clashes.");
    assert_eq!(texts(&ps), ["Culiacán", "Sinaloa"]);
    assert_eq!((ps[0].place.country.as_deref(), ps[0].place.precision), (Some("MX"), PlacePrecision::City));
    assert_eq!((ps[1].place.country.as_deref(), ps[1].place.precision), (Some("MX"), PlacePrecision::Admin1));
    // Accent-insensitive: the same place without the accent.
    let plain = places("Soldiers were deployed to Culiacan, Sinaloa, after a week of clashes.");
    assert_eq!(plain[0].place, ps[0].place);
}

#[test]
fn qualified_us_towns_stay_in_the_us() {
    let ps = places("The shipment was seized at the port of Long Beach, CA, on Tuesday.");
    assert_eq!(texts(&ps), ["Long Beach", "CA"]);
    assert_eq!(ps[0].place.country.as_deref(), Some("US"));
    assert_eq!(ps[1].place.name, "California");

    let ps = places("The storm flattened barns outside Paris, Texas, overnight.");
    assert_eq!(ps[0].place.country.as_deref(), Some("US"));
}

#[test]
fn paris_among_texas_towns_needs_strong_evidence() {
    let ps = places("Floods closed roads in Texas. Residents of Austin and Dallas were told to stay home, and a summit in Paris was postponed.");
    assert_eq!(find(&ps, "Austin").place.country.as_deref(), Some("US"));
    assert_eq!(find(&ps, "Paris").place.country.as_deref(), Some("FR"));
}

#[test]
fn a_us_dateline_gives_country_context() {
    let text = "Officers searched a warehouse in Birmingham on Monday.";
    let with = places_with(text, Some("ATLANTA"), vec![]);
    let without = places_with(text, None, vec![]);
    assert_eq!(with[0].place.country.as_deref(), Some("US"));
    assert_ne!(without[0].place.country.as_deref(), Some("US"), "the test needs a name that is not US by default");
}

#[test]
fn demonyms_are_not_places_but_give_context() {
    let ps = places("Mexican officials and American diplomats met on Friday.");
    assert!(ps.is_empty(), "{:?}", texts(&ps));
    let ps = places("Venezuelan troops were sent to Mérida after the protests.");
    assert_eq!(texts(&ps), ["Mérida"]);
    assert_eq!(ps[0].place.country.as_deref(), Some("VE"));
    let ps = places("Tourists returned to Mérida after the protests.");
    assert_ne!(ps[0].place.country.as_deref(), Some("VE"), "the test needs a name that is not VE by default");
}

#[test]
fn ambiguous_names_follow_country_context() {
    let alone = places("Talks with Georgia resumed.");
    assert_eq!(alone[0].place.precision, PlacePrecision::Country);
    let us = places("Storms hit Alabama and Georgia, and Atlanta lost power.");
    let ga = find(&us, "Georgia");
    assert_eq!((ga.place.country.as_deref(), ga.place.precision), (Some("US"), PlacePrecision::Admin1));
}

#[test]
fn names_of_people_organisations_and_dates_are_not_places() {
    let ps = places("President Trump said the plan was final. Trump spoke after The Washington Post reported it.");
    assert!(ps.is_empty(), "{:?}", texts(&ps));
    let ps = places("Police said the Central Intelligence Agency and the White House declined to comment in March.");
    assert!(ps.is_empty(), "{:?}", texts(&ps));
    let ps = places("The State Department designated Tren de Aragua and the Sinaloa Cartel as terrorist groups.");
    assert!(ps.is_empty(), "{:?}", texts(&ps));
    let ps = places("The fund pledged US$460 million to the clinic.");
    assert!(ps.is_empty(), "{:?}", texts(&ps));
}

#[test]
fn headlines_keep_only_clear_places() {
    let ps = places("Trump Administration Plans Covert U.S. Military Operations Inside Mexico to Target Drug Cartels\n\nThe plan is secret.");
    assert_eq!(texts(&ps), ["U.S.", "Mexico"]);
}

fn ner_span(text: &str, s: &str, label: EntityType) -> NerSpan {
    let seg = newsledger_text::segment(text);
    let start = text.find(s).unwrap();
    let end = start + s.len();
    let a = seg.token_at(start);
    let b = seg.token_at(end - 1) + 1;
    NerSpan { tokens: a..b, start, end, label }
}

/// `ner_span` for `s` where it begins the first occurrence of `context`.
fn ner_span_from(text: &str, context: &str, s: &str, label: EntityType) -> NerSpan {
    let seg = newsledger_text::segment(text);
    let start = text.find(context).unwrap();
    let end = start + s.len();
    NerSpan { tokens: seg.token_at(start)..seg.token_at(end - 1) + 1, start, end, label }
}

#[test]
fn a_tagger_person_span_wins_over_a_place_name() {
    let text = "Jordan said the talks in Amman went well.";
    assert_eq!(texts(&places(text)), ["Jordan", "Amman"]);
    let ps = places_with(text, None, vec![ner_span(text, "Jordan", EntityType::Person)]);
    assert_eq!(texts(&ps), ["Amman"]);
    // A "Place, Qualifier" pair stays a place whatever the tagger says.
    let text = "Oct. 9 -- Music Factory, Irving, TX. Oct. 10 -- Phoenix, AZ.";
    let ps = places_with(text, None, vec![ner_span(text, "Irving", EntityType::Person)]);
    assert_eq!(texts(&ps), ["Irving", "TX", "Phoenix", "AZ"]);
    // So does a name before a place noun.
    let text = "The shooting took place in the Tsuen Wan district.";
    let ps = places_with(text, None, vec![ner_span(text, "Tsuen Wan", EntityType::Person)]);
    assert_eq!(texts(&ps), ["Tsuen Wan"]);
}

#[test]
fn a_town_name_the_tagger_reads_as_another_name_is_no_place() {
    // Company, product and team names that are also towns somewhere.
    let text = "Toyota raised its forecast after Orion sold out, and Minnesota beat Buffalo on Tuesday.";
    assert_eq!(texts(&places(text)), ["Toyota", "Orion", "Minnesota", "Buffalo"]);
    let ner = vec![
        ner_span(text, "Toyota", EntityType::Org),
        ner_span(text, "Orion", EntityType::Misc),
        ner_span(text, "Minnesota", EntityType::Org),
        ner_span(text, "Buffalo", EntityType::Org),
    ];
    // Minnesota is a state: an area stays whatever the tagger says.
    assert_eq!(texts(&places_with(text, None, ner)), ["Minnesota"]);
}

#[test]
fn a_locative_cue_or_a_place_reading_elsewhere_keeps_the_town() {
    let text = "Fans gathered in Buffalo before the game. Buffalo lost again.";
    // The tagger reads both as the team. "in Buffalo" keeps the first; the
    // second is the town the article has already named as a place.
    let ner = vec![ner_span(text, "Buffalo", EntityType::Org), ner_span_from(text, "Buffalo lost", "Buffalo", EntityType::Org)];
    assert_eq!(texts(&places_with(text, None, ner)), ["Buffalo", "Buffalo"]);
    let text = "Fans cheered at the game. Buffalo lost again.";
    let ner = vec![ner_span(text, "Buffalo", EntityType::Org)];
    assert!(places_with(text, None, ner).is_empty());
    let text = "Aid trucks reached the Toyota camp. Toyota has no clinic.";
    let ner = vec![ner_span(text, "Toyota", EntityType::Org)];
    assert_eq!(texts(&places_with(text, None, ner)), ["Toyota", "Toyota"]);
    let text = "Toyota, Aichi — The plant reopened.";
    let ner = vec![ner_span(text, "Toyota", EntityType::Org)];
    assert_eq!(texts(&places_with(text, None, ner)), ["Toyota", "Aichi"]);
}

#[test]
fn a_comma_after_a_common_word_town_is_not_a_qualifier() {
    // "Green" is a small town, and a colour in a list.
    let ps = places("Each box holds 1 Green, 2 Red, 1 Yellow and a spoon.");
    assert!(ps.is_empty(), "{:?}", texts(&ps));
    // A real qualifier still vouches for the town.
    assert_eq!(texts(&places("The storm reached Green, Ohio, on Friday.")), ["Green", "Ohio"]);
}

#[test]
fn tagger_place_spans_add_no_duplicates() {
    let text = "Boats left the Gulf of Mexico. The Sinaloa Cartel denied it.";
    let ner = vec![ner_span(text, "the Gulf of Mexico", EntityType::Loc), ner_span(text, "Sinaloa Cartel", EntityType::Org)];
    let ps = places_with(text, None, ner);
    assert_eq!(texts(&ps), ["Gulf of Mexico"]);
}

#[test]
fn pipeline_converts_evidence_to_code_points() {
    let text = "Él viajó a Culiacán y después a Mazatlán.";
    let a = article(text, None);
    let facts = Pipeline::with_extractors(vec![Box::new(PlaceExtractor)]).analyze(&a);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(facts.places.len(), 2);
    for p in &facts.places {
        let s: String = chars[p.evidence.start..p.evidence.end].iter().collect();
        assert_eq!(s, p.text);
    }
}

#[test]
fn an_area_name_glued_to_a_persons_name_is_part_of_the_name() {
    // "Van" is a Turkish province, "Indiana" a US state: here both start a
    // person's name.
    let ps = places("The museum lent a Van Gogh to Ankara, and Indiana Jones returns to cinemas in Ohio.");
    assert_eq!(texts(&ps), ["Ankara", "Ohio"]);
    // A common word after the state leaves it a place.
    assert_eq!(texts(&places("Teachers rallied at the Indiana Statehouse on Tuesday.")), ["Indiana"]);
    // After "to", the envoy's country comes before his name.
    assert_eq!(texts(&places("He met the ambassador to Britain Liu Xiaoming on Monday.")), ["Britain"]);
}

#[test]
fn a_unit_of_a_place_is_not_the_area_of_that_name_elsewhere() {
    // "Western District" alone would be an area of American Samoa.
    let ps = places("The U.S. Attorney for the Western District of New York filed charges.");
    assert_eq!(texts(&ps), ["U.S.", "New York"]);
}

#[test]
fn hand_listed_regions_beat_their_words() {
    // "Bay" alone is a region of Somalia.
    let ps = places("A man was stabbed on a San Francisco Bay Area commuter train. Fires spread across the Bay Area.");
    assert_eq!(texts(&ps), ["San Francisco Bay Area", "Bay Area"]);
    assert!(ps.iter().all(|p| p.place.country.as_deref() == Some("US") && p.place.precision == PlacePrecision::Region));
}

#[test]
fn a_person_the_entity_stage_knows_is_no_town() {
    use newsledger_extract::entities::LexiconEntityExtractor;
    // "Obama" is also a town in Japan; the registry knows the president.
    let text = "Obama said the deal was fair. Critics of the Obama administration disagreed in Tokyo.";
    // Alone, the scanner knows only that towns do not speak ("Obama said").
    assert_eq!(texts(&places(text)), ["Obama", "Tokyo"]);
    let a = article(text, None);
    let mut doc = Doc::new(&a, None);
    LexiconEntityExtractor.run(&mut doc);
    PlaceExtractor.run(&mut doc);
    assert_eq!(texts(&doc.facts.places), ["Tokyo"]);
}

#[test]
fn an_area_known_by_our_alias_only_yields_to_an_organisation_name() {
    // "Pacific" is our short name of the Pacific Ocean; here it starts a company's name.
    let text = "Pacific Gas & Electric Co. cut power to 500,000 homes.";
    assert_eq!(texts(&places(text)), ["Pacific"]);
    let ner = vec![ner_span(text, "Pacific Gas & Electric Co.", EntityType::Org)];
    assert!(places_with(text, None, ner).is_empty());
    // A country's own name at the head of an organisation stays.
    let text = "Mexico City officials and the Mexico Tourism Board met.";
    let ner = vec![ner_span(text, "Mexico Tourism Board", EntityType::Org)];
    assert_eq!(texts(&places_with(text, None, ner)), ["Mexico City"]);
}

#[test]
fn an_area_noun_after_the_name_keeps_the_area_and_a_bare_name_is_the_town() {
    let ps = places("Shelling continued in the Donetsk region overnight. Later, crowds gathered in Donetsk to bury the dead.\n");
    let precisions: Vec<_> = ps.iter().filter(|p| p.text == "Donetsk").map(|p| p.place.precision).collect();
    assert_eq!(precisions, [PlacePrecision::Admin1, PlacePrecision::City], "{ps:#?}");
    let ps = places("Violence surged in the state of Chihuahua last year. Gunmen attacked a bar in Chihuahua on Friday.\n");
    let precisions: Vec<_> = ps.iter().filter(|p| p.text == "Chihuahua").map(|p| p.place.precision).collect();
    assert_eq!(precisions, [PlacePrecision::Admin1, PlacePrecision::City], "{ps:#?}");
}

#[test]
fn the_red_sea_is_the_sea_even_in_an_article_about_sudan() {
    // Port Sudan lies in Sudan's Red Sea state, which the context favours.
    let ps = places(
        "Cartel violence surged in northern Mexico. Israeli jets struck targets in southern Lebanon and Gaza City.\n\n\
         Houthi forces attacked ships in the Red Sea and the Gulf of Aden. Iran threatened to close the Strait of Hormuz.\n\n\
         Fighting resumed in Tigray and near Khartoum, while aid arrived in Port Sudan. Airstrikes hit Idlib and Aleppo.\n",
    );
    assert_eq!(find(&ps, "Red Sea").place.precision, PlacePrecision::Sea, "{ps:#?}");
}

#[test]
fn a_large_city_after_a_verb_that_takes_places_survives_an_organisation_tag() {
    // The tagger may read a capital as its government ("Kyiv said…"); as
    // the object of "hit" or "entered" it is the city.
    let text = "Drones hit Kyiv overnight, officials said.\n";
    let ps = places_with(text, None, vec![ner_span(text, "Kyiv", EntityType::Org)]);
    assert_eq!(texts(&ps), ["Kyiv"], "{ps:#?}");
    // Before a verb of saying, the tagger's reading stands.
    let text = "Kyiv said the drones were shot down.\n";
    assert!(places_with(text, None, vec![ner_span(text, "Kyiv", EntityType::Org)]).is_empty());
}

#[test]
fn weekday_abbreviations_and_honorifics_are_no_places_but_mon_state_is() {
    let ps = places("The gallery is open Tue to Sat and closed on Mon. The motion was moved by Hon. Funke Adedoyin.\n");
    assert!(ps.iter().all(|p| p.text != "Mon" && p.text != "Hon"), "{ps:#?}");
    let ps = places("Fighting spread to Mon State last week.\n");
    assert_eq!(texts(&ps), ["Mon"], "{ps:#?}");
}

#[test]
fn a_big_town_named_like_an_everyday_word_needs_a_locative_cue() {
    // Man (Côte d'Ivoire) and Orange (California) have 100,000+ people, but
    // capitalised "Man" and "Orange" are mostly no place.
    let ps = places("Florida Man will have to up the ante next time. Orange shares rose, and The Man Who Sold the World played on.\n");
    assert!(ps.iter().all(|p| p.text != "Man" && p.text != "Orange"), "{ps:#?}");
    // After a locative preposition they are the towns.
    let ps = places("Fighting was reported in Man, in western Ivory Coast, and a fire broke out in Orange.\n");
    assert!(["Man", "Orange"].iter().all(|t| ps.iter().any(|p| p.text == *t)), "{ps:#?}");
}

#[test]
fn a_place_glued_into_a_venue_name_is_none_even_on_a_title_case_line() {
    // "Chin" (a Myanmar state) inside "Ak-Chin Pavilion", on a line of a
    // tour list that reads like a headline; "Ak" is no place (the postal
    // code "AK" counts only after "Town,").
    let text = "The band announced its tour on Monday.\n\nOct. 3 -- Ak-Chin Pavilion, Phoenix, AZ\n\nOct. 9 -- Music Factory, Irving, TX\n";
    let ps = places(text);
    assert!(ps.iter().all(|p| p.text != "Chin"), "{ps:#?}");
    assert!(["Phoenix", "Irving"].iter().all(|t| ps.iter().any(|p| p.text == *t)), "{ps:#?}");
    // A compound of two places still gives both.
    assert!(texts(&places("Talks on U.S.-Mexico trade resumed in Washington.\n")).contains(&"Mexico"));
}

#[test]
fn a_state_named_like_its_capital_is_the_state_in_a_list_of_states() {
    let state = |text: &str, name: &str| find(&places(text), name).place.precision;
    for text in [
        "Gunmen attacked convoys in Sinaloa, Sonora and Chihuahua on Monday.",
        "The army sent troops to Michoacán and Veracruz after the killings.",
        "Floods hit Guerrero, Oaxaca or Puebla every autumn.",
    ] {
        let ps = places(text);
        for p in &ps {
            assert_eq!(p.place.precision, PlacePrecision::Admin1, "{} in {text:?}: {:?}", p.text, texts(&ps));
        }
    }
    // Alone or apart from the list, the name is the town.
    assert_eq!(state("Gunmen attacked a convoy in Chihuahua on Monday.", "Chihuahua"), PlacePrecision::City);
    assert_eq!(state("Troops reached Sonora. A week later they were in Chihuahua.", "Chihuahua"), PlacePrecision::City);
    // "Culiacán, Sinaloa" is a town qualified by its state, not a list.
    let ps = places("Soldiers patrolled Culiacán, Sinaloa, overnight.");
    assert_eq!(find(&ps, "Culiacán").place.precision, PlacePrecision::City);
    assert_eq!(find(&ps, "Sinaloa").place.precision, PlacePrecision::Admin1);
}

#[test]
fn border_and_front_line_rivers_are_regions_not_towns_of_their_name() {
    // "Rio Grande" is also a town in Mexico and in Brazil; "the Rio Grande"
    // between two border cities is the river.
    let ps = places("El Paso and Ciudad Juárez face each other across the Rio Grande.");
    let river = find(&ps, "Rio Grande");
    assert_eq!(river.place.precision, PlacePrecision::Region, "{:?}", river.place);
    assert!(river.place.gazetteer_id.as_deref().is_some_and(|id| id.starts_with("region:")));
    let ps = places("Forces east of the Euphrates River shelled positions near Deir ez-Zor.");
    assert_eq!(find(&ps, "Euphrates River").place.precision, PlacePrecision::Region);
    // The city of Dnipro is not the Dnipro River; a qualified town keeps its country.
    assert_eq!(find(&places("Missiles hit Dnipro overnight."), "Dnipro").place.precision, PlacePrecision::City);
    let ps = places("The port of Rio Grande, Brazil, reopened on Monday.");
    assert_eq!(find(&ps, "Rio Grande").place.country.as_deref(), Some("BR"));
    // "West Nile virus" names no river.
    assert!(places("West Nile virus cases rose in Texas this summer.").iter().all(|p| !p.text.contains("Nile")));
}

#[test]
fn a_small_town_qualified_by_its_state_is_placed_in_the_state_not_abroad() {
    // The gazetteer keeps towns of 15,000 people and more: Palm Beach
    // (Florida) is not in it, Palm Beach (Australia) is. Qualified by its
    // state, the town is somewhere in that state.
    for (text, town, area) in [
        ("He owned homes in Manhattan and Palm Beach, Florida, until his arrest.", "Palm Beach", "US"),
        ("The crash happened on Route 2 in Randolph, New Hampshire, late on Friday.", "Randolph", "US"),
    ] {
        let ps = places(text);
        let p = find(&ps, town);
        assert_eq!(p.place.country.as_deref(), Some(area), "{text}: {:?}", p.place);
        assert_eq!(p.place.precision, PlacePrecision::Admin1, "{text}: {:?}", p.place);
    }
    // A town the gazetteer has in that state keeps its point; a list of
    // states is not read as towns qualified by the next one.
    let ps = places("The rally was held in Paris, Texas, on Saturday.");
    assert_eq!(find(&ps, "Paris").place.precision, PlacePrecision::City);
    let ps = places("Cannabis is legal in Colorado, Washington, Alaska and Oregon.");
    assert_eq!(find(&ps, "Washington").place.name, "Washington", "{:?}", texts(&ps));
}

#[test]
fn a_subject_taken_up_by_who_is_a_person() {
    // A town takes "which" or "where"; "who" says the name is a person's.
    assert!(places("Amman, who had served half his sentence, was released in January.").is_empty());
    assert!(places("Georgia, whose brother was arrested, spoke to reporters.").is_empty());
    // Not at the sentence start, the relative clause belongs to a noun
    // before the place.
    assert_eq!(texts(&places("Soldiers stationed in Iraq, who had waited for months, came home.")), ["Iraq"]);
    assert_eq!(texts(&places("Amman, which hosts many refugees, has grown quickly.")), ["Amman"]);
}

#[test]
fn planets_and_forces_are_not_towns() {
    assert!(places("Scientists found water vapour on Jupiter's moon Europa.").is_empty());
    assert!(places("He led the Quds Force for two decades.").is_empty());
    // A month or planet inside a longer name does not end it: the name is
    // the newspaper's.
    assert!(places("The story ran in the San Jose Mercury News on Sunday.").is_empty());
    // A month after a place still ends the place's run.
    assert_eq!(texts(&places("Flooding hit Quezon City Wednesday, officials said.")), ["Quezon City"]);
}

#[test]
fn a_small_foreign_town_known_by_an_alternate_needs_its_country_nearby() {
    // "Tor" and "Sarkh" are alternate names of small towns in Egypt and
    // Chad; an article that names nothing else in those countries means
    // something else (the network, an Afghan district).
    let ps = places("Police in Seoul said the site relied on Tor to hide its users.");
    assert_eq!(texts(&ps), ["Seoul"]);
    let ps = places("Taliban fighters overran a post in the Pangram area of Sarkh on Monday, a spokesman said.");
    assert!(ps.iter().all(|p| p.place.country.as_deref() != Some("TD")), "{:?}", texts(&ps));
    // With the country named elsewhere in the article the town stands.
    let ps = places("Tourists flew from Cairo to Tor on the Sinai coast.");
    assert_eq!(&texts(&ps)[..2], ["Cairo", "Tor"]);
    assert_eq!(find(&ps, "Tor").place.country.as_deref(), Some("EG"));
}

#[test]
fn a_small_foreign_district_by_its_own_name_needs_its_country_nearby() {
    // The Australian district of Victoria Park is not the park in Hong Kong.
    let ps = places("Thousands marched from Victoria Park in Hong Kong on Sunday.");
    assert_eq!(texts(&ps), ["Hong Kong"]);
    // In an Australian article it is the district.
    let ps = places("Residents of Victoria Park complained to the council in Perth, Australia.");
    assert!(texts(&ps).contains(&"Victoria Park"), "{:?}", texts(&ps));
    assert_eq!(find(&ps, "Victoria Park").place.country.as_deref(), Some("AU"));
    // Names with a lower-case article inside are read whole.
    let ps = places("The forum met in Dar es Salaam, Tanzania, on Monday.");
    assert_eq!(texts(&ps), ["Dar es Salaam", "Tanzania"]);
}

#[test]
fn brands_and_everyday_admin_names_need_a_cue() {
    // A rocket, a web page, a metro network: not Falcón (Venezuela), Store
    // (Slovenia) or a town called Metro.
    for text in [
        "SpaceX flew the Falcon Heavy again on Tuesday.",
        "Every shop site needs a Store page and a contact page.",
        "The station is part of the Paris Métro network.",
    ] {
        let ps = places(text);
        assert!(!texts(&ps).iter().any(|t| ["Falcon", "Store", "Métro"].contains(t)), "{text}: {:?}", texts(&ps));
    }
    // A cue still makes them places.
    let ps = places("Floods hit villages in Falcon state, in north-western Venezuela.");
    assert!(texts(&ps).contains(&"Falcon") || texts(&ps).contains(&"Falcon state"), "{:?}", texts(&ps));
    // The town named "in Paris" stays; "Métro" does not become a place.
    let ps = places("The attacker was shot in Paris. Cité station, part of the Paris Métro, was closed.");
    assert_eq!(texts(&ps), vec!["Paris"]);
}

#[test]
fn a_town_named_by_a_facility_in_another_town_is_not_a_place() {
    // The station, the park and the square carry a town's name; the place is
    // the town after "in": not Waterlooville, Victoria (Australia) or Hyde
    // Park (New York).
    for (text, gone) in [
        ("A worker was hurt at Waterloo station in central London on Monday.", "Waterloo"),
        ("Commuters were evacuated from Victoria station in the British capital London.", "Victoria"),
        ("Thousands marched to Hyde Park in London on Saturday.", "Hyde Park"),
    ] {
        let ps = places(text);
        assert!(!texts(&ps).contains(&gone), "{text}: {:?}", texts(&ps));
        assert!(ps.iter().any(|p| p.place.name == "London"), "{text}: {:?}", texts(&ps));
    }
    // Before a country the town stays: the airport is at Kabul.
    let ps = places("Crowds gathered outside Kabul airport in Afghanistan on Monday.");
    assert!(ps.iter().any(|p| p.place.name == "Kabul"), "{:?}", texts(&ps));
    // Without "in <town>" after the facility, the town stays.
    let ps = places("Crowds gathered at Kharkiv station on Monday.");
    assert!(ps.iter().any(|p| p.place.name == "Kharkiv"), "{:?}", texts(&ps));
}

/// Place mentions of the whole pipeline (the tagger's spans included).
fn pipeline_places(text: &str) -> Vec<PlaceMention> {
    Pipeline::for_language("en").analyze(&article(text, None)).places
}

#[test]
fn another_languages_name_inside_a_longer_name_is_not_a_place() {
    // "Island" is Iceland in German, "Observatoire" a Paris district's
    // short name: inside "Santa Cruz Island" or "the Observatoire de Paris"
    // they are part of that name.
    for (text, gone) in [
        ("A boat caught fire near Santa Cruz Island off the coast of California.", "Island"),
        ("Easter Island lies far off the west coast of South America.", "Island"),
        ("The astronomer, who works at the Observatoire de Paris, described the planet.", "Observatoire"),
        ("Pilgrims prayed to Allah outside the shrine in Karbala.", "Allah"),
    ] {
        let ps = pipeline_places(text);
        assert!(!texts(&ps).contains(&gone), "{text}: {:?}", texts(&ps));
        assert!(!ps.iter().any(|p| p.place.name == "Iceland"), "{text}: {:?}", texts(&ps));
        assert!(!ps.is_empty(), "{text}: the other place stays");
    }
    // Names of their own stand: the ocean, the country, the town.
    let ps = pipeline_places("Ships crossed the Pacific Ocean to Iceland, then sailed on to Paris.");
    for name in ["Pacific Ocean", "Iceland", "Paris"] {
        assert!(ps.iter().any(|p| p.place.name == name), "{name}: {:?}", texts(&ps));
    }
}

#[test]
fn a_state_named_like_a_country_is_the_state_in_an_article_about_its_country() {
    // The United States and one other state named: Georgia is the state.
    let ps = pipeline_places(
        "The next United States presidential debate is scheduled for November 20 in Georgia. The candidate later returned home to El Paso, Texas.",
    );
    let g = find(&ps, "Georgia");
    assert_eq!((g.place.country.as_deref(), g.place.precision), (Some("US"), PlacePrecision::Admin1), "{:?}", texts(&ps));
    // Without that context the country stands.
    let ps = pipeline_places("Russian troops entered Georgia in August 2008.");
    assert_eq!(find(&ps, "Georgia").place.country.as_deref(), Some("GE"));
    let ps = pipeline_places("Protesters gathered outside parliament in Georgia, where the government had proposed a new law.");
    assert_eq!(find(&ps, "Georgia").place.country.as_deref(), Some("GE"));
}

#[test]
fn a_town_named_before_a_distant_feature_is_not_the_town() {
    // Islands, rivers and mountains named after a town often lie far from it.
    for (text, town) in [
        ("Rangers landed on Santa Cruz Island on Monday.", "Santa Cruz"),
        ("Ferries to Vancouver Island were cancelled.", "Vancouver"),
        ("A barge sank in the Hudson River overnight.", "Hudson"),
    ] {
        let ps = places(text);
        assert!(!texts(&ps).contains(&town), "{text}: {:?}", texts(&ps));
    }
    // A country or state before the feature keeps its reading, and features
    // usually at the town keep the town.
    assert_eq!(find(&places("A boat capsized on the Congo River."), "Congo").place.precision, PlacePrecision::Country);
    assert_eq!(find(&places("Detainees are held at Guantanamo Bay."), "Guantanamo").place.country.as_deref(), Some("CU"));
    // The town alone is still the town.
    assert_eq!(find(&places("Protesters marched in Vancouver on Sunday."), "Vancouver").place.precision, PlacePrecision::City);
}

#[test]
fn a_feature_word_after_a_name_is_no_place_of_its_own() {
    // "Bay" is a region of Somalia, "Gulf" a province of Papua New Guinea.
    for text in ["Detainees are held at Guantanamo Bay.", "Tourists crowd Montauk Bay each summer.", "Shipping slowed near Hudson Bay."] {
        let ps = places(text);
        assert!(!texts(&ps).contains(&"Bay"), "{text}: {:?}", texts(&ps));
    }
}

#[test]
fn the_gulf_alone_is_no_place_but_gulf_province_is() {
    for text in ["Tankers crossed the Gulf on Monday.", "The Gulf states met in Riyadh.", "Tension in the Gulf rose."] {
        let ps = places(text);
        assert!(!texts(&ps).contains(&"Gulf"), "{text}: {:?}", texts(&ps));
    }
    assert_eq!(find(&places("Floods hit Gulf Province in Papua New Guinea."), "Gulf").place.country.as_deref(), Some("PG"));
}

#[test]
fn a_facility_placed_in_a_town_once_is_placed_there_in_every_mention() {
    // "is in" as well as "in" places the station; its other mentions,
    // with no town after them, name the same station.
    let text = "Waterloo station is in central London. Trains stopped after a fire at Waterloo station on Tuesday, and Waterloo station stayed shut.";
    let ps = places(text);
    assert!(!texts(&ps).contains(&"Waterloo"), "{:?}", texts(&ps));
    assert!(ps.iter().any(|p| p.place.name == "London"), "{:?}", texts(&ps));
    let text = "Paddington station was in chaos. Victoria station was in west London's shadow, and Manchester was quiet.";
    let ps = places(text);
    assert!(ps.iter().any(|p| p.place.name == "Manchester"), "{:?}", texts(&ps));
    // The town itself, named without the facility noun, stays a town.
    let text = "A crash closed Leeds station, which is in Leeds city centre. Leeds voted on Thursday.";
    let ps = places(text);
    assert!(ps.iter().any(|p| p.place.name == "Leeds"), "{:?}", texts(&ps));
}

#[test]
fn a_place_inside_a_groups_or_outlets_name_is_no_place_of_the_article() {
    // The registry knows these names whole: an armed group, a cartel, an
    // outlet. The place words inside them say nothing of where things
    // happened.
    for (text, gone) in [
        ("The Islamic State of Iraq and the Levant claimed the bombing in Tunis.", "Levant"),
        ("Fighters of the Islamic State of Iraq and Syria attacked a checkpoint near Kirkuk.", "Syria"),
        ("Soldiers arrested three members of the Sinaloa Cartel in Culiacán.", "Sinaloa"),
        ("The figures were first published by USA Today on Monday, officials in Ohio said.", "USA"),
    ] {
        let ps = pipeline_places(text);
        assert!(!texts(&ps).contains(&gone), "{text}: {:?}", texts(&ps));
        assert!(!ps.is_empty(), "{text}: the other place stays");
    }
    // A government's name keeps its country; the group's name with "in"
    // may say where it fought, and is not taken as the name.
    let ps = pipeline_places("The US Senate voted on Tuesday.");
    assert!(ps.iter().any(|p| p.place.name == "United States"), "{:?}", texts(&ps));
    let ps = pipeline_places("The coalition fought the Islamic State in Iraq and Syria for five years.");
    assert!(ps.iter().any(|p| p.place.name == "Iraq") && ps.iter().any(|p| p.place.name == "Syria"), "{:?}", texts(&ps));
}
