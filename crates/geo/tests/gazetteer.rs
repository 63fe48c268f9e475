//! The bundled gazetteer decodes, agrees with the build script's
//! normalisation, and resolves the shapes news text uses.

use newsledger_geo::{distance_km, resolve, ArticleHints, Context, Gazetteer, Kind, MentionQuery, PlaceId, Resolver};
use newsledger_model::PlacePrecision;

fn gaz() -> &'static Gazetteer {
    Gazetteer::global().expect("bundled gazetteer decodes")
}

fn norm(s: &str) -> String {
    let mut out = String::new();
    gaz().normalise_into(s, &mut out);
    out
}

#[test]
fn decodes_with_every_kind_and_stays_small() {
    let g = gaz();
    assert!(g.file_len < 5_000_000, "gazetteer file grew to {} bytes", g.file_len);
    for kind in [Kind::Country, Kind::Admin1, Kind::Admin2, Kind::City, Kind::Region, Kind::Sea, Kind::Continent] {
        assert!(g.entries().any(|(_, e)| e.kind == kind), "no {kind:?} entries");
    }
    assert!(g.entries().filter(|(_, e)| e.kind == Kind::Country).count() > 200);
    assert!(g.entries().filter(|(_, e)| e.kind == Kind::City).count() > 20_000);
}

#[test]
fn normalisation_folds_accents_periods_and_punctuation() {
    assert_eq!(norm("Culiacán"), "culiacan");
    assert_eq!(norm("CULIACAN"), "culiacan");
    assert_eq!(norm("U.S."), "us");
    assert_eq!(norm("Xi’an"), "xian");
    assert_eq!(norm("Guinea-Bissau"), "guinea bissau");
    assert_eq!(norm("  São  Paulo "), "sao paulo");
    assert_eq!(norm("Łódź"), "lodz");
    assert_eq!(norm("Straße"), "strasse");
    assert_eq!(norm("Москва"), "");
}

/// The Rust normaliser and the build script's must agree: every entry's
/// display name, normalised here, finds that entry.
#[test]
fn every_display_name_finds_its_entry() {
    let g = gaz();
    let mut key = String::new();
    let mut missing = Vec::new();
    for (id, e) in g.entries() {
        key.clear();
        g.normalise_into(e.name, &mut key);
        if key.is_empty() {
            continue;
        }
        let found = g.lookup(&key).is_some_and(|l| l.postings.iter().any(|p| p.place == id));
        if !found {
            missing.push(e.name);
        }
    }
    assert!(missing.is_empty(), "{} names not found, e.g. {:?}", missing.len(), &missing[..missing.len().min(5)]);
}

#[test]
fn stored_keys_are_already_normalised() {
    // A key that changes when normalised again could never be matched.
    let g = gaz();
    let probes = ["culiacan", "us", "gulf of mexico", "middle east", "new south wales", "long beach"];
    for k in probes {
        assert!(g.lookup(k).is_some_and(|l| !l.postings.is_empty()), "{k} missing");
        assert_eq!(norm(k), k);
    }
}

#[test]
fn prefixes_continue_and_postings_point_to_named_places() {
    let g = gaz();
    let gulf = g.lookup("gulf of").expect("prefix of Gulf of Mexico");
    assert!(gulf.continues);
    let l = g.lookup("gulf of mexico").unwrap();
    assert!(l.postings.iter().any(|p| g.entry(p.place).kind == Kind::Sea));
}

#[test]
fn accent_insensitive_resolution() {
    let a = resolve("Culiacán", &Context::new()).unwrap();
    let b = resolve("Culiacan", &Context::new()).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.country.as_deref(), Some("MX"));
    assert_eq!(a.precision, PlacePrecision::City);
    let (lat, lon) = (a.lat.unwrap(), a.lon.unwrap());
    assert!(distance_km(lat, lon, 24.8, -107.39) < 20.0, "Culiacán at {lat},{lon}");
}

#[test]
fn countries_regions_and_seas_have_their_precision() {
    let ctx = Context::new();
    let mx = resolve("Mexico", &ctx).unwrap();
    assert_eq!((mx.country.as_deref(), mx.precision), (Some("MX"), PlacePrecision::Country));
    let ve = resolve("Venezuela", &ctx).unwrap();
    assert_eq!((ve.country.as_deref(), ve.precision), (Some("VE"), PlacePrecision::Country));
    let car = resolve("Caribbean", &ctx).unwrap();
    assert_eq!(car.precision, PlacePrecision::Region);
    assert_eq!(car.country, None);
    let pac = resolve("Pacific", &ctx).unwrap();
    assert_eq!(pac.precision, PlacePrecision::Sea);
    let gom = resolve("Gulf of Mexico", &ctx).unwrap();
    assert_eq!(gom.precision, PlacePrecision::Sea);
    let sin = resolve("Sinaloa", &ctx).unwrap();
    assert_eq!((sin.country.as_deref(), sin.precision), (Some("MX"), PlacePrecision::Admin1));
    assert_eq!(resolve("U.S.", &ctx).unwrap().country.as_deref(), Some("US"));
    assert_eq!(resolve("Gaza Strip", &ctx).unwrap().country.as_deref(), Some("PS"));
}

#[test]
fn unknown_names_resolve_to_nothing() {
    assert_eq!(resolve("Qwxzvillebergstan", &Context::new()), None);
    assert_eq!(resolve("", &Context::new()), None);
}

fn article(names: &[(&str, Option<usize>)], dateline: Option<&str>) -> Vec<Option<(String, Kind, Option<String>)>> {
    let g = gaz();
    let mut r = Resolver::new(g);
    let qs: Vec<MentionQuery> = names
        .iter()
        .map(|(n, q)| MentionQuery { qualifies: *q, ..MentionQuery::new(n) })
        .collect();
    let hints = ArticleHints { dateline, demonyms: vec![] };
    r.resolve_article(&qs, &hints)
        .into_iter()
        .map(|o| {
            o.map(|res| {
                let e = g.entry(res.place);
                (e.name.to_string(), e.kind, e.country().map(str::to_string))
            })
        })
        .collect()
}

fn admin1_of(id: PlaceId) -> Option<&'static str> {
    let g = gaz();
    g.entry(id).parent.map(|p| g.entry(p).name)
}

#[test]
fn qualifier_picks_the_town_inside_it() {
    // "Culiacán, Sinaloa"
    let out = article(&[("Culiacán", None), ("Sinaloa", Some(0))], None);
    let (name, kind, cc) = out[0].clone().unwrap();
    assert_eq!((kind, cc.as_deref()), (Kind::City, Some("MX")), "{name}");
    assert_eq!(out[1].clone().unwrap().1, Kind::Admin1);

    // "Long Beach, CA" must not go to Australia or anywhere else.
    let out = article(&[("Long Beach", None), ("CA", Some(0))], None);
    let (name, _, cc) = out[0].clone().unwrap();
    assert_eq!(cc.as_deref(), Some("US"), "{name}");
    let out = article(&[("Long Beach", None), ("Calif.", Some(0))], None);
    assert_eq!(out[0].clone().unwrap().2.as_deref(), Some("US"));

    // "Paris, Texas" with the qualifier: Texas.
    let g = gaz();
    let mut r = Resolver::new(g);
    let qs = [MentionQuery::new("Paris"), MentionQuery { qualifies: Some(0), ..MentionQuery::new("Texas") }];
    let res = r.resolve_article(&qs, &ArticleHints::default());
    let paris = res[0].unwrap().place;
    assert_eq!(g.entry(paris).country(), Some("US"));
    assert_eq!(admin1_of(paris), Some("Texas"));
}

#[test]
fn qualifier_only_abbreviations_need_the_qualifier_position() {
    // "CA" alone is not California (nor anything: it is qualifier-only).
    let out = article(&[("CA", None)], None);
    assert!(out[0].as_ref().is_none_or(|(_, k, _)| *k != Kind::Admin1), "{:?}", out[0]);
}

#[test]
fn paris_among_texas_towns_keeps_the_population_prior() {
    // Article context about Texas is not strong evidence for Paris, Texas.
    let out = article(&[("Texas", None), ("Austin", None), ("Dallas", None), ("Paris", None)], None);
    assert_eq!(out[0].clone().unwrap().2.as_deref(), Some("US"));
    assert_eq!(out[1].clone().unwrap().2.as_deref(), Some("US"));
    assert_eq!(out[3].clone().unwrap().2.as_deref(), Some("FR"));
}

#[test]
fn country_context_moves_ambiguous_names() {
    // "Georgia" alone is the country; in a U.S. article, the state.
    let alone = article(&[("Georgia", None)], None);
    assert_eq!(alone[0].clone().unwrap().1, Kind::Country);
    let us = article(&[("Atlanta", None), ("Georgia", None), ("Alabama", None)], Some("WASHINGTON"));
    let (_, kind, cc) = us[1].clone().unwrap();
    assert_eq!((kind, cc.as_deref()), (Kind::Admin1, Some("US")));
}

#[test]
fn a_dateline_gives_country_context() {
    // Without context "Santa Ana" is the most populous one; with a
    // California dateline it is Santa Ana, California.
    let g = gaz();
    let mut r = Resolver::new(g);
    let qs = [MentionQuery::new("Santa Ana")];
    let with = r.resolve_article(&qs, &ArticleHints { dateline: Some("LOS ANGELES"), demonyms: vec![] })[0].unwrap();
    assert_eq!(g.entry(with.place).country(), Some("US"));
    assert_eq!(admin1_of(with.place), Some("California"));
}

#[test]
fn the_border_of_a_country_with_a_neighbour_in_context() {
    let g = gaz();
    let mut r = Resolver::new(g);
    let qs = [MentionQuery::new("Mexico"), MentionQuery { before_border: true, ..MentionQuery::new("U.S.") }];
    let out = r.resolve_article(&qs, &ArticleHints::default());
    let border = g.entry(out[1].unwrap().place);
    assert_eq!(border.kind, Kind::Region);
    assert!(border.name.contains("border"), "{}", border.name);
    // Without a neighbour in the article it stays the country.
    let qs = [MentionQuery { before_border: true, ..MentionQuery::new("U.S.") }];
    let out = r.resolve_article(&qs, &ArticleHints::default());
    assert_eq!(g.entry(out[0].unwrap().place).kind, Kind::Country);
}

#[test]
fn most_populous_is_the_baseline() {
    let g = gaz();
    let mut buf = String::new();
    let id = g.most_populous("Paris", &mut buf).unwrap();
    assert_eq!(g.entry(id).country(), Some("FR"));
    assert!(g.most_populous("Qwxzvillebergstan", &mut buf).is_none());
}

#[test]
fn gazetteer_ids_name_their_source() {
    let g = gaz();
    let mx = resolve("Mexico", &Context::new()).unwrap();
    assert_eq!(mx.gazetteer_id.as_deref(), Some("geonames:3996063"));
    let car = resolve("Caribbean", &Context::new()).unwrap();
    assert_eq!(car.gazetteer_id.as_deref(), Some("region:caribbean"));
    let sin = resolve("Sinaloa", &Context::new()).unwrap();
    assert!(sin.gazetteer_id.as_deref().is_some_and(|s| s.starts_with("admin1:MX:")), "{:?}", sin.gazetteer_id);
    let _ = g;
}

#[test]
fn a_bare_name_shared_by_an_area_and_its_town_is_the_town() {
    let g = gaz();
    let mut r = Resolver::new(g);
    // Five first-level areas whose town of the same name lies in them.
    for name in ["Lagos", "Kano", "Donetsk", "Herat", "Puebla"] {
        let res = r.resolve_article(&[MentionQuery::new(name)], &ArticleHints::default());
        let bare = g.entry(res[0].expect(name).place);
        assert_eq!(bare.kind, Kind::City, "{name} alone");
        // "the Donetsk region", "Kano State": the area.
        let q = MentionQuery { before_admin_area: true, ..MentionQuery::new(name) };
        let res = r.resolve_article(&[q], &ArticleHints::default());
        let area = res[0].expect(name).place;
        assert_eq!(g.entry(area).kind, Kind::Admin1, "{name} before an area noun");
        assert_eq!(bare.parent, Some(area), "{name}: the town lies in the area");
    }
    // A qualifier is the area: "Culiacán, Sinaloa"; "Ikeja, Lagos".
    let qs = [MentionQuery::new("Ikeja"), MentionQuery { qualifies: Some(0), ..MentionQuery::new("Lagos") }];
    let res = r.resolve_article(&qs, &ArticleHints::default());
    assert_eq!(g.entry(res[1].unwrap().place).kind, Kind::Admin1);
}

#[test]
fn an_area_and_its_town_listed_with_other_areas_is_the_area() {
    let g = gaz();
    let mut r = Resolver::new(g);
    // "Sonora and Puebla", "Borno and Kano": listed with a first-level area
    // of the same country that has no town of its name, the ambiguous name
    // is an area too.
    for (peer, name) in [("Sonora", "Puebla"), ("Borno", "Kano"), ("Sinaloa", "Chihuahua")] {
        let qs = [MentionQuery::new(peer), MentionQuery { listed_after: Some(0), ..MentionQuery::new(name) }];
        let res = r.resolve_article(&qs, &ArticleHints::default());
        assert_eq!(g.entry(res[0].expect(peer).place).kind, Kind::Admin1, "{peer}");
        assert_eq!(g.entry(res[1].expect(name).place).kind, Kind::Admin1, "{name} listed after {peer}");
        // Named apart (not listed), the bare name stays the town.
        let qs = [MentionQuery::new(peer), MentionQuery::new(name)];
        let res = r.resolve_article(&qs, &ArticleHints::default());
        assert_eq!(g.entry(res[1].expect(name).place).kind, Kind::City, "{name} named apart from {peer}");
    }
    // A national capital keeps its town reading beside areas ("Hebei and
    // Beijing"), and an area of another country does not count.
    for (peer, name) in [("Hebei", "Beijing"), ("Ontario", "Puebla")] {
        let qs = [MentionQuery::new(peer), MentionQuery { listed_after: Some(0), ..MentionQuery::new(name) }];
        let res = r.resolve_article(&qs, &ArticleHints::default());
        assert_eq!(g.entry(res[1].expect(name).place).kind, Kind::City, "{name} listed after {peer}");
    }
}

#[test]
fn a_name_another_town_owns_is_not_an_alternate() {
    // GeoNames lists old or mistaken alternate names ("Allentown" for Key
    // West, "Waterloo" for Austin, "Puerto Rico" for San Juan); the build
    // leaves out an alternate that is a country's name or the own name of
    // another town of the same country.
    let g = gaz();
    let places_named = |name: &str| -> Vec<(String, Kind, Option<String>)> {
        let l = g.lookup(&norm(name)).expect("known name");
        l.postings
            .iter()
            .map(|p| {
                let e = g.entry(p.place);
                (e.name.to_string(), e.kind, e.country().map(str::to_string))
            })
            .collect()
    };
    let allentown = places_named("Allentown");
    assert!(allentown.iter().all(|(n, _, _)| n == "Allentown"), "{allentown:?}");
    let waterloo = places_named("Waterloo");
    assert!(waterloo.iter().all(|(n, _, _)| n != "Austin"), "{waterloo:?}");
    let pr = places_named("Puerto Rico");
    assert!(pr.iter().all(|(n, _, _)| n != "San Juan"), "{pr:?}");
    let r = resolve("Puerto Rico", &Context::new()).unwrap();
    assert_eq!((r.country.as_deref(), r.precision), (Some("PR"), PlacePrecision::Country));
    // A short form of the town's own name stays: "Matamoros" is Heroica
    // Matamoros on the border, though a smaller Matamoros exists elsewhere.
    let matamoros = places_named("Matamoros");
    assert!(matamoros.iter().any(|(n, _, c)| n == "Heroica Matamoros" && c.as_deref() == Some("MX")), "{matamoros:?}");
    // A real alternate of a big town stays: "Bombay".
    assert_eq!(resolve("Bombay", &Context::new()).unwrap().country.as_deref(), Some("IN"));
}
