//! End-to-end tests of `gazette digest`: the JSON contract on the seeds,
//! copies, dates, French and English coverage of one event, bad inputs, and
//! the HTML report in a real browser.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");

fn gazette(args: &[&str]) -> Output {
    let out = Command::new(BIN)
        .args(args)
        .output()
        .expect("the gazette binary starts");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "gazette panicked: {stderr}");
    out
}

/// Runs `gazette digest INPUT --json -` and parses the digest.
fn digest(input: &Path, extra: &[&str]) -> (Value, Output) {
    let mut args = vec!["digest", input.to_str().expect("utf-8 path"), "--json", "-"];
    args.extend_from_slice(extra);
    let out = gazette(&args);
    let d: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("digest JSON: {e}\n{}", String::from_utf8_lossy(&out.stderr)));
    (d, out)
}

fn strs(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The event id of each article.
fn events_of(d: &Value) -> HashMap<String, String> {
    d["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap_or("").to_string(),
                a["event"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Checks the JSON contract: every field the scripts rely on, and that
/// stories, events, articles and citations refer to each other coherently.
fn check_contract(d: &Value) {
    let articles = d["articles"].as_array().expect("articles array");
    let ids: HashSet<&str> = articles.iter().filter_map(|a| a["id"].as_str()).collect();
    assert_eq!(ids.len(), articles.len(), "article ids are unique");
    for a in articles {
        for key in [
            "id",
            "source",
            "title",
            "outlet",
            "language",
            "published",
            "duplicate_of",
        ] {
            assert!(a.get(key).is_some(), "article field {key} missing: {a}");
        }
    }
    let events = d["events"].as_array().expect("events array");
    let stories = d["stories"].as_array().expect("stories array");
    let event_ids: HashSet<&str> = events.iter().filter_map(|e| e["id"].as_str()).collect();
    let story_ids: HashSet<&str> = stories.iter().filter_map(|s| s["id"].as_str()).collect();
    let mut seen = HashSet::new();
    for e in events {
        for key in ["id", "story", "title", "date", "articles", "summary"] {
            assert!(e.get(key).is_some(), "event field {key} missing: {e}");
        }
        assert!(story_ids.contains(e["story"].as_str().unwrap_or("")));
        assert!(!e["title"].as_str().unwrap_or("").is_empty());
        for a in strs(&e["articles"]) {
            assert!(ids.contains(a), "{a} is an article");
            assert!(seen.insert(a), "{a} is in one event only");
        }
        check_summary(&e["summary"], &ids);
    }
    assert_eq!(seen.len(), ids.len(), "every article is in an event");
    for s in stories {
        for key in ["id", "title", "events", "articles", "summary"] {
            assert!(s.get(key).is_some(), "story field {key} missing: {s}");
        }
        for e in strs(&s["events"]) {
            assert!(event_ids.contains(e));
        }
        check_summary(&s["summary"], &ids);
    }
}

fn check_summary(summary: &Value, ids: &HashSet<&str>) {
    for item in summary.as_array().expect("summary array") {
        let text = item["text"].as_str().expect("summary text");
        assert!(!text.is_empty());
        let sources = strs(&item["sources"]);
        assert!(!sources.is_empty(), "every summary sentence cites: {text}");
        for s in sources {
            assert!(ids.contains(s), "citation {s} is an article");
        }
    }
}

#[test]
fn seeds_digest() {
    let (d, out) = digest(Path::new(SEEDS), &[]);
    assert!(out.status.success());
    check_contract(&d);
    assert_eq!(d["articles"].as_array().map(Vec::len), Some(5));
    let ev = events_of(&d);
    let e = |prefix: &str| {
        ev.iter()
            .find(|(k, _)| k.starts_with(prefix))
            .map(|(_, v)| v.clone())
            .expect("seed present")
    };
    // Euronews and Sputnik cover the same call.
    assert_eq!(e("003"), e("004"));
    // The Moscow summit, the 21 February call and the 2021 Sochi meeting
    // are other events.
    assert_ne!(e("000"), e("003"));
    assert_ne!(e("000"), e("001"));
    assert_ne!(e("000"), e("002"));
    assert_ne!(e("001"), e("003"));
    assert_ne!(e("002"), e("003"));
    assert_ne!(e("001"), e("002"));
    // The 2020 coverage is one story: a pile this small does not make its
    // shared protagonists noise.
    let story = |prefix: &str| {
        d["articles"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|a| a["id"].as_str().is_some_and(|i| i.starts_with(prefix)))
            .and_then(|a| a["story"].as_str())
            .expect("seed present")
            .to_string()
    };
    for seed in ["000", "001", "004"] {
        assert_eq!(story(seed), story("003"), "{seed}");
    }
    // No boilerplate reaches a summary.
    let boilerplate = [
        "Publicité",
        "PUBLICITÉ",
        "Lire aussi",
        "À lire",
        "Suivez",
        "newsletter",
        "Oops",
        "erreur est survenue",
        "commentaire",
        "Source [",
    ];
    for item in d["events"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(d["stories"].as_array().into_iter().flatten())
        .flat_map(|x| x["summary"].as_array().into_iter().flatten())
    {
        let text = item["text"].as_str().unwrap_or("");
        for b in boilerplate {
            assert!(!text.contains(b), "boilerplate {b:?} in summary: {text}");
        }
    }
    // Understanding: one identity per person across spellings, speakers of
    // the quotes, the Moscow/Ankara contradiction.
    let events = d["events"].as_array().expect("events");
    let event3 = events
        .iter()
        .find(|x| strs(&x["articles"]).iter().any(|a| a.starts_with("003")))
        .expect("event of 003");
    let names: Vec<&str> = event3["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter_map(|x| x["name"].as_str())
        .collect();
    let lavrov: Vec<&Value> = event3["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|x| x["name"].as_str().is_some_and(|n| n.contains("Lavrov")))
        .collect();
    assert_eq!(
        lavrov.len(),
        1,
        "Sergueï/Sergei Lavrov are one entity: {names:?}"
    );
    let mentions = strs(&lavrov[0]["mentions"]);
    assert!(
        mentions.contains(&"Sergei Lavrov") && mentions.contains(&"Sergueï Lavrov"),
        "{mentions:?}"
    );
    let poutine: Vec<&&str> = names.iter().filter(|n| n.contains("Poutine")).collect();
    assert_eq!(poutine.len(), 1, "Poutine is one entity: {names:?}");
    let all_mentions: Vec<&str> = event3["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|x| strs(&x["mentions"]))
        .collect();
    if all_mentions.iter().any(|m| m.contains("Peskov")) {
        assert!(
            names
                .iter()
                .any(|n| n.contains("Peskov") && !n.contains("Poutine")),
            "two people never merge: {names:?}"
        );
    }
    let speakers: Vec<&str> = event3["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .filter_map(|q| q["speaker"].as_str())
        .collect();
    assert!(speakers.contains(&"Jens Stoltenberg"), "{speakers:?}");
    assert!(
        speakers.iter().filter(|s| s.contains("Lavrov")).count() >= 2,
        "{speakers:?}"
    );
    let disagreements = event3["disagreements"].as_array().expect("disagreements");
    assert!(
        disagreements.iter().any(|x| x["contester"] == "Ankara"
            && x["claimant"]
                .as_str()
                .is_some_and(|c| c.contains("russe") || c.contains("Moscou"))),
        "{disagreements:?}"
    );
    // --explain says why articles were grouped.
    let explain = gazette(&["digest", SEEDS, "--explain", "--json", "-"]);
    let explain = String::from_utf8_lossy(&explain.stderr);
    assert!(
        explain.contains("003_13f860077e990a46: nearest 004_c38f1321169e4d8c (")
            || explain.contains("004_c38f1321169e4d8c: nearest 003_13f860077e990a46 ("),
        "{explain}"
    );
    // The terminal digest cites numbered sources.
    let text = gazette(&["digest", SEEDS]);
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("[1]") && text.contains("Sources"), "{text}");
    // The outlets' own correspondents are not among the people in the news.
    let who: Vec<&str> = text.lines().filter(|l| l.contains("Who:")).collect();
    assert!(
        who.iter()
            .all(|l| !l.contains("Andlauer") && !l.contains("Polonskaya")),
        "{who:?}"
    );
}

fn write_jsonl(dir: &Path, name: &str, records: &[Value]) -> std::path::PathBuf {
    let path = dir.join(name);
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    fs::write(&path, lines.join("\n") + "\n").expect("write fixture");
    path
}

/// Other news of `day`, so that a small pile's word frequencies mean
/// something.
fn other_news(day: &str) -> [Value; 3] {
    [
        json!({"id": "x1", "published": day, "language": "en", "title": "Floods close roads in the north",
               "text": "Heavy rain flooded roads across the northern valleys on Monday, and rescuers evacuated two villages as rivers rose."}),
        json!({"id": "x2", "published": day, "language": "en", "title": "Rovers win the cup final",
               "text": "Rovers beat United two goals to one in the cup final on Monday, with a late header from their captain."}),
        json!({"id": "x3", "published": day, "language": "en", "title": "Teachers strike over pay",
               "text": "Teachers walked out of schools on Monday in a strike over pay, and unions said talks with the ministry had failed."}),
    ]
}

const QUAKE: &str = "A magnitude 6.1 earthquake struck near the town of {PLACE} early on Tuesday, \
    killing at least twelve people and injuring dozens, the national civil protection agency said. \
    Rescue teams searched collapsed buildings through the night as aftershocks shook the region. \
    The quake was felt in the capital, where residents ran into the streets. Authorities opened \
    schools as shelters for families whose homes were damaged, and the army sent tents and water.";

#[test]
fn copies_are_folded_and_dates_keep_look_alikes_apart() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = QUAKE.replace("{PLACE}", "Amatrice");
    let copy = format!("{first} The agency will publish a new toll on Wednesday.");
    let later = QUAKE.replace("{PLACE}", "Norcia");
    let path = write_jsonl(
        dir.path(),
        "quakes.jsonl",
        &[
            json!({"id": "wire", "title": "Deadly quake hits Amatrice", "text": first, "published": "2016-08-24", "outlet": "Wire"}),
            json!({"id": "repost", "title": "Earthquake kills twelve near Amatrice", "text": copy, "published": "2016-08-24", "outlet": "Daily"}),
            json!({"id": "october", "title": "Deadly quake hits Norcia", "text": later, "published": "2016-10-30", "outlet": "Wire"}),
        ],
    );
    let (d, out) = digest(&path, &[]);
    assert!(out.status.success());
    check_contract(&d);
    let articles = d["articles"].as_array().expect("articles");
    let repost = articles
        .iter()
        .find(|a| a["id"] == "repost")
        .expect("repost listed");
    assert_eq!(repost["duplicate_of"], "wire");
    let ev = events_of(&d);
    assert_eq!(ev["wire"], ev["repost"]);
    assert_ne!(ev["wire"], ev["october"], "two months apart, two events");
    let event = d["events"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|e| e["id"].as_str() == Some(&ev["wire"]))
        .expect("event");
    assert_eq!(event["sources"], 1, "a copy is not an independent source");
    assert_eq!(event["copies"], 1);
    assert_eq!(event["date"], "2016-08-24");
}

#[test]
fn since_and_until_keep_the_days_asked_for() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut records: Vec<Value> = other_news("2016-08-24").to_vec();
    records.push(json!({"id": "october", "title": "Deadly quake hits Norcia",
                        "text": QUAKE.replace("{PLACE}", "Norcia"), "published": "2016-10-30"}));
    records.push(
        json!({"id": "undated", "title": "Deadly quake hits Amatrice",
                        "text": QUAKE.replace("{PLACE}", "Amatrice")}),
    );
    let path = write_jsonl(dir.path(), "news.jsonl", &records);
    let (d, out) = digest(&path, &["--since", "2016-10-01"]);
    assert!(out.status.success());
    let ids: Vec<&str> = d["articles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| a["id"].as_str())
        .collect();
    assert_eq!(ids, ["october"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 undated left out"));
    let (d, _) = digest(&path, &["--until", "2016-08-24", "--quiet"]);
    assert_eq!(d["articles"].as_array().map(Vec::len), Some(3));
    let bad = gazette(&[
        "digest",
        path.to_str().expect("utf-8"),
        "--since",
        "24/08/2016",
    ]);
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("--since 24/08/2016: expected YYYY-MM-DD")
    );
}

#[test]
fn french_and_english_coverage_meet() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_jsonl(
        dir.path(),
        "mixed.jsonl",
        &[
            json!({"id": "fr", "language": "fr", "published": "2020-03-05", "title": "Poutine et Erdogan s'accordent sur un cessez-le-feu à Idleb",
                "text": "Vladimir Poutine et Recep Tayyip Erdogan ont conclu jeudi à Moscou un accord de cessez-le-feu dans la province syrienne d'Idleb. \
                Le Kremlin et Ankara ont annoncé des patrouilles conjointes russo-turques. L'Otan a salué l'accord, tandis que Damas est resté silencieux. \
                Les combats ont déplacé près d'un million de civils vers la frontière turque depuis décembre."}),
            json!({"id": "en", "language": "en", "published": "2020-03-05", "title": "Putin and Erdogan agree Idlib ceasefire",
                "text": "Vladimir Putin and Recep Tayyip Erdogan agreed on Thursday in Moscow to a ceasefire in Syria's Idlib province. \
                The Kremlin and Ankara announced joint Russian-Turkish patrols. NATO welcomed the deal while Damascus stayed silent. \
                The fighting has displaced nearly a million civilians towards the Turkish border since December."}),
            json!({"id": "other", "language": "en", "published": "2020-03-05", "title": "Central bank holds rates",
                "text": "The European Central Bank kept interest rates unchanged on Thursday and said inflation would stay low. \
                Christine Lagarde told reporters that the bank was ready to act if the economy weakened further this year."}),
        ],
    );
    let (d, _) = digest(&path, &[]);
    check_contract(&d);
    let ev = events_of(&d);
    assert_eq!(
        ev["fr"], ev["en"],
        "Poutine/Putin, Moscou/Moscow, Otan/NATO meet"
    );
    assert_ne!(ev["fr"], ev["other"]);
}

/// News feeds are inputs like pages: an RSS feed in French and an Atom
/// feed in English, items with their headlines, dates, links and authors;
/// the items of one happening meet across the feeds, and a feed cut short
/// is reported while its whole items are digested.
#[test]
fn rss_and_atom_feeds_are_digested() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(
        dir.path().join("quotidien.xml"),
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>Le Quotidien - Toute l'actualité</title>
<language>fr</language>
<item>
<title><![CDATA[Poutine et Erdogan s'accordent sur un cessez-le-feu à Idleb]]></title>
<link>https://quotidien.example/idleb</link>
<guid isPermaLink="false">q-1</guid>
<pubDate>Thu, 05 Mar 2020 18:40:00 +0100</pubDate>
<dc:creator>Marie Dupont</dc:creator>
<description><![CDATA[<p>Vladimir Poutine et Recep Tayyip Erdogan ont conclu jeudi à Moscou un accord de cessez-le-feu dans la province syrienne d'Idleb.</p><p>Le Kremlin et Ankara ont annoncé des patrouilles conjointes russo-turques. L'Otan a salué l'accord. <a href="https://quotidien.example/idleb">Lire la suite</a></p>]]></description>
</item>
<item>
<title>La BCE laisse ses taux inchangés</title>
<guid isPermaLink="false">q-2</guid>
<pubDate>Thu, 05 Mar 2020 15:00:00 +0100</pubDate>
<description>La Banque centrale européenne a maintenu ses taux directeurs jeudi, Christine Lagarde se disant prête à agir si l&apos;économie faiblit.</description>
</item>
</channel>
</rss>"#,
    )
    .expect("write rss");
    fs::write(
        dir.path().join("wire.atom"),
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>Example Wire</title>
<entry>
<title>Putin and Erdogan agree Idlib ceasefire</title>
<link rel="alternate" href="https://wire.example/idlib"/>
<id>w-1</id>
<published>2020-03-05T16:00:00Z</published>
<author><name>Jane Roe</name></author>
<content type="html">&lt;p&gt;Vladimir Putin and Recep Tayyip Erdogan agreed on Thursday in Moscow to a ceasefire in Syria's Idlib province.&lt;/p&gt;&lt;p&gt;The Kremlin and Ankara announced joint Russian-Turkish patrols. NATO welcomed the deal.&lt;/p&gt;</content>
</entry>
</feed>"#,
    )
    .expect("write atom");
    fs::write(
        dir.path().join("cut.xml"),
        "<?xml version=\"1.0\"?><rss><channel><title>Cut</title>\
         <item><title>Storm hits the coast</title><guid>c-1</guid><description>A storm cut power to thousands of homes on the coast overnight.</description></item>\
         <item><title>Half an ite",
    )
    .expect("write cut feed");
    // The same feed polled again: its items are read once.
    fs::copy(
        dir.path().join("quotidien.xml"),
        dir.path().join("quotidien-later.xml"),
    )
    .expect("copy feed");
    let (d, out) = digest(dir.path(), &[]);
    check_contract(&d);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cut.xml: not a readable feed"), "{stderr}");
    assert_eq!(
        out.status.code(),
        Some(1),
        "a broken feed makes the run fail"
    );
    let articles = d["articles"].as_array().expect("articles");
    let by_id = |id: &str| {
        articles
            .iter()
            .find(|a| a["id"] == id)
            .unwrap_or_else(|| panic!("{id} digested: {d}"))
    };
    assert_eq!(articles.iter().filter(|a| a["id"] == "q-1").count(), 1);
    let fr = by_id("q-1");
    assert_eq!(fr["outlet"], "Le Quotidien");
    assert_eq!(fr["language"], "fr");
    assert_eq!(fr["published"], "2020-03-05T18:40:00+01:00");
    assert_eq!(by_id("w-1")["outlet"], "Example Wire");
    assert_eq!(by_id("c-1")["title"], "Storm hits the coast");
    let ev = events_of(&d);
    assert_eq!(ev["q-1"], ev["w-1"], "one happening across the feeds");
    assert_ne!(ev["q-1"], ev["q-2"]);
    // The teaser's link is no summary sentence.
    let all = d.to_string();
    assert!(!all.contains("Lire la suite"), "{all}");
}

/// The project's own French/English set (eval/bilingual): every happening
/// covered in both languages is one event across them, and look-alikes
/// years apart (two summits with Putin, two earthquakes, two launches from
/// Kourou) stay in separate stories.
#[test]
fn bilingual_dev_set_meets_across_languages_and_keeps_look_alikes_apart() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/bilingual/bilingual-dev.jsonl");
    let gold: Vec<Value> = fs::read_to_string(&path)
        .expect("bilingual set")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let (d, out) = digest(&path, &["--quiet"]);
    assert!(out.status.success());
    check_contract(&d);
    let ev = events_of(&d);
    let story: HashMap<String, String> = d["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .map(|a| {
            (
                a["id"].as_str().unwrap_or("").to_string(),
                a["story"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    let field = |r: &Value, k: &str| r[k].as_str().unwrap_or("").to_string();
    // Gold event -> predicted event -> languages seen there.
    let mut seen: HashMap<String, HashMap<String, HashSet<String>>> = HashMap::new();
    for r in &gold {
        seen.entry(field(r, "gold_event"))
            .or_default()
            .entry(ev[&field(r, "id")].clone())
            .or_default()
            .insert(field(r, "language"));
    }
    let met = seen
        .values()
        .filter(|preds| preds.values().any(|langs| langs.len() > 1))
        .count();
    assert!(
        met * 10 >= seen.len() * 9,
        "French and English met in {met} of {} events",
        seen.len()
    );
    // Summary sentences cite the articles of the other language that
    // report the same fact.
    let language: HashMap<&str, &str> = gold
        .iter()
        .filter_map(|r| Some((r["id"].as_str()?, r["language"].as_str()?)))
        .collect();
    let cited_across = d["events"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|e| e["summary"].as_array().into_iter().flatten())
        .filter(|s| {
            let langs: HashSet<&str> = strs(&s["sources"])
                .iter()
                .filter_map(|id| language.get(id).copied())
                .collect();
            langs.len() > 1
        })
        .count();
    assert!(
        cited_across >= 10,
        "{cited_across} sentences cite both languages"
    );
    // Each summary reads in one language (the one most of its coverage is
    // in), whatever the languages it cites.
    for item in d["events"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(d["stories"].as_array().into_iter().flatten())
    {
        let written: HashSet<&str> = item["summary"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|s| {
                strs(&s["sources"])
                    .first()
                    .and_then(|id| language.get(id).copied())
            })
            .collect();
        assert!(written.len() <= 1, "{}: {written:?}", item["id"]);
    }
    let stories_of = |gold_story: &str| -> HashSet<String> {
        gold.iter()
            .filter(|r| r["gold_story"] == gold_story)
            .map(|r| story[&field(r, "id")].clone())
            .collect()
    };
    for (a, b) in [
        ("A-geneva", "A-helsinki"),
        ("B-turkey", "B-morocco"),
        ("C-ariane6", "C-webb"),
    ] {
        assert!(
            stories_of(a).is_disjoint(&stories_of(b)),
            "{a} and {b} share a story"
        );
    }
}

/// `--lang fr`: titles and summary sentences come from the French
/// articles of each event that has any.
#[test]
fn lang_picks_the_language_of_titles_and_summaries() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("eval/bilingual/bilingual-dev.jsonl");
    let input: Vec<Value> = fs::read_to_string(&path)
        .expect("bilingual set")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let french: HashSet<&str> = input
        .iter()
        .filter(|r| r["language"] == "fr")
        .filter_map(|r| r["id"].as_str())
        .collect();
    let french_titles: HashSet<&str> = input
        .iter()
        .filter(|r| r["language"] == "fr")
        .filter_map(|r| r["title"].as_str())
        .collect();
    let (d, out) = digest(&path, &["--quiet", "--lang", "fr"]);
    assert!(out.status.success());
    check_contract(&d);
    let mut checked = 0;
    for e in d["events"].as_array().expect("events") {
        if !strs(&e["articles"]).iter().any(|a| french.contains(a)) {
            continue;
        }
        checked += 1;
        let title = e["title"].as_str().unwrap_or("");
        assert!(french_titles.contains(title), "{title}");
        for s in e["summary"].as_array().expect("summary") {
            let own = strs(&s["sources"]).first().copied().unwrap_or("");
            assert!(french.contains(own), "{}", s["text"]);
        }
    }
    assert!(checked >= 20, "{checked} events with French coverage");
    let bad = gazette(&["digest", path.to_str().expect("path"), "--lang", "xx"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--lang xx"));
}

#[test]
fn bad_inputs_are_reported_and_the_rest_digested() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["000_58b1a0f51fb12f41.txt", "003_13f860077e990a46.txt"] {
        fs::copy(Path::new(SEEDS).join(name), dir.path().join(name)).expect("copy seed");
    }
    fs::write(
        dir.path().join("broken.jsonl"),
        "{\"id\": \"x\", \"text\": \n",
    )
    .expect("write");
    fs::write(dir.path().join("empty.txt"), "").expect("write");
    let (d, out) = digest(dir.path(), &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed input makes the run fail"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("broken.jsonl:1"), "{stderr}");
    assert!(stderr.contains("empty.txt"), "{stderr}");
    assert_eq!(
        d["articles"].as_array().map(Vec::len),
        Some(2),
        "the good inputs are digested"
    );
}

#[test]
fn a_published_that_is_no_date_is_a_warning_and_the_article_stays() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut records = other_news("2020-03-02").to_vec();
    records.push(json!({"id": "a", "published": "02/03/2020", "language": "en",
        "title": "Talks resume", "text": "Negotiators met again on Monday to resume talks over the border dispute."}));
    write_jsonl(dir.path(), "news.jsonl", &records);
    let (d, out) = digest(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(0), "a warning is no failure");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("news.jsonl:4: warning") && stderr.contains("02/03/2020"),
        "{stderr}"
    );
    assert_eq!(d["articles"].as_array().map(Vec::len), Some(4));
}

/// Finds a Chromium to drive, if the machine has one.
fn chromium() -> Option<String> {
    [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ]
    .into_iter()
    .find(|b| {
        Command::new(b)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
    .map(str::to_string)
}

#[test]
fn html_report_opens_in_chromium() {
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("report.html");
    let out = gazette(&[
        "digest",
        SEEDS,
        "--html",
        html.to_str().expect("utf-8"),
        "--json",
        dir.path().join("d.json").to_str().expect("utf-8"),
    ]);
    assert!(out.status.success());
    let page = fs::read_to_string(&html).expect("report written");
    let d: Value =
        serde_json::from_str(&fs::read_to_string(dir.path().join("d.json")).expect("json written"))
            .expect("json");
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("GAZETTE_REQUIRE_BROWSER").is_none(),
            "Chromium is required (scripts/test.sh installs it) but was not found"
        );
        eprintln!("skipped: no Chromium on this machine (scripts/test.sh installs it)");
        return;
    };
    let profile = dir.path().join("profile");
    let url = format!("file://{}", html.display());
    let flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];
    let run = |extra: &[String]| {
        Command::new(&browser)
            .args(flags)
            .arg(format!("--user-data-dir={}", profile.display()))
            .args(extra)
            .arg(&url)
            .output()
            .expect("chromium runs")
    };
    let dom = run(&["--dump-dom".to_string()]);
    assert!(
        dom.status.success(),
        "{}",
        String::from_utf8_lossy(&dom.stderr)
    );
    let dom = String::from_utf8_lossy(&dom.stdout);
    // The browser parsed the page into the structure we wrote.
    let stories = d["stories"].as_array().map_or(0, Vec::len);
    assert_eq!(
        dom.matches("<section class=\"story\"").count(),
        stories,
        "{dom}"
    );
    let events = d["events"].as_array().map_or(0, Vec::len);
    assert_eq!(dom.matches("<article class=\"event\"").count(), events);
    // Every citation points at a source listed on the page.
    let mut cited = 0;
    for part in page.split("href=\"#").skip(1) {
        let target = part.split('"').next().unwrap_or("");
        assert!(
            dom.contains(&format!("id=\"{target}\"")),
            "dangling link #{target}"
        );
        cited += 1;
    }
    assert!(cited > 0);
    let shot = dir.path().join("report.png");
    let out = run(&[
        format!("--screenshot={}", shot.display()),
        "--window-size=1280,2000".to_string(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot"
    );
}

/// Stories are ranked by sources: a dispatch run by three outlets outranks
/// one outlet's four articles.
#[test]
fn stories_rank_by_their_sources() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lines = Vec::new();
    let wire = "The central bank of Freedonia raised its main interest rate by half a point on Tuesday, its third increase this year, citing inflation that reached nine percent in March and a weaker currency.";
    for (i, outlet) in ["Daily A", "Daily B", "Daily C"].iter().enumerate() {
        lines.push(json!({
            "id": format!("rate{i}"), "outlet": outlet, "published": "2024-04-02", "language": "en",
            "title": format!("Freedonia raises interest rate again ({i})"),
            "text": format!("{wire} Analysts at {outlet} expected the move after the governor's speech in Fredville, number {i}."),
        }));
    }
    for i in 0..4 {
        lines.push(json!({
            "id": format!("zoo{i}"), "outlet": "Zoo Weekly", "published": "2024-04-02", "language": "en",
            "title": format!("Panda twins born at the Sylvania city zoo ({i})"),
            "text": format!("Two giant panda cubs were born overnight at the Sylvania city zoo, keepers said, the first twins in the zoo's history. Mother Mei and cubs are doing well, report {i} of the day says, and visitors will see them in summer."),
        }));
    }
    let path = write_jsonl(dir.path(), "pile.jsonl", &lines);
    let (d, out) = digest(&path, &[]);
    assert!(out.status.success());
    let first = &d["stories"][0];
    assert!(
        strs(&first["articles"])
            .iter()
            .all(|a| a.starts_with("rate")),
        "three outlets lead: {first}"
    );
}

#[test]
fn pages_of_one_template_count_as_one_source() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut lines = Vec::new();
    // Three reports of unknown outlets, written differently.
    for (i, lead) in [
        "The parliament of Freedonia voted on Tuesday to cut the pension age to sixty, after a night of debate.",
        "Freedonia's lawmakers approved on Tuesday a pension bill lowering the retirement age to sixty.",
        "After a long night, Freedonia's parliament passed the pension reform on Tuesday: retirement at sixty.",
    ]
    .iter()
    .enumerate()
    {
        lines.push(json!({
            "id": format!("pension{i}"), "published": "2024-04-02", "language": "en",
            "title": format!("Freedonia {} pension age to sixty", ["cuts", "lowers", "brings"][i]),
            "text": format!("{lead} The opposition said the pension reform cannot be paid for."),
        }));
    }
    // Six pages a site generates from one template, one per town.
    for (i, town) in [
        "Fredville",
        "Marxburg",
        "Groucho",
        "Harpo City",
        "Zeppo",
        "Gummo",
    ]
    .iter()
    .enumerate()
    {
        lines.push(json!({
            "id": format!("weather{i}"), "published": "2024-04-02", "language": "en",
            "title": format!("Weather {town}: forecast for Tuesday 2 April 2024"),
            "text": format!("Weather forecast for {town} on Tuesday 2 April 2024: rain showers in the morning, sunny spells in the afternoon, light westerly wind."),
        }));
    }
    let path = write_jsonl(dir.path(), "pile.jsonl", &lines);
    let (d, out) = digest(&path, &[]);
    assert!(out.status.success());
    let first = &d["stories"][0];
    assert!(
        strs(&first["articles"])
            .iter()
            .all(|a| a.starts_with("pension")),
        "three reports lead six generated pages: {}",
        d["stories"]
    );
}

#[test]
fn an_events_entity_types_weigh_the_evidence_of_all_its_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Two articles have the name "say" things, as people and companies do;
    // one gives it a board and shareholders, which only companies have.
    let lines = [
        json!({"id": "g1", "published": "2024-04-02", "language": "en", "title": "Globex Dynamics to buy robot maker Initech for 44 billion dollars",
               "text": "Globex Dynamics agreed on Monday to buy the robot maker Initech for 44 billion dollars in cash after weeks of talks in Springfield. Globex Dynamics said the takeover of Initech would close this year and bring savings."}),
        json!({"id": "g2", "published": "2024-04-02", "language": "en", "title": "Initech accepts 44 billion dollar offer from Globex Dynamics",
               "text": "Robot maker Initech accepted a 44 billion dollar cash offer from Globex Dynamics on Monday, ending talks that began in Springfield in March. Globex Dynamics said the price for Initech was fair to both sides."}),
        json!({"id": "g3", "published": "2024-04-02", "language": "en", "title": "Globex Dynamics board backs Initech takeover",
               "text": "The takeover of robot maker Initech for 44 billion dollars won the backing of Globex Dynamics's board on Monday in Springfield. Globex Dynamics's shareholders will vote on the Initech deal in May."}),
    ];
    let mut lines = lines.to_vec();
    lines.extend(other_news("2024-04-02"));
    let path = write_jsonl(dir.path(), "pile.jsonl", &lines);
    let (d, out) = digest(&path, &[]);
    assert!(out.status.success());
    let events = d["events"].as_array().expect("events");
    let deal = events
        .iter()
        .find(|e| strs(&e["articles"]).contains(&"g1"))
        .expect("the deal");
    assert_eq!(strs(&deal["articles"]).len(), 3, "{}", d["events"]);
    let globex = deal["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .find(|e| e["name"] == "Globex Dynamics")
        .expect("Globex Dynamics");
    assert_eq!(globex["type"], "ORG", "{globex}");
}

#[test]
fn a_shorter_name_of_a_person_joins_the_longer_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lines = [
        json!({"id": "t1", "published": "2023-02-07", "language": "en", "title": "Recep Tayyip Erdogan declares emergency in ten quake-hit provinces",
               "text": "Recep Tayyip Erdogan declared a three-month state of emergency on Tuesday in the ten provinces hit by the earthquake, as rescuers in Kahramanmaras searched collapsed buildings. Erdogan said the death toll had passed five thousand."}),
        json!({"id": "t2", "published": "2023-02-07", "language": "en", "title": "Tayyip Erdogan announces emergency rule after earthquake",
               "text": "President Tayyip Erdogan announced emergency rule on Tuesday in the ten provinces struck by the earthquake, while rescuers in Kahramanmaras dug through collapsed buildings. Tayyip Erdogan said five thousand people had died."}),
    ];
    let mut lines = lines.to_vec();
    lines.extend(other_news("2023-02-07"));
    let path = write_jsonl(dir.path(), "pile.jsonl", &lines);
    let (d, out) = digest(&path, &[]);
    assert!(out.status.success());
    let events = d["events"].as_array().expect("events");
    let quake = events
        .iter()
        .find(|e| strs(&e["articles"]).contains(&"t1"))
        .expect("the quake");
    assert!(strs(&quake["articles"]).contains(&"t2"), "{}", d["events"]);
    let erdogans: Vec<&str> = quake["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter_map(|e| e["name"].as_str())
        .filter(|n| n.contains("Erdogan"))
        .collect();
    assert_eq!(erdogans, ["Recep Tayyip Erdogan"], "{}", quake["entities"]);
}

#[test]
fn a_name_is_of_one_type_in_all_the_events_of_its_story() {
    // The first event's articles say what Tamarod is ("le mouvement
    // Tamarod"); the second's do not: it is an organisation there too.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_jsonl(
        dir.path(),
        "tamarod.jsonl",
        &[
            json!({"id": "a1", "published": "2013-06-20", "language": "fr", "title": "Egypte : le mouvement Tamarod réunit des millions de signatures contre Morsi", "text": "Le mouvement Tamarod affirme avoir réuni quinze millions de signatures contre le président Mohamed Morsi au Caire. Les organisateurs de la pétition appellent à manifester le 30 juin devant le palais présidentiel."}),
            json!({"id": "a2", "published": "2013-06-21", "language": "fr", "title": "Egypte : la pétition de Tamarod contre Morsi", "text": "Le mouvement Tamarod dit avoir recueilli quinze millions de signatures contre le président Mohamed Morsi au Caire. La pétition appelle à manifester le 30 juin devant le palais présidentiel."}),
            json!({"id": "b1", "published": "2013-07-01", "language": "fr", "title": "Egypte : Tamarod donne 24 heures à Morsi pour partir", "text": "Selon Tamarod, le président Mohamed Morsi doit quitter le pouvoir mardi, au lendemain de manifestations monstres au Caire. Tamarod appelle à la désobéissance civile si le président reste au palais."}),
            json!({"id": "b2", "published": "2013-07-01", "language": "fr", "title": "Ultimatum de Tamarod à Morsi", "text": "Les militants de Tamarod ont lancé un ultimatum au président Mohamed Morsi, qui a jusqu'à mardi pour quitter le pouvoir après les manifestations monstres au Caire. Tamarod menace de désobéissance civile."}),
        ],
    );
    let (d, out) = digest(&path, &[]);
    assert!(out.status.success());
    let events = d["events"].as_array().expect("events");
    assert_eq!(events.len(), 2, "{d}");
    assert_eq!(events[0]["story"], events[1]["story"], "{d}");
    for e in events {
        let tamarod = e["entities"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|x| x["name"] == "Tamarod")
            .unwrap_or_else(|| panic!("Tamarod in {e}"));
        assert_eq!(tamarod["type"], "ORG", "{e}");
    }
}

#[test]
fn a_name_written_with_a_legal_form_is_a_company_in_every_story() {
    // The chip story writes "Intel Corp."; the football story, weeks
    // later, only "Intel": a company there too.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write_jsonl(
        dir.path(),
        "intel.jsonl",
        &[
            json!({"id": "c1", "published": "2004-09-07", "language": "en", "title": "Intel cuts its sales forecast", "text": "Intel Corp. cut its quarterly sales forecast on Tuesday, blaming weak demand for personal computers in Europe and Asia. Shares of the chip maker fell in after-hours trading."}),
            json!({"id": "f1", "published": "2004-11-20", "language": "en", "title": "Stadium naming deal for the club", "text": "The city's football club said on Saturday that Intel would sponsor its new stadium for ten years. The club's chairman welcomed the deal at a press conference."}),
        ],
    );
    let (d, out) = digest(&path, &[]);
    assert!(out.status.success());
    let events = d["events"].as_array().expect("events");
    let stadium = events
        .iter()
        .find(|e| strs(&e["articles"]).contains(&"f1"))
        .expect("the stadium event");
    let intel = stadium["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|x| x["name"] == "Intel")
        .unwrap_or_else(|| panic!("Intel in {stadium}"));
    assert_eq!(intel["type"], "ORG", "{stadium}");
}
