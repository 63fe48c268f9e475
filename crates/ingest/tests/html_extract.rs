//! End-to-end extraction on small hand-written pages.

use newsledger_ingest::html::{extract_page, BlockKind, HtmlPage};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/html/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn body(page: &HtmlPage) -> String {
    page.blocks
        .iter()
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[test]
fn news_article_body_keeps_the_story_and_drops_the_page() {
    let page = extract_page(&fixture("news_article.html"));
    let text = body(&page);
    for wanted in [
        "Councillors in the harbour town voted seven to two",
        "most of it paid by a national flood-defence fund",
        "drive away the summer visitors",
        "said Ana Lind, who chairs the promenade traders' association",
        "the lifeboat station was closed for a week",
        "Work is due to start in the autumn",
        "The sea does not wait for planning committees",
        "The council will publish the final design in June",
    ] {
        assert!(text.contains(wanted), "missing {wanted:?} in:\n{text}");
    }
    for unwanted in [
        "We use cookies",
        "Sport",
        "Harbour town votes to rebuild sea wall",
        "By Maria Okafor",
        "Share on Facebook",
        "Waves break over the old sea wall",
        "Advertisement",
        "Read more",
        "Sign up for our free daily newsletter",
        "covers local government",
        "Flooding",
        "Related stories",
        "Lifeboat crew rescues two fishermen",
        "My grandmother's house flooded twice",
        "Leave a Comment",
        "Your email address will not be published",
        "Required fields are marked",
        "Most read",
        "Our journalism is funded by readers",
        "All rights reserved",
    ] {
        assert!(
            !text.contains(unwanted),
            "unexpected {unwanted:?} in:\n{text}"
        );
    }
}

#[test]
fn news_article_block_kinds_follow_the_markup() {
    let page = extract_page(&fixture("news_article.html"));
    let kind_of = |needle: &str| {
        page.blocks
            .iter()
            .find(|b| b.text.contains(needle))
            .map(|b| b.kind)
    };
    assert_eq!(
        kind_of("Why the vote took so long"),
        Some(BlockKind::Heading)
    );
    assert_eq!(kind_of("Work is due to start"), Some(BlockKind::ListItem));
    assert_eq!(kind_of("The sea does not wait"), Some(BlockKind::Quote));
    assert_eq!(
        kind_of("Councillors in the harbour town"),
        Some(BlockKind::Paragraph)
    );
    // Blocks are in reading order.
    let first = page
        .blocks
        .iter()
        .position(|b| b.text.contains("Councillors"));
    let last = page
        .blocks
        .iter()
        .position(|b| b.text.contains("final design in June"));
    assert!(first < last);
    assert_eq!(
        page.blocks
            .first()
            .map(|b| b.text.starts_with("Councillors")),
        Some(true)
    );
}

#[test]
fn news_article_metadata() {
    let page = extract_page(&fixture("news_article.html"));
    assert_eq!(
        page.title.as_deref(),
        Some("Harbour town votes to rebuild sea wall")
    );
    assert_eq!(
        page.byline,
        vec!["Maria Okafor".to_string(), "Tom Reyes".to_string()]
    );
    assert_eq!(page.published.as_deref(), Some("2024-03-05T09:30:00Z"));
    assert_eq!(page.outlet.as_deref(), Some("The Coastal Ledger"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://ledger.example/news/sea-wall-vote")
    );
    assert_eq!(page.language.as_deref(), Some("en"));
    assert_eq!(
        page.captions,
        vec!["Waves break over the old sea wall during the February storm.".to_string()]
    );
}

#[test]
fn wrapper_named_like_a_sidebar_is_not_boilerplate() {
    let page = extract_page(&fixture("wrapped_blog.html"));
    let text = body(&page);
    assert!(
        text.contains("Esta é a receita que a minha avó fazia"),
        "{text}"
    );
    assert!(
        text.contains("O segredo está em escaldar o polvilho"),
        "{text}"
    );
    assert!(text.contains("500 g de polvilho azedo"), "{text}");
    assert!(text.contains("asse em forno médio"), "{text}");
    for unwanted in [
        "Início",
        "Receitas populares",
        "Assine a nossa newsletter",
        "Fiz ontem",
        "Leia também",
        "direitos reservados",
        "Publicado por",
    ] {
        assert!(
            !text.contains(unwanted),
            "unexpected {unwanted:?} in:\n{text}"
        );
    }
    assert_eq!(page.language.as_deref(), Some("pt"));
    assert_eq!(
        page.title.as_deref(),
        Some("Receita de pão de queijo da avó")
    );
    assert_eq!(page.outlet.as_deref(), Some("Cozinha de Domingo"));
    assert_eq!(page.published.as_deref(), Some("2023-07-14T18:00:00-03:00"));
    assert!(page
        .blocks
        .iter()
        .any(|b| b.kind == BlockKind::Heading && b.text == "Ingredientes"));
}

#[test]
fn linked_list_items_and_embedded_posts_are_kept_in_a_main_text_element() {
    let page = extract_page(&fixture("list_and_tweet.html"));
    let text = body(&page);
    assert!(
        text.contains(
            "The rail strike was called off late last night. Unions and operators agreed"
        ),
        "{text}"
    );
    assert!(text.contains("The central bank held rates."), "{text}");
    assert!(
        text.contains("Trains are running normally this morning"),
        "{text}"
    );
    assert!(text.contains("That is all for today."), "{text}");
    assert!(!text.contains("Privacy"), "{text}");
    assert!(!text.contains("Money"), "{text}");
    assert_eq!(page.byline, vec!["Lee Chan".to_string()]);
    assert_eq!(page.published.as_deref(), Some("2022-11-02"));
    assert_eq!(page.outlet.as_deref(), Some("Morning Wire"));
    assert_eq!(page.language, None);
}

#[test]
fn entities_and_whitespace_are_normalised() {
    let html = "<html><body><article><p>Caf&eacute;   owners &amp; staff said&nbsp;the\n\nrent had risen by 30&#37; since 2021, and that many of them could not afford another rise this year.</p>\
                <p>A second paragraph with <b>bold</b>, <i>italic</i> and a <a href=\"/x\">link</a> keeps its words apart.</p></article></body></html>";
    let page = extract_page(html);
    assert_eq!(page.blocks.len(), 2, "{:?}", page.blocks);
    assert_eq!(
        page.blocks[0].text,
        "Café owners & staff said the rent had risen by 30% since 2021, and that many of them could not afford another rise this year."
    );
    assert_eq!(
        page.blocks[1].text,
        "A second paragraph with bold, italic and a link keeps its words apart."
    );
}

#[test]
fn preformatted_text_keeps_its_lines() {
    let html = "<html><body><div class=\"post-content\"><p>The configuration below was used for every run in the experiment described in this post.</p>\
                <pre>line one\n  indented two\nthree &lt;x&gt;</pre><p>After the code block the story goes on with more explanation of the results we saw.</p></div></body></html>";
    let page = extract_page(html);
    let pre = page
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Preformatted)
        .map(|b| b.text.as_str());
    assert_eq!(pre, Some("line one\n  indented two\nthree <x>"));
}

#[test]
fn a_sentinel_publication_date_gives_way_to_the_next_candidate() {
    // Written for this test: JSON-LD with .NET's empty date, and a <time>
    // element with the real one.
    let html = r#"<html><head><title>Teachers rally at the statehouse</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Teachers rally at the statehouse",
"datePublished":"0001-01-01T00:00:00Z","dateModified":"0001-01-01T00:00:00Z"}</script></head>
<body><article><h1>Teachers rally at the statehouse</h1><time datetime="2019-11-19T18:00:00Z">Nov. 19, 2019</time>
<p>Several thousand teachers gathered at the statehouse on Tuesday to ask lawmakers for higher pay and smaller classes.</p>
<p>The union said more than 100 school districts closed for the day so that staff could attend the rally.</p></article></body></html>"#;
    assert_eq!(extract_page(html).published.as_deref(), Some("2019-11-19T18:00:00Z"));
    let only_sentinel = html.replace(r#"<time datetime="2019-11-19T18:00:00Z">Nov. 19, 2019</time>"#, "");
    assert_eq!(extract_page(&only_sentinel).published, None);
    // A story URL with the date in its path is the last resort.
    let with_url = only_sentinel.replace("</title>", r#"</title><link rel="canonical" href="https://news.example/story/2019/11/19/teachers-rally/123/">"#);
    assert_eq!(extract_page(&with_url).published.as_deref(), Some("2019-11-19"));
}

#[test]
fn a_card_shown_on_hover_is_no_part_of_the_sentence() {
    // A name links to a card of that person's latest headlines, inline in
    // the paragraph's HTML; readers see only the name.
    let card = |id: &str, name: &str, headline: &str| {
        format!(
            "<span class=\"rollover-people\"><a class=\"rollover-people-link\" href=\"/people/{id}\">{name}</a>\
             <span class=\"rollover-people-block\"><span class=\"rollover-block\"><a class=\"name\" href=\"/people/{id}\">{name}</a>\
             <a class=\"people-articles\" href=\"/x\">{headline}</a> MORE</span></span></span>"
        )
    };
    let html = format!(
        "<html><body><article><p>A farmer admitted in court that he had threatened the county's water board chair {} (Ind.) in a voicemail last spring, prosecutors said on Monday.</p>\
         <p>The harbour master {} told reporters the ferry would run again on Friday, after engineers finished repairs to the pier.</p>\
         <p>A tooltip on <span class=\"tooltip\">the pier<span class=\"tooltiptext\">Built in 1902</span></span> stays a plain word in the sentence when the reader never hovers.</p></article></body></html>",
        card("ann-berg", "Ann Berg", "Rail strike ends | Storm closes schools | Mayor attacked over budget"),
        card("tom-ruiz", "Tom Ruiz", "Ferry fares rise"),
    );
    let page = extract_page(&html);
    let text = body(&page);
    assert!(
        text.contains("the county's water board chair Ann Berg (Ind.) in a voicemail"),
        "{text}"
    );
    assert!(text.contains("The harbour master Tom Ruiz told reporters"), "{text}");
    assert!(text.contains("A tooltip on the pier stays a plain word"), "{text}");
    for unwanted in ["Rail strike ends", "Mayor attacked", "Ferry fares rise", "MORE", "Built in 1902"] {
        assert!(!text.contains(unwanted), "unexpected {unwanted:?} in:\n{text}");
    }
}
