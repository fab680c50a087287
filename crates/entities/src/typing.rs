//! Evidence for an entity's type: what the words of a name and the words
//! around it say about a person, a place or an organisation (role and
//! honorific cues, heads of buildings and features of the land, heads of
//! laws and competitions, classifying nouns, an article before the name,
//! the outlet's own reporters). `analyze` adds it up per entity.

use super::*;

/// Heads of venues' names that are surnames too: only a name that does not
/// open on a first name is a place by them.
fn is_venue_surname(lower: &str) -> bool {
    matches!(lower, "field" | "fields" | "hall" | "downs" | "gardens")
}

/// Whether a name that opens on `lower` names a place after its kind or
/// its saint ("Port Louis", "Fort Worth", "Saint Pierre", "Mount Cook"),
/// whatever word follows.
pub(crate) fn names_a_place(lower: &str) -> bool {
    is_feature_head(lower)
        || names::is_saint(lower)
        || matches!(lower, "port" | "fort" | "cape" | "cap")
}

/// Head nouns of buildings and features of the land ("Eiffel Tower",
/// "River Seine", "Place de la Concorde", "Mont Blanc").
pub(crate) fn is_feature_head(lower: &str) -> bool {
    matches!(
        lower,
        "tower"
            | "hospital"
            | "hôpital"
            | "clinic"
            | "prison"
            | "beach"
            | "plage"
            | "palace"
            | "cathedral"
            | "church"
            | "mosque"
            | "temple"
            | "bridge"
            | "square"
            | "street"
            | "avenue"
            | "road"
            | "airport"
            | "station"
            | "stadium"
            | "museum"
            | "park"
            | "river"
            | "lake"
            | "mountains"
            | "mountain"
            | "island"
            | "islands"
            | "valley"
            | "hills"
            | "heights"
            | "springs"
            | "falls"
            | "bay"
            | "sea"
            | "ocean"
            | "gulf"
            | "strip"
            | "strait"
            | "desert"
            | "palais"
            | "cathédrale"
            | "église"
            | "mosquée"
            | "pont"
            | "place"
            | "rue"
            | "boulevard"
            | "aéroport"
            | "gare"
            | "stade"
            | "musée"
            | "parc"
            | "fleuve"
            | "lac"
            | "mont"
            | "monts"
            | "île"
            | "îles"
            | "vallée"
            | "baie"
            | "mer"
            | "océan"
            | "golfe"
            | "détroit"
            | "désert"
            | "mount"
            | "peninsula"
            | "péninsule"
            | "canal"
            | "port"
            // Arabic place words that open a name: a gate, a valley, a
            // mountain ("Bab al-Hawa", "Wadi Derna", "Jebel Ali").
            | "bab"
            | "wadi"
            | "oued"
            | "jebel"
            | "djebel"
            | "jabal"
    )
}

/// Head words of names that are neither people, places nor organisations:
/// laws, treaties, prizes, competitions, festivals, wars. English puts the
/// head last ("Benn Act", "World Cup"; "Bill Clinton" is a person), French
/// first ("Festival de Cannes", "Prix Goncourt").
pub(crate) fn is_misc_head(lower: &str, first: bool) -> bool {
    if first {
        matches!(
            lower,
            // Storms and military operations lead with their kind in both
            // languages ("Hurricane Ivan", "tempête Ciara", "Operation
            // Barkhane").
            "hurricane"
                | "typhoon"
                | "cyclone"
                | "storm"
                | "operation"
                | "ouragan"
                | "typhon"
                | "tempête"
                | "opération"
                | "loi"
                | "traité"
                | "accord"
                | "accords"
                | "coupe"
                | "jeux"
                | "prix"
                | "guerre"
                | "festival"
        )
    } else {
        matches!(
            lower,
            "act"
                | "bill"
                | "treaty"
                | "accord"
                | "accords"
                | "agreement"
                | "cup"
                | "games"
                | "olympics"
                | "prize"
                | "award"
                | "awards"
                | "festival"
                | "war"
                | "game"
                | "classic"
                | "open"
                | "championship"
                | "championships"
                | "series"
                | "bowl"
                | "marathon"
                | "trophy"
                | "medal"
                | "glove"
        )
    }
}

/// Adjectives of faith and of peoples that English capitalises ("a
/// prominent Islamic scholar", "Sunni militias"): alone, no entity.
pub(crate) fn is_group_adjective(lower: &str) -> bool {
    matches!(
        lower,
        "islamic"
            | "islamist"
            | "muslim"
            | "muslims"
            | "jewish"
            | "catholic"
            | "catholics"
            | "protestant"
            | "sunni"
            | "sunnis"
            | "shia"
            | "shiite"
            | "shiites"
            | "buddhist"
            | "hindu"
            | "orthodox"
            | "arab"
            | "arabs"
            | "arabic"
            | "hispanic"
            | "latino"
    )
}

/// Whether the words around the name at `a..b` say it is an organisation:
/// a classifying noun before it ("la banque Morgan Stanley", "le réseau
/// social Twitter", "carmaker Tesla"), something only organisations have
/// before "de X" ("les actionnaires de Tesla") or after "X's" ("Twitter's
/// board"), its staff ("experts at Microsoft"), a newsroom's cue ("invité
/// de France Inter"), or "stock" after it ("Tesla stock").
fn organisation_context(toks: &[Tok], a: usize, b: usize) -> bool {
    let lower = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let word_before = |n: usize| a.checked_sub(n).map_or("", lower);
    let classified = lexicon::is_org_classifier(word_before(1))
        || lexicon::is_classifier_adjective(word_before(1))
            && lexicon::is_org_classifier(word_before(2));
    let of = match word_before(1) {
        "de" | "du" | "of" => lexicon::is_org_belonging(word_before(2)),
        "'" | "’" if word_before(2) == "d" => lexicon::is_org_belonging(word_before(3)),
        "at" => lexicon::is_org_staff(word_before(2)),
        _ => false,
    };
    // A presenter's name opens on a first name that is no place ("invité
    // de Yann Barthès"); a newsroom's does not, or on a place ("France
    // Inter").
    let presenter = b >= a + 2 && {
        let first = lower(a);
        crate::vocabulary::is_given_name(first) && gazetteer(&names::fold(first)).is_none()
    };
    let newsroom = !presenter
        && match word_before(1) {
            "'" | "’" => lexicon::names_a_newsroom(word_before(3), word_before(2)),
            w => lexicon::names_a_newsroom(word_before(2), w),
        };
    let possessive = matches!(lower(b), "'" | "’")
        && lower(b + 1) == "s"
        && lexicon::is_org_belonging(lower(b + 2));
    // Not "shares": "Musk shares a video".
    let stock = lower(b) == "stock";
    classified || of || newsroom || possessive || stock
}

/// The kind of thing a plural noun next to the name at `a..b` says it is
/// one of: "Morgan Stanley and other banks", "Lyon et d'autres villes",
/// "banks such as Morgan Stanley", "des banques comme BNP Paribas",
/// "plusieurs villes, dont Lyon", "les quartiers de Gemmayzé et Mar
/// Mikhaël"; so do the people of a place ("un habitant de Mar Mikhaël").
/// Returns the index of its type in the votes (1: a place, 2: an
/// organisation).
fn class_named_beside(toks: &[Tok], a: usize, b: usize, lx: &Lexicon) -> Option<usize> {
    let lower = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let class = |k: usize| plural_class(lower(k), lx);
    // After it: "and other", "et d'autres", "et les autres", "and many
    // other", an adjective at most before the noun ("and other major banks").
    if matches!(lower(b), "and" | "or" | "et" | "ou") {
        let mut k = b + 1;
        if matches!(lower(k), "many" | "several" | "les" | "des" | "plusieurs") {
            k += 1;
        }
        if lower(k) == "d" && matches!(lower(k + 1), "'" | "’") {
            k += 2;
        }
        if matches!(lower(k), "other" | "others" | "autres") {
            let found = class(k + 1).or_else(|| {
                lexicon::is_classifier_adjective(lower(k + 1))
                    .then(|| class(k + 2))
                    .flatten()
            });
            if found.is_some() {
                return found;
            }
        }
    }
    // Before it: "banks such as", "banks including", "villes comme",
    // "villes, dont", "banques telles que".
    let before = |n: usize| a.checked_sub(n).map_or("", lower);
    // Or the places it is one of, or whose people: "les quartiers de
    // Gemmayzé et Mar Mikhaël", "the city of Flint", "un habitant de Mar
    // Mikhaël", "residents of Flint". The first of two names joined by
    // "et" or "and" stands for both.
    let mut first = a;
    if matches!(before(1), "et" | "and") {
        let mut m = a - 1;
        while m > 0 && toks[m - 1].cap() && toks[m - 1].sentence == toks[a].sentence {
            m -= 1;
        }
        if m < a - 1 {
            first = m;
        }
    }
    let of = |n: usize| first.checked_sub(n).map_or("", lower);
    let noun = match (of(2), of(1)) {
        ("d", "'" | "’") => first.checked_sub(3),
        (_, "de" | "des" | "of") => first.checked_sub(2),
        _ => None,
    };
    if let Some(k) = noun {
        if matches!(
            lower(k),
            "habitant" | "habitants" | "habitante" | "habitantes" | "residents" | "inhabitants"
        ) {
            return Some(1);
        }
        // Places only, and no country: "les sociétés de Vincent Bolloré"
        // are his, "le pays de Bachar al-Assad" is the one he rules.
        let country = matches!(
            lower(k),
            "pays" | "countries" | "nations" | "states" | "états"
        );
        if !country && (class(k) == Some(1) || lx.is_place_head(lower(k))) {
            return Some(1);
        }
    }
    let connector = match (before(2), before(1)) {
        ("such", "as") | ("tels" | "telles", "que") => 2,
        (_, "like" | "including" | "comme" | "dont" | "notamment") => 1,
        _ => return None,
    };
    let mut k = a.checked_sub(connector + 1)?;
    if toks[k].text == "," {
        k = k.checked_sub(1)?;
    }
    // Not a noun that completes another: "36 maires de grandes villes,
    // dont Anne Hidalgo" names mayors.
    let completes = (1..=2).any(|n| {
        k.checked_sub(n)
            .is_some_and(|m| matches!(lower(m), "de" | "d" | "du" | "of" | "'" | "’"))
    });
    if completes {
        return None;
    }
    class(k)
}

/// What a plural noun classifies, by its singular: 1 for places ("cities",
/// "pays", "régions"), 2 for organisations ("banks", "sociétés",
/// "réseaux").
fn plural_class(w: &str, lx: &Lexicon) -> Option<usize> {
    if matches!(w, "pays" | "countries" | "nations" | "states" | "états") {
        return Some(1);
    }
    let singulars = [
        w.strip_suffix("ies").map(|s| format!("{s}y")),
        w.strip_suffix('s').map(str::to_string),
        w.strip_suffix('x').map(str::to_string),
    ];
    singulars.into_iter().flatten().find_map(|s| {
        if lx.is_place_head(&s) {
            Some(1)
        } else if lexicon::is_org_classifier(&s) {
            Some(2)
        } else {
            None
        }
    })
}

/// Whether the name at `start` is introduced as the outlet's own reporter,
/// with at most a place between them: "notre correspondante à Istanbul,
/// Anne Andlauer", "our correspondent in Kyiv, X", "notre envoyé spécial
/// X". Another outlet's journalist may be the news ("CNN's chief medical
/// correspondent Sanjay Gupta" named surgeon general), and a verb between
/// them breaks it ("la journaliste a interrogé X").
pub(crate) fn introduced_as_reporter(toks: &[Tok], start: usize) -> bool {
    let sentence = toks.get(start).map(|t| t.sentence);
    for k in (start.saturating_sub(7)..start).rev() {
        let t = &toks[k];
        if Some(t.sentence) != sentence {
            return false;
        }
        if is_reporter_word(&t.lower) {
            let own = |n: usize| {
                k.checked_sub(n)
                    .is_some_and(|m| matches!(toks[m].lower.as_str(), "notre" | "nos" | "our"))
            };
            return own(1) || own(2);
        }
        let filler = t.text == ","
            || t.text == "'"
            || t.text == "’"
            || t.cap()
            || matches!(
                t.lower.as_str(),
                "à" | "au"
                    | "aux"
                    | "en"
                    | "de"
                    | "du"
                    | "des"
                    | "d"
                    | "l"
                    | "le"
                    | "la"
                    | "in"
                    | "at"
                    | "for"
                    | "of"
                    | "the"
                    | "spécial"
                    | "spéciale"
                    | "special"
                    | "permanent"
                    | "permanente"
            );
        if !filler {
            return false;
        }
    }
    false
}

/// Whether the token at `a` follows a place preposition ("à Niamey", "in
/// Kyiv"); "according to Microsoft" is no place.
pub(crate) fn after_place_preposition(toks: &[Tok], a: usize, lx: &Lexicon) -> bool {
    a > 0
        && lx.is_place_preposition(&toks[a - 1].lower)
        && !(a > 1 && toks[a - 2].lower == "according")
}

/// Whether the token at `a` follows a French definite article, plain or
/// contracted: `le`, `la`, `les`, `l'`, `du`, `des`, `au`, `aux`.
pub(crate) fn after_definite_article(toks: &[Tok], a: usize) -> bool {
    let before = |n: usize| a.checked_sub(n).map(|k| toks[k].lower.as_str());
    match before(1) {
        Some("le" | "la" | "les" | "du" | "des" | "au" | "aux") => true,
        Some("'" | "’") => before(2) == Some("l"),
        _ => false,
    }
}

pub(crate) fn is_acronym(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// Adds type evidence from one mention: [PER, LOC, ORG].
/// Adds the type evidence of the mention at `a..b` to `votes`; returns 1
/// when the mention counted for a person by its shape alone.
pub(crate) fn vote(votes: &mut [i32; 3], toks: &[Tok], a: usize, b: usize, lx: &Lexicon) -> i32 {
    let first = &toks[a];
    let folded = names::fold(&first.lower);
    if lx.place(&folded).is_some() && b == a + 1 {
        votes[1] += 3;
    }
    // "Northern Ireland", "South Sudan", "Haute-Savoie": a direction before
    // a known place or a geographic head ("Atlas Mountains", "Gulf of
    // Aden" are caught by the place heads).
    let last = names::fold(&toks[b - 1].lower);
    let direction = matches!(
        first.lower.as_str(),
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "north"
            | "south"
            | "east"
            | "west"
            | "upper"
            | "lower"
            | "central"
            | "nord"
            | "sud"
            | "est"
            | "ouest"
            | "haute"
            | "basse"
    );
    if b >= a + 2 && direction && (lx.place(&last).is_some() || gazetteer(&last).is_some()) {
        votes[1] += 4;
    }
    // "Middle East", "Far East", "Proche-Orient" is one word: a region
    // named by its point of the compass.
    if b >= a + 2 && matches!(last.as_str(), "east" | "west" | "orient" | "occident") {
        votes[1] += 4;
    }
    // "Notre-Dame de Paris", "Hôtel de Ville de Paris", "Bank of
    // England": a thing named after a known place is no person.
    if b >= a + 3
        && matches!(toks[b - 2].lower.as_str(), "de" | "du" | "of")
        && (lx.place(&last).is_some() || gazetteer(&last).is_some())
    {
        votes[1] += 2;
    }
    // An acronym opens organisations' names ("IDG News Service", "KPMG
    // LLP"), but a name in capitals whose every word is long is a name
    // shouted, as headlines and bylines write them ("GORDON BROWN", "TONY
    // EASTLEY"), not one of acronyms.
    let shouted_name = b >= a + 2
        && (a..b).all(|k| {
            !toks[k].word
                || is_acronym(&toks[k].text)
                    && toks[k].text.chars().filter(|c| c.is_alphabetic()).count() >= 4
        });
    if is_acronym(&first.text) && !shouted_name {
        votes[2] += 2;
    }
    // "SANTA ROSA, Calif.", "Troy, Mich.": a US state's abbreviation after
    // a city and a comma (its full stop after it).
    if lx.lang == Lang::En
        && b == a + 1
        && a >= 2
        && toks[a - 1].text == ","
        && toks[a - 2].cap()
        && toks.get(b).is_some_and(|t| t.text == ".")
        && gazette_lang::wire::is_state_abbreviation(&first.text)
    {
        votes[1] += 4;
    }
    // "EAST RUTHERFORD, N.J. (Sports Network) -", "OWINGS MILLS, Md.
    // (AP) --", "KAMMENA VOURLA, Greece (AP) -": a name in capitals that
    // opens its sentence, then a comma, a state or a country, and the
    // credit or the dash of a dateline, is the dateline's place.
    if opens_dateline(toks, a, b, lx) {
        votes[1] += 4;
    }
    if organisation_context(toks, a, b) {
        votes[2] += 3;
    }
    if let Some(kind) = class_named_beside(toks, a, b, lx) {
        votes[kind] += 3;
    }
    // An agency named by a word of its own ("AFP") or whole, however it
    // is cased ("Ria Novosti", "Agence France-Presse").
    let whole = || {
        let words: Vec<&str> = (a..b).map(|k| toks[k].text.as_str()).collect();
        words.join(" ")
    };
    if (a..b).any(|k| gazette_lang::wire::is_agency_word(&toks[k].text))
        || (b >= a + 2 && gazette_lang::wire::agency(&whole()).is_some())
    {
        votes[2] += 4;
    }
    if b >= a + 2 {
        // "Eiffel Tower", "River Seine", "Tour Eiffel", "Place de la
        // Concorde": a building or a feature of the land, named by its
        // head noun (last in English, first in French).
        // French text names English places too ("Buckingham Palace"),
        // though no one whose first name it is.
        // Venues named by a word that is a surname too ("Turner Field",
        // "Jacobs Field"; "Sally Field" opens on a first name) count
        // likewise.
        let head = if lx.lang == Lang::Fr { a } else { b - 1 };
        let no_first_name = !crate::vocabulary::is_given_name(&toks[a].lower);
        if is_feature_head(&toks[head].lower)
            || is_feature_head(&toks[a].lower) && lx.lang != Lang::Fr
            || (is_feature_head(&toks[b - 1].lower) || is_venue_surname(&toks[b - 1].lower))
                && no_first_name
        {
            votes[1] += 3;
        }
        // "St. Louis", "Sainte-Foy", "Mt. Everest": a place named after
        // its saint or its mountain.
        if names::is_saint(&toks[a].lower) || matches!(toks[a].lower.as_str(), "mt" | "ft") {
            votes[1] += 3;
        }
        // "Brazos County", "Idlib Province".
        if lx.lang != Lang::Fr && lx.is_place_head(&toks[b - 1].lower) {
            votes[1] += 3;
        }
        // "Lebanese Red Cross", "French Guiana": no one's name starts
        // with a demonym.
        if names::is_demonym(&toks[a].lower) {
            votes[2] += 2;
        }
        // "Toronto Raptors", "Chicago Cubs", "New York Knicks", "Virginia
        // Tech Hokies": a team named after its city or state and a plural
        // ("Charlotte Gainsbourg", "Paris Hilton" are people).
        let city = match b - a {
            2 => gazetteer(&folded).is_some(),
            3 => {
                gazetteer(&folded).is_some()
                    || gazetteer(&format!("{folded} {}", names::fold(&toks[a + 1].lower))).is_some()
            }
            _ => false,
        };
        if city
            && gazetteer(&last).is_none()
            && last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
        {
            votes[2] += 2;
        }
        // "House of Commons", "Bank of England": English names of
        // institutions take "of"; people's names do not.
        if lx.lang == Lang::En && (a + 1..b - 1).any(|k| toks[k].lower == "of") {
            votes[2] += 2;
        }
    }
    if (a..b).any(|k| lx.is_org_head(&toks[k].lower)) {
        votes[2] += 3;
    }
    if a > 0 && lx.is_honorific(&toks[a - 1].lower)
        || a > 1 && toks[a - 1].text == "." && lx.is_honorific(&toks[a - 2].lower)
    {
        votes[0] += 3;
    }
    if after_place_preposition(toks, a, lx) {
        votes[1] += 1;
    }
    // "la région d'Idlib", "the province of Aleppo".
    // With a word between ("la commune de Montirat (Aude)"), not a
    // person's full name, which no region is called ("la porte-parole du
    // département d'Etat Jennifer Psaki"); right after "de", any name
    // ("la ville d'Al Kassir").
    let person_shaped = b >= a + 2
        && crate::vocabulary::is_given_name(&first.lower)
        && gazetteer(&folded).is_none();
    let of = (1..=3).find(|&n| {
        a >= n
            && matches!(toks[a - n].lower.as_str(), "de" | "d" | "of" | "du")
            && (!person_shaped
                || (a - n + 1..a)
                    .all(|m| matches!(toks[m].lower.as_str(), "la" | "l" | "the" | "'" | "’")))
    });
    if of.is_some_and(|n| a > n && lx.is_place_head(&toks[a - n - 1].lower)) {
        votes[1] += 3;
    }
    // A role names the person after it; an acronym after it is the
    // person's party ("la députée UDI", "le maire PS de Lyon").
    if crate::spans::is_party_label(toks, a, lx)
        && (b == a + 1 || crate::spans::is_branch(toks, a, lx))
    {
        votes[2] += 3;
    } else if a > 0 && lx.is_role(&toks[a - 1].lower) {
        votes[0] += 2;
    }
    // "le maire de Bordeaux estime", "the mayor of Boston said": what an
    // office is held over is no person, whatever verb follows; a town
    // for a mayor. "L'avocat de Dupont", "the spokesman for Putin" name
    // a person: only offices over a place or a body count. Still, a
    // person's name there is whose office it is ("l'ancienne ministre de
    // François Hollande", "le Premier ministre de Hosni Moubarak"), or a
    // holder's name run on after the place ("le maire de Nanterre Patrick
    // Jarry"); only a mayor's or a governor's place has several words
    // ("the mayor of New York").
    if let Some(office) = office_over(toks, a) {
        let territorial = TERRITORIAL_OFFICES.contains(&office);
        let personal = (a..b).any(|k| crate::vocabulary::is_given_name(&toks[k].lower))
            || (b > a + 1 && !territorial);
        if !personal {
            votes[0] -= 3;
            if territorial {
                votes[1] += 2;
            }
        }
    }
    // No one's name ends with a demonym either: "Embattled Russian" (oil
    // giant) is an adjective run.
    // Nor is it shaped like a thing's ("Missing Links", "Adobe Systems";
    // see `vocabulary::thing_shaped`).
    let shaped = b - a >= 2
        && !(a..b).any(|k| lx.is_org_head(&toks[k].lower))
        && !names::is_demonym(&toks[b - 1].lower)
        && !crate::vocabulary::thing_shaped(&first.lower, &toks[b - 1].lower);
    if shaped {
        votes[0] += 1;
    }
    // A lone word that speaks is a company, a paper or a country as often
    // as a person ("Nissan said", "Lufthansa a indiqué", "Bild
    // rapporte"): it counts for a person when the word is someone's first
    // name or a common surname ("Mehdi a raconté", "Williams said").
    let lone = b == a + 1
        && !crate::vocabulary::is_given_name(&first.lower)
        && !crate::vocabulary::is_common_surname(&first.lower);
    if speaks_after(toks, b, lx) && !lone {
        votes[0] += 1;
    }
    if witness(toks, a, b, lx) {
        votes[0] += 3;
    }
    i32::from(shaped)
}

/// Whether a verb of speech follows at `b`, in a simple tense ("said",
/// "déclare") or after its auxiliary and an adverb ("a déclaré", "has
/// also said", "a notamment indiqué"): French news reports in the
/// compound past.
fn speaks_after(toks: &[Tok], b: usize, lx: &Lexicon) -> bool {
    let lower = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if lx.is_speech_verb(lower(b)) {
        return true;
    }
    let auxiliary = matches!(
        lower(b),
        "a" | "avait" | "aura" | "aurait" | "has" | "had" | "have"
    );
    let adverb = |w: &str| {
        w.ends_with("ment")
            || w.ends_with("ly")
            || matches!(w, "also" | "aussi" | "encore" | "déjà" | "already")
    };
    auxiliary
        && (lx.is_speech_verb(lower(b + 1))
            || adverb(lower(b + 1)) && lx.is_speech_verb(lower(b + 2)))
}

/// Offices held over a place or a body, in their singular forms: the name
/// after "de" or "of" is what the office holds ("le président de
/// Renault", "the governor of Texas"), not who.
const OFFICES: &[&str] = &[
    "maire",
    "préfet",
    "préfète",
    "gouverneur",
    "gouverneure",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "président",
    "présidente",
    "pdg",
    "directeur",
    "directrice",
    "patron",
    "patronne",
    "dirigeant",
    "dirigeante",
    "ministre",
    "mayor",
    "governor",
    "senator",
    "president",
    "chairman",
    "chairwoman",
    "ceo",
    "director",
    "minister",
    "head",
    "chief",
];

/// The [`OFFICES`] whose holder's "de" or "of" names a place.
const TERRITORIAL_OFFICES: &[&str] = &[
    "maire",
    "préfet",
    "préfète",
    "gouverneur",
    "gouverneure",
    "mayor",
    "governor",
];

/// The office before the name at `a` when the name is what the office
/// is held over ("maire de Bordeaux", "ministre de l'Intérieur", "mayor
/// of Boston", "head of the IMF").
fn office_over(toks: &[Tok], a: usize) -> Option<&'static str> {
    let article = |w: &str| matches!(w, "la" | "l" | "the" | "'" | "’");
    let n = (1..=3).find(|&n| {
        a > n
            && matches!(toks[a - n].lower.as_str(), "de" | "d" | "du" | "of")
            && (a - n + 1..a).all(|m| article(&toks[m].lower))
    })?;
    let before = toks[a - n - 1].lower.as_str();
    OFFICES.iter().copied().find(|&o| o == before)
}

/// What witnesses are introduced as, besides the roles of officials:
/// trades, and what a passer-by is to the story.
const WITNESS_OCCUPATIONS: &[&str] = &[
    "conducteur",
    "conductrice",
    "chauffeur",
    "boulanger",
    "boulangère",
    "étudiant",
    "étudiante",
    "lycéen",
    "lycéenne",
    "infirmier",
    "infirmière",
    "médecin",
    "enseignant",
    "enseignante",
    "professeur",
    "professeure",
    "retraité",
    "retraitée",
    "agriculteur",
    "agricultrice",
    "commerçant",
    "commerçante",
    "habitant",
    "habitante",
    "voisin",
    "voisine",
    "mère",
    "père",
    "employé",
    "employée",
    "ouvrier",
    "ouvrière",
    "salarié",
    "salariée",
    "serveur",
    "serveuse",
    "caissier",
    "caissière",
    "artisan",
    "pompier",
    "policier",
    "policière",
    "gendarme",
    "militant",
    "militante",
    "manifestant",
    "manifestante",
    "témoin",
    "student",
    "nurse",
    "teacher",
    "driver",
    "resident",
    "mother",
    "father",
    "farmer",
    "worker",
    "neighbour",
    "neighbor",
    "doctor",
    "retiree",
    "engineer",
    "shopkeeper",
    "volunteer",
    "protester",
    "witness",
];

/// Whether the name at `a..b` is one word, a first name as news names
/// witnesses and passers-by, then a comma and an age or an occupation
/// ("Zach, 22 ans", "Pauline, médecin hospitalier", "Laila, une
/// manifestante", "Nichols, 37, told the court"); not a place ("À Nantes,
/// un policier", "In Heraklion, 10,000 people"), a common word, a model's
/// number ("Boeing 777") or an official's title ("Liverpool manager", whose
/// name follows).
fn witness(toks: &[Tok], a: usize, b: usize, lx: &Lexicon) -> bool {
    let word = &toks[a];
    let sentence = word.sentence;
    let at = |k: usize| toks.get(k).filter(|t| t.sentence == sentence);
    // Most names are not one word before a comma: the lookups come after.
    if b != a + 1 || at(b).is_none_or(|t| t.text != ",") {
        return false;
    }
    let lower = &word.lower;
    let folded = names::fold(lower);
    let title_case = word
        .text
        .chars()
        .skip(1)
        .all(|c| !c.is_uppercase() || c == '-');
    if !title_case
        || after_place_preposition(toks, a, lx)
        || lx.place(&folded).is_some()
        || gazetteer(&folded).is_some()
        || crate::vocabulary::is_common_word(lower)
    {
        return false;
    }
    let k = b + 1;
    let number = at(k).is_some_and(|t| {
        (1..=3).contains(&t.text.len()) && t.text.bytes().all(|c| c.is_ascii_digit())
    });
    // "22 ans", "37," (English puts the age between commas), "5 years".
    let age = number
        && at(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "ans" | "an" | "," | "years" | "mois"))
        // Not "10, 000 people".
        && !at(k + 2).is_some_and(|t| t.text.bytes().all(|c| c.is_ascii_digit()));
    let occupation =
        |x: usize| at(x).is_some_and(|t| WITNESS_OCCUPATIONS.contains(&t.lower.as_str()));
    let article = at(k).is_some_and(|t| matches!(t.lower.as_str(), "un" | "une" | "a" | "an"));
    age || occupation(k) || (article && occupation(k + 1))
}

/// Whether the name `a..b` is the place of a dateline (see [`vote`]).
fn opens_dateline(toks: &[Tok], a: usize, b: usize, lx: &Lexicon) -> bool {
    if !crate::tokens::opens_sentence(toks, a)
        || !(a..b).all(|k| !toks[k].word || is_acronym(&toks[k].text))
        || toks.get(b).is_none_or(|t| t.text != ",")
    {
        return false;
    }
    let text = |k: usize| toks.get(k).map_or("", |t| t.text.as_str());
    let single_cap =
        |k: usize| text(k).chars().count() == 1 && text(k).starts_with(char::is_uppercase);
    // The state or country after the comma, and where it ends: "Md.",
    // "N.J.", "NJ", "Greece".
    let k = b + 1;
    let end = if single_cap(k) && text(k + 1) == "." && single_cap(k + 2) {
        k + 3
    } else if gazette_lang::wire::is_state_abbreviation(text(k))
        || (text(k).chars().count() == 2 && is_acronym(text(k)))
        || toks
            .get(k)
            .is_some_and(|t| t.cap() && lx.place(&names::fold(&t.lower)).is_some())
    {
        k + 1
    } else {
        return false;
    };
    let credit_or_dash = |k: usize| matches!(text(k), "(" | "-" | "–" | "—" | "--");
    credit_or_dash(end) || (text(end) == "." && credit_or_dash(end + 1))
}
