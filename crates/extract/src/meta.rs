//! Page metadata: JSON-LD (schema.org), OpenGraph, `<meta>` tags, microdata,
//! `<time>` elements, bylines and the URL.

use gazette_model::PubDate;
use serde_json::Value;

use crate::byline::clean_authors;
use crate::dates::{date_from_url, parse_date};
use crate::dom::{collapse_whitespace, Dom, NodeData, ROOT};

/// What a page says about itself.
#[derive(Debug, Clone, Default)]
pub struct PageMeta {
    /// `<title>`.
    pub html_title: Option<String>,
    /// Headline from JSON-LD / OpenGraph / Twitter cards.
    pub headline: Option<String>,
    /// First `<h1>`.
    pub h1: Option<String>,
    /// Outlet name (og:site_name, JSON-LD publisher).
    pub site_name: Option<String>,
    /// Canonical URL.
    pub url: Option<String>,
    /// Publication date candidates, best first.
    pub dates: Vec<PubDate>,
    /// Authors.
    pub authors: Vec<String>,
    /// Declared language (`<html lang>`, og:locale, JSON-LD inLanguage).
    pub language: Option<String>,
    /// Description / standfirst.
    pub description: Option<String>,
    /// schema.org `articleBody`, when the page gives it.
    pub article_body: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "SocialMediaPosting",
    "WebPage",
    "Posting",
];

/// Reads the metadata of a parsed page.
pub fn page_meta(dom: &Dom) -> PageMeta {
    let mut m = PageMeta::default();
    let mut date_strings: Vec<(u8, String)> = Vec::new();
    let mut authors: Vec<String> = Vec::new();
    let mut og_title = None;
    let mut twitter_title = None;
    for id in dom.descendants(ROOT) {
        let Some(tag) = dom.tag(id) else { continue };
        match tag {
            "html" => {
                if let Some(l) = dom.attr(id, "lang").or_else(|| dom.attr(id, "xml:lang")) {
                    m.language.get_or_insert_with(|| l.to_string());
                }
            }
            "title" if m.html_title.is_none() => {
                let t = dom.text(id);
                if !t.is_empty() {
                    m.html_title = Some(t);
                }
            }
            "h1" if m.h1.is_none() => {
                let t = dom.text(id);
                if t.split_whitespace().count() >= 2 {
                    m.h1 = Some(t);
                }
            }
            "link" => {
                if dom
                    .attr(id, "rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                {
                    if let Some(h) = dom.attr(id, "href").filter(|h| h.starts_with("http")) {
                        m.url.get_or_insert_with(|| h.to_string());
                    }
                }
            }
            "meta" => {
                let key = dom
                    .attr(id, "property")
                    .or_else(|| dom.attr(id, "name"))
                    .or_else(|| dom.attr(id, "itemprop"))
                    .or_else(|| dom.attr(id, "http-equiv"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let Some(content) = dom
                    .attr(id, "content")
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                else {
                    continue;
                };
                match key.as_str() {
                    "og:title" => og_title = Some(content.to_string()),
                    "twitter:title" | "parsely-title" | "sailthru.title" => {
                        twitter_title.get_or_insert_with(|| content.to_string());
                    }
                    "og:site_name" | "application-name" | "publisher" | "dc.publisher" => {
                        m.site_name.get_or_insert_with(|| content.to_string());
                    }
                    "og:url" if content.starts_with("http") => {
                        m.url.get_or_insert_with(|| content.to_string());
                    }
                    "og:locale" | "content-language" | "dc.language" | "language"
                    | "inlanguage" => {
                        m.language.get_or_insert_with(|| content.to_string());
                    }
                    "description" | "og:description" | "twitter:description" | "dc.description" => {
                        m.description
                            .get_or_insert_with(|| collapse_whitespace(content));
                    }
                    "article:published_time"
                    | "og:published_time"
                    | "datepublished"
                    | "article:published" => {
                        date_strings.push((1, content.to_string()));
                    }
                    "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "publish_date"
                    | "publication_date"
                    | "date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "dc.date.created"
                    | "dcterms.created"
                    | "dcterms.issued"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "article.published"
                    | "citation_publication_date"
                    | "originalpublicationdate"
                    | "datecreated"
                    | "article_date_original"
                    | "cxenseparse:recs:publishtime" => {
                        date_strings.push((2, content.to_string()));
                    }
                    "author" | "article:author" | "parsely-author" | "sailthru.author"
                    | "dc.creator" | "byl" => {
                        authors.push(content.to_string());
                    }
                    _ => {}
                }
            }
            "script" => {
                if dom
                    .attr(id, "type")
                    .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
                {
                    let raw = raw_text(dom, id);
                    if let Ok(v) = serde_json::from_str::<Value>(raw.trim()) {
                        read_json_ld(&v, &mut m, &mut date_strings, &mut authors, 0);
                    }
                }
            }
            "time" => {
                if let Some(dt) = dom.attr(id, "datetime") {
                    let published = dom.attr(id, "pubdate").is_some()
                        || dom
                            .attr(id, "itemprop")
                            .is_some_and(|p| p.contains("datePublished"))
                        || dom.attr(id, "class").is_some_and(|c| c.contains("publi"));
                    date_strings.push((if published { 2 } else { 4 }, dt.to_string()));
                }
            }
            _ => {
                if let Some(prop) = dom.attr(id, "itemprop") {
                    if prop == "datePublished" {
                        if let Some(v) =
                            dom.attr(id, "datetime").or_else(|| dom.attr(id, "content"))
                        {
                            date_strings.push((1, v.to_string()));
                        }
                    } else if prop == "author" {
                        let t = dom.text(id);
                        if !t.is_empty() && t.len() < 100 {
                            authors.push(t);
                        }
                    }
                }
                if let Some(rel) = dom.attr(id, "rel") {
                    if rel == "author" {
                        let t = dom.text(id);
                        if !t.is_empty() && t.len() < 100 {
                            authors.push(t);
                        }
                    }
                }
            }
        }
    }
    m.headline = m.headline.take().or(og_title).or(twitter_title);
    date_strings.sort_by_key(|(p, _)| *p);
    m.dates = date_strings
        .iter()
        .filter_map(|(_, s)| parse_date(s))
        .collect();
    if let Some(d) = m.url.as_deref().and_then(date_from_url) {
        m.dates.push(d);
    }
    m.authors = clean_authors(&authors);
    m
}

fn raw_text(dom: &Dom, id: usize) -> String {
    dom.children(id)
        .iter()
        .filter_map(|&c| match &dom.node(c).data {
            NodeData::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

fn str_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(collapse_whitespace(s)),
        Value::Object(o) => o.get("name").or_else(|| o.get("@value")).and_then(str_of),
        Value::Array(a) => a.iter().find_map(str_of),
        _ => None,
    }
}

fn read_json_ld(
    v: &Value,
    m: &mut PageMeta,
    dates: &mut Vec<(u8, String)>,
    authors: &mut Vec<String>,
    depth: usize,
) {
    if depth > 6 {
        return;
    }
    match v {
        Value::Array(items) => items
            .iter()
            .for_each(|i| read_json_ld(i, m, dates, authors, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                read_json_ld(g, m, dates, authors, depth + 1);
            }
            let types: Vec<&str> = match o.get("@type") {
                Some(Value::String(s)) => vec![s.as_str()],
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            let is_article = types.iter().any(|t| ARTICLE_TYPES.contains(t));
            let is_page = types.contains(&"WebPage");
            if !is_article {
                if types
                    .iter()
                    .any(|t| *t == "Organization" || *t == "NewsMediaOrganization")
                    && m.site_name.is_none()
                {
                    m.site_name = o.get("name").and_then(str_of);
                }
                return;
            }
            let weak = is_page && types.len() == 1;
            if !weak || m.headline.is_none() {
                if let Some(h) = o
                    .get("headline")
                    .or_else(|| if weak { None } else { o.get("name") })
                    .and_then(str_of)
                {
                    if !weak || m.headline.is_none() {
                        m.headline = Some(h);
                    }
                }
            }
            for key in ["datePublished", "dateCreated"] {
                if let Some(d) = o.get(key).and_then(str_of) {
                    dates.push((if weak { 3 } else { 0 }, d));
                }
            }
            if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
                match a {
                    Value::Array(items) => authors.extend(items.iter().filter_map(str_of)),
                    other => authors.extend(str_of(other)),
                }
            }
            // A blog's "publisher" may be its author, a person: no outlet.
            let person = |v: &Value| {
                ["@type", "type"]
                    .iter()
                    .any(|k| v.get(k).and_then(Value::as_str) == Some("Person"))
            };
            if let Some(p) = o.get("publisher").filter(|p| !person(p)).and_then(str_of) {
                m.site_name.get_or_insert(p);
            }
            if let Some(body) = o.get("articleBody").and_then(Value::as_str) {
                if body.len() > m.article_body.as_ref().map_or(0, String::len) {
                    m.article_body = Some(body.to_string());
                }
            }
            if let Some(l) = o.get("inLanguage").and_then(str_of) {
                m.language.get_or_insert(l);
            }
            if let Some(u) = o
                .get("url")
                .and_then(Value::as_str)
                .filter(|u| u.starts_with("http"))
            {
                m.url.get_or_insert_with(|| u.to_string());
            }
            if let Some(d) = o.get("description").and_then(str_of) {
                m.description.get_or_insert(d);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_ld_and_meta() {
        let html = r#"<html lang="fr"><head><title>Un titre - Le Journal</title>
        <meta property="og:site_name" content="Le Journal">
        <meta property="article:published_time" content="2020-02-28T10:00:00+01:00">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Un titre","datePublished":"2020-02-28T09:00:00+01:00","author":[{"@type":"Person","name":"Jean Dupont"},{"@type":"Person","name":"Marie Curie"}],"publisher":{"@type":"Organization","name":"Le Journal"},"articleBody":"Texte."}]}</script>
        </head><body><h1>Un titre</h1></body></html>"#;
        let m = page_meta(&Dom::parse(html));
        assert_eq!(m.headline.as_deref(), Some("Un titre"));
        assert_eq!(m.site_name.as_deref(), Some("Le Journal"));
        assert_eq!(m.authors, ["Jean Dupont", "Marie Curie"]);
        assert_eq!(m.dates[0].to_string(), "2020-02-28T09:00:00+01:00");
        assert_eq!(m.language.as_deref(), Some("fr"));
        assert_eq!(m.article_body.as_deref(), Some("Texte."));
    }

    #[test]
    fn a_person_publishing_is_no_outlet() {
        let html = r#"<html><head><script type="application/ld+json">{"@type":"Article","headline":"La voix des nuls","publisher":{"type":"Person","name":"Kristen Falc'hon"}}</script></head><body></body></html>"#;
        assert_eq!(page_meta(&Dom::parse(html)).site_name, None);
    }
}
