//! Main-content extraction from HTML.
//!
//! 1. The page is cut into *blocks*: runs of text between block-level
//!    boundaries, each remembering the element that holds it, how much of it
//!    is link text, and whether it sits in a caption or a heading. Subtrees
//!    that never hold article text (scripts, navigation, asides, hidden
//!    elements, and elements whose class or id names a widget: share bars,
//!    comment sections, related links...) are skipped on the way.
//! 2. Each block gets a value: its length when it reads as prose, minus its
//!    length when it is furniture or mostly links. The article container is
//!    the element whose subtree has the largest total value: it gathers the
//!    prose and leaves out the menus, footers and sidebars around it, without
//!    any per-site template.
//! 3. Inside the container, blocks are kept or dropped with the same rules as
//!    flattened text (shape, furniture wording, jusText's context pass).

use gazette_lang::Lang;
use regex::Regex;

use crate::classify::Class;
use crate::dom::{collapse_whitespace, Dom, NodeData, NodeId, ROOT};
use crate::signals::{furniture, Furniture, Shape};

/// A run of text between block boundaries.
#[derive(Debug, Clone)]
struct Block {
    text: String,
    owner: NodeId,
    link_chars: usize,
    heading: bool,
    caption: bool,
    list_item: bool,
}

const SKIP: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "footer",
    "head",
    "title",
    "label",
    "dialog",
    "menu",
    "map",
    "form-control",
];

/// Elements that hold text itself rather than other blocks: the container
/// never narrows down to one of these.
const TEXT_LEVEL: &[&str] = &[
    "p",
    "li",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tbody",
    "thead",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "a",
    "span",
    "strong",
    "em",
    "b",
    "i",
];

/// Elements whose tags end a block of text (the feed markup of flattened
/// text too, see `escapes::strip_tags`).
pub(crate) const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dd",
    "dt",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "caption",
    "figure",
    "figcaption",
    "header",
    "footer",
    "form",
    "center",
    "address",
    "details",
    "summary",
    "fieldset",
    "hr",
    "body",
    "html",
];

fn negative_re() -> &'static Regex {
    regex!(
        r"(?i)(^|[\s_-])(comments?|commentaires?|disqus|replies|respond|share|sharing|partage|social|socials|sociaux|related|similar|recommend[a-z0-9]*|read-?more|lire-?aussi|a-lire|also|more-stories|newsletter|subscribe|subscription|signup|abonnement|promo|promotion|advert[a-z0-9]*|ads?|adslot|ad-slot|advertising|pub|publicite|sponsor[a-z0-9]*|partner[a-z0-9]*|outbrain|taboola|ligatus|cookies?|consent|gdpr|rgpd|banner|breadcrumbs?|ariane|menu|navbar|nav|navigation|sidebar|side-bar|widget|footer|pied|masthead|popup|modal|overlay|toolbar|tags?|keywords|mots-cles|trending|most-read|most-popular|popular|les-plus-lus|byline|author|auteur|signature|dateline|caption|legende|credits?|copyright|print|skip|sr-only|visually-hidden|jump|pagination|pager)($|[\s_-])"
    )
}

fn positive_re() -> &'static Regex {
    regex!(
        r"(?i)(article|body|content|contenu|corps|entry|main|post|story|text|texte|chapo|chapeau|lead|lede|intro)"
    )
}

/// Comment sections are never article text, however long (a live blog's
/// running commentary is not a comment section, see [`is_live_commentary`]).
fn comments_re() -> &'static Regex {
    regex!(r"(?i)(^|[\s_-])(comments?|commentaires?|disqus|replies|respond|reactions)($|[\s_-])")
}

/// A live blog's or a match's running commentary ("live-match-comment",
/// "liveticker-comment") is the article itself, not readers' comments: one
/// class token says both.
fn is_live_commentary(names: &str) -> bool {
    names.split_whitespace().any(|token| {
        let t = token.to_ascii_lowercase();
        (t.contains("live") || t.contains("ticker")) && t.contains("comment")
    })
}

/// A link that leads elsewhere on the web. An e-mail or phone link is
/// contact information that the text gives, not navigation.
fn is_navigation_link(dom: &Dom, id: NodeId) -> bool {
    let scheme = |h: &str, s: &str| h.get(..s.len()).is_some_and(|p| p.eq_ignore_ascii_case(s));
    dom.is(id, "a")
        && !dom.attr(id, "href").is_some_and(|h| {
            let h = h.trim_start();
            scheme(h, "mailto:") || scheme(h, "tel:")
        })
}

/// Link text that spells out its address ("http://www.example.org/..."):
/// a source the text cites, which menus and teasers never look like.
fn is_spelled_out_address(t: &str) -> bool {
    let t = t.trim();
    (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        && !t.contains(char::is_whitespace)
}

/// Text and link-text length under each node, computed in one pass.
struct Sizes {
    text: Vec<u32>,
    links: Vec<u32>,
}

/// Below this many characters of non-link text, an element is small enough to
/// drop on its name or visibility alone.
const SMALL_TEXT: u32 = 400;

impl Sizes {
    /// Characters of text under `id` that are not link text.
    fn prose_chars(&self, id: NodeId) -> u32 {
        self.text[id].saturating_sub(self.links[id])
    }

    fn of(dom: &Dom) -> Sizes {
        let n = dom.len();
        let mut text = vec![0u32; n];
        let mut links = vec![0u32; n];
        // Children always come after their parent in the arena, so one
        // backward sweep accumulates subtree sizes.
        for id in (0..n).rev() {
            if let NodeData::Text(t) = &dom.node(id).data {
                text[id] = t.trim().len() as u32;
            }
            // A link that spells out its address is text (as in `Walker`).
            let spelled_out = || {
                let kids = dom.children(id);
                kids.len() == 1
                    && matches!(&dom.node(kids[0]).data, NodeData::Text(t) if is_spelled_out_address(t))
            };
            if is_navigation_link(dom, id) && !spelled_out() {
                links[id] = text[id];
            }
            if let Some(p) = dom.node(id).parent {
                text[p] += text[id];
                links[p] += links[id];
            }
        }
        Sizes { text, links }
    }
}

/// Whether an element's class or id marks it as page furniture. Class names
/// are a hint, not proof ("sidebar-layout" may wrap the whole article), so
/// only small or link-heavy elements are dropped on their name alone.
fn is_furniture_element(dom: &Dom, sizes: &Sizes, id: NodeId, tag: &str) -> bool {
    if matches!(
        tag,
        "article" | "main" | "body" | "html" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
    ) {
        return false;
    }
    // Little text besides links: a menu, a share bar, a list of headlines.
    let small = sizes.prose_chars(id) < SMALL_TEXT;
    if tag == "aside" {
        return small;
    }
    let class = dom.attr(id, "class").unwrap_or("");
    let ident = dom.attr(id, "id").unwrap_or("");
    if class.is_empty() && ident.is_empty() {
        return false;
    }
    let any = |re: &Regex| re.is_match(class) || re.is_match(ident);
    if any(comments_re()) {
        return !(is_live_commentary(class) || is_live_commentary(ident));
    }
    small && any(negative_re()) && !any(positive_re())
}

/// Hidden by markup. `aria-hidden` is left alone: it hides from screen
/// readers only, and an unclosed `<i aria-hidden>` icon can end up wrapping
/// the whole page. Large hidden elements are kept too: pages hide the full
/// text behind a "read more" toggle.
fn is_hidden(dom: &Dom, sizes: &Sizes, id: NodeId) -> bool {
    let hidden = dom.attr(id, "hidden").is_some()
        || dom.attr(id, "style").is_some_and(|s| {
            // Most styles say neither word: only those are normalised.
            let lower = s.to_ascii_lowercase();
            (lower.contains("none") || lower.contains("hidden")) && {
                let compact: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
                compact.contains("display:none") || compact.contains("visibility:hidden")
            }
        });
    hidden && sizes.prose_chars(id) < SMALL_TEXT
}

struct Walker<'a> {
    dom: &'a Dom,
    sizes: Sizes,
    blocks: Vec<Block>,
    buf: String,
    link_chars: usize,
    owner: NodeId,
    heading: bool,
    caption: bool,
    list_item: bool,
}

impl Walker<'_> {
    fn flush(&mut self) {
        if self.buf.contains('\u{1}') {
            self.buf = self.buf.replace('\u{1}', " ");
        }
        let text = collapse_whitespace(&self.buf);
        if !text.is_empty() {
            self.blocks.push(Block {
                text,
                owner: self.owner,
                link_chars: self.link_chars,
                heading: self.heading,
                caption: self.caption,
                list_item: self.list_item,
            });
        }
        self.buf.clear();
        self.link_chars = 0;
    }

    fn walk(&mut self, id: NodeId, in_link: bool) {
        let dom = self.dom;
        for &child in dom.children(id) {
            match &dom.node(child).data {
                NodeData::Text(t) => {
                    if in_link && !is_spelled_out_address(t) {
                        self.link_chars += t.trim().chars().count();
                    }
                    self.buf.push_str(t);
                }
                NodeData::Element { name, .. } => {
                    let tag: &str = name;
                    // Class names are judged on block elements only: inline
                    // ones hold a few words inside a paragraph at most.
                    let block = BLOCK.contains(&tag) || matches!(tag, "nav" | "aside" | "footer");
                    if SKIP.contains(&tag)
                        || is_hidden(dom, &self.sizes, child)
                        || (block && is_furniture_element(dom, &self.sizes, child, tag))
                    {
                        // A skipped element still separates the text around it.
                        if block {
                            self.flush();
                        }
                        continue;
                    }
                    if tag == "br" {
                        // Two line breaks in a row separate paragraphs.
                        if self.buf.ends_with('\u{1}') {
                            self.buf.pop();
                            self.flush();
                        } else {
                            self.buf.push('\u{1}');
                        }
                        continue;
                    }
                    if self.buf.ends_with('\u{1}') {
                        self.buf.pop();
                        self.buf.push(' ');
                    }
                    if BLOCK.contains(&tag) {
                        self.flush();
                        let saved = (self.owner, self.heading, self.caption, self.list_item);
                        self.owner = child;
                        self.heading |= matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
                        self.caption |= matches!(tag, "figcaption" | "caption" | "figure");
                        self.list_item |= tag == "li";
                        self.walk(child, in_link);
                        self.flush();
                        (self.owner, self.heading, self.caption, self.list_item) = saved;
                    } else {
                        // Inline elements do not break the text, but words
                        // on either side of an image or similar stay apart.
                        if matches!(tag, "img" | "td" | "wbr") {
                            self.buf.push(' ');
                        }
                        self.walk(child, in_link || is_navigation_link(dom, child));
                    }
                }
                NodeData::Document => {}
            }
        }
    }
}

/// What the content extractor found.
#[derive(Debug, Clone, Default)]
pub struct HtmlContent {
    /// Paragraphs and subheadings of the main text.
    pub paragraphs: Vec<String>,
    /// The date line under the headline, read as on a flattened page (see
    /// [`crate::dates::date_line`]): for pages whose metadata gives none.
    pub published: Option<gazette_model::PubDate>,
    /// With `explain`, one line per decision: the container chosen and each
    /// block's value and verdict (for `gazette extract --explain`).
    pub trace: Vec<String>,
}

/// Extracts the main text of a parsed page. `title` is the headline (dropped
/// from the text when the page repeats it), `lang` the page's language.
pub fn extract_content(
    dom: &Dom,
    title: Option<&str>,
    lang: Option<Lang>,
    explain: bool,
) -> HtmlContent {
    let start = dom.elements("body").next().unwrap_or(ROOT);
    let mut w = Walker {
        dom,
        sizes: Sizes::of(dom),
        blocks: Vec::new(),
        buf: String::new(),
        link_chars: 0,
        owner: start,
        heading: false,
        caption: false,
        list_item: false,
    };
    w.walk(start, false);
    w.flush();
    let blocks = w.blocks;
    if blocks.is_empty() {
        return HtmlContent::default();
    }

    // Short link blocks (menu entries) are dropped whatever they say, so
    // only their size is measured: most blocks of a page are such links.
    let menu_entry = |b: &Block, s: &Shape| s.words < 3 && b.link_chars * 2 > s.chars;
    let shapes: Vec<Shape> = blocks
        .iter()
        .map(|b| {
            let size = Shape::size(&b.text);
            if menu_entry(b, &size) {
                size
            } else {
                Shape::of(&b.text, lang)
            }
        })
        .collect();
    let kinds: Vec<Option<Furniture>> = blocks
        .iter()
        .zip(&shapes)
        .map(|(b, s)| {
            if menu_entry(b, s) {
                None
            } else {
                furniture(&b.text)
            }
        })
        .collect();
    let score = score_subtrees(dom, &blocks, &shapes, &kinds);
    let container = choose_container(dom, &score);
    let title_key = title.map(|t| (t.len(), crate::text_key_hash(t)));
    let regions = choose_regions(dom, &score, container, title_key);
    let inside = |owner: NodeId| {
        regions.contains(&owner) || dom.ancestors(owner).any(|a| regions.contains(&a))
    };
    let mut trace = Vec::new();
    if explain {
        trace.push(format!(
            "container {} score {:.0}",
            describe(dom, container),
            score[container]
        ));
    }

    // The headline repeated in the body: same normalised text (lengths are
    // compared first to spare hashing every block).
    let is_title = |text: &str| {
        title_key.is_some_and(|(len, key)| {
            text.len().abs_diff(len) * 5 <= len && crate::text_key_hash(text) == key
        })
    };
    let mut classes: Vec<Class> = Vec::with_capacity(blocks.len());
    let mut texts: Vec<&str> = Vec::with_capacity(blocks.len());
    // The index in `blocks` of each block inside the article.
    let mut at: Vec<usize> = Vec::with_capacity(blocks.len());
    let mut section_end: Option<usize> = None;
    let mut notes: Vec<String> = Vec::new();
    let mut announces: Vec<bool> = Vec::new();
    // Where the article's own headline sits among the blocks, if it does.
    let mut headline: Option<usize> = None;
    for (i, ((b, s), k)) in blocks.iter().zip(&shapes).zip(&kinds).enumerate() {
        if !inside(b.owner) {
            if explain {
                trace.push(format!(
                    "  outside {:>6.0} {}: {}",
                    block_value(b, s, *k),
                    describe(dom, b.owner),
                    preview(&b.text)
                ));
            }
            continue;
        }
        let density = b.link_chars as f32 / s.chars.max(1) as f32;
        // A related-links header ("Read more", "Ähnliche Beiträge") after
        // the text has begun closes the article: what follows is other
        // articles' teasers.
        if section_end.is_none()
            && *k == Some(Furniture::Teaser)
            && s.words <= 8
            && classes.contains(&Class::Good)
        {
            section_end = Some(classes.len());
        }
        let title = is_title(&b.text);
        if title && headline.is_none() {
            headline = Some(classes.len());
        }
        let class = classify_block(b, s, *k, density, title);
        if explain {
            notes.push(format!(
                "{:?} links {:.2}{}",
                k,
                density,
                if b.heading { " heading" } else { "" }
            ));
        }
        announces.push(s.words <= 12 && b.text.trim_end().ends_with(':'));
        classes.push(class);
        texts.push(&b.text);
        at.push(i);
    }
    let first_pass = if explain { classes.clone() } else { Vec::new() };
    if let Some(end) = section_end {
        // Unless the article plainly goes on: more prose after the header
        // than before it means the header belonged to an inline widget.
        let prose = |range: std::ops::Range<usize>| -> usize {
            range
                .filter(|&i| classes[i] == Class::Good)
                .map(|i| texts[i].len())
                .sum()
        };
        if prose(end..classes.len()) < prose(0..end) {
            classes[end..].iter_mut().for_each(|c| *c = Class::Bad);
        }
    }
    keep_main_run(&mut classes, &texts, headline);
    resolve_in_container(&mut classes, &announces);
    drop_author_box(&mut classes, &texts);
    if explain {
        for (((t, before), after), note) in texts.iter().zip(&first_pass).zip(&classes).zip(&notes)
        {
            trace.push(format!(
                "  {before:?} -> {after:?} ({note}): {}",
                preview(t)
            ));
        }
    }
    // The date line may sit outside the article's container (in a header
    // with the headline): all blocks are read, from the headline to the
    // lede.
    let published = {
        let all: Vec<&str> = blocks.iter().map(|b| b.text.as_str()).collect();
        let head = blocks.iter().position(|b| is_title(&b.text));
        let lede = classes
            .iter()
            .position(|c| *c == Class::Good)
            .map(|i| at[i])
            .filter(|&l| head.is_none_or(|h| l > h));
        crate::dates::date_line(&all, head, lede)
    };
    let mut seen = std::collections::HashSet::new();
    let paragraphs = texts
        .into_iter()
        .zip(classes)
        .filter(|(_, c)| matches!(c, Class::Good | Class::Heading))
        .filter(|(t, _)| seen.insert(crate::text_key_hash(t)))
        .map(|(t, _)| t.to_string())
        .collect();
    HtmlContent {
        paragraphs,
        published,
        trace,
    }
}

fn describe(dom: &Dom, id: NodeId) -> String {
    let mut d = dom.tag(id).unwrap_or("#root").to_string();
    if let Some(i) = dom.attr(id, "id") {
        d.push('#');
        d.push_str(i);
    }
    if let Some(c) = dom.attr(id, "class") {
        d.push('.');
        d.push_str(&c.split_whitespace().collect::<Vec<_>>().join("."));
    }
    d
}

const PREVIEW_CHARS: usize = 200;

fn preview(t: &str) -> String {
    let p: String = t.chars().take(PREVIEW_CHARS).collect();
    if p.len() < t.len() {
        format!("{p}…")
    } else {
        p
    }
}

/// The first judgement of a block inside the container, before context.
fn classify_block(
    b: &Block,
    s: &Shape,
    k: Option<Furniture>,
    density: f32,
    is_title: bool,
) -> Class {
    // Words glued by case changes mean lost separators in flattened
    // text; in markup they are identifiers in code, so only short
    // blocks (menu labels) count as glued.
    let glued = s.glued && s.words < 4;
    // A dateline or byline ("Par X, publié le 9 avril 2016"), linked
    // or not; prose that merely mentions a date is longer.
    let dateline = s.words <= 12
        && !s.is_prose()
        && (crate::dates::find_date(&b.text).is_some()
            || crate::byline::parse_credit(&b.text).is_some());
    if k.is_some() || b.caption || glued || dateline || is_title {
        Class::Bad
    } else if density > 0.5 {
        // Link text inside the article: an embedded post or a linked
        // sentence when prose surrounds it, a list of teasers otherwise.
        if b.list_item || s.words < 3 {
            Class::Bad
        } else {
            Class::Linked
        }
    } else if b.heading && s.words <= 20 && !pull_quote(&b.text) {
        Class::Heading
    } else if s.is_prose() && density <= 0.35 {
        Class::Good
    } else if (b.list_item && density > 0.35) || (s.truncated && (b.list_item || density > 0.0)) {
        Class::Bad
    } else {
        Class::Short
    }
}

/// Whether a heading element holds sentences rather than a heading: a
/// magazine's pull quote set in `<h4>` ("Relotius legt auf Facebook ein
/// Fake-Profil an. Es stützt seine Version."). Subheadings are one phrase,
/// seldom with a stop; two sentences that end on one are prose.
fn pull_quote(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(['.', '!', '?', '…'])
        && t.split_whitespace().count() >= 8
        && gazette_lang::sentences(t).len() >= 2
}

/// Adds each block's value to its element and all the element's ancestors:
/// `score[n]` is the net prose value of the subtree under `n`.
fn score_subtrees(
    dom: &Dom,
    blocks: &[Block],
    shapes: &[Shape],
    kinds: &[Option<Furniture>],
) -> Vec<f32> {
    let mut score = vec![0f32; dom.len()];
    for ((b, s), k) in blocks.iter().zip(shapes).zip(kinds) {
        let v = block_value(b, s, *k);
        if v == 0.0 {
            continue;
        }
        score[b.owner] += v;
        for a in dom.ancestors(b.owner) {
            score[a] += v;
        }
    }
    score
}

/// The article container: the element with the best subtree value, raised
/// to a structural element and then narrowed to the tightest one that holds
/// nearly all of that value.
fn choose_container(dom: &Dom, score: &[f32]) -> NodeId {
    let best = (0..dom.len())
        .filter(|&i| dom.tag(i).is_some())
        .max_by(|&a, &b| score[a].total_cmp(&score[b]).then(b.cmp(&a)))
        .unwrap_or(ROOT);
    let mut container = best;
    // A lone paragraph or list is text, not a container: its parent is.
    while dom.tag(container).is_some_and(|t| TEXT_LEVEL.contains(&t)) {
        match dom.node(container).parent {
            Some(p) => container = p,
            None => break,
        }
    }
    // The best-scoring node is often the whole page, which also holds author
    // bios, disclaimers and blurbs that read as prose.
    loop {
        let top = dom
            .children(container)
            .iter()
            .copied()
            .filter(|&c| dom.tag(c).is_some_and(|t| !TEXT_LEVEL.contains(&t)))
            .max_by(|&a, &b| score[a].total_cmp(&score[b]));
        match top {
            Some(c) if score[c] >= score[container] * DESCEND_SHARE => container = c,
            _ => break,
        }
    }
    container
}

/// Adds to `regions` the prose between the page's headline and the
/// container (document order): the standfirst that templates put in an
/// element of its own. Furniture by name (and all it holds), asides, and a
/// picture's legend (it sits with the picture or with its credit) stay out.
fn standfirst_regions(
    dom: &Dom,
    score: &[f32],
    container: NodeId,
    headline: NodeId,
    regions: &mut Vec<NodeId>,
) {
    // Which elements hold a picture or a credit, in one backward sweep.
    let n = dom.len();
    let mut media = vec![false; n];
    let mut credit = vec![false; n];
    for id in (0..n).rev() {
        match &dom.node(id).data {
            NodeData::Text(t) => credit[id] |= t.contains('©'),
            NodeData::Element { name, .. } => {
                media[id] |= matches!(&**name, "img" | "picture" | "figure" | "video");
            }
            NodeData::Document => {}
        }
        if let Some(p) = dom.node(id).parent {
            media[p] |= media[id];
            credit[p] |= credit[id];
        }
    }
    // Wrappers of the candidate alone, not the page sections that also hold
    // the headline or the body (the footer may credit the whole site).
    let local = |a: NodeId| {
        a != headline
            && !dom.ancestors(container).any(|c| c == a)
            && !dom.ancestors(headline).any(|h| h == a)
    };
    let mut excluded: Vec<NodeId> = Vec::new();
    for (id, &value) in score.iter().enumerate().take(container).skip(headline + 1) {
        let Some(tag) = dom.tag(id) else { continue };
        if value < MIN_SIBLING_SCORE
            || regions.contains(&id)
            || dom.ancestors(container).any(|a| a == id)
            || dom
                .ancestors(id)
                .any(|a| regions.contains(&a) || excluded.contains(&a))
        {
            continue;
        }
        let class = dom.attr(id, "class").unwrap_or("");
        let ident = dom.attr(id, "id").unwrap_or("");
        let marked = matches!(tag, "aside" | "nav" | "footer")
            || [class, ident]
                .iter()
                .any(|a| negative_re().is_match(a) || a.split_whitespace().any(|c| c == "hidden"));
        if marked {
            excluded.push(id);
            continue;
        }
        let pictured = media[id]
            || credit[id]
            || dom
                .ancestors(id)
                .take_while(|&a| local(a))
                .any(|a| media[a] || credit[a]);
        if !pictured {
            regions.push(id);
        }
    }
}

/// The `<h1>` that carries the page's title, or else such an `<h2>`.
fn headline_element(dom: &Dom, title_key: Option<(usize, u64)>) -> Option<NodeId> {
    let (len, key) = title_key?;
    ["h1", "h2"].iter().find_map(|tag| {
        dom.elements(tag).find(|&h| {
            let text = dom.text(h);
            text.trim().len().abs_diff(len) * 5 <= len && crate::text_key_hash(&text) == key
        })
    })
}

/// The container and the elements that join it: siblings carrying prose,
/// the enclosing `<article>`, the standfirst between the headline and the
/// container, and islands of prose elsewhere on the page.
fn choose_regions(
    dom: &Dom,
    score: &[f32],
    container: NodeId,
    title_key: Option<(usize, u64)>,
) -> Vec<NodeId> {
    // Article text is sometimes split across sibling elements (an intro box
    // and a body box, or sections between ad slots): siblings of the
    // container, and of its parent, that carry a good share of prose join it,
    // as in Readability.
    let mut regions = vec![container];
    let threshold = (score[container] * SIBLING_SHARE).max(MIN_SIBLING_SCORE);
    let mut level = container;
    for depth in 0..SIBLING_LEVELS {
        let Some(parent) = dom.node(level).parent else {
            break;
        };
        let siblings: Vec<NodeId> = dom
            .children(parent)
            .iter()
            .copied()
            .filter(|&c| dom.tag(c).is_some())
            .collect();
        let at = siblings.iter().position(|&c| c == level).unwrap_or(0);
        // The standfirst often sits before the body in an element of its
        // own, maybe with a picture between: the nearest preceding sibling
        // with prose joins, and so does the next one.
        let previous = siblings[..at]
            .iter()
            .rev()
            .find(|&&c| score[c] > 0.0)
            .copied();
        for (i, &c) in siblings.iter().enumerate() {
            let near = Some(c) == previous || i == at + 1;
            let share = depth == 0 && score[c] >= threshold;
            if c != level && (share || (near && score[c] >= MIN_SIBLING_SCORE)) {
                regions.push(c);
            }
        }
        level = parent;
    }
    // The `<article>` element around the container holds the standfirst and
    // subheads that page templates put in a header of their own: it joins
    // when it adds prose rather than furniture.
    if let Some(article) = dom.ancestors(container).find(|&a| dom.is(a, "article")) {
        if score[article] >= score[container] * ARTICLE_SHARE {
            regions.push(article);
        }
    }
    // Between the page's headline and the container, prose is the
    // standfirst, however far the template put it from the body.
    if let Some(headline) = headline_element(dom, title_key) {
        standfirst_regions(dom, score, container, headline, &mut regions);
    }
    // Islands: elsewhere on the page, maximal elements whose prose is worth a
    // good share of the article's (a second text box on a product or event
    // page, a standfirst placed far from the body).
    let island_min = score[container] * ISLAND_SHARE;
    for n in 0..dom.len() {
        if score[n] < island_min || score[n] < MIN_SIBLING_SCORE || dom.tag(n).is_none() {
            continue;
        }
        let parent_lower = dom.node(n).parent.is_none_or(|p| score[p] < score[n]);
        let related = n == container
            || dom.ancestors(n).any(|a| a == container)
            || dom.ancestors(container).any(|a| a == n);
        if parent_lower && !related && !regions.contains(&n) {
            regions.push(n);
        }
    }
    regions
}

/// Inside the article container, structure already vouches for the text, so
/// the rules are more lenient than jusText's: short blocks between the first
/// and the last paragraph of prose stay (list items, table cells, short
/// replies), subheadings stay when prose follows them, and only what hangs
/// before the first or after the last paragraph (bylines, tag lists, share
/// labels) goes.
fn resolve_in_container(classes: &mut [Class], announces: &[bool]) {
    let first = classes.iter().position(|c| *c == Class::Good);
    let last = classes.iter().rposition(|c| *c == Class::Good);
    let (Some(first), Some(last)) = (first, last) else {
        classes.iter_mut().for_each(|c| *c = Class::Bad);
        return;
    };
    let original = classes.to_vec();
    // Short lines just before the first paragraph (a salutation, an
    // epigraph, a recipe's timing) open the text; bylines and datelines
    // there were already judged furniture.
    let lead_in = first.saturating_sub(LEAD_IN_BLOCKS);
    let good_neighbours = |i: usize| {
        let prev = original[..i].iter().rev().find(|c| **c != Class::Linked);
        let next = original[i + 1..].iter().find(|c| **c != Class::Linked);
        prev == Some(&Class::Good) && next == Some(&Class::Good)
    };
    for (i, c) in classes.iter_mut().enumerate() {
        *c = match *c {
            Class::Good => Class::Good,
            // A short line announcing something ("Read on:") after the last
            // paragraph introduces other content.
            Class::Short if i > last && announces[i] => Class::Bad,
            Class::Short if i > first || i >= lead_in => Class::Good,
            Class::Heading if i < last => Class::Heading,
            Class::Linked if good_neighbours(i) => Class::Good,
            _ => Class::Bad,
        };
    }
}

/// Splits the container's blocks at runs of furniture (a share bar and tag
/// list after the article, a row of teasers) and keeps the run holding the
/// most prose, plus any run nearly as rich: bios, disclaimers and blurbs
/// beyond such a gap are not the article. The run that the page's headline
/// opens is kept too, however short: it is the article's beginning (a
/// standfirst set apart by a byline and a photo, the post the page is for
/// on an endless-scroll blog, even when a later post is longer).
fn keep_main_run(classes: &mut [Class], texts: &[&str], headline: Option<usize>) {
    let mut runs: Vec<(usize, usize, usize)> = Vec::new(); // start, end, prose chars
    let mut start = 0;
    let mut bad_streak = 0;
    for (i, class) in classes.iter().enumerate() {
        if matches!(class, Class::Bad | Class::Linked | Class::Teaser) {
            bad_streak += 1;
            if bad_streak == GAP_BLOCKS {
                let end = i + 1 - GAP_BLOCKS;
                if end > start {
                    runs.push((start, end, 0));
                }
            }
        } else {
            if bad_streak >= GAP_BLOCKS {
                start = i;
            }
            bad_streak = 0;
        }
    }
    if bad_streak < GAP_BLOCKS && start < classes.len() {
        runs.push((start, classes.len(), 0));
    }
    if runs.len() < 2 {
        return;
    }
    for r in runs.iter_mut() {
        r.2 = (r.0..r.1)
            .filter(|&i| classes[i] == Class::Good)
            .map(|i| texts[i].len())
            .sum();
    }
    let best = runs.iter().map(|r| r.2).max().unwrap_or(0);
    let opened = headline.and_then(|h| {
        runs.iter()
            .position(|r| r.1 > h && r.2 > 0)
            .filter(|&i| runs[i].0 <= h + HEADLINE_REACH)
    });
    for (n, r) in runs.into_iter().enumerate() {
        if Some(n) == opened {
            continue;
        }
        // Two long paragraphs are text in their own right (the article goes
        // on after a gallery); a bio, a disclaimer or blurbs are not.
        let long = (r.0..r.1)
            .filter(|&i| classes[i] == Class::Good && texts[i].len() >= LONG_PARAGRAPH)
            .count();
        if (r.2 as f32) < best as f32 * RUN_SHARE && long < 2 {
            classes[r.0..r.1].iter_mut().for_each(|c| *c = Class::Bad);
        }
    }
}

/// The author box that closes many articles: after the last paragraph and
/// furniture (a photo, a name link, "About the author"), one short paragraph
/// that presents a person ("Jane Doe is a reporter...", "ist Redakteurin...").
fn drop_author_box(classes: &mut [Class], texts: &[&str]) {
    let re = regex!(
        r"^(\p{Lu}[\p{L}'’-]+ ){0,3}(ist|is|est|war|was|arbeitet|works|travaille|schreibt|writes|écrit) "
    );
    let Some(last) = classes.iter().rposition(|c| *c == Class::Good) else {
        return;
    };
    let after_furniture = classes[..last]
        .iter()
        .rev()
        .find(|c| **c != Class::Short)
        .is_some_and(|c| matches!(c, Class::Bad | Class::Linked));
    let words = texts[last].split_whitespace().count();
    if after_furniture && words <= 80 && re.is_match(texts[last]) {
        classes[last] = Class::Bad;
    }
}

/// A paragraph this long (in bytes) is article text, not a blurb.
const LONG_PARAGRAPH: usize = 400;

/// Furniture blocks in a row that separate the article from what follows.
const GAP_BLOCKS: usize = 3;
/// How many blocks after the headline its run may begin.
const HEADLINE_REACH: usize = 6;
/// A run of prose beyond such a gap stays when it has this share of the main run's.
const RUN_SHARE: f32 = 0.5;

/// The enclosing `<article>` joins when its value is at least this share of
/// the container's (that is, it is not mostly furniture).
const ARTICLE_SHARE: f32 = 0.7;

/// An island of prose elsewhere on the page joins the text when it is worth
/// this share of the container's value.
const ISLAND_SHARE: f32 = 0.3;

/// How many short blocks before the first paragraph may open the text.
const LEAD_IN_BLOCKS: usize = 2;

/// A sibling of the container joins it when its own score reaches this share
/// of the container's...
const SIBLING_SHARE: f32 = 0.1;
/// How many levels above the container siblings are considered.
const SIBLING_LEVELS: usize = 2;
/// The container narrows to a child holding at least this share of its value.
const DESCEND_SHARE: f32 = 0.85;
/// ...and at least this much prose value (a short paragraph's worth).
const MIN_SIBLING_SCORE: f32 = 60.0;

fn block_value(b: &Block, s: &Shape, kind: Option<Furniture>) -> f32 {
    let chars = s.chars as f32;
    let density = b.link_chars as f32 / chars.max(1.0);
    if kind.is_some() || density > 0.5 || b.caption {
        return -chars.max(20.0);
    }
    if s.is_prose() && density < 0.35 {
        // Prose rich in function words is the surest sign of article text.
        return chars * (0.5 + s.stopword_ratio.min(0.5));
    }
    if b.heading {
        return 0.0;
    }
    -(chars.min(40.0)) * 0.5
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_article_and_drops_the_furniture() {
        let html = r##"<html><body>
        <nav><a href="/">Accueil</a><a href="/monde">Monde</a></nav>
        <div class="sidebar"><h3>Les plus lus</h3><ul><li><a href="/x">Un autre article très lu aujourd'hui sur le site</a></li></ul></div>
        <article><h1>Le titre de l'article</h1>
          <p>Les deux présidents se sont entretenus ce vendredi par téléphone, a indiqué le Kremlin dans un communiqué.</p>
          <div class="share"><a href="#">Partager</a></div>
          <h2>Une rencontre prévue</h2>
          <p>Ils doivent se rencontrer la semaine prochaine à Moscou pour tenter de désamorcer la crise.</p>
          <figure><img src="x.jpg"><figcaption>Les deux dirigeants lors d'une rencontre en 2019. AFP</figcaption></figure>
          <p>Publicité</p>
          <p>La Turquie a menacé de lancer une opération militaire dans la région si les frappes continuaient.</p>
        </article>
        <footer><p>© 2020 Le Journal. Tous droits réservés.</p></footer>
        </body></html>"##;
        let dom = Dom::parse(html);
        let c = extract_content(&dom, Some("Le titre de l'article"), Some(Lang::Fr), false);
        assert_eq!(
            c.paragraphs,
            [
                "Les deux présidents se sont entretenus ce vendredi par téléphone, a indiqué le Kremlin dans un communiqué.",
                "Une rencontre prévue",
                "Ils doivent se rencontrer la semaine prochaine à Moscou pour tenter de désamorcer la crise.",
                "La Turquie a menacé de lancer une opération militaire dans la région si les frappes continuaient."
            ]
        );
    }

    #[test]
    fn the_closing_author_box_is_not_text() {
        let html = r#"<article>
          <p>Microsoft said on Thursday it aims to remove more carbon from the atmosphere than it emits by 2030.</p>
          <p>The focus on removing existing carbon sets its climate goals apart from those of other companies.</p>
          <p><a href="/authors/jane">Jane Doe</a></p>
          <p>Jane Doe is a reporter who has covered energy and climate for the paper since 2015.</p>
        </article>"#;
        let c = extract_content(&Dom::parse(html), None, Some(Lang::En), false);
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    }

    #[test]
    fn a_pull_quote_in_a_heading_is_text_a_closing_heading_is_not() {
        let html = r#"<article>
          <p>Microsoft said on Thursday it aims to remove more carbon from the atmosphere than it emits by 2030.</p>
          <p>The focus on removing existing carbon sets its climate goals apart from those of other companies.</p>
          <h4>The goal is bold. Few firms have set one so far ahead of their peers.</h4>
          <h4>More on climate</h4>
        </article>"#;
        let c = extract_content(&Dom::parse(html), None, Some(Lang::En), false);
        let text = c.paragraphs.join("\n");
        assert!(text.contains("The goal is bold."), "{text}");
        assert!(!text.contains("More on climate"), "{text}");
    }

    #[test]
    fn double_line_breaks_split_paragraphs() {
        let html = "<div class=article-corps><p><strong>Un chapeau qui résume l'article en une phrase.</strong><br/><br/>Le premier paragraphe du texte suit le chapeau et il est assez long.</p></div>";
        let c = extract_content(&Dom::parse(html), None, Some(Lang::Fr), false);
        assert_eq!(c.paragraphs.len(), 2);
    }

    #[test]
    fn live_commentary_is_the_article_but_readers_comments_are_not() {
        let html = r#"<html><body><div class="live-match">
          <div class="live-match-comment-block"><p>90' C'est terminé au stade ! Les deux équipes se quittent sur un match nul après une fin de match très tendue.</p></div>
          <div class="live-match-comment-block"><p>85' Le gardien repousse une frappe lointaine et sauve son équipe à quelques minutes de la fin.</p></div>
          <div class="live-match-comment-block"><p>80' Les visiteurs poussent pour marquer le but de la victoire mais la défense tient bon.</p></div>
        </div>
        <div class="comments"><p>Un lecteur : quel match formidable, je suis content que mon équipe ait tenu bon jusqu'au bout.</p></div>
        </body></html>"#;
        let c = extract_content(&Dom::parse(html), None, Some(Lang::Fr), false);
        let text = c.paragraphs.join("\n");
        assert!(text.contains("C'est terminé au stade"), "{text}");
        assert!(text.contains("Les visiteurs poussent"), "{text}");
        assert!(!text.contains("Un lecteur"), "{text}");
    }

    #[test]
    fn the_headline_opens_the_article() {
        // A standfirst set apart from the body by a byline, a photo credit
        // and a "read also" box stays, with the body.
        let html = r##"<html><body><div id="page">
          <h1>Turpitude et architecture</h1>
          <p>L'un des écrivains les plus célèbres du pays est un homme heureux, qui voit à soixante-quinze ans se réaliser ce qu'il espérait depuis longtemps.</p>
          <p class="byline"><a href="/a">par Jean Dupont</a>, 21 juin 2018</p>
          <p><a href="/img">cc photo https://example.org/p/1</a></p>
          <p class="lire-aussi"><a href="/x">Lire aussi un autre article</a></p>
          <p>Deux vies évoluant dans deux mondes bien distincts vont pourtant se rapprocher par la magie de la plume de l'auteur, dans un roman qui parcourt la ville.</p>
          <p>C'est le moment où il reçoit le mot d'une femme qui, enfant, vivait dans le même quartier misérable que lui et qui ne l'a jamais oublié.</p>
        </div></body></html>"##;
        let c = extract_content(
            &Dom::parse(html),
            Some("Turpitude et architecture"),
            Some(Lang::Fr),
            false,
        );
        let text = c.paragraphs.join("\n");
        assert!(text.contains("L'un des écrivains"), "{text}");
        assert!(text.contains("Deux vies"), "{text}");
    }

    #[test]
    fn a_standfirst_between_headline_and_body_joins_but_a_legend_does_not() {
        let html = r##"<html><body>
          <header><h1>Woher kommt die dicke Luft?</h1></header>
          <div class="intro"><p>Eines der großen Probleme, mit denen wir zu kämpfen haben, ist die Luftverschmutzung. Aber woher kommt eigentlich die dicke Luft?</p></div>
          <div class="slideshow"><div class="title">Ein Stau auf der Autobahn am Morgen, wenn alle Menschen gleichzeitig zur Arbeit fahren wollen</div><div class="copy">© Agentur</div></div>
          <div class="grid"><div class="box"><div class="body">
            <p>Millionen Menschen fahren jeden Tag mit dem Auto oder fliegen mit dem Flugzeug auf Urlaub. Wir transportieren unsere Lebensmittel und auch unsere Kleidung rund um die Welt.</p>
            <p>Wir verbrauchen viel mehr Kohle und Erdöl als wir gleichzeitig an neuen Energien produzieren können, und das belastet die Luft, die wir alle atmen.</p>
            <p>Durch unseren Lebensstil verschmutzen wir aber nicht nur die Luft. Auch das Wasser und der Boden werden belastet, zum Beispiel durch unser Abwasser.</p>
            <p>Viele Städte haben deshalb Umweltzonen eingerichtet, in die nur noch Autos mit wenig Abgasen fahren dürfen, und sie bauen die Radwege aus.</p>
            <p>Auch jeder Einzelne kann etwas tun: öfter mit dem Rad oder mit der Bahn fahren, weniger Fleisch essen und Lebensmittel aus der Region kaufen.</p>
            <p>Wenn viele Menschen mitmachen, wird die Luft in den Städten wieder besser, und davon haben am Ende alle etwas, die Menschen wie die Tiere.</p>
          </div></div></div>
        </body></html>"##;
        let c = extract_content(
            &Dom::parse(html),
            Some("Woher kommt die dicke Luft?"),
            Some(Lang::De),
            false,
        );
        let text = c.paragraphs.join("\n");
        assert!(text.contains("Eines der großen Probleme"), "{text}");
        assert!(text.contains("Millionen Menschen"), "{text}");
        assert!(!text.contains("Ein Stau"), "{text}");
    }

    #[test]
    fn contact_links_and_cited_addresses_are_text() {
        let html = r#"<html><body><div class="post">
          <p>Die Petition gegen die Tarifreform läuft noch bis Ende des Monats, und jede Stimme zählt für die Clubs der Stadt und ihre Gäste.</p>
          <p><a href="http://www.openpetition.de/petition/online/gegen-die-tarifreform">http://www.openpetition.de/petition/online/gegen-die-tarifreform</a></p>
          <p>Fragen zur Aktion beantwortet das Team gerne per E-Mail, auch am Wochenende, und es freut sich über jede Unterstützung aus der Nachbarschaft.</p>
          <p><a href="mailto:info@example.org">info@example.org</a></p>
          <p>Wir sehen uns am Samstag vor dem Rathaus, wo die Unterschriften an den Bürgermeister übergeben werden sollen, hoffentlich zahlreich.</p>
        </div></body></html>"#;
        let c = extract_content(&Dom::parse(html), None, Some(Lang::De), false);
        let text = c.paragraphs.join("\n");
        assert!(text.contains("http://www.openpetition.de"), "{text}");
        assert!(text.contains("info@example.org"), "{text}");
    }
}
