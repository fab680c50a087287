//! Tests on short news passages, French and English.

use super::*;

fn kind_of(a: &Annotations, name: &str) -> Option<EntityType> {
    a.entities.iter().find(|e| e.name == name).map(|e| e.kind)
}

/// Asserts that each of `names` is an entity of type `kind`.
fn assert_kinds(a: &Annotations, names: &[&str], kind: EntityType) {
    for name in names {
        assert_eq!(kind_of(a, name), Some(kind), "{name}: {:?}", a.entities);
    }
}

/// Asserts that none of `names` is typed a person (absent is fine).
fn assert_no_person(a: &Annotations, names: &[&str]) {
    for name in names {
        assert_ne!(
            kind_of(a, name),
            Some(EntityType::Per),
            "{name}: {:?}",
            a.entities
        );
    }
}

/// Asserts that every entity passes `ok` (no unwanted name or type).
fn assert_all(a: &Annotations, ok: impl Fn(&Entity) -> bool) {
    assert!(a.entities.iter().all(ok), "{:?}", a.entities);
}

/// The speaker of the quote whose text starts with `start`.
fn speaker_of(a: &Annotations, start: &str) -> Option<String> {
    a.quotes
        .iter()
        .find(|q| q.text.starts_with(start))
        .and_then(|q| q.speaker.clone())
}

fn canon_of<'a>(a: &'a Annotations, surface: &str) -> Option<&'a str> {
    a.mentions
        .iter()
        .find(|m| m.text == surface)
        .map(|m| m.canonical.as_str())
}

#[test]
fn another_form_of_the_first_name_is_the_same_person() {
    let text = "Microsoft chief executive Steven Ballmer spoke on Monday. Steve Ballmer said the company would grow, and Ballmer added that sales rose. Brigitte Macron and Emmanuel Macron arrived later.";
    let a = analyze(text, Lang::En);
    assert_eq!(canon_of(&a, "Steve Ballmer"), Some("Steven Ballmer"));
    assert_eq!(canon_of(&a, "Ballmer"), Some("Steven Ballmer"));
    assert_eq!(canon_of(&a, "Brigitte Macron"), Some("Brigitte Macron"));
    assert_eq!(canon_of(&a, "Emmanuel Macron"), Some("Emmanuel Macron"));
}

#[test]
fn short_forms_and_spellings_join_their_full_name() {
    let text = "Le chef de la diplomatie russe Sergueï Lavrov a parlé. «Un espace de dialogue existe», a indiqué M.Lavrov. Vladimir Poutine a reçu Recep Tayyip Erdogan. Poutine et Erdogan ont parlé d'Idleb.";
    let a = analyze(text, Lang::Fr);
    assert_eq!(
        canon_of(&a, "Lavrov"),
        Some("Sergueï Lavrov"),
        "{:?}",
        a.mentions
    );
    assert_eq!(canon_of(&a, "Poutine"), Some("Vladimir Poutine"));
    assert_eq!(canon_of(&a, "Erdogan"), Some("Recep Tayyip Erdogan"));
    let lavrov = a
        .entities
        .iter()
        .find(|e| e.name == "Sergueï Lavrov")
        .expect("Lavrov");
    assert_eq!(lavrov.kind, EntityType::Per);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Un espace"))
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("Sergueï Lavrov"));
}

#[test]
fn two_people_never_merge() {
    let a = analyze(
        "Vladimir Poutine et Dmitri Peskov sont à Moscou. Peskov a parlé.",
        Lang::Fr,
    );
    assert_ne!(
        canon_of(&a, "Vladimir Poutine"),
        canon_of(&a, "Dmitri Peskov")
    );
    assert_eq!(canon_of(&a, "Peskov"), Some("Dmitri Peskov"));
    let b = analyze("Kim Jong-un and Kim Yo-jong met. Kim spoke.", Lang::En);
    assert_ne!(canon_of(&b, "Kim Jong-un"), canon_of(&b, "Kim Yo-jong"));
    assert_eq!(
        canon_of(&b, "Kim"),
        Some("Kim"),
        "an ambiguous short form stays apart"
    );
}

#[test]
fn roles_places_and_organisations() {
    let text = "Le porte-parole du Kremlin, Dmitri Peskov, a parlé à Moscou. « Des activités terroristes se poursuivent », a dénoncé le porte-parole du Kremlin. L'Otan a tenu une réunion.";
    let a = analyze(text, Lang::Fr);
    assert_eq!(
        a.entities
            .iter()
            .find(|e| e.name == "Moscou")
            .map(|e| e.kind),
        Some(EntityType::Loc)
    );
    assert_eq!(
        a.entities.iter().find(|e| e.name == "Otan").map(|e| e.kind),
        Some(EntityType::Org)
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Des activités"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Dmitri Peskov"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn quotes_across_paragraphs_colons_and_reported_speech() {
    let text = "Jens Stoltenberg, secrétaire général de l'Otan : \"Les Alliés condamnent les frappes.\"\n\nLe ministère russe de la Défense affirme que les soldats se trouvaient parmi des terroristes, une version contestée par Ankara.\n\n« Nous resterons,\n\n« et nous gagnerons », a déclaré Erdogan.";
    let a = analyze(text, Lang::Fr);
    let s = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Les Alliés"))
        .expect("colon quote");
    assert_eq!(s.speaker.as_deref(), Some("Jens Stoltenberg"));
    let reported = a
        .quotes
        .iter()
        .find(|q| !q.direct)
        .expect("reported speech");
    assert!(reported.text.starts_with("les soldats"), "{reported:?}");
    let two = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Nous resterons"))
        .expect("two-paragraph quote");
    assert!(two.text.contains("nous gagnerons"));
    assert_eq!(two.speaker.as_deref(), Some("Erdogan"));
    let d = a.disagreements.first().expect("a contested claim");
    assert_eq!(d.contester.as_deref(), Some("Ankara"));
    // Offsets are characters.
    let chars: String = text.chars().skip(s.start).take(s.end - s.start).collect();
    assert_eq!(chars, s.text);
}

#[test]
fn english_said() {
    let a = analyze(
        "\"We will not back down,\" President Joe Biden said on Friday in Washington.",
        Lang::En,
    );
    let q = a.quotes.first().expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("Joe Biden"), "{:?}", a);
}

#[test]
fn guillemets_with_thin_spaces() {
    let text = "«\u{202f}Nous ne céderons pas\u{202f}», a déclaré Recep Tayyip Erdogan.";
    let a = analyze(text, Lang::Fr);
    let q = a.quotes.first().expect("quote");
    assert_eq!(q.text, "Nous ne céderons pas");
    assert_eq!(q.speaker.as_deref(), Some("Recep Tayyip Erdogan"));
    let chars: String = text.chars().skip(q.start).take(q.end - q.start).collect();
    assert_eq!(chars, q.text);
}

#[test]
fn a_country_leader_role_joins_the_leader() {
    let text = "Vladimir Poutine et son homologue turc Recep Tayyip Erdogan se retrouvent. Le président turc a demandé un entretien. Le président russe, Vladimir Poutine, a accepté.";
    let a = analyze(text, Lang::Fr);
    let role = a
        .mentions
        .iter()
        .find(|m| m.text == "président turc")
        .expect("the role is a mention");
    assert_eq!(role.canonical, "Recep Tayyip Erdogan");
    // Two names tied to one role: ambiguous, left alone.
    let b = analyze("Le président turc Abdullah Gül et le président turc Recep Tayyip Erdogan. Le président turc a parlé.", Lang::Fr);
    assert!(
        !b.mentions
            .iter()
            .any(|m| m.text == "président turc" && m.start > 60),
        "{:?}",
        b.mentions
    );
}

#[test]
fn arabic_articles_do_not_split_a_name() {
    let a = analyze("Bachar al-Assad a parlé.", Lang::Fr);
    let b = analyze("Bachar el-Assad a parlé.", Lang::Fr);
    let c = analyze("Bashar al-Assad spoke.", Lang::En);
    assert_eq!(a.entities[0].key, b.entities[0].key);
    assert_eq!(a.entities[0].key, c.entities[0].key);
}

#[test]
fn the_outlet_is_not_part_of_a_correspondents_name() {
    let text = "Les négociations se poursuivent.\n\nGalina Polonskaya Euronews : \"Une rencontre pourrait avoir lieu prochainement.\"";
    let a = analyze_from(text, Lang::Fr, Some("Euronews"));
    assert!(
        a.entities.iter().any(|e| e.name == "Galina Polonskaya"),
        "{:?}",
        a.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
    assert!(!a
        .entities
        .iter()
        .any(|e| e.name.contains("Polonskaya Euronews")));
}

#[test]
fn titles_days_and_sentence_adverbs_are_not_names() {
    let text =
        "Russian President Vladimir Putin met Transport Minister Patrice Vergriete on Monday. \
        Instead Hugh Jackman will host the show in May. \
        WHO Director-General Tedros Ghebreyesus said the U.S. would help.";
    let a = analyze(text, Lang::En);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for want in ["Vladimir Putin", "Patrice Vergriete", "Hugh Jackman", "WHO"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    for unwanted in ["Monday", "May", "Instead Hugh Jackman", "S"] {
        assert!(!names.contains(&unwanted), "{unwanted} in {names:?}");
    }
    assert!(
        names
            .iter()
            .all(|n| !n.contains("President") && !n.contains("Minister")),
        "{names:?}"
    );
}

#[test]
fn french_institutions_keep_their_lowercase_adjective() {
    let text = "Le Conseil constitutionnel a validé la réforme. Le Rassemblement national \
        et la Commission européenne ont réagi, tout comme l'Union européenne.";
    let a = analyze(text, Lang::Fr);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for want in [
        "Conseil constitutionnel",
        "Rassemblement national",
        "Commission européenne",
        "Union européenne",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
}

#[test]
fn french_institutions_run_on_in_lowercase_and_meet_their_english_names() {
    let text = "L'Organisation mondiale de la santé (OMS) a déclaré une pandémie. Le Fonds \
        monétaire international et la Banque centrale européenne suivent la crise, selon \
        l'Organisation des Nations unies et la Cour européenne des droits de l'homme. \
        L'Agence internationale de l'énergie atomique a été saisie devant l'Assemblée \
        nationale du préfet de police. Le Parti de la majorité a voté.";
    let a = analyze(text, Lang::Fr);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for want in [
        "Organisation mondiale de la santé",
        "Fonds monétaire international",
        "Banque centrale européenne",
        "Organisation des Nations unies",
        "Cour européenne des droits de l'homme",
        "Agence internationale de l'énergie atomique",
        // A role in the complement is someone else.
        "Assemblée nationale",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("majorité")), "{names:?}");
    // The acronym and the full name are one body, keyed as in English.
    let key = |n: &str| {
        a.entities
            .iter()
            .find(|e| e.name == n)
            .map(|e| e.key.clone())
    };
    assert_eq!(
        key("Organisation mondiale de la santé"),
        Some("ORG:who".into())
    );
    assert_eq!(
        canon_of(&a, "OMS"),
        Some("Organisation mondiale de la santé")
    );
    assert_eq!(key("Fonds monétaire international"), Some("ORG:imf".into()));
}

#[test]
fn a_pronoun_far_from_any_name_is_the_only_person_named() {
    // The portrait's subject, named in the lead only.
    let text = "Nadine Morano abat ses dernières cartes. Les minutes sont comptées. \
        Les parrainages devront être remis vendredi. La députée européenne peine à les réunir. \
        Elle va plus loin. « La primaire est viciée », détaille-t-elle au Huffington Post.";
    let a = analyze(text, Lang::Fr);
    assert_eq!(
        speaker_of(&a, "La primaire").as_deref(),
        Some("Nadine Morano"),
        "{:?}",
        a.quotes
    );
    // A first name that is no entity may be the one speaking: no guess.
    let text =
        "José est boulanger, il est surtout un grand fan de Johnny Hallyday. Il s'est levé tôt. \
        Il a pris sa journée. Il est allé à Marne-la-Coquette. « Mon fils s'appelle Johnny », \
        a-t-il raconté.";
    let a = analyze(text, Lang::Fr);
    assert_ne!(
        speaker_of(&a, "Mon fils").as_deref(),
        Some("Johnny Hallyday"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn witnesses_named_by_a_first_name_and_an_age_or_a_trade_are_people() {
    let text = "« Tout s'est mis à trembler », raconte Aya, 18 ans, étudiante. Selon Pauline, \
        médecin hospitalier, la situation empire. À Nantes, un policier a tiré.";
    let a = analyze(text, Lang::Fr);
    assert_kinds(&a, &["Aya", "Pauline"], EntityType::Per);
    assert_no_person(&a, &["Nantes"]);
    assert_eq!(
        speaker_of(&a, "Tout s").as_deref(),
        Some("Aya"),
        "{:?}",
        a.quotes
    );
    let text = "The jury spared him. Later, Nichols, 37, told the court he was sorry. \
        In Heraklion, 10, 000 people marched. A new Boeing 777 landed.";
    let a = analyze(text, Lang::En);
    assert_kinds(&a, &["Nichols"], EntityType::Per);
    assert_no_person(&a, &["Heraklion"]);
    assert_no_person(&a, &["Boeing"]);
}

#[test]
fn a_sentence_that_opens_on_someone_s_view_quotes_them() {
    let text = "Gérard Collomb sera candidat à Lyon. Pour Guillaume Peltier, le ministre de \
        l'Intérieur « ne pense qu'à lui-même et à sa ville ». Pour la France, « rien ne \
        change vraiment pour les électeurs ».";
    let a = analyze(text, Lang::Fr);
    assert_eq!(
        speaker_of(&a, "ne pense").as_deref(),
        Some("Guillaume Peltier"),
        "{:?}",
        a.quotes
    );
    assert_eq!(speaker_of(&a, "rien ne"), None, "{:?}", a.quotes);
}

#[test]
fn a_pronoun_never_names_someone_the_quote_itself_names() {
    let text = "François Hollande ira à Jarnac. Sa venue est un hommage à François Mitterrand, \
        décédé en 1996. « Les leçons des deux septennats de François Mitterrand doivent être \
        entendues », confie-t-il au Parisien.";
    let a = analyze(text, Lang::Fr);
    assert_ne!(
        speaker_of(&a, "Les leçons").as_deref(),
        Some("François Mitterrand"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_name_that_completes_a_noun_says_whose_not_who() {
    let text = "Lors de la matinale d'Europe 1 mardi, Kamel, conducteur de métro, révèle subir \
        des pressions : « Il y a des menaces, parfois des insultes ». La direction de La Poste \
        a répondu : « Nous respectons le droit de grève de chacun ».";
    let a = analyze(text, Lang::Fr);
    assert_eq!(
        speaker_of(&a, "Il y a").as_deref(),
        Some("Kamel"),
        "{:?}",
        a.quotes
    );
    // A body speaks through its management.
    assert_eq!(
        speaker_of(&a, "Nous respectons").as_deref(),
        Some("Poste"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_name_inside_an_earlier_quote_is_not_the_speaker() {
    let text = "\"I declare today the resignation of this government. May God protect Lebanon,\" he said, three times repeating the phrase \"may God protect Lebanon\".";
    let a = analyze(text, Lang::En);
    assert!(
        a.quotes.iter().all(|q| q.speaker.as_deref() != Some("God")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn the_one_told_is_not_the_speaker() {
    let text = "Les autorités ont décidé de fermer le siège du PLJ au Caire après la découverte \"de liquides inflammables, de couteaux et d'armes\", a annoncé à l'AFP un haut responsable de sécurité.";
    let a = analyze(text, Lang::Fr);
    let q = a.quotes.first().expect("a quote");
    assert_ne!(q.speaker.as_deref(), Some("AFP"), "{:?}", q.speaker);
}

#[test]
fn a_quote_does_not_run_into_a_paragraph_that_does_not_reopen_it() {
    // The closing '' is no mark the tokenizer knows: the quote would run on
    // to the next straight quote, paragraphs away.
    let text = "\"People will not buy it and it will be seen as a cover-up,'' said Anthony Livanios, a political analyst.\n\nProtesters threw two petrol bombs at the courthouse.\n\nStudents chanted \"cops, pigs, murderers\" outside parliament.";
    let a = analyze(text, Lang::En);
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("petrol")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn quotes_go_to_the_named_person_not_to_a_place_or_a_title() {
    let text = "« Nos services sont mobilisés », a déclaré le Premier ministre, Gabriel Attal. \
        « C'est une attaque massive », a dénoncé le PDG de la SNCF, Jean-Pierre Farandou. \
        « Nous avons trouvé des solutions », a assuré le négociateur en chef de l'UE, Michel Barnier.";
    let a = analyze(text, Lang::Fr);
    let speakers: Vec<Option<&str>> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Gabriel Attal"),
            Some("Jean-Pierre Farandou"),
            Some("Michel Barnier")
        ]
    );
    let text = "The leaders met at a house on the Wirral last week, after which both men said \
        they could see \"a pathway to a deal\". \"It's like a part of us burning,\" said a \
        Parisian who had come from Lyon.";
    let a = analyze(text, Lang::En);
    assert!(
        a.quotes.iter().all(|q| q.speaker.is_none()),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_disagreement_is_over_a_claim_not_a_bill_or_a_save() {
    let none = [
        (
            "Le Conseil a rejeté la demande de référendum déposée par la gauche.",
            Lang::Fr,
        ),
        (
            "C'est la première fois sur un texte aussi contesté.",
            Lang::Fr,
        ),
        (
            "Theresa May avait vu son propre accord rejeté à trois reprises.",
            Lang::Fr,
        ),
        (
            "Emiliano Martinez produced a brilliant block to deny Kolo Muani.",
            Lang::En,
        ),
    ];
    for (text, lang) in none {
        let a = analyze(text, lang);
        assert!(a.disagreements.is_empty(), "{text}: {:?}", a.disagreements);
    }
    let a = analyze(
        "Lundi, la junte a accusé Paris de vouloir intervenir, ce que le Quai d'Orsay a démenti.",
        Lang::Fr,
    );
    assert_eq!(
        a.disagreements.first().and_then(|d| d.contester.as_deref()),
        Some("Quai d'Orsay")
    );
    let a = analyze(
        "The Kremlin rejected the allegations, which Washington repeated on Monday.",
        Lang::En,
    );
    assert_eq!(a.disagreements.len(), 1, "{:?}", a.disagreements);
}

#[test]
fn names_that_look_like_titles_days_or_openers_survive() {
    let text = "Tesla CEO Elon Musk spoke as shares of Tesla fell. \
        Protesters from Just Stop Oil and the All Blacks \
        were there, with Theresa May. Later, May said the NATO plan was fine.";
    let a = analyze(text, Lang::En);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for want in [
        "Tesla",
        "Elon Musk",
        "Just Stop Oil",
        "All Blacks",
        "Theresa May",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    assert_eq!(canon_of(&a, "May"), Some("Theresa May"), "{:?}", a.mentions);
    let a = analyze("Marine Le Pen a réagi.", Lang::Fr);
    let le_pen = a.entities.iter().find(|e| e.name == "Marine Le Pen");
    assert_eq!(le_pen.map(|e| e.kind), Some(EntityType::Per));
}

#[test]
fn a_spokesman_is_not_the_person_he_speaks_for() {
    let text = "« Rien n'est décidé », a déclaré le porte-parole du président Emmanuel Macron.";
    let a = analyze(text, Lang::Fr);
    assert_eq!(
        a.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("porte-parole du président Emmanuel Macron")
    );
    let text =
        "John Smith, a spokesman for the Ministry of Defence, said \"nothing was decided\". \
        \"It is done,\" said the WHO.";
    let a = analyze(text, Lang::En);
    let speakers: Vec<Option<&str>> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("John Smith"), Some("WHO")]);
    let a = analyze(
        "« La pandémie n'est pas finie », a indiqué l'OMS.",
        Lang::Fr,
    );
    assert_eq!(
        a.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("OMS")
    );
}

#[test]
fn denials_of_requests_are_not_disagreements() {
    let a = analyze("The judge denied bail to the suspect.", Lang::En);
    assert!(a.disagreements.is_empty(), "{:?}", a.disagreements);
    let a = analyze(
        "Israel denied Monday that its forces had fired on the convoy.",
        Lang::En,
    );
    assert_eq!(a.disagreements.len(), 1);
    let a = analyze("Parliament rejected that bill on Tuesday.", Lang::En);
    assert!(a.disagreements.is_empty(), "{:?}", a.disagreements);
}

#[test]
fn a_named_apposition_or_a_role_without_comma_still_speaks() {
    let a = analyze(
        "Her lawyer, John Smith, said \"the case is closed\". \
         \"We will appeal,\" the judge denied the request.",
        Lang::En,
    );
    assert_eq!(
        a.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("John Smith")
    );
    assert!(a.disagreements.is_empty(), "{:?}", a.disagreements);
    let a = analyze(
        "Bret Taylor, Twitter's independent board chair, said the deal was \"the best path forward\".",
        Lang::En,
    );
    assert_eq!(
        a.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("Bret Taylor")
    );
    let a = analyze(
        "« La menace est élevée », a déclaré le ministre de l'Intérieur Gérald Darmanin.",
        Lang::Fr,
    );
    assert_eq!(
        a.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("Gérald Darmanin")
    );
}

#[test]
fn a_direction_before_a_known_place_is_a_place() {
    let a = analyze(
        "Boris Johnson met leaders from Northern Ireland and South Sudan in London.",
        Lang::En,
    );
    for place in ["Northern Ireland", "South Sudan"] {
        let e = a.entities.iter().find(|e| e.name == place);
        assert_eq!(e.map(|e| e.kind), Some(EntityType::Loc), "{place}");
    }
}

#[test]
fn adjectives_and_agencies_are_not_people() {
    let text = "GENEVA (Reuters) - A prominent Swiss-based Islamic scholar gave up plans to teach at a U.S. university. \
                These days it is just as likely to mean Japanese cyborgs, thanks to people like John Ledford. \
                The Kremlin-backed leader met Sunni elders.";
    let a = analyze(text, Lang::En);
    let kind = |name: &str| kind_of(&a, name);
    assert_eq!(kind("Reuters"), Some(EntityType::Org), "{:?}", a.entities);
    assert_eq!(kind("John Ledford"), Some(EntityType::Per));
    for not in [
        "Swiss-based",
        "Swiss-based Islamic",
        "Islamic",
        "Japanese",
        "Sunni",
        "Kremlin-backed",
    ] {
        assert!(
            a.entities.iter().all(|e| e.name != not),
            "{not} is no entity: {:?}",
            a.entities
        );
    }
    // The outlet that published the article is an organisation.
    let b = analyze_from(
        "Par Euronews avec AFP. Galina Polonskaya, Euronews : le sommet a eu lieu.",
        Lang::Fr,
        Some("Euronews"),
    );
    let euronews = b.entities.iter().find(|e| e.name == "Euronews");
    assert_eq!(
        euronews.map(|e| e.kind),
        Some(EntityType::Org),
        "{:?}",
        b.entities
    );
}

#[test]
fn laws_buildings_and_lone_words_are_not_people() {
    let a = analyze(
        "MPs passed the Benn Act on Saturday. Crowds gathered near the Eiffel Tower while Brexit dominated. \
         The Lebanese Red Cross and the House of Commons responded. Boris Johnson said he would comply.",
        Lang::En,
    );
    let kind = |name: &str| kind_of(&a, name);
    assert_eq!(kind("Benn Act"), Some(EntityType::Misc), "{:?}", a.entities);
    assert_eq!(kind("Eiffel Tower"), Some(EntityType::Loc));
    assert_eq!(kind("Brexit"), Some(EntityType::Misc));
    assert_eq!(kind("Lebanese Red Cross"), Some(EntityType::Org));
    assert_eq!(kind("House of Commons"), Some(EntityType::Org));
    assert_eq!(kind("Boris Johnson"), Some(EntityType::Per));
    let b = analyze(
        "Le Festival de Cannes s'ouvre place de la Croisette. Emmanuel Macron a traversé le Pont Neuf.",
        Lang::Fr,
    );
    let kind = |name: &str| kind_of(&b, name);
    assert_eq!(
        kind("Festival de Cannes"),
        Some(EntityType::Misc),
        "{:?}",
        b.entities
    );
    assert_eq!(kind("Pont Neuf"), Some(EntityType::Loc));
    assert_eq!(kind("Emmanuel Macron"), Some(EntityType::Per));
    let c = analyze(
        "Aid trucks crossed at Bab al-Hawa on Monday, and the flood swept Wadi Derna.",
        Lang::En,
    );
    assert_eq!(
        kind_of(&c, "Bab al-Hawa"),
        Some(EntityType::Loc),
        "{:?}",
        c.entities
    );
    assert_eq!(kind_of(&c, "Wadi Derna"), Some(EntityType::Loc));
}

#[test]
fn the_gazetteer_knows_places_that_no_cue_types() {
    let a = analyze(
        "Leaders of Burkina Faso and the United Arab Emirates met. Fans flew from Fort Lauderdale. \
         Whitney Houston sang. Charlotte Gainsbourg was there too.",
        Lang::En,
    );
    let kind = |name: &str| kind_of(&a, name);
    assert_eq!(
        kind("Burkina Faso"),
        Some(EntityType::Loc),
        "{:?}",
        a.entities
    );
    assert_eq!(kind("United Arab Emirates"), Some(EntityType::Loc));
    assert_eq!(kind("Fort Lauderdale"), Some(EntityType::Loc));
    assert_eq!(kind("Whitney Houston"), Some(EntityType::Per));
    let b = analyze("Shares fell after the Tesla CEO sold more.", Lang::En);
    assert!(
        b.entities.iter().any(|e| e.name == "Tesla"),
        "a title ending the run is cut: {:?}",
        b.entities
    );
    assert_eq!(kind("Charlotte Gainsbourg"), Some(EntityType::Per));
    // Countries under their French names.
    let c = analyze(
        "Selon Pyongyang, Corée du Nord et Côte d'Ivoire ont signé, tandis que Nouvelle-Zélande          et Afrique du Sud observaient.",
        Lang::Fr,
    );
    assert_kinds(
        &c,
        &["Corée du Nord", "Côte d'Ivoire", "Afrique du Sud"],
        EntityType::Loc,
    );
}

#[test]
fn departments_and_regions_are_not_part_of_a_name() {
    let text = "Les ministres de l'Intérieur Christophe Castaner, de la Santé Agnès Buzyn et du Travail Muriel Pénicaud \
                étaient présents, comme la présidente de la région Île-de-France Valérie Pécresse.";
    let a = analyze(text, Lang::Fr);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for want in [
        "Christophe Castaner",
        "Agnès Buzyn",
        "Muriel Pénicaud",
        "Valérie Pécresse",
        "Île-de-France",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    assert_eq!(kind_of(&a, "Valérie Pécresse"), Some(EntityType::Per));
    let b = analyze(
        "Le ministère marocain de l'Intérieur a annoncé avoir « répondu favorablement » aux offres.",
        Lang::Fr,
    );
    assert_eq!(
        b.quotes.first().and_then(|q| q.speaker.as_deref()),
        Some("ministère marocain de l'Intérieur"),
        "{:?}",
        b.entities
    );
}

#[test]
fn teams_counties_and_ministers_with_a_title_for_a_name() {
    let a = analyze(
        "The Toronto Raptors beat the Chicago Cubs fans in Brazos County, Southern California. \
         Paris Hilton said nothing.",
        Lang::En,
    );
    assert_eq!(
        kind_of(&a, "Toronto Raptors"),
        Some(EntityType::Org),
        "{:?}",
        a.entities
    );
    assert_eq!(kind_of(&a, "Brazos County"), Some(EntityType::Loc));
    assert_eq!(kind_of(&a, "Southern California"), Some(EntityType::Loc));
    assert_eq!(kind_of(&a, "Paris Hilton"), Some(EntityType::Per));
    let c = analyze(
        "Tiger Woods skipped the Skins Game while the Air Force and the Cleveland Transit Authority watched.",
        Lang::En,
    );
    assert_eq!(
        kind_of(&c, "Skins Game"),
        Some(EntityType::Misc),
        "{:?}",
        c.entities
    );
    assert_eq!(kind_of(&c, "Air Force"), Some(EntityType::Org));
    assert_eq!(
        kind_of(&c, "Cleveland Transit Authority"),
        Some(EntityType::Org)
    );
    assert_eq!(kind_of(&c, "Tiger Woods"), Some(EntityType::Per));
    let b = analyze(
        "Le ministre de l'Economie et des Finances Bruno Le Maire a parlé.",
        Lang::Fr,
    );
    let names: Vec<&str> = b.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Bruno Le Maire"), "{names:?}");
}

#[test]
fn a_short_form_joins_a_person_not_a_place_or_an_organisation() {
    let a = analyze(
        "Caritas Maroc distribue des vivres. Le Maroc a accepté l'aide de quatre pays. \
         Le gouvernement libanais a démissionné. Le Liban est en deuil. \
         La cathédrale Notre-Dame de Paris rouvre ; Paris fête l'événement. \
         Boris Johnson a parlé. Johnson a ajouté qu'il partait.",
        Lang::Fr,
    );
    assert_eq!(canon_of(&a, "Maroc"), Some("Maroc"), "{:?}", a.mentions);
    assert_eq!(canon_of(&a, "Liban"), Some("Liban"));
    assert_eq!(canon_of(&a, "Paris"), Some("Paris"));
    assert_eq!(canon_of(&a, "Johnson"), Some("Boris Johnson"));
    assert_eq!(kind_of(&a, "Notre-Dame de Paris"), Some(EntityType::Loc));
}

#[test]
fn plural_titles_and_opening_months_are_not_names() {
    let a = analyze(
        "Labour MPs voted against the deal. May God protect them, she said. \
         Labour MP Jess Phillips spoke.",
        Lang::En,
    );
    assert!(kind_of(&a, "Labour MPs").is_none(), "{:?}", a.entities);
    let teams = analyze(
        "The Kansas City Chiefs beat the Sacramento Kings fans' favourites.",
        Lang::En,
    );
    assert!(
        teams
            .entities
            .iter()
            .any(|e| e.name == "Kansas City Chiefs"),
        "{:?}",
        teams.entities
    );
    assert!(kind_of(&a, "May God").is_none());
    assert!(kind_of(&a, "Jess Phillips") == Some(EntityType::Per));
    let b = analyze("Theresa May resigned. Theresa May left.", Lang::En);
    assert!(kind_of(&b, "Theresa May") == Some(EntityType::Per));
}

#[test]
fn a_french_article_says_the_name_is_no_person() {
    let a = analyze(
        "Lionel Messi s'est engagé avec l'Inter Miami. Le séisme a frappé le Haut Atlas. \
         Son passage au Paris Saint-Germain s'est achevé. Marine Le Pen a réagi.",
        Lang::Fr,
    );
    assert_eq!(kind_of(&a, "Lionel Messi"), Some(EntityType::Per));
    assert_eq!(kind_of(&a, "Marine Le Pen"), Some(EntityType::Per));
    assert_no_person(&a, &["Inter Miami", "Haut Atlas", "Paris Saint-Germain"]);
}

#[test]
fn what_is_said_around_a_name_can_make_it_an_organisation() {
    let a = analyze(
        "Elon Musk a racheté le réseau social Twitter. Les actionnaires de Tesla s'inquiètent. \
         Le financement est porté par la banque américaine Morgan Stanley.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Twitter", "Tesla", "Morgan Stanley"], EntityType::Org);
    assert_eq!(kind_of(&a, "Elon Musk"), Some(EntityType::Per));
    let b = analyze(
        "Truth Social's users cheered. Musk shares a video. Shares of Acme Robotics fell, \
         while Globex Corp's board met and carmaker Tesla rallied.",
        Lang::En,
    );
    assert_kinds(&b, &["Truth Social", "Tesla"], EntityType::Org);
}

#[test]
fn the_outlets_own_reporters_are_marked() {
    let a = analyze_from(
        "Les médias en parlent depuis plusieurs jours, indique notre correspondante à Istanbul, \
         Anne Andlauer. Recep Tayyip Erdogan se rend à Sotchi.\n\nGalina Polonskaya Euronews : \
         « Les négociations se poursuivent. » La journaliste a interrogé Vladimir Poutine.",
        Lang::Fr,
        Some("Euronews"),
    );
    let reporter = |name: &str| {
        a.entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.reporter)
    };
    assert_eq!(reporter("Anne Andlauer"), Some(true), "{:?}", a.entities);
    assert_eq!(reporter("Galina Polonskaya"), Some(true));
    assert_eq!(reporter("Recep Tayyip Erdogan"), Some(false));
    assert_eq!(reporter("Vladimir Poutine"), Some(false));
    // Another outlet's journalist can be the news.
    let b = analyze(
        "CNN's chief medical correspondent Sanjay Gupta was offered the post of surgeon general.",
        Lang::En,
    );
    assert!(b.entities.iter().all(|e| !e.reporter), "{:?}", b.entities);
}

#[test]
fn media_are_organisations() {
    let a = analyze(
        "Interrogé sur Sud Radio puis sur France Info, Bruno Le Maire a répondu à Radio France.",
        Lang::Fr,
    );
    assert_kinds(
        &a,
        &["Sud Radio", "France Info", "Radio France"],
        EntityType::Org,
    );
    assert_eq!(kind_of(&a, "Bruno Le Maire"), Some(EntityType::Per));
    let b = analyze(
        "The Associated Press and the Wall Street Journal reported that Emirates Airlines hired more pilots.",
        Lang::En,
    );
    assert_kinds(
        &b,
        &[
            "Associated Press",
            "Wall Street Journal",
            "Emirates Airlines",
        ],
        EntityType::Org,
    );
}

#[test]
fn an_english_name_after_the_is_no_person() {
    let a = analyze(
        "Rescue teams reached villages in the High Atlas mountains on Sunday. The Blue Jays beat the Red Sox, and Prime Minister Aziz Akhannouch spoke in Rabat.",
        Lang::En,
    );
    assert_no_person(&a, &["High Atlas", "Blue Jays", "Red Sox"]);
    assert_kinds(&a, &["Aziz Akhannouch"], EntityType::Per);
}

#[test]
fn a_dateline_in_capitals_is_no_part_of_the_name_after_it() {
    let a = analyze(
        "ATLANTA Mike Hampton hit an RBI single and the Braves stretched their lead.\n\nNEW YORK Another day of losses hit the market.",
        Lang::En,
    );
    assert_kinds(&a, &["Mike Hampton"], EntityType::Per);
    assert_kinds(&a, &["Atlanta", "New York"], EntityType::Loc);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.iter().all(|n| !n.contains("Another")),
        "the word after a dateline opens its sentence: {names:?}"
    );
    // A first name in capitals, as some papers open, stays in the name.
    let b = analyze(
        "MICHAEL Schumacher does not need to win the race on Sunday.",
        Lang::En,
    );
    let names: Vec<&str> = b.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names
            .iter()
            .any(|n| n.ends_with("Schumacher") && n.split(' ').count() == 2),
        "{names:?}"
    );
}

#[test]
fn names_in_capitals_are_people_and_datelines_places() {
    let a = analyze(
        "EAST RUTHERFORD, N.J. (Sports Network) - The Giants won on Sunday.\n\nOWINGS MILLS, Md. (AP) -- The Ravens lost.\n\nBy LAURAN NEERGAARD WASHINGTON (AP) -- Scientists said a vaccine works.\n\nGORDON BROWN said the budget would balance. Brown spoke in London.",
        Lang::En,
    );
    assert_kinds(
        &a,
        &["East Rutherford", "Owings Mills", "Washington"],
        EntityType::Loc,
    );
    assert_kinds(&a, &["Lauran Neergaard", "Gordon Brown"], EntityType::Per);
    // A French heading's article after a comma is no state's code.
    let b = analyze(
        "VALLS, LE SEUL HOMME D'ETAT DE LA PRIMAIRE. A ses côtés, Manuel Valls a parlé.",
        Lang::Fr,
    );
    assert_ne!(kind_of(&b, "Manuel Valls"), Some(EntityType::Loc));
}

#[test]
fn the_places_a_name_is_one_of_or_whose_people_make_it_a_place() {
    let a = analyze(
        "Dans les quartiers de Gemmayzé et Mar Mikhaël, les façades ont été éventrées. Un habitant de Saint-Pourçain a témoigné. Le pays de Bachar el-Assad est en guerre. Les sociétés de Vincent Bolloré ont répondu.",
        Lang::Fr,
    );
    assert_kinds(
        &a,
        &["Gemmayzé", "Mar Mikhaël", "Saint-Pourçain"],
        EntityType::Loc,
    );
    assert_kinds(&a, &["Bachar el-Assad", "Vincent Bolloré"], EntityType::Per);
}

#[test]
fn a_club_or_a_branch_named_after_a_place_is_no_person() {
    let a = analyze(
        "Lokomotiv Moscow beat Shinnik Yaroslavl 2-0 on Sunday. Oxfam France and Telecom Egypt were also there, with Whitney Houston.",
        Lang::En,
    );
    assert_no_person(
        &a,
        &[
            "Lokomotiv Moscow",
            "Shinnik Yaroslavl",
            "Oxfam France",
            "Telecom Egypt",
        ],
    );
    assert_kinds(&a, &["Whitney Houston"], EntityType::Per);
}

#[test]
fn a_digit_after_a_longer_name_is_a_version() {
    let a = analyze(
        "Microsoft warned Windows XP users to scan for spyware before downloading Service Pack 2. Ernie Els beat Padraig Harrington 5 and 4 on Sunday. Lake Agassiz drained into the North Atlantic 8,200 years ago. Kyle Orton 3 touchdowns.",
        Lang::En,
    );
    assert_kinds(&a, &["Service Pack 2"], EntityType::Misc);
    assert_kinds(&a, &["Padraig Harrington"], EntityType::Per);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"North Atlantic"), "{names:?}");
    assert!(
        names
            .iter()
            .all(|n| !n.ends_with(char::is_numeric) || *n == "Service Pack 2"),
        "{names:?}"
    );
}

#[test]
fn a_number_after_a_one_word_name_is_part_of_it() {
    let a = analyze(
        "Eric Drouet a parlé mardi sur France 2 pour défendre le mouvement, puis sur Europe 1, rapporte France 24. Le match de Ligue 1 a réuni quelque 15 000 spectateurs. En France 3 millions de foyers regardent la chaîne.",
        Lang::Fr,
    );
    assert_kinds(&a, &["France 2", "Europe 1", "France 24"], EntityType::Org);
    assert_kinds(&a, &["Ligue 1"], EntityType::Misc);
    assert_all(&a, |e| e.name != "France 3");
    let en = analyze(
        "The summit opens on Saturday 8 October in Geneva, after the Dolphins won 24 - 13.",
        Lang::En,
    );
    assert!(
        en.entities
            .iter()
            .all(|e| !e.name.contains('8') && !e.name.contains("24")),
        "{:?}",
        en.entities
    );
}

#[test]
fn new_opens_place_names_and_compass_regions_are_places() {
    let a = analyze(
        "New York police said the suspect fled. Crude fell on the New York Mercantile Exchange, while producers in the Middle East and New Zealand watched.",
        Lang::En,
    );
    assert_kinds(
        &a,
        &["New York", "New Zealand", "Middle East"],
        EntityType::Loc,
    );
    assert_kinds(&a, &["New York Mercantile Exchange"], EntityType::Org);
    assert_eq!(kind_of(&a, "York"), None, "{:?}", a.entities);
}

#[test]
fn storms_and_adjective_runs_are_not_people() {
    let a = analyze(
        "Embattled Russian oil giant Yukos filed for bankruptcy. Output fell after Hurricane Ivan, and Operation Barkhane ended.",
        Lang::En,
    );
    assert_kinds(
        &a,
        &["Hurricane Ivan", "Operation Barkhane"],
        EntityType::Misc,
    );
    assert_all(&a, |e| !e.name.contains("Embattled"));
    let b = analyze("La tempête Ciara a frappé la Bretagne.", Lang::Fr);
    assert_no_person(&b, &["tempête Ciara"]);
}

#[test]
fn a_datelines_day_is_no_part_of_the_name_before_it() {
    let a = analyze(
        "Israeli troops entered the Gaza Strip Sept. 3 after talks in Damascus Sunday failed. \
         Wall Street Monday closed lower. Theresa May. May 4 was quiet.",
        Lang::En,
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for want in ["Gaza Strip", "Damascus", "Wall Street", "Theresa May"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    for day in [
        "Sept",
        "Sunday",
        "Monday",
        "Damascus Sunday",
        "Wall Street Monday",
    ] {
        assert!(!names.contains(&day), "{day} in {names:?}");
    }
}

#[test]
fn initials_join_a_name_but_abbreviations_are_no_initials() {
    let a = analyze(
        "George W. Bush met J. K. Rowling. U.S. stocks rose, and the U.S. Army said so. \
         Talks in Washington, D.C. ended.",
        Lang::En,
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for want in ["George W. Bush", "J. K. Rowling", "U.S. Army"] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    assert_all(&a, |e| {
        e.kind != EntityType::Per || !e.name.starts_with("U.S")
    });
    assert!(!names.contains(&"D.C"), "{names:?}");
}

#[test]
fn names_that_open_on_a_common_word_are_things_not_people() {
    let a = analyze(
        "Missing Links and Grand Slam were on air. Adobe Systems rose while Volvo Cars fell. \
         Democrat John Kerry and Briton Ken Bigley spoke. Tiger Woods won, \
         Bill Gates watched and Port Louis cheered.",
        Lang::En,
    );
    assert_no_person(
        &a,
        &["Missing Links", "Grand Slam", "Adobe Systems", "Volvo Cars"],
    );
    assert_kinds(
        &a,
        &["John Kerry", "Ken Bigley", "Tiger Woods", "Bill Gates"],
        EntityType::Per,
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Port Louis"), "{names:?}");
    let b = analyze(
        "Trois Transilien ont été supprimés, a indiqué Pierre Moscovici.",
        Lang::Fr,
    );
    assert_no_person(&b, &["Trois Transilien"]);
    assert_kinds(&b, &["Pierre Moscovici"], EntityType::Per);
}

#[test]
fn a_title_with_no_one_after_it_names_no_one() {
    let a = analyze(
        "The White House Chief of Staff said so. President of Mexico Vicente Fox agreed.",
        Lang::En,
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.starts_with("of ")), "{names:?}");
    assert!(names.contains(&"Vicente Fox"), "{names:?}");
    assert_eq!(
        kind_of(&a, "Mexico"),
        Some(EntityType::Loc),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_title_letter_is_no_initial() {
    let a = analyze("Bonsoir M. Rioufol, vous me faites plaisir.", Lang::Fr);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Rioufol"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.starts_with('.') || n.contains("M.")),
        "{names:?}"
    );
}

#[test]
fn reported_speech_goes_to_the_person_not_the_place_or_the_office() {
    let a = analyze(
        "Selon le directeur de la Sûreté générale, Abbas Ibrahim, l'explosion serait liée à des matériaux saisis il y a plusieurs années. \
         À Niamey, des proches du président assurent que le chef de l'Etat envisageait de le remplacer.",
        Lang::Fr,
    );
    let speakers: Vec<Option<&str>> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Abbas Ibrahim")], "{:?}", a.quotes);
    assert!(
        a.quotes[0].text.starts_with("l'explosion"),
        "{:?}",
        a.quotes
    );
    let b = analyze(
        "SNCF Chief Executive Jean-Pierre Farandou said the attack was massive.",
        Lang::En,
    );
    assert_kinds(&b, &["Jean-Pierre Farandou"], EntityType::Per);
}

#[test]
fn according_to_names_who_says_it_past_their_role() {
    let a = analyze(
        "According to Microsoft, the flaw is limited. According to Alan Mauldin, research director of TeleGeography, the outage was severe.",
        Lang::En,
    );
    let said: Vec<(Option<&str>, &str)> = a
        .quotes
        .iter()
        .map(|q| (q.speaker.as_deref(), q.text.as_str()))
        .collect();
    assert_eq!(
        said,
        [
            (Some("Microsoft"), "the flaw is limited."),
            (Some("Alan Mauldin"), "the outage was severe."),
        ],
        "{:?}",
        a.quotes
    );
    assert_ne!(kind_of(&a, "Microsoft"), Some(EntityType::Loc));
}

#[test]
fn venues_and_a_leaders_country_are_no_part_of_a_person() {
    let a = analyze(
        "The Indians won at Jacobs Field, where Sally Field sang. Vladimir Putin of Russia met Jacques Chirac of France at the Bank of England.",
        Lang::En,
    );
    assert_eq!(
        kind_of(&a, "Jacobs Field"),
        Some(EntityType::Loc),
        "{:?}",
        a.entities
    );
    assert_kinds(
        &a,
        &["Sally Field", "Vladimir Putin", "Jacques Chirac"],
        EntityType::Per,
    );
    assert_kinds(&a, &["Russia", "France"], EntityType::Loc);
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Bank of England"), "{names:?}");
}

#[test]
fn a_place_where_someone_is_is_no_party_to_a_disagreement() {
    let a = analyze(
        "Vos nombreux opposants, notamment place Tahrir, rejettent les accusations de coup d'État. \
         Moscou et Ankara se rejettent la responsabilité de la reprise des violences.",
        Lang::Fr,
    );
    let parties: Vec<(Option<&str>, Option<&str>)> = a
        .disagreements
        .iter()
        .map(|d| (d.claimant.as_deref(), d.contester.as_deref()))
        .collect();
    assert_eq!(
        parties,
        [(Some("Moscou"), Some("Ankara"))],
        "{:?}",
        a.disagreements
    );
}

#[test]
fn model_codes_spanish_articles_and_hills_make_no_person() {
    let a = analyze(
        "The Audi A7 was shown in Beverly Hills, and a Clie PEG-VZ90 at Los Alamos, where Jennifer Lopez spoke.",
        Lang::En,
    );
    assert_no_person(
        &a,
        &["Audi A7", "Clie PEG-VZ90", "Los Alamos", "Beverly Hills"],
    );
    assert_eq!(kind_of(&a, "Beverly Hills"), Some(EntityType::Loc));
    assert_eq!(kind_of(&a, "Jennifer Lopez"), Some(EntityType::Per));
    let fr = analyze(
        "L'animateur Jérôme Anthony de M6 a présenté l'émission, a indiqué la chaîne.",
        Lang::Fr,
    );
    assert!(
        fr.entities
            .iter()
            .any(|e| e.kind == EntityType::Per && e.name.starts_with("Jérôme Anthony")),
        "{:?}",
        fr.entities
    );
}

#[test]
fn an_elided_de_before_a_persons_name_ends_a_place() {
    let a = analyze(
        "Le président a approuvé la nomination au poste de gouverneur de Louxor d'Adel al-Khayyat, membre du parti. Invité d'Elizabeth Martichoux sur RTL, le ministre a répondu. Jean d'Ormesson et la princesse Eugénie d'York étaient présents, quai d'Orsay.",
        Lang::Fr,
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    for n in ["Adel al-Khayyat", "Elizabeth Martichoux", "Jean d'Ormesson"] {
        assert!(names.contains(&n), "{n}: {names:?}");
    }
    assert!(!names.iter().any(|n| n.contains("Louxor d'")), "{names:?}");
    assert!(
        names.iter().any(|n| n.ends_with("Eugénie d'York")),
        "{names:?}"
    );
}

#[test]
fn where_something_was_said_is_not_who_said_it() {
    for (text, lang) in [
        (
            "« Merci à nos forces de l'ordre pour leur courage », a écrit sur Twitter le chef de l'État.",
            Lang::Fr,
        ),
        (
            "\"We will not back down,\" the spokesman said on CNN after the vote.",
            Lang::En,
        ),
    ] {
        let a = analyze(text, lang);
        for q in &a.quotes {
            let who = q.speaker.as_deref().unwrap_or("");
            assert!(!["Twitter", "CNN"].contains(&who), "{text}: {:?}", a.quotes);
        }
    }
    let a = analyze(
        "« La réforme ira jusqu'au bout », a déclaré Élisabeth Borne sur RTL.",
        Lang::Fr,
    );
    let q = a.quotes.first().expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Élisabeth Borne"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_role_with_its_department_speaks_and_the_department_does_not() {
    let a = analyze(
        "Le ministre de l'Intérieur dénonce le « désordre » causé par les manifestants.",
        Lang::Fr,
    );
    let q = a.quotes.first().expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("ministre de l'Intérieur"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_bare_role_names_the_person_last_given_it() {
    let a = analyze(
        "Le ministre de l'Éducation nationale, Jean-Michel Blanquer, s'est rendu jeudi à Lyon. « Nous tiendrons le calendrier », a assuré le ministre devant les enseignants.",
        Lang::Fr,
    );
    let q = a.quotes.first().expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Jean-Michel Blanquer"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_longer_role_names_its_holder_and_a_clause_names_no_one() {
    let a = analyze(
        "Le ministre de l'Intérieur Christophe Castaner était à Paris. « Nous ne laisserons rien passer », a déclaré le ministre de l'Intérieur.",
        Lang::Fr,
    );
    let q = a.quotes.first().expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Christophe Castaner"),
        "{:?}",
        a.quotes
    );
    let a = analyze(
        "Le député des Alpes-Maritimes, soutien de Nicolas Sarkozy, était à Nice. « Il faut des outils moins naïfs », a déclaré le député.",
        Lang::Fr,
    );
    for q in &a.quotes {
        assert_ne!(
            q.speaker.as_deref(),
            Some("Nicolas Sarkozy"),
            "{:?}",
            a.quotes
        );
    }
}

#[test]
fn whom_something_was_said_to_is_not_who_said_it() {
    let a = analyze(
        "« Le juge a entendu cette jeune fille et ses parents », a indiqué mercredi à l'AFP le procureur de Besançon, Etienne Manteaux.",
        Lang::Fr,
    );
    let q = a.quotes.first().expect("quote");
    assert_ne!(q.speaker.as_deref(), Some("AFP"), "{:?}", a.quotes);
    let a = analyze(
        "La secrétaire d'État à l'Économie Agnès Pannier-Runacher a estimé que le texte avait « atteint un bon équilibre ».",
        Lang::Fr,
    );
    assert!(
        a.quotes.iter().any(|q| q
            .speaker
            .as_deref()
            .is_some_and(|s| s.contains("Pannier-Runacher"))),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_role_keeps_its_complement() {
    let a = analyze(
        "« Ma logique ne sera jamais celle de la confrontation », a souligné le chef du gouvernement.",
        Lang::Fr,
    );
    let q = a.quotes.first().expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("chef du gouvernement"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn french_group_names_keep_their_lowercase_words() {
    let a = analyze(
        "Les Frères musulmans ont déclaré que leur appel \"répond à la demande populaire\". \
         Le Conseil de sécurité des Nations unies se réunira, a indiqué l'ONU. \
         Les Nations Unies ont demandé une trêve. Des Frères présents ont chanté. \
         Le Sénat de basculer n'est pas un nom.",
        Lang::Fr,
    );
    assert_kinds(
        &a,
        &["Frères musulmans", "Conseil de sécurité"],
        EntityType::Org,
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.contains("demande populaire"))
        .expect("quote");
    assert_eq!(q.speaker.as_deref(), Some("Frères musulmans"));
    // Spelled out, capitalised or not, or as its acronym: one body.
    let un = canon_of(&a, "Nations unies").expect("Nations unies");
    assert_eq!(canon_of(&a, "Nations Unies"), Some(un));
    assert_eq!(canon_of(&a, "ONU"), Some(un));
    // A participle and an infinitive are no part of a name.
    assert!(
        canon_of(&a, "Frères présents").is_none(),
        "{:?}",
        a.mentions
    );
    assert!(
        canon_of(&a, "Sénat de basculer").is_none(),
        "{:?}",
        a.mentions
    );
}

#[test]
fn an_organisation_spelled_out_in_english_meets_its_acronym() {
    let a = analyze(
        "The United Nations said it would act. The UN envoy arrived.",
        Lang::En,
    );
    assert_eq!(canon_of(&a, "UN"), canon_of(&a, "United Nations"));
    assert!(canon_of(&a, "UN").is_some(), "{:?}", a.mentions);
}

#[test]
fn the_roles_an_article_gives_by_name_are_listed() {
    let a = analyze(
        "Le porte-parole du Kremlin, Dmitri Peskov, a parlé. Le président turc Recep Tayyip Erdogan a répondu.",
        Lang::Fr,
    );
    let role = |r: &str| {
        a.roles
            .iter()
            .find(|x| x.role == r)
            .map(|x| x.person.as_str())
    };
    assert_eq!(
        role("porte-parole du kremlin"),
        Some("Dmitri Peskov"),
        "{:?}",
        a.roles
    );
    assert_eq!(
        role("président turc"),
        Some("Recep Tayyip Erdogan"),
        "{:?}",
        a.roles
    );
    assert_eq!(role_key("le chef de l'État"), "le chef de l état");
}

#[test]
fn the_head_of_state_is_the_president_named_before() {
    let a = analyze(
        "Le président de la République Emmanuel Macron a reçu les ministres. « Nous ne céderons pas », a déclaré le chef de l'État.",
        Lang::Fr,
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Nous"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Emmanuel Macron"),
        "{:?}",
        a.roles
    );
    // A foreign leader is not "le chef de l'État".
    let b = analyze(
        "« Le combat n'est pas terminé », a martelé le chef de l'État à Toulouse. Le président américain Donald Trump a annoncé un retrait, et le président Erdogan une offensive. « Les résultats sont là », a ajouté le chef de l'État.",
        Lang::Fr,
    );
    for q in &b.quotes {
        assert_eq!(
            q.speaker.as_deref(),
            Some("chef de l'État"),
            "{:?}",
            b.quotes
        );
    }
}

#[test]
fn a_pronoun_with_no_speaker_yet_is_the_last_person_named() {
    let a = analyze(
        "A Saint-Pétersbourg, Sergueï Papov, 45 ans, a voté contre la réforme. « C'est tout ce que je peux faire », a-t-il affirmé à l'AFP.",
        Lang::Fr,
    );
    assert_eq!(
        a.quotes[0].speaker.as_deref(),
        Some("Sergueï Papov"),
        "{:?}",
        a.quotes
    );
    // A possessor is not who the sentence is about.
    let b = analyze(
        "Le procès s'ouvrira vendredi, a déclaré Hatice Cengiz, la fiancée de Jamal Khashoggi. « Je serai là », a-t-elle dit.",
        Lang::Fr,
    );
    let q = b
        .quotes
        .iter()
        .find(|q| q.text == "Je serai là")
        .expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Hatice Cengiz"),
        "{:?}",
        b.quotes
    );
}

#[test]
fn the_role_speaks_not_the_person_it_speaks_of() {
    let a = analyze(
        "« Je souhaite qu'elle se rétablisse », a déclaré le président de la République à propos de Geneviève Legay, 73 ans.",
        Lang::Fr,
    );
    assert_eq!(
        a.quotes[0].speaker.as_deref(),
        Some("président de la République"),
        "{:?}",
        a.quotes
    );
    let b = analyze(
        "« La charge a été très violente », a affirmé l'avocat de la famille, Me Arié Alimi, à Nice.",
        Lang::Fr,
    );
    assert_eq!(
        b.quotes[0].speaker.as_deref(),
        Some("Arié Alimi"),
        "{:?}",
        b.quotes
    );
}

#[test]
fn a_closing_mark_never_opens_a_quote() {
    // Flattened pages lose a mark here and there; the narration between a
    // quote's end and the next one's start is nobody's words.
    let a = analyze(
        "Selon lui, le sergent subissait des insultes tous les jours à son travail\". Il a assuré par ailleurs que \"le harcèlement\" devait cesser.",
        Lang::Fr,
    );
    assert!(
        a.quotes.iter().all(|q| !q.text.contains("Il a assuré")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_pronoun_goes_to_a_person_of_its_sex() {
    // "a-t-il" after a woman was quoted is the man named since.
    let a = analyze(
        "« Nous voulons de la diversité », a déclaré Delphine Ernotte. Le producteur Michel Dupont l'a approuvée. « On va chercher de nouveaux talents », a-t-il insisté.",
        Lang::Fr,
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("On va"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Michel Dupont"),
        "{:?}",
        a.quotes
    );
    // The subject, not the person she spoke of.
    let b = analyze(
        "Nathalie Loiseau a critiqué les populistes comme Marine Le Pen. « Ils racontent n'importe quoi », a-t-elle estimé.",
        Lang::Fr,
    );
    assert_eq!(
        b.quotes[0].speaker.as_deref(),
        Some("Nathalie Loiseau"),
        "{:?}",
        b.quotes
    );
}

#[test]
fn english_he_said_and_a_long_apposition_find_the_speaker() {
    let a = analyze(
        "Epstein was asked at the Winter Meetings if the Red Sox could sign a free agent. Theo Epstein smiled. \"I think there's a chance,\" he said.",
        Lang::En,
    );
    assert_eq!(
        a.quotes[0].speaker.as_deref(),
        Some("Theo Epstein"),
        "{:?}",
        a.quotes
    );
    let b = analyze(
        "\"The information we have is that the cables were cut,\" Jonathan Wright, Interoute's director of wholesale products, said in a statement.",
        Lang::En,
    );
    assert_eq!(
        b.quotes[0].speaker.as_deref(),
        Some("Jonathan Wright"),
        "{:?}",
        b.quotes
    );
}

#[test]
fn english_police_and_court_titles_are_cut_off_names() {
    let a = analyze(
        "The building was vacant, Palmer City Clerk Janette Bower told reporters. Undersheriff Larry Waldie said the deputy died.",
        Lang::En,
    );
    assert_kinds(&a, &["Janette Bower", "Larry Waldie"], EntityType::Per);
}

#[test]
fn the_medium_that_relays_a_quote_is_not_its_speaker() {
    let a = analyze(
        "Son avocate, citée par Le Parisien, est du même avis : « Elle a fait preuve d'un courage immense ».",
        Lang::Fr,
    );
    assert!(
        a.quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Parisien")
                && q.speaker.as_deref() != Some("Le Parisien")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_newspaper_after_its_classifier_and_an_adjective_is_an_organisation() {
    let a = analyze(
        "Seize personnes ont été tuées, affirmait lundi le quotidien indépendant Al-Masry al-Youm.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Al-Masry al-Youm"], EntityType::Org);
}

#[test]
fn more_speech_verbs_and_no_one_behind_on() {
    let a = analyze(
        "« La situation est catastrophique », a témoigné Othman Abdeljalil, ministre de la santé. « Une mesure d'économie », a-t-on souligné dans l'entourage du ministre.",
        Lang::Fr,
    );
    assert_eq!(
        a.quotes[0].speaker.as_deref(),
        Some("Othman Abdeljalil"),
        "{:?}",
        a.quotes
    );
    let b = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Une mesure"))
        .expect("quote");
    assert_ne!(
        b.speaker.as_deref(),
        Some("Othman Abdeljalil"),
        "{:?}",
        a.quotes
    );
    let e = analyze(
        "\"I hope my critics remain,\" Elon Musk tweeted on Monday.",
        Lang::En,
    );
    assert_eq!(
        e.quotes[0].speaker.as_deref(),
        Some("Elon Musk"),
        "{:?}",
        e.quotes
    );
}

#[test]
fn a_quote_after_adding_goes_on_with_the_speaker() {
    let a = analyze(
        "President Emmanuel Macron arrived at the scene late Monday. \"Notre Dame of Paris is our history,\" he said, adding: \"We will rebuild it.\"",
        Lang::En,
    );
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("We will"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_deref(),
        Some("Emmanuel Macron"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn english_titles_before_a_name_are_roles_with_their_qualifier() {
    let a = analyze(
        "BRUSSELS (Reuters) - British Prime Minister Boris Johnson secured a deal. Irish Prime Minister Leo Varadkar welcomed it, and Labour leader Jeremy Corbyn opposed it. Palmer City Clerk Janette Bower agreed. Later, Prime Minister Boris Johnson left.",
        Lang::En,
    );
    let role = |r: &str| {
        a.roles
            .iter()
            .find(|x| x.role == r)
            .map(|x| x.person.as_str())
    };
    assert_eq!(
        role("british prime minister"),
        Some("Boris Johnson"),
        "{:?}",
        a.roles
    );
    assert_eq!(
        role("irish prime minister"),
        Some("Leo Varadkar"),
        "{:?}",
        a.roles
    );
    assert_eq!(
        role("labour leader"),
        Some("Jeremy Corbyn"),
        "{:?}",
        a.roles
    );
    assert_eq!(
        role("prime minister"),
        Some("Boris Johnson"),
        "{:?}",
        a.roles
    );
    assert_eq!(
        role("palmer city clerk"),
        Some("Janette Bower"),
        "{:?}",
        a.roles
    );
}

#[test]
fn a_former_holder_does_not_hold_the_role() {
    let a = analyze(
        "L'ancien ministre de l'Intérieur Claude Guéant a témoigné. Her mentor, former Surgeon General David Satcher, spoke.",
        Lang::Fr,
    );
    assert!(a.roles.is_empty(), "{:?}", a.roles);
    let b = analyze(
        "Her mentor, former Surgeon General David Satcher, spoke. The surgeon general advises the nation.",
        Lang::En,
    );
    assert!(b.roles.is_empty(), "{:?}", b.roles);
}

#[test]
fn a_quote_that_goes_on_after_its_attribution_keeps_its_speaker() {
    let a = analyze(
        "\"I knew it would come,\" said Lionel Messi, who was named player of the tournament. \"It's crazy. This is what I wanted.\" \"I have always said it,\" Donald Tusk told reporters, \"but at least we have a deal now.\"",
        Lang::En,
    );
    let speaker = |start: &str| speaker_of(&a, start);
    assert_eq!(speaker("It's crazy").as_deref(), Some("Lionel Messi"));
    assert_eq!(
        speaker("but at least").as_deref(),
        Some("Donald Tusk"),
        "{:?}",
        a.quotes
    );
    // Narration between the two, or a quote inside narration: not theirs.
    let b = analyze(
        "« Nous avons gagné », a déclaré Anne Hidalgo. La ville a publié un communiqué. « Les travaux commenceront lundi et dureront un an. » Le collectif réclame « la fin des travaux dans tout le quartier ».",
        Lang::Fr,
    );
    for q in b.quotes.iter().filter(|q| !q.text.starts_with("Nous")) {
        assert_eq!(q.speaker, None, "{:?}", q);
    }
}

#[test]
fn the_subject_of_an_earlier_speech_verb_speaks() {
    let a = analyze(
        "Senator John McCain called it a disgrace. He said Trump had proved \"not only unable, but unwilling to stand up to Putin\". Paul Ryan, usually a staunch defender of the president, described it as a mistake and said it \"must be corrected immediately\".",
        Lang::En,
    );
    let speaker = |start: &str| speaker_of(&a, start);
    assert_eq!(
        speaker("not only").as_deref(),
        Some("John McCain"),
        "{:?}",
        a.quotes
    );
    assert_eq!(
        speaker("must be").as_deref(),
        Some("Paul Ryan"),
        "{:?}",
        a.quotes
    );
    let b = analyze(
        "« Nous avons livré pour l'humanité ce matin », s'est réjoui Stéphane Israël, le patron d'Arianespace.",
        Lang::Fr,
    );
    assert_eq!(
        b.quotes[0].speaker.as_deref(),
        Some("Stéphane Israël"),
        "{:?}",
        b.quotes
    );
}

#[test]
fn english_speakers_after_a_long_subject_or_a_pronoun_after_a_new_name() {
    let a = analyze(
        "\"It reminds me of Hiroshima,\" Beirut's governor, Marwan Abboud, said. Later, Prime Minister Boris Johnson urged lawmakers to rally behind the deal. \"Now is the moment to get Brexit done,\" he told reporters. In a rare rebuke, Trump's own director of national intelligence, Dan Coats, restated the findings. \"We have been clear in our assessments,\" he said.",
        Lang::En,
    );
    let speaker = |start: &str| speaker_of(&a, start);
    assert_eq!(
        speaker("It reminds").as_deref(),
        Some("Marwan Abboud"),
        "{:?}",
        a.quotes
    );
    assert_eq!(
        speaker("Now is").as_deref(),
        Some("Boris Johnson"),
        "{:?}",
        a.quotes
    );
    assert_eq!(
        speaker("We have").as_deref(),
        Some("Dan Coats"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn bodies_named_by_a_common_noun_speak() {
    let a = analyze(
        "« Aucune piste n'est écartée », a indiqué la police. « Nous appelons à mettre la France à l'arrêt », a annoncé l'intersyndicale dans un communiqué. « Un manque de coordination serait grave », ont déploré les autorités marocaines.",
        Lang::Fr,
    );
    let speakers: Vec<Option<&str>> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("police"),
            Some("intersyndicale"),
            Some("autorités marocaines")
        ],
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_later_speech_verb_with_its_own_named_subject_speaks() {
    let a = analyze(
        "Far-right leader Marine Le Pen said the move amounted to \"a total failure for the government\", while left-wing leader Jean-Luc Mélenchon said the reform \"has no parliamentary legitimacy\".",
        Lang::En,
    );
    let speakers: Vec<Option<&str>> = a.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [Some("Marine Le Pen"), Some("Jean-Luc Mélenchon")],
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_quote_paragraph_after_an_attributed_one_and_an_opening_quote() {
    let a = analyze(
        "\"It was fun today, competing out there,\" Jamaal Charles said.\n\n\"It was fun going out there and getting the win.\"\n\nThe Chiefs lost anyway.",
        Lang::En,
    );
    let speaker = |start: &str| speaker_of(&a, start);
    assert_eq!(
        speaker("It was fun going").as_deref(),
        Some("Jamaal Charles"),
        "{:?}",
        a.quotes
    );
    let b = analyze(
        "« Nous rebâtirons la cathédrale Notre-Dame plus belle encore. » Dans une brève allocution télévisée, mardi soir, Emmanuel Macron s'est fixé un objectif ambitieux.",
        Lang::Fr,
    );
    assert_eq!(
        b.quotes[0].speaker.as_deref(),
        Some("Emmanuel Macron"),
        "{:?}",
        b.quotes
    );
    // A name that is not the next sentence's subject says nothing.
    let c = analyze(
        "« Ce n'est plus possible. » Les habitants, excédés par Jean-Claude Gaudin, manifestent.",
        Lang::Fr,
    );
    assert_eq!(c.quotes[0].speaker, None, "{:?}", c.quotes);
}

#[test]
fn two_apostrophes_close_a_quote() {
    let text = concat!(
        "Hugh Hefner paid tribute on Friday. ",
        "\"She was a remarkable woman,'' Hefner said. ",
        "\"She was an American icon of her time.''"
    );
    let a = analyze(text, Lang::En);
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "She was a remarkable woman",
            "She was an American icon of her time."
        ],
        "{:?}",
        a.quotes
    );
    assert_eq!(
        a.quotes[0].speaker.as_deref(),
        Some("Hugh Hefner"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_role_given_in_apposition_names_its_holder() {
    let a = analyze(
        "Guillaume Peltier, député du Loir-et-Cher, était en colère mardi. « S'il considère qu'il est le meilleur pour Lyon, il doit démissionner », a déclaré le député du Loir-et-Cher.",
        Lang::Fr,
    );
    assert_eq!(
        a.quotes[0].speaker.as_deref(),
        Some("Guillaume Peltier"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_role_in_apposition_is_listed_and_keeps_its_complement() {
    let a = analyze(
        "Stéphane Israël, patron d'Arianespace, a salué le lancement. Pour Peltier, le ministre de l'Intérieur « ne pense qu'à lui-même ».",
        Lang::Fr,
    );
    let held: Vec<(&str, &str)> = a
        .roles
        .iter()
        .map(|r| (r.role.as_str(), r.person.as_str()))
        .collect();
    assert_eq!(
        held,
        [("patron d arianespace", "Stéphane Israël")],
        "{:?}",
        a.roles
    );
    assert!(
        a.mentions.iter().any(|m| m.text == "Arianespace"),
        "{:?}",
        a.mentions
    );
}

#[test]
fn a_name_in_a_relative_clause_after_the_speaker_is_not_the_speaker() {
    let a = analyze(
        "« Il ne sera procédé à aucune communication complémentaire », a expliqué le magistrat, dont Midi Libre s'est fait l'écho.",
        Lang::Fr,
    );
    assert!(
        a.quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Midi Libre")),
        "{:?}",
        a.quotes
    );
}

/// The cross-article key of the entity named `name`, without its type.
fn key_named(a: &Annotations, name: &str) -> String {
    let e = a.entities.iter().find(|e| e.name == name);
    e.map(|e| bare_key(&e.key).to_string()).unwrap_or_default()
}

#[test]
fn spellings_of_one_name_share_a_key_across_articles() {
    let pairs = [
        (
            "President Vladimir V. Putin said so.",
            "Vladimir V. Putin",
            "President Vladimir Putin said so.",
            "Vladimir Putin",
            Lang::En,
        ),
        (
            "Selon Jean-François Copé, rien.",
            "Jean-François Copé",
            "Selon Jean François Copé, rien.",
            "Jean François Copé",
            Lang::Fr,
        ),
        (
            "Selon Bernard-Henri Lévy, rien.",
            "Bernard-Henri Lévy",
            "Selon Bernard Henri-Lévy, rien.",
            "Bernard Henri-Lévy",
            Lang::Fr,
        ),
        (
            "Fans booed SIR ALEX FERGUSON yesterday.",
            "Alex Ferguson",
            "Fans booed Sir Alex Ferguson yesterday.",
            "Alex Ferguson",
            Lang::En,
        ),
        (
            "MOSCOW (Reuters) - Talks ended on Monday.",
            "Moscow",
            "Talks ended in Moscow on Monday.",
            "Moscow",
            Lang::En,
        ),
    ];
    for (one, name, other, other_name, lang) in pairs {
        let (a, b) = (analyze(one, lang), analyze(other, lang));
        let key = key_named(&a, name);
        assert!(!key.is_empty(), "{name}: {:?}", a.entities);
        assert_eq!(key, key_named(&b, other_name), "{name} / {other_name}");
    }
    assert!(analyze("WASHINGTON (AP) - Talks ended.", Lang::En)
        .entities
        .iter()
        .any(|e| e.name == "Washington"));
    // An acronym alone is still keyed whole, and two first names stay two
    // people.
    let a = analyze("NATO and Jean Dupont met Marc Dupont.", Lang::En);
    assert_ne!(key_named(&a, "Jean Dupont"), key_named(&a, "Marc Dupont"));
    assert_eq!(key_named(&a, "NATO"), "nato");
}

#[test]
fn an_irish_o_is_part_of_the_name() {
    let a = analyze(
        "Jermaine O'Neal scored 30 points as Danny O’Brien watched.",
        Lang::En,
    );
    assert_kinds(&a, &["Jermaine O'Neal", "Danny O’Brien"], EntityType::Per);
}

#[test]
fn names_run_together_are_two() {
    let a = analyze(
        "Le président du Sénat Gérard Larcher a reçu le député LREM du Doubs Eric Alauzet. « Nous avons parlé », a dit l'avocat de Michel Platini William Bourdon. Michel Platini et Eric Alauzet n'ont rien dit.",
        Lang::Fr,
    );
    assert_kinds(
        &a,
        &[
            "Gérard Larcher",
            "Eric Alauzet",
            "William Bourdon",
            "Michel Platini",
        ],
        EntityType::Per,
    );
    assert_eq!(
        speaker_of(&a, "Nous avons").as_deref(),
        Some("William Bourdon")
    );
    let a = analyze(
        "Le député LREM des Yvelines Didier Baichère a porté plainte. « Tout se mélange », a estimé le député.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Didier Baichère"], EntityType::Per);
    assert_kinds(&a, &["LREM des Yvelines"], EntityType::Org);
    assert_eq!(
        speaker_of(&a, "Tout se").as_deref(),
        Some("Didier Baichère")
    );
    let a = analyze(
        "Le préfet de police de Paris Didier Lallement a parlé, comme Florence Parly.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Didier Lallement", "Florence Parly"], EntityType::Per);
    // One man's names, a place named after a man, a newspaper.
    let a = analyze(
        "Susilo Bambang Yudhoyono visited the New York Post on Avenue Habib Bourguiba.",
        Lang::En,
    );
    for name in ["Susilo Bambang Yudhoyono", "New York Post"] {
        assert!(
            a.entities.iter().any(|e| e.name == name),
            "{name}: {:?}",
            a.entities
        );
    }
    assert!(
        !a.entities.iter().any(|e| e.name == "Habib Bourguiba"),
        "{:?}",
        a.entities
    );
}

#[test]
fn an_inverted_pronoun_glued_to_its_verb_speaks() {
    let a = analyze(
        "Marie Dupont est arrivée à Paris. « Nous sommes très heureuses », dit-elle, « de voir tout le monde ici ». Jean Martin l'accompagnait. « Le voyage était long et pénible », explique-t-il au Parisien.",
        Lang::Fr,
    );
    assert_eq!(
        speaker_of(&a, "Nous sommes").as_deref(),
        Some("Marie Dupont")
    );
    assert_eq!(speaker_of(&a, "de voir").as_deref(), Some("Marie Dupont"));
    assert_eq!(speaker_of(&a, "Le voyage").as_deref(), Some("Jean Martin"));
    // "dit-on" quotes no one.
    let a = analyze(
        "Jean Martin est parti. « Il reviendra bientôt ici », dit-on au village.",
        Lang::Fr,
    );
    assert_eq!(speaker_of(&a, "Il reviendra"), None);
}

#[test]
fn a_name_a_speaker_says_is_not_the_next_speaker() {
    let a = analyze(
        "L'ancien Premier ministre Alain Juppé a parlé longtemps. « Emmanuel Macron, c'est un petit joueur à côté ! », a-t-il ironisé. Mais « cette crise a déstabilisé un gouvernement légitime », a-t-il ajouté.",
        Lang::Fr,
    );
    assert_eq!(
        speaker_of(&a, "cette crise").as_deref(),
        Some("Alain Juppé")
    );
}

#[test]
fn an_abbreviated_saint_or_mount_stays_in_its_name() {
    let a = analyze(
        "The St. Louis Cardinals beat Houston on Sunday in St. Louis, far from Mt. Everest.",
        Lang::En,
    );
    assert_kinds(&a, &["St. Louis", "Mt. Everest"], EntityType::Loc);
    assert_all(&a, |e| e.name != "St" && e.kind != EntityType::Per);
}

#[test]
fn a_title_after_a_first_name_is_a_surname() {
    let a = analyze(
        "Sixers president Billy King fired coach Jim O'Brien. \"We think we owe it to our fans,\" King said. King Juan Carlos said nothing. Los Angeles Mayor Eric Garcetti agreed.",
        Lang::En,
    );
    assert_eq!(canon_of(&a, "King"), Some("Billy King"), "{:?}", a.mentions);
    assert_eq!(speaker_of(&a, "We think").as_deref(), Some("Billy King"));
    assert_kinds(&a, &["Juan Carlos", "Eric Garcetti"], EntityType::Per);
    assert_all(&a, |e| e.name != "Los Angeles Mayor");
}

#[test]
fn a_quoted_sub_heading_glued_to_the_text_has_no_speaker() {
    let a = analyze(
        "« Il faut aller vite et bien », a expliqué Edouard Philippe.\"Le tamis va être fin\"Elle devra vérifier les signalements. \"Nous allons tout vérifier\", a-t-il ajouté.",
        Lang::Fr,
    );
    assert_eq!(speaker_of(&a, "Le tamis"), None, "{:?}", a.quotes);
    assert_eq!(
        speaker_of(&a, "Nous allons").as_deref(),
        Some("Edouard Philippe")
    );
}

#[test]
fn reflexive_verbs_of_speech_and_tweets_attribute_a_quote() {
    let a = analyze(
        "Les hôpitaux manquent de soignants. \"Sur 190 lits, j'ai dû en fermer 50, faute de soignants\", se désole le Pr Jouve. « C'est une honte absolue pour notre pays », s'indigne Marine Le Pen. \"Rétablissez l'ISF d'abord et tout de suite\", a tweeté le député Adrien Quatennens.",
        Lang::Fr,
    );
    assert_eq!(speaker_of(&a, "Sur 190").as_deref(), Some("Jouve"));
    assert_eq!(
        speaker_of(&a, "C'est une").as_deref(),
        Some("Marine Le Pen")
    );
    assert_eq!(
        speaker_of(&a, "Rétablissez").as_deref(),
        Some("Adrien Quatennens")
    );
}

#[test]
fn a_quoted_heading_in_capitals_has_no_speaker() {
    let a = analyze(
        "« Ils voudraient qu'on prenne leur enfant dans la rue ? », interroge Laure Dupont. \"ELLE AVAIT LE PHYSIQUE D'UNE FILLETTE\"Stéphanie, éducatrice de rue, se souvient de la jeune femme.",
        Lang::Fr,
    );
    assert_eq!(
        speaker_of(&a, "Ils voudraient").as_deref(),
        Some("Laure Dupont")
    );
    assert_eq!(speaker_of(&a, "ELLE AVAIT"), None, "{:?}", a.quotes);
}

#[test]
fn a_colon_after_a_verb_of_speech_gives_the_quote_to_its_subject() {
    let a = analyze(
        "Le chauffeur routier a confirmé vouloir investir l'Elysée, lors de la manifestation du samedi 8 décembre : \"Tous les gens veulent aller là-haut.\" \
         Ils ne peuvent plus travailler, explique l'avocat Alfred Djanga, porte-parole de familles réfugiées : \"Sans papiers, ils n'ont pas d'autre choix.\" \
         Christian Mallard, chef du service étranger de la télévision publique France 3 l'affirmait hier : \"Al-Sissi fut en contact permanent avec Washington.\"",
        Lang::Fr,
    );
    // A place the clause names is not who speaks.
    assert_eq!(speaker_of(&a, "Tous les gens"), None, "{:?}", a.quotes);
    assert_eq!(
        speaker_of(&a, "Sans papiers").as_deref(),
        Some("Alfred Djanga")
    );
    assert_eq!(
        speaker_of(&a, "Al-Sissi").as_deref(),
        Some("Christian Mallard")
    );
}

#[test]
fn teams_named_after_a_two_word_city_keep_it() {
    let a = analyze(
        "Sabathia is close to a deal with the New York Yankees. The New Orleans Saints lost to the Kansas City Chiefs.",
        Lang::En,
    );
    assert_kinds(
        &a,
        &[
            "New York Yankees",
            "New Orleans Saints",
            "Kansas City Chiefs",
        ],
        EntityType::Org,
    );
    assert_eq!(kind_of(&a, "York Yankees"), None, "{:?}", a.entities);
    // A city below the gazetteer's one-word size that the world knows.
    let a = analyze(
        "The Colts could clinch a playoff berth with a Pittsburgh Steelers loss.",
        Lang::En,
    );
    assert_kinds(&a, &["Pittsburgh Steelers"], EntityType::Org);
}

#[test]
fn staff_and_newsrooms_name_organisations() {
    let a = analyze(
        "The worm was written by a teenager, something experts at Microsoft confirmed on Friday.",
        Lang::En,
    );
    assert_kinds(&a, &["Microsoft"], EntityType::Org);
    let a = analyze(
        "Invité de France Inter ce mercredi, Jean-Michel Blanquer a répondu. \
         Elle se confie dans les colonnes de Midi Libre. Il a fait son mea culpa au micro de Jean-Jacques Bourdin. \
         Invitée de Yann Barthès, elle a ri.",
        Lang::Fr,
    );
    assert_kinds(&a, &["France Inter", "Midi Libre"], EntityType::Org);
    assert_kinds(
        &a,
        &[
            "Jean-Michel Blanquer",
            "Jean-Jacques Bourdin",
            "Yann Barthès",
        ],
        EntityType::Per,
    );
}

#[test]
fn the_one_told_after_aupres_de_and_an_agreed_participle() {
    let a = analyze(
        "Ces témoignages « sont pour nous un signal fort envers cette industrie », s'est félicitée auprès de l'AFP Claire Quidet, présidente du mouvement du Nid.",
        Lang::Fr,
    );
    assert_eq!(
        speaker_of(&a, "sont pour nous").as_deref(),
        Some("Claire Quidet")
    );
    // A passive participle is no verb of speech: the infrastructures
    // "jugées « sensibles »" are no one's quote.
    let a = analyze(
        "Le patron de RTE a listé cinq infrastructures jugées « particulièrement sensibles » : les gares parisiennes.",
        Lang::Fr,
    );
    assert_eq!(speaker_of(&a, "particulièrement"), None, "{:?}", a.quotes);
}

#[test]
fn a_long_title_before_the_name_still_names_the_speaker() {
    for (text, who) in [
        (
            "« Ceci ne va pas dans le sens de la réconciliation », a déclaré la porte-parole du département d'Etat Jennifer Psaki.",
            "Jennifer Psaki",
        ),
        (
            "« Nous devons trouver un moyen de régler cette situation », a déclaré le secrétaire général de l'Otan Jens Stoltenberg.",
            "Jens Stoltenberg",
        ),
        (
            "« Si les Américains s'en tiennent à cela, il n'y aura pas d'accord », a prévenu le ministre allemand de l'Economie Sigmar Gabriel.",
            "Sigmar Gabriel",
        ),
    ] {
        let a = analyze(text, Lang::Fr);
        assert_eq!(a.quotes.len(), 1, "{text}: {:?}", a.quotes);
        assert_eq!(a.quotes[0].speaker.as_deref(), Some(who), "{text}: {:?}", a.entities);
        assert_kinds(&a, &[who], EntityType::Per);
    }
}

#[test]
fn code_a_page_left_in_its_text_quotes_no_one() {
    let a = analyze(
        "« Un pouvoir militaire suprême sera chargé de la sécurité », a précisé la ministre de l'Information Manal Abdel Samad. \
         window.pvp = new Pvp('digiteka', { 'id': 'CNT000001sehVF', 'idDigiteka': \"fvlvp5\", 'mediaType': \"digiteka-public\" });",
        Lang::Fr,
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Manal Abdel Samad"));
}

#[test]
fn a_title_between_a_body_and_the_person_and_papers_that_report() {
    let a = analyze(
        "\"There is a suspicion that there might have been a third official he was seeking,\" said Troy police Lt. Gerry Scherlinck. \
         \"We are working on the update,\" said Microsoft security response head Christopher Budd.",
        Lang::En,
    );
    assert_eq!(
        speaker_of(&a, "There is a suspicion").as_deref(),
        Some("Gerry Scherlinck")
    );
    assert_eq!(
        speaker_of(&a, "We are working").as_deref(),
        Some("Christopher Budd")
    );
    let a = analyze(
        "\"He was an elusive, anonymous, secret operator at the highest levels,\" The New York Times reported in 1973.",
        Lang::En,
    );
    assert_eq!(
        speaker_of(&a, "He was an elusive").as_deref(),
        Some("New York Times")
    );
    // A noun, not a verb: "amid reports that" names no one.
    let a = analyze(
        "Carrefour shares dipped on Tuesday amid reports that \"the retailer will cut prices across its stores\".",
        Lang::En,
    );
    assert_eq!(speaker_of(&a, "the retailer"), None, "{:?}", a.quotes);
}

#[test]
fn the_united_states_is_one_place_whatever_it_is_called() {
    let a = analyze(
        "The United States said on Monday that talks would resume.",
        Lang::En,
    );
    assert_kinds(&a, &["United States"], EntityType::Loc);
    assert_eq!(kind_of(&a, "United"), None, "{:?}", a.entities);
    let us = analyze("Officials from the US met in Geneva.", Lang::En);
    let fr = analyze(
        "Les États-Unis ont annoncé lundi la reprise des pourparlers.",
        Lang::Fr,
    );
    assert_eq!(key_named(&a, "United States"), key_named(&us, "US"));
    assert_eq!(key_named(&a, "United States"), key_named(&fr, "États-Unis"));
}

#[test]
fn a_state_abbreviated_after_a_city_is_a_place() {
    let a = analyze(
        "SAN JOSE, Calif. - Apple Computer reported strong sales. Kraft, based in Northfield, Ill., also makes cheese.",
        Lang::En,
    );
    // Named as the state, one identity with the state written out.
    assert_kinds(&a, &["California", "Illinois"], EntityType::Loc);
    let full = analyze(
        "The governor of California spoke in Sacramento on Monday.",
        Lang::En,
    );
    let key = |a: &Annotations, name: &str| {
        a.entities
            .iter()
            .find(|e| e.name == name)
            .map(|e| e.key.clone())
    };
    assert_eq!(key(&a, "California"), key(&full, "California"));
}

#[test]
fn the_white_house_in_french_and_english_is_one_body() {
    let fr = analyze(
        "La Maison Blanche a démenti lundi toute ingérence.",
        Lang::Fr,
    );
    let en = analyze(
        "The White House denied any interference on Monday.",
        Lang::En,
    );
    assert_kinds(&fr, &["Maison Blanche"], EntityType::Org);
    assert_eq!(
        key_named(&fr, "Maison Blanche"),
        key_named(&en, "White House")
    );
}

#[test]
fn one_plural_word_after_the_is_a_team_not_an_award() {
    let a = analyze(
        "Peyton Manning threw three touchdowns as the Colts beat the Chiefs on Sunday. \
         Ellen DeGeneres will host the Oscars in March.",
        Lang::En,
    );
    assert_kinds(&a, &["Colts", "Chiefs"], EntityType::Org);
    assert_ne!(
        kind_of(&a, "Oscars"),
        Some(EntityType::Org),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_bare_role_that_speaks_is_the_headlines_protagonist() {
    let text = "Marine Le Pen a critiqué le plan de relance mercredi. Jean Castex \
        était l'invité de la matinale jeudi. « Nous tiendrons nos engagements », a \
        déclaré le Premier ministre.";
    let a = analyze(text, Lang::Fr);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Nous tiendrons"))
        .expect("the quote");
    assert_eq!(q.speaker_key, None, "{q:?}");
    let named = headline_speaker(
        &a,
        q,
        "Relance : Jean Castex promet des engagements tenus",
        Lang::Fr,
    );
    assert_eq!(named.map(|(n, _)| n).as_deref(), Some("Jean Castex"));
    // A headline with two people says no one.
    assert_eq!(
        headline_speaker(&a, q, "Castex répond à Marine Le Pen", Lang::Fr),
        None
    );
    // Nor when someone else was named last before the quote.
    let text = "Jean Castex était l'invité de la matinale jeudi. Marine Le Pen \
        l'a critiqué. « Nous tiendrons nos engagements », a déclaré le Premier ministre.";
    let a = analyze(text, Lang::Fr);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.starts_with("Nous tiendrons"))
        .expect("the quote");
    assert_eq!(
        headline_speaker(&a, q, "Relance : Jean Castex promet", Lang::Fr),
        None
    );
}

#[test]
fn days_and_weeks_are_named_like_people_but_are_none() {
    let a = analyze(
        "Stores opened early on Labor Day, and Doris Day sang at the Fashion Week gala.",
        Lang::En,
    );
    assert_eq!(
        kind_of(&a, "Labor Day"),
        Some(EntityType::Misc),
        "{:?}",
        a.entities
    );
    assert_eq!(
        kind_of(&a, "Fashion Week"),
        Some(EntityType::Misc),
        "{:?}",
        a.entities
    );
    assert_eq!(
        kind_of(&a, "Doris Day"),
        Some(EntityType::Per),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_legal_form_says_what_a_name_is_not_which() {
    let a = analyze(
        "Microsoft Corp. said on Monday it would delay the release. Later, Microsoft said \
         the update would ship next year.",
        Lang::En,
    );
    let keys: Vec<&str> = a.mentions.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys.len(), 2, "{:?}", a.mentions);
    assert_eq!(keys[0], keys[1]);
    assert!(
        a.mentions.iter().all(|m| m.kind == EntityType::Org),
        "{:?}",
        a.mentions
    );
}

#[test]
fn a_persons_rep_speaks_for_them_but_is_not_them() {
    let a = analyze(
        "Actress Tara Reid has entered a rehab program. \"Tara Reid has checked herself into \
         Promises Treatment Center,\" Reid's rep told Us Weekly.",
        Lang::En,
    );
    assert!(
        a.quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Tara Reid")),
        "{:?}",
        a.quotes
    );
    let a = analyze(
        "\"He was stopped three times that week and never charged with anything,\" said Ms. \
         Davis's sister Crystal.",
        Lang::En,
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_ne!(
        a.quotes[0].speaker.as_deref(),
        Some("Davis"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_market_index_is_named_like_a_person_but_is_none() {
    let a = analyze(
        "Stocks fell on Monday, and the blue-chip Dow Jones average closed below 10,000.",
        Lang::En,
    );
    assert_no_person(&a, &["Dow Jones"]);
}

#[test]
fn a_school_named_after_someone_is_not_that_person() {
    let a = analyze(
        "L'élève de l'université George Washington a signé une pétition. \
         « Je pense que la qualité du service a diminué », regrette-t-il. \
         Les grilles du collège Elsa Triolet sont restées fermées.",
        Lang::Fr,
    );
    assert_kinds(&a, &["George Washington", "Elsa Triolet"], EntityType::Org);
    assert_eq!(speaker_of(&a, "Je pense"), None, "{:?}", a.quotes);
}

#[test]
fn a_role_that_speaks_first_is_the_person_the_next_sentence_names() {
    let a = analyze(
        "« On ne peut pas jouer sur les peurs des Français », estime la présidente de la \
         région Île-de-France. A la veille du déconfinement, la présidente de la région \
         Île-de-France Valérie Pécresse a fustigé l'opposition.",
        Lang::Fr,
    );
    assert_eq!(
        speaker_of(&a, "On ne peut pas").as_deref(),
        Some("Valérie Pécresse")
    );
    // Another office named later is someone else.
    let a = analyze(
        "« La menace est élevée », a déclaré le ministre de l'Intérieur. Le ministre des \
         Armées Florence Parly a répondu.",
        Lang::Fr,
    );
    assert_ne!(
        speaker_of(&a, "La menace").as_deref(),
        Some("Florence Parly")
    );
}

#[test]
fn a_description_that_speaks_ends_at_its_comma() {
    let a = analyze(
        "« Nous avons beaucoup plus d'argent que la dernière fois », a assuré le milliardaire \
         républicain, au moment où les médias américains pointent ses dépenses.",
        Lang::Fr,
    );
    assert_ne!(
        speaker_of(&a, "Nous avons").as_deref(),
        Some("médias américains"),
        "{:?}",
        a.quotes
    );
    // A name in apposition after the comma still speaks.
    let a = analyze(
        "« Lutter est un devoir », a déclaré le guide suprême iranien, l'ayatollah Ali \
         Khamenei, vendredi.",
        Lang::Fr,
    );
    assert_eq!(speaker_of(&a, "Lutter").as_deref(), Some("Ali Khamenei"));
}

#[test]
fn a_role_that_speaks_in_between_ends_the_last_speaker_s_turn() {
    let a = analyze(
        "« Ce sont des CDD déguisés », dénonce le syndicaliste Alexandre Pignon. Contacté par \
         la radio, le gérant de la société dénonce une situation intenable. « J'ai perdu toute \
         autorité sur les salariés et j'ai été pris en otage. »",
        Lang::Fr,
    );
    assert_ne!(
        speaker_of(&a, "J'ai perdu").as_deref(),
        Some("Alexandre Pignon"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_french_sentence_opening_on_an_adjective_does_not_join_the_name() {
    let a = analyze(
        "Le jeune homme est arrivé hier. Originaire de Chicago, il étudie à Paris. \
         Proche d'Emmanuel Macron, elle a démissionné. Banque de France et Charles de Gaulle \
         restent des noms.",
        Lang::Fr,
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert!(names.contains(&"Chicago"), "{names:?}");
    assert!(names.contains(&"Emmanuel Macron"), "{names:?}");
    assert!(!names
        .iter()
        .any(|n| n.starts_with("Originaire") || n.starts_with("Proche")));
    assert!(names.contains(&"Banque de France"), "{names:?}");
}

#[test]
fn a_newsroom_that_hosts_the_speaker_is_not_the_speaker() {
    let a = analyze(
        "Gérald Darmanin a demandé des opérations. Invité de France 2, il a annoncé que « une \
         dizaine d'opérations ont été menées dans les quartiers ».",
        Lang::Fr,
    );
    assert_ne!(
        speaker_of(&a, "une dizaine").as_deref(),
        Some("France 2"),
        "{:?}",
        a.quotes
    );
}

#[test]
fn a_party_s_label_after_a_role_is_no_person() {
    let a = analyze(
        "La députée UDI Maina Sage a été diagnostiquée. Le député LR de Mayotte Mansour \
         Kamardine a voté contre. Gérard Collomb, ancien maire PS de Lyon, a parlé.",
        Lang::Fr,
    );
    assert_kinds(&a, &["UDI", "LR de Mayotte", "PS de Lyon"], EntityType::Org);
    assert_kinds(&a, &["Maina Sage", "Mansour Kamardine"], EntityType::Per);
}

#[test]
fn a_party_in_brackets_after_a_person_is_the_person_s() {
    let a = analyze(
        "Le maire de Saint-Malo, Claude Renoult (DVD), a fait savoir dans un communiqué avoir \
         « immédiatement contacté le préfet ». L'Organisation mondiale de la santé (OMS) a \
         affirmé que « la pandémie accélère ».",
        Lang::Fr,
    );
    assert_eq!(
        speaker_of(&a, "immédiatement").as_deref(),
        Some("Claude Renoult")
    );
    assert_ne!(
        speaker_of(&a, "la pandémie").as_deref(),
        Some("Claude Renoult")
    );
}

#[test]
fn what_an_office_is_held_over_is_no_person() {
    let a = analyze(
        "Le maire de Cholet accuse l'ancien président de la région. Le président de Renault \
         estime que la crise est passée. L'ancienne ministre de François Hollande a parlé. \
         L'avocat de Dupont estime que la décision est injuste.",
        Lang::Fr,
    );
    assert_eq!(
        kind_of(&a, "Cholet"),
        Some(EntityType::Loc),
        "{:?}",
        a.entities
    );
    assert_no_person(&a, &["Renault"]);
    assert_kinds(&a, &["François Hollande", "Dupont"], EntityType::Per);
}

#[test]
fn the_words_of_a_chiefs_title_name_no_one() {
    let a = analyze(
        "At the symposium, Microsoft Chief Executive, Steve Ballmer touched on many topics.",
        Lang::En,
    );
    assert_eq!(kind_of(&a, "Executive"), None, "{:?}", a.entities);
    assert_eq!(kind_of(&a, "Steve Ballmer"), Some(EntityType::Per));
    let a = analyze(
        "The company named Jane Roe to the new position of Chief Data Officer.",
        Lang::En,
    );
    assert_eq!(kind_of(&a, "Data"), None, "{:?}", a.entities);
}

#[test]
fn a_place_named_after_a_title() {
    let a = analyze(
        "Republicans sued King County over the ballots. King Charles visited the fair.",
        Lang::En,
    );
    assert_eq!(
        kind_of(&a, "King County"),
        Some(EntityType::Loc),
        "{:?}",
        a.entities
    );
    assert_eq!(kind_of(&a, "County"), None);
    assert_eq!(kind_of(&a, "Charles"), Some(EntityType::Per));
}

#[test]
fn a_name_shaped_like_a_things_with_no_cue_is_no_person() {
    let a = analyze(
        "The talks resumed and on Monday Russian officials said the deal was near.",
        Lang::En,
    );
    assert_no_person(&a, &["Monday Russian"]);
}

#[test]
fn a_lone_word_that_speaks_is_no_person_by_that_alone() {
    let a = analyze(
        "Steel prices rose after Nissan said the metal is in short supply. Mehdi a raconté la scène.",
        Lang::En,
    );
    assert_no_person(&a, &["Nissan"]);
}

#[test]
fn a_plural_noun_beside_a_name_says_what_it_is() {
    let a = analyze(
        "The deal was financed with debt from Morgan Stanley and other banks. \
         Lenders such as Goldman Sachs declined to comment.",
        Lang::En,
    );
    assert_kinds(&a, &["Morgan Stanley", "Goldman Sachs"], EntityType::Org);
    let a = analyze(
        "Lyon et d'autres villes ont protesté. Dimanche, 36 maires de grandes \
         villes, dont Anne Hidalgo, ont signé une tribune.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Lyon"], EntityType::Loc);
    assert_kinds(&a, &["Anne Hidalgo"], EntityType::Per);
}

#[test]
fn a_name_alone_in_quotation_marks_is_no_person() {
    let a = analyze(
        "Donald Trump called the inquiry a \"Witch Hunt.\" Robert Mueller declined to comment.",
        Lang::En,
    );
    assert_no_person(&a, &["Witch Hunt"]);
    assert_kinds(&a, &["Robert Mueller"], EntityType::Per);
}

#[test]
fn a_place_that_is_a_first_name_then_a_word_is_no_person() {
    let a = analyze(
        "Il l'a dit sur France Inter. Paris Match publie les photos. Paris Hilton a réagi.",
        Lang::Fr,
    );
    assert_no_person(&a, &["France Inter", "Paris Match"]);
    assert_kinds(&a, &["Paris Hilton"], EntityType::Per);
}

#[test]
fn plural_honorifics_open_no_name() {
    let a = analyze(
        "Le président a eu une pensée pour nos collègues Mmes Naïma Moutchou et Paula Forteza, puis pour MM. Jean Dupont et Paul Durand.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Naïma Moutchou", "Jean Dupont"], EntityType::Per);
    assert_all(&a, |e| {
        !e.name.starts_with("Mmes") && !e.name.starts_with("MM")
    });
}

#[test]
fn public_bodies_end_on_their_kind() {
    let a = analyze(
        "Experts of the National Marine Fisheries Service were consulted. Sandra Pianalto, president of the Cleveland Fed, said rates would rise. The Federal Aviation Administration grounded the planes. The board of Indian utility Reliance met under the administration of George Bush.",
        Lang::En,
    );
    assert_kinds(
        &a,
        &[
            "National Marine Fisheries Service",
            "Cleveland Fed",
            "Federal Aviation Administration",
        ],
        EntityType::Org,
    );
    assert_kinds(&a, &["Sandra Pianalto", "George Bush"], EntityType::Per);
    assert_all(&a, |e| {
        !e.name.starts_with("board") && !e.name.starts_with("administration")
    });
}

#[test]
fn a_greeting_is_no_part_of_the_name_after_it() {
    let a = analyze(
        "La ministre a salué son équipe. « Merci Vincent », a-t-elle déclaré.",
        Lang::Fr,
    );
    assert_all(&a, |e| !e.name.starts_with("Merci"));
}

#[test]
fn the_day_of_a_statement_is_no_part_of_the_name_after_it() {
    let a = analyze(
        "A senior Iranian official said Sunday Israel and the United States would not dare attack. Officials said Monday John Kerry would travel. The Sunday Times reported the talks.",
        Lang::En,
    );
    assert_kinds(&a, &["Israel"], EntityType::Loc);
    assert_kinds(&a, &["John Kerry"], EntityType::Per);
    assert!(
        a.entities.iter().any(|e| e.name == "Sunday Times"),
        "{:?}",
        a.entities
    );
}

#[test]
fn a_title_word_after_first_names_is_a_surname() {
    let a = analyze(
        "Martin Luther King Jr. spoke in Chicago. Billie Jean King won in 1973, and Prime Minister John Major thanked Jordan's King Abdullah. AMA President J. James Rohack, MD, said the nominee was qualified.",
        Lang::En,
    );
    assert_kinds(
        &a,
        &[
            "Martin Luther King Jr",
            "Billie Jean King",
            "John Major",
            "J. James Rohack",
        ],
        EntityType::Per,
    );
    assert_all(&a, |e| e.name != "Jr" && e.name != "Martin Luther");
}

#[test]
fn french_ou_for_u_finds_the_place() {
    let a = analyze(
        "Le prince héritier est arrivé mardi à Abou Dhabi, puis à Assiout.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Abou Dhabi", "Assiout"], EntityType::Loc);
}

#[test]
fn ranks_abbreviated_title_and_schools_and_firms_are_bodies() {
    let a = analyze(
        "Woodburn Police Capt. Jane Roe said the suspect fled. U.S. Navy Vice Adm. Bill Gortney spoke, and New York City Councilman Jumaane D. Williams marched. Lee College and Warner Brothers gave money.",
        Lang::En,
    );
    assert_kinds(
        &a,
        &["Jane Roe", "Bill Gortney", "Jumaane D. Williams"],
        EntityType::Per,
    );
    assert_kinds(&a, &["Lee College", "Warner Brothers"], EntityType::Org);
    assert_all(&a, |e| {
        !e.name.ends_with("Capt") && !e.name.ends_with("Adm")
    });
}

#[test]
fn a_numbered_street_keeps_its_number() {
    let a = analyze(
        "The woman was walking near the intersection of 117th Street and 97th Avenue when a car hit her.",
        Lang::En,
    );
    assert!(
        a.entities.iter().any(|e| e.name == "117th Street"),
        "{:?}",
        a.entities
    );
    assert_all(&a, |e| e.name != "Street" && e.kind != EntityType::Per);
}

#[test]
fn a_name_ending_on_a_faith_names_a_creed() {
    let a = analyze(
        "Greek Orthodox leaders met Sunni Muslim clerics and Roman Catholic priests on Monday, said Ahmed Arab.",
        Lang::En,
    );
    assert_no_person(&a, &["Roman Catholic", "Sunni Muslim", "Greek Orthodox"]);
    assert_kinds(&a, &["Ahmed Arab"], EntityType::Per);
}

#[test]
fn a_deputy_before_a_surname_is_a_title() {
    let a = analyze(
        "Deputy Ortiz said the suspect fled. Deputy Prime Minister Nick Clegg spoke later.",
        Lang::En,
    );
    assert_kinds(&a, &["Ortiz", "Nick Clegg"], EntityType::Per);
    assert_all(&a, |e| !e.name.starts_with("Deputy"));
}

#[test]
fn common_words_between_two_titles_are_the_title() {
    let a = analyze(
        "Peter Guest, Assistant Chief Fire Officer at the county brigade, says the building was destroyed.",
        Lang::En,
    );
    assert_kinds(&a, &["Peter Guest"], EntityType::Per);
    assert_all(&a, |e| e.name != "Fire");
}

#[test]
fn a_first_name_that_speaks_in_the_compound_past_is_a_person() {
    let a = analyze(
        "Jeudi, Michel a déclaré que la loi était prête. Plus tard, Natasha a notamment indiqué qu'elle voterait contre.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Michel", "Natasha"], EntityType::Per);
}

#[test]
fn a_quoted_title_before_its_noun_is_no_quote() {
    let a = analyze(
        "Tara Reid checked into Promises, her rep Jack Ketsoyan told People. Ketsoyan would not say what the \"American Pie\" star was being treated for. \"We appreciate your respect to her privacy,\" Ketsoyan said.",
        Lang::En,
    );
    let texts: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert!(
        !texts.iter().any(|t| t.contains("American Pie")),
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("We appreciate")),
        "{texts:?}"
    );
}

#[test]
fn a_name_that_speaks_in_the_first_person_is_a_person() {
    // "Brune" is no first name of our lists, and a common word.
    let a = analyze(
        "La secrétaire d'État à la Transition écologique veut une loi. « Je suis choquée, outrée », a déclaré Brune Poirson jeudi.",
        Lang::Fr,
    );
    assert_kinds(&a, &["Brune Poirson"], EntityType::Per);
    let q = a
        .quotes
        .iter()
        .find(|q| q.text.contains("choquée"))
        .expect("the quote");
    assert_eq!(
        q.speaker_key.as_deref(),
        a.entities
            .iter()
            .find(|e| e.name == "Brune Poirson")
            .map(|e| e.key.as_str())
    );
    // A party a quote is put to stays what it was.
    let a = analyze(
        "« Je ne voterai pas ce texte », a déclaré Debout la France dans un communiqué.",
        Lang::Fr,
    );
    assert_ne!(kind_of(&a, "Debout la France"), Some(EntityType::Per));
}

#[test]
fn a_country_or_a_state_may_open_a_sentence() {
    let a = analyze(
        "The report came out on Monday. California officials said the clinic was licensed. Britain said it would act.",
        Lang::En,
    );
    assert_kinds(&a, &["California", "Britain"], EntityType::Loc);
}

#[test]
fn an_agency_named_whole_is_an_organisation_however_cased() {
    let a = analyze(
        "The minister told Ria Novosti on Monday that the talks would resume.",
        Lang::En,
    );
    assert_kinds(&a, &["Ria Novosti"], EntityType::Org);
}
