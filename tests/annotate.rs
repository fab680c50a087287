//! End-to-end tests of `gazette annotate`: time expressions resolved
//! against the publication date or `--date`, character offsets, `--raw`.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");

fn annotate(args: &[&str]) -> (Vec<Value>, std::process::Output) {
    let out = Command::new(BIN)
        .arg("annotate")
        .args(args)
        .output()
        .expect("gazette runs");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    let records = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    (records, out)
}

/// The characters `start..end` of `text`.
fn chars(text: &str, start: u64, end: u64) -> String {
    text.chars()
        .skip(start as usize)
        .take((end - start) as usize)
        .collect()
}

#[test]
fn seed_dates_resolve_against_the_reference() {
    let seed = Path::new(SEEDS).join("004_c38f1321169e4d8c.txt");
    let (records, out) = annotate(&[
        "--json",
        "--date",
        "2020-02-28",
        seed.to_str().expect("utf-8"),
    ]);
    assert!(out.status.success());
    let r = &records[0];
    assert_eq!(r["reference"], "2020-02-28");
    let text = r["text"].as_str().expect("text");
    let times = r["times"].as_array().expect("times");
    let feb27 = times
        .iter()
        .find(|t| t["text"] == "le 27 février")
        .expect("le 27 février is found");
    assert_eq!(feb27["value"], "2020-02-27");
    assert_eq!(feb27["type"], "DATE");
    for t in times {
        let (s, e) = (
            t["start"].as_u64().expect("start"),
            t["end"].as_u64().expect("end"),
        );
        assert_eq!(
            chars(text, s, e),
            t["text"].as_str().expect("surface"),
            "offsets are characters"
        );
    }
    // "vendredi" in a report of Friday 28 February is that day.
    assert!(
        times
            .iter()
            .any(|t| t["text"] == "vendredi" && t["value"] == "2020-02-28"),
        "{times:?}"
    );
}

#[test]
fn raw_keeps_the_input_text() {
    let seed = Path::new(SEEDS).join("003_13f860077e990a46.txt");
    let (records, _) = annotate(&[
        "--json",
        "--raw",
        "--date",
        "2020-02-28",
        seed.to_str().expect("utf-8"),
    ]);
    let original = std::fs::read_to_string(&seed).expect("seed");
    assert_eq!(records[0]["text"].as_str(), Some(original.as_str()));
}

#[test]
fn bad_date_is_a_usage_error() {
    let (_, out) = annotate(&["--date", "28/02/2020", SEEDS]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--date"));
}

#[test]
fn seed_entities_and_quotes() {
    let (records, _) = annotate(&["--json", "--date", "2020-02-28", SEEDS]);
    let by_id = |prefix: &str| {
        records
            .iter()
            .find(|r| r["id"].as_str().is_some_and(|i| i.starts_with(prefix)))
            .expect("seed")
    };
    // M.Lavrov is Sergueï Lavrov, and says «Un espace de dialogue…».
    let r = by_id("004");
    let lavrov: Vec<&Value> = r["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter(|m| m["canonical"] == "Sergueï Lavrov")
        .collect();
    assert!(lavrov.iter().any(|m| m["text"] == "Lavrov"), "{lavrov:?}");
    assert!(lavrov.iter().all(|m| m["type"] == "PER"));
    let q = r["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("Un espace"))
        })
        .expect("Lavrov's quote");
    assert_eq!(q["speaker"], "Sergueï Lavrov");
    // The Kremlin spokesman, unnamed in this article, is still the speaker.
    let r = by_id("002");
    let q = r["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .find(|q| {
            q["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("Des activités"))
        })
        .expect("quote");
    assert_eq!(q["speaker"], "porte-parole du Kremlin");
    // Peskov, named, and Erdogan, in Le Figaro.
    let r = by_id("000");
    let speakers: Vec<&str> = r["quotes"]
        .as_array()
        .expect("quotes")
        .iter()
        .filter_map(|q| q["speaker"].as_str())
        .collect();
    assert!(
        speakers.contains(&"Dmitri Peskov") && speakers.contains(&"Recep Tayyip Erdogan"),
        "{speakers:?}"
    );
    // "le président turc" is Erdogan where the article ties the role to him
    // ("son homologue turc Recep Tayyip Erdogan").
    let r = by_id("002");
    let role: Vec<&Value> = r["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter(|m| m["text"] == "président turc")
        .collect();
    assert!(
        !role.is_empty()
            && role
                .iter()
                .all(|m| m["canonical"] == "Recep Tayyip Erdogan"),
        "{role:?}"
    );
    // Bachar al-Assad and Bachar el-Assad are one person.
    let r = by_id("001");
    let assad: Vec<&str> = r["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter(|m| m["text"].as_str().is_some_and(|t| t.contains("Assad")))
        .filter_map(|m| m["canonical"].as_str())
        .collect();
    assert!(!assad.is_empty(), "{:?}", r["entities"]);
}
