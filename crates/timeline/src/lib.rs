//! Dated timelines: what happened on which day, each entry citing its
//! sources.
//!
//! A story's articles tell of many days: the day they were published, and
//! the days their sentences point to ("le 27 février", "hier", "jeudi").
//! Every statement-shaped sentence is dated: by the day-precise time
//! expression it contains (resolved against its article's publication date
//! by `gazette-time`), or, for the lead sentences of an article that name no
//! day, by the publication date itself (news leads report the latest
//! development). The days that the most sentences from the most articles
//! point to are the timeline's dates (as in the date-selection step of
//! timeline summarisation systems), leaving out days long before the
//! coverage that only one article recalls (its background); for each, the
//! sentence most central to that day's sentences is its entry, citing
//! every article with a sentence of the same content.

use chrono::NaiveDate;
use gazette_lang::Lang;
use gazette_summarize::is_summary_sentence;
use gazette_terms::{tfidf, Analyzer, DocFreq, KindWeights, SparseVec};
use gazette_time::{tag, TimexType};

/// One article of the coverage.
#[derive(Debug, Clone, Copy)]
pub struct Doc<'a> {
    /// Clean text.
    pub text: &'a str,
    /// Language.
    pub lang: Option<Lang>,
    /// Publication day, when known.
    pub published: Option<NaiveDate>,
    /// The outlet, when known (its name alone can make a dateline).
    pub outlet: Option<&'a str>,
}

/// A timeline entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The day.
    pub date: NaiveDate,
    /// What happened, as one article wrote it.
    pub text: String,
    /// Docs (indices) that carry it, the one it was taken from first.
    pub sources: Vec<usize>,
    /// The day comes after the latest article: what the coverage expects
    /// (a vote, a deadline, a launch), not what it reports.
    pub upcoming: bool,
}

/// Lead sentences dated by their article's publication date when they
/// name no day themselves.
const LEAD_SENTENCES: usize = 2;

/// Days before the first article within which a day one article names
/// belongs to the story; earlier, it takes two.
const LOOKBACK_DAYS: i64 = 30;

/// At most one date in this many is a day after the latest article.
const UPCOMING_SHARE: usize = 3;

/// Cosine from which another article's sentence carries the same content.
const SAME_CONTENT: f32 = 0.45;

struct Dated<'a> {
    doc: usize,
    date: NaiveDate,
    text: std::borrow::Cow<'a, str>,
    vector: SparseVec,
    /// Dated by its own words rather than by the publication date.
    explicit: bool,
    /// In the writer's first person (see
    /// `gazette_summarize::writers_voice`): it dates its day, but another
    /// sentence tells it when there is one.
    voiced: bool,
}

/// Whether a date is where a count or a comparison starts ("28.108 décès
/// depuis le 1er mars", "for the first time since March 24"): nothing
/// happened that day that the sentence tells.
fn counted_from(sentence: &str, t: &gazette_time::Timex) -> bool {
    let opens = |w: &str| matches!(w.to_lowercase().as_str(), "depuis" | "since");
    let own = t.text.split_whitespace().next().is_some_and(opens);
    let before: String = sentence.chars().take(t.start).collect();
    let mut words = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    let previous = words.next().unwrap_or("");
    let article = matches!(previous.to_lowercase().as_str(), "le" | "la" | "l");
    own || opens(previous) || article && words.next().is_some_and(opens)
}

/// The timeline of `docs`: at most `max_dates` days, one entry each, in
/// date order.
pub fn timeline(
    docs: &[Doc<'_>],
    max_dates: usize,
    analyzer: &mut Analyzer,
    df: &DocFreq,
) -> Vec<Entry> {
    let mut dated: Vec<Dated<'_>> = Vec::new();
    // Days after the latest article are plans, deadlines and forecasts
    // ("a vote on 9 December", "a delay until 31 January"), not news.
    let last = docs.iter().filter_map(|d| d.published).max();
    for (d, doc) in docs.iter().enumerate() {
        let lang = doc.lang.unwrap_or(Lang::En);
        for (position, range) in gazette_lang::sentences(doc.text).into_iter().enumerate() {
            let full = &doc.text[range];
            let text = gazette_summarize::without_ticker_links(
                gazette_summarize::strip_dateline_of(full, doc.outlet),
            );
            if !is_summary_sentence(&text) {
                continue;
            }
            let days_of = |s: &str| -> Vec<NaiveDate> {
                tag(s, lang, doc.published)
                    .into_iter()
                    .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
                    .filter(|t| !counted_from(s, t))
                    .filter_map(|t| NaiveDate::parse_from_str(t.value.get(..10)?, "%Y-%m-%d").ok())
                    .collect()
            };
            let mut days = days_of(&text);
            // The day a dateline gives ("NOVEMBER 12, 2004 (COMPUTERWORLD) -")
            // dates what its sentence tells, though it is not shown.
            if days.is_empty() && text.len() < full.len() {
                days = days_of(full);
            }
            let (date, explicit) = match days.first() {
                Some(&day) => (day, true),
                None if position < LEAD_SENTENCES => match doc.published {
                    Some(p) => (p, false),
                    None => continue,
                },
                None => continue,
            };
            let terms = analyzer.terms(&text, doc.lang);
            let vector = tfidf(&terms, df, KindWeights::default());
            if !vector.is_empty() {
                dated.push(Dated {
                    doc: d,
                    date,
                    voiced: gazette_summarize::writers_voice(&text),
                    text,
                    vector,
                    explicit,
                });
            }
        }
    }
    // A day long before the coverage that a single article recalls is its
    // background ("la chute de Moubarak, le 11 février 2011"), or a reader's
    // aside, not a date of the story.
    let first = docs.iter().filter_map(|d| d.published).min();
    let recalled = |day: NaiveDate| first.is_some_and(|f| (f - day).num_days() > LOOKBACK_DAYS);
    // Date importance: distinct articles pointing to the day, then sentences.
    let mut days: Vec<NaiveDate> = dated.iter().map(|s| s.date).collect();
    days.sort_unstable();
    days.dedup();
    let mut scored: Vec<(usize, usize, NaiveDate)> = days
        .into_iter()
        .filter_map(|day| {
            let on_day: Vec<&Dated<'_>> = dated.iter().filter(|s| s.date == day).collect();
            let mut docs_on: Vec<usize> = on_day.iter().map(|s| s.doc).collect();
            docs_on.sort_unstable();
            docs_on.dedup();
            if recalled(day) && docs_on.len() < 2 {
                return None;
            }
            let explicit = on_day.iter().filter(|s| s.explicit).count();
            Some((docs_on.len(), on_day.len() + explicit, day))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    // What the coverage expects (a vote, a deadline) is worth a few dates,
    // not most of them: a fortnight of Brexit coverage named six days to
    // come, from the next day's bill to the January deadline, and they
    // pushed out the vote it reported.
    let upcoming = |day: NaiveDate| last.is_some_and(|l| day > l);
    let mut ahead_left = (max_dates / UPCOMING_SHARE).max(1);
    let mut chosen: Vec<NaiveDate> = Vec::new();
    for (_, _, day) in scored {
        if chosen.len() == max_dates {
            break;
        }
        if upcoming(day) {
            if ahead_left == 0 {
                continue;
            }
            ahead_left -= 1;
        }
        chosen.push(day);
    }
    chosen.sort_unstable();
    chosen
        .into_iter()
        .filter_map(|day| {
            let on_day: Vec<&Dated<'_>> = dated.iter().filter(|s| s.date == day).collect();
            let centroid = {
                let mut c = SparseVec::sum(on_day.iter().map(|s| &s.vector));
                c.normalize();
                c
            };
            // A report before the writer's own voice; then the most
            // central; explicit dating and earlier articles break ties.
            let best = on_day.iter().max_by(|a, b| {
                let sa = a.vector.dot(&centroid) + if a.explicit { 0.05 } else { 0.0 };
                let sb = b.vector.dot(&centroid) + if b.explicit { 0.05 } else { 0.0 };
                b.voiced
                    .cmp(&a.voiced)
                    .then(sa.total_cmp(&sb))
                    .then(b.doc.cmp(&a.doc))
            })?;
            let mut sources = vec![best.doc];
            for s in &on_day {
                if s.doc != best.doc
                    && !sources.contains(&s.doc)
                    && s.vector.dot(&best.vector) >= SAME_CONTENT
                {
                    sources.push(s.doc);
                }
            }
            Some(Entry {
                date: day,
                text: best.text.to_string(),
                sources,
                upcoming: upcoming(day),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    /// The days of the timeline of `docs` (ten at most), document
    /// frequencies taken over them.
    fn days(docs: &[Doc<'_>]) -> Vec<String> {
        let mut a = Analyzer::new();
        let mut df = DocFreq::default();
        for doc in docs {
            df.add(&a.terms(doc.text, doc.lang));
        }
        timeline(docs, 10, &mut a, &df)
            .iter()
            .map(|e| e.date.to_string())
            .collect()
    }

    #[test]
    fn a_day_long_past_that_one_article_recalls_is_background() {
        let docs = [
            Doc {
                text: "Des milliers de manifestants sont revenus place Tahrir mardi. La révolution a renversé Hosni Moubarak le 11 février 2011, rappellent-ils.",
                lang: Some(Lang::Fr),
                published: Some(d("2012-11-27")),
                outlet: None,
            },
            Doc {
                text: "Le président a maintenu lundi son décret malgré les heurts.",
                lang: Some(Lang::Fr),
                published: Some(d("2012-11-27")),
                outlet: None,
            },
        ];
        assert_eq!(days(&docs), ["2012-11-26", "2012-11-27"]);
    }

    #[test]
    fn a_day_a_count_starts_from_is_no_day_of_the_story() {
        let docs = [Doc {
            text: "Le ministère a annoncé vendredi 987 nouveaux décès. Le ministère recense 13.197 décès depuis le 1er avril. Moins de 7.000 patients sont en réanimation, pour la première fois depuis le 24 mars.",
            lang: Some(Lang::Fr),
            published: Some(d("2020-04-10")),
            outlet: None,
        }];
        assert_eq!(days(&docs), ["2020-04-10"]);
    }

    #[test]
    fn days_come_from_the_text_and_from_publication() {
        let docs = [
            Doc {
                text: "Jeudi, 33 soldats turcs ont été tués à Idleb. La Turquie a riposté en frappant des positions syriennes.",
                lang: Some(Lang::Fr),
                published: Some(d("2020-02-28")),
                outlet: None,
            },
            Doc {
                text: "Vladimir Poutine et Recep Tayyip Erdogan se sont entretenus par téléphone vendredi. Le 27 février, 33 soldats turcs ont été tués à Idleb.",
                lang: Some(Lang::Fr),
                published: Some(d("2020-02-28")),
                outlet: None,
            },
            Doc {
                text: "Les deux présidents se rencontrent à Moscou ce jeudi pour chercher un cessez-le-feu.",
                lang: Some(Lang::Fr),
                published: Some(d("2020-03-05")),
                outlet: None,
            },
        ];
        let mut a = Analyzer::new();
        let mut df = DocFreq::default();
        for doc in &docs {
            df.add(&a.terms(doc.text, doc.lang));
        }
        let t = timeline(&docs, 3, &mut a, &df);
        let dates: Vec<String> = t.iter().map(|e| e.date.to_string()).collect();
        assert_eq!(dates, ["2020-02-27", "2020-02-28", "2020-03-05"], "{t:?}");
        // The strike of the 27th is told by both articles.
        assert_eq!(t[0].sources.len(), 2, "{t:?}");
        let one = timeline(&docs, 1, &mut a, &df);
        assert_eq!(
            one[0].date,
            d("2020-02-27"),
            "the day most articles point to"
        );
        assert!(t.iter().all(|e| !e.upcoming), "{t:?}");
    }

    #[test]
    fn days_after_the_latest_article_are_upcoming() {
        let docs = [Doc {
            text: "Les ambassadeurs ont accepté lundi un report du Brexit. Le Royaume-Uni pourra partir le 31 janvier 2020 au plus tard.",
            lang: Some(Lang::Fr),
            published: Some(d("2019-10-28")),
            outlet: None,
        }];
        let mut a = Analyzer::new();
        let mut df = DocFreq::default();
        df.add(&a.terms(docs[0].text, docs[0].lang));
        let t = timeline(&docs, 3, &mut a, &df);
        let flags: Vec<(String, bool)> =
            t.iter().map(|e| (e.date.to_string(), e.upcoming)).collect();
        assert_eq!(
            flags,
            [
                ("2019-10-28".to_string(), false),
                ("2020-01-31".to_string(), true)
            ],
            "{t:?}"
        );
    }

    #[test]
    fn days_to_come_take_a_third_of_the_dates_at_most() {
        let docs = [Doc {
            text: "Les députés ont rejeté samedi 19 octobre 2019 le calendrier du gouvernement. \
                   Les ambassadeurs ont accepté lundi 28 octobre 2019 un report du Brexit. \
                   Le gouvernement présentera mardi 29 octobre 2019 un projet de loi électorale. \
                   Les libéraux proposent un vote le lundi 9 décembre 2019 pour le scrutin. \
                   Le scrutin anticipé aura finalement lieu le jeudi 12 décembre 2019 dans tout le pays. \
                   Le Royaume-Uni pourra partir le vendredi 31 janvier 2020 au plus tard.",
            lang: Some(Lang::Fr),
            published: Some(d("2019-10-28")),
            outlet: None,
        }];
        let mut a = Analyzer::new();
        let mut df = DocFreq::default();
        df.add(&a.terms(docs[0].text, docs[0].lang));
        let t = timeline(&docs, 6, &mut a, &df);
        let past = t.iter().filter(|e| !e.upcoming).count();
        let ahead = t.iter().filter(|e| e.upcoming).count();
        assert_eq!((past, ahead), (2, 2), "{t:?}");
    }
}
