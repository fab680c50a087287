//! Who said what across an event: a quote that several articles carry is
//! one quote citing them all, under its speaker's fullest name.

use gazette_digest::{digest, DigestOptions};
use gazette_model::{Article, PubDate};

fn article(id: &str, outlet: &str, text: &str) -> Article {
    Article {
        id: id.to_string(),
        source: format!("{id}.txt"),
        url: None,
        title: None,
        text: text.to_string(),
        language: Some("en".to_string()),
        published: PubDate::parse_iso("2023-09-10"),
        outlet: Some(outlet.to_string()),
        authors: Vec::new(),
        description: None,
    }
}

#[test]
fn a_quote_carried_by_several_articles_is_one_quote() {
    let a = article(
        "a",
        "Daily One",
        "A magnitude 6.8 earthquake struck the High Atlas mountains of Morocco late on Friday, killing more than 2,000 people in villages south of Marrakesh.\n\n\"We will rebuild every home in the valley before winter comes,\" said Aziz Akhannouch, the prime minister, on Sunday.\n\nRescue teams from Spain and Qatar reached the worst-hit villages near Amizmiz.",
    );
    let b = article(
        "b",
        "Morning Two",
        "Rescuers in Morocco searched the rubble of mountain villages south of Marrakesh on Sunday after the magnitude 6.8 earthquake that struck the High Atlas late on Friday, killing more than 2,000 people.\n\n\"We will rebuild every home in the valley before winter comes,\" Prime Minister Aziz Akhannouch said after a meeting with King Mohammed VI.\n\nRescue teams from Spain and Qatar reached the worst-hit villages near Amizmiz, where the death toll rose above 2,100.",
    );
    let d = digest(vec![a, b], DigestOptions::default());
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    let quotes: Vec<_> = d.events[0]
        .quotes
        .iter()
        .filter(|q| q.text.starts_with("We will rebuild"))
        .collect();
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(quotes[0].speaker, "Aziz Akhannouch");
    // The comma that hands the quote over is not part of it.
    assert_eq!(
        quotes[0].text,
        "We will rebuild every home in the valley before winter comes"
    );
    assert_eq!(quotes[0].articles, ["a", "b"]);
}

#[test]
fn a_bare_role_is_the_person_another_article_names_in_it() {
    let fr = |id: &str, outlet: &str, text: &str| Article {
        language: Some("fr".to_string()),
        ..article(id, outlet, text)
    };
    let a = fr(
        "a",
        "Quotidien Un",
        "Le sommet de Sotchi entre la Russie et la Turquie s'ouvrira mercredi sur la question de la province syrienne d'Idleb et des frappes russes.\n\nLe porte-parole du Kremlin, Dmitri Peskov, a souhaité que les deux présidents trouvent une vision commune sur la province d'Idleb.",
    );
    let b = fr(
        "b",
        "Hebdo Deux",
        "La Russie et la Turquie se retrouvent mercredi à Sotchi pour un sommet sur la province syrienne d'Idleb, où les frappes russes se multiplient.\n\n« Des activités terroristes se poursuivent depuis ce territoire, c'est inacceptable », a dénoncé le porte-parole du Kremlin à la télévision russe.",
    );
    let d = digest(vec![a, b], DigestOptions::default());
    let q = d
        .events
        .iter()
        .flat_map(|e| &e.quotes)
        .find(|q| q.text.starts_with("Des activités terroristes"))
        .expect("the quote");
    assert_eq!(q.speaker, "Dmitri Peskov", "{q:?}");
}

#[test]
fn a_person_reads_the_same_in_every_event_of_a_story() {
    let fr = |id: &str, date: &str, text: &str| Article {
        language: Some("fr".to_string()),
        published: PubDate::parse_iso(date),
        ..article(id, "Quotidien", text)
    };
    let offensive = "Les forces de Bachar el-Assad poursuivent leur offensive dans la province syrienne d'Idleb, où la Turquie de Recep Tayyip Erdogan a déployé des renforts face à l'armée syrienne soutenue par Moscou.";
    let a = fr(
        "a",
        "2020-02-03",
        &format!("{offensive}\n\nAnkara a menacé de riposter si ses postes d'observation étaient visés par Bachar el-Assad."),
    );
    let b = fr(
        "b",
        "2020-02-04",
        &format!("{offensive}\n\nLes bombardements ont fait fuir des dizaines de milliers de civils vers la frontière turque."),
    );
    let c = fr(
        "c",
        "2020-02-14",
        "Recep Tayyip Erdogan a promis de frapper les forces de Bachar al-Assad partout en Syrie si un seul soldat turc était blessé dans la province d'Idleb, après la mort de soldats turcs sous des tirs syriens.\n\nMoscou a appelé Ankara à respecter les accords sur Idleb.",
    );
    let d = digest(vec![a, b, c], DigestOptions::default());
    assert_eq!(d.stories.len(), 1, "{:?}", d.stories);
    assert_eq!(d.events.len(), 2, "{:?}", d.events);
    for e in &d.events {
        let assad: Vec<&str> = e
            .entities
            .iter()
            .map(|x| x.name.as_str())
            .filter(|n| n.contains("Assad"))
            .collect();
        assert_eq!(assad, ["Bachar el-Assad"], "{}", e.id);
    }
}

#[test]
fn a_quote_repeating_part_of_a_longer_one_is_folded_into_it() {
    let a = article(
        "a",
        "Daily One",
        "Lebanon's prime minister Hassan Diab announced the resignation of his government on Monday, six days after the explosion at the port of Beirut.\n\n\"I declare today the resignation of this government. May God protect Lebanon,\" Hassan Diab said, three times repeating the phrase \"may God protect Lebanon\".",
    );
    let d = digest(vec![a], DigestOptions::default());
    let texts: Vec<&str> = d.events[0].quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        ["I declare today the resignation of this government. May God protect Lebanon"],
        "{:?}",
        d.events[0].quotes
    );
}

#[test]
fn a_person_under_two_forms_of_the_first_name_is_one_person() {
    let a = article(
        "a",
        "Daily One",
        "Microsoft chief executive Steve Ballmer told investors on Tuesday that the company would cut 5,000 jobs in its Windows and Office divisions over the next year.\n\nBallmer said the cuts would save $1.5 billion a year.",
    );
    let b = article(
        "b",
        "Morning Two",
        "Microsoft will cut 5,000 jobs in its Windows and Office divisions over the next year, chief executive Steven Ballmer told investors on Tuesday.\n\nThe cuts would save $1.5 billion a year, Ballmer said.",
    );
    let d = digest(vec![a, b], DigestOptions::default());
    assert_eq!(d.events.len(), 1, "{:?}", d.events);
    let ballmers: Vec<_> = d.events[0]
        .entities
        .iter()
        .filter(|x| x.name.contains("Ballmer"))
        .collect();
    assert_eq!(ballmers.len(), 1, "{ballmers:?}");
    assert_eq!(ballmers[0].articles.len(), 2, "{ballmers:?}");
}

#[test]
fn a_product_named_after_a_company_of_the_pile_is_no_person() {
    let a = article(
        "a",
        "Daily One",
        "Microsoft Corp. released an update on Tuesday that fixes a flaw in Microsoft Word, its word processor, used by millions of people.\n\nThe update for Microsoft Word is available through Windows Update, the company said.",
    );
    let b = article(
        "b",
        "Morning Two",
        "A flaw in Microsoft Word let attackers take over computers through booby-trapped documents, Microsoft said on Tuesday as it released an update.\n\nMicrosoft Word users should install the update at once, security experts said.",
    );
    let d = digest(vec![a, b], DigestOptions::default());
    for e in &d.events {
        for x in e.entities.iter().filter(|x| x.name == "Microsoft Word") {
            assert_ne!(x.kind, "PER", "{:?}", e.entities);
        }
    }
}
