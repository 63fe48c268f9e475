use super::*;
use crate::entities::LexiconEntityExtractor;
use newsledger_model::Article;

fn analyse(text: &str) -> (Vec<Source>, Vec<Quote>, Vec<Attribution>) {
    let article = Article { text: text.to_string(), language: "en".into(), ..Default::default() };
    let mut doc = Doc::new(&article, None);
    LexiconEntityExtractor.run(&mut doc);
    SourceExtractor.run(&mut doc);
    (doc.facts.sources, doc.facts.quotes, doc.notes.attributions)
}

#[test]
fn after_frame_speaker() {
    let (s, q, _) = analyse("“We will not negotiate,” Sheinbaum said on Monday.");
    assert_eq!(q.len(), 1, "{q:#?}");
    assert_eq!(q[0].text, "We will not negotiate");
    let src = s.iter().find(|x| Some(&x.id) == q[0].source.as_ref()).unwrap();
    assert_eq!(src.name, "Sheinbaum");
}
