//! Cleaning flattened text: pages whose markup is gone but whose furniture
//! (menus, ad labels, captions, teasers, error scraps) is still there, one
//! piece per line.
//!
//! Each line is first judged on its own (shape and wording, see
//! [`crate::signals`]), then against the document: the headline is found and
//! its repeats removed, captions printed twice (once with a credit) are
//! dropped, lines before the headline are the page header, and short lines take
//! the class of their neighbours as in jusText's context pass. Byline and source
//! lines become metadata.

use std::collections::HashMap;

use gazette_lang::Lang;
use gazette_model::PubDate;

use crate::byline::parse_credit;
use crate::classify::{resolve_context, Class};
use crate::corpus::Corpus;
use crate::signals::{furniture, without_more_link, Furniture, Shape};

/// The result of cleaning flattened text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanText {
    /// The headline, when the text starts with one.
    pub title: Option<String>,
    /// The article's paragraphs and subheadings, in order.
    pub paragraphs: Vec<String>,
    /// The outlet named by a source or byline line.
    pub outlet: Option<String>,
    /// Authors named by a byline line.
    pub authors: Vec<String>,
    /// The publication date the date line under the headline gives (see
    /// [`crate::dates::date_line`]).
    pub published: Option<PubDate>,
    /// The page's address, when a line above the first prose holds it
    /// alone, whole or spaced out by a tokeniser ("http: / / www. x. com").
    pub url: Option<String>,
}

struct Line {
    text: String,
    bulleted: bool,
    key: String,
    class: Class,
    furniture: Option<Furniture>,
}

/// A line of prose this long keeps a word of glued capitals.
const GLUED_PROSE_WORDS: usize = 20;

/// A line cut off with "..." is a teaser of another article when shorter
/// than this; a long paragraph that ends on an ellipsis (a quote trailing
/// off) is text.
const MAX_CUT_TEASER_WORDS: usize = 40;

/// Lines of at most this many words that look like headlines are taken for
/// subheadings; longer ones standing alone in the body are teasers linking to
/// other articles (subheadings are terse, headlines are not).
const MAX_SUBHEADING_WORDS: usize = 8;

/// Cleans `text`. `hint_title` is a headline known from elsewhere (a feed),
/// `lang` the text's language (for stop-word density).
pub fn clean_text(text: &str, hint_title: Option<&str>, lang: Option<Lang>) -> CleanText {
    clean_text_in(text, hint_title, lang, None)
}

/// [`clean_text`] with what the rest of the batch says: lines that repeat
/// across documents ([`Corpus`]) are furniture.
pub fn clean_text_in(
    text: &str,
    hint_title: Option<&str>,
    lang: Option<Lang>,
    corpus: Option<&Corpus>,
) -> CleanText {
    let mut out = CleanText::default();
    let mut lines: Vec<Line> = Vec::new();
    let mut prose_seen = false;
    let text = unglue_headline(text, hint_title);
    let text = unwrap_hard_wrapped(&text, lang);
    let text = unglue_intertitles(&text);
    for raw in text.lines() {
        let (bulleted, body) = strip_bullet(raw);
        let mut body = crate::dom::collapse_whitespace(body);
        // A prefix of `body`: cut where the teaser's link starts.
        let kept = without_more_link(&body).len();
        body.truncate(kept);
        if body.is_empty() {
            continue;
        }
        // A saved or printed page names its address on a line of its own
        // above the article: the page's metadata, not its text (nor its
        // headline). A link in or after the text ("Signez la pétition :")
        // is the article's.
        if !prose_seen {
            if let Some(url) = lone_address(&body) {
                out.url.get_or_insert(url);
                continue;
            }
        }
        let mut byline_line = false;
        if let Some(credit) = parse_credit(&body) {
            if out.outlet.is_none() {
                out.outlet = credit.outlet;
            }
            for a in credit.authors {
                if !out.authors.contains(&a) {
                    out.authors.push(a);
                }
            }
            match (credit.rest, credit.tail) {
                (Some(rest), _) => body = rest,
                // "Par Georges Malbrunot le 4 septembre 2012 18h30 | 55
                // Commentaires": the line stays for its date, and as the
                // page's structure, but it is no text.
                (None, Some(_)) => byline_line = true,
                (None, None) => continue,
            }
        }
        let shape = Shape::of(&body, lang);
        let furniture = furniture(&body);
        let key = crate::corpus::line_key(&body);
        let repeated = corpus.is_some_and(|c| c.is_repeated(key));
        let class = if furniture.is_some()
            || byline_line
            || (repeated && !shape.is_prose())
            || corpus.is_some_and(|c| c.is_furniture(key))
            // A brand in a paragraph ("LifeSiteNews") is not a glued menu.
            || (shape.glued && !(shape.is_prose() && shape.words >= GLUED_PROSE_WORDS))
            || (bulleted && !shape.is_prose())
            || (shape.truncated && shape.words < MAX_CUT_TEASER_WORDS)
        {
            Class::Bad
        } else if shape.is_prose() {
            Class::Good
        } else if shape.is_headline_like() && shape.words <= MAX_SUBHEADING_WORDS {
            Class::Heading
        } else if shape.is_headline_like() {
            Class::Teaser
        } else {
            Class::Short
        };
        prose_seen |= class == Class::Good;
        lines.push(Line {
            bulleted,
            key: crate::text_key(&body),
            text: body,
            class,
            furniture,
        });
    }

    drop_site_notices(&mut lines);
    let title_at = find_title(&mut lines, hint_title, lang, &mut out);
    drop_captions(&mut lines);
    drop_repeats(&mut lines);
    close_related_lists(&mut lines);
    close_comments(&mut lines);
    drop_teaser_cards(&mut lines);
    drop_datelined_lists(&mut lines);
    drop_headline_lists(&mut lines);
    drop_trailing_teasers(&mut lines, lang);
    resolve_lines(&mut lines);
    // Read once captions and lists are gone: the lede is the first
    // paragraph left.
    out.published = publication_date(&lines, title_at);

    let brief = brief_fallback(&lines);
    out.paragraphs = lines
        .into_iter()
        .filter(|l| l.class == Class::Good || l.class == Class::Heading)
        .map(|l| l.text)
        .collect();
    if out.paragraphs.is_empty() && out.title.is_none() {
        // Nothing passed as a paragraph (a brief cut off with "...", a
        // scrap of a page): its longest real line is still the news.
        out.paragraphs.extend(brief);
    }
    out
}

/// Agency copy sets its subheadings between dashes ("- Repli ou
/// solidarité ? -"), and lists with a dash before each item; a text
/// flattened without line breaks glues them to the paragraphs around:
/// `…selon les sources.- "Déception majeure" -Bachar al-Assad, lui, …`,
/// `…des tests "massifs" (FranceInfo)- Richard Ferrand, président de
/// l'Assemblée nationale: "…"`. Read as is, the subheading runs into the
/// next sentence and the item into the one before; each is put back on a
/// line of its own. A dash glued to the end of a sentence is what tells
/// them from a dash inside one.
fn unglue_intertitles(text: &str) -> std::borrow::Cow<'_, str> {
    let heading = regex!(r#"([.!?»"”])- ([^\n]{2,80}?) - ?([\p{Lu}«"“])"#);
    let item = regex!(r#"([.!?»"”)])- ([\p{Lu}«"“])"#);
    let headed = heading.replace_all(text, "$1\n$2\n$3");
    match item.replace_all(&headed, "$1\n$2") {
        std::borrow::Cow::Borrowed(_) => headed,
        std::borrow::Cow::Owned(t) => std::borrow::Cow::Owned(t),
    }
}

/// Puts the headline a feed gives back on a line of its own where the
/// text opens on it glued to the lede ("Yahoo Launching Music Download
/// Service This Year After its $160 million acquisition…", a feed item's
/// description): read as is, the headline runs into the first sentence
/// of every summary and its last name into the lede's first ("Barbara
/// Walters Google"). The lede must start a sentence of its own after
/// the headline (a capital), so a headline that is the lede's own
/// opening words ("Putin meets Erdogan in Moscow…") stays.
fn unglue_headline<'a>(text: &'a str, title: Option<&str>) -> std::borrow::Cow<'a, str> {
    let start = text.len() - text.trim_start().len();
    let glued = title
        .map(str::trim)
        .filter(|t| t.split_whitespace().count() >= 3)
        .and_then(|t| text[start..].strip_prefix(t).map(|rest| (t, rest)))
        .filter(|(_, rest)| {
            let mut chars = rest.chars();
            chars.next().is_some_and(|c| c == ' ' || c == '\u{a0}')
                && chars
                    .next()
                    .is_some_and(|c| c.is_uppercase() || "«\"“".contains(c))
        });
    match glued {
        Some((t, rest)) => {
            std::borrow::Cow::Owned(format!("{}{t}\n{}", &text[..start], rest.trim_start()))
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// Lines a text must have to be judged hard-wrapped.
const MIN_WRAPPED_LINES: usize = 8;
/// Widest wrap, in characters, of a hard-wrapped text; flattened pages
/// have whole paragraphs on a line.
const MAX_WRAP_WIDTH: usize = 100;
/// Distinct breaks mid-sentence a hard-wrapped text shows: at least this
/// many, and one for every four lines.
const MIN_WRAP_BREAKS: usize = 5;

/// A text wrapped at a fixed width (a PDF's or an e-mail's, a newsletter
/// archive's) cuts its sentences across lines, and a line of a flattened
/// page is a block: read line by line, half its sentences would be
/// fragments, dropped as furniture. Such a text is recognised by many
/// lines that fill its width and stop mid-sentence before a lowercase
/// word, and its lines are joined back into paragraphs: a line goes on
/// with the next when that one opens on a lowercase word, or when it ends
/// on a function word ("du", "pour", "the") or a comma, unless either is
/// a heading in capitals. A sentence that ends a line may end its
/// paragraph: the text is cut there, which costs nothing but a paragraph
/// break. Any other text is returned as it is.
fn unwrap_hard_wrapped(text: &str, lang: Option<Lang>) -> std::borrow::Cow<'_, str> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| !l.is_empty())
        .map(|l| l.chars().count())
        .collect();
    if lengths.len() < MIN_WRAPPED_LINES {
        return text.into();
    }
    lengths.sort_unstable();
    let width = lengths[(lengths.len() - 1) * 9 / 10];
    if width > MAX_WRAP_WIDTH {
        return text.into();
    }
    let full = |l: &str| l.chars().count() * 10 >= width * 6;
    let ends_sentence = |l: &str| l.ends_with(['.', '!', '?', '…', ':', ';']);
    let lower_next = |l: &str| l.chars().next().is_some_and(char::is_lowercase);
    let mut breaks: Vec<(&str, &str)> = lines
        .windows(2)
        .filter(|w| !w[1].is_empty() && full(w[0]) && !ends_sentence(w[0]) && lower_next(w[1]))
        .map(|w| (w[0], w[1]))
        .collect();
    breaks.sort_unstable();
    breaks.dedup();
    if breaks.len() < MIN_WRAP_BREAKS || breaks.len() * 4 < lengths.len() {
        return text.into();
    }
    let function_word = |l: &str| {
        l.rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| lang.unwrap_or(Lang::En).is_stopword(w))
    };
    let heading = |l: &str| {
        let letters: Vec<char> = l.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
    };
    let mut out = String::with_capacity(text.len());
    for (i, line) in lines.iter().enumerate() {
        out.push_str(line);
        let next = lines.get(i + 1).copied().unwrap_or("");
        let goes_on = !line.is_empty()
            && !next.is_empty()
            && !heading(line)
            && !heading(next)
            && (lower_next(next) || function_word(line) || line.ends_with([',', '-']));
        out.push(if goes_on { ' ' } else { '\n' });
    }
    out.into()
}

/// The web address of a page that `line` holds alone, whole
/// ("https://www.example.com/2009/11/30/story.html") or as a tokenizer
/// split it at its punctuation ("http: / / www. example. com / 2009 / 11 /
/// 30 / story. html"), written without spaces. A tokenizer leaves no two
/// words side by side and splits off only an address's own punctuation,
/// so "http://example.com Read the story", "https://x.fr/a.html : Poutine"
/// and "…/a.html (AFP)" are more than an address. A site's name alone
/// ("www.lefigaro.fr", "WWW.OUEST-FRANCE.FR - Politique") is a page
/// header's, not a page's address.
pub(crate) fn lone_address(line: &str) -> Option<String> {
    let opens = |p: &str| {
        line.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    if !["http:", "https:", "www."].into_iter().any(opens) {
        return None;
    }
    let pieces: Vec<&str> = line.split_whitespace().collect();
    let word_end = |p: &str| p.ends_with(|c: char| c.is_alphanumeric());
    let word_start = |p: &str| p.starts_with(|c: char| c.is_alphanumeric());
    // What a tokenizer splits off an address alone ("/", "-", "’"), and
    // what may come with its words ("http:", "#axzz2", "?id=3").
    let mark = |c: char| "/-_.?=&#~%'’".contains(c);
    let piece = |p: &str| {
        if p.chars().any(char::is_alphanumeric) {
            p.chars()
                .all(|c| c.is_alphanumeric() || mark(c) || ":+,;@!$*".contains(c))
        } else {
            p.chars().all(mark)
        }
    };
    let one_address = pieces
        .windows(2)
        .all(|w| !(word_end(w[0]) && word_start(w[1])))
        && pieces.iter().all(|p| piece(p));
    let address: String = pieces.concat();
    let path = match address.split_once("://") {
        Some((_, rest)) => rest.contains('/'),
        None => address.contains('/'),
    };
    (one_address && path && address.contains('.')).then_some(address)
}

/// The longest line of at least [`BRIEF_WORDS`] words that is not
/// furniture.
fn brief_fallback(lines: &[Line]) -> Option<String> {
    lines
        .iter()
        .filter(|l| l.furniture.is_none())
        .map(|l| (l.text.split_whitespace().count(), l))
        .filter(|(n, _)| *n >= BRIEF_WORDS)
        .max_by_key(|(n, _)| *n)
        .map(|(_, l)| l.text.clone())
}

/// Shortest line kept as the text of a record where nothing else is.
const BRIEF_WORDS: usize = 8;

fn strip_bullet(line: &str) -> (bool, &str) {
    let t = line.trim();
    let stripped = t
        .trim_start_matches(['-', '•', '·', '*', '–', '▪', '◦', '‣'])
        .trim_start();
    // "·3 min de lecture": a middle dot glued to text is decoration too.
    (stripped.len() < t.len() && !t.starts_with("--"), stripped)
}

/// The headline is a headline-shaped line before the first paragraph of
/// prose: the one whose words the opening paragraphs take up most (a site's
/// tagline, a promotion, other articles' headlines in the page header share
/// none), the first of them when none does. A short line without final
/// punctuation counts as headline-shaped even when it reads like prose
/// ("EGYPTE. Mohamed El Baradeï de retour sur l'avant-scène"). What comes
/// before it is the page header. All its repeats leave the body.
fn find_title(
    lines: &mut [Line],
    hint: Option<&str>,
    lang: Option<Lang>,
    out: &mut CleanText,
) -> Option<usize> {
    let hint_key = hint.map(crate::text_key).filter(|k| !k.is_empty());
    let words = |l: &Line| l.text.split_whitespace().count();
    let position = match &hint_key {
        Some(k) => lines.iter().position(|l| &l.key == k),
        None => {
            let header = lines
                .iter()
                .take_while(|l| l.class != Class::Good || words(l) < LEDE_WORDS)
                .count();
            let opening = opening_words(&lines[header..], lang);
            // Past a run of prose, a candidate needs the text's support:
            // otherwise it is a subheading among short paragraphs. A lone
            // sentence-like teaser in the page header ("Musée ou mosquée?
            // La Turquie décide…") is no such run.
            let first_prose = (0..lines.len()).find(|&i| {
                lines[i].class == Class::Good
                    && (words(&lines[i]) >= LEDE_WORDS
                        || lines.get(i + 1).is_some_and(|n| n.class == Class::Good))
            });
            // (shared words, line): the most shared, the nearest the text on
            // a tie (a list of teasers or a breadcrumb comes first), the
            // first line when none shares anything.
            let mut best: Option<(usize, usize)> = None;
            // Headlines listed under "À lire aussi" are other articles'
            // (a few of them: a site's menu of lists does not run on to
            // the article's own headline).
            let mut list_start: Option<usize> = None;
            for (i, l) in lines[..header].iter().enumerate() {
                if is_list_header(l) {
                    list_start = Some(i);
                    continue;
                }
                if l.class == Class::Good || list_start.is_some_and(|s| i - s > MAX_LISTED_LINES) {
                    list_start = None;
                }
                if list_start.is_some() {
                    continue;
                }
                // Words of letters: "08-07-13 à 17h24" has one.
                let n = l
                    .text
                    .split_whitespace()
                    .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                    .count();
                let (shaped, needed) = match l.class {
                    // A line that ends on a colon introduces what follows.
                    Class::Heading | Class::Teaser => (n >= 3 && !l.text.ends_with(':'), 0),
                    // A line that reads like prose must prove itself, and
                    // so must a kicker and its headline, which read as two
                    // sentences ("Mahmoud Badr. Le rebelle normal").
                    Class::Good | Class::Short => (
                        (3..LEDE_WORDS).contains(&n)
                            && !l.text.ends_with(['.', '…', ':', ')', '-'])
                            && l.text.chars().filter(char::is_ascii_digit).count() < 2
                            && (l.class == Class::Good
                                || l.text.chars().next().is_some_and(char::is_uppercase)),
                        2,
                    ),
                    _ => (false, 0),
                };
                // Datelines and dated captions are not headlines.
                if !shaped || crate::dates::find_date(&l.text).is_some() {
                    continue;
                }
                let shared = content_words(&l.text, lang)
                    .filter(|w| opening.contains(w))
                    .count();
                let past_prose = first_prose.is_some_and(|f| i > f);
                if shared < needed || (past_prose && shared == 0) {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((b, _)) => shared > b || (shared == b && shared > 0),
                };
                if better {
                    best = Some((shared, i));
                }
            }
            best.map(|(_, i)| i)
        }
    };
    if let Some(p) = position {
        out.title = Some(lines[p].text.clone());
        for l in lines[..p].iter_mut() {
            // The page header, short lines of prose included (teasers);
            // a paragraph before a headline given by the feed stays.
            if l.class != Class::Good || (hint_key.is_none() && words(l) < LEDE_WORDS) {
                l.class = Class::Bad;
            }
        }
    } else if let Some(h) = hint {
        out.title = Some(h.to_string());
    }
    if let Some(k) = out.title.as_deref().map(crate::text_key) {
        for l in lines.iter_mut().filter(|l| l.key == k) {
            l.class = Class::Bad;
        }
    }
    position
}

/// The publication date a flattened page states under its headline (see
/// [`crate::dates::date_line`]), once the header's lists and the captions
/// are gone: the lede is the first paragraph left.
fn publication_date(lines: &[Line], title: Option<usize>) -> Option<PubDate> {
    let from = title.unwrap_or(0);
    let lede = (from + 1..lines.len()).find(|&i| {
        lines[i].class == Class::Good && lines[i].text.split_whitespace().count() >= LEDE_WORDS
    });
    let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    crate::dates::date_line(&texts, title, lede)
}

/// A paragraph of at least this many words opens the article proper.
const LEDE_WORDS: usize = 20;

/// Words that carry content ("Tamarrod", "négocient"), lowercased: long
/// enough, and not stop words of the text's language.
fn content_words(text: &str, lang: Option<Lang>) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= TITLE_WORD_CHARS)
        .map(str::to_lowercase)
        .filter(move |w| !lang.is_some_and(|l| l.is_stopword(w)))
}

/// The content words of the first paragraphs of prose.
fn opening_words(lines: &[Line], lang: Option<Lang>) -> std::collections::HashSet<String> {
    lines
        .iter()
        .filter(|l| l.class == Class::Good)
        .take(OPENING_PARAGRAPHS)
        .flat_map(|l| content_words(&l.text, lang))
        .collect()
}

/// A site's notices to its visitor (a cookie banner, a sign-in form: see
/// [`crate::signals::site_notice`]) open or close a flattened page: they
/// go from before its first paragraph of prose and after its last. In the
/// body, the same words are a privacy policy's or a report's.
/// A line that stops mid-sentence ("…de ces informations,") is read with
/// the next, as the banner wrapped it.
fn drop_site_notices(lines: &mut [Line]) {
    // Judged from each end inwards only, up to the first paragraph of prose
    // that is no notice: the body is never read for them.
    let notice = |i: usize| {
        let l = &lines[i].text;
        crate::signals::site_notice(l)
            || (!l.ends_with(['.', '!', '?', '…', '»', '"'])
                && lines
                    .get(i + 1)
                    .is_some_and(|n| crate::signals::site_notice(&format!("{l} {}", n.text))))
    };
    let prose =
        |l: &Line| l.class == Class::Good && l.text.split_whitespace().count() >= LEDE_WORDS;
    let mut found: Vec<usize> = Vec::new();
    let mut head = lines.len();
    for (i, line) in lines.iter().enumerate() {
        if notice(i) {
            found.push(i);
        } else if prose(line) {
            head = i;
            break;
        }
    }
    for i in (head..lines.len()).rev() {
        if notice(i) {
            found.push(i);
        } else if prose(&lines[i]) {
            break;
        }
    }
    for i in found {
        lines[i].class = Class::Bad;
        // The rest of a wrapped notice, unless it opens the article.
        if i + 1 != head {
            if let Some(next) = lines.get_mut(i + 1) {
                next.class = Class::Bad;
            }
        }
    }
}

/// Paragraphs a headline is compared with.
const OPENING_PARAGRAPHS: usize = 3;
/// Shortest word, in characters, counted when a headline is matched to them.
const TITLE_WORD_CHARS: usize = 4;

/// A caption is printed once alone and once followed by its credit, or twice
/// in a row: both copies go. A short line right before a photo's credit
/// ("Cette photo prise depuis la bande de Gaza montre un soldat…", then
/// "Photo : AFP / SAID KHATIB") is its caption.
fn drop_captions(lines: &mut [Line]) {
    for i in 0..lines.len().saturating_sub(1) {
        let (a, b) = (&lines[i].key, &lines[i + 1].key);
        if a.len() >= 20 && (b.starts_with(a.as_str()) || a == b) {
            lines[i].class = Class::Bad;
            lines[i + 1].class = Class::Bad;
        }
        if is_photo_credit(&lines[i + 1].text)
            && lines[i].text.split_whitespace().count() <= MAX_CAPTION_WORDS
        {
            lines[i].class = Class::Bad;
        }
    }
}

/// Longest caption [`drop_captions`] takes from before a credit.
const MAX_CAPTION_WORDS: usize = 30;

/// A photo's credit line: "Photo : AFP / SAID KHATIB", "Crédit photo : X",
/// "JOHN DOE / AFP" (not a copyright line, which may close the text).
fn is_photo_credit(t: &str) -> bool {
    crate::signals::is_credit(t)
        || regex!(r"(?i)^(photos?|foto|bild|cr[ée]dits? photos?|image|illustration)\s*:")
            .is_match(t)
}

/// Later copies of a line (a headline repeated mid-article, a pull quote)
/// are dropped; the first is judged on its own.
fn drop_repeats(lines: &mut [Line]) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut repeats = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.key.len() >= 12 && seen.insert(&l.key, i).is_some() {
            repeats.push(i);
        }
    }
    for i in repeats {
        lines[i].class = Class::Bad;
    }
}

/// A bulleted run of headlines (cut short with "...", or without sentences)
/// is a list of links to other articles: the whole run goes, including any
/// item that happens to end like a sentence.
fn drop_headline_lists(lines: &mut [Line]) {
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].bulleted {
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&j| !lines[j].bulleted)
            .unwrap_or(lines.len());
        let run = &lines[i..end];
        let furniture_like = run.iter().filter(|l| l.class == Class::Bad).count();
        if run.len() >= 3 && furniture_like * 2 >= run.len() {
            lines[i..end].iter_mut().for_each(|l| l.class = Class::Bad);
        }
        i = end;
    }
}

/// Lines after the article's last paragraph, this many or more, that all
/// read like other articles' headlines are a list of links without a header.
const MIN_TRAILING_TEASERS: usize = 3;
/// Longest line, in words, taken for a headline in such a list.
const MAX_TEASER_WORDS: usize = 20;

/// A page often ends on other articles' headlines, one per line, with no
/// header and no bullets ("Ghana : Cheddar affiche son Apple en or",
/// "Liverpool : Naby Keita comparé à Iniesta !"): a run of at least
/// [`MIN_TRAILING_TEASERS`] short lines after the last paragraph, each a
/// headline, a label and its headline ("Mercato : …"), or a question or an
/// exclamation, goes whole, even the items that end like sentences.
fn drop_trailing_teasers(lines: &mut [Line], lang: Option<Lang>) {
    let headline = |l: &Line| {
        let shape = Shape::of(&l.text, lang);
        // "Mercato : …", "Guinée – …"; not "http://…".
        let label = [": ", " – "].iter().any(|sep| {
            l.text
                .split_once(sep)
                .is_some_and(|(head, _)| (1..=4).contains(&head.split_whitespace().count()))
        });
        shape.words <= MAX_TEASER_WORDS
            && (shape.is_headline_like() || label || l.text.ends_with(['?', '!']))
    };
    let mut start = lines.len();
    let mut count = 0;
    for i in (0..lines.len()).rev() {
        if lines[i].class == Class::Bad {
            continue;
        }
        if !headline(&lines[i]) {
            break;
        }
        start = i;
        count += 1;
    }
    if count >= MIN_TRAILING_TEASERS {
        lines[start..].iter_mut().for_each(|l| l.class = Class::Bad);
    }
}

/// A related-links header ("À découvrir également", "Read more") is followed
/// by headlines, and often their blurbs: they go until prose resumes, that
/// is a paragraph longer than a headline followed by another one, or a long
/// one. A blurb stands alone between headlines and reading-time lines.
fn close_related_lists(lines: &mut [Line]) {
    let mut in_list = false;
    for i in 0..lines.len() {
        let l = &lines[i];
        if is_list_header(l) {
            in_list = true;
        } else if in_list {
            let words = l.text.split_whitespace().count();
            let resumes = l.class == Class::Good
                && (words >= LIST_END_WORDS
                    || (words > MAX_LISTED_HEADLINE_WORDS
                        && lines.get(i + 1).is_some_and(|n| n.class == Class::Good)));
            if resumes {
                in_list = false;
            } else {
                lines[i].class = Class::Bad;
            }
        }
    }
}

/// Lines after a related-links header in the page header that may still be
/// its items.
const MAX_LISTED_LINES: usize = 6;

/// A related-links header: "À lire aussi", "Read more", alone on its line.
fn is_list_header(l: &Line) -> bool {
    l.furniture == Some(Furniture::Teaser) && l.text.split_whitespace().count() <= 5
}

/// A paragraph this long ends a related-links list on its own.
const LIST_END_WORDS: usize = 30;
/// Headlines in a list run up to this many words, and may read like
/// sentences ("Une baisse de la prématurité liée au confinement?").
const MAX_LISTED_HEADLINE_WORDS: usize = 12;

/// Cards of other articles (headline, blurb, author, then a date or a
/// reading time) come in series: where such meta lines recur every few
/// lines, the lines between them are cards, and so is the first card before
/// its meta line, as long as the next one.
fn drop_teaser_cards(lines: &mut [Line]) {
    let meta: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            lines[i].furniture == Some(Furniture::Meta)
                && lines[i].text.split_whitespace().count() <= MAX_CARD_META_WORDS
        })
        .collect();
    for chain in series(&meta, MAX_CARD_LINES).filter(|c| c.len() >= 2) {
        // The first card's headline, blurb and author: a card has one long
        // paragraph at most, so a second one is the article's.
        let mut from = chain[0];
        let mut blurb = false;
        let card = (chain[1] - chain[0]).min(MAX_CARD_LINES - 1);
        while from > 0 && chain[0] - from < card {
            let l = &lines[from - 1];
            if l.class == Class::Good
                && l.text.split_whitespace().count() > MAX_LISTED_HEADLINE_WORDS
            {
                if blurb {
                    break;
                }
                blurb = true;
            }
            from -= 1;
        }
        mark_bad(lines, from, chain[chain.len() - 1]);
    }
}

/// Runs of `marks` (sorted line numbers) each at most `max_gap` lines after
/// the previous one.
fn series(marks: &[usize], max_gap: usize) -> impl Iterator<Item = &[usize]> {
    marks.chunk_by(move |a, b| b - a <= max_gap)
}

/// Lines `first..=last` are furniture.
fn mark_bad(lines: &mut [Line], first: usize, last: usize) {
    lines[first..=last]
        .iter_mut()
        .for_each(|l| l.class = Class::Bad);
}

/// Most lines of one card, its meta line included.
const MAX_CARD_LINES: usize = 4;
/// Longest meta line of a card.
const MAX_CARD_META_WORDS: usize = 12;

/// Briefs of other news, each opening on its dateline ("(Washington) Les
/// États-Unis ont…", "(Londres) L'actrice…"): an article has one dateline,
/// at its start, so three within a few lines of each other are a list.
fn drop_datelined_lists(lines: &mut [Line]) {
    // The article's own dateline opens its lede.
    let lede = lines.iter().position(|l| l.class == Class::Good);
    let datelined: Vec<usize> = (0..lines.len())
        .filter(|&i| Some(i) != lede)
        .filter(|&i| regex!(r"^\(\p{Lu}[\p{L} .'’-]{1,30}\) \S").is_match(&lines[i].text))
        .collect();
    for chain in series(&datelined, MAX_BRIEF_GAP).filter(|c| c.len() >= MIN_DATELINED_BRIEFS) {
        mark_bad(lines, chain[0], chain[chain.len() - 1]);
    }
}

/// Briefs with a dateline that make a list...
const MIN_DATELINED_BRIEFS: usize = 3;
/// ...each at most this many lines after the previous one.
const MAX_BRIEF_GAP: usize = 3;

/// Readers' comments close the article: from the first of two comment
/// headers (a date and time beside a name: "14/09 18:06 - cedricx", "11
/// février 2012, 12:14, par Patrick") everything is the comment section,
/// once the article has had its text.
fn close_comments(lines: &mut [Line]) {
    let mut headers =
        (0..lines.len()).filter(|&i| crate::signals::is_comment_header(&lines[i].text));
    let (Some(first), Some(_)) = (headers.next(), headers.next()) else {
        return;
    };
    let body: usize = lines[..first]
        .iter()
        .filter(|l| l.class == Class::Good)
        .map(|l| l.text.split_whitespace().count())
        .sum();
    if body >= MIN_BODY_BEFORE_COMMENTS {
        let last = lines.len() - 1;
        mark_bad(lines, first, last);
    }
}

/// Words of article text that must come before a comment section.
const MIN_BODY_BEFORE_COMMENTS: usize = 60;

fn resolve_lines(lines: &mut [Line]) {
    let mut classes: Vec<Class> = lines.iter().map(|l| l.class).collect();
    resolve_context(&mut classes);
    for (l, c) in lines.iter_mut().zip(classes) {
        l.class = c;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> CleanText {
        clean_text(text, None, Some(Lang::Fr))
    }

    #[test]
    fn header_title_furniture_and_tail() {
        let text = "Menu\nSuivez-nous\nPUBLICITÉ\n\nLa Turquie et la Russie négocient à Moscou\n\nLa Turquie et la Russie négocient à Moscou\nPar Jean Dupont\n\nLes deux présidents se sont entretenus ce vendredi par téléphone, a indiqué le Kremlin.\n\nPublicité\n\nIls doivent se rencontrer la semaine prochaine dans la capitale russe pour un sommet.\n\nPartager cet article\n\nÀ découvrir également\n\nUn séisme frappe le sud du pays et fait des dizaines de morts\n\nLe Bélarus accélère sa russification dans les écoles du pays";
        let c = clean(text);
        assert_eq!(
            c.title.as_deref(),
            Some("La Turquie et la Russie négocient à Moscou")
        );
        assert_eq!(c.authors, ["Jean Dupont"]);
        assert_eq!(
            c.paragraphs,
            [
                "Les deux présidents se sont entretenus ce vendredi par téléphone, a indiqué le Kremlin.",
                "Ils doivent se rencontrer la semaine prochaine dans la capitale russe pour un sommet."
            ]
        );
    }

    #[test]
    fn a_pages_address_on_a_line_of_its_own_is_no_text() {
        let text = "http: / / www. example. com / news / 2009 / 11 / 30 / prisoner - escapes - _ n _ 374452. html\n\
            Prisoner Pulls Gun On Guards, Runs Away\n\
            A convicted sex offender pulled a gun on two guards during a prison transfer on Monday and fled on foot, authorities said.";
        let c = clean_text(text, None, Some(Lang::En));
        assert_eq!(
            c.url.as_deref(),
            Some("http://www.example.com/news/2009/11/30/prisoner-escapes-_n_374452.html")
        );
        assert_eq!(
            c.title.as_deref(),
            Some("Prisoner Pulls Gun On Guards, Runs Away")
        );
        assert_eq!(c.paragraphs.len(), 1, "{:?}", c.paragraphs);
        for (line, address) in [
            (
                "https://www.lemonde.fr/international/article/2020/02/28/idleb.html",
                Some("https://www.lemonde.fr/international/article/2020/02/28/idleb.html"),
            ),
            ("www. bbc. co. uk / news", Some("www.bbc.co.uk/news")),
            (
                "http: / / pix11. com / 2013 / 03 / 12 / riot / #axzz2gqbg2R2N",
                Some("http://pix11.com/2013/03/12/riot/#axzz2gqbg2R2N"),
            ),
            // An address and a sentence, a name or a credit; a site's name;
            // a sentence.
            ("http://example.com Read the whole story on our site", None),
            ("https://www.ex.fr/monde/x.html : Poutine", None),
            ("http://www.example.com/2020/03/01/a.html (AFP)", None),
            ("www.lefigaro.fr - Politique", None),
            ("WWW.OUEST-FRANCE.FR", None),
            ("Les présidents se sont parlé vendredi.", None),
        ] {
            assert_eq!(lone_address(line).as_deref(), address, "{line}");
        }
    }

    #[test]
    fn a_records_lone_short_line_is_its_headline() {
        use gazette_model::{Content, Hints, RawDocument};
        let doc = RawDocument {
            id: "b".into(),
            source: "f.jsonl:1".into(),
            content: Content::Text("Sources: Sox May Not Be Out Of Teixeira Chase".into()),
            hints: Hints {
                record: true,
                ..Hints::default()
            },
        };
        let a = crate::extract(&doc).expect("a headline record is kept");
        assert_eq!(
            a.title.as_deref(),
            Some("Sources: Sox May Not Be Out Of Teixeira Chase")
        );
        assert_eq!(a.outlet, None);
        let doc = RawDocument {
            content: Content::Text(
                "http: / / www. nbcnews. com / video / 52126262\nJune 06, 2013\nEsther Williams, swimming star, dies at 91".into(),
            ),
            ..doc
        };
        let a = crate::extract(&doc).expect("a headline record is kept");
        assert_eq!(
            a.title.as_deref(),
            Some("Esther Williams, swimming star, dies at 91")
        );
    }

    #[test]
    fn a_headline_glued_to_its_lede_is_the_title() {
        let title = "Yahoo Launching Music Download Service This Year";
        let text = "Yahoo Launching Music Download Service This Year After its $160 million acquisition of MusicMatch, Yahoo is expected to release its own service.";
        let c = clean_text(text, Some(title), Some(Lang::En));
        assert_eq!(c.title.as_deref(), Some(title));
        assert!(
            c.paragraphs[0].starts_with("After its $160 million"),
            "{:?}",
            c.paragraphs
        );
        // A headline made of the lede's opening words is not cut off it.
        let text =
            "Putin meets Erdogan in Moscow on Thursday to ease tensions over the Syrian province.";
        let c = clean_text(text, Some("Putin meets Erdogan"), Some(Lang::En));
        assert_eq!(c.paragraphs[0], text);
    }

    #[test]
    fn hard_wrapped_text_is_joined_back_into_paragraphs() {
        let p1 = "Les présidents russe et turc se sont entretenus vendredi par téléphone après les bombardements qui ont touché la province d'Idleb, a fait savoir le ministre russe des Affaires étrangères, qui a souligné qu'un espace de dialogue existait toujours entre les deux pays.";
        let p2 = "Selon les informations transmises par Ankara, aucune unité de l'armée turque ne se trouvait dans la zone concernée, une version que conteste le ministère russe de la Défense, qui affirme que les soldats tués combattaient aux côtés de groupes armés.";
        // Both wrapped at 48 columns, as Python's textwrap does.
        let wrapped = "Poutine et Erdogan se parlent\n\
            Les présidents russe et turc se sont entretenus\n\
            vendredi par téléphone après les bombardements\n\
            qui ont touché la province d'Idleb, a fait\n\
            savoir le ministre russe des Affaires\n\
            étrangères, qui a souligné qu'un espace de\n\
            dialogue existait toujours entre les deux pays.\n\
            Selon les informations transmises par Ankara,\n\
            aucune unité de l'armée turque ne se trouvait\n\
            dans la zone concernée, une version que conteste\n\
            le ministère russe de la Défense, qui affirme\n\
            que les soldats tués combattaient aux côtés de\n\
            groupes armés.";
        let c = clean(wrapped);
        assert_eq!(c.title.as_deref(), Some("Poutine et Erdogan se parlent"));
        assert_eq!(c.paragraphs, [p1, p2]);
        // A page of blocks, a lowercase menu among them, stays as it is.
        let page =
            format!("accueil\nactualités\nmonde\nsport\nculture\néconomie\nmétéo\n{p1}\n{p2}");
        assert_eq!(unwrap_hard_wrapped(&page, Some(Lang::Fr)), page.as_str());
    }

    #[test]
    fn other_articles_headlines_closing_the_page_go() {
        let body = "Les révolutionnaires sont toujours là, et ils tentent toujours de se faire entendre même s'ils ne représentent pas une force politique en soi dans le pays.";
        let text = format!(
            "{body}\nGuinée – Ismaël Bangoura : « Simakan, comme mon fils »\nManchester City : Mahrez joueur de l'année ?\nMercato : un gardien de Saint-Etienne attendu en Algérie !\nRapatriée d'Algérie, une femme crée un nouveau cluster de Covid-19 à Toulouse"
        );
        assert_eq!(clean(&text).paragraphs, [body]);
        // A link that ends the article is no headline, nor are two lines.
        let text = format!(
            "{body} Signez la pétition :\nhttp://www.openpetition.de/petition/online/gema\n← Le premier stammtisch est fixé !\nSteuerdarling – Die PARTEI als Ehestifter →"
        );
        let kept = clean(&text).paragraphs;
        assert!(kept.iter().any(|p| p.starts_with("http://")), "{kept:?}");
    }

    #[test]
    fn a_sites_notices_at_the_edges_of_the_page_go() {
        let text = "Nous utilisons les témoins de navigation (cookies) afin d'opérer et d'améliorer nos services ainsi qu'à des fins publicitaires.\n\
            Le respect de votre vie privée est important pour nous. Si vous n'êtes pas à l'aise avec l'utilisation de ces informations,\n\
            veuillez revoir vos paramètres avant de poursuivre votre visite.\n\
            Gel de l'aide américaine : une « mauvaise décision », selon Le Caire\n\
            La décision de l'administration Obama de geler une partie de l'aide annuelle de 1,5 milliard de dollars qu'elle verse à l'Égypte est mal accueillie par le ministère égyptien des Affaires étrangères.\n\
            « C'est une mauvaise décision », a déclaré le porte-parole du ministère, qui estime que l'Égypte poursuivra son chemin vers la démocratie malgré les pressions.\n\
            Saisissez votre adresse e-mail fournie lors de votre inscription. Vous recevrez par email les instructions pour réinitialiser votre mot de passe.";
        let c = clean_text(text, None, Some(Lang::Fr));
        assert_eq!(
            c.title.as_deref(),
            Some("Gel de l'aide américaine : une « mauvaise décision », selon Le Caire")
        );
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
        assert!(
            c.paragraphs[0].starts_with("La décision"),
            "{:?}",
            c.paragraphs
        );
    }

    #[test]
    fn a_caption_before_its_credit_goes() {
        let text = "Gel de l'aide américaine : une « mauvaise décision », selon Le Caire\n\
            Cette photo prise depuis la bande de Gaza montre un soldat égyptien montant la garde à la frontière.\n\
            Photo : AFP / SAID KHATIB\n\
            La décision de l'administration Obama de geler une partie de l'aide annuelle de 1,5 milliard de dollars qu'elle verse à l'Égypte est mal accueillie par le ministère égyptien des Affaires étrangères.\n\
            Le ministère a répété que l'Égypte poursuivra son chemin vers la démocratie malgré les pressions, selon un communiqué publié jeudi au Caire.\n\
            © 2013 AFP";
        let c = clean_text(text, None, Some(Lang::Fr));
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
        assert!(
            c.paragraphs[0].starts_with("La décision"),
            "{:?}",
            c.paragraphs
        );
        assert!(
            c.paragraphs[1].starts_with("Le ministère"),
            "{:?}",
            c.paragraphs
        );
    }

    #[test]
    fn a_kicker_and_its_headline_are_the_title() {
        let text = "Affaire Kurosaki : son ex-petit ami extradé pour être jugé en France\n\
            Gérald Darmanin doit quitter le ministère de l'Intérieur\n\
            Jeudi polar : à l'ombre de Truman Capote\n\
            Mahmoud Badr. Le rebelle normal\n\
            Timide et agréable, ce journaliste égyptien de 28 ans a lancé la campagne Tamarod et la pétition qui a fait chuter le président.\n\
            D'un leader révolutionnaire, on espérait au moins l'éloquence ou le goût de la provocation. Mahmoud Badr, 28 ans, est pourtant le héros malgré lui de la révolution égyptienne, et il le sait.";
        let c = clean_text(text, None, Some(Lang::Fr));
        assert_eq!(c.title.as_deref(), Some("Mahmoud Badr. Le rebelle normal"));
        assert!(c.paragraphs[0].starts_with("Timide"), "{:?}", c.paragraphs);
    }

    #[test]
    fn the_headline_is_the_header_line_the_text_takes_up() {
        // A site tagline, other articles' headlines and a breadcrumb come
        // before the headline; the opening paragraphs share its words.
        let text = "AtlasInfo - Aller à l'essentiel de l'actualité franco-maghrebine\nCanada: la justice invalide un accord avec les Etats-Unis sur les réfugiés\nLe chef de la diplomatie française en visite au Liban en crise\nAccueil Monde Egypte: le général Al-Sissi, un sauveur sans saveur\nEgypte: le général Al-Sissi, un sauveur sans saveur\nSi l'armée intervient, le ministre de la Défense, le général Al-Sissi, ancien directeur du renseignement décrit comme pieux mais nationaliste, jouera un rôle majeur en Egypte.\nAgé de 58 ans, ce Cairote, diplômé de l'académie militaire égyptienne, fait partie de cette génération d'officiers qui n'a pas fait la guerre.";
        let c = clean(text);
        assert_eq!(
            c.title.as_deref(),
            Some("Egypte: le général Al-Sissi, un sauveur sans saveur")
        );
        assert_eq!(c.paragraphs.len(), 2, "{:?}", c.paragraphs);
    }

    #[test]
    fn a_subheading_among_short_paragraphs_is_not_the_headline() {
        let c = clean("Les deux présidents se sont parlé ce vendredi.\nIls se verront la semaine prochaine.\nUne rencontre attendue à Moscou\nLe Kremlin a confirmé la date du sommet.");
        assert_eq!(c.title, None);
        assert_eq!(c.paragraphs.len(), 4, "{:?}", c.paragraphs);
    }

    #[test]
    fn a_lone_cut_off_brief_is_still_the_text() {
        let c = clean("http: / / example. org / archive. html\nMONDAY, MAY 23, 2005\nSixers' Coach Jim O'Brien was fired today and taking over will be former Portland Coach...");
        assert_eq!(
            c.paragraphs,
            ["Sixers' Coach Jim O'Brien was fired today and taking over will be former Portland Coach..."]
        );
    }

    #[test]
    fn subheadings_stay_and_teasers_go() {
        let text = "Un titre pour un article de presse\n\nLa Turquie a accusé les troupes syriennes d'avoir attaqué des positions turques.\n\nTensions à Idlib\n\nLa Turquie publie une vidéo de sa frappe contre l'armée syrienne près de la frontière - images\n\nLa Turquie a menacé de lancer une opération militaire dans la province.\n\nIl a démenti.\n\nLa Russie affirme que l'armée syrienne répond aux attaques des terroristes.";
        let c = clean(text);
        assert_eq!(
            c.paragraphs,
            [
                "La Turquie a accusé les troupes syriennes d'avoir attaqué des positions turques.",
                "Tensions à Idlib",
                "La Turquie a menacé de lancer une opération militaire dans la province.",
                "Il a démenti.",
                "La Russie affirme que l'armée syrienne répond aux attaques des terroristes."
            ]
        );
    }

    #[test]
    fn captions_printed_twice_go() {
        let text = "Titre de l'article sur la Syrie\n\nEntre Moscou et Ankara, le dialogue est difficile. Ici, lors d'une rencontre en 2019.\nEntre Moscou et Ankara, le dialogue est difficile. Ici, lors d'une rencontre en 2019. JOHN DOE / AFP\n\nLes présidents turc et russe se sont entretenus ce vendredi par téléphone au sujet de la Syrie.";
        let c = clean(text);
        assert_eq!(c.paragraphs, ["Les présidents turc et russe se sont entretenus ce vendredi par téléphone au sujet de la Syrie."]);
    }

    #[test]
    fn source_prefix_and_related_bullets() {
        let text = "Source [Le Figaro] Les deux chefs d'État se rencontrent à Moscou ce jeudi pour parler de la Syrie.\nLe sommet doit permettre d'apaiser les tensions entre les deux pays, selon le Kremlin.\n- Guerre en Ukraine, armes nucléaires, Proche-Ori...\n- Donald Trump, les perspectives d’une élection\n- Comment la France peut supprimer 150.000 postes...";
        let c = clean(text);
        assert_eq!(c.outlet.as_deref(), Some("Le Figaro"));
        assert_eq!(c.paragraphs.len(), 2);
        assert!(c.paragraphs[0].starts_with("Les deux chefs"));
    }

    #[test]
    fn a_long_paragraph_trailing_off_and_a_brand_in_prose_stay() {
        let para = "Devenu la cible des paparazzis, il n'a pas été épargné par ces rumeurs selon plusieurs proches. \"En deux minutes, ta femme devient une salope, une vipère, une briseuse de ménage, on te traite de cocu partout dans le monde entier et sur tous les réseaux sociaux...";
        let brand = "Une vingtaine de prêtres ont appelé les évêques à qualifier d'hérétique le pape François. \"Nous prenons cette initiative en dernier recours\", précisent les signataires d'une lettre ouverte publiée sur LifeSiteNews.";
        let c = clean(&format!(
            "Un titre pour un article de presse\n{para}\n{brand}"
        ));
        assert_eq!(c.paragraphs, [para, brand]);
    }

    #[test]
    fn a_news_ticker_goes() {
        let c = clean("Un titre pour un article de presse\nLes deux présidents se sont entretenus ce vendredi par téléphone, a indiqué le Kremlin.\nFil info\n11:49FranceLe gouvernement démissionne, Macron se sépare de Philippe\n09:16High-techAccusations de harcèlement chez Ubisoft: le PDG promet un changement");
        assert_eq!(c.paragraphs.len(), 1, "{:?} {:?}", c.title, c.paragraphs);
    }

    #[test]
    fn readers_comments_close_the_article() {
        let body = "Les deux présidents se sont entretenus ce vendredi par téléphone pendant plus d'une heure, a indiqué le Kremlin dans un communiqué publié dans la soirée de vendredi. Ils doivent se rencontrer la semaine prochaine dans la capitale russe pour un sommet consacré à la situation dans le nord-ouest de la Syrie, où les combats ont repris depuis le début du mois.";
        let text = format!("Un titre pour un article de presse\n{body}\n14/09 18:06 - cedricx\nPardon mais cela fait déjà bien des années que la région vit au rythme des attentats, on a tendance à l'oublier.\n14/09 15:26 - Christian Labrune\nJe suis moins inquiet que vous en ce qui concerne ce pays, pour l'instant l'ordre règne.");
        assert_eq!(clean(&text).paragraphs, [body]);
        // A live blog's entries carry times, but with headlines.
        assert!(!crate::signals::is_comment_header(
            "12/03 14:05 Le président arrive à Moscou pour le sommet"
        ));
        assert!(crate::signals::is_comment_header(
            "11 février 2012, 12:14, par Patrick"
        ));
    }

    #[test]
    fn cards_of_other_articles_go() {
        let body = "Les deux présidents se sont entretenus ce vendredi par téléphone, a indiqué le Kremlin.\nIls doivent se rencontrer la semaine prochaine dans la capitale russe pour un sommet.";
        let cards = "Hollywood subira-t-il les conséquences des tensions avec la Chine?\nJusqu'à présent, Hollywood s'était plié aux exigences cinématographiques chinoises, mais les tensions actuelles risquent de fragiliser cet accord.\n— 23 juillet 2020 — Temps de lecture : 2 min\nEn Tunisie, les migrants pleurent leurs héros morts en mer\nAprès le naufrage, début juin, d'un bateau qui voguait vers l'Italie, c'est toute une communauté qui porte le deuil.\n— 23 juillet 2020 — Temps de lecture : 13 min";
        let c = clean(&format!(
            "Un titre pour un article de presse\n{body}\n{cards}"
        ));
        assert_eq!(c.paragraphs.join("\n"), body);
    }

    #[test]
    fn a_related_list_runs_through_headlines_that_read_like_sentences() {
        let c = clean("Un titre pour un article de presse\nLes deux présidents se sont entretenus ce vendredi par téléphone, a indiqué le Kremlin.\nÀ lire aussi\nUne baisse de la prématurité liée au confinement?\nLa consigne de l'Elysée aux journalistes: «Villepin est fou»\nLes guerres américaines ne s'arrêtent jamais: elles se privatisent");
        assert_eq!(c.paragraphs.len(), 1, "{:?}", c.paragraphs);
    }

    #[test]
    fn a_list_of_datelined_briefs_goes() {
        let body = "(Le Caire) L'ancien président égyptien se trouve dans un hôpital militaire en banlieue du Caire, a indiqué l'armée.\nSa santé soulevait de nombreuses questions depuis son procès, où il avait comparu couché sur une civière.";
        let briefs = "(Athènes) Un incendie de forêt attisé par des vents violents près de Corinthe continuait de brûler jeudi.\n(Johannesburg) Près de 13 000 agents de santé ont été infectés en Afrique du Sud par le nouveau coronavirus.\nLa tension est de nouveau montée d'un cran mercredi entre la Chine et les États-Unis, selon Pékin.\n(Washington) La Chambre des représentants américaine a voté mercredi le retrait des statues du Capitole.";
        let c = clean(&format!(
            "Un titre pour un article de presse\n{body}\n{briefs}"
        ));
        assert_eq!(c.paragraphs.join("\n"), body);
    }

    #[test]
    fn the_headline_is_not_a_listed_article() {
        // The listed headline shares more words with the text than the
        // article's own.
        let text = "Toutes les news Monde\nKim salue les succès de Pékin\nRéagir\nA lire aussi\nMonde\nLa Corée du Nord condamne des manoeuvres militaires sud-coréennes\nAFP, publié le vendredi 08 mai 2020 à 04h54\nLa Corée du Nord a condamné vendredi des manoeuvres militaires sud-coréennes, affirmant que Séoul menaçait la paix dans la péninsule.\nLe dirigeant nord-coréen a félicité Pékin pour ses succès contre l'épidémie, selon l'agence officielle.";
        assert_eq!(
            clean(text).title.as_deref(),
            Some("Kim salue les succès de Pékin")
        );
    }

    #[test]
    fn a_teaser_that_reads_like_a_sentence_is_no_run_of_prose() {
        // The headline shares no word with the text, and a teaser above it
        // reads like a sentence: it is still the headline, not a subheading.
        let text = "Actualités\nMusée ou mosquée? La Turquie décide de l'avenir de Sainte-Sophie\n03 juillet 2020\nMonde\nPyongyang fustige Séoul\nRéagir\nLa Corée du Nord a condamné vendredi des manoeuvres militaires sud-coréennes, affirmant qu'elles menaçaient la paix dans la péninsule.\nLe dirigeant nord-coréen a félicité Pékin pour ses succès contre l'épidémie, selon l'agence officielle.";
        assert_eq!(
            clean(text).title.as_deref(),
            Some("Pyongyang fustige Séoul")
        );
    }

    #[test]
    fn the_date_line_under_the_headline_is_the_publication_date() {
        let date = |text: &str| clean(text).published.map(|d| d.to_string());
        let lede = "L'ambassadeur de Chine en Israël, Du Wei, a été retrouvé mort dimanche dans sa résidence près de Tel-Aviv, a indiqué la police israélienne.";
        // A ticker's and teasers' dates in the header are other articles'.
        let page = format!(
            "03 juillet 2020\nMacron nomme Jean Castex Premier ministre\n02 juillet 2020\n\
             L'ambassadeur de Chine en Israël retrouvé mort\nRéagir\nA lire aussi\n\
             Paris dément la présence de Juan Guaido dans son ambassade\n\
             AFP, publié le dimanche 17 mai 2020 à 18h19\n{lede}"
        );
        assert_eq!(date(&page).as_deref(), Some("2020-05-17"));
        // A byline's date; the update when that is all there is.
        let bylined =
            format!("Du Wei retrouvé mort à Tel-Aviv\nPar Jean Dupont, le 18 mai 2020\n{lede}");
        assert_eq!(date(&bylined).as_deref(), Some("2020-05-18"));
        let updated =
            format!("Du Wei retrouvé mort à Tel-Aviv\nMis à jour le 19/05/2020 à 10:05\n{lede}");
        assert_eq!(date(&updated).as_deref(), Some("2020-05-19"));
        // A line holding nothing but a date, the one nearest the lede.
        let bare = format!(
            "Du Wei retrouvé mort à Tel-Aviv\nVidéos\nUn autre sujet du jour\nle 16 mai 2020 à 19:30\nle 17 mai 2020 à 11:48\n{lede}"
        );
        assert_eq!(date(&bare).as_deref(), Some("2020-05-17"));
        // A sentence that mentions a publication is no date line, nor is
        // a date after the crawl.
        let told = format!(
            "Du Wei retrouvé mort à Tel-Aviv\n{lede}\nLe rapport publié le 3 mars 2020 par la police israélienne évoquait déjà des menaces répétées contre plusieurs diplomates étrangers en poste."
        );
        assert_eq!(date(&told), None);
        let future = format!("Du Wei retrouvé mort à Tel-Aviv\nPublié le 17 mai 2999\n{lede}");
        assert_eq!(date(&future), None);
    }

    #[test]
    fn a_bylines_date_and_counts_are_no_text() {
        let lede = "A powerful earthquake struck southern Turkey and northern Syria on Monday, killing thousands of people across the region.";
        for (byline, authors, day) in [
            (
                "By Jane Roe | Updated: Feb. 6, 2023, 9:15 a.m. ET",
                vec!["Jane Roe"],
                Some("2023-02-06"),
            ),
            (
                "Par Jean Dupont, publié le 6 février 2023 à 10h30",
                vec!["Jean Dupont"],
                Some("2023-02-06"),
            ),
            (
                "Par Jean Dupont le 06/02/2023 à 18h30 | 55 Commentaires",
                vec!["Jean Dupont"],
                Some("2023-02-06"),
            ),
            (
                "By Jane Roe and John Doe · 5 min read",
                vec!["Jane Roe", "John Doe"],
                None,
            ),
        ] {
            let c = clean(&format!(
                "Quake hits Turkey\n{byline}\n{lede}\nRescuers searched the rubble in freezing weather on Tuesday night."
            ));
            assert_eq!(c.authors, authors, "{byline}");
            assert_eq!(
                c.published.map(|d| d.to_string()).as_deref(),
                day,
                "{byline}"
            );
            assert_eq!(c.paragraphs.len(), 2, "{byline}: {c:?}");
            assert!(c.paragraphs[0].starts_with("A powerful"), "{byline}: {c:?}");
        }
    }

    #[test]
    fn a_lede_after_a_byline_on_its_line_stays() {
        let c = clean("Quake hits Turkey\nBy Jane Roe - A powerful earthquake struck southern Turkey and northern Syria on Monday, killing thousands.\nRescuers searched the rubble in freezing weather on Tuesday night.");
        assert_eq!(c.authors, ["Jane Roe"]);
        assert!(
            c.paragraphs[0].starts_with("A powerful earthquake"),
            "{c:?}"
        );
    }

    #[test]
    fn agency_subheadings_glued_to_their_paragraphs_stand_apart() {
        let text = "Les opérations ont fait entre 10.000 et 40.000 morts en un mois, selon les sources réunies par les historiens.- \"Déception majeure\" -Bachar al-Assad, lui, était alors au Royaume-Uni pour ses études de médecine, selon ses biographes.";
        let c = clean(text);
        assert_eq!(c.paragraphs.len(), 3, "{c:?}");
        assert!(c.paragraphs[2].starts_with("Bachar al-Assad"), "{c:?}");
        // An item of a dashed list glued to the one before.
        let listed = "Déconfinement : les réactions\nMarine Le Pen a regretté que le port du masque ne soit pas retenu et a réclamé des tests \"massifs\" pour toute la population (FranceInfo)- Richard Ferrand, président de l'Assemblée nationale: \"En confiant au couple maire-préfet la décision, le gouvernement fait le bon choix.\"";
        let c = clean(listed);
        assert_eq!(c.paragraphs.len(), 2, "{c:?}");
        assert!(c.paragraphs[1].starts_with("Richard Ferrand"), "{c:?}");
        // A dash inside a sentence stays.
        let inside = "Le ministre - qui s'exprimait devant les députés - a promis une loi. Elle sera votée en juin, a-t-il précisé devant la commission des finances de l'Assemblée.";
        assert_eq!(clean(inside).paragraphs.len(), 1);
    }
}
