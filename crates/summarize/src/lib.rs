//! Extractive summaries with citations, and titles, for events and stories.
//!
//! The input is the coverage of one event or story: independent articles
//! (copies were folded before), each with its text. Every sentence that
//! reads as a statement (see [`is_summary_sentence`]) is a candidate. A
//! candidate scores for *centrality across sources*: how well the other
//! articles support it (its best match in each other article), plus its
//! closeness to what the whole coverage is about and a small bonus for the
//! lead, where news puts what matters. Sentences are picked greedily by
//! that score times the share of their weight in terms the summary does
//! not tell yet (the central fact is told once, then what the coverage
//! adds to it), skipping those that repeat one already picked (maximal
//! marginal relevance) and, for stories, favouring events not yet
//! covered. The picked sentences are put back in reading order: by the
//! date of their article, then by position. Each cites every article with a sentence
//! that carries the same information, not only the one it was taken from.

use gazette_lang::Lang;
use gazette_terms::{tfidf, Analyzer, DocFreq, KindWeights, SparseVec, TermId, TermKind};

/// One article of the coverage.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// Headline, if any.
    pub title: Option<&'a str>,
    /// Clean text, paragraphs separated by blank lines.
    pub text: &'a str,
    /// Language of the text.
    pub lang: Option<Lang>,
    /// A group the article belongs to (its event, in a story summary):
    /// the summary tries to cover several groups.
    pub group: usize,
    /// The outlet, when known: a dispatch that opens on its name
    /// ("NewsFactor - …") has a dateline even where no list knows the name.
    pub outlet: Option<&'a str>,
}

impl<'a> Doc<'a> {
    /// The sentence at `range` of the text without its dateline (see
    /// [`strip_dateline_of`]).
    fn sentence(&self, range: std::ops::Range<usize>) -> &'a str {
        strip_dateline_of(&self.text[range], self.outlet)
    }
}

/// A summary sentence and the articles (indices into the docs) that carry it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    /// The sentence, as written in its article.
    pub text: String,
    /// Articles that carry the information, the source of the text first.
    pub sources: Vec<usize>,
}

/// Tuning of the summarizer.
#[derive(Debug, Clone, Copy)]
pub struct SummaryOptions {
    /// Cosine from which two sentences carry the same information.
    pub same_information: f32,
    /// The same, between sentences in two languages: they share only
    /// names, numbers and glossed words, so the same statement scores lower
    /// than a paraphrase in one language.
    pub same_information_across: f32,
    /// Cosine with an already chosen sentence above which a candidate is
    /// redundant.
    pub redundancy: f32,
    /// The same, for a candidate and a chosen sentence in two languages
    /// (the same fact told in French and in English).
    pub redundancy_across: f32,
    /// The language the reader wants: summary sentences and titles are
    /// taken from articles in it when the coverage has any, and still cite
    /// the articles of every language that carry the same information.
    pub prefer: Option<Lang>,
}

impl Default for SummaryOptions {
    fn default() -> Self {
        SummaryOptions {
            same_information: 0.45,
            same_information_across: 0.25,
            redundancy: 0.5,
            redundancy_across: 0.3,
            prefer: None,
        }
    }
}

/// Candidate sentences taken from one article: the lead, where news puts
/// what matters, and a bound on the cost of long articles.
const MAX_SENTENCES_PER_DOC: usize = 12;

/// A coverage is summarized by its sentences when at least one article in
/// this many has some (see [`summarize_coverage`]).
const SENTENCE_COVERAGE: usize = 4;

/// Articles whose sentences compete for the summary: the most central of a
/// large coverage, so that the cost of a summary does not grow with the
/// square of the coverage. All articles are still cited.
const MAX_POOL_DOCS: usize = 30;

struct Candidate<'a> {
    doc: usize,
    position: usize,
    text: std::borrow::Cow<'a, str>,
    vector: SparseVec,
}

/// The name terms of sentence `text`, sorted and without repeats. Not its
/// opening words': a sentence capitalises its first word and the first
/// after a colon whatever they are, and a headline's label is no name
/// ("Météo Toulouse : Prévisions du…", "Pesticides. Élisabeth Borne
/// veut…"). They are read lowercased.
fn name_terms(text: &str, lang: Option<Lang>, analyzer: &mut Analyzer) -> Vec<TermId> {
    let mut lowered = String::with_capacity(text.len());
    let mut opens = true;
    for w in text.split_whitespace() {
        if !lowered.is_empty() {
            lowered.push(' ');
        }
        let mut chars = w.chars();
        match chars.next() {
            Some(c) if opens => {
                lowered.extend(c.to_lowercase());
                lowered.push_str(chars.as_str());
            }
            _ => lowered.push_str(w),
        }
        opens = w.ends_with(':') || w.ends_with('.') || matches!(w, "-" | "–" | "—");
    }
    let mut names: Vec<TermId> = analyzer
        .terms(&lowered, lang)
        .iter()
        .filter(|t| t.kind == TermKind::Name)
        .map(|t| t.id)
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// Cosine of two sentences' words other than names from which they are one
/// template (see [`substituted`]).
const TEMPLATE: f32 = 0.8;

/// Whether two sentences are one template about two different names: the
/// same words but for a name each has that the other lacks ("Météo
/// Toulouse : prévisions du vendredi", "Météo La Rochelle : prévisions du
/// vendredi"). They tell two facts, however alike. Two reports of one
/// fact in other words may each name what the other does not ("the
/// Cédéao's leaders met in Abuja", "ECOWAS leaders gave Niger's junta
/// seven days"); their other words differ too.
fn substituted(
    a: &Candidate<'_>,
    a_names: &[TermId],
    b: &Candidate<'_>,
    b_names: &[TermId],
) -> bool {
    // Names one has that the other lacks, on both sides, and fewer names
    // shared than swapped: "LaRue met Mitchell and Nixon aide Jeb Stuart
    // Magruder" and "LaRue met John Mitchell and Nixon" add detail.
    let lacking =
        |x: &[TermId], y: &[TermId]| x.iter().filter(|n| y.binary_search(n).is_err()).count();
    let (only_a, only_b) = (lacking(a_names, b_names), lacking(b_names, a_names));
    let shared = a_names.len() - only_a;
    if only_a == 0 || only_b == 0 || shared >= only_a.min(only_b) {
        return false;
    }
    let words = |c: &Candidate<'_>, names: &[TermId]| {
        let mut v = SparseVec::from_unsorted(
            c.vector
                .entries()
                .iter()
                .filter(|(t, _)| names.binary_search(t).is_err())
                .copied()
                .collect(),
        );
        v.normalize();
        v
    };
    words(a, a_names).dot(&words(b, b_names)) >= TEMPLATE
}

/// Words other than stop words a summary sentence needs.
const MIN_CONTENT_WORDS: usize = 3;

/// Whether a sentence can stand in a summary: a statement of moderate
/// length that starts like a sentence and ends with final punctuation, and
/// is not a question, a list fragment or a quote torn from its speaker.
pub fn is_summary_sentence(s: &str) -> bool {
    let words = s.split_whitespace().count();
    if !(6..=60).contains(&words) {
        return false;
    }
    let Some(first) = s.chars().next() else {
        return false;
    };
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return false;
    }
    let end = s.trim_end_matches(['"', '»', '”', '’', ')', '\'', ' ', '\u{a0}', '\u{202f}']);
    // A sentence that trails off is cut (a feed's "… a ...") or a teaser
    // ("Le moment que vous attendiez tous..."): it does not stand alone.
    if !end.ends_with(['.', '!']) || end.ends_with("..") {
        return false;
    }
    // An exclamation of the writer's own is a teaser or a comment ("Le
    // tournage vient de débuter !", "It's a party... a rehab party!"), not
    // a statement; a quoted one is reported speech.
    if s.trim_end().ends_with('!') {
        return false;
    }
    if s.contains("http") || s.contains('@') || s.contains('|') {
        return false;
    }
    if anaphoric(s) || opens_inside_quote(s) {
        return false;
    }
    // A writer's flourish ("Quatre pays, pas un de plus.", "Et certaines
    // sont pour le moins surprenantes.") says little out of its article:
    // a fact takes words (the stop lists are broad: "La question sera au
    // centre d'une nouvelle rencontre à Sotchi ce mercredi" counts three).
    let content = gazette_lang::words_of(s)
        .filter(|w| w.chars().count() >= 3 || w.chars().any(|c| c.is_ascii_digit()))
        .filter(|w| {
            let lower = w.to_lowercase();
            !Lang::Fr.is_stopword(&lower) && !Lang::En.is_stopword(&lower)
        })
        .take(MIN_CONTENT_WORDS)
        .count();
    if content < MIN_CONTENT_WORDS {
        return false;
    }
    // A sentence that ends on a colon-introduced quote without speaker, or
    // that is mostly capitals, is not prose.
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let caps = s.chars().filter(|c| c.is_uppercase()).count();
    letters > 0 && caps * 3 < letters
}

/// Whether a sentence opens on a pronoun that stands for someone or
/// something of the sentence before ("Ils racontent à franceinfo leurs
/// déboires.", "C'est ce que révèle Le Parisien.", "He yelped after his
/// second drive."): out of its article, a reader cannot tell whom it
/// means. French impersonal "il" ("Il y a un an", "Il faut", "Il s'avère
/// que") stands for no one; "Il s'agit de…" names what the sentence before
/// told ("Il s'agit d'une jeune femme chinoise et d'un homme français"),
/// and "Il s'est rendu…" is someone.
fn anaphoric(s: &str) -> bool {
    let mut words = s
        .split(|c: char| c.is_whitespace() || matches!(c, '\'' | '’' | ','))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    let second = words.next().unwrap_or_default();
    let third = words.next().unwrap_or_default();
    match first.as_str() {
        "il" if second == "s" => !matches!(third.as_str(), "avère" | "avérait" | "en"),
        "il" => !matches!(
            second.as_str(),
            "y" | "faut" | "reste" | "semble" | "existe"
        ),
        "elle" | "ils" | "elles" | "he" | "she" | "they" | "cela" | "ça" => true,
        "c" => matches!(second.as_str(), "est" | "était"),
        _ => false,
    }
}

/// Whether the writer speaks in the first person outside quotes ("I do
/// hope Palin's church was not torched because of her beliefs.", "Well,
/// here's something that we all knew would happen eventually.", "Notre
/// objectif est de créer un endroit sûr…"): a blogger's comment, a teaser or
/// a site's own notice, not a report. Quoted words are someone's speech and
/// do not count; nor does "I" after a capitalised word ("World War I").
pub fn writers_voice(s: &str) -> bool {
    let mut unquoted = String::with_capacity(s.len());
    let mut quoted = false;
    let mut before: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '«' | '“' => quoted = true,
            '»' | '”' => quoted = false,
            '"' => quoted = !closes(before, chars.peek().copied()),
            _ if !quoted => unquoted.push(c),
            _ => {}
        }
        before = Some(c);
    }
    // Hyphens stay in words: "Notre-Dame" is no "notre".
    let words: Vec<&str> = unquoted
        .split(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let bare = w.split(['\'', '’']).next().unwrap_or(w);
        let elided = bare.len() < w.len();
        // Lowercase, or capitalised as a sentence opens ("Nous", not "NOS"
        // nor the lawyer's title "Me").
        let mut rest = bare.chars().skip(1);
        let plain = rest.all(char::is_lowercase);
        match bare {
            "I" => i == 0 || !words[i - 1].starts_with(char::is_uppercase),
            "j" | "J" => elided,
            "us" | "me" | "mon" | "ma" | "mes" => true,
            _ => {
                plain
                    && matches!(
                        bare.to_lowercase().as_str(),
                        "my" | "we" | "our" | "je" | "moi" | "nous" | "notre" | "nos"
                    )
            }
        }
    })
}

/// Whether a sentence starts inside a quote that opened in the sentence
/// before: its first quotation mark closes ("Pénaliser ceux qui les
/// utilisent serait une catastrophe», a-t-il déploré."). Out of its
/// article it is a fragment of someone's words. A straight `"` closes when
/// it follows a word or a stop and precedes a space or a stop; wire copy
/// closes with `''`.
fn opens_inside_quote(s: &str) -> bool {
    let mut before: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '«' | '“' => return false,
            '»' | '”' => return true,
            '\'' if chars.peek() == Some(&'\'') => {
                chars.next();
                return closes(before, chars.peek().copied());
            }
            '"' => return closes(before, chars.peek().copied()),
            _ => before = Some(c),
        }
    }
    false
}

/// Whether a straight quotation mark between `before` and `after` closes
/// a quote: it follows a word or a stop and precedes a space or a stop.
fn closes(before: Option<char>, after: Option<char>) -> bool {
    before.is_some_and(|b| b.is_alphanumeric() || ".,!?…)".contains(b))
        && after.is_none_or(|a| a.is_whitespace() || ".,;:!?)".contains(a))
}

fn candidates<'a>(docs: &[Doc<'a>], analyzer: &mut Analyzer, df: &DocFreq) -> Vec<Candidate<'a>> {
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let mut taken = 0;
        for (position, range) in gazette_lang::sentences(doc.text).into_iter().enumerate() {
            if taken >= MAX_SENTENCES_PER_DOC {
                break;
            }
            let text = without_ticker_links(doc.sentence(range));
            // The writer's own voice is no report for a summary; a
            // timeline still counts the days it names (a blogger's "nous"
            // in ML-Crisis dates one of Egypt's reference days).
            if !is_summary_sentence(&text) || writers_voice(&text) {
                continue;
            }
            taken += 1;
            let terms = analyzer.terms(&text, doc.lang);
            let vector = tfidf(&terms, df, KindWeights::default());
            if vector.is_empty() {
                continue;
            }
            out.push(Candidate {
                doc: d,
                position,
                text,
                vector,
            });
        }
    }
    out
}

/// Picks up to `n` sentences that summarize `docs`, with their citations.
pub fn summarize(
    docs: &[Doc<'_>],
    n: usize,
    analyzer: &mut Analyzer,
    df: &DocFreq,
    opts: SummaryOptions,
) -> Vec<Cited> {
    let all = candidates(docs, analyzer, df);
    select(docs, all, n, opts, analyzer)
}

/// Picks up to `n` sentences that summarize `docs` under `title` (see
/// [`title`]), or headlines where sentences will not do: coverage that
/// carries headlines only (a feed's items), and coverage whose sentences are
/// all in another language than most of it reads in (a story of 139 French
/// headlines is not summarized by the two English briefs that joined it).
pub fn summarize_coverage(
    docs: &[Doc<'_>],
    n: usize,
    analyzer: &mut Analyzer,
    df: &DocFreq,
    opts: SummaryOptions,
    title: &str,
) -> Vec<Cited> {
    let all = candidates(docs, analyzer, df);
    let mut with_sentences: Vec<usize> = all.iter().map(|c| c.doc).collect();
    with_sentences.dedup();
    let sentences = select(docs, all, n, opts, analyzer);
    let reading = reading_language(docs, opts.prefer);
    let off_language = |c: &[Cited]| {
        reading.is_some_and(|l| {
            c.iter()
                .any(|x| x.sources.first().is_some_and(|&d| docs[d].lang != Some(l)))
        })
    };
    // Coverage that is mostly headlines (a feed's items, one full article
    // among them) is told by its headlines when they agree: the few
    // articles with sentences would make the whole summary ("Réforme des
    // retraites", 202 articles, five sentences of one), while headlines
    // that several articles carry say what the coverage says. Headlines
    // that each one article carries are no better than the sentences.
    let scarce = with_sentences.len() * SENTENCE_COVERAGE < docs.len();
    let corroborated = |c: &[Cited]| {
        !c.is_empty() && c.iter().filter(|x| x.sources.len() >= 2).count() * 2 >= c.len()
    };
    let sentences_fit = !sentences.is_empty() && !off_language(&sentences);
    if sentences_fit && !scarce {
        return sentences;
    }
    let headlines = summarize_headlines(docs, n, analyzer, df, opts, title);
    if sentences_fit {
        return if corroborated(&headlines) && !off_language(&headlines) {
            headlines
        } else {
            sentences
        };
    }
    if sentences.is_empty() || !(headlines.is_empty() || off_language(&headlines)) {
        headlines
    } else {
        sentences
    }
}

/// Picks up to `n` headlines that summarize `docs`, for coverage with no
/// sentence fit for a summary (a feed that carries headlines only): the
/// most central and least redundant, other than `title` and its near
/// copies, each citing the articles whose headlines say the same.
pub fn summarize_headlines(
    docs: &[Doc<'_>],
    n: usize,
    analyzer: &mut Analyzer,
    df: &DocFreq,
    opts: SummaryOptions,
    title: &str,
) -> Vec<Cited> {
    // The title is read in the language of the headline it was taken from,
    // so that its near copies are told with the same stems.
    let title_lang = docs
        .iter()
        .find(|d| d.title.map(clean_headline).as_deref() == Some(title))
        .map_or_else(
            || majority_language(docs).or_else(|| docs.iter().find_map(|d| d.lang)),
            |d| d.lang,
        );
    let shown = tfidf(
        &analyzer.terms(title, title_lang),
        df,
        KindWeights::default(),
    );
    let mut all = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let Some(clean) = doc.title.map(clean_headline).filter(|t| !t.is_empty()) else {
            continue;
        };
        if clean.split_whitespace().count() < 4 || clean.eq_ignore_ascii_case(title) {
            continue;
        }
        let terms = analyzer.terms(&clean, doc.lang);
        let vector = tfidf(&terms, df, KindWeights::default());
        if vector.is_empty() || vector.dot(&shown) > opts.redundancy {
            continue;
        }
        all.push(Candidate {
            doc: d,
            position: 0,
            text: clean.into(),
            vector,
        });
    }
    select(docs, all, n, opts, analyzer)
}

/// Picks up to `n` of the candidates `all` taken from `docs`: central
/// across sources, not redundant, in the order of the coverage.
fn select(
    docs: &[Doc<'_>],
    all: Vec<Candidate<'_>>,
    n: usize,
    opts: SummaryOptions,
    analyzer: &mut Analyzer,
) -> Vec<Cited> {
    if all.is_empty() || n == 0 {
        return Vec::new();
    }
    let centroid = {
        let mut c = SparseVec::sum(all.iter().map(|c| &c.vector));
        c.normalize();
        c
    };
    let ndocs = docs.len();
    let pool_docs = central_docs(&all, ndocs, &centroid);
    let cands: Vec<&Candidate<'_>> = all.iter().filter(|c| pool_docs[c.doc]).collect();
    // best[i][d]: the best cosine of candidate i with a sentence of doc d.
    let mut best = vec![vec![0f32; ndocs]; cands.len()];
    for i in 0..cands.len() {
        for j in (i + 1)..cands.len() {
            if cands[i].doc == cands[j].doc {
                continue;
            }
            let s = cands[i].vector.dot(&cands[j].vector);
            let (di, dj) = (cands[i].doc, cands[j].doc);
            best[i][dj] = best[i][dj].max(s);
            best[j][di] = best[j][di].max(s);
        }
    }
    let in_pool = pool_docs.iter().filter(|&&p| p).count();
    let others = (in_pool.saturating_sub(1)).max(1) as f32;
    let scores: Vec<f32> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let support: f32 = best[i].iter().sum::<f32>() / others;
            let topical = c.vector.dot(&centroid);
            let lead = 0.15 / (1.0 + c.position as f32);
            support + 0.5 * topical + lead
        })
        .collect();
    let prefer = opts.prefer.or_else(|| majority_language(docs));
    let preferred = |i: &usize| wanted(docs, prefer, cands[*i].doc);
    let any_preferred = (0..cands.len()).any(|i| preferred(&i));
    let mut order: Vec<usize> = (0..cands.len())
        .filter(|i| !any_preferred || preferred(i))
        .collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut groups_seen: Vec<usize> = Vec::new();
    let mut covered: Vec<TermId> = Vec::new();
    // Two rounds: first one sentence per group (event) at most, then fill.
    for round in 0..2 {
        while chosen.len() < n {
            let mut best: Option<(f32, usize)> = None;
            for &i in &order {
                if chosen.contains(&i) {
                    continue;
                }
                let group = docs[cands[i].doc].group;
                if round == 0 && groups_seen.contains(&group) {
                    continue;
                }
                let redundant = chosen.iter().any(|&j| {
                    let threshold = if across(docs, cands[i].doc, cands[j].doc) {
                        opts.redundancy_across
                    } else {
                        opts.redundancy
                    };
                    redundant(&cands[i].vector, &cands[j].vector, threshold)
                });
                if redundant {
                    continue;
                }
                let gain = scores[i] * novelty(&cands[i].vector, &covered);
                if best.is_none_or(|(b, _)| gain > b) {
                    best = Some((gain, i));
                }
            }
            let Some((_, i)) = best else { break };
            chosen.push(i);
            groups_seen.push(docs[cands[i].doc].group);
            covered.extend(cands[i].vector.entries().iter().map(|e| e.0));
            covered.sort_unstable();
            covered.dedup();
        }
    }
    chosen.sort_by_key(|&i| (cands[i].doc, cands[i].position));
    // Names are read only for sentences near enough to cite, once each.
    let near = opts.same_information.min(opts.same_information_across);
    let mut names: Vec<Option<Vec<TermId>>> = vec![None; all.len()];
    chosen
        .into_iter()
        .map(|i| {
            let c = cands[i];
            // Cite every article that carries it, in or out of the pool.
            let mut support = vec![0f32; ndocs];
            let mut own: Option<Vec<TermId>> = None;
            for (o, other) in all.iter().enumerate().filter(|(_, o)| o.doc != c.doc) {
                let similarity = c.vector.dot(&other.vector);
                if similarity <= support[other.doc] {
                    continue;
                }
                if similarity >= near {
                    let theirs = names[o].get_or_insert_with(|| {
                        name_terms(&other.text, docs[other.doc].lang, analyzer)
                    });
                    let own =
                        own.get_or_insert_with(|| name_terms(&c.text, docs[c.doc].lang, analyzer));
                    if substituted(c, own, other, theirs) {
                        continue;
                    }
                }
                support[other.doc] = similarity;
            }
            let mut sources = vec![c.doc];
            sources.extend((0..ndocs).filter(|&d| {
                let t = if across(docs, d, c.doc) {
                    opts.same_information_across
                } else {
                    opts.same_information
                };
                d != c.doc && support[d] >= t
            }));
            Cited {
                text: c.text.to_string(),
                sources,
            }
        })
        .collect()
}

/// Whether docs `a` and `b` are known to be in two languages.
fn across(docs: &[Doc<'_>], a: usize, b: usize) -> bool {
    matches!((docs[a].lang, docs[b].lang), (Some(x), Some(y)) if x != y)
}

/// The language most of a coverage in several languages is written in
/// (the first doc's on a tie): without a preference, a summary and its
/// title read in one language instead of telling the same fact twice in
/// two, and still cite the articles of every language.
fn majority_language(docs: &[Doc<'_>]) -> Option<Lang> {
    let mut counts: Vec<(Lang, usize)> = Vec::new();
    for l in docs.iter().filter_map(|d| d.lang) {
        match counts.iter_mut().find(|(x, _)| *x == l) {
            Some((_, n)) => *n += 1,
            None => counts.push((l, 1)),
        }
    }
    if counts.len() < 2 {
        return None;
    }
    // Ties go to the language seen first: max_by_key keeps the last max.
    counts.reverse();
    counts.into_iter().max_by_key(|&(_, n)| n).map(|(l, _)| l)
}

/// The language a summary of `docs` should read in: `prefer` when some of
/// them are in it, else the language most of them are in; `None` when they
/// are all in one language and any sentence will do.
fn reading_language(docs: &[Doc<'_>], prefer: Option<Lang>) -> Option<Lang> {
    match prefer {
        Some(l) if docs.iter().any(|d| d.lang == Some(l)) => Some(l),
        _ => majority_language(docs),
    }
}

/// Whether doc `d` is in the language the reader prefers (any doc is when
/// there is no preference).
fn wanted(docs: &[Doc<'_>], prefer: Option<Lang>, d: usize) -> bool {
    prefer.is_none_or(|l| docs[d].lang == Some(l))
}

/// Which docs take part in the competition: all of a small coverage, the
/// [`MAX_POOL_DOCS`] closest to the centroid of a large one.
fn central_docs(cands: &[Candidate<'_>], ndocs: usize, centroid: &SparseVec) -> Vec<bool> {
    if ndocs <= MAX_POOL_DOCS {
        return vec![true; ndocs];
    }
    let mut per_doc: Vec<Vec<&SparseVec>> = vec![Vec::new(); ndocs];
    for c in cands {
        per_doc[c.doc].push(&c.vector);
    }
    let mut closeness: Vec<(f32, usize)> = per_doc
        .into_iter()
        .enumerate()
        .map(|(d, vs)| {
            let mut v = SparseVec::sum(vs);
            v.normalize();
            (v.dot(centroid), d)
        })
        .collect();
    closeness.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut pool = vec![false; ndocs];
    for &(_, d) in closeness.iter().take(MAX_POOL_DOCS) {
        pool[d] = true;
    }
    pool
}

/// Share of a sentence's weight (its vector is L2-normalised) in terms
/// that no chosen sentence has: what it would add to the summary.
fn novelty(v: &SparseVec, covered: &[TermId]) -> f32 {
    let told: f32 = v
        .entries()
        .iter()
        .filter(|e| covered.binary_search(&e.0).is_ok())
        .map(|e| e.1 * e.1)
        .sum();
    (1.0 - told).max(0.0)
}

/// Whether two sentences say the same: similar as wholes, or most of the
/// shorter one's terms are in the longer one (a lead sentence repeated,
/// with more detail, further down).
fn redundant(a: &SparseVec, b: &SparseVec, threshold: f32) -> bool {
    if a.dot(b) > threshold {
        return true;
    }
    let (short, long) = if a.entries().len() <= b.entries().len() {
        (a, b)
    } else {
        (b, a)
    };
    let shared = short
        .entries()
        .iter()
        .filter(|e| long.get(e.0) > 0.0)
        .count();
    !short.is_empty() && shared as f32 >= 0.6 * short.entries().len() as f32
}

/// Words from which a headline is long enough to tell what happened (see
/// [`title`]).
const TITLE_WORDS: usize = 6;

/// What a headline made mostly of a quotation counts for as a title.
const QUOTED_TITLE_WEIGHT: f32 = 0.5;

/// The share of a headline's words inside quotation marks (« », “ ”,
/// straight double quotes, or a double quote closed by two apostrophes).
fn quoted_share(headline: &str) -> f32 {
    let (mut inside, mut quoted, mut total) = (false, 0usize, 0usize);
    for word in headline.split_whitespace() {
        let mut counted = false;
        let mut chars = word.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '«' | '“' => inside = true,
                '»' | '”' => inside = false,
                '"' => inside = !inside,
                // Two apostrophes close a quotation in some wires' text
                // ("American Pie'').
                '\'' if chars.peek() == Some(&'\'') => {
                    chars.next();
                    inside = false;
                }
                c if c.is_alphanumeric() && !counted => {
                    counted = true;
                    total += 1;
                    quoted += usize::from(inside);
                }
                _ => {}
            }
        }
    }
    if total == 0 {
        0.0
    } else {
        quoted as f32 / total as f32
    }
}

/// The headline that best represents the coverage: the one closest to all
/// the others (and to the texts), the earliest on a tie; without headlines,
/// the lead sentence of the first article, shortened. With `prefer`, only
/// headlines (or leads) of articles in that language compete when there
/// are some.
pub fn title(
    docs: &[Doc<'_>],
    analyzer: &mut Analyzer,
    df: &DocFreq,
    prefer: Option<Lang>,
) -> Option<String> {
    let prefer = prefer.or_else(|| majority_language(docs));
    let mut candidates: Vec<(usize, &str)> = docs
        .iter()
        .enumerate()
        .filter_map(|(d, doc)| Some((d, doc.title.map(str::trim).filter(|t| !t.is_empty())?)))
        .collect();
    if candidates.iter().any(|&(d, _)| wanted(docs, prefer, d)) {
        candidates.retain(|&(d, _)| wanted(docs, prefer, d));
    }
    // One headline has nothing to be compared with (most events of a big
    // pile have a single article): no vectors needed.
    if let [(_, t)] = candidates[..] {
        return Some(clean_headline(t));
    }
    let titles: Vec<(usize, &str, SparseVec)> = candidates
        .into_iter()
        .map(|(d, t)| {
            let terms = analyzer.terms(t, docs[d].lang);
            (d, t, tfidf(&terms, df, KindWeights::default()))
        })
        .collect();
    let vectors: Vec<SparseVec> = docs
        .iter()
        .map(|doc| {
            tfidf(
                &analyzer.terms(doc.text, doc.lang),
                df,
                KindWeights::default(),
            )
        })
        .collect();
    let centroid = {
        let mut c = SparseVec::sum(&vectors);
        c.normalize();
        c
    };
    let best = titles
        .iter()
        .map(|(d, t, v)| {
            let peers: f32 = titles
                .iter()
                .filter(|(e, _, _)| e != d)
                .map(|(_, _, w)| v.dot(w))
                .sum();
            // A headline of a word or two ("Oil prices", "Meilleurs vœux")
            // shares its few words with every peer but tells nothing.
            let words = t.split_whitespace().count().min(TITLE_WORDS) as f32;
            let mut informative = (words / TITLE_WORDS as f32).sqrt();
            // A headline that is mostly someone's words ("Tewfik
            // Aclimandos : « Renverser Mohamed Morsi, oui c'est possible
            // »") is a view on what happened, not what happened.
            if quoted_share(t) >= 0.5 {
                informative *= QUOTED_TITLE_WEIGHT;
            }
            ((peers + v.dot(&centroid)) * informative, *d, *t)
        })
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    if let Some((_, _, t)) = best {
        return Some(clean_headline(t));
    }
    // Coverage without headlines (a pile of bare texts) is titled by its
    // first article's lead, unless that lead names no one and nothing: a
    // teaser ("Well, here's something that we all knew would happen
    // eventually.") or a crawler's address line; then by the most central
    // lead of an article that names someone or something. A column that
    // opens in its writer's voice ("I confirmed yesterday that…") has no
    // lead: what follows is the writer's aside ("Got it up on the Web site
    // at 2:36 p.m."), no account of the news.
    let wanted_docs: Vec<usize> = (0..docs.len())
        .filter(|&d| wanted(docs, prefer, d))
        .collect();
    let first = *wanted_docs.first().unwrap_or(&0);
    let read: Vec<&str> = docs.get(first).map_or_else(Vec::new, |doc| {
        gazette_lang::sentences(doc.text)
            .into_iter()
            .map(|r| doc.sentence(r))
            .filter(|s| !is_address(s))
            .collect()
    });
    let opening = read.iter().copied().find(|s| !writers_voice(s));
    let voiced = read.first().is_some_and(|s| writers_voice(s));
    // It stands when it names someone or something, or tells much of
    // what the rest of the coverage tells ("A bomb explosion at a bank
    // killed a police officer and a state bomb disposal technician").
    if let Some((o, doc)) = opening.zip(docs.get(first)).filter(|_| !voiced) {
        let terms = analyzer.terms(o, doc.lang);
        let named = terms.iter().any(|t| t.kind == TermKind::Name);
        let others = {
            let mut c = SparseVec::sum(
                vectors
                    .iter()
                    .enumerate()
                    .filter(|&(d, _)| d != first)
                    .map(|(_, v)| v),
            );
            c.normalize();
            c
        };
        let v = tfidf(&terms, df, KindWeights::default());
        if named || v.dot(&others) >= TITLE_LEAD_SIMILARITY {
            return Some(lead_title(o));
        }
    }
    let mut named_lead = |d: usize| -> Option<(f32, usize, &str)> {
        let doc = docs.get(d)?;
        gazette_lang::sentences(doc.text)
            .into_iter()
            .map(|r| doc.sentence(r))
            .filter(|s| !is_address(s) && !writers_voice(s))
            .take(TITLE_LEAD_SENTENCES)
            .find_map(|sentence| {
                let terms = analyzer.terms(sentence, doc.lang);
                terms.iter().any(|t| t.kind == TermKind::Name).then(|| {
                    let v = tfidf(&terms, df, KindWeights::default());
                    (v.dot(&centroid), d, sentence)
                })
            })
    };
    let best = wanted_docs
        .iter()
        .filter_map(|&d| named_lead(d))
        .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
    if let Some((_, _, lead)) = best {
        return Some(lead_title(lead));
    }
    opening.map(lead_title)
}

/// A crawler's line with the page's address ("http: / / www. colts. com /
/// …"), which some flattened texts open on.
pub fn is_address(s: &str) -> bool {
    let s = s.trim_start().to_ascii_lowercase();
    s.starts_with("http") || s.starts_with("www")
}

/// Opening sentences of an article read for a title when the coverage
/// has no headline.
const TITLE_LEAD_SENTENCES: usize = 3;

/// Cosine with the coverage from which the first article's opening titles
/// it even when it names no one.
const TITLE_LEAD_SIMILARITY: f32 = 0.3;

/// `s` without the links a financial wire puts after a company's stock
/// ticker ("Coca-Cola Co. (KO.N: Quote, Profile, Research) said…"): a
/// bracket that holds a ticker (capitals and digits, an exchange's suffix),
/// a colon, and capitalised words only, separated by commas. A ticker
/// alone ("(NYSE: KO)") is kept: it says something.
pub fn without_ticker_links(s: &str) -> std::borrow::Cow<'_, str> {
    let links = |inner: &str| -> bool {
        let Some((ticker, words)) = inner.split_once(':') else {
            return false;
        };
        let (symbol, exchange) = ticker.trim().split_once('.').unwrap_or((ticker.trim(), ""));
        // "KO", "EMBR4", "RCIb" (a class of shares).
        let symbol_ok = (1..=8).contains(&symbol.len())
            && symbol.starts_with(|c: char| c.is_ascii_uppercase())
            && symbol.chars().all(|c| c.is_ascii_alphanumeric());
        let exchange_ok = exchange.len() <= 3 && exchange.chars().all(|c| c.is_ascii_alphabetic());
        let words: Vec<&str> = words.split(',').map(str::trim).collect();
        symbol_ok
            && exchange_ok
            && words.len() >= 2
            && words.iter().all(|w| {
                let mut cs = w.chars();
                cs.next().is_some_and(|c| c.is_ascii_uppercase())
                    && cs.clone().count() >= 2
                    && cs.all(|c| c.is_ascii_lowercase())
            })
    };
    let mut out = String::new();
    let mut rest = s;
    let mut changed = false;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else {
            break;
        };
        if links(&rest[open + 1..close]) {
            out.push_str(rest[..open].trim_end());
            rest = &rest[close + 1..];
            // "Co. (KO.N: …) , which": no space before the comma.
            if rest.starts_with(" ,") || rest.starts_with(" .") {
                rest = &rest[1..];
            }
            changed = true;
        } else {
            out.push_str(&rest[..=close]);
            rest = &rest[close + 1..];
        }
    }
    if !changed {
        return std::borrow::Cow::Borrowed(s);
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// A title made from a lead sentence, for an article without a headline:
/// the dateline goes, and a long sentence stops at the end of its main
/// clause ("Les deux chefs d'État se rencontrent à Moscou ce jeudi, alors
/// que des dizaines de soldats…" → "… à Moscou ce jeudi") or else is
/// shortened at a word.
pub fn lead_title(sentence: &str) -> String {
    const MAX: usize = 110;
    let s = tidy_end(strip_dateline(sentence).trim());
    if s.chars().count() <= MAX {
        return without_final_period(s).to_string();
    }
    // A sentence that opens on a subordinate clause or an adverbial
    // ("After skipping rehab, Lohan…", "Selon le Kremlin, …") has its main
    // clause after the comma: shortened, not cut.
    let first = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(',')
        .to_lowercase();
    const OPENERS: &[&str] = &[
        "after",
        "before",
        "while",
        "when",
        "as",
        "although",
        "though",
        "since",
        "following",
        "despite",
        "according",
        "in",
        "on",
        "at",
        "with",
        "without",
        "for",
        "if",
        "once",
        "amid",
        "during",
        "unlike",
        "like",
        "because",
        "selon",
        "alors",
        "après",
        "avant",
        "lors",
        "pendant",
        "malgré",
        "face",
        "depuis",
        "dans",
        "pour",
        "si",
        "quand",
        "comme",
        "bien",
        "tandis",
        "avec",
        "sans",
        "en",
        "au",
        "à",
        "sur",
        "sous",
        "dès",
        "faute",
        "outre",
        "parce",
        "puisque",
        "afin",
    ];
    if OPENERS.contains(&first.as_str()) {
        return without_final_period(&shorten(s, MAX)).to_string();
    }
    // An apposition after the subject goes before the main clause is cut
    // at a comma: "Dr. Sanjay Gupta, a neurosurgeon and chief medical
    // correspondent for CNN, has been offered the post…" would stop at its
    // subject.
    let unapposed = without_apposition(s);
    let s = unapposed.as_deref().unwrap_or(s);
    // The first comma, semicolon or dash after five words, within bounds.
    let cut = s.char_indices().find(|&(i, c)| {
        matches!(c, ',' | ';' | '—' | '–')
            && i <= MAX * 4
            && s[..i].chars().count() <= MAX
            && s[..i].split_whitespace().count() >= 5
    });
    match cut {
        Some((i, _)) => s[..i].trim_end().to_string(),
        None => without_final_period(&shorten(s, MAX)).to_string(),
    }
}

/// `s` without the apposition between its subject and its verb ("Dr.
/// Sanjay Gupta, a neurosurgeon…, has been offered…", "Vladimir Poutine,
/// le président russe, a déclaré…", "Gupta, 39, has accepted…"): a short
/// subject that opens on a capital, then an apposition opening on an
/// article, a relative pronoun or an age, then the lowercase rest. `None`
/// when there is none.
fn without_apposition(s: &str) -> Option<String> {
    const APPOSITION_OPENERS: &[&str] = &[
        "a", "an", "the", "who", "whose", "un", "une", "le", "la", "les", "l'", "l’", "qui", "dont",
    ];
    const NOT_A_VERB: &[&str] = &["and", "or", "but", "et", "ou", "mais", "ni"];
    let (subject, rest) = s.split_once(", ")?;
    let (apposition, rest) = rest.split_once(", ")?;
    // A name: capitalised words (particles aside), two at least unless an
    // age follows ("Gupta, 39,"), since one capitalised word may be any
    // word that opens a sentence ("Hier, un mois jour pour jour après…").
    const PARTICLES: &[&str] = &[
        "de", "du", "des", "van", "von", "der", "al", "el", "bin", "ben",
    ];
    let words: Vec<&str> = subject.split_whitespace().collect();
    let named = (1..=6).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || PARTICLES.contains(w));
    if !named {
        return None;
    }
    let opener = apposition.split_whitespace().next()?.to_lowercase();
    let elided = ["l'", "l’"]
        .iter()
        .any(|e| apposition.to_lowercase().starts_with(e));
    let age = apposition.chars().all(|c| c.is_ascii_digit()) && !apposition.is_empty();
    if !(age || words.len() >= 2 && (APPOSITION_OPENERS.contains(&opener.as_str()) || elided)) {
        return None;
    }
    let next = rest.split_whitespace().next()?;
    if !next.starts_with(char::is_lowercase) || NOT_A_VERB.contains(&next) {
        return None;
    }
    Some(format!("{subject} {rest}"))
}

/// A headline as a title for a reader: without the wire's bookkeeping
/// ("UPDATE 1-", "Update 8:", a trailing "(AP)", "(Reuters)", "(Update2)",
/// "(SPACE.com)") or a desk's label in capitals ("VIDÉO.", "EN DIRECT -",
/// "CARTE."), which say how the item was filed, not what happened.
pub fn clean_headline(t: &str) -> String {
    let mut t = t.trim();
    // Leading "UPDATE 2-", "Update 8:", "UPDATE:".
    if let Some(rest) = t
        .get(..6)
        .filter(|p| p.eq_ignore_ascii_case("update"))
        .map(|_| t[6..].trim_start_matches(|c: char| c.is_ascii_digit() || c == ' '))
    {
        if let Some(r) = rest.strip_prefix(['-', ':']) {
            t = r.trim_start();
        }
    }
    const LABELS: &[&str] = &[
        "VIDÉO",
        "VIDEO",
        "VIDÉOS",
        "PHOTOS",
        "PHOTO",
        "CARTE",
        "INFOGRAPHIE",
        "EN DIRECT",
        "DIRECT",
        "LIVE",
        "TÉMOIGNAGE",
        "TEMOIGNAGE",
        "EXCLUSIF",
        "EXCLUSIVE",
        "BREAKING",
        "REPLAY",
        "PODCAST",
        "ENTRETIEN",
        "INTERVIEW",
        "TRIBUNE",
        "ÉDITO",
        "ANALYSE",
        "DÉCRYPTAGE",
        "REPORTAGE",
        "INFO",
    ];
    for label in LABELS {
        if let Some(rest) = t.strip_prefix(label) {
            let rest = rest.trim_start();
            if let Some(r) = rest.strip_prefix(['.', ':', '-', '–', '—']) {
                if r.split_whitespace().count() >= 3 {
                    t = r.trim_start();
                    break;
                }
            }
        }
    }
    // Trailing "(AP)", "(Reuters)", "(Update1)", "(SPACE.com)".
    if let Some(open) = t.strip_suffix(')').and_then(|x| x.rfind('(')) {
        let inner = &t[open + 1..t.len() - 1];
        let lower = inner.to_lowercase();
        let wire = gazette_lang::wire::agency(inner).is_some()
            || lower
                .strip_prefix("update")
                .is_some_and(|d| d.trim().chars().all(|c| c.is_ascii_digit()))
            || (lower.contains('.') && !lower.contains(' ') && lower.len() > 4);
        if wire && t[..open].split_whitespace().count() >= 2 {
            t = t[..open].trim_end();
        }
    }
    without_final_period(tidy_end(t)).to_string()
}

/// A title without the period that ends its sentence: headlines have none
/// ("Tara Reid has checked into Promises Treatment Center."). An
/// abbreviation's period stays ("… to Apple Inc.", "… in the U.S.").
fn without_final_period(t: &str) -> &str {
    let Some(rest) = t.strip_suffix('.') else {
        return t;
    };
    let last = rest.rsplit(char::is_whitespace).next().unwrap_or("");
    // Headlines abbreviate states and days: "… Strikes Central Calif.",
    // "… Verdict Expected Mon.".
    let abbreviated = gazette_lang::wire::is_state_abbreviation(last)
        || matches!(
            last,
            "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat" | "Sun"
        );
    if rest.ends_with('.') || abbreviated || gazette_lang::is_abbreviation(rest) {
        t
    } else {
        rest.trim_end()
    }
}

/// `s` without what dangles at its end once a line was cut or wrapped:
/// separators ("… déchu - -", "… |"), a comma, an opening quote or bracket
/// ("… en arabe «"). A closing bracket, a question mark or an ellipsis
/// stays.
fn tidy_end(s: &str) -> &str {
    let t = s.trim_end_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';' | ':' | '-' | '–' | '—' | '|' | '·' | '/' | '«' | '“' | '(' | '['
            )
    });
    if t.chars().count() < 2 {
        s.trim()
    } else {
        t
    }
}

/// A sentence without the dateline that opens a dispatch ("BRUSSELS
/// (Reuters) - ", "WASHINGTON, Oct 17 (AP) — ", "BEYROUTH — ", "Paris
/// (AFP) - ", "(CNN) — "): it says where and by whom the copy was filed,
/// which the sources list already tells, and reads as noise in a summary.
/// What a dateline is, [`gazette_lang::wire::dateline`] says; the rest must
/// hold four words at least; otherwise `s` is returned whole.
/// A filing line may come before the place ("OCTOBER 14, 2004 (REUTERS) -
/// SAN FRANCISCO -- Sun Microsystems…"): both go.
pub fn strip_dateline(s: &str) -> &str {
    strip_dateline_of(s, None)
}

/// [`strip_dateline`] for a sentence of an article from `outlet`, whose
/// name alone makes a dateline ("NewsFactor - Microsoft has…").
pub fn strip_dateline_of<'s>(s: &'s str, outlet: Option<&str>) -> &'s str {
    let once = strip_one_dateline(s, outlet);
    if once.len() < s.len() {
        strip_one_dateline(once, outlet)
    } else {
        s
    }
}

fn strip_one_dateline<'s>(s: &'s str, outlet: Option<&str>) -> &'s str {
    // A place the gazetteer knows makes a dateline of "LONDON:" and of a
    // bare "AMSTERDAM" before the sentence.
    let known =
        |name: &str| gazette_terms::places::lookup(&gazette_terms::names::fold(name)).is_some();
    // What follows must read as a sentence of its own, not a fragment.
    match gazette_lang::wire::dateline_with_places(s, outlet, known) {
        Some(d) if d.rest.split_whitespace().count() >= 4 => d.rest,
        _ => s,
    }
}

/// Cuts `s` at a word boundary to at most `max` characters, with an ellipsis.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", tidy_end(cut))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc<'_> {
        Doc {
            title: None,
            text,
            lang: Some(Lang::En),
            group: 0,
            outlet: None,
        }
    }

    /// Document frequencies over `docs` and some `others` in English: they
    /// come from the whole collection, not only from the coverage being
    /// summarized.
    /// One article per headline, with `text` (or the headline) as its text.
    fn titled<'a>(heads: &[&'a str], text: Option<&'a str>) -> Vec<Doc<'a>> {
        heads
            .iter()
            .map(|&h| Doc {
                title: Some(h),
                ..doc(text.unwrap_or(h))
            })
            .collect()
    }

    fn frequencies(a: &mut Analyzer, docs: &[Doc<'_>], others: &[&str]) -> DocFreq {
        let mut df = DocFreq::default();
        for d in docs {
            df.add(&a.terms(d.text, d.lang));
        }
        for other in others {
            df.add(&a.terms(other, Some(Lang::En)));
        }
        df
    }

    #[test]
    fn the_shared_fact_leads_and_cites_every_source() {
        let docs = [
            doc("A strong earthquake struck northern Chile on Tuesday, killing six people. The mayor said schools would stay closed. Residents slept outdoors."),
            doc("Six people died when a strong earthquake hit northern Chile on Tuesday. Tsunami warnings were lifted hours later across the Pacific coast."),
            doc("The earthquake in northern Chile on Tuesday killed six people, officials said. Copper mines in the region reported no damage to their operations."),
        ];
        let mut a = Analyzer::new();
        let df = frequencies(
            &mut a,
            &docs,
            &[
                "Stocks fell on Tuesday.",
                "The mayor opened a school.",
                "Officials said the vote would be held.",
                "A new coach for the team.",
                "Rain in the north.",
                "Prices rose again.",
            ],
        );
        let s = summarize(&docs, 2, &mut a, &df, SummaryOptions::default());
        assert_eq!(s.len(), 2);
        let quake = s
            .iter()
            .find(|c| c.text.contains("earthquake"))
            .expect("the shared fact is chosen");
        assert_eq!(quake.sources.len(), 3, "{s:?}");
        // Not two sentences saying the same thing.
        assert!(
            s.iter()
                .filter(|c| c.text.contains("six") || c.text.contains("Six"))
                .count()
                <= 1,
            "{s:?}"
        );
    }

    #[test]
    fn headlines_summarize_a_feed_of_headlines() {
        let heads = [
            "Strong earthquake kills six in northern Chile",
            "Chile earthquake: six dead, schools closed",
            "Six killed as strong earthquake hits northern Chile",
            "Copper mines report no damage after Chile quake",
            "Tsunami warnings lifted across the Pacific coast (AP)",
        ];
        let docs = titled(&heads, None);
        let mut a = Analyzer::new();
        let df = frequencies(
            &mut a,
            &docs,
            &["Stocks fell on Tuesday.", "Rain in the north."],
        );
        // Headlines are no summary sentences: no final full stop.
        assert!(summarize(&docs, 3, &mut a, &df, SummaryOptions::default()).is_empty());
        let shown = title(&docs, &mut a, &df, None).expect("a title");
        let s = summarize_headlines(&docs, 3, &mut a, &df, SummaryOptions::default(), &shown);
        assert!(!s.is_empty(), "{s:?}");
        assert!(s.iter().all(|c| c.text != shown), "{shown}: {s:?}");
        assert!(
            s.iter()
                .any(|c| c.text == "Tsunami warnings lifted across the Pacific coast"),
            "cleaned of the wire's tag: {s:?}"
        );
        // One article, one headline: the title says it all.
        let one = &docs[..1];
        let only = title(one, &mut a, &df, None).expect("a title");
        assert!(
            summarize_headlines(one, 3, &mut a, &df, SummaryOptions::default(), &only).is_empty()
        );
    }

    #[test]
    fn coverage_in_headlines_is_not_summarized_by_another_languages_sentences() {
        let heads = [
            "Séisme au Chili : six morts dans le nord du pays",
            "Chili : un fort séisme fait six morts, les écoles fermées",
            "Les mines de cuivre du Chili épargnées par le séisme",
        ];
        let mut docs: Vec<Doc<'_>> = heads
            .iter()
            .map(|&h| Doc {
                title: Some(h),
                text: h,
                lang: Some(Lang::Fr),
                group: 0,
                outlet: None,
            })
            .collect();
        let brief = "A strong earthquake struck northern Chile on Tuesday, killing six people. \
                     Copper mines in the region reported no damage.";
        docs.push(Doc {
            title: Some("Chile quake kills six"),
            ..doc(brief)
        });
        let mut a = Analyzer::new();
        let df = frequencies(&mut a, &docs, &["Stocks fell on Tuesday."]);
        let opts = SummaryOptions::default();
        let shown = title(&docs, &mut a, &df, None).expect("a title");
        assert!(
            shown.starts_with("Séisme") || shown.starts_with("Chili"),
            "{shown}"
        );
        // Sentences exist, in English only.
        assert!(!summarize(&docs, 3, &mut a, &df, opts).is_empty());
        let s = summarize_coverage(&docs, 3, &mut a, &df, opts, &shown);
        assert!(!s.is_empty());
        assert!(
            s.iter().all(|c| docs[c.sources[0]].lang == Some(Lang::Fr)),
            "{s:?}"
        );
        // Asked for English, the reader gets the English sentences.
        let en = SummaryOptions {
            prefer: Some(Lang::En),
            ..opts
        };
        let s = summarize_coverage(&docs, 3, &mut a, &df, en, &shown);
        assert!(s.iter().all(|c| c.sources[0] == 3), "{s:?}");
        // Coverage in one language keeps its sentences.
        let english = [
            doc(brief),
            doc("Six people died in the Chile earthquake on Tuesday, officials said."),
        ];
        let s = summarize_coverage(&english, 3, &mut a, &df, opts, "Chile quake");
        assert!(
            !s.is_empty() && s.iter().all(|c| c.text.ends_with('.')),
            "{s:?}"
        );
    }

    #[test]
    fn untitled_coverage_is_not_titled_by_a_teaser_or_an_address() {
        let docs = [
            doc("Well, here's something that we all knew would happen eventually. Tara Reid has checked into Promises Treatment Center, a rehab clinic in Malibu."),
            doc("Actress Tara Reid has checked herself into the Promises rehab center in Malibu, her publicist said on Friday."),
        ];
        let mut a = Analyzer::new();
        let df = frequencies(
            &mut a,
            &docs,
            &["Stocks fell on Tuesday.", "Rain in the north."],
        );
        let t = title(&docs, &mut a, &df, None).expect("a title");
        assert!(t.contains("Tara Reid"), "{t}");
        let docs = [doc("http: / / www. example. com / news / 2012 / story. html\n\nIndianapolis beat Kansas City on Sunday to reach the playoffs.")];
        let t = title(&docs, &mut a, &df, None).expect("a title");
        assert!(t.starts_with("Indianapolis"), "{t}");
        // An opening that tells what the coverage tells stands without a name.
        let docs = [
            doc("A bomb explosion at a bank killed a police officer and a bomb disposal technician. Senior Trooper William Hakim was among the dead."),
            doc("A bomb that exploded at a bank killed a police officer and a bomb technician on Friday."),
        ];
        let t = title(&docs, &mut a, &df, None).expect("a title");
        assert!(t.starts_with("A bomb explosion"), "{t}");
        // A column in its writer's voice has no lead to give.
        let docs = [
            doc("I confirmed yesterday that Obama has offered the job to Gupta. Got it up on the Web site at 2:36 p.m., moments after filing the story."),
            doc("President-elect Barack Obama has asked Sanjay Gupta to be surgeon general, officials said on Tuesday."),
            doc("Barack Obama has asked Sanjay Gupta to be the next surgeon general."),
        ];
        let t = title(&docs, &mut a, &df, None).expect("a title");
        assert!(t.contains("Sanjay Gupta"), "{t}");
    }

    #[test]
    fn one_template_about_two_towns_is_two_facts() {
        let heads = [
            "Météo Toulouse: Prévisions du vendredi 10 janvier 2020",
            "Météo Nancy: Prévisions du vendredi 10 janvier 2020",
            "Météo Lyon: Prévisions du vendredi 10 janvier 2020",
            "Météo Toulouse: Prévisions du vendredi 10 janvier 2020",
        ];
        let docs = titled(&heads, None);
        let mut a = Analyzer::new();
        let df = frequencies(
            &mut a,
            &docs,
            &["Stocks fell on Tuesday.", "Rain in the north."],
        );
        let opts = SummaryOptions::default();
        let s = summarize_coverage(&docs, 3, &mut a, &df, opts, "Météo");
        let toulouse = s
            .iter()
            .find(|c| c.text.contains("Toulouse"))
            .expect("Toulouse");
        assert_eq!(toulouse.sources, [0, 3], "{s:?}");
    }

    #[test]
    fn coverage_mostly_of_headlines_is_told_by_those_several_carry() {
        let heads = [
            "Pension reform: unions call a new strike on Thursday",
            "Pension reform: unions call a new strike on Thursday",
            "Unions call new pension strike for Thursday",
            "Pension reform: the government offers talks to the unions",
            "Pension reform: the government offers talks to unions",
            "Teachers join the strike against the pension reform",
            "Teachers to join pension reform strike",
            "Rail traffic disrupted again by the pension strike",
        ];
        let mut docs = titled(&heads, None);
        let article =
            "The rail union kept its strike call on Monday, its leader said in a long interview. \
                       He said the union would meet the minister next week to discuss the reform.";
        docs.push(Doc {
            title: Some("Rail union keeps its strike call"),
            ..doc(article)
        });
        let mut a = Analyzer::new();
        let df = frequencies(
            &mut a,
            &docs,
            &["Stocks fell on Tuesday.", "Rain in the north."],
        );
        let opts = SummaryOptions::default();
        let shown = title(&docs, &mut a, &df, None).expect("a title");
        // One article of nine has sentences: the summary is not all its own.
        let s = summarize_coverage(&docs, 3, &mut a, &df, opts, &shown);
        assert!(!s.is_empty());
        assert!(s.iter().any(|c| c.sources.len() >= 2), "{s:?}");
        assert!(s.iter().all(|c| c.sources != [8]), "{s:?}");
        // Headlines that one article each carries are no better.
        let others = [
            "Teachers join the strike against the pension reform",
            "Rail traffic disrupted again on Thursday",
            "Lawyers march in Rennes",
            "Dockers block the port of Marseille",
        ];
        let mut lone = titled(&others, None);
        lone.push(Doc {
            title: Some("Rail union keeps its strike call"),
            ..doc(article)
        });
        let shown = title(&lone, &mut a, &df, None).expect("a title");
        let s = summarize_coverage(&lone, 3, &mut a, &df, opts, &shown);
        assert!(s.iter().all(|c| c.text.ends_with('.')), "{s:?}");
    }

    #[test]
    fn a_statement_cites_its_sources_in_both_languages_and_prefer_picks_one() {
        let docs = [
            Doc {
                lang: Some(Lang::Fr),
                ..doc("Un séisme de magnitude 6,1 a tué six personnes mardi dans le nord du Chili, selon les secours. Les écoles de la région resteront fermées jusqu'à vendredi prochain.")
            },
            doc("A magnitude 6.1 earthquake killed six people in northern Chile on Tuesday, rescuers said. Copper mines in the region reported no damage to their operations."),
            doc("Six people were killed by a strong earthquake in northern Chile, officials said on Tuesday. Tsunami warnings were lifted."),
        ];
        let mut a = Analyzer::new();
        let df = frequencies(
            &mut a,
            &docs,
            &[
                "Stocks fell on Tuesday.",
                "Rain in the north.",
                "Prices rose again.",
            ],
        );
        let opts = SummaryOptions {
            prefer: Some(Lang::Fr),
            ..SummaryOptions::default()
        };
        let s = summarize(&docs, 1, &mut a, &df, opts);
        assert!(s[0].text.starts_with("Un séisme"), "{s:?}");
        assert!(
            s[0].sources.contains(&1),
            "the English report carries it: {s:?}"
        );
    }

    #[test]
    fn a_multilingual_coverage_reads_in_its_majority_language() {
        let fr = |text| Doc {
            lang: Some(Lang::Fr),
            ..doc(text)
        };
        assert_eq!(
            majority_language(&[doc("a"), fr("b"), fr("c")]),
            Some(Lang::Fr)
        );
        assert_eq!(majority_language(&[doc("a"), fr("b")]), Some(Lang::En));
        assert_eq!(majority_language(&[doc("a"), doc("b")]), None);
    }

    #[test]
    fn a_title_says_what_happened_rather_than_the_topic() {
        let heads = [
            "Oil prices",
            "Oil prices close to record highs on supply fears",
            "Oil prices climb to a record as supply fears grow",
        ];
        let docs = titled(
            &heads,
            Some("Oil prices rose to a record high on Monday on supply fears."),
        );
        let mut a = Analyzer::new();
        let df = frequencies(
            &mut a,
            &docs,
            &["Stocks fell on Tuesday.", "Rain in the north."],
        );
        let shown = title(&docs, &mut a, &df, None).expect("a title");
        assert_ne!(shown, "Oil prices");
    }

    #[test]
    fn fragments_are_not_summary_sentences() {
        assert!(is_summary_sentence(
            "The two leaders spoke by phone on Friday, the Kremlin said."
        ));
        assert!(!is_summary_sentence("Read also: our coverage"));
        // A writer's flourish says no fact.
        assert!(!is_summary_sentence("Quatre pays, pas un de plus."));
        assert!(!is_summary_sentence(
            "Et certaines sont pour le moins surprenantes."
        ));
        assert!(is_summary_sentence(
            "La question sera au centre d'une nouvelle rencontre à Sotchi ce mercredi."
        ));
        // Whom the pronoun means is in the sentence before.
        assert!(!is_summary_sentence(
            "Elle souffrait d'une douleur au bras depuis plusieurs jours."
        ));
        assert!(!is_summary_sentence(
            "C'est ce que révèle Le Parisien ce matin."
        ));
        assert!(!is_summary_sentence(
            "They beat a bunch of bad teams to get off to a 5-0 start."
        ));
        assert!(is_summary_sentence(
            "Il y a un an et demi, Vladimir Poutine et Recep Tayyip Erdogan s'étaient retrouvés à Moscou."
        ));
        assert!(!is_summary_sentence(
            "Il s'agit d'une jeune femme chinoise et d'un homme français, qui vont très bien."
        ));
        assert!(!is_summary_sentence(
            "Il s'est rendu à Moscou pour rencontrer son homologue russe jeudi."
        ));
        assert!(is_summary_sentence(
            "Il s'avère que les deux patients avaient voyagé en Italie le mois dernier."
        ));
        // The end of a quote begun in the sentence before.
        assert!(!is_summary_sentence(
            "Pénaliser ceux qui les utilisent serait une catastrophe\", a-t-il déploré sur BFM Paris."
        ));
        assert!(!is_summary_sentence(
            "We are quite capable of winning the series,'' Ganguly said on Sunday."
        ));
        assert!(is_summary_sentence(
            "Le ministre a dénoncé « une faute » lors d'un entretien à la radio."
        ));
        assert!(is_summary_sentence(
            "The minister said \"the talks are over\" after a meeting in Paris."
        ));
        assert!(!is_summary_sentence(
            "Will the ceasefire hold in the region this week?"
        ));
        assert!(!is_summary_sentence(
            "Follow us on https://example.com for the latest news."
        ));
        assert!(!is_summary_sentence(
            "PUBLICITÉ LES DEUX DIRIGEANTS SE SONT PARLÉ HIER SOIR."
        ));
        assert!(!is_summary_sentence(
            "Le moment que vous attendiez tous, enfin ici..."
        ));
        assert!(!is_summary_sentence(
            "Yahoo has been developing its music download service with ..."
        ));
        assert!(!is_summary_sentence(
            "Fécondité, alphabétisation, corruption, PIB, pénétration d'Internet…"
        ));
        // The writer's exclamation is a teaser; a quoted one is speech.
        assert!(!is_summary_sentence(
            "Le tournage de la nouvelle saison vient de débuter !"
        ));
        assert!(is_summary_sentence(
            "The crowd chanted \"Free the prisoners now!\" outside the court."
        ));
        assert!(is_summary_sentence(
            "Les manifestants scandaient « Dégage ! » devant le palais."
        ));
    }

    #[test]
    fn after_the_central_fact_the_summary_tells_what_is_new() {
        // A's fact is restated by B, in other words but with A's heaviest
        // term: B scores as high as A and passes the redundancy test, yet
        // most of its weight is already told. C is less central but new.
        let docs = [doc("a."), doc("b."), doc("c.")];
        let vector = |entries: Vec<(TermId, f32)>| {
            let mut v = SparseVec::from_unsorted(entries);
            v.normalize();
            v
        };
        let cand = |doc: usize, position: usize, text: &'static str, v: SparseVec| Candidate {
            doc,
            position,
            text: text.into(),
            vector: v,
        };
        let all = vec![
            cand(
                0,
                0,
                "A",
                vector(vec![(1, 0.5), (2, 0.5), (3, 0.5), (4, 0.5)]),
            ),
            cand(1, 0, "B", vector(vec![(1, 0.9), (7, 0.3), (8, 0.3)])),
            cand(2, 1, "C", vector(vec![(9, 0.7), (10, 0.7)])),
        ];
        let s = select(
            &docs,
            all,
            2,
            SummaryOptions::default(),
            &mut Analyzer::new(),
        );
        let texts: Vec<&str> = s.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["A", "C"]);
    }

    #[test]
    fn novelty_is_the_weight_not_told_yet() {
        let v = SparseVec::from_unsorted(vec![(1, 0.6), (2, 0.8)]);
        assert!((novelty(&v, &[]) - 1.0).abs() < 1e-6);
        assert!((novelty(&v, &[2]) - 0.36).abs() < 1e-6);
        assert!(novelty(&v, &[1, 2, 3]).abs() < 1e-6);
    }

    #[test]
    fn headlines_lose_the_wires_bookkeeping() {
        for (raw, clean) in [
            (
                "Two U.S. Soldiers Killed in Iraq Bombings (AP)",
                "Two U.S. Soldiers Killed in Iraq Bombings",
            ),
            (
                "UPDATE 1-Diebold cuts forecast, cites voting machine unit",
                "Diebold cuts forecast, cites voting machine unit",
            ),
            (
                "Update 8: Ford, GM Set Production Cuts on Sales Drop",
                "Ford, GM Set Production Cuts on Sales Drop",
            ),
            (
                "Iraqi Kidnappers of French Reporters Demand Ransom (Update1)",
                "Iraqi Kidnappers of French Reporters Demand Ransom",
            ),
            (
                "VIDÉO. Les avocats en colère : « Cette réforme va tuer nos cabinets »",
                "Les avocats en colère : « Cette réforme va tuer nos cabinets »",
            ),
            (
                "EN DIRECT - Réforme des retraites : nouvelles négociations",
                "Réforme des retraites : nouvelles négociations",
            ),
            // What a cut or a wrapped line leaves dangling goes.
            (
                "Une centaine de pros-Morsi réunis devant le tribunal du Caire - -",
                "Une centaine de pros-Morsi réunis devant le tribunal du Caire",
            ),
            (
                "Certains islamistes veulent transformer les filles pauvres,",
                "Certains islamistes veulent transformer les filles pauvres",
            ),
            (
                "Qui sont les Frères musulmans ?",
                "Qui sont les Frères musulmans ?",
            ),
            // Acronyms and ordinary parentheses stay.
            (
                "SNCF: près d'un conducteur sur deux en grève",
                "SNCF: près d'un conducteur sur deux en grève",
            ),
            (
                "Le Rassemblement national (RN) en tête",
                "Le Rassemblement national (RN) en tête",
            ),
            ("Updated rules for drones", "Updated rules for drones"),
        ] {
            assert_eq!(clean_headline(raw), clean);
        }
    }

    #[test]
    fn a_lead_as_title_stops_at_its_main_clause() {
        assert_eq!(
            lead_title("Les deux chefs d'État se rencontrent à Moscou ce jeudi, alors que des dizaines de soldats turcs ont été tués ces dernières semaines dans la région d'Idlib."),
            "Les deux chefs d'État se rencontrent à Moscou ce jeudi"
        );
        assert_eq!(
            lead_title("BRUSSELS (Reuters) - EU leaders backed the deal."),
            "EU leaders backed the deal"
        );
        // A headline has no final period; an abbreviation keeps its own.
        assert_eq!(
            clean_headline("Tara Reid has checked into Promises Treatment Center."),
            "Tara Reid has checked into Promises Treatment Center"
        );
        assert_eq!(
            clean_headline("Toyota recalls cars sold in the U.S."),
            "Toyota recalls cars sold in the U.S."
        );
        assert_eq!(clean_headline("Et maintenant..."), "Et maintenant...");
        assert_eq!(
            clean_headline("Strong Earthquake Strikes Central Calif."),
            "Strong Earthquake Strikes Central Calif."
        );
        assert_eq!(
            lead_title("Bettie Page, the 1950s pinup and bondage model who inspired a half-century of artists, died yesterday in Los Angeles at the age of 85."),
            "Bettie Page died yesterday in Los Angeles at the age of 85"
        );
        let long = "word ".repeat(40);
        assert!(lead_title(&long).ends_with('…'));
        // A subordinate clause first: the main clause is after the comma.
        // The apposition after the subject goes, not the verb.
        assert_eq!(
            lead_title("Dr. Sanjay Gupta, a neurosurgeon and chief medical correspondent for CNN, has been offered the post of Surgeon General by President-elect Barack Obama, according to sources."),
            "Dr. Sanjay Gupta has been offered the post of Surgeon General by President-elect Barack Obama"
        );
        assert_eq!(
            lead_title("Vladimir Poutine, le président russe, a reçu son homologue turc au Kremlin pour discuter de la situation dans la province d'Idleb, a annoncé le Kremlin."),
            "Vladimir Poutine a reçu son homologue turc au Kremlin pour discuter de la situation dans la province d'Idleb"
        );
        // A sentence's opening word is no subject to lift an apposition off.
        assert!(lead_title("Hier, un mois jour pour jour après le 25 janvier, les contestataires sont allés place Tahrir pour célébrer et appeler au renversement du gouvernement.").starts_with("Hier, un mois"));
        // A list is no apposition.
        assert!(lead_title("Paris, the capital, and the regions around it have been hit by strikes that closed most of the rail network for the third day in a row.").starts_with("Paris, the capital"));
        let after = lead_title("After skipping out on entering a Newport Beach rehabilitation facility and facing arrest for violating her probation, Lindsay Lohan has checked into the Betty Ford Center.");
        assert!(
            after.starts_with("After skipping") && after.ends_with('…'),
            "{after}"
        );
    }

    #[test]
    fn a_place_in_capitals_before_a_colon_is_a_dateline() {
        assert_eq!(
            strip_dateline("LONDON: EMI reported a drop in first-half profits on Friday."),
            "EMI reported a drop in first-half profits on Friday."
        );
        let s = "NATO: The alliance met in Brussels on Monday morning.";
        assert_eq!(strip_dateline(s), s);
        // Or with no mark at all, before a word written otherwise.
        assert_eq!(
            strip_dateline(
                "AMSTERDAM Cyclist Leontien Zijlaard-Van Moorsel won the first gold medal."
            ),
            "Cyclist Leontien Zijlaard-Van Moorsel won the first gold medal."
        );
        let s = "NASA Scientists found water on the Moon on Monday.";
        assert_eq!(strip_dateline(s), s);
    }

    #[test]
    fn a_day_in_capitals_is_a_dateline_too() {
        assert_eq!(
            strip_dateline("NOVEMBER 12, 2004 (COMPUTERWORLD) - Microsoft Corp. yesterday said it is investigating claims."),
            "Microsoft Corp. yesterday said it is investigating claims."
        );
        // A number alone is no day.
        let s = "ABOUT 40 (PEOPLE) - The rest of the sentence goes on here.";
        assert_eq!(strip_dateline(s), s);
        assert_eq!(
            strip_dateline("DECEMBER 10, 2004 -- Southwest Airlines said it will submit a bid."),
            "Southwest Airlines said it will submit a bid."
        );
        // A filing line, then the place.
        assert_eq!(
            strip_dateline("OCTOBER 14, 2004 (REUTERS) - SAN FRANCISCO -- Sun Microsystems Inc. today posted a narrower loss."),
            "Sun Microsystems Inc. today posted a narrower loss."
        );
    }

    #[test]
    fn datelines_leave_summary_sentences() {
        for (raw, clean) in [
            (
                "WASHINGTON -- The price of oil charged to a new high above $47 a barrel yesterday.",
                "The price of oil charged to a new high above $47 a barrel yesterday.",
            ),
            (
                "FT.com - Samsung Electronics expects its handset sales to rise 16 per cent next year.",
                "Samsung Electronics expects its handset sales to rise 16 per cent next year.",
            ),
            (
                "AP - The price of crude oil surged to a new high in European trade on Monday.",
                "The price of crude oil surged to a new high in European trade on Monday.",
            ),
            (
                "Reuters - With oil prices close to $50 a barrel, the administration is set to act.",
                "With oil prices close to $50 a barrel, the administration is set to act.",
            ),
            (
                "BRUSSELS (Reuters) - British Prime Minister Boris Johnson secured a deal.",
                "British Prime Minister Boris Johnson secured a deal.",
            ),
            (
                "WASHINGTON, Oct 17 (AP) — The Senate passed the bill on Thursday.",
                "The Senate passed the bill on Thursday.",
            ),
            (
                "BEYROUTH — Une double explosion a ravagé mardi le port.",
                "Une double explosion a ravagé mardi le port.",
            ),
            (
                "Paris (AFP) - Le gouvernement a annoncé lundi un plan.",
                "Le gouvernement a annoncé lundi un plan.",
            ),
            (
                "(CNN) — Lebanon woke up on Tuesday without a government.",
                "Lebanon woke up on Tuesday without a government.",
            ),
            (
                "LONDON -Nathan Astle's 145 helped give New Zealand a record victory.",
                "Nathan Astle's 145 helped give New Zealand a record victory.",
            ),
            // Not datelines: a dash in a sentence, an acronym, lowercase.
            (
                "NATO - the alliance that won the Cold War - meets today.",
                "NATO - the alliance that won the Cold War - meets today.",
            ),
            (
                "Le Kremlin-backed plan - which Paris rejects - was voted.",
                "Le Kremlin-backed plan - which Paris rejects - was voted.",
            ),
            (
                "Emmanuel Macron — who flew in on Thursday — met the victims.",
                "Emmanuel Macron — who flew in on Thursday — met the victims.",
            ),
            (
                "EU – Britain talks resumed in Brussels on Monday morning.",
                "EU – Britain talks resumed in Brussels on Monday morning.",
            ),
        ] {
            assert_eq!(strip_dateline(raw), clean, "{raw}");
        }
    }

    #[test]
    fn the_writers_own_voice_is_no_report() {
        for s in [
            "I do hope Palin's church was not torched because of her beliefs.",
            "Well, here's something that we all knew would happen eventually.",
            "I confirmed yesterday that Obama has offered the job to Gupta.",
            "Notre objectif est de créer un endroit sûr pour les utilisateurs.",
            "J'ai rencontré le maire de la commune mardi soir.",
        ] {
            assert!(writers_voice(s), "{s}");
        }
        for s in [
            "« Nous ne céderons pas », a déclaré le ministre mardi soir.",
            "\"We will rebuild this church,\" the pastor told reporters on Sunday.",
            "The cathedral of Notre-Dame burned for fifteen hours on Monday.",
            "J. K. Rowling signed copies of her book in London.",
            "Veterans of World War I gathered in Paris on Sunday.",
            "The Dutch broadcaster NOS said the vote would take place.",
            "Me Dupont, l'avocat de la famille, a fait appel du jugement.",
        ] {
            assert!(!writers_voice(s), "{s}");
        }
    }

    #[test]
    fn an_outlet_opening_its_own_dispatch_is_a_dateline() {
        let s = "NewsFactor - Microsoft has hooked up with Swatch to deliver watches.";
        assert_eq!(
            strip_dateline_of(s, Some("NewsFactor")),
            "Microsoft has hooked up with Swatch to deliver watches."
        );
        // Unknown to the lists, the name is no dateline of another outlet's.
        assert_eq!(strip_dateline(s), s);
        assert_eq!(strip_dateline_of(s, Some("InfoWorld")), s);
    }

    #[test]
    fn ticker_links_go_and_tickers_stay() {
        for (raw, clean) in [
            (
                "Coca-Cola Co. (KO.N: Quote, Profile, Research) , which warned earlier, said on Friday it will pay its chairman.",
                "Coca-Cola Co., which warned earlier, said on Friday it will pay its chairman.",
            ),
            (
                "Campbell Soup Co. (CPB.N: Quote, Profile, Research) on Monday posted a rise in profit.",
                "Campbell Soup Co. on Monday posted a rise in profit.",
            ),
            (
                "Shares of Coca-Cola (NYSE: KO) rose 2 percent on Friday after the results.",
                "Shares of Coca-Cola (NYSE: KO) rose 2 percent on Friday after the results.",
            ),
            (
                "The minister (left) said the talks (in Geneva) would resume on Monday.",
                "The minister (left) said the talks (in Geneva) would resume on Monday.",
            ),
        ] {
            assert_eq!(without_ticker_links(raw), clean, "{raw}");
        }
    }

    #[test]
    fn title_is_the_most_representative_headline() {
        let docs = [
            Doc {
                title: Some("Quake kills six in Chile"),
                ..doc("A strong earthquake struck northern Chile, killing six.")
            },
            Doc {
                title: Some("Chile earthquake: six dead"),
                ..doc("Six died in a Chile earthquake.")
            },
            Doc {
                title: Some("Markets today"),
                ..doc("Copper rose after the Chile earthquake.")
            },
        ];
        let mut a = Analyzer::new();
        let df = DocFreq::default();
        let t = title(&docs, &mut a, &df, None);
        assert!(
            matches!(
                t.as_deref(),
                Some("Quake kills six in Chile" | "Chile earthquake: six dead")
            ),
            "{t:?}"
        );
        assert_eq!(shorten("one two three four five", 12), "one two…");
        assert_eq!(
            shorten("une chanson qui date de 1952 en arabe « Misr", 38),
            "une chanson qui date de 1952 en arabe…"
        );
    }

    #[test]
    fn a_headline_made_of_a_quote_is_a_view_not_the_title() {
        let docs = [
            Doc {
                title: Some("Morsi : « L'armée ne me fera pas quitter le pouvoir au Caire »"),
                ..doc("L'armée veut que Morsi quitte le pouvoir au Caire.")
            },
            Doc {
                title: Some("Egypte : ultimatum de l'armée à Morsi"),
                ..doc("L'armée donne 48 heures à Morsi pour quitter le pouvoir au Caire.")
            },
        ];
        let mut a = Analyzer::new();
        let df = DocFreq::default();
        let t = title(&docs, &mut a, &df, None);
        assert_eq!(t.as_deref(), Some("Egypte : ultimatum de l'armée à Morsi"));
        assert_eq!(
            quoted_share("Morsi : « Je ne quitterai pas le pouvoir »"),
            6.0 / 7.0
        );
        assert_eq!(quoted_share("Tara Reid enters \"Promises'' rehab"), 0.2);
        assert_eq!(quoted_share("Quake kills six in Chile"), 0.0);
    }
}
