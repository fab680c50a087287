//! News feeds: RSS 2.0, RSS 1.0 (RDF) and Atom, one document per item.
//!
//! An item is what a feed reader shows: a headline, a link, a date, an
//! author, and a body that is either the whole article (`content:encoded`,
//! Atom `content`) or a teaser (`description`, Atom `summary`), often HTML
//! escaped into the XML. The body goes on as text with its markup left in:
//! the extractor's text cleaner takes the tags and entities out
//! (paragraphs kept) and drops feed furniture, as it does for a JSON Lines
//! record. The feed's own title is each item's outlet, and its language the
//! items' language unless an item says otherwise.
//!
//! Feeds in the wild are often not well-formed (a bare `&`, an unclosed
//! tag): the reader is lenient where it can be, and where the XML breaks
//! for good the items read so far are kept and the break is reported.

use gazette_model::{Content, Hints, PubDate, RawDocument};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::error::Place;
use crate::source::Sink;
use crate::{decode_html, ErrorKind, InputError};

/// What one item of a feed says, as written there.
#[derive(Debug, Default)]
struct Item {
    /// `guid` or Atom `id`: the feed's own identifier of the item.
    id: Option<String>,
    title: Option<String>,
    link: Option<String>,
    /// A permalink `guid`, for items without a `link`.
    permalink: Option<String>,
    /// `pubDate`, `dc:date`, Atom `published`.
    published: Option<PubDate>,
    /// Atom `updated`: the date when nothing says when it was published.
    updated: Option<PubDate>,
    authors: Vec<String>,
    /// `description` or Atom `summary`: often a teaser.
    summary: Option<String>,
    /// `content:encoded` or Atom `content`: the article when given.
    content: Option<String>,
    language: Option<String>,
    /// RSS `source`: the outlet an aggregator's item comes from.
    outlet: Option<String>,
}

/// What the feed says of itself.
#[derive(Debug, Default)]
struct Channel {
    title: Option<String>,
    language: Option<String>,
}

/// The field an element of an item or of the channel fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Id,
    /// A `guid` that is the item's address too (RSS's default).
    Permalink,
    Title,
    Link,
    Published,
    Updated,
    Author,
    Summary,
    Content,
    Language,
    Source,
}

impl Field {
    /// The field of an element, by its qualified name, directly inside an
    /// item (or the channel); `None` for the rest (categories, enclosures,
    /// media elements).
    fn of(name: &str, guid_is_permalink: bool) -> Option<Field> {
        Some(match name {
            "guid" if guid_is_permalink => Field::Permalink,
            "guid" | "id" => Field::Id,
            "title" => Field::Title,
            "link" => Field::Link,
            "pubdate" | "published" | "dc:date" | "issued" => Field::Published,
            "updated" | "modified" => Field::Updated,
            "dc:creator" | "author" => Field::Author,
            "description" | "summary" => Field::Summary,
            "content:encoded" | "content" => Field::Content,
            "language" | "dc:language" => Field::Language,
            "source" => Field::Source,
            _ => return None,
        })
    }
}

/// Whether a document that starts with `head` is a feed: its first element
/// is `<rss>`, `<feed>` or `<rdf:RDF>` (after the XML declaration,
/// comments and processing instructions).
pub(crate) fn is_feed(head: &[u8]) -> bool {
    let mut rest = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    loop {
        rest = rest.trim_ascii_start();
        let Some(after) = rest.strip_prefix(b"<") else {
            return false;
        };
        // Skip `<?xml …?>`, `<?xml-stylesheet …?>` and `<!-- … -->`.
        let close: &[u8] = match after.first() {
            Some(b'?') => b"?>",
            Some(b'!') if after.starts_with(b"!--") => b"-->",
            _ => {
                let name: Vec<u8> = after
                    .iter()
                    .take_while(|b| !b.is_ascii_whitespace() && **b != b'>' && **b != b'/')
                    .map(u8::to_ascii_lowercase)
                    .collect();
                return matches!(name.as_slice(), b"rss" | b"feed" | b"rdf:rdf");
            }
        };
        match memchr::memmem::find(after, close) {
            Some(at) => rest = &after[at + close.len()..],
            None => return false,
        }
    }
}

/// Reads a whole feed and hands each item to `sink`, as a document named
/// `name#itemN`. A feed whose XML breaks keeps the items before the break,
/// and the break is reported as an error of the feed.
pub(crate) fn read(
    bytes: Vec<u8>,
    name: &str,
    stem: &str,
    sink: &mut Sink<'_>,
) -> Result<(), ErrorKind> {
    let declared = xml_encoding(&bytes);
    let xml = decode_html(bytes, declared.as_deref())?;
    let mut channel = Channel::default();
    let mut items = Vec::new();
    let broken = parse(&xml, &mut channel, &mut items).err();
    if items.is_empty() {
        return Err(ErrorKind::Feed(
            broken.unwrap_or_else(|| "no item or entry in the feed".to_string()),
        ));
    }
    let outlet = channel.title.as_deref().map(outlet_of);
    for (n, item) in items.into_iter().enumerate() {
        let place = format!("{name}{}", Place::Item(n + 1));
        let doc = document(item, &channel, outlet.as_deref(), &place, stem, n + 1);
        sink(doc.map_err(|k| InputError::new(place, k)));
    }
    match broken {
        Some(why) => Err(ErrorKind::Feed(why)),
        None => Ok(()),
    }
}

/// The encoding that the XML declaration names (`<?xml version="1.0"
/// encoding="ISO-8859-1"?>`).
fn xml_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(256)];
    let decl = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let decl = decl.trim_ascii_start().strip_prefix(b"<?xml")?;
    let decl = &decl[..memchr::memmem::find(decl, b"?>")?];
    let at = memchr::memmem::find(decl, b"encoding")?;
    let value = decl[at + 8..].trim_ascii_start().strip_prefix(b"=")?;
    let value = value.trim_ascii_start();
    let quote = *value.first()?;
    if quote != b'"' && quote != b'\'' {
        return None;
    }
    let value = &value[1..];
    let end = memchr::memchr(quote, value)?;
    String::from_utf8(value[..end].to_vec()).ok()
}

/// An element's qualified name, lowercased (`content:encoded`, `pubdate`).
fn qualified(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.name().as_ref()).to_lowercase()
}

/// The value of attribute `key` of `e`, unescaped.
fn attribute(e: &BytesStart<'_>, key: &[u8]) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref().eq_ignore_ascii_case(key))
        .and_then(|a| a.unescape_value().ok().map(|v| v.into_owned()))
}

/// An element being read: its name, and the field its text fills.
struct Open {
    name: String,
    field: Option<Field>,
}

/// Parses `xml` into the channel and its items; `Err` says where and why
/// the XML broke for good (what was read before stays in `items`).
fn parse(xml: &str, channel: &mut Channel, items: &mut Vec<Item>) -> Result<(), String> {
    let mut reader = Reader::from_str(xml);
    let config = reader.config_mut();
    config.check_end_names = false;
    config.allow_unmatched_ends = true;
    config.allow_dangling_amp = true;
    let mut stack: Vec<Open> = Vec::new();
    // The depth of the open item in `stack`, when one is.
    let mut item_at: Option<usize> = None;
    let mut item = Item::default();
    // The text of the field being read, and where it started in `stack`.
    let mut text: Option<(String, usize)> = None;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("broken XML at byte {}: {e}", reader.error_position()))?;
        match event {
            Event::Start(e) => {
                let name = qualified(&e);
                if let Some((buf, _)) = text.as_mut() {
                    // Markup inside a field (Atom's `type="xhtml"`
                    // content): kept as tags, for the text cleaner.
                    buf.push('<');
                    buf.push_str(&name);
                    buf.push('>');
                    stack.push(Open { name, field: None });
                    continue;
                }
                let field = field_at(&stack, item_at, &name, &e);
                if item_at.is_none() && (name == "item" || name == "entry") {
                    item_at = Some(stack.len());
                    item = Item::default();
                    item.language = attribute(&e, b"xml:lang");
                } else if item_at.is_none() && (name == "feed" || name == "channel") {
                    channel.language = channel.language.take().or(attribute(&e, b"xml:lang"));
                }
                if let Some(f) = field {
                    if f == Field::Link {
                        if let Some(href) = atom_link(&e) {
                            set_link(&mut item, item_at.is_some(), href);
                        }
                    }
                    text = Some((String::new(), stack.len()));
                }
                stack.push(Open { name, field });
            }
            Event::Empty(e) => {
                if let Some((buf, _)) = text.as_mut() {
                    buf.push('<');
                    buf.push_str(&qualified(&e));
                    buf.push('>');
                    continue;
                }
                let name = qualified(&e);
                if field_at(&stack, item_at, &name, &e) == Some(Field::Link) {
                    if let Some(href) = atom_link(&e) {
                        set_link(&mut item, item_at.is_some(), href);
                    }
                }
            }
            Event::Text(t) => {
                if let Some((buf, _)) = text.as_mut() {
                    buf.push_str(&t.xml10_content().map_err(|e| e.to_string())?);
                }
            }
            Event::CData(t) => {
                if let Some((buf, _)) = text.as_mut() {
                    buf.push_str(&String::from_utf8_lossy(&t.into_inner()));
                }
            }
            Event::GeneralRef(r) => {
                if let Some((buf, _)) = text.as_mut() {
                    let name = r.decode().map_err(|e| e.to_string())?;
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => buf.push(c),
                        _ => match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => buf.push_str(s),
                            // An HTML entity (`&eacute;`): kept as written,
                            // for the text cleaner to decode.
                            None => {
                                buf.push('&');
                                buf.push_str(&name);
                                buf.push(';');
                            }
                        },
                    }
                }
            }
            Event::End(_) => {
                let Some(open) = stack.pop() else { continue };
                match text.as_mut() {
                    Some((buf, at)) if *at < stack.len() => {
                        buf.push_str("</");
                        buf.push_str(&open.name);
                        buf.push('>');
                        continue;
                    }
                    Some(_) => {
                        if let (Some(field), Some((buf, _))) = (open.field, text.take()) {
                            fill(field, buf, item_at.is_some(), &mut item, channel);
                        }
                    }
                    None => {}
                }
                if item_at == Some(stack.len()) {
                    item_at = None;
                    items.push(std::mem::take(&mut item));
                }
            }
            Event::Eof => {
                return match item_at {
                    // A feed cut short: what its last item holds is kept,
                    // if it holds anything yet.
                    Some(_) => {
                        let cut = items.len() + 1;
                        if item.title.is_some() || item.summary.is_some() || item.content.is_some()
                        {
                            items.push(item);
                        }
                        Err(format!("the feed ends inside item {cut}: truncated"))
                    }
                    None => Ok(()),
                };
            }
            _ => {}
        }
    }
}

/// The field that element `name` fills where it opens: a direct child of
/// an item, or a direct child of the channel
/// (RSS `channel`, Atom `feed`, RSS 1.0 `channel`); nothing elsewhere (an
/// RSS channel's `image` has a `title` too).
fn field_at(
    stack: &[Open],
    item_at: Option<usize>,
    name: &str,
    e: &BytesStart<'_>,
) -> Option<Field> {
    let parent = stack.last().map(|o| o.name.as_str());
    match item_at {
        Some(at) if stack.len() == at + 1 => {
            let permalink = name == "guid"
                && attribute(e, b"ispermalink").is_none_or(|v| !v.eq_ignore_ascii_case("false"));
            Field::of(name, permalink)
        }
        Some(_) => None,
        None if matches!(parent, Some("channel" | "feed")) => {
            Field::of(name, false).filter(|f| matches!(f, Field::Title | Field::Language))
        }
        None => None,
    }
}

/// The address of an Atom `<link href="…">`: the article's own page
/// (`rel="alternate"` or no `rel`), not the feed's or a comment thread's.
fn atom_link(e: &BytesStart<'_>) -> Option<String> {
    let href = attribute(e, b"href")?;
    match attribute(e, b"rel").as_deref() {
        None | Some("alternate") => Some(href),
        Some(_) => None,
    }
}

fn set_link(item: &mut Item, in_item: bool, href: String) {
    if in_item && item.link.is_none() {
        item.link = Some(href);
    }
}

/// Stores the text of a field once its element closes.
fn fill(field: Field, text: String, in_item: bool, item: &mut Item, channel: &mut Channel) {
    let text = text.trim().to_string();
    if text.is_empty() {
        return;
    }
    if !in_item {
        match field {
            Field::Title if channel.title.is_none() => channel.title = Some(text),
            Field::Language if channel.language.is_none() => channel.language = Some(text),
            _ => {}
        }
        return;
    }
    let first = |slot: &mut Option<String>| {
        if slot.is_none() {
            *slot = Some(text.clone());
        }
    };
    match field {
        Field::Id => first(&mut item.id),
        Field::Title => first(&mut item.title),
        Field::Link => {
            if item.link.is_none() && text.contains("://") {
                item.link = Some(text);
            }
        }
        Field::Permalink => {
            if item.permalink.is_none() && text.contains("://") {
                item.permalink = Some(text.clone());
            }
            first(&mut item.id);
        }
        Field::Published => {
            item.published = item.published.or_else(|| PubDate::parse_rfc2822(&text));
        }
        Field::Updated => item.updated = item.updated.or_else(|| PubDate::parse_rfc2822(&text)),
        Field::Author => {
            // Atom: `<author><name>…</name><email>…</email></author>`.
            let text = match (text.find("<name>"), text.find("</name>")) {
                (Some(a), Some(b)) if a < b => text[a + 6..b].trim().to_string(),
                _ => text,
            };
            // RSS `author` is "email (Name)" by the specification.
            let name = match (text.find('('), text.rfind(')')) {
                (Some(a), Some(b)) if a < b && text[..a].contains('@') => &text[a + 1..b],
                _ => text.as_str(),
            };
            if !name.contains('@') && !item.authors.iter().any(|a| a == name) {
                item.authors.push(name.trim().to_string());
            }
        }
        Field::Summary => first(&mut item.summary),
        Field::Content => first(&mut item.content),
        Field::Language => first(&mut item.language),
        Field::Source => first(&mut item.outlet),
    }
}

/// A feed's title as an outlet name: "Le Monde.fr - Actualités et Infos en
/// France et dans le monde" is Le Monde.fr, "BBC News - World" is BBC News,
/// "NYT > World News" is NYT.
fn outlet_of(title: &str) -> String {
    let title = title.trim();
    for sep in [" - ", " – ", " — ", " | ", " > ", " » ", " · ", " : ", ": "] {
        if let Some((head, _)) = title.split_once(sep) {
            if !head.trim().is_empty() {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// A headline without the outlet's name that an aggregator signs it with
/// ("Séisme au Maroc : le bilan s'alourdit - Le Monde").
fn unsigned(title: String, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet else { return title };
    [" - ", " – ", " | "]
        .iter()
        .find_map(|sep| title.strip_suffix(outlet)?.strip_suffix(sep))
        .map_or_else(|| title.clone(), |head| head.trim().to_string())
}

/// A language tag as an ISO 639-1 code: `fr-FR`, `en-us` and `EN` give
/// `fr`, `en` and `en`.
fn language_code(tag: &str) -> Option<String> {
    let code = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    (code.len() == 2 && code.chars().all(|c| c.is_ascii_alphabetic())).then_some(code)
}

/// The document of one item: the fuller of its bodies, or its headline
/// alone.
fn document(
    item: Item,
    channel: &Channel,
    outlet: Option<&str>,
    place: &str,
    stem: &str,
    number: usize,
) -> Result<RawDocument, ErrorKind> {
    let outlet = item.outlet.as_deref().or(outlet);
    let title = item
        .title
        .map(|t| unsigned(t, outlet))
        .filter(|t| !t.trim().is_empty());
    // A teaser that the full content repeats adds nothing; one longer than
    // the "content" (a feed that puts its text in `description`) wins.
    let body = match (item.content, item.summary) {
        (Some(c), Some(s)) if s.len() > c.len() => s,
        (Some(c), _) => c,
        (None, Some(s)) => s,
        (None, None) => String::new(),
    };
    if body.trim().is_empty() && title.is_none() {
        return Err(ErrorKind::NoContent);
    }
    let url = item.link.or(item.permalink);
    let id = item
        .id
        .or_else(|| url.clone())
        .unwrap_or_else(|| format!("{stem}:{number}"));
    Ok(RawDocument {
        id,
        source: place.to_string(),
        content: Content::Text(body),
        hints: Hints {
            url,
            title,
            published: item.published.or(item.updated),
            outlet: outlet.map(str::to_string),
            language: item
                .language
                .as_deref()
                .or(channel.language.as_deref())
                .and_then(language_code),
            authors: item.authors,
            fetched: None,
            record: true,
            warnings: Vec::new(),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(xml: &str) -> (Vec<RawDocument>, Vec<String>) {
        let (mut docs, mut errors) = (Vec::new(), Vec::new());
        let result = read(xml.as_bytes().to_vec(), "f.xml", "f", &mut |r| match r {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e.to_string()),
        });
        if let Err(e) = result {
            errors.push(format!("f.xml: {e}"));
        }
        (docs, errors)
    }

    #[test]
    fn recognises_feeds_by_their_first_element() {
        assert!(is_feed(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
        assert!(is_feed(
            b"\xef\xbb\xbf<?xml version='1.0'?><!-- generator --><?xml-stylesheet href='s.xsl'?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        ));
        assert!(is_feed(b"<rdf:RDF xmlns:rdf=\"x\">"));
        assert!(!is_feed(b"<?xml version=\"1.0\"?><html><body>"));
        assert!(!is_feed(b"<!DOCTYPE html><html>"));
        assert!(!is_feed(b"The rss feed was down."));
    }

    #[test]
    fn reads_rss_items_with_their_metadata() {
        let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Le Quotidien - Toute l'actualité</title>
  <language>fr-FR</language>
  <image><title>Logo</title><url>https://ex.fr/logo.png</url></image>
  <item>
    <title>Séisme : plus de 2 000 morts</title>
    <link>https://ex.fr/seisme</link>
    <guid isPermaLink="false">ex-123</guid>
    <pubDate>Sat, 09 Sep 2023 08:15:00 +0200</pubDate>
    <dc:creator><![CDATA[Marie Dupont]]></dc:creator>
    <description><![CDATA[<p>Un violent séisme a frappé le Haut Atlas.</p>]]></description>
    <content:encoded><![CDATA[<p>Un violent séisme a frappé le Haut Atlas vendredi soir.</p><p>Les secours s&#39;organisent.</p>]]></content:encoded>
    <media:content url="https://ex.fr/a.jpg" medium="image"/>
  </item>
  <item>
    <title>Rates &amp; markets</title>
    <guid>https://ex.fr/rates</guid>
    <description>&lt;p&gt;The bank raised rates &amp;eacute;.&lt;/p&gt;</description>
    <author>desk@ex.fr (John Smith)</author>
  </item>
  <item><title>Headline only</title></item>
  <item><link>https://ex.fr/nothing</link></item>
</channel>
</rss>"#;
        let (docs, errors) = read_all(xml);
        assert_eq!(
            errors,
            ["f.xml#item4: record has no \"text\", \"html\" or \"title\""]
        );
        assert_eq!(docs.len(), 3);
        let d = &docs[0];
        assert_eq!(d.id, "ex-123");
        assert_eq!(d.source, "f.xml#item1");
        assert_eq!(
            d.hints.title.as_deref(),
            Some("Séisme : plus de 2 000 morts")
        );
        assert_eq!(d.hints.url.as_deref(), Some("https://ex.fr/seisme"));
        assert_eq!(d.hints.outlet.as_deref(), Some("Le Quotidien"));
        assert_eq!(d.hints.language.as_deref(), Some("fr"));
        assert_eq!(d.hints.authors, ["Marie Dupont"]);
        assert_eq!(
            d.hints.published.map(|p| p.to_string()).as_deref(),
            Some("2023-09-09T08:15:00+02:00")
        );
        // The full content, not the teaser; its markup is the cleaner's.
        assert_eq!(
            d.content,
            Content::Text(
                "<p>Un violent séisme a frappé le Haut Atlas vendredi soir.</p><p>Les secours s&#39;organisent.</p>".into()
            )
        );
        let d = &docs[1];
        assert_eq!(d.hints.title.as_deref(), Some("Rates & markets"));
        // A permalink guid is the link and the id.
        assert_eq!(d.id, "https://ex.fr/rates");
        assert_eq!(d.hints.url.as_deref(), Some("https://ex.fr/rates"));
        assert_eq!(d.hints.authors, ["John Smith"]);
        assert_eq!(
            d.content,
            Content::Text("<p>The bank raised rates &eacute;.</p>".into())
        );
        // A headline alone is news, as in a JSON Lines feed.
        assert_eq!(docs[2].id, "f:3");
        assert_eq!(docs[2].content, Content::Text(String::new()));
    }

    #[test]
    fn a_permalink_guid_is_the_id_and_the_link_the_address() {
        let xml = "<rss><channel><title>T</title><item><title>A headline here</title>\
            <guid>https://ex.fr/1</guid><link>https://ex.fr/1?from=rss</link></item>\
            <item><title>Another headline</title><guid isPermaLink=\"false\">x-2</guid></item>\
            </channel></rss>";
        let (docs, _) = read_all(xml);
        assert_eq!(docs[0].id, "https://ex.fr/1");
        assert_eq!(
            docs[0].hints.url.as_deref(),
            Some("https://ex.fr/1?from=rss")
        );
        assert_eq!(docs[1].id, "x-2");
        assert_eq!(docs[1].hints.url, None);
    }

    #[test]
    fn a_feed_title_is_cut_to_its_outlet() {
        assert_eq!(outlet_of("NYT > World News"), "NYT");
        assert_eq!(outlet_of("CNN.com - RSS Channel - World"), "CNN.com");
        assert_eq!(
            outlet_of("Le Quotidien : toute l'actualité"),
            "Le Quotidien"
        );
        assert_eq!(outlet_of("Libération"), "Libération");
    }

    #[test]
    fn reads_atom_entries() {
        let xml = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">World News | Example</title>
  <link rel="self" href="https://ex.com/feed.atom"/>
  <author><name>Feed Owner</name></author>
  <entry>
    <title>Storm hits the coast</title>
    <link rel="replies" href="https://ex.com/storm#comments"/>
    <link rel="alternate" type="text/html" href="https://ex.com/storm"/>
    <id>tag:ex.com,2024:storm</id>
    <updated>2024-03-08T10:00:00Z</updated>
    <published>2024-03-07T22:30:00Z</published>
    <author><name>Ann Lee</name><email>ann@ex.com</email></author>
    <summary>A storm hit.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A storm hit the coast overnight.</p><p>Power is out.</p></div></content>
  </entry>
</feed>"#;
        let (docs, errors) = read_all(xml);
        assert!(errors.is_empty(), "{errors:?}");
        let d = &docs[0];
        assert_eq!(d.id, "tag:ex.com,2024:storm");
        assert_eq!(d.hints.url.as_deref(), Some("https://ex.com/storm"));
        assert_eq!(d.hints.outlet.as_deref(), Some("World News"));
        assert_eq!(d.hints.language.as_deref(), Some("en"));
        assert_eq!(d.hints.authors, ["Ann Lee"]);
        assert_eq!(
            d.hints.published.map(|p| p.to_string()).as_deref(),
            Some("2024-03-07T22:30:00+00:00")
        );
        assert_eq!(
            d.content,
            Content::Text(
                "<div><p>A storm hit the coast overnight.</p><p>Power is out.</p></div>".into()
            )
        );
    }

    #[test]
    fn reads_rss_1_and_legacy_encodings() {
        let mut xml = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel><title>Journal</title></channel>\n<item><title>".to_vec();
        xml.extend_from_slice(b"R\xe9forme des retraites</title><link>https://ex.fr/r</link><dc:date>2023-01-19</dc:date><description>Gr\xe8ve nationale.</description></item></rdf:RDF>");
        let mut docs = Vec::new();
        read(xml, "r.rdf", "r", &mut |r| docs.extend(r.ok())).expect("a valid feed");
        assert_eq!(docs.len(), 1);
        assert_eq!(
            docs[0].hints.title.as_deref(),
            Some("Réforme des retraites")
        );
        assert_eq!(docs[0].hints.outlet.as_deref(), Some("Journal"));
        assert_eq!(
            docs[0].hints.published.map(|p| p.to_string()).as_deref(),
            Some("2023-01-19")
        );
        assert_eq!(docs[0].content, Content::Text("Grève nationale.".into()));
    }

    #[test]
    fn any_cut_of_a_feed_is_read_or_reported() {
        let xml = "<?xml version=\"1.0\"?><rss xmlns:dc=\"d\"><channel><title>T - x</title>\
            <item><title>A &amp; B</title><dc:creator>Ann</dc:creator><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>\
            <description><![CDATA[<p>Été.</p>]]></description><guid>g</guid></item>\
            <entry><link href=\"h\"/><content type=\"xhtml\"><div><p>x</p></div></content></entry></channel></rss>";
        for end in (0..=xml.len()).filter(|&i| xml.is_char_boundary(i)) {
            let cut = &xml[..end];
            let mut n = 0;
            let result = read(cut.as_bytes().to_vec(), "f.xml", "f", &mut |_| n += 1);
            assert!(n <= 2, "{cut}");
            // A feed cut inside an item is reported, never taken as whole.
            if cut.contains("<item>") && !cut.contains("</item>") {
                assert!(result.is_err(), "{cut}");
            }
        }
    }

    #[test]
    fn mutated_feeds_never_panic() {
        // A seeded mutation test (the fuzz targets' cheap cousin): bytes
        // flipped, markup characters inserted, spans cut or doubled.
        let seed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss xmlns:dc=\"d\" \
            xmlns:content=\"c\"><channel><title>T - x</title><language>fr</language>\
            <item><title>A &amp; B</title><link>https://x/a</link><guid isPermaLink=\"false\">g</guid>\
            <dc:creator>Ann (Lee)</dc:creator><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>\
            <description><![CDATA[<p>Été &eacute; là.</p>]]></description>\
            <content:encoded>&lt;p&gt;Texte&lt;/p&gt;</content:encoded></item></channel></rss>\
            <feed xml:lang=\"en\"><entry><link rel=\"alternate\" href=\"h\"/><author><name>N</name>\
            </author><content type=\"xhtml\"><div><p>x</p></div></content></entry></feed>";
        let inserts: [&[u8]; 8] = [
            b"<",
            b">",
            b"&",
            b"]]>",
            b"<![CDATA[",
            b"</item>",
            b"<item>",
            b"\xff",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n.max(1) as u64) as usize
        };
        for _ in 0..3000 {
            let mut bytes = seed.as_bytes().to_vec();
            for _ in 0..1 + next(4) {
                if bytes.is_empty() {
                    break;
                }
                let at = next(bytes.len());
                match next(4) {
                    0 => bytes[at] = next(256) as u8,
                    1 => {
                        let piece = inserts[next(inserts.len())];
                        bytes.splice(at..at, piece.iter().copied());
                    }
                    2 => bytes.truncate(at),
                    _ => {
                        let end = (at + next(40)).min(bytes.len());
                        let copy = bytes[at..end].to_vec();
                        bytes.splice(at..at, copy);
                    }
                }
            }
            let mut n = 0;
            let _ = read(bytes, "m.xml", "m", &mut |_| n += 1);
            assert!(n <= 8);
        }
    }

    #[test]
    fn a_broken_feed_keeps_the_items_before_the_break() {
        let xml = "<rss><channel><title>T</title>\
            <item><title>First & only</title><description>Kept.</description></item>\
            <item><title>Cut <<< here";
        let (docs, errors) = read_all(xml);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].hints.title.as_deref(), Some("First & only"));
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("f.xml: not a readable feed: "),
            "{errors:?}"
        );
        let (docs, errors) = read_all("<rss><channel><title>Empty</title></channel></rss>");
        assert!(docs.is_empty());
        assert_eq!(
            errors,
            ["f.xml: not a readable feed: no item or entry in the feed"]
        );
    }
}
