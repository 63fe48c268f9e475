//! JSON-LD: what a page's `application/ld+json` scripts say about its
//! article (headline, date, authors, publisher, URL, body).
//!
//! The scripts are parsed into [`Json`], a tree that keeps only the fields
//! the reader looks at (values of other fields are parsed, so malformed
//! JSON is refused exactly as before, but not stored): a page's JSON-LD
//! often describes the whole site, and building a `serde_json::Value` of
//! it (a `String` per string, a map per object) cost more than reading it.
//! The reader is generic over [`JsonView`], so the tests can check it
//! against `serde_json::Value`.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::meta::JsonLd;
use super::text::clean;

/// Read access to a parsed JSON value, as the reader needs it.
pub(crate) trait JsonView: Sized {
    /// The string, if this is one.
    fn string(&self) -> Option<&str>;
    /// The elements, if this is an array.
    fn elements(&self) -> Option<&[Self]>;
    fn is_object(&self) -> bool;
    /// A field of an object (the last one of that name); `None` for other
    /// values.
    fn field(&self, name: &str) -> Option<&Self>;
}

/// The fields of an object that the reader looks at.
const FIELDS: &[&str] = &[
    "@type",
    "@graph",
    "mainEntity",
    "headline",
    "name",
    "datePublished",
    "dateCreated",
    "publisher",
    "url",
    "articleBody",
    "author",
    "@id",
];

/// A JSON value reduced to what the reader uses.
#[derive(Debug)]
pub(crate) enum Json<'a> {
    Str(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    /// The fields listed in [`FIELDS`] (index, value), in document order.
    Object(Vec<(u8, Json<'a>)>),
    /// A number, `true`, `false` or `null`.
    Scalar,
}

impl JsonView for Json<'_> {
    fn string(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    fn elements(&self) -> Option<&[Self]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }
    fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }
    fn field(&self, name: &str) -> Option<&Self> {
        let Json::Object(fields) = self else {
            return None;
        };
        let index = FIELDS.iter().position(|f| *f == name)?;
        // A repeated name: the last one counts, as in `serde_json::Value`.
        fields.iter().rev().find(|(i, _)| usize::from(*i) == index).map(|(_, v)| v)
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Json::Scalar)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(Json::Scalar)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(Json::Scalar)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(Json::Scalar)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Scalar)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Json::Scalar)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        Json::deserialize(deserializer)
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Json::Str(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Json::Str(Cow::Owned(s.to_string())))
    }
    fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
        Ok(Json::Str(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut elements = Vec::new();
        while let Some(e) = seq.next_element::<Json>()? {
            elements.push(e);
        }
        Ok(Json::Array(elements))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut fields = Vec::new();
        while let Some(FieldName(index)) = map.next_key::<FieldName>()? {
            match index {
                Some(i) => fields.push((i, map.next_value::<Json>()?)),
                None => {
                    map.next_value::<Skipped>()?;
                }
            }
        }
        Ok(Json::Object(fields))
    }
}

/// An object key: its index in [`FIELDS`], or `None` for other names.
struct FieldName(Option<u8>);

impl<'de> Deserialize<'de> for FieldName {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl Visitor<'_> for NameVisitor {
            type Value = FieldName;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_str<E>(self, s: &str) -> Result<FieldName, E> {
                Ok(FieldName(FIELDS.iter().position(|f| *f == s).map(|i| i as u8)))
            }
        }
        // As `serde_json::Value` reads its keys.
        deserializer.deserialize_str(NameVisitor)
    }
}

/// A value that is parsed (through `deserialize_any`, as
/// `serde_json::Value` is, so the same documents are refused) but not kept.
struct Skipped;

impl<'de> Deserialize<'de> for Skipped {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SkipVisitor;
        impl<'de> Visitor<'de> for SkipVisitor {
            type Value = Skipped;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E>(self, _: bool) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_i64<E>(self, _: i64) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_u64<E>(self, _: u64) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_str<E>(self, _: &str) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_unit<E>(self) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_none<E>(self) -> Result<Skipped, E> {
                Ok(Skipped)
            }
            fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Skipped, D::Error> {
                Skipped::deserialize(deserializer)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Skipped, A::Error> {
                while seq.next_element::<Skipped>()?.is_some() {}
                Ok(Skipped)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skipped, A::Error> {
                while map.next_key::<SkippedKey>()?.is_some() {
                    map.next_value::<Skipped>()?;
                }
                Ok(Skipped)
            }
        }
        deserializer.deserialize_any(SkipVisitor)
    }
}

/// An object key that is read (as `serde_json::Value` reads keys) and
/// dropped.
struct SkippedKey;

impl<'de> Deserialize<'de> for SkippedKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = SkippedKey;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_str<E>(self, _: &str) -> Result<SkippedKey, E> {
                Ok(SkippedKey)
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNews",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "SocialMediaPosting",
    "DiscussionForumPosting",
    "WebPage",
];

fn type_rank<J: JsonView>(v: &J) -> Option<usize> {
    let rank_of = |s: &str| ARTICLE_TYPES.iter().position(|t| t.eq_ignore_ascii_case(s));
    let t = v.field("@type")?;
    if let Some(s) = t.string() {
        rank_of(s)
    } else {
        t.elements()?.iter().filter_map(|t| t.string().and_then(rank_of)).min()
    }
}

fn string_of<J: JsonView>(v: Option<&J>) -> Option<String> {
    let v = v?;
    if let Some(s) = v.string() {
        let s = clean(s);
        (!s.is_empty()).then_some(s)
    } else if let Some(a) = v.elements() {
        a.iter().find_map(|x| string_of(Some(x)))
    } else if v.is_object() {
        string_of(v.field("name")).or_else(|| string_of(v.field("@id")))
    } else {
        None
    }
}

fn names_of<J: JsonView>(v: Option<&J>, out: &mut Vec<String>) {
    let Some(v) = v else {
        return;
    };
    if let Some(s) = v.string() {
        let s = clean(s);
        if !s.is_empty() && !s.starts_with("http") {
            out.push(s);
        }
    } else if let Some(a) = v.elements() {
        a.iter().for_each(|x| names_of(Some(x), out));
    } else if let Some(name) = v.field("name") {
        names_of(Some(name), out);
    }
}

/// Collects article-typed objects (also inside `@graph` and arrays).
fn collect_objects<'v, J: JsonView>(v: &'v J, out: &mut Vec<(usize, &'v J)>, depth: usize) {
    if depth > 8 {
        return;
    }
    if let Some(a) = v.elements() {
        a.iter().for_each(|x| collect_objects(x, out, depth + 1));
    } else if v.is_object() {
        if let Some(rank) = type_rank(v) {
            out.push((rank, v));
        }
        if let Some(g) = v.field("@graph") {
            collect_objects(g, out, depth + 1);
        }
        if let Some(m) = v.field("mainEntity") {
            collect_objects(m, out, depth + 1);
        }
    }
}

pub(crate) fn read_jsonld(raw: &str, into: &mut JsonLd, best_rank: &mut usize) {
    let trimmed = unwrap_script(raw);
    let Ok(value) = serde_json::from_str::<Json>(trimmed) else {
        return;
    };
    read_value(&value, into, best_rank);
}

/// The JSON text of a JSON-LD script.
fn unwrap_script(raw: &str) -> &str {
    // Some pages wrap the JSON in comments or CDATA markers.
    let trimmed = raw
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    trimmed
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>")
        .trim()
}

/// Takes in one parsed JSON-LD document.
fn read_value<J: JsonView>(value: &J, into: &mut JsonLd, best_rank: &mut usize) {
    let mut objects = Vec::new();
    collect_objects(value, &mut objects, 0);
    objects.sort_by_key(|(rank, _)| *rank);
    for (rank, obj) in objects {
        let better = rank < *best_rank;
        let fill = |slot: &mut Option<String>, v: Option<String>| {
            if v.is_some() && (slot.is_none() || better) {
                *slot = v;
            }
        };
        fill(
            &mut into.headline,
            string_of(obj.field("headline"))
                .or_else(|| string_of(obj.field("name")).filter(|_| rank < ARTICLE_TYPES.len() - 1)),
        );
        fill(
            &mut into.date_published,
            string_of(obj.field("datePublished")).or_else(|| string_of(obj.field("dateCreated"))),
        );
        fill(
            &mut into.publisher,
            obj.field("publisher")
                .and_then(|p| string_of(p.field("name")).or_else(|| string_of(Some(p)))),
        );
        fill(
            &mut into.url,
            string_of(obj.field("url")).filter(|u| u.starts_with("http")),
        );
        if let Some(body) = obj.field("articleBody").and_then(J::string) {
            if into
                .article_body
                .as_ref()
                .is_none_or(|b| body.len() > b.len())
            {
                into.article_body = Some(body.to_string());
            }
        }
        if into.authors.is_empty() || better {
            let mut names = Vec::new();
            names_of(obj.field("author"), &mut names);
            if !names.is_empty() {
                into.authors = names;
            }
        }
        *best_rank = (*best_rank).min(rank);
    }
}


#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    impl JsonView for Value {
        fn string(&self) -> Option<&str> {
            self.as_str()
        }
        fn elements(&self) -> Option<&[Self]> {
            self.as_array().map(Vec::as_slice)
        }
        fn is_object(&self) -> bool {
            self.is_object()
        }
        fn field(&self, name: &str) -> Option<&Self> {
            self.get(name)
        }
    }

    /// The reading with `serde_json::Value`, as it was done before
    /// [`Json`]: the definition the reduced tree must agree with.
    fn read_with_value(raw: &str, into: &mut JsonLd, best_rank: &mut usize) {
        let Ok(value) = serde_json::from_str::<Value>(unwrap_script(raw)) else {
            return;
        };
        read_value(&value, into, best_rank);
    }

    fn both(docs: &[&str]) -> (String, String) {
        let (mut a, mut b) = (JsonLd::default(), JsonLd::default());
        let (mut ra, mut rb) = (usize::MAX, usize::MAX);
        for doc in docs {
            read_jsonld(doc, &mut a, &mut ra);
            read_with_value(doc, &mut b, &mut rb);
        }
        (format!("{a:?} {ra}"), format!("{b:?} {rb}"))
    }

    #[test]
    fn agrees_with_serde_json_value() {
        let fixed = [
            r#"{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm \u0022hits\u0022 coast","datePublished":"2019-11-20T07:50:00Z","author":[{"@type":"Person","name":"Jane Doe"},{"name":"John Roe"}],"publisher":{"@type":"Organization","name":"The Daily","logo":{"url":"x"}},"url":"https://example.com/a","articleBody":"Body text."}"#,
            r#"<!-- {"@graph":[{"@type":"WebPage","name":"Page"},{"@type":["Thing","Article"],"name":"Named","author":"By Someone","dateCreated":"2020-01-01"}]} -->"#,
            r#"[{"@type":"BlogPosting","headline":"A","headline":"B","mainEntity":{"@type":"NewsArticle","headline":"C"}}]"#,
            r#"{"@type":"NewsArticle","headline":1e400}"#,
            r#"{"@type":"NewsArticle","headline":"x","other":1e400}"#,
            r#"{"@type":"NewsArticle","headline":"x","other":"\ud800"}"#,
            r#"{"@type":"NewsArticle","headline":"x",}"#,
            r#"{"@type":"NewsArticle","headline":"x"} trailing"#,
            r#"{"@type":"NewsArticle","headline":"x","deep":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"#,
            r#"//<![CDATA[ {"@type":"ReportageNews","publisher":["", {"@id":"https://p"}],"url":"ftp://no","author":{"name":["A","http://b","C"]}} //]]>"#,
            "not json",
            "",
        ];
        for doc in fixed {
            let (a, b) = both(&[doc]);
            assert_eq!(a, b, "{doc}");
        }
        // Random documents from pieces, read in sequence (ranks carry over).
        let keys = ["\"@type\"", "\"headline\"", "\"name\"", "\"author\"", "\"publisher\"", "\"@graph\"", "\"mainEntity\"", "\"url\"", "\"articleBody\"", "\"datePublished\"", "\"dateCreated\"", "\"@id\"", "\"other\""];
        let values = ["\"NewsArticle\"", "\"WebPage\"", "\"Article\"", "\"Jane Doe\"", "\"http://x\"", "\"\"", "\"2020-02-02\"", "1", "null", "true", "[\"Article\", \"Thing\"]", "1e999", "\"a\\u00e9\""];
        let mut next = crate::test_rng(0x8CB9_2BA7_2F3D_8DD7);
        fn object(next: &mut impl FnMut(usize) -> usize, keys: &[&str], values: &[&str], depth: usize) -> String {
            let fields: Vec<String> = (0..next(5))
                .map(|_| {
                    let v = match next(6) {
                        0 if depth < 3 => object(next, keys, values, depth + 1),
                        1 if depth < 3 => format!("[{}]", object(next, keys, values, depth + 1)),
                        _ => values[next(values.len())].to_string(),
                    };
                    format!("{}:{}", keys[next(keys.len())], v)
                })
                .collect();
            format!("{{{}}}", fields.join(","))
        }
        let nothing = format!("{:?} {}", JsonLd::default(), usize::MAX);
        let mut found = 0;
        for _ in 0..3_000 {
            let docs: Vec<String> = (0..1 + next(3)).map(|_| object(&mut next, &keys, &values, 0)).collect();
            let refs: Vec<&str> = docs.iter().map(String::as_str).collect();
            let (a, b) = both(&refs);
            assert_eq!(a, b, "{docs:?}");
            found += usize::from(a != nothing);
        }
        assert!(found > 100);
    }
}
