//! A compact arena DOM and the lenient, fast HTML parser that builds it.
//!
//! Why not html5ever: its full WHATWG tree builder tops out at about a
//! thousand news pages a second on one core here, which alone uses up the
//! extraction budget (we aim at twenty times Python trafilatura). Extraction
//! does not need a browser-exact tree; it needs text grouped by its containing
//! elements. So this parser is a memchr-driven tokenizer with the recovery
//! rules that matter for that: raw-text elements (`script`, `style`,
//! `textarea`, `title`), void elements, comments, the implied end tags of
//! `p`, `li`, `dt`/`dd`, table cells and `option`, and end tags that close
//! everything opened after their element. Entities are decoded with the
//! `html-escape` crate's full HTML5 table. Any byte sequence yields a tree;
//! nothing here can panic on input (a fuzz target checks it).

use std::borrow::Cow;

/// Index of a node in a [`Dom`].
pub type NodeId = usize;

/// The root's id.
pub const ROOT: NodeId = 0;

/// Deepest nesting kept; deeper elements are attached flat. Keeps closing-tag
/// searches bounded on hostile input (a million unclosed `<div>`s).
const MAX_DEPTH: usize = 256;

/// What a node is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeData {
    /// The document root.
    Document,
    /// An element: lowercase tag name and attributes (names lowercase,
    /// values entity-decoded).
    Element {
        /// Tag name, lowercase.
        name: Cow<'static, str>,
        /// The attributes extraction reads ([`KEPT_ATTRS`]), in source order.
        attrs: Vec<(&'static str, String)>,
    },
    /// Text, entity-decoded (raw for `script` and `style`).
    Text(String),
}

/// One node with its tree links.
#[derive(Debug, Clone)]
pub struct Node {
    /// Parent node (`None` only for the root).
    pub parent: Option<NodeId>,
    /// Children in order.
    pub children: Vec<NodeId>,
    /// Payload.
    pub data: NodeData,
}

/// A parsed HTML document.
#[derive(Debug, Clone)]
pub struct Dom {
    nodes: Vec<Node>,
}

/// Attributes extraction reads; the rest (`src`, `data-*`, event handlers...)
/// are not stored, which saves most of the parser's allocations.
pub const KEPT_ATTRS: &[&str] = &[
    "class",
    "id",
    "style",
    "hidden",
    "lang",
    "xml:lang",
    "content",
    "property",
    "name",
    "itemprop",
    "datetime",
    "rel",
    "type",
    "charset",
    "pubdate",
    "http-equiv",
    "href",
    "aria-hidden",
];

/// Tag names stored without allocating (sorted, for binary search).
const KNOWN_TAGS: &[&str] = &[
    "a",
    "abbr",
    "address",
    "article",
    "aside",
    "audio",
    "b",
    "blockquote",
    "body",
    "br",
    "button",
    "canvas",
    "caption",
    "center",
    "cite",
    "code",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "figcaption",
    "figure",
    "font",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "iframe",
    "img",
    "input",
    "label",
    "li",
    "link",
    "main",
    "meta",
    "nav",
    "noscript",
    "ol",
    "option",
    "p",
    "path",
    "picture",
    "pre",
    "q",
    "s",
    "script",
    "section",
    "select",
    "small",
    "source",
    "span",
    "strong",
    "style",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "template",
    "textarea",
    "th",
    "thead",
    "time",
    "title",
    "tr",
    "u",
    "ul",
    "video",
    "wbr",
];

fn intern(raw: &str) -> Cow<'static, str> {
    // Lowercase on the stack, then a binary search of the sorted list.
    let mut buf = [0u8; 16];
    if raw.len() <= buf.len() {
        let lower = &mut buf[..raw.len()];
        lower.copy_from_slice(raw.as_bytes());
        lower.make_ascii_lowercase();
        // The commonest tags first: they are most of any page.
        for t in [
            "div", "a", "span", "p", "li", "script", "meta", "img", "br", "i",
        ] {
            if t.as_bytes() == lower {
                return Cow::Borrowed(t);
            }
        }
        if let Ok(i) = KNOWN_TAGS.binary_search_by(|t| t.as_bytes().cmp(lower)) {
            return Cow::Borrowed(KNOWN_TAGS[i]);
        }
    }
    Cow::Owned(raw.to_ascii_lowercase())
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

const RAW_TEXT: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe",
];

/// Elements whose start closes an open `<p>` (HTML's "close a p element").
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "ul"
            | "li"
            | "dd"
            | "dt"
    )
}

/// Elements a search for an open `<p>`/`<li>` does not look past.
const SCOPE: &[&str] = &[
    "html", "table", "td", "th", "caption", "button", "object", "template", "marquee",
];

impl Dom {
    /// Parses a page. Never fails: any input yields some tree.
    pub fn parse(html: &str) -> Dom {
        // Real pages have about one node per 25 bytes; reserving up front
        // saves the reallocations of a growing arena.
        let mut nodes = Vec::with_capacity(html.len() / 25 + 1);
        nodes.push(Node {
            parent: None,
            children: Vec::new(),
            data: NodeData::Document,
        });
        let mut b = Builder {
            nodes,
            stack: vec![ROOT],
        };
        b.run(html);
        Dom { nodes: b.nodes }
    }

    /// The node with id `id`.
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    /// Number of nodes.
    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// Whether the tree holds only the root.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    /// Children of `id`, in order.
    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id].children
    }

    /// Tag name of an element, or `None` for other nodes.
    pub fn tag(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    /// Whether `id` is an element named `name`.
    pub fn is(&self, id: NodeId, name: &str) -> bool {
        self.tag(id) == Some(name)
    }

    /// Value of attribute `name` (lowercase) on element `id`.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| &**k == name)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// All nodes below `start`, in document order.
    pub fn descendants(&self, start: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            stack: self.nodes[start].children.iter().rev().copied().collect(),
        }
    }

    /// Elements named `name`, in document order.
    pub fn elements<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.descendants(ROOT).filter(move |&d| self.is(d, name))
    }

    /// Ancestors of `id`, nearest first.
    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].parent, |&p| self.nodes[p].parent)
    }

    /// The text under `id`, whitespace collapsed.
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        if let NodeData::Text(t) = &self.nodes[id].data {
            out.push_str(t);
        }
        for d in self.descendants(id) {
            if let NodeData::Text(t) = &self.nodes[d].data {
                out.push_str(t);
                out.push(' ');
            }
        }
        collapse_whitespace(&out)
    }
}

/// Collapses runs of whitespace (including non-breaking spaces) to one space
/// and trims. Invisible characters that only hint at line breaking (soft
/// hyphens, zero-width spaces, word joiners, stray BOMs) are removed: they
/// split words for every later stage ("réac\u{ad}tion").
pub fn collapse_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if matches!(c, '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}') {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Pre-order iterator over the nodes below a root.
pub struct Descendants<'a> {
    dom: &'a Dom,
    stack: Vec<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.stack.pop()?;
        self.stack.extend(self.dom.nodes[id].children.iter().rev());
        Some(id)
    }
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<NodeId>,
}

impl Builder {
    fn current(&self) -> NodeId {
        *self.stack.last().unwrap_or(&ROOT)
    }

    fn add(&mut self, data: NodeData) -> NodeId {
        let parent = self.current();
        let id = self.nodes.len();
        self.nodes.push(Node {
            parent: Some(parent),
            children: Vec::new(),
            data,
        });
        self.nodes[parent].children.push(id);
        id
    }

    fn add_text(&mut self, raw: &str, decode: bool) {
        if raw.is_empty() {
            return;
        }
        let parent = self.current();
        if let Some(&last) = self.nodes[parent].children.last() {
            if let NodeData::Text(t) = &mut self.nodes[last].data {
                push_text(t, raw, decode);
                return;
            }
        }
        let mut t = String::with_capacity(raw.len());
        push_text(&mut t, raw, decode);
        self.add(NodeData::Text(t));
    }

    fn attr_of(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id].data {
            NodeData::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    fn name_of(&self, id: NodeId) -> &str {
        match &self.nodes[id].data {
            NodeData::Element { name, .. } => name,
            _ => "",
        }
    }

    /// Index in the stack of the nearest open `name`, not looking past
    /// `scope` elements.
    fn in_scope(&self, name: &str, scope: &[&str]) -> Option<usize> {
        self.in_scope_plus(name, scope, &[])
    }

    /// [`Self::in_scope`] with more boundary elements (the lists around an
    /// `<li>`, the `<dl>` around a `<dd>`).
    fn in_scope_plus(&self, name: &str, scope: &[&str], more: &[&str]) -> Option<usize> {
        for (i, &id) in self.stack.iter().enumerate().rev() {
            let n = self.name_of(id);
            if n == name {
                return Some(i);
            }
            if scope.contains(&n) || more.contains(&n) {
                return None;
            }
        }
        None
    }

    fn close_to(&mut self, index: usize) {
        self.stack.truncate(index.max(1));
    }

    fn open(
        &mut self,
        tag: Cow<'static, str>,
        attrs: Vec<(&'static str, String)>,
        self_closing: bool,
    ) -> Option<NodeId> {
        let name: &str = &tag;
        if matches!(name, "html" | "body" | "head")
            && self.stack.iter().any(|&id| self.name_of(id) == name)
        {
            return None;
        }
        if closes_p(name) {
            if let Some(i) = self.in_scope("p", SCOPE) {
                self.close_to(i);
            }
        }
        match name {
            "li" => {
                if let Some(i) = self.in_scope_plus("li", SCOPE, &["ul", "ol"]) {
                    self.close_to(i);
                }
            }
            "dt" | "dd" => {
                let i = self.in_scope_plus("dd", SCOPE, &["dl"]);
                let j = self.in_scope_plus("dt", SCOPE, &["dl"]);
                if let Some(i) = i.max(j) {
                    self.close_to(i);
                }
            }
            "td" | "th" => {
                let i = self.in_scope("td", &["table", "tr"]);
                let j = self.in_scope("th", &["table", "tr"]);
                if let Some(i) = i.max(j) {
                    self.close_to(i);
                }
            }
            "tr" => {
                if let Some(i) = self.in_scope("tr", &["table"]) {
                    self.close_to(i);
                }
            }
            "option" => {
                if let Some(i) = self.in_scope("option", &["select"]) {
                    self.close_to(i);
                }
            }
            "a" => {
                if let Some(i) = self.in_scope("a", SCOPE) {
                    self.close_to(i);
                }
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let top = self.current();
                if matches!(self.name_of(top), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                    self.stack.pop();
                }
            }
            _ => {}
        }
        let void = VOID.contains(&name);
        let id = self.add(NodeData::Element { name: tag, attrs });
        if !self_closing && !void && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
        Some(id)
    }

    fn close(&mut self, name: &str) {
        if VOID.contains(&name) || matches!(name, "html" | "body") {
            return;
        }
        if let Some(i) = self.in_scope(name, &[]) {
            self.close_to(i);
        }
    }

    fn run(&mut self, html: &str) {
        let b = html.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let lt = match memchr::memchr(b'<', &b[i..]) {
                Some(p) => i + p,
                None => {
                    self.add_text(&html[i..], true);
                    return;
                }
            };
            self.add_text(&html[i..lt], true);
            i = lt;
            let rest = &b[i..];
            if rest.starts_with(b"<!--") {
                i = match memchr::memmem::find(&rest[4..], b"-->") {
                    Some(p) => i + 4 + p + 3,
                    None => b.len(),
                };
            } else if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
                i = memchr::memchr(b'>', rest).map_or(b.len(), |p| i + p + 1);
            } else if rest.starts_with(b"</") && rest.get(2).is_some_and(u8::is_ascii_alphabetic) {
                let (name, after) = read_name(html, i + 2);
                i = memchr::memchr(b'>', &b[after..]).map_or(b.len(), |p| after + p + 1);
                self.close(&name);
            } else if rest.get(1).is_some_and(u8::is_ascii_alphabetic) {
                let (name, after) = read_name(html, i + 1);
                let (attrs, self_closing, end) = read_attrs(html, after);
                i = end;
                let opened = self.open(name.clone(), attrs, self_closing);
                if RAW_TEXT.contains(&&*name) && !self_closing {
                    let close = find_close_tag(b, i, &name);
                    let decode = matches!(&*name, "title" | "textarea");
                    if let Some(id) = opened {
                        // Scripts are kept only when they carry data (JSON-LD);
                        // program text and styles are most of a page's bytes
                        // and nothing reads them.
                        let keep = match &*name {
                            "script" => {
                                self.attr_of(id, "type").is_some_and(|t| t.contains("json"))
                            }
                            "style" => false,
                            _ => true,
                        };
                        if keep {
                            self.add_text(&html[i..close.0], decode);
                        }
                        self.close(&name);
                    }
                    i = close.1;
                }
            } else {
                self.add_text("<", false);
                i += 1;
            }
        }
    }
}

fn push_text(out: &mut String, raw: &str, decode: bool) {
    if decode && raw.contains('&') {
        html_escape::decode_html_entities_to_string(raw, out);
    } else {
        out.push_str(raw);
    }
}

/// Reads a tag name (lowercased) starting at `start`; returns it and the
/// index after it.
fn read_name(html: &str, start: usize) -> (Cow<'static, str>, usize) {
    let b = html.as_bytes();
    let mut end = start;
    while end < b.len() && !b[end].is_ascii_whitespace() && !matches!(b[end], b'>' | b'/') {
        end += 1;
    }
    // `end` stops on ASCII bytes only, so it is a char boundary.
    (intern(&html[start..end]), end)
}

/// Reads attributes up to the end of the tag. Returns them, whether the tag
/// was self-closed (`/>`), and the index after `>`.
fn read_attrs(html: &str, mut i: usize) -> (Vec<(&'static str, String)>, bool, usize) {
    let b = html.as_bytes();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (attrs, self_closing, b.len());
        }
        if b[i] == b'>' {
            return (attrs, self_closing, i + 1);
        }
        self_closing = false;
        let name_start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == name_start {
            // A lone '=' or similar: skip it.
            i += 1;
            continue;
        }
        let name = KEPT_ATTRS
            .iter()
            .find(|k| k.eq_ignore_ascii_case(&html[name_start..i]))
            .copied();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            let (start, end, next) = if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                match memchr::memchr(q, &b[i + 1..]) {
                    Some(p) => (i + 1, i + 1 + p, i + 2 + p),
                    None => (i + 1, b.len(), b.len()),
                }
            } else {
                let s = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                (s, i, i)
            };
            if name.is_some() {
                push_text(&mut value, &html[start..end], true);
            }
            i = next;
        }
        if let Some(name) = name {
            if !attrs.iter().any(|(k, _)| *k == name) {
                attrs.push((name, value));
            }
        }
    }
}

/// Finds `</name` (any case) from `from`; returns the content end and the
/// index after the closing tag's `>`.
fn find_close_tag(b: &[u8], from: usize, name: &str) -> (usize, usize) {
    let mut i = from;
    while let Some(p) = memchr::memchr(b'<', &b[i..]) {
        let at = i + p;
        let n = name.len();
        if b.len() >= at + 2 + n
            && b[at + 1] == b'/'
            && b[at + 2..at + 2 + n].eq_ignore_ascii_case(name.as_bytes())
            && b.get(at + 2 + n)
                .is_none_or(|c| c.is_ascii_whitespace() || *c == b'>' || *c == b'/')
        {
            let end = memchr::memchr(b'>', &b[at..]).map_or(b.len(), |q| at + q + 1);
            return (at, end);
        }
        i = at + 1;
    }
    (b.len(), b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts_of(dom: &Dom, tag: &str) -> Vec<String> {
        dom.elements(tag).map(|d| dom.text(d)).collect()
    }

    #[test]
    fn builds_a_tree_and_repairs_markup() {
        let dom = Dom::parse(
            "<html><body><div id=a><p>One<p>Two <b>bold</b></div><table><tr><td>x<td>y</table>",
        );
        assert_eq!(texts_of(&dom, "p"), ["One", "Two bold"]);
        let div = dom.elements("div").next().unwrap();
        assert_eq!(dom.attr(div, "id"), Some("a"));
        assert_eq!(texts_of(&dom, "td"), ["x", "y"]);
    }

    #[test]
    fn raw_text_elements_are_not_parsed() {
        let dom = Dom::parse(
            "<p>a</p><script>if (a<b && c>d) { x = '</div>'; }</script><p>b &amp; c</p>\
             <script type=\"application/ld+json\">{\"headline\": \"a &amp; b\"}</script>",
        );
        assert_eq!(texts_of(&dom, "p"), ["a", "b & c"]);
        let mut scripts = dom.elements("script");
        let program = scripts.next().unwrap();
        assert_eq!(dom.text(program), "", "program text is not kept");
        let data = scripts.next().unwrap();
        assert_eq!(
            dom.text(data),
            "{\"headline\": \"a &amp; b\"}",
            "JSON-LD is kept raw"
        );
    }

    #[test]
    fn lists_and_entities() {
        let dom = Dom::parse(
            "<ul><li>un<li>deux &eacute;t&#233; &#x263a;</ul><p class=\"l&apos;&quot;x&quot;\" onclick=\"f()\">z",
        );
        assert_eq!(texts_of(&dom, "li"), ["un", "deux été ☺"]);
        let p = dom.elements("p").next().unwrap();
        assert_eq!(dom.attr(p, "class"), Some("l'\"x\""));
        assert_eq!(
            dom.attr(p, "onclick"),
            None,
            "attributes extraction never reads are not stored"
        );
    }

    #[test]
    fn invisible_characters_are_removed() {
        assert_eq!(
            collapse_whitespace(
                " réac\u{ad}tion\u{200b}  à\u{a0}la\n can\u{ad}di\u{ad}da\u{ad}ture "
            ),
            "réaction à la candidature"
        );
    }

    #[test]
    fn known_tags_are_sorted_for_binary_search() {
        assert!(KNOWN_TAGS.windows(2).all(|w| w[0] < w[1]));
        assert!(matches!(intern("DIV"), Cow::Borrowed("div")));
        assert!(matches!(intern("my-widget"), Cow::Owned(_)));
    }

    #[test]
    fn hostile_input_does_not_panic() {
        for s in [
            "<",
            "</",
            "<a",
            "<a b='",
            "<!--",
            "<script>",
            "<<<>>>",
            "é<é>é</é>",
            "<p/><br/>x",
            "&#xffffffff;&;",
        ] {
            let _ = Dom::parse(s);
        }
        let deep = "<div>".repeat(100_000);
        assert!(Dom::parse(&deep).len() > 100_000);
    }
}
