//! End-to-end tests of the `gazette` binary: real seed articles, broken
//! inputs, standard input, legacy encodings, gzip, WARC and job ordering.

use std::ffi::OsStr;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::{json, Value};

const BIN: &str = env!("CARGO_BIN_EXE_gazette");
const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");

/// Runs `gazette` with `args` (and `stdin` piped in when given) and checks
/// that it did not panic, whatever its exit status.
fn gazette_with_stdin<S: AsRef<OsStr>>(args: &[S], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(BIN);
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().expect("the gazette binary starts");
    let writer = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("stdin is piped");
        let bytes = bytes.to_vec();
        // Written from another thread so that a large output cannot block
        // the child while we are still feeding it. A child that exits
        // without reading everything is judged by its output, not by the
        // broken pipe here.
        std::thread::spawn(move || {
            let _ = pipe.write_all(&bytes);
        })
    });
    let out = child
        .wait_with_output()
        .expect("gazette runs to completion");
    if let Some(w) = writer {
        w.join().expect("stdin writer thread");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "gazette panicked:\n{stderr}");
    assert_ne!(out.status.code(), Some(101), "gazette panicked:\n{stderr}");
    out
}

fn gazette<S: AsRef<OsStr>>(args: &[S]) -> Output {
    gazette_with_stdin(args, None)
}

fn stdout_str(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr_str(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Parses `--json` output: one JSON object per line.
fn articles(out: &Output) -> Vec<Value> {
    stdout_str(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad JSON line ({e}): {l}")))
        .collect()
}

fn field<'a>(a: &'a Value, name: &str) -> Option<&'a str> {
    a.get(name).and_then(Value::as_str)
}

fn text_of(a: &Value) -> &str {
    field(a, "text").unwrap_or_else(|| panic!("article without text: {a}"))
}

fn find<'a>(all: &'a [Value], id: &str) -> &'a Value {
    all.iter()
        .find(|a| field(a, "id") == Some(id))
        .unwrap_or_else(|| {
            panic!(
                "no article with id {id:?} in {:?}",
                all.iter().map(|a| &a["id"]).collect::<Vec<_>>()
            )
        })
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = GzEncoder::new(Vec::new(), Compression::default());
    enc.write_all(bytes).expect("gzip in memory");
    enc.finish().expect("gzip in memory")
}

/// A WARC/1.0 record whose block is an HTTP exchange, as in
/// `crates/input/src/warc.rs`'s tests.
fn warc_record(kind: &str, id: &str, uri: &str, block: &str) -> String {
    format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2020-02-29T10:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
        block.len()
    )
}

fn http_page(html: &str) -> String {
    format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}", html.len())
}

/// A small French article page: a headline and three paragraphs of prose.
fn article_page(title: &str, paragraphs: [&str; 3]) -> String {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("      <p>{p}</p>\n"))
        .collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="fr">
  <head>
    <meta charset="utf-8">
    <title>{title} - Le Journal</title>
  </head>
  <body>
    <nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
    <article>
      <h1>{title}</h1>
{body}    </article>
    <footer><p>© 2020 Le Journal. Tous droits réservés.</p></footer>
  </body>
</html>
"#
    )
}

// ---------------------------------------------------------------------------
// Seeds: five flattened French news pages.
// ---------------------------------------------------------------------------

struct Seed {
    id: &'static str,
    /// The headline (its first headline line), when the page has one.
    title: Option<&'static str>,
    outlet: Option<&'static str>,
    /// Article text that must survive, each within one paragraph.
    keep: &'static [&'static str],
    /// Subheadings that must survive as paragraphs of their own.
    subheadings: &'static [&'static str],
}

const SEED_ARTICLES: &[Seed] = &[
    Seed {
        id: "000_58b1a0f51fb12f41",
        title: None,
        outlet: Some("Le Figaro"),
        keep: &[
            "Vladimir Poutine et Recep Tayyip Erdogan se retrouvent à Moscou ce jeudi pour chercher une solution visant à apaiser les tensions en Syrie",
            "ultime bastion rebelle et djihadiste dans le nord-ouest de la Syrie",
            "Cette escalade des tensions sur le terrain a abouti à des tensions diplomatiques entre Moscou",
            "le porte-parole du Kremlin, Dmitri Peskov, a émis l'espoir que les deux dirigeants pourraient aboutir",
        ],
        subheadings: &[],
    },
    Seed {
        id: "001_4781944b137cc95a",
        title: Some("Les combats à Idleb au cœur d'un échange téléphonique entre Poutine et Erdogan"),
        outlet: None,
        keep: &[
            "Alors que l'offensive des forces du régime de Damas se poursuit à Idleb, dans le nord de la Syrie, les présidents turc et russe se sont entretenus ce vendredi par téléphone.",
            "Les efforts diplomatiques se poursuivent pour tenter de mettre un terme au calvaire des centaines de milliers de civils syriens",
            "le président turc a exhorté son homologue russe à mettre pleinement en œuvre l'accord russo-turc de 2018",
            "Mais c'est à l'évidence un dialogue difficile et déséquilibré que mènent Ankara et Moscou.",
            "Paris et Berlin proposent la tenue d'un sommet à quatre, réunissant les dirigeants russe, turc, français et allemand.",
        ],
        subheadings: &[],
    },
    Seed {
        id: "002_434794cdf416e28e",
        title: Some("La situation à Idlib au centre d'un nouveau tête à tête entre Poutine et Erdogan"),
        outlet: None,
        keep: &[
            "La question sera au centre d'une nouvelle rencontre à Sotchi ce mercredi.",
            "Même s'il a parfois duré des heures, le tête à tête entre Poutine et Erdogan a toujours été la solution pour apaiser les tensions.",
            "notamment du groupe jihadiste Hayat Tahrir Al-Cham",
            "Washington a affirmé que les S-400 constituent une menace pour ses avions de combat F-35",
        ],
        subheadings: &["Empêcher une escalade", "Officialiser l'achat de S-400 à la Russie"],
    },
    Seed {
        id: "003_13f860077e990a46",
        title: Some("Idleb : Poutine et Erdogan négocient, l'Otan appelle au calme"),
        outlet: Some("Euronews"),
        keep: &[
            "Au moment où la Turquie enterre ses 33 soldats tués jeudi en Syrie, les présidents russe et turc négocient pour tenter de maîtriser l'escalade des affrontements.",
            "Le régime syrien est appuyé par Moscou, or la Turquie accuse l'aviation syrienne d'être responsable de la mort de ses soldats.",
            "À la demande d'Ankara, l'Otan a tenu ce vendredi une réunion d'urgence.",
            "Jens Stoltenberg, secrétaire général de l'Otan",
            "Une rencontre entre les deux hommes pourrait avoir lieu prochainement.",
        ],
        subheadings: &[],
    },
    Seed {
        id: "004_c38f1321169e4d8c",
        title: Some("Poutine et Erdogan se sont entretenus par téléphone après les bombardements à Idlib"),
        outlet: Some("Sputnik"),
        keep: &[
            "Les Présidents russe et turc se sont entretenus vendredi par téléphone après les bombardements ayant touché Idlib le 27 février",
            "Un espace de dialogue existe toujours",
            "Les deux parties ont également examiné la possibilité de procéder sous peu aux consultations nécessaires, a-t-il ajouté.",
            "Des divergences se sont manifestées ces derniers temps entre Moscou et Ankara",
            "se voit obligée de répondre aux attaques des terroristes.",
            "Après avoir déploré la mort d'une trentaine de ses militaires à Idlib, la Turquie a riposté en frappant les positions syriennes.",
        ],
        subheadings: &["Tensions à Idlib", "Nouvelle escalade"],
    },
];

/// Page furniture found in the seeds (ad labels, prompts, error scraps,
/// teasers, captions, credits, bylines); none of it is article text.
const BOILERPLATE: &[&str] = &[
    "Publicité",
    "PUBLICITÉ",
    "Suivez-nous",
    "Newsletter",
    "Events",
    "Podcasts",
    "Loader",
    "À lire aussi",
    "Oops",
    "Une erreur est survenue",
    "Veuillez réessayer",
    "Page non trouvée",
    "n'existe pas ou n'est plus disponible",
    "min de lecture",
    "Dans cet article",
    "Partager",
    "Discussion",
    "Close Button",
    "Copier",
    "Copy to clipboard",
    "Lien copié",
    "Publié le",
    "Tous droits réservés",
    "TURKISH DEFENCE MINISTRY",
    "DRUZHININ",
    "SPUTNIK",
    "Accéder au contenu principal",
    "Retrouvez l'intégralité",
    "cliquant ici",
    "Proche-Ori...",
    "Donald Trump, les perspectives",
    "Comment la France peut supprimer",
    "Samuel Paty",
    "Bock-Côté",
    "LGV du Sud-Ouest",
    "surpopulation carcérale",
    "Justice: une association",
    "À découvrir également",
    "combattants kurdes",
    "Le Bélarus accélère",
    "militante américano-turque",
    "Notre objectif est de créer",
    "suspendons temporairement les commentaires",
    "Discuter",
    "Source [Le Figaro]",
    "Par Euronews",
    "Euronews avec AFP",
    "La Turquie publie une vidéo de sa frappe",
    "Plus de 30 militaires turcs tués dans une frappe syrienne à Idlib, la Turquie riposte",
    "Ici, lors d'une rencontre à Sotchi",
    "le dialogue est difficile sur la situation en Syrie",
    "Deux soldats turcs tués dans des frappes aériennes",
    "Vladimir Poutine reçoit Bachar el-Assad",
];

/// Collapses whitespace (non-breaking spaces included), as the cleaner does.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The seed files' text, whitespace-normalised line by line.
fn seed_lines() -> Vec<(String, String)> {
    let mut lines = Vec::new();
    for s in SEED_ARTICLES {
        let raw = fs::read_to_string(Path::new(SEEDS).join(format!("{}.txt", s.id)))
            .unwrap_or_else(|e| panic!("seed {} is readable: {e}", s.id));
        lines.extend(raw.lines().map(|l| (s.id.to_string(), normalise(l))));
    }
    lines
}

#[test]
fn seed_expectations_match_the_seed_files() {
    // Guards the test data itself: every string the cleaning test relies on
    // is really in the seeds, article text as well as furniture.
    let lines = seed_lines();
    for s in SEED_ARTICLES {
        let own: Vec<&str> = lines
            .iter()
            .filter(|(id, _)| id == s.id)
            .map(|(_, l)| l.as_str())
            .collect();
        for k in s.keep.iter().chain(s.subheadings).chain(s.title.iter()) {
            assert!(
                own.iter().any(|l| l.contains(k)),
                "{}: {k:?} is not a line of the seed",
                s.id
            );
        }
        for h in s.subheadings {
            assert!(
                own.contains(h),
                "{}: subheading {h:?} is not a line of its own",
                s.id
            );
        }
    }
    for b in BOILERPLATE {
        assert!(
            lines.iter().any(|(_, l)| l.contains(b)),
            "boilerplate {b:?} is in no seed"
        );
    }
}

#[test]
fn seeds_are_cleaned() {
    let out = gazette(&["extract", "--json", SEEDS]);
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        stderr_str(&out)
    );
    let all = articles(&out);
    let ids: Vec<&str> = all.iter().filter_map(|a| field(a, "id")).collect();
    let expected: Vec<&str> = SEED_ARTICLES.iter().map(|s| s.id).collect();
    assert_eq!(ids, expected);

    for s in SEED_ARTICLES {
        let a = find(&all, s.id);
        for key in [
            "id",
            "source",
            "url",
            "title",
            "text",
            "language",
            "published",
            "outlet",
            "authors",
        ] {
            assert!(
                a.get(key).is_some(),
                "{}: field {key:?} missing in {a}",
                s.id
            );
        }
        assert!(
            field(a, "source").is_some_and(|src| src.ends_with(&format!("{}.txt", s.id))),
            "{}: source {}",
            s.id,
            a["source"]
        );
        assert!(
            a["authors"].is_array(),
            "{}: authors {}",
            s.id,
            a["authors"]
        );
        assert_eq!(field(a, "language"), Some("fr"), "{}", s.id);
        if let Some(outlet) = s.outlet {
            assert_eq!(field(a, "outlet"), Some(outlet), "{}", s.id);
        }

        let text = text_of(a);
        // Paragraphs are separated by exactly one blank line.
        assert!(
            text.contains("\n\n"),
            "{}: one paragraph only:\n{text}",
            s.id
        );
        assert!(
            !text.contains("\n\n\n"),
            "{}: paragraphs separated by more than one blank line",
            s.id
        );
        assert_eq!(
            text,
            text.trim(),
            "{}: text has surrounding whitespace",
            s.id
        );
        let paragraphs: Vec<&str> = text.split("\n\n").collect();
        for p in &paragraphs {
            assert!(
                !p.trim().is_empty(),
                "{}: empty paragraph in:\n{text}",
                s.id
            );
            assert!(
                !p.contains('\n'),
                "{}: line break inside paragraph {p:?}",
                s.id
            );
            assert_eq!(
                *p,
                p.trim(),
                "{}: paragraph has surrounding whitespace",
                s.id
            );
        }

        for k in s.keep {
            assert!(
                text.contains(k),
                "{}: article text lost {k:?}:\n{text}",
                s.id
            );
        }
        for h in s.subheadings {
            assert!(
                paragraphs.contains(h),
                "{}: subheading {h:?} is not a paragraph of its own:\n{text}",
                s.id
            );
        }
        for b in BOILERPLATE {
            assert!(
                !text.contains(b),
                "{}: boilerplate {b:?} left in the text:\n{text}",
                s.id
            );
        }
        // A lone outlet line is metadata, not a paragraph.
        if let Some(outlet) = s.outlet {
            assert!(
                !paragraphs.contains(&outlet),
                "{}: outlet line left in the text",
                s.id
            );
        }
        if let Some(title) = s.title {
            assert_eq!(field(a, "title"), Some(title), "{}", s.id);
            assert!(
                !text.contains(title),
                "{}: headline repeated in the text:\n{text}",
                s.id
            );
        }
    }
}

#[test]
fn human_output() {
    let out = gazette(&["extract", SEEDS]);
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        stderr_str(&out)
    );
    let stdout = stdout_str(&out);
    assert!(
        stdout
            .lines()
            .any(|l| l == "Idleb : Poutine et Erdogan négocient, l'Otan appelle au calme"),
        "no Euronews title line in:\n{stdout}"
    );
    // Not JSON.
    assert!(
        !stdout.trim_start().starts_with('{'),
        "human output looks like JSON:\n{stdout}"
    );
    for s in SEED_ARTICLES {
        assert!(
            stdout.contains(s.id),
            "{} missing from the human output",
            s.id
        );
    }
}

#[test]
fn jobs_keep_order() {
    // The seeds plus a JSON Lines feed whose records vary a lot in size, so
    // that with several workers they finish out of order.
    let dir = tempfile::tempdir().expect("tempdir");
    let sentences = [
        "Le ministre des Affaires étrangères a annoncé mardi la réouverture de l'ambassade, fermée depuis le début du conflit.",
        "Les diplomates doivent reprendre leurs fonctions dans les prochaines semaines, selon un communiqué du ministère.",
        "Des milliers de personnes ont manifesté samedi dans le centre de la capitale pour réclamer des élections anticipées.",
        "La banque centrale a relevé son taux directeur d'un demi-point pour tenter de freiner l'inflation, qui dépasse les dix pour cent.",
        "Le gouvernement a présenté mercredi un projet de loi destiné à simplifier les démarches administratives des entreprises.",
        "Les secours ont évacué plusieurs centaines d'habitants après les inondations qui ont frappé la vallée pendant la nuit.",
        "Selon les premiers résultats, le parti au pouvoir arrive en tête mais perd la majorité absolue au Parlement.",
    ];
    let mut feed = String::new();
    let mut expected: Vec<String> = SEED_ARTICLES.iter().map(|s| s.id.to_string()).collect();
    for i in 0..30usize {
        let n = if i % 5 == 0 { 200 } else { 1 + i % 3 };
        let lines: Vec<String> = (0..n)
            .map(|j| {
                format!(
                    "{} (Dépêche {i}, paragraphe {j}.)",
                    sentences[(i + j) % sentences.len()]
                )
            })
            .collect();
        let id = format!("r{i:02}");
        feed.push_str(&json!({ "id": &id, "text": lines.join("\n") }).to_string());
        feed.push('\n');
        if i == 17 {
            feed.push_str("this line is not json\n");
        }
        expected.push(id);
    }
    fs::write(dir.path().join("feed.jsonl"), feed).expect("write feed");

    let run = |jobs: &str| {
        let out = gazette(&[
            OsStr::new("extract"),
            OsStr::new("--json"),
            OsStr::new("--jobs"),
            OsStr::new(jobs),
            OsStr::new(SEEDS),
            dir.path().as_os_str(),
        ]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "the broken feed line fails the run:\n{}",
            stderr_str(&out)
        );
        out
    };
    let one = run("1");
    let four = run("4");
    let ids: Vec<String> = articles(&one)
        .iter()
        .filter_map(|a| field(a, "id").map(str::to_string))
        .collect();
    assert_eq!(ids, expected);
    assert!(
        stdout_str(&one) == stdout_str(&four),
        "--jobs 1 and --jobs 4 print different articles or orders"
    );
    assert_eq!(stderr_str(&one), stderr_str(&four));
    assert!(
        stderr_str(&one).contains("feed.jsonl:19"),
        "{}",
        stderr_str(&one)
    );
}

// ---------------------------------------------------------------------------
// Bad inputs.
// ---------------------------------------------------------------------------

#[test]
fn bad_inputs_are_reported_and_skipped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();

    // A good page.
    let good = article_page(
        "Sommet à Moscou sur la Syrie",
        [
            "Les présidents russe et turc se retrouvent jeudi à Moscou pour tenter d'apaiser les tensions dans la région d'Idleb, dans le nord-ouest de la Syrie.",
            "Des dizaines de soldats turcs ont été tués ces dernières semaines dans des combats contre les forces du régime de Damas, soutenu par l'aviation russe.",
            "Selon le Kremlin, les deux dirigeants doivent discuter des mesures communes à prendre pour mettre fin à la crise humanitaire qui frappe la région.",
        ],
    );
    fs::write(d.join("good.html"), &good).expect("write good.html");

    // Empty.
    fs::write(d.join("empty.html"), b"").expect("write empty.html");

    // Binary: a PNG signature and header padding.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(&[0u8; 512]);
    fs::write(d.join("image.png"), png).expect("write image.png");

    // A gzip stream cut short.
    let page = article_page(
        "Un article coupé en route",
        [
            "Cet article a été compressé puis tronqué pendant le transfert, si bien que sa fin ne peut pas être lue correctement.",
            "Le lecteur doit signaler l'archive abîmée et continuer avec les fichiers suivants sans s'arrêter ni planter.",
            "Les autres documents du dossier sont intacts et doivent être extraits normalement, dans l'ordre où ils ont été trouvés.",
        ],
    );
    let gz = gzip(page.as_bytes());
    assert!(gz.len() > 60);
    fs::write(d.join("cut.html.gz"), &gz[..gz.len() - 30]).expect("write cut.html.gz");

    // Mostly UTF-8 French text with one stray byte.
    let mut broken = "Le président a déclaré mercredi que la Défense était prête à répondre à toute agression.\nLes élus de l'opposition ont dénoncé une décision prise sans débat au Parlement.\n"
        .as_bytes()
        .to_vec();
    broken.insert(40, 0xff);
    fs::write(d.join("broken.txt"), broken).expect("write broken.txt");

    // Over the default --max-size of 20,000,000 bytes.
    let big = "<p>x</p>".repeat(21_000_000 / 8 + 1);
    assert!(big.len() > 21_000_000);
    fs::write(d.join("big.html"), big).expect("write big.html");

    // JSON Lines with a broken line 2.
    let feed = format!(
        "{}\nnot json\n{}\n",
        json!({
            "id": "a",
            "text": "Le ministre des Affaires étrangères a annoncé mardi la réouverture de l'ambassade, fermée depuis le début du conflit.\nLes diplomates doivent reprendre leurs fonctions dans les prochaines semaines, selon un communiqué du ministère."
        }),
        json!({
            "id": "c",
            "text": "Des milliers de personnes ont manifesté samedi dans le centre de la capitale pour réclamer des élections anticipées.\nLa police a estimé la foule à vingt mille personnes, les organisateurs en ont compté trois fois plus."
        }),
    );
    fs::write(d.join("feed.jsonl"), feed).expect("write feed.jsonl");

    // JSON Lines whose first line is no object: the rest is still records.
    let records = format!(
        "[1, 2]\n{}\n",
        json!({
            "id": "r",
            "text": "Le gouvernement a présenté jeudi un projet de loi sur la réforme des retraites, qui sera débattu au printemps.\nLes syndicats ont appelé à une journée de grève nationale pour protester contre le texte."
        }),
    );
    fs::write(d.join("records.jsonl"), records).expect("write records.jsonl");

    // A JSON array of records, as a scraper exports them: one is bad.
    let export = serde_json::to_string_pretty(&json!([
        {
            "id": "e",
            "text": "Le Parlement européen a adopté mercredi une directive sur le devoir de vigilance des entreprises.\nLes grandes sociétés devront prévenir les atteintes aux droits humains dans leurs chaînes d'approvisionnement."
        },
        {"id": "f", "text": 5}
    ]))
    .expect("json");
    fs::write(d.join("export.json"), export).expect("write export.json");

    // WARC: a broken record, then a valid response.
    let warc_page = article_page(
        "La réunion des ministres reportée",
        [
            "La réunion des ministres européens de la Défense, prévue lundi à Bruxelles, a été reportée à la semaine prochaine.",
            "Plusieurs délégations ont demandé davantage de temps pour examiner les propositions présentées par la Commission.",
            "Une nouvelle date doit être annoncée dans les prochains jours, selon un porte-parole de la présidence du Conseil.",
        ],
    );
    let warc = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\ngarbage\r\n\r\n{}",
        warc_record(
            "response",
            "0f3b2c1e-2222-4e7a-9c1d-000000000002",
            "https://example.org/monde/reunion",
            &http_page(&warc_page)
        )
    );
    fs::write(d.join("bad.warc"), warc).expect("write bad.warc");

    let out = gazette(&[OsStr::new("extract"), OsStr::new("--json"), d.as_os_str()]);
    let stderr = stderr_str(&out);
    assert_eq!(
        out.status.code(),
        Some(1),
        "exit {:?}\n{stderr}",
        out.status
    );

    let bad = [
        "empty.html",
        "image.png",
        "cut.html.gz",
        "broken.txt",
        "big.html",
        "feed.jsonl:2",
        "records.jsonl:1",
        "export.json#record2",
        "bad.warc#record1",
    ];
    let lines: Vec<&str> = stderr.lines().collect();
    for name in bad {
        let hits: Vec<&&str> = lines.iter().filter(|l| l.contains(name)).collect();
        assert_eq!(
            hits.len(),
            1,
            "{name} should be reported on exactly one line:\n{stderr}"
        );
        assert!(hits[0].starts_with("gazette: "), "{name}: {}", hits[0]);
        let others: Vec<&str> = bad
            .iter()
            .copied()
            .filter(|o| *o != name && hits[0].contains(o))
            .collect();
        assert!(
            others.is_empty(),
            "{name} shares its line with {others:?}: {}",
            hits[0]
        );
    }
    for fine in [
        "good.html",
        "feed.jsonl:1",
        "feed.jsonl:3",
        "records.jsonl:2",
        "export.json#record1",
        "bad.warc#record2",
        "example.org",
    ] {
        assert!(
            !stderr.contains(fine),
            "{fine} reported as an error:\n{stderr}"
        );
    }
    assert_eq!(lines.len(), bad.len(), "unexpected error lines:\n{stderr}");

    let all = articles(&out);
    let ids: Vec<&str> = all.iter().filter_map(|a| field(a, "id")).collect();
    assert_eq!(
        ids,
        [
            "urn:uuid:0f3b2c1e-2222-4e7a-9c1d-000000000002",
            "e",
            "a",
            "c",
            "good",
            "r"
        ]
    );
    assert!(text_of(find(&all, "good"))
        .contains("Les présidents russe et turc se retrouvent jeudi à Moscou"));
    assert_eq!(
        field(find(&all, "good"), "title"),
        Some("Sommet à Moscou sur la Syrie")
    );
    assert!(text_of(find(&all, "a")).contains("réouverture de l'ambassade"));
    assert!(text_of(find(&all, "c")).contains("réclamer des élections anticipées"));
    let w = find(&all, "urn:uuid:0f3b2c1e-2222-4e7a-9c1d-000000000002");
    assert_eq!(field(w, "url"), Some("https://example.org/monde/reunion"));
    assert!(text_of(w).contains("a été reportée à la semaine prochaine"));
}

#[test]
fn missing_input_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let missing = dir.path().join("nowhere.html");
    let out = gazette(&[
        OsStr::new("extract"),
        OsStr::new("--json"),
        OsStr::new(SEEDS),
        missing.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_str(&out).contains("nowhere.html"),
        "{}",
        stderr_str(&out)
    );
    assert_eq!(articles(&out).len(), SEED_ARTICLES.len());
}

// ---------------------------------------------------------------------------
// Standard input, legacy encodings, gzip, WARC.
// ---------------------------------------------------------------------------

/// Encodes `s` in ISO-8859-1 / Windows-1252 (characters up to U+00FF).
fn latin1(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or_else(|_| panic!("{c:?} is not Latin-1")))
        .collect()
}

#[test]
fn stdin_and_gzip_and_latin1() {
    let page = r#"<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="iso-8859-1">
<title>Le président français en visite à Ankara</title>
</head>
<body>
<article>
<h1>Le président français en visite à Ankara</h1>
<p>Le président français a été reçu jeudi à Ankara par son homologue turc pour une série d'entretiens consacrés à la guerre en Syrie.</p>
<p>Les deux dirigeants ont évoqué la situation humanitaire à Idleb, où des centaines de milliers de déplacés attendent de l'aide près de la frontière.</p>
<p>Selon l'Élysée, un accord de coopération énergétique doit être signé à l'été, après une réunion des ministres à Paris.</p>
</article>
</body>
</html>
"#;
    let bytes = latin1(page);
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the page must not be valid UTF-8"
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let note = "La compagnie aérienne nationale a annoncé lundi la suppression de deux cents postes d'ici à la fin de l'année.\n\nLes syndicats ont appelé à une grève de vingt-quatre heures pour protester contre ce plan, jugé brutal et injustifié.\n\nLa direction assure que les départs se feront sur la base du volontariat et sans licenciement sec.\n";
    let gz_path = dir.path().join("depeche.txt.gz");
    fs::write(&gz_path, gzip(note.as_bytes())).expect("write depeche.txt.gz");

    let out = gazette_with_stdin(
        &[
            OsStr::new("extract"),
            OsStr::new("--json"),
            OsStr::new("-"),
            gz_path.as_os_str(),
        ],
        Some(bytes.as_slice()),
    );
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        stderr_str(&out)
    );
    let all = articles(&out);
    assert_eq!(all.len(), 2, "{all:?}");

    let a = &all[0];
    let text = text_of(a);
    for word in [
        "Le président français a été reçu jeudi à Ankara",
        "la situation humanitaire à Idleb, où des centaines de milliers de déplacés",
        "Selon l'Élysée, un accord de coopération énergétique doit être signé à l'été",
    ] {
        assert!(text.contains(word), "{word:?} not decoded in:\n{text}");
    }
    assert!(
        !text.contains('\u{fffd}') && !text.contains("Ã"),
        "mojibake in:\n{text}"
    );
    assert_eq!(
        field(a, "title"),
        Some("Le président français en visite à Ankara")
    );
    assert_eq!(field(a, "language"), Some("fr"));

    let g = &all[1];
    assert_eq!(field(g, "id"), Some("depeche"));
    let text = text_of(g);
    assert!(
        text.contains("la suppression de deux cents postes d'ici à la fin de l'année."),
        "{text}"
    );
    assert!(text.contains("sans licenciement sec."), "{text}");
    assert_eq!(text.split("\n\n").count(), 3, "{text}");
    assert_eq!(field(g, "language"), Some("fr"));
}

#[test]
fn warc_gz() {
    let first = article_page(
        "Les négociations reprennent à Genève",
        [
            "Les délégations du gouvernement et de l'opposition ont repris mardi à Genève leurs discussions sous l'égide des Nations unies.",
            "L'envoyé spécial a salué un climat constructif, tout en reconnaissant que les positions restaient très éloignées sur la question constitutionnelle.",
            "Une nouvelle session est prévue le mois prochain si les deux parties acceptent le calendrier proposé par la médiation.",
        ],
    );
    let second = article_page(
        "Un séisme frappe l'est de la Turquie",
        [
            "Un séisme de magnitude 5,7 a frappé dimanche l'est de la Turquie, faisant au moins neuf morts et des dizaines de blessés selon les autorités.",
            "Les secours fouillent les décombres de plusieurs immeubles effondrés dans les villages proches de l'épicentre, près de la frontière iranienne.",
            "Le ministre de l'Intérieur s'est rendu sur place et a promis une aide rapide aux familles sinistrées avant l'arrivée de l'hiver.",
        ],
    );
    let records = [
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\nWARC-Date: 2020-02-29T10:00:00Z\r\nContent-Type: application/warc-fields\r\nContent-Length: 16\r\n\r\nsoftware: test\r\n\r\n\r\n".to_string(),
        warc_record("response", "11111111-1111-4111-8111-111111111111", "https://example.org/monde/geneve", &http_page(&first)),
        warc_record("response", "22222222-2222-4222-8222-222222222222", "https://example.com/international/seisme", &http_page(&second)),
    ];
    // Each record its own gzip member, as Common Crawl ships them.
    let data: Vec<u8> = records.iter().flat_map(|r| gzip(r.as_bytes())).collect();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("news.warc.gz");
    fs::write(&path, data).expect("write news.warc.gz");

    let out = gazette(&[
        OsStr::new("extract"),
        OsStr::new("--json"),
        path.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        stderr_str(&out)
    );
    let all = articles(&out);
    assert_eq!(all.len(), 2, "{all:?}");
    let a = find(&all, "urn:uuid:11111111-1111-4111-8111-111111111111");
    assert_eq!(field(a, "url"), Some("https://example.org/monde/geneve"));
    assert!(text_of(a).contains("ont repris mardi à Genève leurs discussions"));
    assert_eq!(
        field(a, "title"),
        Some("Les négociations reprennent à Genève")
    );
    let b = find(&all, "urn:uuid:22222222-2222-4222-8222-222222222222");
    assert_eq!(
        field(b, "url"),
        Some("https://example.com/international/seisme")
    );
    assert!(text_of(b).contains("Un séisme de magnitude 5,7 a frappé dimanche l'est de la Turquie"));
    // Records come out in archive order.
    assert_eq!(
        field(&all[0], "id"),
        Some("urn:uuid:11111111-1111-4111-8111-111111111111")
    );
}

/// Short lines that many documents of a batch share are furniture even when
/// their wording says nothing; prose shared by documents (wire copy) stays.
#[test]
fn lines_repeated_across_documents_are_furniture() {
    let dir = tempfile::tempdir().unwrap();
    let wire = "Les deux présidents se sont entretenus vendredi par téléphone au sujet de la Syrie, a indiqué le Kremlin dans un communiqué.";
    for i in 0..3 {
        let text = format!(
            "Le titre numéro {i} d'un article du jour\n\nEspace partenaires du groupe\n\n{wire}\n\nUne phrase propre à l'article numéro {i}, qui ne se répète nulle part ailleurs dans le lot.\n"
        );
        std::fs::write(dir.path().join(format!("a{i}.txt")), text).unwrap();
    }
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["extract", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 3);
    for line in stdout.lines() {
        let a: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = a["text"].as_str().unwrap();
        assert!(!text.contains("Espace partenaires"), "{text}");
        assert!(text.contains(wire), "{text}");
    }
}

#[test]
fn mojibake_in_a_feed_is_repaired() {
    // UTF-8 read once as Latin-1 and written again, as scraped corpora
    // often carry it.
    let record = r#"{"id": "m1", "title": "RÃ©forme des retraites : le gouvernement promet des propositions concrÃ¨tes", "text": "Le gouvernement a promis vendredi des propositions concrÃ¨tes aux syndicats, qui dÃ©noncent une rÃ©forme injuste. La ministre a dÃ©fendu le texte devant les dÃ©putÃ©s.", "language": "fr"}
"#;
    let out = gazette_with_stdin(&["extract", "--json", "-"], Some(record.as_bytes()));
    assert!(out.status.success(), "{}", stderr_str(&out));
    let all = articles(&out);
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(
        all[0]["title"].as_str(),
        Some("Réforme des retraites : le gouvernement promet des propositions concrètes")
    );
    let text = text_of(&all[0]);
    assert!(
        text.contains("propositions concrètes aux syndicats, qui dénoncent une réforme injuste"),
        "{text}"
    );
}

#[test]
fn markup_escapes_in_a_feed_are_decoded() {
    // Entities kept as written, one that lost its ampersand, and a
    // backslash-escaped dollar, as wire corpora carry them.
    let record = r#"{"id": "e1", "title": "Federated Will Rename Stores as Macy #39;s", "text": "Federated Department Stores said on Tuesday it would rename its regional chains as Macy&#39;s, at a cost of up to US\\$50 million, a move analysts at AT&amp;T Capital welcomed.", "language": "en"}
"#;
    let out = gazette_with_stdin(&["extract", "--json", "-"], Some(record.as_bytes()));
    assert!(out.status.success(), "{}", stderr_str(&out));
    let all = articles(&out);
    assert_eq!(
        all[0]["title"].as_str(),
        Some("Federated Will Rename Stores as Macy's")
    );
    let text = text_of(&all[0]);
    assert!(
        text.contains(
            "as Macy's, at a cost of up to US$50 million, a move analysts at AT&T Capital"
        ),
        "{text}"
    );
}

#[test]
fn an_empty_folder_is_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = gazette(&[OsStr::new("extract"), dir.path().as_os_str()]);
    let stderr = stderr_str(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("folder holds no files"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn a_folder_linked_into_itself_is_walked_once_and_the_loop_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    let news = dir.path().join("news");
    fs::create_dir(&news).expect("mkdir");
    fs::write(
        news.join("a.txt"),
        "Crue de la Garonne\n\nLa Garonne est sortie de son lit mardi à Toulouse, où plusieurs quartiers ont été évacués par les pompiers.\n",
    )
    .expect("write");
    std::os::unix::fs::symlink(&news, news.join("again")).expect("symlink");
    // A second link to the same folder from outside is no loop: read once.
    std::os::unix::fs::symlink(&news, dir.path().join("mirror")).expect("symlink");
    let out = gazette(&[
        OsStr::new("extract"),
        OsStr::new("--json"),
        dir.path().as_os_str(),
    ]);
    let stderr = stderr_str(&out);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.matches("folder loop").count(), 1, "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
}
