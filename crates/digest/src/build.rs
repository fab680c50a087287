//! Building a digest, incrementally or in batch.

use std::collections::BTreeSet;

use chrono::Datelike;
use gazette_cluster::{ClusterOptions, Clusterer, Item};
use gazette_dedup::{DedupOptions, DupIndex, Signature};
use gazette_entities::bare_key;
use gazette_lang::Lang;
use gazette_model::Article;
use gazette_summarize::{summarize_coverage, title, Doc, SummaryOptions};
use gazette_terms::{
    Analyzer, DocFreq, KindWeights, SparseVec, Term, TermCounts, TermId, TermKind,
};
use std::collections::{HashMap, HashSet};

use crate::{
    ArticleEntry, Digest, Event, EventDisagreement, EventEntity, EventQuote, Story, SummaryItem,
    TimelineEntry,
};

/// Words of the text used to place an article: the lead carries the
/// happening, and a bound keeps the cost of long articles flat.
const PLACEMENT_WORDS: usize = 400;

/// Articles of the news at large, beyond the pile, that a term's rarity is
/// judged against when articles are compared for their subject (stories;
/// see `gazette_terms::background`), so that a pile on one subject does
/// not call its protagonists noise: on a pile of a thousand the pile and
/// the news weigh alike.
const SUBJECT_PRIOR_DOCS: u32 = 1000;

/// A quote's words, lowercased, without punctuation: copies differ in
/// their typography.
fn quote_key(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric() || c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two speaker names can be one person's: equal, or one is the
/// other's surname ("Heller", "Mark Jay Heller").
fn same_speaker(a: &str, b: &str) -> bool {
    let last = |s: &str| s.split_whitespace().last().map(str::to_lowercase);
    let words = |s: &str| s.split_whitespace().count();
    a == b || (last(a) == last(b) && (words(a) == 1 || words(b) == 1))
}

/// Retrieval keys per article (see [`Item::keys`]).
const KEYS: usize = 16;

/// All the knobs of a digest.
#[derive(Debug, Clone, Copy)]
pub struct DigestOptions {
    /// Event and story clustering.
    pub cluster: ClusterOptions,
    /// Copy detection.
    pub dedup: DedupOptions,
    /// Summary tuning.
    pub summary: SummaryOptions,
    /// Sentences in an event summary.
    pub event_sentences: usize,
    /// Sentences in a story summary.
    pub story_sentences: usize,
    /// Most dates in an event's or a story's timeline.
    pub timeline_dates: usize,
}

impl Default for DigestOptions {
    fn default() -> Self {
        DigestOptions {
            cluster: ClusterOptions::default(),
            dedup: DedupOptions::default(),
            summary: SummaryOptions::default(),
            event_sentences: 3,
            story_sentences: 5,
            timeline_dates: 10,
        }
    }
}

struct Entry {
    article: Article,
    lang: Option<Lang>,
    /// Position in the input, for listing articles in input order.
    input: usize,
    /// For a copy, the entry of its original.
    original: Option<usize>,
    /// For an original, its handle in the clusterer.
    handle: usize,
}

/// The incremental digest: add articles one at a time, then [`finish`].
///
/// [`finish`]: Digester::finish
pub struct Digester {
    opts: DigestOptions,
    analyzer: Analyzer,
    df: DocFreq,
    dups: DupIndex,
    clusterer: Clusterer,
    entries: Vec<Entry>,
    /// The records read so far under each id, with their input position.
    ids: Ids,
}

/// The records read under each id, so that ids stay keys of the digest: a
/// record read again (a feed polled twice, a file given twice) is the
/// same article and is read once; another record under an id already
/// taken gets it made unique (`id~2`).
struct Ids {
    /// By id as given: the hash of each record's headline and text, and
    /// its position in the input.
    records: HashMap<String, Vec<(u64, usize)>>,
    /// Every id handed out.
    used: HashSet<String>,
}

impl Ids {
    fn new() -> Self {
        Ids {
            records: HashMap::new(),
            used: HashSet::new(),
        }
    }

    /// `Err` with the input position of the same record when `a` was read
    /// before; otherwise `Ok` with the id it came with, its own id made
    /// unique if it was taken, to [`record`](Ids::record).
    fn admit(&mut self, a: &mut Article) -> Result<(String, u64), usize> {
        let key = record_hash(a);
        let given = a.id.clone();
        let records = self.records.get(&given);
        if let Some(&(_, first)) = records.and_then(|r| r.iter().find(|(k, _)| *k == key)) {
            return Err(first);
        }
        if self.used.contains(&given) {
            let mut n = records.map_or(2, |r| r.len() + 1);
            while self.used.contains(&format!("{given}~{n}")) {
                n += 1;
            }
            a.id = format!("{given}~{n}");
        }
        self.used.insert(a.id.clone());
        Ok((given, key))
    }

    fn record(&mut self, (given, key): (String, u64), input: usize) {
        self.records.entry(given).or_default().push((key, input));
    }
}

/// What tells one record from another under one id.
fn record_hash(a: &Article) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    a.title.hash(&mut h);
    a.text.hash(&mut h);
    h.finish()
}

fn lang_of(a: &Article) -> Option<Lang> {
    a.language.as_deref().and_then(Lang::from_code)
}

/// An article with at most this many sentences under its headline is a
/// headline-only item (a feed's entry, a brief), which a label may open.
const HEADLINE_ONLY_SENTENCES: usize = 1;

/// Whether the article is a headline-only item: at most
/// [`HEADLINE_ONLY_SENTENCES`] under its headline.
fn headline_only(a: &Article) -> bool {
    gazette_lang::sentences(&a.text).len() <= HEADLINE_ONLY_SENTENCES
}

/// The share of the news at large below which a word is rare (see
/// [`Item::rare`]): "quake" (one article in a thousand), "cérémonie" and
/// "vue" (one in eleven) are, "nouvelle" (one in six) and "found" are not.
/// At 0.05 wire leads lose links they need (`eval_cluster.py --set
/// ecbplus-leads` events 0.785 against 0.790), at 0.2 stories meet on
/// common words (0.846 against 0.863).
const RARE_SHARE: f32 = 0.1;

/// How far into a headline its label may end, in bytes.
const LABEL_MAX: usize = 60;

/// The label a headline opens on, when it is a name alone: "Quillan. Le
/// patrimoine exposé…" gives "Quillan", "La Tranche-sur-Mer. Les
/// photographes…", "Niger : des militaires…" and "AS Saint-Etienne. Deux
/// matches…" theirs; "Retraites : …", "Séisme au Maroc : …" and "Gilets
/// jaunes. …" open on no name alone (a common word, lowercase words), nor
/// do "U.S. Troops…" and "No. 5 Texas…" (the sentence splitter knows
/// abbreviations and initials) or "10: …".
fn headline_label(title: &str) -> Option<&str> {
    let colon = title
        .match_indices(':')
        .map(|(i, _)| i)
        .find(|&i| title[i + 1..].starts_with(' '))
        .filter(|&i| !title[..i].trim_end().ends_with(|c: char| c.is_numeric()));
    let sentences = gazette_lang::sentences(title);
    let period = match sentences.as_slice() {
        [first, _, ..] if title[..first.end].ends_with('.') => Some(first.end - 1),
        _ => None,
    };
    let end = match (colon, period) {
        (Some(c), Some(p)) => c.min(p),
        (c, p) => c.or(p)?,
    };
    if end > LABEL_MAX {
        return None;
    }
    let label = title[..end].trim();
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let particle = |w: &str| {
        matches!(
            w,
            "de" | "du" | "des" | "la" | "le" | "les" | "en" | "sur" | "d'" | "l'"
        )
    };
    ((1..=4).contains(&words.len())
        && capitalised(words[0])
        && words.iter().all(|w| capitalised(w) || particle(w)))
    .then_some(label)
}

/// The ids of the names among `terms`, sorted, each once.
fn name_ids(terms: &[Term]) -> Vec<TermId> {
    ids_where(terms, |t| t.kind == TermKind::Name)
}

/// The ids of the `terms` that pass `keep`, sorted, each once.
fn ids_where(terms: &[Term], keep: impl Fn(&Term) -> bool) -> Vec<TermId> {
    let mut ids: Vec<TermId> = terms.iter().filter(|t| keep(t)).map(|t| t.id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// The text an article is placed by: headline and lead.
fn placement_text(a: &Article) -> String {
    let mut s = String::new();
    if let Some(t) = &a.title {
        s.push_str(t);
        s.push('\n');
    }
    let mut words = 0;
    for p in a.paragraphs() {
        if words >= PLACEMENT_WORDS {
            break;
        }
        words += p.split_whitespace().count();
        s.push_str(p);
        s.push('\n');
    }
    s
}

impl Digester {
    /// An empty digester.
    pub fn new(opts: DigestOptions) -> Digester {
        Digester {
            opts,
            analyzer: Analyzer::new(),
            df: DocFreq::default(),
            dups: DupIndex::new(opts.dedup),
            clusterer: Clusterer::new(opts.cluster),
            entries: Vec::new(),
            ids: Ids::new(),
        }
    }

    /// The terms an article is placed by (see [`placement_text`]), without
    /// its outlet's name: a feed's name in its own dispatches ("NewsFactor -
    /// …", "Paris (AFP) - …") is a signature, and two of its dispatches
    /// share it whatever they report. Only a one-word name goes: of "The
    /// Washington Post" or "France 24", the words also name what is
    /// reported.
    fn analyze(&mut self, a: &Article) -> Vec<Term> {
        let lang = lang_of(a);
        let mut terms = self.analyzer.terms(&placement_text(a), lang);
        if let Some(outlet) = &a.outlet {
            if let [own] = self.analyzer.terms(outlet, lang).as_slice() {
                if own.kind == TermKind::Name {
                    let own = own.id;
                    terms.retain(|t| t.id != own);
                }
            }
        }
        terms
    }

    /// Adds one article: folds it into an earlier copy or links it to the
    /// articles of the same happening. Returns its provisional event (the
    /// digest settles events and stories when it is made).
    ///
    /// An article read before (the same id, headline and text) is not
    /// added again: its event is returned.
    pub fn add(&mut self, mut article: Article) -> usize {
        let input = self.entries.len();
        match self.ids.admit(&mut article) {
            Ok(given) => self.ids.record(given, input),
            Err(first) => {
                // Entries are in input order unless a batch was sorted.
                let entry = match self.entries.get(first) {
                    Some(e) if e.input == first => e,
                    _ => self
                        .entries
                        .iter()
                        .find(|e| e.input == first)
                        .expect("an admitted record has an entry"),
                };
                return self.clusterer.provisional_event(entry.handle);
            }
        }
        let terms = self.analyze(&article);
        self.df.add(&terms);
        self.place(article, &terms, input)
    }

    fn place(&mut self, article: Article, terms: &[Term], input: usize) -> usize {
        let (handle, copy) = self.dups.insert(Signature::of(&article.text));
        debug_assert_eq!(handle, self.entries.len());
        let lang = lang_of(&article);
        // Template articles (weather, results, tolls) share their wording
        // but not their day: a "copy" from another week is another story.
        let day = |a: &Article| a.published.map(|p| p.date().num_days_from_ce());
        let copy = copy.filter(
            |m| match (day(&article), day(&self.entries[m.of].article)) {
                (Some(a), Some(b)) => (a - b).abs() <= self.opts.cluster.event_window_days,
                _ => true,
            },
        );
        if let Some(m) = copy {
            let root = self.entries[m.of].original.unwrap_or(m.of);
            let handle = self.entries[root].handle;
            self.entries.push(Entry {
                article,
                lang,
                input,
                original: Some(root),
                handle,
            });
            return handle;
        }
        let counts = TermCounts::of(terms);
        let vector = counts.tfidf(&self.df, KindWeights::default(), 0);
        let analyzer = &self.analyzer;
        let subject = counts.tfidf_in(&self.df, KindWeights::default(), SUBJECT_PRIOR_DOCS, |id| {
            analyzer.background_share(id)
        });
        let keys = retrieval_keys(&vector, terms, &self.df);
        let brief = headline_only(&article);
        let item = Item {
            vector,
            subject,
            day: article.published.map(|p| p.date().num_days_from_ce()),
            language: lang.map(|l| l as u16),
            names: name_ids(terms),
            keys,
            label: if brief {
                self.label_of(&article, lang)
            } else {
                Vec::new()
            },
            rare: self.rare_words(terms),
            brief,
        };
        let handle = self.clusterer.len();
        let event = self.clusterer.add(item.clone());
        self.entries.push(Entry {
            article,
            lang,
            input,
            original: None,
            handle,
        });
        event
    }

    /// The ids of the words among `terms` that fewer than [`RARE_SHARE`]
    /// of the news at large have, sorted, each once.
    fn rare_words(&self, terms: &[Term]) -> Vec<TermId> {
        ids_where(terms, |t| {
            t.kind == TermKind::Word && self.analyzer.background_share(t.id) < RARE_SHARE
        })
    }

    /// The name terms of the label a headline-only article's title opens
    /// on (see [`Item::label`]), sorted; empty when it has none. Only
    /// briefs carry one: a full article's text says more than its label.
    fn label_of(&mut self, a: &Article, lang: Option<Lang>) -> Vec<TermId> {
        let Some(label) = a.title.as_deref().and_then(headline_label) else {
            return Vec::new();
        };
        name_ids(&self.analyzer.terms(label, lang))
    }

    /// Why articles were grouped: for each original, its nearest articles
    /// and their similarity, one line per article.
    pub fn explain(&self) -> Vec<String> {
        let mut by_handle: Vec<usize> = vec![usize::MAX; self.clusterer.len()];
        for (i, e) in self.entries.iter().enumerate() {
            if e.original.is_none() {
                by_handle[e.handle] = i;
            }
        }
        self.entries
            .iter()
            .map(|e| match e.original {
                Some(o) => format!("{}: copy of {}", e.article.id, self.entries[o].article.id),
                None => {
                    let near: Vec<String> = self
                        .clusterer
                        .neighbours(e.handle)
                        .iter()
                        .filter_map(|&(s, h)| {
                            by_handle
                                .get(h as usize)
                                .and_then(|&i| self.entries.get(i))
                                .map(|n| format!("{} ({s:.2})", n.article.id))
                        })
                        .collect();
                    format!(
                        "{}: nearest {}",
                        e.article.id,
                        if near.is_empty() {
                            "none".to_string()
                        } else {
                            near.join(", ")
                        }
                    )
                }
            })
            .collect()
    }

    /// Titles and summarizes every event and story, and lays out the digest.
    pub fn finish(mut self) -> Digest {
        let partition = self.clusterer.partition();
        let layout = self.layout(&partition);
        let ids: Vec<String> = self.entries.iter().map(|e| e.article.id.clone()).collect();
        let mut copies: Vec<Vec<usize>> = vec![Vec::new(); self.entries.len()];
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(o) = e.original {
                copies[o].push(i);
            }
        }
        // Entities, quotes and disagreements of each original article.
        let annotations: Vec<Option<gazette_entities::Annotations>> = self
            .entries
            .iter()
            .map(|e| {
                e.original.is_none().then(|| {
                    gazette_entities::analyze_from(
                        &e.article.text,
                        e.lang.unwrap_or(Lang::En),
                        e.article.outlet.as_deref(),
                    )
                })
            })
            .collect();
        let known = self.story_knowledge(&annotations, &layout);
        // One-word company names, for the products named after them.
        let companies: HashSet<String> = incorporated(&annotations)
            .into_values()
            .flatten()
            .filter(|n| !n.contains(' '))
            .collect();
        let known = (&known[..], &companies);
        let mut events = Vec::new();
        for &ev in &layout.event_order {
            let event = self.event(ev, &layout, &annotations, known, &copies, &ids);
            events.push(event);
        }
        let mut stories = Vec::new();
        for &s in &layout.story_order {
            let story = self.story(s, &layout, &events, &copies, &ids);
            stories.push(story);
        }
        let articles = self.article_entries(&layout, &copies, &ids);
        Digest {
            articles,
            stories,
            events,
        }
    }

    /// Where each entry went, and the reading order: stories by sources,
    /// then size, then recency; events in date order within a story.
    fn layout(&self, partition: &gazette_cluster::Partition) -> Layout {
        let nevents = partition.story_of_event.len();
        let nstories = partition.stories;
        let event_of_entry: Vec<usize> = self
            .entries
            .iter()
            .map(|e| partition.event_of[e.handle])
            .collect();
        let story_of_entry: Vec<usize> = event_of_entry
            .iter()
            .map(|&ev| partition.story_of_event[ev])
            .collect();
        let mut event_members: Vec<Vec<usize>> = vec![Vec::new(); nevents];
        let mut story_events: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); nstories];
        for i in 0..self.entries.len() {
            event_members[event_of_entry[i]].push(i);
            story_events[story_of_entry[i]].insert(event_of_entry[i]);
        }
        let day = |i: usize| self.entries[i].article.published.map(|p| p.date());
        let event_first = |ev: usize| event_members[ev].iter().filter_map(|&i| day(i)).min();
        let mut story_order: Vec<usize> = (0..nstories)
            .filter(|&s| !story_events[s].is_empty())
            .collect();
        let story_size = |s: usize| {
            story_events[s]
                .iter()
                .map(|&e| event_members[e].len())
                .sum::<usize>()
        };
        let story_last = |s: usize| {
            story_events[s]
                .iter()
                .filter_map(|&e| event_members[e].iter().filter_map(|&i| day(i)).max())
                .max()
        };
        // Sources first, as a reader weighs a story: distinct outlets (an
        // outlet running a wire dispatch carries the story too), and each
        // original of an unknown outlet as one; one outlet's many articles
        // count once, and so do the pages of one template ("Météo Angers:
        // Prévisions du vendredi 10 janvier", "Météo Nancy: ..."), which a
        // site generates rather than reports.
        let story_sources = |s: usize| {
            let mut outlets: BTreeSet<String> = BTreeSet::new();
            let mut unknown: BTreeSet<String> = BTreeSet::new();
            for &e in &story_events[s] {
                for &i in &event_members[e] {
                    let entry = &self.entries[i];
                    match &entry.article.outlet {
                        Some(o) => {
                            outlets.insert(o.to_lowercase());
                        }
                        None if entry.original.is_none() => {
                            unknown.insert(template_of(&entry.article));
                        }
                        None => {}
                    }
                }
            }
            outlets.len() + unknown.len()
        };
        story_order.sort_by_cached_key(|&s| {
            (
                std::cmp::Reverse((story_sources(s), story_size(s), story_last(s))),
                s,
            )
        });
        let mut event_id = vec![String::new(); nevents];
        let mut story_id = vec![String::new(); nstories];
        let mut event_order = Vec::new();
        for (si, &s) in story_order.iter().enumerate() {
            story_id[s] = format!("s{}", si + 1);
            let mut evs: Vec<usize> = story_events[s].iter().copied().collect();
            evs.sort_by(|&a, &b| event_first(a).cmp(&event_first(b)).then(a.cmp(&b)));
            for ev in evs {
                event_order.push(ev);
                event_id[ev] = format!("e{}", event_order.len());
            }
        }
        Layout {
            event_of_entry,
            story_of_entry,
            event_members,
            story_order,
            event_order,
            event_id,
            story_id,
        }
    }

    /// What each story's articles say of people across its events: the
    /// roles they give by name, where one person holds the role ("a
    /// dénoncé le porte-parole du Kremlin" in one article is the
    /// "porte-parole du Kremlin, Dmitri Peskov" of another), and the name
    /// they give each identity, so that one person reads the same in all
    /// the story's events ("Bachar al-Assad" in one, not "Bachar el-Assad"
    /// in the next), and the evidence of each identity's type, so that it
    /// is of one type in all the story's events (a movement that one event's
    /// article calls "le mouvement Tamarod" is no person in the next).
    fn story_knowledge(
        &self,
        annotations: &[Option<gazette_entities::Annotations>],
        layout: &Layout,
    ) -> Vec<StoryKnowledge> {
        let nstories = layout.story_id.len();
        let mut story_roles: Vec<RoleMap> = vec![RoleMap::new(); nstories];
        let mut given: Vec<HashMap<NameKey, Vec<String>>> = vec![HashMap::new(); nstories];
        let mut types: Vec<TypeMap> = vec![TypeMap::new(); nstories];
        // A name the pile writes with a legal form anywhere ("Microsoft
        // Corp.") is a company in every story: the cue is unambiguous,
        // unlike a preposition or a verb ("in Microsoft", "Microsoft
        // said"), which the pile as a whole must not spread.
        // The name must be spelled the same as well: keys are skeletons,
        // and "Amour" keys as "AMR Corp." does.
        let incorporated = incorporated(annotations);
        for (i, a) in annotations.iter().enumerate() {
            let Some(a) = a else { continue };
            let story = layout.story_of_entry[i];
            let names = &mut given[story];
            for e in &a.entities {
                let key = bare_key(&e.key);
                names
                    .entry((self.entries[i].lang, key.to_string()))
                    .or_default()
                    .push(e.name.clone());
                let company = e.incorporated
                    || incorporated
                        .get(key)
                        .is_some_and(|short| short.contains(&e.name.to_lowercase()));
                let evidence = if company {
                    [0, 0, STORY_TYPE_CUE]
                } else {
                    e.evidence
                };
                if e.kind != gazette_entities::EntityType::Misc || company {
                    let (sum, clearest) = types[story]
                        .entry(key.to_string())
                        .or_insert(([0; 3], [0; 3]));
                    add_evidence(sum, &evidence);
                    for (c, v) in clearest.iter_mut().zip(evidence) {
                        *c = (*c).max(v);
                    }
                }
            }
            let map = &mut story_roles[story];
            for r in &a.roles {
                let held = map
                    .entry(r.role.clone())
                    .or_insert_with(|| Some((r.key.clone(), r.person.clone())));
                if held.as_ref().is_some_and(|(key, _)| *key != r.key) {
                    *held = None;
                }
            }
        }
        // Chosen once per story, not per event that asks.
        story_roles
            .into_iter()
            .zip(given)
            .zip(types)
            .map(|((roles, names), types)| StoryKnowledge {
                roles,
                names: names
                    .into_iter()
                    .filter_map(|(k, v)| preferred_name(&v).map(|n| (k, (n.clone(), v.len()))))
                    .collect(),
                types,
            })
            .collect()
    }

    /// The event `ev`: its title, summary, timeline and who said what.
    fn event(
        &mut self,
        ev: usize,
        layout: &Layout,
        annotations: &[Option<gazette_entities::Annotations>],
        (known, companies): (&[StoryKnowledge], &HashSet<String>),
        copies: &[Vec<usize>],
        ids: &[String],
    ) -> Event {
        let members = &layout.event_members[ev];
        let originals: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| self.entries[i].original.is_none())
            .collect();
        let (summary, title) =
            self.summarize(&originals, |_| 0, self.opts.event_sentences, copies, ids);
        let timeline = self.timeline(&originals, copies, ids);
        let story = layout.story_of_entry[members[0]];
        let knowledge = &known[story];
        let names = StoryNames {
            names: &knowledge.names,
            types: &knowledge.types,
            companies,
            lang: majority(originals.iter().map(|&i| self.entries[i].lang)).flatten(),
        };
        let headline = |i: usize| {
            let e = &self.entries[i];
            e.article
                .title
                .as_deref()
                .map(|t| (t, e.lang.unwrap_or(Lang::En)))
        };
        let lang = self.opts.summary.prefer.or(names.lang);
        let (entities, quotes, disagreements) = understanding(
            &originals,
            annotations,
            ids,
            &knowledge.roles,
            names,
            headline,
        );
        let quotes = self.fold_translations(quotes, &originals, ids, lang);
        let (date, last_date) = self.date_range(members);
        Event {
            id: layout.event_id[ev].clone(),
            story: layout.story_id[story].clone(),
            title,
            date,
            last_date,
            articles: members.iter().map(|&i| ids[i].clone()).collect(),
            sources: originals.len(),
            copies: members.len() - originals.len(),
            outlets: self.outlets(members),
            languages: distinct(
                members
                    .iter()
                    .filter_map(|&i| self.entries[i].article.language.clone()),
            ),
            summary,
            timeline,
            entities,
            quotes,
            disagreements,
        }
    }

    /// The event's quotes with each one said in two languages shown once
    /// (see [`fold_translations`]), in `lang` where it was said in it.
    fn fold_translations(
        &mut self,
        quotes: Vec<EventQuote>,
        originals: &[usize],
        ids: &[String],
        lang: Option<Lang>,
    ) -> Vec<EventQuote> {
        let langs: Vec<Option<Lang>> = quotes
            .iter()
            .map(|q| {
                originals
                    .iter()
                    .find(|&&i| ids[i] == q.article)
                    .and_then(|&i| self.entries[i].lang)
            })
            .collect();
        let terms: Vec<Vec<TermId>> = quotes
            .iter()
            .zip(&langs)
            .map(|(q, &l)| ids_where(&self.analyzer.terms(&q.text, l), |_| true))
            .collect();
        fold_translations(quotes, &langs, &terms, lang)
    }

    /// The story `s`, over its events (already built).
    fn story(
        &mut self,
        s: usize,
        layout: &Layout,
        events: &[Event],
        copies: &[Vec<usize>],
        ids: &[String],
    ) -> Story {
        let evs: Vec<&Event> = events
            .iter()
            .filter(|e| e.story == layout.story_id[s])
            .collect();
        let members: Vec<usize> = layout
            .event_order
            .iter()
            .filter(|&&ev| layout.story_of_entry[layout.event_members[ev][0]] == s)
            .flat_map(|&ev| layout.event_members[ev].iter().copied())
            .collect();
        let originals: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| self.entries[i].original.is_none())
            .collect();
        // A story of one event has that event's coverage, hence its
        // timeline (most stories of a big pile are such).
        let timeline = match evs[..] {
            [only] => only.timeline.clone(),
            _ => self.timeline(&originals, copies, ids),
        };
        let (summary, title) = self.summarize(
            &originals,
            |i| layout.event_of_entry[i],
            self.opts.story_sentences,
            copies,
            ids,
        );
        let (date, last_date) = self.date_range(&members);
        Story {
            id: layout.story_id[s].clone(),
            title,
            date,
            last_date,
            events: evs.iter().map(|e| e.id.clone()).collect(),
            articles: members.iter().map(|&i| ids[i].clone()).collect(),
            outlets: self.outlets(&members),
            summary,
            timeline,
        }
    }

    /// The first and last publication days of `members` (entry indices).
    fn date_range(&self, members: &[usize]) -> (Option<String>, Option<String>) {
        let fmt_day = |d: Option<chrono::NaiveDate>| d.map(|d| d.format("%Y-%m-%d").to_string());
        let dates = members
            .iter()
            .filter_map(|&i| self.entries[i].article.published.map(|p| p.date()));
        (fmt_day(dates.clone().min()), fmt_day(dates.max()))
    }

    /// The outlets of `members` (entry indices), each once.
    fn outlets(&self, members: &[usize]) -> Vec<String> {
        distinct(
            members
                .iter()
                .filter_map(|&i| self.entries[i].article.outlet.clone()),
        )
    }

    /// The articles in input order, each with its copies, event and story.
    fn article_entries(
        &self,
        layout: &Layout,
        copies: &[Vec<usize>],
        ids: &[String],
    ) -> Vec<ArticleEntry> {
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by_key(|&i| self.entries[i].input);
        order
            .into_iter()
            .map(|i| {
                let e = &self.entries[i];
                let a = &e.article;
                ArticleEntry {
                    id: a.id.clone(),
                    source: a.source.clone(),
                    url: a.url.clone(),
                    title: a.title.clone(),
                    lead: a.title.is_none().then(|| lead_of(&a.text)).flatten(),
                    outlet: a.outlet.clone(),
                    language: a.language.clone(),
                    published: a.published,
                    duplicate_of: e.original.map(|o| ids[o].clone()),
                    copies: copies[i].iter().map(|&c| ids[c].clone()).collect(),
                    event: layout.event_id[layout.event_of_entry[i]].clone(),
                    story: layout.story_id[layout.story_of_entry[i]].clone(),
                }
            })
            .collect()
    }

    /// The timeline of the coverage made of `originals` (entry indices);
    /// citations are widened to the copies.
    fn timeline(
        &mut self,
        originals: &[usize],
        copies: &[Vec<usize>],
        ids: &[String],
    ) -> Vec<TimelineEntry> {
        let docs: Vec<gazette_timeline::Doc<'_>> = originals
            .iter()
            .map(|&i| {
                let e = &self.entries[i];
                gazette_timeline::Doc {
                    text: &e.article.text,
                    lang: e.lang,
                    published: e.article.published.map(|p| p.date()),
                    outlet: e.article.outlet.as_deref(),
                }
            })
            .collect();
        gazette_timeline::timeline(
            &docs,
            self.opts.timeline_dates,
            &mut self.analyzer,
            &self.df,
        )
        .into_iter()
        .map(|t| TimelineEntry {
            date: t.date.format("%Y-%m-%d").to_string(),
            upcoming: t.upcoming,
            text: t.text,
            sources: t
                .sources
                .iter()
                .flat_map(|&d| {
                    std::iter::once(originals[d]).chain(copies[originals[d]].iter().copied())
                })
                .map(|i| ids[i].clone())
                .collect(),
        })
        .collect()
    }

    /// Summary and title of the coverage made of `originals` (entry
    /// indices, in date order); citations are widened to the copies.
    fn summarize(
        &mut self,
        originals: &[usize],
        group: impl Fn(usize) -> usize,
        n: usize,
        copies: &[Vec<usize>],
        ids: &[String],
    ) -> (Vec<SummaryItem>, String) {
        let docs: Vec<Doc<'_>> = originals
            .iter()
            .map(|&i| {
                let e = &self.entries[i];
                Doc {
                    title: e.article.title.as_deref(),
                    text: &e.article.text,
                    lang: e.lang,
                    group: group(i),
                    outlet: e.article.outlet.as_deref(),
                }
            })
            .collect();
        let title = title(
            &docs,
            &mut self.analyzer,
            &self.df,
            self.opts.summary.prefer,
        )
        .unwrap_or_else(|| "(untitled)".to_string());
        let cited = summarize_coverage(
            &docs,
            n,
            &mut self.analyzer,
            &self.df,
            self.opts.summary,
            &title,
        );
        let summary = cited
            .into_iter()
            .map(|c| {
                let mut sources = Vec::new();
                for d in c.sources {
                    let i = originals[d];
                    sources.push(ids[i].clone());
                    sources.extend(copies[i].iter().map(|&k| ids[k].clone()));
                }
                SummaryItem {
                    text: c.text,
                    sources,
                }
            })
            .collect();
        (summary, title)
    }
}

/// The terms under which an article looks for, and is found by, related
/// articles: its heaviest names and its heaviest other terms, half each,
/// among those that some other article shares, numbers left out. Names come first because
/// coverage of one happening shares its protagonists and places even when
/// the rarest words of each article differ.
fn retrieval_keys(vector: &SparseVec, terms: &[Term], df: &DocFreq) -> Vec<TermId> {
    let names: HashSet<TermId> = terms
        .iter()
        .filter(|t| t.kind == TermKind::Name)
        .map(|t| t.id)
        .collect();
    // Numbers ("10", "2020") are shared by unrelated articles everywhere;
    // they count in similarity but do not retrieve.
    let numbers: HashSet<TermId> = terms
        .iter()
        .filter(|t| t.kind == TermKind::Number)
        .map(|t| t.id)
        .collect();
    let ranked: Vec<TermId> = vector
        .top(vector.entries().len())
        .into_iter()
        .filter(|&t| df.df(t) >= 2 && !numbers.contains(&t))
        .collect();
    let mut keys: Vec<TermId> = ranked
        .iter()
        .copied()
        .filter(|t| names.contains(t))
        .take(KEYS / 2)
        .collect();
    let rest = KEYS - keys.len();
    keys.extend(
        ranked
            .iter()
            .copied()
            .filter(|t| !names.contains(t))
            .take(rest),
    );
    keys
}

/// Most entities and quotes listed per event.
const MAX_EVENT_ENTITIES: usize = 20;
const MAX_EVENT_QUOTES: usize = 20;

/// Where each entry of a digest went (see [`Digester::finish`]).
struct Layout {
    /// Event of each entry.
    event_of_entry: Vec<usize>,
    /// Story of each entry.
    story_of_entry: Vec<usize>,
    /// Entries of each event, in input order.
    event_members: Vec<Vec<usize>>,
    /// Stories in reading order (most sources first); empty ones left out.
    story_order: Vec<usize>,
    /// Events in reading order: by story, then by date.
    event_order: Vec<usize>,
    /// Id of each event (`e1`, …) and of each story (`s1`, …).
    event_id: Vec<String>,
    story_id: Vec<String>,
}

/// Type evidence one of the story's articles must give to type a name that
/// an event's own articles could not (a classifying noun, a title or a
/// gazetteer place is 3; a place preposition or a name's shape, 1: many
/// articles' "in Windows" make no place).
const STORY_TYPE_CUE: i32 = 3;

/// What a story's articles say of people, places and bodies (see
/// [`Digester::story_knowledge`]).
struct StoryKnowledge {
    roles: RoleMap,
    names: NameMap,
    types: TypeMap,
}

/// The companies the pile writes with a legal form ("Microsoft Corp."),
/// by entity key (without its type): their names without it, lowercase.
fn incorporated(
    annotations: &[Option<gazette_entities::Annotations>],
) -> HashMap<&str, Vec<String>> {
    let mut incorporated: HashMap<&str, Vec<String>> = HashMap::new();
    for e in annotations
        .iter()
        .flatten()
        .flat_map(|a| &a.entities)
        .filter(|e| e.incorporated)
    {
        let short = e.name.rsplit_once(' ').map_or(e.name.as_str(), |(s, _)| s);
        incorporated
            .entry(bare_key(&e.key))
            .or_default()
            .push(short.to_lowercase());
    }
    incorporated
}

/// Entity keys (without their type), the summed type evidence of the
/// articles that typed them, and the clearest cue one article gave for each
/// type.
type TypeMap = HashMap<String, ([i32; 3], [i32; 3])>;

/// Role phrases (see [`gazette_entities::role_key`]) and the one person,
/// (entity key, name), a story's articles give each; `None` where they
/// name several.
type RoleMap = HashMap<String, Option<(String, String)>>;

/// Entity keys (without their type), by the language of the articles, and
/// the name a story's articles give them (see [`preferred_name`]) with the
/// number of articles that name them: each language keeps its spelling
/// ("Bachar" in French, "Bashar" in English).
type NameMap = HashMap<NameKey, (String, usize)>;

/// An entity key without its type, in one language.
type NameKey = (Option<Lang>, String);

/// The names of an event's story in the event's language.
#[derive(Clone, Copy)]
struct StoryNames<'a> {
    names: &'a NameMap,
    types: &'a TypeMap,
    /// One-word names of the pile's companies (see [`incorporated`]).
    companies: &'a HashSet<String>,
    lang: Option<Lang>,
}

/// The most common of some values (the first on a tie).
fn majority<T: PartialEq + Copy>(values: impl Iterator<Item = T>) -> Option<T> {
    let all: Vec<T> = values.collect();
    let mut best: Option<(T, usize)> = None;
    for &v in &all {
        let n = all.iter().filter(|&&w| w == v).count();
        if best.is_none_or(|(_, b)| n > b) {
            best = Some((v, n));
        }
    }
    best.map(|b| b.0)
}

/// The name to show among those given: of several words where there is
/// one ("Boris Johnson", not "Johnson"), not in capitals where one is not
/// ("Brussels", not a dateline's "BRUSSELS"), then the one most given, the
/// longest on a tie ("Recep Tayyip Erdogan", then "Balkany" over
/// "Bakany"), so one article's "Razorback
/// Peyton Hillis" does not rename the others' "Peyton Hillis".
fn preferred_name(names: &[String]) -> Option<&String> {
    names.iter().max_by_key(|n| {
        let words = n.split_whitespace().count();
        let written = n.chars().any(char::is_lowercase);
        (
            words >= 2,
            written,
            names.iter().filter(|m| m == n).count(),
            words,
            // Of two spellings given alike, the fuller ("Balkany", not a
            // typo's "Bakany"; see `respells`).
            n.chars().count(),
        )
    })
}

/// Whether the name keyed `short` is a shorter form of the one keyed
/// `long`, as articles shorten a person's name: the surname ("Johnson" of
/// "Boris Johnson"), the name without a first one ("Tayyip Erdogan"),
/// without a middle one ("Mark Heller" of "Mark Jay Heller") or without a
/// last one ("Idriss Déby" of "Idriss Déby Itno").
fn shortens(short: &str, long: &str) -> bool {
    let s: Vec<&str> = short.split(' ').collect();
    let l: Vec<&str> = long.split(' ').collect();
    if s.len() >= l.len() {
        return false;
    }
    match s[..] {
        [one] => l.last() == Some(&one),
        [first, .., last] => {
            l.ends_with(&s) || l.starts_with(&s) || (l[0] == first && l.last() == Some(&last))
        }
        [] => false,
    }
}

/// Whether two entity keys of several words are the same words in another
/// order: French puts the adjective after the noun ("Conseil européen",
/// keyed "consl erp"), English before ("European Council", "erp consl").
fn same_words(a: &str, b: &str) -> bool {
    fn sorted(k: &str) -> Vec<&str> {
        let mut w: Vec<&str> = k.split(' ').collect();
        w.sort_unstable();
        w
    }
    a.contains(' ') && a != b && sorted(a) == sorted(b)
}

/// Whether two full names are one person's under two forms of the first
/// name: "Steve Ballmer" and "Steven Ballmer", "Moqtada al-Sadr" and
/// "Muqtada al-Sadr" (see `gazette_entities::same_given_name`), the other
/// words the same. Joined before surnames join full names, so that
/// "Ballmer" then finds one person, not two.
fn renames(a: &str, b: &str) -> bool {
    // Called for every pair of an event's names: the cheap tests first.
    let (Some((first_a, rest_a)), Some((first_b, rest_b))) = (a.split_once(' '), b.split_once(' '))
    else {
        return false;
    };
    let lower_a = rest_a.chars().flat_map(char::to_lowercase);
    first_a != first_b
        && lower_a.eq(rest_b.chars().flat_map(char::to_lowercase))
        && gazette_entities::same_given_name(first_a, first_b)
}

/// A name with its case and diacritics folded away, its words single-spaced.
fn folded_name(name: &str) -> String {
    name.split_whitespace()
        .map(|w| gazette_terms::names::fold(&w.to_lowercase()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two full names are one person's spelled two ways, as outlets
/// transliterate and articles mistype: the same words but one past the
/// first name, where one spelling holds the other's letters in order with
/// one or two more inside the word ("Tiani" and "Tchiani", "Balkany" and
/// a typo's "Bakany"). "Kim Jong-un" and "Kim Jong-il" differ in letters,
/// not by letters added, and stay two.
/// Both names come folded (see [`folded_name`]).
fn respells(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if a.len() < 2 || a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    // A first name spelled otherwise is another person's as often
    // ("Francis Holder", "Françoise Holder").
    let [i] = differ[..] else { return false };
    if i == 0 {
        return false;
    }
    let (short, long) = if a[i].chars().count() <= b[i].chars().count() {
        (&a[i], &b[i])
    } else {
        (&b[i], &a[i])
    };
    let mut rest = long.chars();
    // Letters added at an end make another name ("Martin", "Martinez").
    short.chars().count() >= 4
        && (1..=2).contains(&(long.chars().count() - short.chars().count()))
        && !long.starts_with(short)
        && !long.ends_with(short)
        && short.chars().all(|c| rest.any(|l| l == c))
}

/// One entity of an event, gathered over its articles (see
/// [`understanding`]).
struct EntityAcc {
    keys: Vec<String>,
    names: Vec<String>,
    kinds: Vec<String>,
    /// Summed evidence per type of the articles that typed it.
    evidence: [i32; 3],
    /// An article of the story typed it (see `StoryKnowledge::types`).
    typed: bool,
    reporter: bool,
    mentions: Vec<String>,
    articles: Vec<String>,
    count: usize,
}

impl EntityAcc {
    /// Article `id`'s entity `e`, under `key`, mentioned `n` times there.
    fn new(key: String, e: &gazette_entities::Entity, n: usize, id: &str) -> EntityAcc {
        EntityAcc {
            keys: vec![key],
            names: vec![e.name.clone()],
            kinds: vec![serde_name(e.kind)],
            evidence: typed_evidence(e),
            typed: false,
            reporter: e.reporter,
            mentions: e.mentions.clone(),
            articles: vec![id.to_string()],
            count: n,
        }
    }

    /// The same entity in article `id`, mentioned `n` times there.
    fn add(&mut self, e: &gazette_entities::Entity, n: usize, id: &str) {
        self.names.push(e.name.clone());
        self.kinds.push(serde_name(e.kind));
        add_evidence(&mut self.evidence, &typed_evidence(e));
        self.reporter |= e.reporter;
        self.count += n;
        for m in &e.mentions {
            if !self.mentions.contains(m) {
                self.mentions.push(m.clone());
            }
        }
        if !self.articles.iter().any(|a| a == id) {
            self.articles.push(id.to_string());
        }
    }

    /// A shorter name of the same person, taken in.
    fn absorb(&mut self, s: EntityAcc) {
        self.keys.extend(s.keys);
        self.names.extend(s.names);
        self.kinds.extend(s.kinds);
        add_evidence(&mut self.evidence, &s.evidence);
        self.typed |= s.typed;
        self.reporter |= s.reporter;
        self.count += s.count;
        for x in s.mentions {
            if !self.mentions.contains(&x) {
                self.mentions.push(x);
            }
        }
        for x in s.articles {
            if !self.articles.contains(&x) {
                self.articles.push(x);
            }
        }
    }

    /// Its type: an article that types the name outweighs those that could
    /// not, and among those, the evidence adds up (one article's clear cue
    /// outweighs others' faint ones).
    fn kind(&self) -> String {
        if !self.typed && self.kinds.iter().all(|k| k == "MISC") {
            return "MISC".to_string();
        }
        let best = (0..3)
            .max_by_key(|&k| (self.evidence[k], 2 - k))
            .unwrap_or(0);
        ["PER", "LOC", "ORG"][best].to_string()
    }

    /// Words of its first key.
    fn words(&self) -> usize {
        self.keys[0].split(' ').count()
    }
}

/// An article's evidence of an entity's type; none from an article that
/// could not type it.
fn typed_evidence(e: &gazette_entities::Entity) -> [i32; 3] {
    if e.kind == gazette_entities::EntityType::Misc {
        [0; 3]
    } else {
        e.evidence
    }
}

/// The quotes of an event, under their speakers' event-wide names (see
/// `canonical`): one quote however many articles carry it, and none that
/// another of the same speaker contains.
fn merge_quotes(
    quotes: Vec<(Option<String>, EventQuote)>,
    canonical: impl Fn(Option<&String>, &str) -> String,
) -> Vec<EventQuote> {
    // One quote, however many articles carry it; each text keyed once.
    let mut merged_quotes: Vec<(String, EventQuote)> = Vec::new();
    for (key, mut q) in quotes {
        q.speaker = canonical(key.as_ref(), &q.speaker);
        let text_key = quote_key(&q.text);
        let same = merged_quotes
            .iter_mut()
            .find(|(k, m)| *k == text_key && same_speaker(&m.speaker, &q.speaker));
        match same {
            Some((_, m)) => {
                // The fuller name: "Mark Jay Heller" over "Heller".
                if q.speaker.len() > m.speaker.len() {
                    m.speaker = q.speaker.clone();
                }
                if !m.articles.contains(&q.article) {
                    m.articles.push(q.article);
                }
            }
            None => merged_quotes.push((text_key, q)),
        }
    }
    // A quote that another of the same speaker contains is a repetition
    // ("« May God protect Lebanon », he said, three times repeating the
    // phrase « may God protect Lebanon »"): its articles go to the longer.
    let mut keep = vec![true; merged_quotes.len()];
    for i in 0..merged_quotes.len() {
        let within = (0..merged_quotes.len()).find(|&j| {
            j != i
                && keep[j]
                && merged_quotes[j].0.len() > merged_quotes[i].0.len()
                && merged_quotes[j].0.contains(merged_quotes[i].0.as_str())
                && same_speaker(&merged_quotes[j].1.speaker, &merged_quotes[i].1.speaker)
        });
        if let Some(j) = within {
            keep[i] = false;
            let articles = std::mem::take(&mut merged_quotes[i].1.articles);
            for a in articles {
                if !merged_quotes[j].1.articles.contains(&a) {
                    merged_quotes[j].1.articles.push(a);
                }
            }
        }
    }
    merged_quotes
        .into_iter()
        .zip(keep)
        .filter_map(|((_, q), keep)| keep.then_some(q))
        .take(MAX_EVENT_QUOTES)
        .collect()
}

/// Terms a quote and its translation share at least (and half the
/// shorter's): "I declare today the resignation of this government" and
/// "Je déclare aujourd'hui la démission de ce gouvernement" share five
/// glossed terms of seven.
const TRANSLATION_TERMS: usize = 3;

/// Folds each quote into one of the same speaker in another language that
/// shares most of its terms (glossed, see `gazette_terms::gloss`): outlets
/// in two languages quote one statement each in its own, and a reader
/// wants it once, with every article that carries it. The one kept is in
/// `lang` when one of the two is, else the earlier. `langs` and `terms`
/// are each quote's article language and sorted term ids.
fn fold_translations(
    quotes: Vec<EventQuote>,
    langs: &[Option<Lang>],
    terms: &[Vec<TermId>],
    lang: Option<Lang>,
) -> Vec<EventQuote> {
    let mut into: Vec<Option<usize>> = vec![None; quotes.len()];
    for j in 0..quotes.len() {
        let translates = |i: usize| {
            let shared = gazette_terms::shared_count(&terms[i], &terms[j]);
            matches!((langs[i], langs[j]), (Some(x), Some(y)) if x != y)
                && same_speaker(&quotes[i].speaker, &quotes[j].speaker)
                && shared >= TRANSLATION_TERMS
                && 2 * shared >= terms[i].len().min(terms[j].len())
        };
        if let Some(i) = (0..j).find(|&i| into[i].is_none() && translates(i)) {
            into[j] = Some(i);
        }
    }
    let mut quotes: Vec<Option<EventQuote>> = quotes.into_iter().map(Some).collect();
    for j in 0..quotes.len() {
        let Some(i) = into[j] else { continue };
        let (Some(mut other), Some(mut kept)) = (quotes[j].take(), quotes[i].take()) else {
            continue;
        };
        if lang.is_some() && langs[j] == lang && langs[i] != lang {
            std::mem::swap(&mut kept, &mut other);
        }
        for a in other.articles {
            if !kept.articles.contains(&a) {
                kept.articles.push(a);
            }
        }
        quotes[i] = Some(kept);
    }
    quotes.into_iter().flatten().collect()
}

/// Merges the entities, quotes and disagreements of an event's articles.
/// Entities meet across articles by key (spellings and languages already
/// folded); a one-word name joins the one multi-word name of the event that
/// ends with it ("Poutine" in one article, "Vladimir Poutine" in another).
fn understanding<'a>(
    originals: &[usize],
    annotations: &[Option<gazette_entities::Annotations>],
    ids: &[String],
    roles: &RoleMap,
    story_names: StoryNames<'_>,
    headline: impl Fn(usize) -> Option<(&'a str, Lang)>,
) -> (Vec<EventEntity>, Vec<EventQuote>, Vec<EventDisagreement>) {
    let bare = |key: &str| bare_key(key).to_string();
    let mut accs: Vec<EntityAcc> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut quotes = Vec::new();
    let mut disagreements = Vec::new();
    for &i in originals {
        let Some(a) = &annotations[i] else { continue };
        for e in &a.entities {
            let key = bare(&e.key);
            let n = a.mentions.iter().filter(|m| m.key == e.key).count().max(1);
            match index.get(&key).map(|&n| &mut accs[n]) {
                Some(x) => x.add(e, n, &ids[i]),
                None => {
                    index.insert(key.clone(), accs.len());
                    accs.push(EntityAcc::new(key, e, n, &ids[i]));
                }
            }
        }
        for q in &a.quotes {
            if let Some(speaker) = &q.speaker {
                // A bare role ("le porte-parole du Kremlin") is the person
                // the story names in it (this article's own roles were
                // read by `analyze`: one it gives two people says no one).
                let role = gazette_entities::role_key(speaker);
                let named = (q.speaker_key.is_none() && !a.roles.iter().any(|r| r.role == role))
                    .then(|| roles.get(&role))
                    .flatten()
                    .and_then(Option::as_ref)
                    .map(|(key, person)| (person.clone(), key.clone()))
                    // Else the article's own protagonist, when it is clear.
                    .or_else(|| {
                        let (title, lang) = headline(i)?;
                        gazette_entities::headline_speaker(a, q, title, lang)
                    });
                let (speaker, key) = match named {
                    Some((person, key)) => (person, Some(bare(&key))),
                    None => (speaker.clone(), q.speaker_key.as_deref().map(bare)),
                };
                let quote = EventQuote {
                    speaker,
                    text: q.text.clone(),
                    direct: q.direct,
                    article: ids[i].clone(),
                    articles: vec![ids[i].clone()],
                };
                quotes.push((key, quote));
            }
        }
        for d in &a.disagreements {
            disagreements.push(EventDisagreement {
                claimant: d.claimant.clone(),
                contester: d.contester.clone(),
                text: d.text.clone(),
                article: ids[i].clone(),
            });
        }
    }
    // Shorter names join the single longer name of a person they shorten
    // (see `shortens`), longest first so that "Erdogan" then finds one
    // person. A place or an organisation that ends with a name is another
    // entity: "Maroc" is not "Caritas Maroc", "Paris" not "Gare de Paris",
    // "Ireland" not "Northern Ireland".
    // One type in all the story's events: the story's evidence, which
    // holds the event's own. A name the event's articles could not type
    // takes it only from a clear cue ("le mouvement Tamarod"), not from a
    // preposition or a name's shape elsewhere ("in Windows").
    for acc in &mut accs {
        if let Some((votes, clearest)) = story_names.types.get(&acc.keys[0]) {
            let typed_here = acc.kinds.iter().any(|k| k != "MISC");
            let winner = (0..3).max_by_key(|&k| (votes[k], 2 - k)).unwrap_or(0);
            if typed_here || clearest[winner] >= STORY_TYPE_CUE {
                acc.evidence = *votes;
                acc.typed = true;
            }
        }
    }
    accs.sort_by_key(|a| std::cmp::Reverse(a.words()));
    let mut merged: Vec<EntityAcc> = Vec::new();
    for s in accs {
        let short_kind = s.kind();
        // A name of several words joins only as a person; one word may be
        // a surname no article typed.
        let joins = short_kind == "PER" || (short_kind == "MISC" && s.words() == 1);
        let hits: Vec<usize> = merged
            .iter()
            .enumerate()
            .filter(|(_, m)| {
                joins
                    && (m.keys.iter().any(|k| shortens(&s.keys[0], k))
                        || m.names
                            .iter()
                            .any(|x| s.names.iter().any(|y| renames(x, y))))
            })
            .filter(|(_, m)| m.kind() == "PER")
            .map(|(n, _)| n)
            .collect();
        if let [h] = hits[..] {
            merged[h].absorb(s);
        } else {
            merged.push(s);
        }
    }
    // One name written two ways ("Kourou" keyed by each language's rules,
    // "Nasa" and "NASA", "Mar Mikhaël" and "Mar Mikhael"), a body named in
    // each language's word order ("Conseil européen", "European Council"),
    // or one person spelled two ways ("Abdourahamane Tiani", "Abdourahamane
    // Tchiani"): the more widely cited takes the other.
    merged.sort_by_key(|a| std::cmp::Reverse(a.articles.len()));
    // Each kept entity with its names folded once, and whether it is a
    // person.
    let mut kept: Vec<(EntityAcc, Vec<String>, bool)> = Vec::new();
    for s in merged {
        let person = s.kind() == "PER";
        let mut folded: Vec<String> = s.names.iter().map(|n| folded_name(n)).collect();
        folded.sort_unstable();
        folded.dedup();
        let same = kept.iter().position(|(m, m_folded, m_person)| {
            let both_people = person && *m_person;
            folded.iter().any(|b| {
                m_folded
                    .iter()
                    .any(|a| a == b || both_people && respells(a, b))
            }) || !person
                && !m_person
                && m.keys
                    .iter()
                    .any(|a| s.keys.iter().any(|b| same_words(a, b)))
        });
        match same {
            Some(k) => {
                let (m, m_folded, m_person) = &mut kept[k];
                m.absorb(s);
                m_folded.extend(folded);
                *m_person = m.kind() == "PER";
            }
            None => kept.push((s, folded, person)),
        }
    }
    let mut merged: Vec<EntityAcc> = kept.into_iter().map(|(m, _, _)| m).collect();
    merged.sort_by(|a, b| {
        b.articles
            .len()
            .cmp(&a.articles.len())
            .then(b.count.cmp(&a.count))
    });
    // The name the story gives, else the one the event's articles give
    // (see `preferred_name`).
    let names: Vec<String> = merged
        .iter()
        .map(|a| {
            let own = preferred_name(&a.names);
            let story = a
                .keys
                .iter()
                .filter_map(|k| story_names.names.get(&(story_names.lang, k.clone())))
                // Of two spellings as cited, the fuller (see `respells`).
                .max_by_key(|(name, articles)| (*articles, name.chars().count()))
                .map(|(name, _)| name)
                // Not a shorter name than the event's own ("Lavrov" where
                // the event says "Sergueï Lavrov").
                .filter(|n| {
                    own.is_none_or(|o| n.split_whitespace().count() >= o.split_whitespace().count())
                });
            story.or(own).cloned().unwrap_or_default()
        })
        .collect();
    // Speakers and parties under their event-wide names.
    let canonical = |key: Option<&String>, fallback: &str| -> String {
        key.and_then(|k| merged.iter().position(|a| a.keys.contains(k)))
            .map_or(fallback.to_string(), |n| names[n].clone())
    };
    let canonical_name = |name: &str| -> String {
        merged
            .iter()
            .position(|a| a.names.iter().any(|n| n == name))
            .map_or(name.to_string(), |n| names[n].clone())
    };
    let quotes = merge_quotes(quotes, canonical);
    for d in &mut disagreements {
        d.claimant = d.claimant.as_deref().map(canonical_name);
        d.contester = d.contester.as_deref().map(canonical_name);
    }
    let entities = merged
        .into_iter()
        .zip(names)
        .take(MAX_EVENT_ENTITIES)
        .map(|(a, name)| EventEntity {
            // No shape of a person's name makes a company's product one.
            kind: match a.kind() {
                k if k == "PER" && product(&name, story_names.companies) => "MISC".to_string(),
                k => k,
            },
            name,
            reporter: a.reporter,
            mentions: a.mentions,
            articles: a.articles,
        })
        .collect();
    (entities, quotes, disagreements)
}

/// Whether `name` is a product or a unit of a company of the pile, named
/// after it: "Microsoft Word", "Renault Clio", "Nintendo DS" where the pile
/// writes "Microsoft Corp.", "Renault SA", "Nintendo Co." (not "Dell
/// Curry", whose first word is a first name too).
fn product(name: &str, companies: &HashSet<String>) -> bool {
    let mut words = name.split_whitespace();
    match (words.next(), words.next()) {
        (Some(first), Some(_)) => {
            let lower = first.to_lowercase();
            companies.contains(&lower) && !gazette_entities::is_given_name(&lower)
        }
        _ => false,
    }
}

/// The template an article's headline (or, without one, its first
/// sentence) follows: its words with names and numbers blanked out, past
/// the first word. Generated pages (a forecast per town, a result per
/// match) share it; two reports rarely do, since they differ in their
/// common words too.
fn template_of(article: &Article) -> String {
    let head = match article.title.as_deref() {
        Some(t) if !t.trim().is_empty() => t,
        _ => {
            let text = article.text.as_str();
            gazette_lang::sentences(text)
                .into_iter()
                .next()
                .map_or(text, |r| &text[r])
        }
    };
    let mut out = String::new();
    for (n, word) in head.split_whitespace().enumerate() {
        let blank = n > 0
            && word
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        out.push_str(if blank { "_" } else { word });
        out.push(' ');
    }
    out.to_lowercase()
}

fn add_evidence(to: &mut [i32; 3], from: &[i32; 3]) {
    for (t, f) in to.iter_mut().zip(from) {
        *t += f;
    }
}

fn serde_name(kind: gazette_entities::EntityType) -> String {
    kind.label().to_string()
}

/// The first sentence of `text` that is no web address, shortened for
/// display.
fn lead_of(text: &str) -> Option<String> {
    // Not the address a crawler wrote above the text ("http: / /
    // articles. latimes. com / 2013 / …").
    let first = gazette_lang::sentences(text)
        .into_iter()
        .find(|r| !gazette_summarize::is_address(&text[r.clone()]))?;
    Some(gazette_summarize::lead_title(&text[first]))
}

fn distinct(items: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for s in items {
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The batch digest of `articles`: document frequencies are counted over
/// the whole batch first, then articles are placed in publication order
/// (undated ones after, in input order) exactly as [`Digester::add`] does.
pub fn digest(articles: Vec<Article>, opts: DigestOptions) -> Digest {
    digester(articles, opts).finish()
}

/// One timeline over all `articles`, as if they were one story (at most
/// `max_dates` days): `gazette timeline`.
pub fn timeline(articles: Vec<Article>, max_dates: usize) -> Vec<TimelineEntry> {
    let opts = DigestOptions {
        timeline_dates: max_dates,
        ..DigestOptions::default()
    };
    let mut d = Digester::new(opts);
    for a in articles {
        let terms = d.analyze(&a);
        d.df.add(&terms);
        let lang = lang_of(&a);
        let input = d.entries.len();
        d.entries.push(Entry {
            article: a,
            lang,
            input,
            original: None,
            handle: 0,
        });
    }
    let all: Vec<usize> = (0..d.entries.len()).collect();
    let ids: Vec<String> = d.entries.iter().map(|e| e.article.id.clone()).collect();
    let copies = vec![Vec::new(); ids.len()];
    d.timeline(&all, &copies, &ids)
}

/// The batch [`Digester`] after all `articles` are placed, before
/// [`Digester::finish`] (for callers that want [`Digester::explain`] too).
pub fn digester(articles: Vec<Article>, opts: DigestOptions) -> Digester {
    let mut d = Digester::new(opts);
    let articles: Vec<Article> = articles
        .into_iter()
        .filter_map(|mut a| {
            let given = d.ids.admit(&mut a).ok()?;
            let input = d.ids.used.len() - 1;
            d.ids.record(given, input);
            Some(a)
        })
        .collect();
    let mut analyzed: Vec<(usize, Article, Vec<Term>)> = articles
        .into_iter()
        .enumerate()
        .map(|(i, a)| {
            let t = d.analyze(&a);
            (i, a, t)
        })
        .collect();
    for (_, _, t) in &analyzed {
        d.df.add(t);
    }
    analyzed.sort_by_key(|(i, a, _)| {
        (
            a.published.map(|p| p.date()).is_none(),
            a.published.map(|p| p.date()),
            *i,
        )
    });
    for (i, a, t) in analyzed {
        d.place(a, &t, i);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::{
        digester, fold_translations, folded_name, headline_label, ids_where, renames, respells,
        same_words, shortens, Digester,
    };
    use crate::{Digest, DigestOptions, EventQuote};
    use gazette_lang::Lang;
    use gazette_model::Article;

    fn article(id: &str, text: &str) -> Article {
        Article {
            id: id.into(),
            source: format!("{id}.txt"),
            url: None,
            title: None,
            text: text.into(),
            language: Some("en".into()),
            published: None,
            outlet: None,
            authors: Vec::new(),
            description: None,
        }
    }

    #[test]
    fn a_record_read_twice_is_one_article_and_ids_stay_keys() {
        let rates = "The central bank raised its key rate by a quarter point on Thursday.";
        let storm = "A storm hit the coast overnight, cutting power to thousands of homes.";
        let batch = vec![
            article("a", rates),
            article("a", rates),
            article("a", storm),
            article("a~2", storm),
        ];
        let d = digester(batch, DigestOptions::default()).finish();
        let ids: Vec<&str> = d.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "a~2", "a~2~2"]);
        // The same in a stream: the repeat joins what the first one got.
        let mut inc = Digester::new(DigestOptions::default());
        let first = inc.add(article("a", rates));
        inc.add(article("b", storm));
        assert_eq!(inc.add(article("a", rates)), first);
        assert_eq!(inc.finish().articles.len(), 2);
    }

    #[test]
    fn a_headline_opens_on_a_name_alone() {
        for (title, label) in [
            (
                "Quillan. Le patrimoine exposé à l'office de tourisme",
                "Quillan",
            ),
            (
                "La Tranche-sur-Mer. Les photographes exposent",
                "La Tranche-sur-Mer",
            ),
            ("Niger : des militaires tués dans une attaque", "Niger"),
            (
                "AS Saint-Etienne. Deux matches à huis clos",
                "AS Saint-Etienne",
            ),
        ] {
            assert_eq!(headline_label(title), Some(label), "{title}");
        }
        for title in [
            "Gilets jaunes. Nouvelle mobilisation samedi",
            "Séisme au Maroc : le bilan s'alourdit",
            "U.S. Troops Kill 10 in Raid",
            "No. 5 Texas Beats Oklahoma",
            "Score at 10: 2 goals in the first half",
            "Le maire de la commune a présenté ses voeux hier soir aux habitants. Puis il est parti.",
            "Storm hits the coast",
        ] {
            assert_eq!(headline_label(title), None, "{title}");
        }
    }

    /// A French headline-only item, as the input stage leaves it: its text
    /// repeated the headline and was emptied.
    fn brief(id: &str, title: &str) -> Article {
        Article {
            title: Some(title.into()),
            language: Some("fr".into()),
            ..article(id, "")
        }
    }

    /// The position of the event that holds the article `id`.
    fn event_of(d: &Digest, id: &str) -> usize {
        d.events
            .iter()
            .position(|e| e.articles.iter().any(|a| a == id))
            .unwrap_or(usize::MAX)
    }

    /// The digest of `pile` among unrelated French briefs.
    fn digest_among_others(mut pile: Vec<Article>) -> Digest {
        for (i, other) in [
            "Le conseil municipal vote le budget de la piscine",
            "Un incendie détruit un hangar agricole pendant la nuit",
            "Les lycéens manifestent contre la réforme du baccalauréat",
            "La gendarmerie recherche un randonneur disparu en montagne",
            "Le club de rugby remporte le derby face à ses voisins",
        ]
        .into_iter()
        .enumerate()
        {
            pile.push(brief(&format!("o{i}"), other));
        }
        digester(pile, DigestOptions::default()).finish()
    }

    #[test]
    fn two_towns_briefs_are_two_events_and_one_towns_meet() {
        // Unrelated briefs make the exhibition's words rare, so that the
        // two towns' items would link on them without their labels.
        let pile = vec![
            brief(
                "a",
                "Quillan. Les crèches de Noël exposées à l'office de tourisme",
            ),
            brief(
                "b",
                "Lézignan. Les crèches de Noël exposées à l'office de tourisme jusqu'en janvier",
            ),
            brief(
                "c",
                "Quillan. Les crèches de Noël de l'office de tourisme attirent les visiteurs",
            ),
        ];
        let d = digest_among_others(pile);
        assert_ne!(event_of(&d, "a"), event_of(&d, "b"));
        assert_eq!(event_of(&d, "a"), event_of(&d, "c"));
    }

    #[test]
    fn dispatches_of_one_feed_do_not_meet_on_its_name() {
        let dispatch = |id: &str, title: &str, text: &str| Article {
            title: Some(title.into()),
            outlet: Some("NewsFactor".into()),
            ..article(id, text)
        };
        let mut pile = vec![
            dispatch(
                "spam",
                "AOL Drops Sender Standard",
                "NewsFactor - America Online said it will stop testing the standard for filtering junk e-mail that Microsoft (Nasdaq: MSFT) proposed.",
            ),
            dispatch(
                "watch",
                "Swatch Unveils Paparazzi Watch",
                "NewsFactor - Microsoft (Nasdaq: MSFT) and Swatch have launched a wristwatch that receives news and weather over a radio network.",
            ),
        ];
        for (i, other) in [
            "The city council approved the budget for the new swimming pool.",
            "A fire destroyed a farm building overnight, firefighters said.",
            "Students marched against the reform of the final exams.",
            "Police are searching for a hiker missing in the mountains.",
        ]
        .into_iter()
        .enumerate()
        {
            pile.push(article(&format!("o{i}"), other));
        }
        let d = digester(pile, DigestOptions::default()).finish();
        assert_ne!(event_of(&d, "spam"), event_of(&d, "watch"));
        // Nor does a summary open on the feed's name.
        assert!(d
            .events
            .iter()
            .all(|e| e.summary.iter().all(|s| !s.text.starts_with("NewsFactor"))));
    }

    #[test]
    fn briefs_meet_on_rare_words_not_on_two_common_ones() {
        // Unrelated briefs make the shared words rare in the pile, so that
        // only their rarity in the news at large tells the pairs apart.
        let pile = vec![
            brief(
                "rent",
                "Une nouvelle hausse des loyers en vue pour les étudiants",
            ),
            brief(
                "strike",
                "Trois nouvelles grèves en vue dans les transports",
            ),
            brief("quake", "Séisme : des survivants extraits des décombres"),
            brief(
                "child",
                "Après le séisme, un enfant retrouvé vivant sous les décombres",
            ),
        ];
        let d = digest_among_others(pile);
        assert_ne!(event_of(&d, "rent"), event_of(&d, "strike"));
        assert_eq!(event_of(&d, "quake"), event_of(&d, "child"));
    }

    #[test]
    fn shorter_forms_of_a_name() {
        for (short, long) in [
            ("johnson", "boris johnson"),
            ("tayyip erdogan", "recep tayyip erdogan"),
            ("mark heller", "mark jay heller"),
            ("idriss deby", "idriss deby itno"),
        ] {
            assert!(shortens(short, long), "{short} / {long}");
        }
        for (short, long) in [
            ("boris johnson", "boris johnson"),
            ("boris", "boris johnson"),
            ("jean dupont", "marc dupont"),
            ("boris johnson", "johnson"),
            ("jay heller", "mark jay heller smith"),
        ] {
            assert!(!shortens(short, long), "{short} / {long}");
        }
    }

    #[test]
    fn a_quote_said_in_two_languages_is_shown_once() {
        let said = [
            (
                "Hassan Diab",
                "Je déclare aujourd'hui la démission de ce gouvernement. Que Dieu protège le Liban",
                Lang::Fr,
                "fr1",
            ),
            (
                "Hassan Diab",
                "I declare today the resignation of this government. May God protect Lebanon",
                Lang::En,
                "en1",
            ),
            (
                "Hassan Diab",
                "Those responsible for this catastrophe will pay the price",
                Lang::En,
                "en1",
            ),
            (
                "Michel Aoun",
                "I declare today that the government will protect Lebanon",
                Lang::En,
                "en2",
            ),
        ];
        let mut analyzer = gazette_terms::Analyzer::new();
        let quotes: Vec<EventQuote> = said
            .iter()
            .map(|&(speaker, text, _, id)| EventQuote {
                speaker: speaker.into(),
                text: text.into(),
                direct: true,
                article: id.into(),
                articles: vec![id.into()],
            })
            .collect();
        let langs: Vec<Option<Lang>> = said.iter().map(|q| Some(q.2)).collect();
        let terms: Vec<_> = said
            .iter()
            .map(|q| ids_where(&analyzer.terms(q.1, Some(q.2)), |_| true))
            .collect();
        let folded = fold_translations(quotes, &langs, &terms, Some(Lang::En));
        // The English one is kept, citing both; another statement of the
        // same speaker, and one of another speaker, stay.
        assert_eq!(folded.len(), 3, "{folded:?}");
        assert!(folded[0].text.starts_with("I declare today"), "{folded:?}");
        assert_eq!(folded[0].articles, ["en1", "fr1"]);
        assert_eq!(folded[2].speaker, "Michel Aoun");
    }

    #[test]
    fn a_body_named_in_two_word_orders() {
        assert!(same_words("consl erp", "erp consl"));
        assert!(!same_words("consl erp", "consl erp"));
        assert!(!same_words("consl", "consl"));
        assert!(!same_words("agns saptl erp", "erp saps agns"));
    }

    #[test]
    fn one_name_written_two_ways() {
        assert_eq!(folded_name("NASA"), folded_name("Nasa"));
        assert_eq!(folded_name("Mar Mikhaël"), folded_name("Mar  Mikhael"));
        assert_ne!(folded_name("Kim Jong-un"), folded_name("Kim Jong-il"));
    }

    #[test]
    fn one_person_under_two_forms_of_the_first_name() {
        assert!(renames("Steve Ballmer", "Steven Ballmer"));
        assert!(renames("Moqtada al-Sadr", "Muqtada al-Sadr"));
        assert!(!renames("Emmanuel Macron", "Brigitte Macron"));
        assert!(!renames("Roberto Baggio", "Roberta Baggio"));
        assert!(!renames("Steve Ballmer", "Steve Ballmer"), "the same name");
        assert!(!renames("Ballmer", "Steve Ballmer"));
    }

    #[test]
    fn one_name_spelled_two_ways() {
        let respelled = |a: &str, b: &str| respells(&folded_name(a), &folded_name(b));
        assert!(respelled("Abdourahamane Tiani", "Abdourahamane Tchiani"));
        assert!(respelled("Mohamed El-Baradei", "Mohamed ElBaradei"));
        assert!(!respelled("Francis Holder", "Françoise Holder"));
        assert!(!respelled("Kim Jong-un", "Kim Jong-il"));
        assert!(!respelled("Tiani", "Tchiani"));
        assert!(!respelled("Marie Martin", "Marie Martinez"));
        assert!(!respelled("Marine Le Pen", "Marion Le Pen"));
    }
}
