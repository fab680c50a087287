//! Incremental grouping of articles into events and stories.
//!
//! An *event* is one happening (a phone call between two presidents after a
//! strike); a *story* is the developing subject that holds related events
//! (an escalation between two countries over weeks). Articles arrive one at
//! a time as [`Item`]s: a TF-IDF vector weighted by this pile's
//! frequencies, the same terms weighted for the subject (rarity judged
//! against the news at large), retrieval keys, and a publication day when
//! known.
//!
//! * [`Clusterer::add`] links the item to its nearest earlier articles: the
//!   candidates are the articles that share one of its keys (an inverted
//!   index scanned from the most recent end, with a cap), within a window of
//!   days when both are dated. The cost of an addition depends on those
//!   capped posting lists, not on the number of articles seen. The item gets
//!   a provisional event at once: that of its nearest neighbour when close
//!   enough, or a new one.
//! * [`Clusterer::partition`] settles events as the communities of this
//!   nearest-neighbour graph (see [`louvain`]): on news, an article's nearest
//!   neighbour is almost always from the same happening, while raw
//!   similarity thresholds are not comparable across subjects. Stories are
//!   then grown over the events' subject centroids, in date order, within a
//!   wider window and a lower threshold. The cost is near-linear in the number of
//!   articles; a batch runs it once, a stream when it publishes.
//!
//! Dates keep look-alike events apart (two earthquakes months apart share
//! every word but the place); undated items are placed on content alone.

pub mod louvain;

use gazette_terms::{shared_count as shared, SparseVec, TermId};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Thresholds and windows of the clustering.
#[derive(Debug, Clone, Copy)]
pub struct ClusterOptions {
    /// Nearest neighbours kept per article in the graph.
    pub neighbours: usize,
    /// Cosine below which two articles are not linked at all.
    pub edge_min: f32,
    /// Distinct terms two articles must share to be linked: headline-only
    /// items ("Météo Tours : prévisions du vendredi", "Retraites : 6.000
    /// dans la rue à Tours") can be close on a single shared name, which
    /// is a coincidence, not a happening.
    pub min_shared_terms: usize,
    /// Cosine with its nearest neighbour from which a new article joins
    /// that neighbour's event provisionally (before [`Clusterer::partition`]).
    pub event_threshold: f32,
    /// Resolution of the event communities (see [`louvain`]): an article
    /// joins an event when its links to it outweigh this much per member.
    pub resolution: f32,
    /// Cosine between an event and a story centroid from which the event
    /// joins the story.
    pub story_threshold: f32,
    /// Cosine with at least one event of a story that a new event needs,
    /// besides the story threshold, to join it: a story grows through
    /// events close to one of its own, not through a broad centroid that
    /// many unrelated events graze.
    pub story_link: f32,
    /// Days between two articles beyond which they cannot be one happening.
    pub event_window_days: i32,
    /// Days between an event and a story's date range beyond which the story
    /// has gone quiet and a new one starts.
    pub story_window_days: i32,
    /// How many of the item's keys are looked up in the index.
    pub query_terms: usize,
    /// How many entries of each posting list are scanned (most recent first).
    pub scan_per_term: usize,
    /// Terms kept in a centroid.
    pub centroid_terms: usize,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions {
            neighbours: 5,
            edge_min: 0.1,
            min_shared_terms: 2,
            event_threshold: 0.25,
            resolution: 0.06,
            story_threshold: 0.15,
            story_link: 0.15,
            event_window_days: 4,
            story_window_days: 21,
            query_terms: 16,
            scan_per_term: 32,
            centroid_terms: 160,
        }
    }
}

/// An article as the clustering sees it.
#[derive(Debug, Clone)]
pub struct Item {
    /// L2-normalised TF-IDF vector.
    pub vector: SparseVec,
    /// The same terms weighted for the subject rather than the happening
    /// (rarity judged against the news at large, not only this pile; see
    /// `gazette_terms::DocFreq::idf_with_prior`): stories are grown on it.
    /// Left empty, `vector` serves.
    pub subject: SparseVec,
    /// Publication day (days since any fixed epoch), when known.
    pub day: Option<i32>,
    /// Its language, as any id the caller likes (`None` when unknown).
    /// Articles in two languages need shared names to be linked (see
    /// `link_weight`).
    pub language: Option<u16>,
    /// Its name terms, sorted: two articles in different languages must
    /// share at least two of these to be linked, since the rest of what
    /// they share (glossed vocabulary, numbers) a whole domain shares.
    pub names: Vec<TermId>,
    /// Terms under which to look for candidates and to index the item's
    /// clusters: its heaviest terms that other articles share (a term seen
    /// only here cannot retrieve anything).
    pub keys: Vec<TermId>,
    /// The name terms of the label a headline-only item opens on, sorted
    /// ("Quillan. Le patrimoine exposé…", "Niger : des militaires…"); empty
    /// when it has none. Regional papers put the town there: two labelled
    /// items that name neither's label are two places' news, however many
    /// words they share ("Quillan. … à l'office de tourisme", "La
    /// Tranche-sur-Mer. … à l'office de tourisme").
    pub label: Vec<TermId>,
    /// Whether it is a headline-only item (a feed's entry, a brief). Two
    /// headlines sharing two words, one of them common, is a coincidence
    /// ("Pau : nouvelle victoire en vue", "Trois nouvelles manifestations
    /// en vue à Rennes"), so a brief links only through a shared name, two
    /// shared [`rare`](Item::rare) words ("rubble" and "quake") or
    /// [`BRIEF_SHARED_TERMS`] shared terms.
    pub brief: bool,
    /// Its words that few articles of the news at large have, sorted:
    /// read where a brief is one side of a link, within a language and
    /// across two.
    pub rare: Vec<TermId>,
}

/// Terms a brief must share with another article to be linked when they
/// share no name and fewer than two rare words (see [`Item::brief`]).
pub const BRIEF_SHARED_TERMS: usize = 3;

#[derive(Debug, Default)]
struct Cluster {
    /// Sum of member vectors, truncated to the heaviest terms.
    sum: SparseVec,
    /// The normalised `sum`, for cosines.
    centroid: SparseVec,
    first: Option<i32>,
    last: Option<i32>,
    /// Terms under which the cluster is indexed.
    indexed: HashSet<TermId>,
    /// The language of its first member, when known.
    language: Option<u16>,
    /// Its members' names, sorted (at most [`CLUSTER_NAMES`]).
    names: Vec<TermId>,
}

/// Names kept per cluster for the cross-language rule.
const CLUSTER_NAMES: usize = 256;

impl Cluster {
    fn gap(&self, day: Option<i32>) -> i32 {
        match (day, self.first, self.last) {
            (Some(d), Some(f), Some(l)) => (f - d).max(d - l).max(0),
            _ => 0,
        }
    }

    /// The cosine of `item` to this cluster as the linking rules weigh it
    /// (see [`link_weight`]).
    fn affinity(&self, item: &Item) -> f32 {
        self.affinity_shared(item).0
    }

    /// [`affinity`](Cluster::affinity) and the number of terms the item
    /// shares with the centroid.
    fn affinity_shared(&self, item: &Item) -> (f32, usize) {
        let side = Side {
            language: self.language,
            names: &self.names,
            dated: self.first.is_some(),
            label: &[],
            brief: false,
            rare: &[],
        };
        match link_weight(&Side::of(item), &side) {
            Some(w) => {
                let (s, shared) = item.vector.dot_shared(&self.centroid);
                (w * s, shared)
            }
            None => (0.0, 0),
        }
    }

    fn absorb(&mut self, item: &Item, keep: usize) {
        self.language = self.language.or(item.language);
        if !item.names.is_empty() && self.names.len() < CLUSTER_NAMES {
            self.names.extend_from_slice(&item.names);
            self.names.sort_unstable();
            self.names.dedup();
            self.names.truncate(CLUSTER_NAMES);
        }
        self.sum.add_scaled(&item.vector, 1.0);
        self.sum.truncate(keep);
        self.centroid = self.sum.clone();
        self.centroid.normalize();
        if let Some(d) = item.day {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
    }
}

/// Clusters with an inverted index from key to cluster.
#[derive(Debug, Default)]
struct Level {
    clusters: Vec<Cluster>,
    postings: HashMap<TermId, Vec<usize>>,
}

impl Level {
    /// The most similar cluster for `item` within `window` days, and its cosine.
    fn best(&self, item: &Item, window: i32, opts: &ClusterOptions) -> Option<(usize, f32)> {
        let candidates = candidates(&self.postings, &item.keys, opts);
        let mut best: Option<(usize, f32)> = None;
        for c in candidates {
            let cluster = &self.clusters[c];
            if cluster.gap(item.day) > window {
                continue;
            }
            let s = cluster.affinity(item);
            if best.is_none_or(|(_, b)| s > b) {
                best = Some((c, s));
            }
        }
        best
    }

    /// The groups (`group_of` each cluster) that have a cluster within
    /// `window` days at cosine `min` or more from `item`.
    fn best_per(
        &self,
        item: &Item,
        window: i32,
        opts: &ClusterOptions,
        group_of: &[usize],
        min: f32,
    ) -> Vec<usize> {
        let candidates = candidates(&self.postings, &item.keys, opts);
        let mut groups: Vec<usize> = candidates
            .into_iter()
            .filter(|&c| {
                let (s, shared) = self.clusters[c].affinity_shared(item);
                self.clusters[c].gap(item.day) <= window
                    && s >= min
                    && shared >= opts.min_shared_terms
            })
            .map(|c| group_of[c])
            .collect();
        groups.sort_unstable();
        groups.dedup();
        groups
    }

    fn open(&mut self) -> usize {
        self.clusters.push(Cluster::default());
        self.clusters.len() - 1
    }

    fn absorb(&mut self, c: usize, item: &Item, keep: usize) {
        let cluster = &mut self.clusters[c];
        cluster.absorb(item, keep);
        for &term in &item.keys {
            if cluster.indexed.insert(term) {
                self.postings.entry(term).or_default().push(c);
            }
        }
    }
}

/// What the linking rules look at on either side of a link.
struct Side<'a> {
    language: Option<u16>,
    names: &'a [TermId],
    dated: bool,
    label: &'a [TermId],
    brief: bool,
    rare: &'a [TermId],
}

impl Side<'_> {
    /// Whether two labelled sides are one place's news: they share a label,
    /// or one names the other's label. Otherwise they are two places' news.
    fn same_place(&self, other: &Side<'_>) -> bool {
        shared(self.label, other.label) > 0
            || shared(self.label, other.names) > 0
            || shared(other.label, self.names) > 0
    }

    fn of(item: &Item) -> Side<'_> {
        Side {
            language: item.language,
            names: &item.names,
            dated: item.day.is_some(),
            label: &item.label,
            brief: item.brief,
            rare: &item.rare,
        }
    }
}

/// What a similarity counts for between a dated and an undated side (see
/// [`link_weight`]): an undated article of one year must not join a
/// look-alike of another on a similarity a dated pair would need.
const UNPROTECTED_WEIGHT: f32 = 0.5;

/// The same in two languages, where the similarity is made of names,
/// numbers and glossed words and runs lower for one happening, and a third
/// shared name is asked for besides: French pages without dates met their
/// dated English coverage in 13 of the bilingual set's 27 events at 0.5,
/// in 22 at 0.7 (`eval_cluster.py --set bilingual-half-dated`).
const UNPROTECTED_ACROSS_WEIGHT: f32 = 0.7;

/// How much a similarity counts between two articles, or an event and a
/// story: `None` when they cannot be linked. In two languages the words
/// shared are names, numbers and the glossed vocabulary (see
/// `gazette_terms::gloss`), which a whole domain shares, so fewer than two
/// shared names is no link, unless one side is a brief and shared rare
/// words make up for the missing names. A dated and an undated side have no date
/// window to protect them, so their similarity counts less, and in two
/// languages they need a third shared name: a French headline of 2020 and
/// an undated English brief of 2004 on Iran's nuclear talks share "EU" and
/// "Iran", and a glossed word or two.
fn link_weight(a: &Side<'_>, b: &Side<'_>) -> Option<f32> {
    if !a.label.is_empty() && !b.label.is_empty() && !a.same_place(b) {
        return None;
    }
    let cross_language = matches!((a.language, b.language), (Some(x), Some(y)) if x != y);
    let unprotected = a.dated != b.dated;
    if cross_language {
        let needed = if unprotected { 3 } else { 2 };
        let names = shared(a.names, b.names);
        // A headline holds fewer names than an article: with a brief, rare
        // words glossed alike stand in for names, two at least and one
        // more than the names missing ("Séisme au Maroc : Rabat n'accepte
        // l'aide que de quatre pays", "Morocco accepts aid from four
        // countries as quake death toll climbs": one name, two words).
        let rare = shared(a.rare, b.rare);
        let brief = (a.brief || b.brief) && rare >= 2 && names + rare > needed;
        if names < needed && !brief {
            return None;
        }
    }
    Some(match (unprotected, cross_language) {
        (false, _) => 1.0,
        (true, false) => UNPROTECTED_WEIGHT,
        (true, true) => UNPROTECTED_ACROSS_WEIGHT,
    })
}

/// How many terms two articles must share to be linked, `min` unless a
/// brief is involved that shares neither a name nor two rare words with the
/// other side (see [`Item::brief`]).
fn terms_needed(a: &Side<'_>, b: &Side<'_>, min: usize) -> usize {
    if (a.brief || b.brief) && shared(a.names, b.names) == 0 && shared(a.rare, b.rare) < 2 {
        min.max(BRIEF_SHARED_TERMS)
    } else {
        min
    }
}

/// The entries of `postings` under the first `query_terms` of `keys`, the
/// `scan_per_term` most recent of each, without repeats.
fn candidates<T: Copy + Ord>(
    postings: &HashMap<TermId, Vec<T>>,
    keys: &[TermId],
    opts: &ClusterOptions,
) -> Vec<T> {
    let mut found: Vec<T> = Vec::new();
    for term in keys.iter().take(opts.query_terms) {
        if let Some(list) = postings.get(term) {
            found.extend(list.iter().rev().take(opts.scan_per_term));
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// Splits communities whose dated members are more than `window` days
/// apart (undated articles can link look-alikes from different months):
/// dated members are cut where consecutive days are further apart than the
/// window; an undated member goes with the part it has the most weight to.
/// Returns the new community of each node and their count.
fn split_by_date(
    communities: &[usize],
    days: &[Option<i32>],
    graph: &louvain::Graph,
    window: i32,
) -> (Vec<usize>, usize) {
    let n = communities.len();
    let ncomm = communities.iter().map(|&c| c + 1).max().unwrap_or(0);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); ncomm];
    for (i, &c) in communities.iter().enumerate() {
        members[c].push(i);
    }
    let mut out = vec![usize::MAX; n];
    let mut next = 0;
    for m in members {
        if m.is_empty() {
            continue;
        }
        let mut dated: Vec<(i32, usize)> =
            m.iter().filter_map(|&i| days[i].map(|d| (d, i))).collect();
        dated.sort_unstable();
        let first = next;
        let mut prev: Option<i32> = None;
        for &(d, i) in &dated {
            if prev.is_some_and(|p| d - p > window) {
                next += 1;
            }
            out[i] = next;
            prev = Some(d);
        }
        next += 1;
        let parts = next - first;
        for &i in m.iter().filter(|&&i| days[i].is_none()) {
            let mut weight = vec![0f32; parts];
            for &(j, w) in &graph[i] {
                let e = out[j as usize];
                if e != usize::MAX && e >= first && e < next {
                    weight[e - first] += w;
                }
            }
            let best = (0..parts)
                .max_by(|&a, &b| weight[a].total_cmp(&weight[b]).then(b.cmp(&a)))
                .unwrap_or(0);
            out[i] = first + best;
        }
    }
    (out, next)
}

/// Whether two labelled items may be one happening (see [`Item::label`]).
fn labels_agree(a: &Item, b: &Item) -> bool {
    Side::of(a).same_place(&Side::of(b))
}

/// Splits communities that hold labelled items of two places (see
/// [`Item::label`]). Two such briefs are never linked, but unlabelled ones
/// can bridge them ("Foix. Retraites : l'Ariège s'est encore mobilisée",
/// "Toulouse. Encore plusieurs milliers contre la réforme" and "Plusieurs
/// milliers de personnes mobilisées contre la réforme à Toulouse"): each
/// place's briefs make a part; the other members go, round by round from
/// those linked to a place's briefs, to the part they have the most weight
/// to, and those linked to none stay together. Returns the new community of each node and, for each new
/// community, the one it was cut from.
fn split_by_label(
    communities: &[usize],
    items: &[Item],
    graph: &louvain::Graph,
) -> (Vec<usize>, Vec<usize>) {
    let ncomm = communities.iter().map(|&c| c + 1).max().unwrap_or(0);
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); ncomm];
    for (i, &c) in communities.iter().enumerate() {
        members[c].push(i);
    }
    let mut out = vec![usize::MAX; communities.len()];
    let mut parent = Vec::new();
    for (c, m) in members.into_iter().enumerate() {
        let next = parent.len();
        let labelled: Vec<usize> = m
            .iter()
            .copied()
            .filter(|&i| !items[i].label.is_empty())
            .collect();
        // Places agree transitively: "Rennes" briefs that name "Cesson"
        // and "Cesson" briefs are one place's news.
        let mut root: Vec<usize> = (0..labelled.len()).collect();
        fn find(root: &mut [usize], mut x: usize) -> usize {
            while root[x] != x {
                root[x] = root[root[x]];
                x = root[x];
            }
            x
        }
        for a in 0..labelled.len() {
            for b in a + 1..labelled.len() {
                if labels_agree(&items[labelled[a]], &items[labelled[b]]) {
                    let (ra, rb) = (find(&mut root, a), find(&mut root, b));
                    root[ra.max(rb)] = ra.min(rb);
                }
            }
        }
        let mut part_of_root: HashMap<usize, usize> = HashMap::default();
        for k in 0..labelled.len() {
            let r = find(&mut root, k);
            let parts = part_of_root.len();
            let part = *part_of_root.entry(r).or_insert(parts);
            out[labelled[k]] = next + part;
        }
        if part_of_root.len() <= 1 {
            for &i in &m {
                out[i] = next;
            }
            parent.push(c);
            continue;
        }
        let first = next;
        let next = next + part_of_root.len();
        let mut rest: Vec<usize> = m
            .iter()
            .copied()
            .filter(|&i| out[i] == usize::MAX)
            .collect();
        // Each round places the members linked to a placed one, so that a
        // chain of unlabelled briefs follows the place it leads to.
        loop {
            let placed: Vec<(usize, usize)> = rest
                .iter()
                .filter_map(|&i| {
                    let mut weight = vec![0f32; next - first];
                    for &(j, w) in &graph[i] {
                        let e = out[j as usize];
                        if e != usize::MAX && (first..next).contains(&e) {
                            weight[e - first] += w;
                        }
                    }
                    (0..weight.len())
                        .filter(|&p| weight[p] > 0.0)
                        .max_by(|&a, &b| weight[a].total_cmp(&weight[b]).then(b.cmp(&a)))
                        .map(|p| (i, first + p))
                })
                .collect();
            if placed.is_empty() {
                break;
            }
            for &(i, p) in &placed {
                out[i] = p;
            }
            rest.retain(|&i| out[i] == usize::MAX);
        }
        let parts = next - first + usize::from(!rest.is_empty());
        for &i in &rest {
            out[i] = next;
        }
        parent.extend(std::iter::repeat_n(c, parts));
    }
    (out, parent)
}

/// Events and stories of every article added so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partition {
    /// The event of each article, by handle.
    pub event_of: Vec<usize>,
    /// The story of each event.
    pub story_of_event: Vec<usize>,
    /// Number of stories.
    pub stories: usize,
}

/// The incremental clusterer.
#[derive(Debug, Default)]
pub struct Clusterer {
    opts: ClusterOptions,
    items: Vec<Item>,
    /// Each article's nearest neighbours so far (similarity, handle), best
    /// first: its own choices among earlier articles, updated when a later
    /// article comes closer. The graph is the union of all choices.
    nearest: Vec<Vec<(f32, u32)>>,
    postings: HashMap<TermId, Vec<u32>>,
    provisional: Vec<usize>,
    events_opened: usize,
}

impl Clusterer {
    /// An empty clusterer.
    pub fn new(opts: ClusterOptions) -> Clusterer {
        Clusterer {
            opts,
            ..Clusterer::default()
        }
    }

    /// Number of articles added.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether no article was added.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The provisional event of the article with this handle (see
    /// [`add`](Clusterer::add)).
    pub fn provisional_event(&self, handle: usize) -> usize {
        self.provisional[handle]
    }

    /// The nearest neighbours of the article with this handle, as
    /// (cosine, handle), closest first.
    pub fn neighbours(&self, handle: usize) -> &[(f32, u32)] {
        self.nearest.get(handle).map_or(&[], |v| v.as_slice())
    }

    /// Adds one article, links it to its nearest earlier neighbours, and
    /// returns its provisional event (final events come from
    /// [`partition`](Clusterer::partition)).
    pub fn add(&mut self, item: Item) -> usize {
        let o = self.opts;
        let me = self.items.len() as u32;
        let mut scored: Vec<(f32, u32)> = Vec::new();
        for other in candidates(&self.postings, &item.keys, &o) {
            let peer = &self.items[other as usize];
            if let (Some(a), Some(b)) = (item.day, peer.day) {
                if (a - b).abs() > o.event_window_days {
                    continue;
                }
            }
            let (mine, theirs) = (Side::of(&item), Side::of(peer));
            let Some(weight) = link_weight(&mine, &theirs) else {
                continue;
            };
            let (s, common) = item.vector.dot_shared(&peer.vector);
            if common >= terms_needed(&mine, &theirs, o.min_shared_terms)
                && s * weight >= o.edge_min
            {
                scored.push((s, other));
            }
        }
        scored.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        // The new article may be among the nearest of earlier ones.
        for &(s, other) in &scored {
            let theirs = &mut self.nearest[other as usize];
            if theirs.len() < o.neighbours || theirs.last().is_some_and(|l| s > l.0) {
                let at = theirs.partition_point(|e| e.0 >= s);
                theirs.insert(at, (s, me));
                theirs.truncate(o.neighbours);
            }
        }
        scored.truncate(o.neighbours);
        let event = match scored.first() {
            Some(&(s, nn)) if s >= o.event_threshold => self.provisional[nn as usize],
            _ => {
                self.events_opened += 1;
                self.events_opened - 1
            }
        };
        self.nearest.push(scored);
        for &term in &item.keys {
            self.postings.entry(term).or_default().push(me);
        }
        self.provisional.push(event);
        self.items.push(item);
        event
    }

    /// The neighbour graph: the union of every article's nearest.
    fn graph(&self) -> louvain::Graph {
        let mut g: louvain::Graph = vec![Vec::new(); self.items.len()];
        for (i, near) in self.nearest.iter().enumerate() {
            for &(s, j) in near {
                g[i].push((j, s));
                g[j as usize].push((i as u32, s));
            }
        }
        for edges in &mut g {
            edges.sort_unstable_by_key(|e| e.0);
            edges.dedup_by_key(|e| e.0);
        }
        g
    }

    /// Settles events (communities of the neighbour graph) and stories
    /// (events grown into stories in date order).
    pub fn partition(&self) -> Partition {
        let o = self.opts;
        let graph = self.graph();
        let communities = louvain::communities(&graph, o.resolution, 4);
        let days: Vec<Option<i32>> = self.items.iter().map(|i| i.day).collect();
        let (by_date, nevents) = split_by_date(&communities, &days, &graph, o.event_window_days);
        // Places cut from one community are one subject: stories are grown
        // over the communities before the cut, and the places share theirs.
        let (event_of, cut_from) = split_by_label(&by_date, &self.items, &graph);
        // One item per community: its subject centroid, dates and most
        // shared keys.
        let mut events: Vec<Cluster> = (0..nevents).map(|_| Cluster::default()).collect();
        let mut key_counts: Vec<HashMap<TermId, u32>> = vec![HashMap::default(); nevents];
        let mut subjects: Vec<SparseVec> = vec![SparseVec::default(); nevents];
        for (i, item) in self.items.iter().enumerate() {
            let e = by_date[i];
            events[e].absorb(item, o.centroid_terms);
            // An item without a subject vector is its own subject.
            let subject = if item.subject.is_empty() {
                &item.vector
            } else {
                &item.subject
            };
            subjects[e].add_scaled(subject, 1.0);
            subjects[e].truncate(o.centroid_terms);
            for &k in &item.keys {
                *key_counts[e].entry(k).or_insert(0) += 1;
            }
        }
        let mut order: Vec<usize> = (0..nevents).collect();
        order.sort_by_key(|&e| (events[e].first.is_none(), events[e].first, e));
        let mut stories = Level::default();
        // Every event on its own: a story is joined only through an event
        // of it that is itself close, not through a broad centroid alone.
        let mut earlier = Level::default();
        let mut story_of_slot: Vec<usize> = Vec::new();
        let mut story_of_community = vec![0; nevents];
        for e in order {
            let mut keys: Vec<(u32, TermId)> =
                key_counts[e].iter().map(|(&k, &n)| (n, k)).collect();
            keys.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            let ev = &events[e];
            let mut subject = std::mem::take(&mut subjects[e]);
            subject.normalize();
            let item = Item {
                vector: subject,
                subject: SparseVec::default(),
                day: ev.first,
                language: ev.language,
                names: ev.names.clone(),
                keys: keys.into_iter().take(o.query_terms).map(|k| k.1).collect(),
                label: Vec::new(),
                brief: false,
                rare: Vec::new(),
            };
            let linked =
                earlier.best_per(&item, o.story_window_days, &o, &story_of_slot, o.story_link);
            let story = match stories.best(&item, o.story_window_days, &o) {
                Some((s, score)) if score >= o.story_threshold && linked.contains(&s) => s,
                _ => stories.open(),
            };
            let slot = earlier.open();
            earlier.absorb(slot, &item, o.centroid_terms);
            story_of_slot.push(story);
            // A story spans its events' whole date range.
            stories.absorb(story, &item, o.centroid_terms);
            if let Some(last) = ev.last {
                stories.clusters[story].first = stories.clusters[story].first.map(|f| f.min(last));
                stories.clusters[story].last = stories.clusters[story]
                    .last
                    .map(|l| l.max(last))
                    .or(Some(last));
            }
            story_of_community[e] = story;
        }
        Partition {
            event_of,
            story_of_event: cut_from.iter().map(|&c| story_of_community[c]).collect(),
            stories: stories.clusters.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(terms: &[(TermId, f32)], day: Option<i32>) -> Item {
        let mut vector = SparseVec::from_unsorted(terms.to_vec());
        vector.normalize();
        let keys = vector.top(8);
        Item {
            subject: vector.clone(),
            vector,
            day,
            keys,
            language: None,
            names: Vec::new(),
            label: Vec::new(),
            brief: false,
            rare: Vec::new(),
        }
    }

    #[test]
    fn languages_meet_only_through_two_names() {
        let mut c = Clusterer::new(ClusterOptions::default());
        let mut fr = item(&[(1, 1.0), (2, 1.0), (3, 1.0)], Some(100));
        fr.language = Some(1);
        fr.names = vec![1, 2];
        let mut en = item(&[(1, 1.0), (2, 1.0), (4, 1.0)], Some(100));
        en.language = Some(2);
        en.names = vec![1, 2];
        let mut other = item(&[(1, 1.0), (5, 1.0), (6, 1.0)], Some(100));
        other.language = Some(3);
        other.names = vec![1];
        c.add(fr);
        c.add(en);
        c.add(other);
        let p = c.partition();
        assert_eq!(
            p.event_of[0], p.event_of[1],
            "two shared names link French and English"
        );
        assert_ne!(p.event_of[0], p.event_of[2], "one shared name does not");
    }

    #[test]
    fn briefs_meet_through_a_name_two_rare_words_or_three_terms() {
        // Two briefs sharing terms 1 and 2; `setup` marks which are rare or
        // names, or adds a third shared term.
        let linked = |setup: &dyn Fn(&mut Item, &mut Item)| {
            let mut c = Clusterer::new(ClusterOptions::default());
            let mut a = item(&[(1, 1.0), (2, 1.0), (3, 1.0), (4, 1.0)], Some(100));
            let mut b = item(&[(1, 1.0), (2, 1.0), (5, 1.0), (6, 1.0)], Some(100));
            a.brief = true;
            b.brief = true;
            setup(&mut a, &mut b);
            c.add(a);
            c.add(b);
            !c.neighbours(0).is_empty()
        };
        assert!(!linked(&|_, _| {}), "two common words are a coincidence");
        assert!(!linked(&|a, b| {
            a.rare = vec![1];
            b.rare = vec![1];
        }));
        assert!(linked(&|a, b| {
            a.rare = vec![1, 2];
            b.rare = vec![1, 2];
        }));
        assert!(linked(&|a, b| {
            a.names = vec![2];
            b.names = vec![2];
        }));
        assert!(linked(&|a, _| {
            a.vector = SparseVec::from_unsorted(vec![(1, 0.5), (2, 0.5), (3, 0.5), (5, 0.5)]);
        }));
        assert!(!linked(&|a, _| a.brief = false), "one brief is enough");
        assert!(linked(&|a, b| {
            a.brief = false;
            b.brief = false;
        }));
    }

    #[test]
    fn headlines_in_two_languages_meet_through_rare_words_too() {
        // A French and an English headline sharing one name (1) and the
        // glossed words 2 and 3.
        let linked = |brief: bool, rare: Vec<TermId>| {
            let mut c = Clusterer::new(ClusterOptions::default());
            let mut fr = item(&[(1, 1.0), (2, 1.0), (3, 1.0), (4, 1.0)], Some(100));
            let mut en = item(&[(1, 1.0), (2, 1.0), (3, 1.0), (5, 1.0)], Some(100));
            for (x, language) in [(&mut fr, 1), (&mut en, 2)] {
                x.language = Some(language);
                x.names = vec![1];
                x.brief = brief;
                x.rare = rare.clone();
            }
            c.add(fr);
            c.add(en);
            !c.neighbours(0).is_empty()
        };
        assert!(linked(true, vec![2, 3]));
        assert!(!linked(true, vec![2]), "one rare word is not enough");
        assert!(
            !linked(false, vec![2, 3]),
            "articles have the room to share two names"
        );
    }

    #[test]
    fn two_places_briefs_bridged_by_others_are_two_events_of_one_story() {
        let mut c = Clusterer::new(ClusterOptions::default());
        let place = |label: TermId, other: TermId| {
            let mut x = item(
                &[(1, 1.0), (2, 1.0), (3, 1.0), (label, 1.0), (other, 0.5)],
                Some(100),
            );
            x.brief = true;
            x.label = vec![label];
            x.names = vec![label];
            x
        };
        c.add(place(10, 11));
        c.add(place(10, 12));
        // Unlabelled items close to both places.
        c.add(item(
            &[(1, 1.0), (2, 1.0), (3, 1.0), (10, 0.3), (20, 0.3)],
            Some(100),
        ));
        c.add(item(
            &[(1, 1.0), (2, 1.0), (3, 1.0), (10, 0.2), (20, 0.3)],
            Some(100),
        ));
        c.add(place(20, 21));
        let p = c.partition();
        let e = &p.event_of;
        assert_eq!(e[0], e[1], "one place's briefs stay together");
        assert_ne!(e[0], e[4], "two places' briefs are two events");
        assert_eq!(
            p.story_of_event[e[0]], p.story_of_event[e[4]],
            "what linked them is one subject"
        );
    }

    #[test]
    fn briefs_under_one_label_are_one_places_news() {
        let mut c = Clusterer::new(ClusterOptions::default());
        for other in [11, 12] {
            let mut x = item(&[(1, 1.0), (2, 1.0), (3, 1.0), (other, 1.0)], Some(100));
            x.brief = true;
            // The label's name is no name of the text (an opener).
            x.label = vec![10];
            x.names = vec![other];
            c.add(x);
        }
        assert!(!c.neighbours(0).is_empty());
    }

    #[test]
    fn a_dated_and_an_undated_article_in_two_languages_need_three_names() {
        let pair = |names: Vec<TermId>| {
            let mut c = Clusterer::new(ClusterOptions::default());
            let mut fr = item(&[(1, 1.0), (2, 1.0), (3, 1.0), (4, 1.0)], Some(100));
            fr.language = Some(1);
            fr.names = names.clone();
            let mut en = item(&[(1, 1.0), (2, 1.0), (3, 1.0), (5, 1.0)], None);
            en.language = Some(2);
            en.names = names;
            c.add(fr);
            c.add(en);
            let p = c.partition();
            p.event_of[0] == p.event_of[1]
        };
        assert!(!pair(vec![1, 2]), "two names are not enough without a date");
        assert!(pair(vec![1, 2, 3]));
    }

    #[test]
    fn neighbours_make_events_and_related_events_make_stories() {
        let opts = ClusterOptions {
            story_threshold: 0.05,
            story_link: 0.05,
            ..ClusterOptions::default()
        };
        let mut c = Clusterer::new(opts);
        // Event A: three close articles; event B: same subject (terms 1
        // and 2), another happening; C: unrelated.
        c.add(item(&[(1, 1.0), (2, 1.0), (3, 1.0)], Some(100)));
        c.add(item(&[(1, 1.0), (2, 1.0), (3, 0.8), (4, 0.3)], Some(101)));
        c.add(item(&[(1, 1.0), (2, 0.9), (3, 1.0)], Some(101)));
        c.add(item(&[(1, 0.1), (2, 0.1), (7, 1.0), (8, 1.0)], Some(103)));
        c.add(item(&[(1, 0.1), (2, 0.1), (7, 1.0), (8, 0.9)], Some(103)));
        c.add(item(&[(20, 1.0), (21, 1.0)], Some(103)));
        let p = c.partition();
        let e = &p.event_of;
        assert_eq!((e[0], e[1]), (e[2], e[2]));
        assert_eq!(e[3], e[4]);
        assert_ne!(e[0], e[3]);
        assert_eq!(p.story_of_event[e[0]], p.story_of_event[e[3]]);
        assert_ne!(p.story_of_event[e[0]], p.story_of_event[e[5]]);
    }

    #[test]
    fn stories_grow_on_the_subject_not_on_the_happening() {
        // Two happenings (their own words) about one subject (shared names
        // that the pile's own frequencies would call noise).
        let mut c = Clusterer::new(ClusterOptions::default());
        let subject = {
            let mut v = SparseVec::from_unsorted(vec![(1, 1.0), (2, 1.0)]);
            v.normalize();
            v
        };
        for (words, day) in [([10, 11], 100), ([10, 11], 100), ([20, 21], 102)] {
            let mut it = item(&[(words[0], 1.0), (words[1], 1.0)], Some(day));
            it.subject = subject.clone();
            // The names are among its keys, as the digest's keys put them.
            it.keys.extend([1, 2]);
            c.add(it);
        }
        let p = c.partition();
        assert_eq!(p.event_of[0], p.event_of[1]);
        assert_ne!(p.event_of[0], p.event_of[2]);
        assert_eq!(
            p.story_of_event[p.event_of[0]],
            p.story_of_event[p.event_of[2]]
        );
    }

    #[test]
    fn stories_follow_the_linking_rules_of_languages() {
        // Same subject in French and English: with one shared name the two
        // events stay in their own stories, with two they share one.
        for (names_en, together) in [(vec![1, 9], false), (vec![1, 2], true)] {
            let mut c = Clusterer::new(ClusterOptions::default());
            let mut fr = item(&[(1, 1.0), (2, 1.0), (3, 1.0)], Some(100));
            fr.language = Some(1);
            fr.names = vec![1, 2];
            let mut en = item(&[(1, 1.0), (2, 1.0), (3, 1.0)], Some(101));
            en.language = Some(2);
            en.names = names_en;
            c.add(fr);
            c.add(en);
            let p = c.partition();
            let same = p.story_of_event[p.event_of[0]] == p.story_of_event[p.event_of[1]];
            assert_eq!(same, together);
        }
    }

    #[test]
    fn one_shared_term_is_no_link() {
        // Two headlines that share one name ("Météo Tours", "Retraites :
        // 6.000 dans la rue à Tours") are as close as they can be by
        // cosine, but one word in common is a coincidence.
        let mut c = Clusterer::new(ClusterOptions::default());
        c.add(item(&[(1, 1.0), (2, 0.2)], Some(100)));
        c.add(item(&[(1, 1.0), (3, 0.2)], Some(100)));
        c.add(item(&[(1, 1.0), (2, 0.2), (4, 0.1)], Some(100)));
        assert!(c.neighbours(1).is_empty());
        let p = c.partition();
        assert_ne!(p.event_of[0], p.event_of[1]);
        assert_eq!(p.event_of[0], p.event_of[2]);
        assert_ne!(
            p.story_of_event[p.event_of[0]],
            p.story_of_event[p.event_of[1]]
        );
    }

    #[test]
    fn look_alikes_far_apart_in_time_stay_apart() {
        let mut c = Clusterer::new(ClusterOptions::default());
        c.add(item(&[(1, 1.0), (2, 1.0), (3, 1.0)], Some(100)));
        c.add(item(&[(1, 1.0), (2, 1.0), (3, 1.0)], Some(300)));
        // Without a date, content decides.
        c.add(item(&[(1, 1.0), (2, 1.0), (3, 1.0)], None));
        let p = c.partition();
        assert_ne!(p.event_of[0], p.event_of[1]);
        assert_ne!(
            p.story_of_event[p.event_of[0]],
            p.story_of_event[p.event_of[1]]
        );
        assert!(p.event_of[2] == p.event_of[0] || p.event_of[2] == p.event_of[1]);
    }
}
