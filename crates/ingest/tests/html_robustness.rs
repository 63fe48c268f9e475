//! The extractor must return (not panic, not hang, not overflow the stack)
//! on any input. Inputs are generated here rather than stored.

use newsledger_ingest::html::extract_page;

const PARAGRAPH: &str = "<p>The committee met for the third time this week and again failed to agree on the budget, members said afterwards.</p>";

fn article(paragraphs: usize) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><title>A test page</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Headline</h1>{}</article></body></html>",
        PARAGRAPH.repeat(paragraphs)
    )
}

/// A small deterministic generator for junk bytes.
fn junk(len: usize, mut seed: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(len);
    for _ in 0..len {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        out.push((seed >> 24) as u8);
    }
    out
}

#[test]
fn empty_and_tiny_inputs() {
    for input in [
        "", " ", "<", ">", "<<", "</", "<!", "<!--", "<?", "&", "&#", "&#x", "<a", "<a ", "<a b=",
        "<a b='", "</a", "<p>",
    ] {
        let page = extract_page(input);
        assert!(page.blocks.iter().all(|b| !b.text.is_empty()), "{input:?}");
    }
}

#[test]
fn plain_text_without_markup() {
    let text = "Just some text that is not HTML at all, written as one long sentence about the weather in the valley.";
    let page = extract_page(text);
    assert_eq!(page.blocks.len(), 1);
    assert_eq!(page.blocks[0].text, text);
}

#[test]
fn every_prefix_of_a_page() {
    let html = article(3);
    let mut cut = 0;
    while cut <= html.len() {
        if html.is_char_boundary(cut) {
            let _ = extract_page(&html[..cut]);
        }
        cut += 1;
    }
    // A page cut inside its last paragraph still yields the paragraphs before it.
    let truncated = &html[..html.len() - 60];
    let page = extract_page(truncated);
    assert!(
        page.blocks
            .iter()
            .filter(|b| b.text.starts_with("The committee met"))
            .count()
            >= 2
    );
}

#[test]
fn binary_junk() {
    for seed in 1..40u64 {
        let bytes = junk(20_000, seed);
        let text = String::from_utf8_lossy(&bytes);
        let _ = extract_page(&text);
        // Junk with many tag-like bytes.
        let tagged: String = text
            .chars()
            .map(|c| {
                if (c as u32) % 7 == 0 {
                    '<'
                } else if (c as u32) % 11 == 0 {
                    '>'
                } else {
                    c
                }
            })
            .collect();
        let _ = extract_page(&tagged);
    }
}

#[test]
fn unclosed_tags_and_attributes() {
    let inputs = [
        format!("<div><div><div><p>{}", "words and more words ".repeat(20)),
        format!("<div class=\"never closed><p>{}</p>", "text ".repeat(50)),
        format!("<script>var x = '{}';", "a".repeat(1000)),
        format!("<style>{}", "p{color:red}".repeat(100)),
        format!("<!-- {} ", "comment ".repeat(100)),
        format!("<textarea>{}", "<p>not markup</p>".repeat(20)),
        format!("<a href='x>{}", PARAGRAPH.repeat(5)),
        format!(
            "{}</div></div></span></p></article></body></html>",
            PARAGRAPH.repeat(3)
        ),
    ];
    for input in &inputs {
        let _ = extract_page(input);
    }
    let page = extract_page(&inputs[0]);
    assert!(page
        .blocks
        .iter()
        .any(|b| b.text.starts_with("words and more words")));
}

#[test]
fn deeply_nested_elements() {
    let depth = 100_000;
    let mut html = String::with_capacity(depth * 12);
    for _ in 0..depth {
        html.push_str("<div>");
    }
    html.push_str(PARAGRAPH);
    for _ in 0..depth {
        html.push_str("</div>");
    }
    let page = extract_page(&html);
    assert!(page
        .blocks
        .iter()
        .any(|b| b.text.starts_with("The committee met")));

    // Unclosed nesting of inline and block elements with text at every level.
    let mut html = String::new();
    for i in 0..depth {
        html.push_str(if i % 2 == 0 { "<span>x " } else { "<b>y " });
    }
    let _ = extract_page(&html);

    // Deep nesting followed by many end tags that match nothing open.
    let mut html = "<div>".repeat(depth);
    html.push_str(&"</span>".repeat(depth));
    html.push_str(&"</section>".repeat(depth));
    let _ = extract_page(&html);
}

#[test]
fn many_siblings_and_attributes() {
    let mut html = String::from("<ul>");
    for i in 0..50_000 {
        html.push_str(&format!(
            "<li class=\"item item-{i}\" data-x=\"{i}\"><a href=\"/{i}\">link {i}</a>"
        ));
    }
    let _ = extract_page(&html);
    let many_attrs = format!("<div {}>{}</div>", "a=b ".repeat(50_000), PARAGRAPH);
    let page = extract_page(&many_attrs);
    assert!(!page.blocks.is_empty());
}

#[test]
fn fifty_megabyte_page() {
    let target = 50 * 1024 * 1024;
    let mut html = String::with_capacity(target + 1024);
    html.push_str("<html><body><article>");
    let filler = "<div class=\"row\"><span>cell</span><a href=\"/more\">more</a></div>";
    let mut i = 0usize;
    while html.len() < target {
        if i % 50 == 0 {
            html.push_str(PARAGRAPH);
        } else {
            html.push_str(filler);
        }
        i += 1;
    }
    let page = extract_page(&html);
    assert!(!page.blocks.is_empty());
}

#[test]
fn odd_references_and_json() {
    let html = "<html><head><script type=\"application/ld+json\">{\"@type\": [\"NewsArticle\"], \"author\": {\"name\": [1, {\"x\": null}]}, \"headline\": 5, \"@graph\": [[[[[[[[[[[]]]]]]]]]]]}</script>\
                <script type=\"application/ld+json\">{not json</script></head><body><p>&#0;&#xD800;&#x110000;&#99999999999999999999; &am &amp &;</p></body></html>";
    let page = extract_page(html);
    assert!(page.blocks.iter().all(|b| !b.text.is_empty()));
}
