//! Word lists for mentions, types, quotes and contests, per language.

use gazette_lang::Lang;

/// How strongly the GeoNames gazetteer ([`gazette_terms::places`]) says
/// that a folded name is a place: a country more than a city, whose name is
/// more often also a surname. French writes "ou" for the "u" of Arabic and
/// Slavic names that GeoNames spells the English way: "Abou Dhabi" is Abu
/// Dhabi, "Oulan-Bator" Ulan Bator.
pub fn gazetteer(folded: &str) -> Option<i32> {
    use gazette_terms::places::lookup;
    lookup(folded)
        .or_else(|| {
            folded
                .contains("ou")
                .then(|| lookup(&folded.replace("ou", "u")))
                .flatten()
        })
        .map(|p| p.weight)
}

/// Subject pronouns a French verb takes after it when it follows a quote
/// ("dit-il", "a-t-elle", "ajoutent-ils"), longest first.
pub(crate) const INVERTED_PRONOUNS: &[&str] = &[
    "-t-elles", "-t-ils", "-t-elle", "-t-il", "-elles", "-ils", "-elle", "-il",
];

/// English nouns for a country's people that the demonym table (adjectives,
/// `gazette_terms::names`) does not hold: "Frenchman Arsene Wenger".
pub(crate) const NATIONAL_NOUNS: &[&str] = &[
    "frenchman",
    "frenchwoman",
    "englishman",
    "englishwoman",
    "irishman",
    "irishwoman",
    "scotsman",
    "scotswoman",
    "welshman",
    "welshwoman",
    "dutchman",
    "dutchwoman",
    "briton",
    "spaniard",
    "swede",
    "dane",
    "finn",
    "pole",
    "turk",
    "kurd",
    "brazilian",
];

/// What firms call themselves, in English whatever the language of the
/// text ("Adobe Systems", "Roush Racing", "Diageo Plc", "Volvo Cars" in a
/// French article too): organisation heads in every language.
const CORPORATE: &[&str] = &[
    "inc",
    "corp",
    "ltd",
    "gmbh",
    "systems",
    "technologies",
    "software",
    "networks",
    "communications",
    "electronics",
    "industries",
    "motors",
    "cars",
    "racing",
    "entertainment",
    "studios",
    "records",
    "pictures",
    "partners",
    "pharmaceuticals",
    "laboratories",
    "labs",
    "foods",
    "brands",
    "stores",
    "hotels",
    "resorts",
    "insurance",
    "securities",
    "bancorp",
    "auctions",
    "plc",
    "llc",
    "patrol",
];

/// Countries, regions and capitals in French and English (folded), for the
/// place type. Spelling variants beyond these meet through name keys.
const PLACES: &[&str] = &[
    "afghanistan",
    "afrique",
    "africa",
    "albanie",
    "albania",
    "algerie",
    "algeria",
    "allemagne",
    "germany",
    "angleterre",
    "england",
    "arabie",
    "argentine",
    "argentina",
    "armenie",
    "armenia",
    "asie",
    "asia",
    "australie",
    "australia",
    "autriche",
    "austria",
    "azerbaidjan",
    "azerbaijan",
    "bahrein",
    "bahrain",
    "belgique",
    "belgium",
    "bielorussie",
    "belarus",
    "bolivie",
    "bolivia",
    "bresil",
    "brazil",
    "bulgarie",
    "bulgaria",
    "cameroun",
    "cameroon",
    "canada",
    "chili",
    "chile",
    "chine",
    "china",
    "chypre",
    "cyprus",
    "colombie",
    "colombia",
    "coree",
    "korea",
    "crimee",
    "crimea",
    "croatie",
    "croatia",
    "cuba",
    "danemark",
    "denmark",
    "egypte",
    "egypt",
    "espagne",
    "spain",
    "estonie",
    "estonia",
    "ethiopie",
    "ethiopia",
    "europe",
    "finlande",
    "finland",
    "france",
    "gaza",
    "georgie",
    "georgia",
    "grece",
    "greece",
    "hongrie",
    "hungary",
    "inde",
    "india",
    "indonesie",
    "indonesia",
    "irak",
    "iraq",
    "iran",
    "irlande",
    "ireland",
    "islande",
    "iceland",
    "israel",
    "italie",
    "italy",
    "japon",
    "japan",
    "jordanie",
    "jordan",
    "kazakhstan",
    "kenya",
    "kosovo",
    "koweit",
    "kuwait",
    "liban",
    "lebanon",
    "libye",
    "libya",
    "lituanie",
    "lithuania",
    "luxembourg",
    "mali",
    "maroc",
    "morocco",
    "mexique",
    "mexico",
    "moldavie",
    "moldova",
    "nigeria",
    "niger",
    "norvege",
    "norway",
    "ouganda",
    "uganda",
    "ukraine",
    "pakistan",
    "palestine",
    "pays-bas",
    "netherlands",
    "perou",
    "peru",
    "pologne",
    "poland",
    "portugal",
    "qatar",
    "roumanie",
    "romania",
    "royaume-uni",
    "uk",
    "russie",
    "russia",
    "serbie",
    "serbia",
    "somalie",
    "somalia",
    "soudan",
    "sudan",
    "suede",
    "sweden",
    "suisse",
    "switzerland",
    "syrie",
    "syria",
    "tchad",
    "chad",
    "tunisie",
    "tunisia",
    "turquie",
    "turkey",
    "venezuela",
    "vietnam",
    "yemen",
    "etats-unis",
    "usa",
    "us",
    "amerique",
    "america",
    "alep",
    "aleppo",
    "moscou",
    "moscow",
    "ankara",
    "istanbul",
    "damas",
    "damascus",
    "paris",
    "londres",
    "london",
    "berlin",
    "bruxelles",
    "brussels",
    "washington",
    "pekin",
    "beijing",
    "tokyo",
    "rome",
    "madrid",
    "kiev",
    "kyiv",
    "teheran",
    "tehran",
    "bagdad",
    "baghdad",
    "beyrouth",
    "beirut",
    "caire",
    "cairo",
    "sanaa",
    "aden",
    "kaboul",
    "kabul",
    "jerusalem",
    "geneve",
    "geneva",
    "vienne",
    "vienna",
    "lyon",
    "marseille",
    "new",
    "york",
    "tripoli",
    "tunis",
    "alger",
    "algiers",
    "rabat",
    "dakar",
    "varsovie",
    "warsaw",
    "athenes",
    "athens",
    "lisbonne",
    "lisbon",
    "ottawa",
    "riyad",
    "riyadh",
    "doha",
    "dubai",
    "abou",
    "dhabi",
    "nord",
    "sud",
    "ouest",
    "est",
    "europe",
    "mediterranee",
    "mediterranean",
];

/// Common nouns that classify the name right after them as an
/// organisation, French and English ("le réseau social Twitter", "la
/// banque Morgan Stanley", "carmaker Tesla", "club Inter Miami").
const ORG_CLASSIFIERS: &[&str] = &[
    // French
    "société",
    "groupe",
    "entreprise",
    "banque",
    "constructeur",
    "plateforme",
    "application",
    "réseau",
    "club",
    "parti",
    "journal",
    "quotidien",
    "hebdomadaire",
    "chaîne",
    "compagnie",
    "géant",
    "start-up",
    "assureur",
    "équipementier",
    "opérateur",
    "enseigne",
    "marque",
    "fabricant",
    "laboratoire",
    "cabinet",
    "fonds",
    // "l'université George Washington", "le lycée Jean-Moulin": a school
    // or a foundation named after someone is not that person.
    "université",
    "lycée",
    "collège",
    "école",
    "institut",
    "fondation",
    "conservatoire",
    // "le mouvement Tamarod", "le collectif Nous Toutes".
    "mouvement",
    "collectif",
    "syndicat",
    "association",
    "ong",
    "coalition",
    "milice",
    // English
    "company",
    "firm",
    "group",
    "bank",
    "lender",
    "carmaker",
    "automaker",
    "retailer",
    "platform",
    "network",
    "app",
    "club",
    "team",
    "party",
    "newspaper",
    "broadcaster",
    "airline",
    "carrier",
    "insurer",
    "manufacturer",
    "maker",
    "giant",
    "startup",
    "conglomerate",
    "chain",
    "brand",
    "label",
    "studio",
    "operator",
    "movement",
    "coalition",
    "militia",
    "charity",
];

/// Adjectives between such a noun and the name ("le réseau social X",
/// "social media platform X" is caught by "platform").
const CLASSIFIER_ADJECTIVES: &[&str] = &[
    "social",
    "sociale",
    "pharmaceutique",
    "automobile",
    // "le quotidien indépendant Al-Masry al-Youm", "le journal
    // gouvernemental al-Ahram", "the state-run daily".
    "indépendant",
    "indépendante",
    "gouvernemental",
    "gouvernementale",
    "officiel",
    "officielle",
    "satirique",
    "économique",
    "régional",
    "régionale",
    "privé",
    "privée",
    "public",
    "publique",
    "independent",
    "state-run",
    "official",
];

/// What an organisation has and a person has not, before "de X" ("les
/// actionnaires de Tesla", "le rachat de Twitter") or after "X's" ("Twitter's
/// board", "Tesla's shares").
const ORG_BELONGINGS: &[&str] = &[
    // French
    "actionnaires",
    "patron",
    "pdg",
    "fondateur",
    "propriétaire",
    "siège",
    "rachat",
    "bénéfice",
    "bénéfices",
    "abonnés",
    "utilisateurs",
    "clients",
    "filiale",
    "capitalisation",
    // "la rédaction de Charlie Hebdo", "les locaux de Libération".
    "rédaction",
    "locaux",
    // English
    "board",
    "shares",
    "stock",
    "ceo",
    "headquarters",
    "shareholders",
    "investors",
    "platform",
    "users",
    "founder",
    "owner",
    "chairman",
    "chairwoman",
    "profit",
    "profits",
    "revenue",
    "earnings",
    "sales",
    "customers",
    "subscribers",
    "subsidiary",
    "newsroom",
    "offices",
];

/// Whether `w` (lowercase) classifies the name after it as an organisation.
pub fn is_org_classifier(w: &str) -> bool {
    ORG_CLASSIFIERS.contains(&w)
}

/// Whether `w` (lowercase) is an adjective that may stand between such a
/// classifier and the name.
pub fn is_classifier_adjective(w: &str) -> bool {
    CLASSIFIER_ADJECTIVES.contains(&w) || gazette_terms::names::is_demonym(w)
}

/// Whether `w` (lowercase) is something organisations have and people not.
pub fn is_org_belonging(w: &str) -> bool {
    ORG_BELONGINGS.contains(&w) || is_org_staff(w)
}

/// People who work at an organisation, not for a person: "les salariés de
/// Renault", "experts at Microsoft", "analysts at Goldman Sachs".
pub fn is_org_staff(w: &str) -> bool {
    matches!(
        w,
        "salariés"
            | "employés"
            | "ingénieurs"
            | "analystes"
            | "dirigeants"
            | "experts"
            | "analysts"
            | "engineers"
            | "executives"
            | "employees"
            | "researchers"
            | "economists"
            | "scientists"
            | "strategists"
    )
}

/// What a newsroom is named after in French: "invité de France Inter",
/// "dans les colonnes du Parisien", "un entretien accordé à Paris Match",
/// "selon les informations de BFMTV" (not "au micro de", which a
/// presenter's name follows as often; "invité de Yann Barthès" is a
/// person's show, see `typing`). The two words before the name, the second
/// a preposition.
pub fn names_a_newsroom(before2: &str, before1: &str) -> bool {
    match before1 {
        "de" | "du" | "d" => matches!(
            before2,
            "invité" | "invitée" | "antenne" | "colonnes" | "informations" | "confrères"
        ),
        // Not "confié à", "accordé à": a person is as often told.
        "à" | "au" => matches!(before2, "entretien" | "interview"),
        _ => false,
    }
}

/// Whether `w` (lowercase) names the trade of one who reports the news.
pub fn is_reporter_word(w: &str) -> bool {
    matches!(
        w,
        "correspondant"
            | "correspondante"
            | "correspondent"
            | "envoyé"
            | "envoyée"
            | "journaliste"
            | "journalist"
            | "reporter"
            | "chroniqueur"
            | "chroniqueuse"
            | "éditorialiste"
            | "columnist"
            | "photographe"
            | "photographer"
    )
}

/// Per-language lists.
pub struct Lexicon {
    pub lang: Lang,
    function: &'static [&'static str],
    particles: &'static [&'static str],
    roles: &'static [&'static str],
    honorifics: &'static [&'static str],
    org_heads: &'static [&'static str],
    place_preps: &'static [&'static str],
    speech: &'static [&'static str],
    auxiliaries: &'static [&'static str],
    articles: &'static [&'static str],
    contest: &'static [&'static str],
    generic: &'static [&'static str],
    /// "selon".
    pub according: &'static str,
}

/// French adjectives that end an institution's name written in lowercase
/// after its capitalised head (`Conseil constitutionnel`, `Rassemblement
/// national`, `Banque centrale`), besides demonyms (`Union européenne`).
const INSTITUTIONAL: &[&str] = &[
    "national",
    "nationale",
    "nationaux",
    "constitutionnel",
    "constitutionnelle",
    "socialiste",
    "communiste",
    "central",
    "centrale",
    "suprême",
    "fédéral",
    "fédérale",
    "international",
    "internationale",
    "islamique",
    "général",
    "générale",
    "populaire",
    "républicain",
    "républicaine",
    "social",
    "sociale",
    "mondial",
    "mondiale",
    "militaire",
    "démocrate",
    "écologiste",
    "monétaire",
    "économique",
    "atomique",
    "spatial",
    "spatiale",
    "olympique",
];

/// Plural adjectives that French names of groups and bodies take after
/// their capitalised head ("Frères musulmans", "Casques bleus", "Nations
/// unies", "Forces armées", "Émirats arabes unis").
const GROUP_NAME_ADJECTIVES: &[&str] = &[
    "musulmans",
    "musulmanes",
    "islamiques",
    "arabes",
    "unis",
    "unies",
    "blancs",
    "blanches",
    "bleus",
    "bleues",
    "jaunes",
    "rouges",
    "verts",
    "vertes",
    "noirs",
    "noires",
    "démocratiques",
    "révolutionnaires",
    "populaires",
    "nationaux",
    "nationales",
    "internationaux",
    "internationales",
    "armées",
    "spéciales",
    "spéciaux",
    "libres",
    "olympiques",
    "paralympiques",
    "palestiniens",
    "occupés",
];

/// What a party contests when two sources disagree: a claim, a version, a
/// responsibility ("rejette toute responsabilité", "denied the
/// allegations"), as opposed to a bill or a request that an institution
/// rejects.
const CLAIMS: &[&str] = &[
    "responsabilité",
    "responsabilités",
    "accusation",
    "accusations",
    "allégation",
    "allégations",
    "version",
    "versions",
    "information",
    "informations",
    "affirmation",
    "affirmations",
    "propos",
    "chiffres",
    "bilan",
    "implication",
    "thèse",
    "responsibility",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "report",
    "reports",
    "account",
    "figures",
    "involvement",
    "charges",
    "assertion",
    "assertions",
    "toll",
    "remarks",
    "statement",
    "statements",
    "déclaration",
    "déclarations",
];

/// What is denied when a request is turned down, not a claim ("denied
/// bail", "refused entry").
const REQUESTS: &[&str] = &[
    "bail",
    "entry",
    "access",
    "permission",
    "request",
    "visa",
    "asylum",
    "parole",
    "appeal",
];

/// Words that open a sentence with a capital and are never the first word
/// of a name there ("Instead Hugh Jackman will host", "Lors du sommet,
/// Vladimir Poutine"). Only checked at the start of a sentence: mid-sentence,
/// "Under Armour" and "Just Stop Oil" are names.
/// Heads that make a capitalised name a body ("Internal Revenue Service",
/// "Federal Reserve Board") but in lowercase name none: "the board of
/// Indian power utility Reliance", "the administration of George W. Bush".
const NAMED_HEADS_ONLY: &[&str] = &["service", "administration", "bureau", "board", "fed"];

const OPENERS: &[&str] = &[
    // Greetings and thanks open a line of speech, then a name: "Merci
    // Vincent", "Bonjour Paul", "Thanks Bill".
    "merci",
    "bonjour",
    "bonsoir",
    "salut",
    "bienvenue",
    "félicitations",
    "thanks",
    "hello",
    "welcome",
    "congratulations",
    "instead",
    "inside",
    "outside",
    "former",
    "despite",
    "although",
    "though",
    "during",
    "under",
    "over",
    "between",
    "among",
    "within",
    "across",
    "against",
    "through",
    "until",
    "unlike",
    "like",
    "once",
    "now",
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "even",
    "only",
    "just",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "several",
    "few",
    "other",
    "another",
    "such",
    "what",
    "which",
    "where",
    "why",
    "how",
    "perhaps",
    "thus",
    "indeed",
    "already",
    "again",
    "never",
    "always",
    "because",
    "whether",
    "unless",
    "about",
    "around",
    "into",
    "more",
    "less",
    "much",
    "very",
    "lors",
    "malgré",
    "durant",
    "dès",
    "ensuite",
    "désormais",
    "hier",
    "demain",
    "aujourd",
    "chaque",
    "plusieurs",
    "certains",
    "certaines",
    "aucun",
    "aucune",
    "autre",
    "autres",
    "parmi",
    "face",
    "afin",
    "voici",
    "ici",
];

/// Words that qualify a title rather than name anything ("Transport
/// Minister", "Deputy Prime Minister", "Acting Director"): dropped with the
/// title, while "Tesla" in "Tesla CEO Elon Musk" stays a name.
const TITLE_QUALIFIERS: &[&str] = &[
    "transport",
    "staff",
    "commerce",
    "labor",
    "labour",
    "homeland",
    "security",
    "veterans",
    "affairs",
    "foreign",
    "interior",
    "defence",
    "defense",
    "finance",
    "health",
    "education",
    "justice",
    "culture",
    "economy",
    "sports",
    "environment",
    "energy",
    "home",
    "trade",
    "agriculture",
    "housing",
    "industry",
    "treasury",
    "deputy",
    "vice",
    "former",
    "acting",
    "senior",
    "junior",
    "chief",
    "special",
    "assistant",
    "associate",
    "executive",
    // A company's chiefs: "Chief Operating Officer", "Chief Data Officer".
    "operating",
    "financial",
    "technology",
    "data",
    "marketing",
    "medical",
    "investment",
    "digital",
    "product",
    "commercial",
    "technical",
    "scientific",
    "strategy",
    "interim",
    "state",
    "then",
    "first",
    "lead",
    "co",
    "ancien",
    "ancienne",
    "ex",
    "intérieur",
    "défense",
    "armées",
    "économie",
    "finances",
    "santé",
    "travail",
    "éducation",
    "transports",
    "écologie",
    "étrangères",
    "information",
    "communication",
    "industrie",
    "logement",
    "budget",
    "numérique",
    "jeunesse",
    "recherche",
    "environnement",
    "énergie",
    // Without their accents, as capitals often are written.
    "numerique",
    "energie",
    "interieur",
    "armees",
    "economie",
    "sante",
    "education",
    "ecologie",
    "etrangeres",
];

impl Lexicon {
    pub fn of(lang: Lang) -> Lexicon {
        if lang == Lang::Fr {
            Lexicon {
                lang,
                function: &[
                    "le",
                    "la",
                    "les",
                    "l",
                    "un",
                    "une",
                    "des",
                    "du",
                    "de",
                    "d",
                    "ce",
                    "cet",
                    "cette",
                    "ces",
                    "il",
                    "elle",
                    "ils",
                    "elles",
                    "on",
                    "nous",
                    "vous",
                    "je",
                    "tu",
                    "mais",
                    "et",
                    "ou",
                    "donc",
                    "or",
                    "ni",
                    "car",
                    "si",
                    "selon",
                    "pour",
                    "par",
                    "dans",
                    "sur",
                    "avec",
                    "sans",
                    "sous",
                    "chez",
                    "vers",
                    "depuis",
                    "pendant",
                    "apres",
                    "après",
                    "avant",
                    "alors",
                    "ainsi",
                    "aussi",
                    "toujours",
                    "encore",
                    "cependant",
                    "pourtant",
                    "quand",
                    "lorsque",
                    "comme",
                    "tout",
                    "tous",
                    "toute",
                    "toutes",
                    "son",
                    "sa",
                    "ses",
                    "leur",
                    "leurs",
                    "mon",
                    "ma",
                    "mes",
                    "notre",
                    "nos",
                    "votre",
                    "vos",
                    "qui",
                    "que",
                    "quoi",
                    "dont",
                    "où",
                    "en",
                    "à",
                    "au",
                    "aux",
                    "y",
                    "a",
                    "est",
                    "sont",
                    "été",
                    "être",
                    "avoir",
                    "même",
                    "entre",
                    "contre",
                    "cette",
                    "au-delà",
                    "outre",
                    "enfin",
                    "puis",
                    "déjà",
                    "plus",
                    "moins",
                    "très",
                    "bien",
                    "oui",
                    "non",
                    "lire",
                ],
                particles: &[
                    "de", "du", "des", "d", "la", "le", "el", "al", "ben", "bin", "ibn", "abou",
                    "abu", "van", "von", "der", "di", "da",
                ],
                roles: &[
                    "président",
                    "présidents",
                    "presidente",
                    "présidente",
                    "ministre",
                    "ministres",
                    "porte-parole",
                    "secrétaire",
                    "chef",
                    "dirigeant",
                    "dirigeante",
                    "chancelier",
                    "chancelière",
                    "premier",
                    "roi",
                    "reine",
                    "général",
                    "ambassadeur",
                    "ambassadrice",
                    "directeur",
                    "directrice",
                    "gérant",
                    "gérante",
                    "patron",
                    "leader",
                    "émir",
                    "prince",
                    "pape",
                    "maire",
                    "sénateur",
                    "député",
                    "députée",
                    "commissaire",
                    "procureur",
                    "juge",
                    "correspondant",
                    "correspondante",
                    "homologue",
                    "envoyé",
                    "envoyée",
                    "représentant",
                    "représentante",
                    "pdg",
                    "négociateur",
                    "négociatrice",
                    "vice-président",
                    "vice-présidente",
                    "procureure",
                    "préfet",
                    "préfète",
                    "gouverneur",
                    "gouverneure",
                    "avocat",
                    "avocate",
                    "conseiller",
                    "conseillère",
                    "fondateur",
                    "fondatrice",
                    "entraîneur",
                    "entraîneuse",
                    "sélectionneur",
                    "sélectionneuse",
                ],
                honorifics: &[
                    "m", "mm", "mme", "mmes", "mlle", "mlles", "mgr", "dr", "me", "pr",
                ],
                org_heads: &[
                    "ministère",
                    "union",
                    "organisation",
                    "parti",
                    "conseil",
                    "assemblée",
                    "agence",
                    "banque",
                    "fonds",
                    "commission",
                    "cour",
                    "université",
                    "front",
                    "armée",
                    "kremlin",
                    "otan",
                    "onu",
                    "nations",
                    "comité",
                    "fédération",
                    "institut",
                    "association",
                    "gouvernement",
                    "présidence",
                    "parlement",
                    "sénat",
                    "alliance",
                    "défense",
                    "élysée",
                    "pentagone",
                    "hayat",
                    "tahrir",
                    "groupe",
                    "société",
                    "compagnie",
                    "rassemblement",
                    "sécurité",
                    "garde",
                    "église",
                    "fondation",
                    "ligue",
                    // "les Frères musulmans".
                    "frères",
                    // Media: "Radio France", "France Télévisions", "Sud Radio".
                    "radio",
                    "télévision",
                    "télévisions",
                    "tv",
                    "chaîne",
                    "presse",
                    "info",
                    "médias",
                ],
                place_preps: &["à", "en", "au", "aux", "vers", "près", "depuis"],
                speech: &[
                    "dit",
                    "déclare",
                    "déclaré",
                    "déclarent",
                    "affirme",
                    "affirmé",
                    "affirment",
                    "affirmait",
                    "indique",
                    "indiqué",
                    "indiquent",
                    "ajoute",
                    "ajouté",
                    "souligne",
                    "souligné",
                    "explique",
                    "expliqué",
                    "estime",
                    "estimé",
                    "estiment",
                    "assure",
                    "assuré",
                    "annonce",
                    "annoncé",
                    "précise",
                    "précisé",
                    "dénonce",
                    "dénoncé",
                    "prévient",
                    "prévenu",
                    "rappelle",
                    "rappelé",
                    "confie",
                    "confié",
                    "lance",
                    "lancé",
                    "insiste",
                    "insisté",
                    "répond",
                    "répondu",
                    "réagi",
                    "juge",
                    "jugé",
                    "avertit",
                    "averti",
                    "accuse",
                    "accusé",
                    "demande",
                    "demandé",
                    "exhorte",
                    "exhorté",
                    "reconnaît",
                    "reconnu",
                    "promet",
                    "promis",
                    "espère",
                    "espéré",
                    "espérait",
                    "savoir",
                    "émis",
                    "martèle",
                    "martelé",
                    "assène",
                    "rétorque",
                    "rétorqué",
                    "poursuit",
                    "poursuivi",
                    "conclut",
                    "conclu",
                    "écrit",
                    "raconte",
                    "raconté",
                    "admet",
                    "admis",
                    "prévenait",
                    "déplore",
                    "déploré",
                    "condamne",
                    "condamné",
                    "a-t-il",
                    "a-t-elle",
                    "ajouté-t-il",
                    "a-t-on",
                    "témoigne",
                    "témoigné",
                    "réjoui",
                    "réjouit",
                    "félicité",
                    "salue",
                    "salué",
                    "regrette",
                    "regretté",
                    "confirme",
                    "confirmé",
                    "observe",
                    "observé",
                    "note",
                    "noté",
                    "commente",
                    "commenté",
                    "ironise",
                    "ironisé",
                    "tranche",
                    "tranché",
                    "plaide",
                    "plaidé",
                    "détaille",
                    "détaillé",
                    "résume",
                    "résumé",
                    "répète",
                    "répété",
                    "glisse",
                    "glissé",
                    "lâche",
                    "lâché",
                    // Reflexive verbs of speech: "», se désole le Pr
                    // Jouve", "s'inquiète le ministre".
                    "désole",
                    "désolé",
                    "inquiète",
                    "inquiété",
                    "indigne",
                    "indigné",
                    "insurge",
                    "insurgé",
                    "étonne",
                    "étonné",
                    "interroge",
                    "félicite",
                    "emporte",
                    "agace",
                    "exclame",
                    "exclamé",
                    "alarme",
                    "alarmé",
                    "tweete",
                    "tweeté",
                    "twitte",
                    "twitté",
                ],
                auxiliaries: &[
                    "a",
                    "ont",
                    "avait",
                    "avaient",
                    // "s'est réjoui", "se sont félicités", "est-il ajouté".
                    "est",
                    "sont",
                    "était",
                    "étaient",
                    "aurait",
                    "ainsi",
                    "encore",
                    "également",
                    "aussi",
                    "alors",
                    "fait",
                    "t",
                    "-",
                    "pourtant",
                    "toutefois",
                    "enfin",
                    "d'ailleurs",
                ],
                articles: &["le", "la", "les", "l", "un", "une", "son", "sa"],
                contest: &[
                    "contestée",
                    "contesté",
                    "contestées",
                    "contestés",
                    "conteste",
                    "contestent",
                    "dément",
                    "démenti",
                    "démentent",
                    "réfute",
                    "réfuté",
                    "nie",
                    "nié",
                    "rejette",
                    "rejeté",
                    "rejettent",
                ],
                generic: &[
                    "état",
                    "états",
                    "alliés",
                    "européens",
                    "occidentaux",
                    "présidents",
                    "affaires",
                    "nations",
                    "etat",
                    "premier",
                    "première",
                    "gouvernement",
                    "république",
                    "ministre",
                    "ministres",
                ],
                according: "selon",
            }
        } else {
            Lexicon {
                lang,
                function: &[
                    "the",
                    "a",
                    "an",
                    "this",
                    "that",
                    "these",
                    "those",
                    "he",
                    "she",
                    "it",
                    "they",
                    "we",
                    "you",
                    "i",
                    "but",
                    "and",
                    "or",
                    "so",
                    "if",
                    "when",
                    "while",
                    "after",
                    "before",
                    "since",
                    "for",
                    "with",
                    "without",
                    "from",
                    "in",
                    "on",
                    "at",
                    "by",
                    "of",
                    "to",
                    "as",
                    "his",
                    "her",
                    "its",
                    "their",
                    "our",
                    "my",
                    "your",
                    "there",
                    "here",
                    "then",
                    "also",
                    "still",
                    "yet",
                    "however",
                    "meanwhile",
                    "according",
                    "last",
                    "next",
                    "no",
                    "not",
                ],
                particles: &[
                    "de", "du", "la", "el", "al", "bin", "ibn", "abu", "van", "von", "der", "di",
                    "da", "of",
                ],
                roles: &[
                    "president",
                    "minister",
                    "spokesman",
                    "spokeswoman",
                    "spokesperson",
                    "secretary",
                    "chief",
                    "leader",
                    "chancellor",
                    "prime",
                    "king",
                    "queen",
                    "general",
                    "ambassador",
                    "director",
                    "head",
                    "emir",
                    "prince",
                    "pope",
                    "mayor",
                    "senator",
                    "governor",
                    "commissioner",
                    "prosecutor",
                    "judge",
                    "correspondent",
                    "envoy",
                    "counterpart",
                    "representative",
                    "coach",
                    "manager",
                    "counsel",
                    "attorney",
                    "chairman",
                    "chairwoman",
                    "ceo",
                    "cto",
                    "cfo",
                    "coo",
                    "commander",
                    "captain",
                    "sheriff",
                    "officer",
                    "administrator",
                    "owner",
                    "founder",
                    "mp",
                    "lawmaker",
                    "legislator",
                    "congressman",
                    "congresswoman",
                    "clerk",
                    "undersheriff",
                    "inspector",
                    "detective",
                    "sergeant",
                    "lieutenant",
                    "superintendent",
                    "constable",
                    "trooper",
                    "treasurer",
                    "councilman",
                    "councilwoman",
                    "councillor",
                    "councilor",
                    "admiral",
                    "colonel",
                    // A sheriff's: "Deputy Ortiz said".
                    "deputy",
                ],
                honorifics: &[
                    "mr", "mrs", "ms", "messrs", "dr", "sir", "gen", "sen", "rep", "gov", "prof",
                    // Ranks of the forces and the police, abbreviated: "Lt.
                    // Col. Jane Roe", "Const. John Doe", "Vice Adm. Bill
                    // Gortney".
                    "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "cmdr", "det", "insp", "supt",
                    "const",
                ],
                org_heads: &[
                    "ministry",
                    "exchange",
                    "union",
                    "organization",
                    "organisation",
                    "party",
                    "council",
                    "assembly",
                    "agency",
                    "bank",
                    "fund",
                    "commission",
                    "court",
                    "university",
                    "front",
                    "army",
                    "kremlin",
                    "nato",
                    "nations",
                    "committee",
                    "federation",
                    "institute",
                    "association",
                    "government",
                    "presidency",
                    "parliament",
                    "senate",
                    "congress",
                    "alliance",
                    "department",
                    "pentagon",
                    "group",
                    "company",
                    "police",
                    "times",
                    "post",
                    "news",
                    "crescent",
                    "society",
                    "societies",
                    "survey",
                    "conference",
                    "center",
                    "centre",
                    "democrats",
                    "republicans",
                    "club",
                    "league",
                    "foundation",
                    "house",
                    "force",
                    "network",
                    "unit",
                    "authority",
                    "corporation",
                    "co",
                    // Media and firms: "Associated Press", "Wall Street
                    // Journal", "Fox News Channel", "Emirates Airlines".
                    "radio",
                    "tv",
                    "television",
                    "channel",
                    "broadcasting",
                    "press",
                    "media",
                    "journal",
                    "herald",
                    "tribune",
                    "gazette",
                    "magazine",
                    "airlines",
                    "airways",
                    "holdings",
                    // Schools and firms named after people: "Lee College",
                    // "Harvard Business School", "Warner Brothers", "Gordon
                    // Advisors". (A hospital is a place: see
                    // `typing::is_feature_head`.)
                    "college",
                    "school",
                    "academy",
                    "brothers",
                    "advisors",
                    // Public bodies: "National Marine Fisheries Service",
                    // "Federal Aviation Administration", "Cleveland Fed"
                    // (see `NAMED_HEADS_ONLY`).
                    "service",
                    "administration",
                    "bureau",
                    "board",
                    "fed",
                ],
                place_preps: &["in", "at", "near", "from", "to"],
                speech: &[
                    "said",
                    "says",
                    "say",
                    "told",
                    "tells",
                    "added",
                    "adds",
                    "stated",
                    "states",
                    "declared",
                    "noted",
                    "explained",
                    "warned",
                    "insisted",
                    "claimed",
                    "claims",
                    "argued",
                    "announced",
                    "denied",
                    "stressed",
                    "wrote",
                    "asked",
                    "urged",
                    "accused",
                    "admitted",
                    "tweeted",
                    "recalled",
                    "replied",
                    "responded",
                    "continued",
                    "conceded",
                    "acknowledged",
                    "remarked",
                    "testified",
                    "recounted",
                    "commented",
                    "cautioned",
                    "confirmed",
                    "lamented",
                    "saying",
                    "writing",
                    "adding",
                    "telling",
                    "warning",
                    "insisting",
                    "noting",
                    "describing",
                    // Not "reports" nor "concluded": "amid reports that",
                    // "traders concluded that" name no one.
                    "reported",
                    "observed",
                    "suggested",
                    "complained",
                    "predicted",
                    "emphasized",
                    "emphasised",
                    "vowed",
                    "promised",
                    "countered",
                    "quipped",
                    "joked",
                    "explains",
                    "notes",
                    "writes",
                ],
                auxiliaries: &["has", "have", "had", "also", "then", "later"],
                articles: &["the", "a", "an", "his", "her", "its"],
                contest: &[
                    "denied",
                    "denies",
                    "deny",
                    "disputed",
                    "disputes",
                    "rejected",
                    "rejects",
                    "refuted",
                    "contested",
                ],
                generic: &[
                    "allies",
                    "europeans",
                    "westerners",
                    "presidents",
                    "affairs",
                    "state",
                    "states",
                    "the",
                ],
                according: "according",
            }
        }
    }

    /// A lowercase word that ends an institution's name after its head, in
    /// French (`nationale`, `européenne`).
    pub fn is_institutional(&self, w: &str) -> bool {
        self.lang == Lang::Fr
            && (INSTITUTIONAL.contains(&w) || gazette_terms::names::lowercase_name_key(w).is_some())
    }

    /// A plural adjective of a group's name (see [`GROUP_NAME_ADJECTIVES`]).
    pub fn is_group_name_adjective(&self, w: &str) -> bool {
        self.lang == Lang::Fr && GROUP_NAME_ADJECTIVES.contains(&w)
    }

    /// A word that opens a sentence but never a name there (see [`OPENERS`]).
    pub fn is_opener(&self, w: &str) -> bool {
        OPENERS.contains(&w)
    }

    /// A word that qualifies a title (see [`TITLE_QUALIFIERS`]).
    pub fn is_title_qualifier(&self, w: &str) -> bool {
        TITLE_QUALIFIERS.contains(&w)
    }

    /// A day or a month in the article's language (`Monday`, `mars`), by
    /// the time tagger's own tables.
    pub fn is_calendar(&self, w: &str) -> bool {
        let folded = gazette_terms::names::fold(w);
        gazette_time::lexicon::weekday(&folded, self.lang).is_some()
            || gazette_time::lexicon::month(&folded, self.lang).is_some()
    }

    /// A day of the week in the article's language (`Sunday`, `jeudi`).
    pub fn is_weekday(&self, w: &str) -> bool {
        gazette_time::lexicon::weekday(&gazette_terms::names::fold(w), self.lang).is_some()
    }

    /// A month in the article's language (`October`, `mars`).
    pub fn is_month(&self, w: &str) -> bool {
        gazette_time::lexicon::month(&gazette_terms::names::fold(w), self.lang).is_some()
    }

    /// A noun for what is claimed (see [`CLAIMS`]).
    pub fn is_claim(&self, w: &str) -> bool {
        CLAIMS.contains(&w)
    }

    /// A request that can be denied (see [`REQUESTS`]).
    pub fn is_request(&self, w: &str) -> bool {
        REQUESTS.contains(&w)
    }

    /// A verb that by itself denies a claim (`démentir`, `deny`, `nier`,
    /// `réfuter`), unlike `rejeter` or `contester`, which also reject bills
    /// and requests.
    pub fn is_denial(&self, w: &str) -> bool {
        [
            "dém", "demen", "deni", "deny", "réfut", "refut", "nie", "nié",
        ]
        .iter()
        .any(|p| w.starts_with(p))
            && self.is_contest(w)
    }

    pub fn is_function(&self, w: &str) -> bool {
        self.function.contains(&w)
    }
    pub fn is_particle(&self, w: &str) -> bool {
        self.particles.contains(&w)
    }
    /// A role or title (`president`, `ministre`), also as a part of a
    /// hyphenated one (`secretary-general`, `vice-président`).
    pub fn is_role(&self, w: &str) -> bool {
        self.roles.contains(&w)
            || (w.contains('-') && w.split('-').any(|p| self.roles.contains(&p)))
    }
    pub fn is_honorific(&self, w: &str) -> bool {
        self.honorifics.contains(&w)
    }
    pub fn is_org_head(&self, w: &str) -> bool {
        self.org_heads.contains(&w) || CORPORATE.contains(&w)
    }
    /// A head that names a body in lowercase after an article ("the
    /// ministry of Defence", "le ministère russe de la Défense"): not one of
    /// [`NAMED_HEADS_ONLY`].
    pub fn heads_lowercase_body(&self, w: &str) -> bool {
        self.is_org_head(w) && !NAMED_HEADS_ONLY.contains(&w)
    }
    pub fn is_place_preposition(&self, w: &str) -> bool {
        self.place_preps.contains(&w)
    }
    /// A verb of saying; in French also inverted after a quote with its
    /// subject pronoun ("dit-il", "explique-t-elle", "ajoutent-ils"), but
    /// not "dit-on", which quotes no one.
    pub fn is_speech_verb(&self, w: &str) -> bool {
        self.speech.contains(&w)
            || (self.lang == Lang::Fr
                && (INVERTED_PRONOUNS
                    .iter()
                    .find_map(|p| w.strip_suffix(p))
                    .is_some_and(|verb| self.speech.contains(&verb))))
    }

    /// Whether `w` is a French verb of speech's past participle with the
    /// agreement it takes after a reflexive "être" ("s'est félicitée", "se
    /// sont réjouis"). Only there: "des infrastructures jugées", "des ONG
    /// accusées" are passives, not speech.
    pub fn is_agreed_speech_participle(&self, w: &str) -> bool {
        self.lang == Lang::Fr && agreed_participle(w).is_some_and(|p| self.speech.contains(&p))
    }
    pub fn is_auxiliary(&self, w: &str) -> bool {
        self.auxiliaries.contains(&w)
    }
    pub fn is_article(&self, w: &str) -> bool {
        self.articles.contains(&w)
    }
    /// Role nouns of a country's leader ("président", "homologue").
    pub fn is_leader(&self, w: &str) -> bool {
        matches!(
            w,
            "président"
                | "présidente"
                | "homologue"
                | "dirigeant"
                | "dirigeante"
                | "leader"
                | "chef"
                | "president"
                | "counterpart"
        )
    }

    /// Nouns that name a kind of place ("la région d'Idlib").
    pub fn is_place_head(&self, w: &str) -> bool {
        matches!(
            w,
            "région"
                | "province"
                | "ville"
                | "village"
                | "capitale"
                | "district"
                | "département"
                | "quartier"
                | "enclave"
                | "commune"
                | "gouvernorat"
                | "region"
                | "city"
                | "town"
                | "capital"
                | "county"
        )
    }

    /// Capitalised words that are not names ("les Alliés", "chefs d'État").
    pub fn is_generic(&self, w: &str) -> bool {
        self.generic.contains(&w)
    }
    pub fn is_contest(&self, w: &str) -> bool {
        self.contest.contains(&w)
    }
    /// Whether a folded word names a country, region or capital.
    pub fn place(&self, folded: &str) -> Option<&'static str> {
        PLACES.iter().copied().find(|p| *p == folded)
    }
}

/// A French past participle without the agreement it takes after "être"
/// ("s'est félicitée", "se sont réjouis", "s'est indignée" are
/// "félicité", "réjoui", "indigné"): the list holds the plain form.
fn agreed_participle(w: &str) -> Option<&str> {
    ["es", "e", "s"]
        .iter()
        .filter_map(|end| w.strip_suffix(end))
        .find(|stem| stem.ends_with('é') || stem.ends_with('i'))
}
