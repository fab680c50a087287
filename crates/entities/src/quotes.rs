//! Who said what, and where sources disagree: direct quotes and reported
//! speech with their speakers, and the claims a party contests. Works on
//! the tokens, spans and entities that `analyze` found.

use super::*;
use crate::vocabulary::{self, Sex};

/// The role phrase right before the name at `start..end` (`le président
/// turc Recep Tayyip Erdogan`, `le porte-parole du Kremlin, Dmitri Peskov,`),
/// lowercase words. With a comma between them, the name must be closed by
/// punctuation too (an apposition): in `avec son homologue turc, Vladimir
/// Poutine a insisté` the name starts a clause and is not the counterpart.
pub(crate) fn role_before(
    toks: &[Tok],
    start: usize,
    end: usize,
    lx: &Lexicon,
) -> Option<RoleBefore> {
    let mut k = start;
    // "l'avocat de la famille, Me Arié Alimi", "le maire, M. Dupont".
    if k >= 2 && toks[k - 1].text == "." && lx.is_honorific(&toks[k - 2].lower) {
        k -= 2;
    } else if k >= 1 && lx.is_honorific(&toks[k - 1].lower) && toks[k - 1].cap() {
        k -= 1;
    }
    if k > 0 && toks[k - 1].text == "," {
        let closed = toks.get(end).is_none_or(|t| !t.word);
        if !closed {
            return None;
        }
        k -= 1;
    }
    // Walk back over at most seven words to a role noun after an article,
    // never across another name.
    let mut from = None;
    for back in 1..=8 {
        let j = k.checked_sub(back)?;
        if !toks[j].word && toks[j].text != "'" {
            break;
        }
        if toks[j].cap()
            && !lx.is_role(&toks[j].lower)
            && !lx.is_article(&toks[j].lower)
            && !lx.is_org_head(&toks[j].lower)
            && lx.is_function(&toks[j].lower)
        {
            break;
        }
        if lx.is_role(&toks[j].lower) {
            from = Some(j);
        }
        // An article opens the role ("le ministre"), unless it is its
        // complement's ("ministre de la Défense", "de l'Intérieur").
        let complement = j >= 1 && toks[j - 1].lower == "de";
        if lx.is_article(&toks[j].lower) && !complement {
            break;
        }
    }
    let from = from?;
    // A name between the role and this one ("les présidents Recep Tayyip
    // Erdogan et Vladimir Poutine"): the role is not this name's.
    if (from + 1..k).any(|j| {
        toks[j].cap()
            && !lx.is_role(&toks[j].lower)
            && !lx.is_org_head(&toks[j].lower)
            && names::lowercase_name_key(&toks[j].lower).is_none()
            && toks[j - 1].lower != "du"
            && toks[j - 1].lower != "de"
            && toks[j - 1].lower != "des"
            && toks[j - 1].text != "'"
            // "le président de la République Emmanuel Macron".
            && !(toks[j - 1].lower == "la" && j >= 2 && toks[j - 2].lower == "de")
    }) {
        return None;
    }
    // Between the role noun and the name, only what qualifies a role:
    // "turc", "du Kremlin", "des Affaires étrangères", "général".
    if !(from + 1..k).all(|j| role_modifier(&toks[j], lx)) {
        return None;
    }
    // English qualifies a title before it: "British Prime Minister",
    // "Labour leader", "Palmer City Clerk" (two words at most).
    let noun = from;
    let mut from = from;
    if lx.lang == Lang::En {
        for _ in 0..2 {
            let Some(j) = from.checked_sub(1) else { break };
            let t = &toks[j];
            if !(t.word && t.cap()) || lx.is_function(&t.lower) || lx.is_article(&t.lower) {
                break;
            }
            from = j;
        }
    }
    let words: Vec<String> = toks[from..k].iter().map(|t| t.lower.clone()).collect();
    let dangling = words.last().is_some_and(|w| lx.is_particle(w) || w == "'");
    let former = |w: &str| {
        matches!(
            w,
            "former" | "ex" | "late" | "ancien" | "ancienne" | "anciens" | "anciennes" | "feu"
        )
    };
    let former = (from >= 1 && former(&toks[from - 1].lower))
        || toks[noun].lower.split('-').next().is_some_and(former);
    (words.len() >= 2 && !dangling).then_some(RoleBefore {
        words,
        qualifiers: noun - from,
        former,
    })
}

/// The role phrase in apposition right after a name that ends at token
/// `end` ("Guillaume Peltier, député du Loir-et-Cher, a estimé", "Dan
/// Coats, the director of national intelligence, said"): lowercase words
/// from the role noun, closed by punctuation, two words at least (a bare
/// "président" says too little). A past holder's ("X, ancien ministre")
/// has no role noun first and is not read.
pub(crate) fn role_after(
    text: &[char],
    toks: &[Tok],
    spans: &[Span],
    end: usize,
    lx: &Lexicon,
) -> Option<Vec<String>> {
    if toks.get(end)?.text != "," {
        return None;
    }
    let (stop, _) = role_phrase(text, toks, end + 1, lx)?;
    // Closed by a comma, as an apposition is ("Pour Peltier, le ministre
    // de l'Intérieur « … »" is someone else).
    if toks.get(stop).is_none_or(|t| t.text != ",") {
        return None;
    }
    // A name in it only as the role's complement ("du Loir-et-Cher", "de
    // Bayer"), not a person the role introduces ("Paris, le général Bruno
    // Le Ray").
    let introduces = spans.iter().any(|s| {
        (end + 2..stop).contains(&s.start)
            && !matches!(
                toks[s.start - 1].lower.as_str(),
                "de" | "du" | "des" | "d" | "of" | "'" | "’" | "l" | "la" | "le" | "les" | "the"
            )
    });
    if introduces {
        return None;
    }
    let from = (end + 1..stop).find(|&y| lx.is_role(&toks[y].lower))?;
    let words: Vec<String> = toks[from..stop].iter().map(|t| t.lower.clone()).collect();
    (words.len() >= 2).then_some(words)
}

/// A role phrase before a name (see [`role_before`]).
pub(crate) struct RoleBefore {
    /// Its words, lowercase.
    pub words: Vec<String>,
    /// How many of the first words only qualify an English title
    /// ("British Prime Minister", "Labour leader"): with such a qualifier a
    /// title is a role even when its noun stands alone.
    pub qualifiers: usize,
    /// Said of a past holder ("l'ancien ministre de l'Intérieur", "former
    /// Surgeon General"): the role alone then names someone else.
    pub former: bool,
}

/// The token after a time adverbial that starts at `at` ("jeudi 7 mai",
/// "ce jeudi", "hier soir", "on Monday"), or `at` if none does.
fn past_time_adverbial(toks: &[Tok], at: usize, lx: &Lexicon) -> usize {
    let timely = |t: &Tok| {
        lx.is_calendar(&t.lower)
            || (t.word && t.text.chars().all(|c| c.is_ascii_digit()))
            || matches!(
                t.lower.as_str(),
                "hier"
                    | "soir"
                    | "matin"
                    | "dernier"
                    | "dernière"
                    | "yesterday"
                    | "today"
                    | "tonight"
            )
    };
    let mut k = at;
    let mut seen = false;
    while let Some(t) = toks.get(k) {
        if timely(t) {
            seen |= lx.is_calendar(&t.lower) || !t.text.chars().all(|c| c.is_ascii_digit());
            k += 1;
        } else if matches!(t.lower.as_str(), "ce" | "cette" | "on" | "last" | "this")
            && toks.get(k + 1).is_some_and(|n| lx.is_calendar(&n.lower))
        {
            k += 1;
        } else {
            break;
        }
    }
    if !seen {
        return at;
    }
    if toks.get(k).is_some_and(|t| t.text == ",") {
        k += 1;
    }
    k
}

/// Whether a word can qualify a role noun: a particle, a capitalised
/// word, a demonym, or a word such as "général" or "étrangères".
fn role_modifier(t: &Tok, lx: &Lexicon) -> bool {
    t.text == "'"
        || t.lower == "l"
        || lx.is_particle(&t.lower)
        || lx.is_role(&t.lower)
        || t.cap()
        || names::lowercase_name_key(&t.lower).is_some()
        || matches!(
            t.lower.as_str(),
            "général"
                | "générale"
                | "adjoint"
                | "adjointe"
                | "affaires"
                | "étrangères"
                | "intérieur"
                | "general"
                | "foreign"
        )
}

/// Whether the name at `a` completes a common noun ("la matinale d'Europe
/// 1", "les parents de Jamal Khashoggi", "the lawyer of John Smith"): it
/// says whose, not who speaks. A role's complement is read by
/// [`completes_role`], and a body speaks through some nouns
/// ([`speaks_for`]).
fn complements_a_noun(toks: &[Tok], a: usize, lx: &Lexicon) -> bool {
    let mut k = a;
    if k >= 1 && lx.is_article(&toks[k - 1].lower) {
        k -= 1;
    }
    if k >= 1 && matches!(toks[k - 1].text.as_str(), "'" | "’") {
        k -= 1;
    }
    if k < 2 || !matches!(toks[k - 1].lower.as_str(), "de" | "d" | "du" | "des" | "of") {
        return false;
    }
    let noun = &toks[k - 2];
    // "le député communiste du Puy-de-Dôme": a role and its adjective.
    let role_before = k >= 3 && lx.is_role(&toks[k - 3].lower);
    noun.word
        && !noun.cap()
        && noun.sentence == toks[a].sentence
        && !role_before
        && !lx.is_role(&noun.lower)
        && !lx.is_function(&noun.lower)
        && !speaks_for(&noun.lower)
}

/// Nouns through which a body or a person speaks, so that they speak in
/// their complement: statements and studies, words, management, staff and
/// camp, a building ("la direction de La Poste", "le quai d'Orsay", "une
/// enquête de Contours Conseil", "l'entourage d'Alain Delon", "les propos
/// de Duane", "a statement from the ministry").
fn speaks_for(noun: &str) -> bool {
    matches!(
        noun,
        "communiqué"
            | "déclaration"
            | "direction"
            | "quai"
            | "enquête"
            | "étude"
            | "rapport"
            | "sondage"
            | "porte-parole"
            | "entourage"
            | "propos"
            | "services"
            | "cabinet"
            | "bureau"
            | "équipe"
            | "campagne"
            | "camp"
            | "statement"
            | "report"
            | "study"
            | "survey"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
    )
}

/// Who speaks among the spans ending in `range`: the first (with `last`,
/// the last) person there, else such a span that is not a place, else,
/// with `places`, a place that speaks for its government or its people
/// ("North Korea said that…", "Moscou et Ankara se rejettent…"), not a
/// dateline ("MOSCOW: …"). Never a name after an indefinite ("said a
/// Parisian", "un Lyonnais"), a place someone is in or from ("one man in
/// Amizmiz told", "notamment place Tahrir"), a dateline before a dash
/// ("NIAMEY — Des militaires ont annoncé").
/// Someone who speaks for or about a person in the English genitive
/// ("Reid's rep", "Davis's sister").
fn is_someone_close(lower: &str) -> bool {
    matches!(
        lower,
        "rep"
            | "representative"
            | "publicist"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "agent"
            | "manager"
            | "aide"
            | "aides"
            | "adviser"
            | "advisor"
            | "friend"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "mother"
            | "father"
            | "sister"
            | "brother"
            | "family"
            | "widow"
            | "girlfriend"
            | "boyfriend"
            | "fiancee"
            | "fiance"
            | "doctor"
            | "coach"
    )
}

/// Whether the name that ends before token `end` is in the English
/// genitive ("Reid's", "Trump’s").
fn genitive(toks: &[Tok], end: usize) -> bool {
    toks.get(end)
        .is_some_and(|t| matches!(t.text.as_str(), "'" | "’"))
        && toks.get(end + 1).is_some_and(|t| t.lower == "s")
}

fn speaker_in(
    spans: &[Span],
    toks: &[Tok],
    entities: &[Entity],
    lx: &Lexicon,
    range: std::ops::Range<usize>,
    last: bool,
    places: bool,
) -> Option<usize> {
    // A long name that ends in the range counts ("le ministère marocain de
    // l'Intérieur a annoncé"): spans do not overlap, so their ends are in
    // the order of their starts.
    let from = spans.partition_point(|s| s.end <= range.start);
    let to = spans.partition_point(|s| s.start < range.end);
    let found = &spans[from..to.max(from)];
    let kind = |s: &&Span| entities.get(s.entity).map(|e| e.kind);
    let excluded = |s: &&Span| {
        let before = s.start.checked_sub(1).map(|b| toks[b].lower.as_str());
        // A name that only ends in the range must lead to the verb without
        // crossing a quote ("« May God protect Lebanon », he said").
        let quoted = s.start < range.start
            && toks[s.end.min(range.end)..range.end]
                .iter()
                .any(|t| matches!(t.text.as_str(), "«" | "»" | "\"" | "“" | "”" | "„"));
        // "notamment place Tahrir", "rue de Rivoli": a name after the
        // kind of place it is names where, not who.
        quoted
            || crate::typing::after_place_preposition(toks, s.start, lx)
            // "a écrit le chef de l'État sur Twitter", "said on CNN": where
            // it was said (or what about); "a indiqué à l'AFP": to whom.
            || before.is_some_and(is_channel_preposition)
            || addressed(toks, s)
            // "le ministre de l'Intérieur", "le maire de Bordeaux": the
            // department or the place of a role, where an organisation
            // ("le patron du PS") may speak through its head.
            || (s.end == s.start + 1
                && kind(s) != Some(EntityType::Org)
                && completes_role(toks, s.start, lx))
            || before.is_some_and(|b| is_indefinite(b) || crate::typing::is_feature_head(b))
            || toks
                .get(s.end)
                .is_some_and(|t| matches!(t.text.as_str(), "—" | "–"))
            || relayed_by(toks, s.start)
            // "Invité de France 2, il a annoncé": the newsroom that
            // hosted the speaker.
            || after_newsroom_cue(toks, s.start)

            || complements_a_noun(toks, s.start, lx)
            // "Reid's rep told Us", "Davis's sister Crystal said": a
            // person's genitive before someone close names whose the
            // speaker is ("Obama's announcement noted" is still Obama's
            // word; a body may speak through its spokesman).
            || (kind(s) == Some(EntityType::Per)
                && genitive(toks, s.end)
                && toks
                    .get(s.end + 2)
                    .is_some_and(|t| is_someone_close(&t.lower)))
    };
    // A dateline opens its sentence, in capitals or before a colon: it is
    // where, not who ("according to TMZ" is a who).
    let dateline = |s: &&Span| {
        let opens = s.start == 0 || toks[s.start - 1].sentence != toks[s.start].sentence;
        opens
            && (toks[s.start..s.end]
                .iter()
                .all(|t| !t.word || !t.text.chars().any(char::is_lowercase))
                || toks.get(s.end).is_some_and(|t| t.text == ":"))
    };
    // "Claude Renoult (DVD), a fait savoir": a name in brackets after a
    // person's is an aside on the person, who speaks (an organisation's
    // is its short form: "… Council (ICC) said").
    let speaking = |s: &Span| {
        bracketed(toks, s, lx)
            .and_then(|open| {
                spans
                    .iter()
                    .find(|p| p.end == open && kind(p) == Some(EntityType::Per))
            })
            .map_or(s.entity, |p| p.entity)
    };
    let pick = |want: &dyn Fn(&&Span) -> bool| {
        let mut it = found.iter().filter(|s| !excluded(s) && want(s));
        if last { it.next_back() } else { it.next() }.map(speaking)
    };
    pick(&|s| kind(s) == Some(EntityType::Per))
        .or_else(|| pick(&|s| kind(s) != Some(EntityType::Loc)))
        .or_else(|| {
            if places {
                pick(&|s| !dateline(s))
            } else {
                None
            }
        })
}

/// The opening bracket's token when the name `s` stands alone in
/// brackets, an article at most before it: "(Les Républicains)", "(LR)".
fn bracketed(toks: &[Tok], s: &Span, lx: &Lexicon) -> Option<usize> {
    let mut open = s.start;
    while open > 0 && lx.is_article(&toks[open - 1].lower) {
        open -= 1;
    }
    (open > 0 && toks[open - 1].text == "(" && toks.get(s.end).is_some_and(|t| t.text == ")"))
        .then_some(open - 1)
}

/// Whether the name at `a` follows a newsroom's cue ("invité de France
/// 2", "dans les colonnes du Parisien").
fn after_newsroom_cue(toks: &[Tok], a: usize) -> bool {
    let word = |n: usize| a.checked_sub(n).map_or("", |k| toks[k].lower.as_str());
    match word(1) {
        "'" | "’" => crate::lexicon::names_a_newsroom(word(3), word(2)),
        w => crate::lexicon::names_a_newsroom(word(2), w),
    }
}

/// Whether the name at `a` is the medium that relays what someone said
/// ("son avocate, citée par Le Parisien", "quoted by Reuters"), not the
/// one who said it. The article before the name may sit between ("par le
/// Parisien").
fn relayed_by(toks: &[Tok], a: usize) -> bool {
    let mut b = a;
    if b >= 1
        && matches!(
            toks[b - 1].lower.as_str(),
            "le" | "la" | "les" | "l" | "the"
        )
    {
        b -= 1;
    }
    if b >= 1 && matches!(toks[b - 1].text.as_str(), "'" | "’") {
        b -= 1;
    }
    b >= 2
        && matches!(toks[b - 1].lower.as_str(), "par" | "by")
        && matches!(
            toks[b - 2].lower.as_str(),
            "cité"
                | "citée"
                | "cités"
                | "citées"
                | "interrogé"
                | "interrogée"
                | "interrogés"
                | "interrogées"
                | "interviewé"
                | "interviewée"
                | "relayé"
                | "relayée"
                | "rapporté"
                | "rapportés"
                | "rapportée"
                | "rapportées"
                | "recueillis"
                | "quoted"
                | "interviewed"
                | "cited"
        )
}

/// Whether the name at `a` completes a role: "ministre de l'Intérieur",
/// "porte-parole du Kremlin", "Secretary of State".
fn completes_role(toks: &[Tok], a: usize, lx: &Lexicon) -> bool {
    let word = |k: usize| toks[k].lower.as_str();
    let mut k = a;
    // An elided article or preposition: "de l'Intérieur", "d'Orsay".
    if k >= 2 && matches!(toks[k - 1].text.as_str(), "'" | "’") {
        match word(k - 2) {
            "d" => return k >= 3 && lx.is_role(word(k - 3)),
            "l" => k -= 2,
            _ => return false,
        }
    }
    k >= 2 && matches!(word(k - 1), "de" | "du" | "des" | "of") && lx.is_role(word(k - 2))
}

/// Whether the name `s` is whom something was said to: "a indiqué à
/// l'AFP le procureur", "lors d'un entretien avec l'AFP", "told Reuters"
/// aside, a name after "avec", "auprès" or "with", or a one-word name after
/// "à l'" (a bare "à" is a place's: see `typing::after_place_preposition`;
/// "la secrétaire d'État à l'Économie Agnès Pannier-Runacher" is hers).
fn addressed(toks: &[Tok], s: &Span) -> bool {
    let a = s.start;
    let word = |k: usize| toks[k].lower.as_str();
    if a >= 1 && matches!(word(a - 1), "avec" | "auprès" | "with") {
        return true;
    }
    s.end == a + 1
        && a >= 3
        && matches!(toks[a - 1].text.as_str(), "'" | "’")
        && word(a - 2) == "l"
        && matches!(word(a - 3), "à" | "avec" | "auprès")
}

/// A preposition before where something was said ("sur Twitter", "on
/// CNN") or what about: the name after it is no speaker.
fn is_channel_preposition(w: &str) -> bool {
    matches!(w, "sur" | "on" | "via")
}

/// An indefinite determiner: what follows is one of many, not a name.
fn is_indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "one" | "another" | "un" | "une")
}

/// Who said something: an entity of the article, or a role phrase that no
/// name was given for ("le porte-parole du Kremlin").
#[derive(Clone, PartialEq)]
enum Who {
    Entity(usize),
    Phrase(String),
}

/// Tokens before a person's name searched for the role given to them
/// ("le ministre de l'Intérieur, Christophe Castaner").
const ROLE_REACH: usize = 8;

/// A role ("a déclaré le ministre", "a ajouté le ministre de
/// l'Intérieur") names the person last given that role before the quote
/// at token `at` ("le ministre de l'Intérieur Christophe Castaner … « … »,
/// a déclaré le ministre"); any other speaker is kept.
fn named_role(
    who: Who,
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
    at: usize,
    end: usize,
) -> Who {
    let Who::Phrase(phrase) = &who else {
        return who;
    };
    // The phrase's words ("chef", "de", "l", "état"), and the role among
    // them that a name follows ("chef de l'État Emmanuel Macron").
    let split = |p: &str| -> Vec<String> {
        p.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let lower = phrase.to_lowercase();
    let Some(role) = split(&lower).into_iter().find(|w| lx.is_role(w)) else {
        return who;
    };
    // The names the role carries, demonyms included, must come with the
    // person ("ministre de l'Intérieur" is not "la ministre des Armées
    // Florence Parly", "président français" not "Donald Trump"); its
    // common nouns need not ("le patron de la compagnie" for "le patron de
    // la SNCF Jean-Pierre Farandou").
    let mut words: Vec<String> = split(phrase)
        .into_iter()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || names::lowercase_name_key(w).is_some()
        })
        .map(|w| w.to_lowercase())
        .collect();
    words.push(role.clone());
    // A person's full name: a surname alone may be a place's too ("le
    // maire de Bergerac Daniel Garrigue").
    let person = |s: &Span| {
        s.end > s.start + 1 && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
    };
    // Or given in apposition after the name: "Guillaume Peltier, député du
    // Loir-et-Cher, a estimé", "Dan Coats, the director of national
    // intelligence," (an article at most before the role, all its names
    // there, within the sentence).
    let apposed = |s: &Span| {
        if toks.get(s.end).is_none_or(|t| t.text != ",") {
            return false;
        }
        let reach = s.end + 1..(s.end + 1 + ROLE_REACH).min(toks.len());
        let Some(r) = reach.clone().find(|&y| toks[y].lower == role) else {
            return false;
        };
        let phrase = r..(r + ROLE_REACH).min(toks.len());
        (s.end + 1..r).all(|y| {
            lx.is_article(&toks[y].lower)
                || matches!(toks[y].text.as_str(), "'" | "’")
                || words.contains(&toks[y].lower)
        }) && words
            .iter()
            .all(|w| (s.end + 1..phrase.end).any(|y| toks[y].lower == *w))
            && (s.end..phrase.end).all(|y| toks[y].sentence == toks[s.start].sentence)
    };
    // The role is given to this name, not to one before it or to someone
    // else's ("le président Donald Trump et son épouse Melania Trump").
    let given = |s: &&Span| {
        person(s)
            && (s.start.saturating_sub(ROLE_REACH)..s.start).any(|x| {
                let between = x + 1..s.start;
                // What lies between is the role's own words ("de
                // l'Éducation", a comma), and one more at most
                // ("nationale"), not a clause ("en déplacement avec").
                let others = between
                    .clone()
                    .filter(|&y| !role_modifier(&toks[y], lx) && toks[y].text != ",")
                    .count();
                let said = |w: &String| (x.saturating_sub(2)..s.start).any(|y| toks[y].lower == *w);
                // A comma may close the role, right before the name ("…
                // nationale, Jean-Michel Blanquer"), not open something
                // else ("le député des Alpes-Maritimes, soutien de Nicolas
                // Sarkozy").
                let comma_closes = between
                    .clone()
                    .all(|y| toks[y].text != "," || y + 1 == s.start);
                toks[x].lower == role
                    && words.iter().all(said)
                    && others <= 1
                    && comma_closes
                    && between.clone().all(|y| {
                        toks[y].sentence == toks[s.start].sentence
                            && !spans.iter().any(|o| o.start == y && person(o))
                    })
            })
    };
    // Named before the quote; or, when the quote opens the article's
    // account, in the sentence after its attribution, which introduces
    // the speaker ("« … », estime la présidente de la région
    // Île-de-France. […] la présidente de la région Île-de-France Valérie
    // Pécresse a fustigé …").
    let next_sentence = toks.get(end + 1).map_or(usize::MAX, |t| t.sentence + 1);
    spans
        .iter()
        .rev()
        .filter(|s| s.end <= at)
        .find(|s| given(s) || (person(s) && apposed(s)))
        .or_else(|| {
            spans
                .iter()
                .filter(|s| s.start > end && toks[s.start].sentence <= next_sentence)
                .find(given)
        })
        .map_or(who, |s| Who::Entity(s.entity))
}

/// Tokens of a title between a place or a body and the person after it
/// ("Troy police Lt. Gerry Scherlinck": three).
const TITLE_REACH: usize = 4;

/// Tokens a role phrase runs to at most, the person's name after it
/// included: "la porte-parole du département d'Etat Jennifer Psaki" is
/// eight ("d", "'", "Etat" are three).
const ROLE_PHRASE_TOKENS: usize = 8;

/// A role phrase starting at `k` (`le porte-parole du Kremlin`), without its
/// article: its end token and its text.
fn role_phrase(text: &[char], toks: &[Tok], k: usize, lx: &Lexicon) -> Option<(usize, String)> {
    let mut j = k;
    if lx.is_article(&toks.get(j)?.lower) || toks.get(j)?.text == "'" {
        j += 1;
    }
    if toks.get(j).is_some_and(|t| t.text == "'") {
        j += 1;
    }
    if !lx.is_role(&toks.get(j)?.lower) && !is_collective(&toks[j].lower) {
        return None;
    }
    let start = j;
    let sentence = toks[k].sentence;
    j += 1;
    // One lowercase complement after a particle: "chef du gouvernement",
    // "porte-parole de la police", "chef de file".
    let mut complement = false;
    while j < toks.len() && j < start + ROLE_PHRASE_TOKENS && toks[j].sentence == sentence {
        let after_particle = lx.is_particle(&toks[j - 1].lower)
            || lx.is_article(&toks[j - 1].lower)
            || matches!(toks[j - 1].text.as_str(), "'" | "’");
        let noun = !complement
            && after_particle
            && toks[j].word
            && toks[j].lower.chars().count() >= 4
            && !lx.is_function(&toks[j].lower);
        if role_modifier(&toks[j], lx) {
            j += 1;
        } else if noun {
            complement = true;
            j += 1;
        } else {
            break;
        }
    }
    // Not a dangling particle at the end.
    while j > start + 1
        && (lx.is_particle(&toks[j - 1].lower)
            || toks[j - 1].text == "'"
            || matches!(toks[j - 1].lower.as_str(), "l" | "d"))
    {
        j -= 1;
    }
    Some((j, surface(text, toks, start, j)))
}

/// The speaker an entity found (by index into the entities) makes.
fn entity_who(e: Option<usize>) -> Option<Who> {
    e.map(Who::Entity)
}

/// What the attribution of quotes reads: the text, its tokens, its name
/// mentions and their entities.
#[derive(Clone, Copy)]
struct Cx<'a> {
    text: &'a [char],
    toks: &'a [Tok],
    spans: &'a [Span],
    entities: &'a [Entity],
    lx: &'a Lexicon,
}

/// A direct quote being attributed.
#[derive(Clone, Copy)]
struct Site {
    /// The opening mark's token.
    k: usize,
    /// The closing mark's token.
    end: usize,
    /// The first token after the closing mark and its comma.
    j: usize,
    /// Where a verb of speech after the quote is looked for: up to here.
    window_end: usize,
    /// The quote ends its sentence and a capital follows.
    ended: bool,
    /// The sentence of the opening mark.
    sentence: usize,
}

pub(crate) fn quotes(
    text: &[char],
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<Who> = None;
    // The token after the last quote, when it had a speaker, and who.
    let mut previous: Option<(usize, Who)> = None;
    let mut k = 0;
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let cx = Cx {
        text,
        toks,
        spans,
        entities,
        lx,
    };
    while k < toks.len() {
        let open = toks[k].text.as_str();
        let close = match open {
            "«" => "»",
            "“" => "”",
            "\"" if !closes_only(text, toks[k].start) => "\"",
            _ => {
                k += 1;
                continue;
            }
        };
        // The closing mark; a French quote may reopen on the next paragraph.
        // A quote is closed within a few hundred words, or it is a stray mark.
        let Some(end) = (k + 1..(k + 600).min(toks.len())).find(|&j| {
            toks[j].text == close
                && !(close == "»" && toks.get(j + 1).is_some_and(|t| t.text == "«"))
        }) else {
            k += 1;
            continue;
        };
        if end == k + 1 {
            k += 1;
            continue;
        }
        let (qs, qe) = (toks[k + 1].start, toks[end - 1].end);
        // A quote runs on into the next paragraph only when that paragraph
        // reopens it; otherwise the opening mark was stray, or its closing
        // mark one the tokenizer does not know ('' in some wire copy).
        if !reopens_each_paragraph(text, qs, qe) {
            k += 1;
            continue;
        }
        let words = (k + 1..end).filter(|&j| toks[j].word).count();
        if quoted_title(toks, k, end, words) {
            k = end + 1;
            continue;
        }
        let sentence = toks[k].sentence;
        let mut j = end + 1;
        if toks.get(j).is_some_and(|t| t.text == ",") {
            j += 1;
        }
        // '"… bigger than the state." President Michel Aoun asked': a quote
        // closed by a full stop and followed by a capital ends its sentence,
        // and what follows is about someone else.
        let ended = matches!(toks[end - 1].text.as_str(), "." | "!" | "?")
            && toks.get(j).is_some_and(|t| t.word && t.cap());
        let window_end = if ended { j } else { (j + 7).min(toks.len()) };
        let q = Site {
            k,
            end,
            j,
            window_end,
            ended,
            sentence,
        };
        // After: ", a indiqué M. Lavrov" / ", a-t-il ajouté" / ", said X".
        let mut speaker = speaker_after(cx, q, &covered, &last_speaker);
        if speaker.is_none() && lx.lang != Lang::Fr {
            speaker = speaker_after_english(cx, q, &covered, &last_speaker);
        }
        // Before: "Jens Stoltenberg, secrétaire général de l'Otan : «" or
        // "Erdogan a affirmé … «".
        if speaker.is_none() {
            speaker = speaker_before(cx, q, &covered, &last_speaker);
        }
        speaker = speaker.map(|w| named_role(w, toks, spans, entities, lx, k, end));
        // A quote with an attribution of its own that names no one ("…»,
        // a-t-on souligné") is not the last speaker's.
        let attributed = (j..window_end)
            .take_while(|&x| !matches!(toks[x].text.as_str(), "«" | "“" | "\"" | "." | "!" | "?"))
            .any(|x| {
                lx.is_speech_verb(&toks[x].lower)
                    || matches!(toks[x].lower.as_str(), "selon" | "according")
            });
        // A sub-heading of a flattened page: short, quoted and glued to
        // the text on both sides (`…rupture"."Ça a tout de suite fonctionné
        // entre nous"Mais il est…`). It says no one's name.
        let glued_before = toks[k].start >= 1
            && text
                .get(toks[k].start - 1)
                .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '»' | '”'));
        let glued_after = text
            .get(toks[end].end)
            .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '«' | '“'));
        // One in capitals needs no glue before it: a pull quote set as a
        // heading (`…?", interroge-t-elle. "ELLE AVAIT LE PHYSIQUE D'UNE
        // FILLETTE"Stéphanie, éducatrice…`).
        let in_capitals = || {
            let letters = text[qs..qe].iter().filter(|c| c.is_alphabetic());
            let (all, upper) = letters.fold((0, 0), |(a, u), c| {
                (a + 1, u + usize::from(c.is_uppercase()))
            });
            all > 0 && upper * 10 >= all * 9
        };
        let heading = glued_after && words <= MAX_HEADING_WORDS && (glued_before || in_capitals());
        if speaker.is_none() && words >= 4 && !attributed && !heading {
            // The speaker of the quote just before goes on; with no quote
            // just before, a paragraph's opening quote may be the next
            // sentence's subject's.
            let after_quote = previous
                .as_ref()
                .is_some_and(|(from, _)| k.saturating_sub(*from) <= GOES_ON_REACH);
            speaker =
                goes_on(text, toks, spans, entities, lx, previous.as_ref(), k).or_else(|| {
                    (!after_quote)
                        .then(|| opening_quote(text, toks, spans, entities, k, end))
                        .flatten()
                });
        }
        previous = speaker.clone().map(|w| (end + 1, w));
        if speaker.is_some() {
            last_speaker = speaker.clone();
        }
        if speaker.is_some() || words >= 4 {
            out.push(quote(text, qs, qe, speaker, entities, true));
            covered.push((toks[k].start, toks[end].end));
        }
        k = end + 1;
    }
    // Reported speech: "X affirme que …", "selon X, …".
    for std::ops::Range { start: s, end: e } in sentence_ranges(toks) {
        if toks[s].sentence != usize::MAX
            && !covered
                .iter()
                .any(|&(a, b)| toks[s].start < b && a < toks[e - 1].end)
        {
            if let Some(q) = reported(text, toks, s, e, spans, entities, lx) {
                out.push(q);
            }
        }
    }
    out.sort_by_key(|q| q.start);
    out
}

/// Whether the quotation marks at `k` and `end` hold a title that modifies
/// the noun after it ("the \"American Pie\" star", "le « Grand Jury »
/// de RTL"): a few capitalised words after an article, a lowercase word
/// right after the closing mark. No one says it.
fn quoted_title(toks: &[Tok], k: usize, end: usize, words: usize) -> bool {
    const ARTICLES: &[&str] = &[
        "the", "a", "an", "le", "la", "les", "l", "un", "une", "du", "des",
    ];
    let inside = || (k + 1..end).filter(|&j| toks[j].word);
    (1..=4).contains(&words)
        && k > 0
        && ARTICLES.contains(&toks[k - 1].lower.as_str())
        && inside().all(|j| toks[j].cap() || toks[j].lower.chars().count() <= 3)
        && toks.get(k + 1).is_some_and(|t| t.word && t.cap())
        && toks
            .get(end + 1)
            .is_some_and(|t| t.word && !t.cap() && !t.text.chars().all(|c| c.is_ascii_digit()))
}

/// The speaker named after the quote in French or English: "…», a indiqué
/// M. Lavrov", "…», a-t-il ajouté", "…", said X".
fn speaker_after(
    cx: Cx<'_>,
    q: Site,
    covered: &[(usize, usize)],
    last_speaker: &Option<Who>,
) -> Option<Who> {
    let Cx {
        text,
        toks,
        spans,
        entities,
        lx,
    } = cx;
    let Site {
        k,
        end,
        j,
        window_end,
        sentence,
        ..
    } = q;
    let mut speaker: Option<Who> = None;
    // "…», s'est réjoui X": a reflexive pronoun may come first, and the
    // participle then agrees ("s'est félicitée").
    let reflexive = |x: usize| matches!(toks[x].lower.as_str(), "s" | "se");
    let speech = |x: usize| {
        lx.is_speech_verb(&toks[x].lower)
            || (lx.is_agreed_speech_participle(&toks[x].lower) && (j..x).any(reflexive))
    };
    if let Some(v) = (j..window_end).find(|&x| speech(x)) {
        if (j..v).all(|x| lx.is_auxiliary(&toks[x].lower) || reflexive(x) || !toks[x].word) {
            let mut after = v + 1;
            while after < toks.len()
                && lx.is_auxiliary(&toks[after].lower)
                && toks[after].lower != "a"
            {
                after += 1;
            }
            // "a indiqué à l'AFP un responsable", "s'est félicitée auprès
            // de l'AFP Claire Quidet": the one told is not the one
            // speaking.
            let word = |x: usize| toks.get(x).map_or("", |t| t.lower.as_str());
            let told = match word(after) {
                "à" | "au" | "aux" | "to" => Some(after + 1),
                "auprès" if matches!(word(after + 1), "de" | "du" | "des" | "d") => {
                    Some(after + 2)
                }
                _ => None,
            };
            if let Some(told) = told {
                if let Some(s) = spans.iter().find(|s| {
                    s.start >= told
                        && (told..s.start).all(|x| {
                            lx.is_article(&toks[x].lower)
                                || matches!(toks[x].text.as_str(), "'" | "’")
                        })
                }) {
                    after = s.end;
                    if toks.get(after).is_some_and(|t| t.text == ",") {
                        after += 1;
                    }
                }
            }
            // "a déploré jeudi 7 mai la directrice": the day is no
            // speaker.
            after = past_time_adverbial(toks, after, lx);
            let pronoun = inverted_pronoun(toks, v);
            // "a indiqué M. Lavrov"; not "said a Parisian".
            let indefinite = is_indefinite(&toks[after.min(toks.len() - 1)].lower);
            let person = |s: &Span| entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per);
            let aliased = spans
                .iter()
                .find(|s| {
                    s.start == after
                        || (s.start == after + 1
                            && !indefinite
                            && !is_channel_preposition(&toks[after].lower))
                })
                // "said Troy police Lt. Gerry Scherlinck", "said Microsoft
                // chief executive Steve Ballmer": a place or a body, then a
                // title, then the person who speaks.
                .map(|s| {
                    if person(s) {
                        return s;
                    }
                    // Within the sentence, the full stop only of an
                    // abbreviated title ("Lt."): "écrit Le Canard enchaîné.
                    // Gérard Larcher …" is another sentence's subject.
                    let titled = |n: &&Span| {
                        person(n)
                            && n.start > s.end
                            && n.start <= s.end + TITLE_REACH
                            && toks[n.start].sentence == toks[s.start].sentence
                            && (s.end..n.start).all(|x| {
                                let t = &toks[x];
                                (t.word
                                    && !lx.is_function(&t.lower)
                                    && !lx.is_speech_verb(&t.lower))
                                    || (t.text == "."
                                        && x > s.end
                                        && toks[x - 1].cap()
                                        && toks[x - 1].text.chars().count() <= 3)
                            })
                    };
                    spans.iter().find(titled).unwrap_or(s)
                });
            speaker = if pronoun {
                pronoun_speaker(
                    last_speaker,
                    &Mentions::new(spans, toks, entities, covered),
                    k,
                    pronoun_sex(toks, v),
                    true,
                )
                .filter(|w| !named_within(w, spans, k, end))
            } else if let Some(s) = aliased {
                Some(Who::Entity(s.entity))
            } else if let Some((end, phrase)) = role_phrase(text, toks, after, lx) {
                // The person a role is given to: right after the role
                // words ("le Premier ministre Gabriel Attal") or in
                // apposition after the phrase ("le PDG de la SNCF,
                // Jean-Pierre Farandou"), not a name the phrase merely
                // contains ("le porte-parole du président Emmanuel
                // Macron" is the spokesman's).
                let mut k = after;
                while k < toks.len()
                    && (lx.is_article(&toks[k].lower)
                        || matches!(toks[k].text.as_str(), "'" | "’")
                        || lx.is_role(&toks[k].lower)
                        || (!toks[k].cap() && names::lowercase_name_key(&toks[k].lower).is_some()))
                {
                    k += 1;
                }
                let sentence_of_role = toks[after].sentence;
                let comma = (end..(end + 9).min(toks.len()))
                    .take_while(|&x| toks[x].sentence == sentence_of_role)
                    .find(|&x| toks[x].text == ",");
                // Within the phrase, a name right after a role that a
                // particle attaches ("du président Emmanuel Macron") is
                // the one spoken for, not the speaker ("le ministre de
                // l'Intérieur Gérald Darmanin" is Darmanin).
                let spoken_for = |x: usize| {
                    x >= 2 && lx.is_role(&toks[x - 1].lower) && lx.is_particle(&toks[x - 2].lower)
                };
                // Nothing but the role's words before the name ("a
                // déclaré le président de la République à propos de
                // Geneviève Legay" names whom he spoke of).
                let attached = |s: &Span| {
                    !(end..s.start).any(|x| {
                        matches!(
                            toks[x].lower.as_str(),
                            "à" | "au"
                                | "aux"
                                | "sur"
                                | "pour"
                                | "contre"
                                | "avec"
                                | "propos"
                                | "après"
                                | "devant"
                                | "envers"
                                | "selon"
                                | "chez"
                                | "about"
                                | "to"
                                | "on"
                                | "with"
                                | "for"
                                | "against"
                        )
                    })
                };
                let named = spans.iter().find(|s| {
                    let inside = (k..comma.unwrap_or(end)).contains(&s.start)
                        && !spoken_for(s.start)
                        && attached(s);
                    // "l'avocat de la famille, Me Arié Alimi", "la
                    // directrice de l'ARS, l'ancienne ministre Dominique
                    // Voynet".
                    let apposed = comma.is_some_and(|c| {
                        let mut n = c + 1;
                        if toks
                            .get(n)
                            .is_some_and(|t| lx.is_honorific(&t.lower) && t.cap())
                        {
                            n += 1;
                            if toks.get(n).is_some_and(|t| t.text == ".") {
                                n += 1;
                            }
                        }
                        let mut m = n;
                        while toks.get(m).is_some_and(|t| {
                            lx.is_article(&t.lower)
                                || matches!(t.text.as_str(), "'" | "’")
                                || (lx.is_role(&t.lower) && !t.cap())
                                || matches!(
                                    t.lower.as_str(),
                                    "ancien" | "ancienne" | "former" | "ex"
                                )
                        }) {
                            m += 1;
                        }
                        s.start == n || (s.start == m && (n..m).any(|x| lx.is_role(&toks[x].lower)))
                    });
                    // "le ministre de l'Éducation nationale Jean-Michel
                    // Blanquer": the phrase may end before an adjective.
                    let next = s.start >= end
                        && s.start <= end + 2
                        && (end..s.start).all(|x| {
                            toks[x].word && !toks[x].cap() && !lx.is_function(&toks[x].lower)
                        });
                    (s.start == k || inside || apposed || next)
                        && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
                });
                // "l'avocat de Michel Platini William Bourdon": a name
                // right after the one the role is of holds the role.
                let named = named.map(|s| {
                    spans
                        .iter()
                        .find(|n| {
                            n.start == s.end
                                && entities.get(n.entity).map(|e| e.kind) == Some(EntityType::Per)
                        })
                        .unwrap_or(s)
                });
                Some(named.map_or(Who::Phrase(phrase), |s| Who::Entity(s.entity)))
            } else {
                // Up to a relative clause, whose names describe the
                // speaker ("a expliqué le magistrat, dont Midi Libre
                // s'est fait l'écho"); after a description ("a assuré le
                // milliardaire républicain, au moment où les médias
                // américains…"), up to the comma that closes it, unless a
                // name in apposition follows ("a raconté sa mère, Sylvie
                // Martin", "le guide suprême, l'ayatollah Ali Khamenei",
                // "le collectif, Inter-Urgences").
                let described = lx.is_article(&toks[after.min(toks.len() - 1)].lower);
                let apposed = |x: usize| {
                    spans.iter().any(|s| {
                        s.start > x
                            && s.start <= x + 4
                            && entities.get(s.entity).map(|e| e.kind) != Some(EntityType::Loc)
                            && (x + 1..s.start).all(|y| {
                                let t = &toks[y];
                                lx.is_article(&t.lower)
                                    || lx.is_honorific(&t.lower)
                                    || matches!(t.text.as_str(), "'" | "’" | ".")
                                    || (t.word && !t.cap() && !lx.is_function(&t.lower))
                            })
                    })
                };
                let closes =
                    |x: usize| described && x > after && toks[x].text == "," && !apposed(x);
                let end = (after..(after + 12).min(toks.len()))
                    .find(|&x| {
                        toks[x].sentence != sentence
                            || toks[x].text == "«"
                            || closes(x)
                            || matches!(
                                toks[x].lower.as_str(),
                                "dont" | "qui" | "which" | "who" | "whose"
                            )
                    })
                    .unwrap_or((after + 12).min(toks.len()));
                entity_who(speaker_in(
                    spans,
                    toks,
                    entities,
                    lx,
                    after..end,
                    false,
                    false,
                ))
            };
        }
    }
    speaker
}

/// The speaker named after the quote in English, before the verb:
/// '"…," X said', '"…," he said'.
fn speaker_after_english(
    cx: Cx<'_>,
    q: Site,
    covered: &[(usize, usize)],
    last_speaker: &Option<Who>,
) -> Option<Who> {
    let Cx {
        toks,
        spans,
        entities,
        lx,
        ..
    } = cx;
    let Site {
        k, end, j, ended, ..
    } = q;
    let mut speaker: Option<Who> = None;
    // English: '"…," X said' — the name before the verb; '"…," he
    // said' — the last speaker, or the last person named. The
    // subject may be long ("Beirut's governor, Marwan Abboud,
    // said", "DUP leader Arlene Foster and her deputy Nigel Dodds
    // said"), within the sentence and before any other quote.
    let reach = if ended {
        j
    } else {
        (j..(j + ENGLISH_SUBJECT_REACH).min(toks.len()))
            .take_while(|&x| {
                toks[x].sentence == toks[j].sentence
                    && !matches!(toks[x].text.as_str(), "\"" | "“" | "”" | "«" | "»")
                    // '"…", while Jean-Luc Mélenchon said': a new
                    // clause, someone else's.
                    && !matches!(
                        toks[x].lower.as_str(),
                        "while" | "whereas" | "but" | "as" | "when" | "after" | "before"
                            | "because" | "although" | "though" | "since" | "if"
                    )
            })
            .last()
            .map_or(j, |x| x + 1)
    };
    if let Some(v) = (j..reach).find(|&x| lx.is_speech_verb(&toks[x].lower)) {
        let sex = match (j..v).map(|x| toks[x].lower.as_str()).collect::<Vec<_>>()[..] {
            ["he"] => Some(Some(Sex::Male)),
            ["she"] => Some(Some(Sex::Female)),
            _ => None,
        };
        speaker = match sex {
            Some(sex) => pronoun_speaker(
                last_speaker,
                &Mentions::new(spans, toks, entities, covered),
                k,
                sex,
                true,
            )
            .filter(|w| !named_within(w, spans, k, end)),
            None => entity_who(speaker_in(spans, toks, entities, lx, j..v, true, false)),
        };
    } else if !ended || toks.get(j).is_some_and(|t| t.cap()) {
        // '"…," Jonathan Wright, Interoute's director of wholesale
        // products, said': a person right after the quote, then an
        // apposition, then the verb.
        speaker = spans
            .iter()
            .find(|s| s.start == j)
            .filter(|s| entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per))
            .filter(|s| {
                toks.get(s.end).is_some_and(|t| t.text == ",")
                    && (s.end + 1..(s.end + 20).min(toks.len()))
                        .take_while(|&x| toks[x].sentence == toks[s.start].sentence)
                        .any(|x| toks[x - 1].text == "," && lx.is_speech_verb(&toks[x].lower))
            })
            .map(|s| Who::Entity(s.entity));
    }
    speaker
}

/// The speaker named before the quote: "Jens Stoltenberg, secrétaire
/// général de l'Otan : «", "Erdogan a affirmé … «".
fn speaker_before(
    cx: Cx<'_>,
    q: Site,
    covered: &[(usize, usize)],
    last_speaker: &Option<Who>,
) -> Option<Who> {
    let Cx {
        text,
        toks,
        spans,
        entities,
        lx,
    } = cx;
    let Site {
        k, end, sentence, ..
    } = q;
    let start = (0..k)
        .rev()
        .take_while(|&x| toks[x].sentence == sentence || toks[x].sentence == usize::MAX)
        .last()
        .unwrap_or(k);
    // Not a key and its value in code a page left in its text (`{ 'id':
    // "fvlvp5", 'topic': "generic" }`).
    let code_key = k >= 5
        && matches!(toks[k - 2].text.as_str(), "'" | "\"")
        && toks[k - 4].text == toks[k - 2].text
        && matches!(toks[k - 5].text.as_str(), "{" | ",");
    let colon = k > 0 && toks[k - 1].text == ":" && !code_key;
    // '"…," he said, adding: "We will rebuild it."': the one who
    // goes on speaking.
    let adding = colon
        && k >= 2
        && matches!(
            toks[k - 2].lower.as_str(),
            "adding" | "ajoutant" | "poursuivant" | "précisant" | "concluant"
        );
    let is_person = |e: usize| entities.get(e).map(|x| x.kind) == Some(EntityType::Per);
    // The sentence's first speech verb, unless a later one has its
    // own named subject right before it ("Marine Le Pen said … «
    // … », while Jean-Luc Mélenchon said the reform « … »").
    let said_by_name = |x: usize| {
        let mut b = x;
        while b > start && lx.is_auxiliary(&toks[b - 1].lower) {
            b -= 1;
        }
        spans
            .iter()
            .any(|s| s.end == b && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per))
    };
    let first = (start..k).find(|&x| lx.is_speech_verb(&toks[x].lower));
    let verb = first.map(|f| {
        (f + 1..k)
            .rev()
            .find(|&x| lx.is_speech_verb(&toks[x].lower) && said_by_name(x))
            .unwrap_or(f)
    });
    // "…», a-t-il déclaré, après avoir dénoncé un « … »".
    let inverted = verb.is_some_and(|v| inverted_pronoun(toks, v));
    let mut speaker = if inverted {
        let sex = verb.and_then(|v| pronoun_sex(toks, v));
        pronoun_speaker(
            last_speaker,
            &Mentions::new(spans, toks, entities, covered),
            k,
            sex,
            false,
        )
        .filter(|w| !named_within(w, spans, k, end))
    } else if colon && (verb.is_none() || adding) {
        // With a verb of speech before the colon, its subject
        // speaks ("Le chauffeur routier a confirmé vouloir investir
        // l'Elysée … :"), below.
        let named = entity_who(speaker_in(
            spans,
            toks,
            entities,
            lx,
            start..k,
            false,
            false,
        ));
        if adding {
            named.or_else(|| last_speaker.clone())
        } else {
            named
        }
    } else if let Some(v) = verb {
        // Not a name inside an earlier quote ('"… May God protect
        // Lebanon," he said, repeating "…"').
        let start = (start..v)
            .rev()
            .find(|&x| matches!(toks[x].text.as_str(), "»" | "”" | "\""))
            .map_or(start, |x| x + 1);
        // The subject of the verb, not a name further back ("…
        // on the Wirral last week, after which both men said"); an
        // apposition between them is skipped ("John Smith, a
        // spokesman for the ministry, said").
        // "Bret Taylor, Twitter's board chair, said": the person
        // before the apposition; "Her lawyer, John Smith, said": the
        // person in it.
        let person_in = |r: std::ops::Range<usize>, last: bool| {
            let mut it = spans.iter().filter(|s| {
                r.contains(&s.start)
                    && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
            });
            if last { it.next_back() } else { it.next() }.map(|s| s.entity)
        };
        let apposition = (v > start && toks[v - 1].text == ",")
            .then(|| (start..v - 1).rev().find(|&x| toks[x].text == ","))
            .flatten();
        let who = match apposition {
            Some(c) => person_in(start.max(c.saturating_sub(6))..c, true)
                .or_else(|| person_in(c + 1..v - 1, false))
                .or_else(|| {
                    speaker_in(
                        spans,
                        toks,
                        entities,
                        lx,
                        start.max(c.saturating_sub(6))..c,
                        true,
                        false,
                    )
                }),
            None => speaker_in(
                spans,
                toks,
                entities,
                lx,
                start.max(v.saturating_sub(6))..v,
                true,
                false,
            ),
        };
        // No name, but a role that says which one: "Le ministre de
        // l'Intérieur dénonce le « désordre »" (a bare "le
        // président" could be anyone's).
        entity_who(who)
            .or_else(|| {
                (start.max(v.saturating_sub(6))..v).find_map(|x| {
                    role_phrase(text, toks, x, lx)
                        .filter(|(end, phrase)| {
                            let words = phrase.split_whitespace().count();
                            let collective = phrase
                                .split_whitespace()
                                .next()
                                .is_some_and(|w| is_collective(&w.to_lowercase()));
                            *end <= v && end + 1 >= v && (words >= 2 || collective)
                        })
                        .map(|(_, phrase)| Who::Phrase(phrase))
                })
            })
            .or_else(|| entity_who(sentence_subject(toks, spans, entities, lx, start, v)))
            .or_else(|| collective_subject(text, toks, lx, start, v))
            .or_else(|| {
                // "He said Trump had proved « … »": whom the
                // pronoun names is before it.
                let (at, sex) = subject_pronoun(toks, lx, start, v)?;
                pronoun_speaker(
                    last_speaker,
                    &Mentions::new(spans, toks, entities, covered),
                    at,
                    Some(sex),
                    lx.lang == Lang::En,
                )
                .filter(|w| !named_within(w, spans, k, end))
            })
    } else if (start..k).any(|x| toks[x].lower == "lui" && x > 0 && toks[x - 1].lower == "selon") {
        last_speaker.clone()
    } else {
        opinion_holder(toks, spans, entities, start, k).map(Who::Entity)
    };
    // A colon after a clause whose subject is no person: the
    // person it names speaks ("…, explique l'avocat Alfred
    // Djanga, porte-parole de familles réfugiées :", "Christian
    // Mallard, chef du service étranger de France 3 l'affirmait
    // :"), never a place or a body it names ("a confirmé vouloir
    // investir l'Elysée :").
    let spoken_by_person = matches!(speaker, Some(Who::Entity(e)) if is_person(e));
    if colon && !inverted && !spoken_by_person {
        let person =
            speaker_in(spans, toks, entities, lx, start..k, false, false).filter(|&e| is_person(e));
        if let Some(p) = person {
            speaker = Some(Who::Entity(p));
        }
    }
    speaker
}

/// Bodies that speak as one, named by a common noun: "a indiqué la
/// police", "a annoncé l'intersyndicale", "ont déploré les autorités
/// marocaines", "officials said". Unlike a bare role ("le président"),
/// one word says who speaks.
const COLLECTIVE: &[&str] = &[
    "police",
    "gendarmerie",
    "armée",
    "intersyndicale",
    "gouvernement",
    "autorités",
    "parquet",
    "préfecture",
    "mairie",
    "syndicat",
    "syndicats",
    "pompiers",
    "opposition",
    "government",
    "authorities",
    "military",
    "army",
    "prosecutors",
    "officials",
    "ministry",
];

fn is_collective(w: &str) -> bool {
    COLLECTIVE.contains(&w)
}

/// A body the sentence opens with, the subject of its speech verb at `v`:
/// "Les autorités marocaines justifient ce choix par « … », en soulignant
/// qu'« … »".
fn collective_subject(
    text: &[char],
    toks: &[Tok],
    lx: &Lexicon,
    start: usize,
    v: usize,
) -> Option<Who> {
    let first = (start..v).find(|&x| toks[x].word)?;
    let (_, phrase) = role_phrase(text, toks, first, lx)?;
    phrase
        .split_whitespace()
        .next()
        .is_some_and(|w| is_collective(&w.to_lowercase()))
        .then_some(Who::Phrase(phrase))
}

/// Tokens after an English quote within which its speech verb is looked
/// for, the subject before it.
const ENGLISH_SUBJECT_REACH: usize = 14;

/// The person a sentence opens with, the subject of its speech verb at
/// `v` however far: "Newt Gingrich, usually a staunch defender of the
/// president, described it as a mistake and said it « … »", "The House
/// speaker, Paul Ryan, issued a statement saying « … »". Only articles,
/// titles and commas may come before the name, so that a name in an
/// opening clause ("After meeting Merkel, the president said") is not
/// taken for it.
fn sentence_subject(
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
    start: usize,
    v: usize,
) -> Option<usize> {
    let s = spans.iter().find(|s| {
        (start..v).contains(&s.start)
            && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
    })?;
    (start..s.start)
        .all(|x| {
            let t = &toks[x];
            matches!(t.text.as_str(), "," | ".")
                || lx.is_article(&t.lower)
                || lx.is_role(&t.lower)
                || (t.word && t.cap() && !lx.is_function(&t.lower))
                || matches!(t.lower.as_str(), "former" | "ancien" | "ancienne" | "ex")
        })
        .then_some(s.entity)
}

/// A personal pronoun that is the whole subject of the speech verb at `v`
/// ("He said", "Elle a déclaré"): where it is, and its sex.
fn subject_pronoun(toks: &[Tok], lx: &Lexicon, start: usize, v: usize) -> Option<(usize, Sex)> {
    let mut words = (start..v).filter(|&x| toks[x].word && !lx.is_auxiliary(&toks[x].lower));
    let at = words.next()?;
    let sex = match toks[at].lower.as_str() {
        "he" | "il" => Sex::Male,
        "she" | "elle" => Sex::Female,
        _ => return None,
    };
    words.next().is_none().then_some((at, sex))
}

/// The speaker of a quote that opens a paragraph and its sentence with no
/// attribution, named as the subject of the next sentence: "« Nous
/// rebâtirons la cathédrale… » Dans une brève allocution télévisée, mardi
/// soir, Emmanuel Macron s'est fixé un objectif ambitieux". The subject
/// opens that sentence or follows its opening phrase's comma, and a verb
/// follows it ("excédés par Jean-Claude Gaudin" names no subject).
fn opening_quote(
    text: &[char],
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    k: usize,
    end: usize,
) -> Option<Who> {
    let opens_paragraph = k == 0 || {
        let from = toks[k - 1].end;
        slice_chars(text, from, toks[k].start.saturating_sub(from)).any(|&c| c == '\n')
    };
    let mut next = end + 1;
    if toks
        .get(next)
        .is_some_and(|t| matches!(t.text.as_str(), "." | "!" | "?"))
    {
        next += 1;
    }
    let closes_sentence =
        matches!(toks[end - 1].text.as_str(), "." | "!" | "?" | "…") || next > end + 1;
    let first = toks.get(next)?;
    if !opens_paragraph || !closes_sentence || !first.cap() {
        return None;
    }
    let sentence = first.sentence;
    let s = spans.iter().find(|s| {
        s.start >= next
            && toks[s.start].sentence == sentence
            && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
    })?;
    let subject_place = s.start == next || toks[s.start - 1].text == ",";
    let verb_after = toks
        .get(s.end)
        .is_some_and(|t| t.word && !t.cap() && t.lower.chars().count() <= 12);
    let no_quote_between =
        !(next..s.start).any(|x| matches!(toks[x].text.as_str(), "«" | "»" | "\"" | "“" | "”"));
    (subject_place && verb_after && no_quote_between).then_some(Who::Entity(s.entity))
}

/// Tokens between a quote and the next within which the speaker of the
/// first may go on speaking.
const GOES_ON_REACH: usize = 50;

/// The speaker of the quote before, for a quote opening at token `k` that
/// goes on right after that quote's attribution, in the same paragraph,
/// with no one else named: '"…," he told reporters, "but at least we have
/// a deal"', '"…," said Messi, 35, who was named player of the tournament.
/// "It's crazy."'. Only the attribution may stand between the two (one
/// clause with its speech verb), and the second quote must open a sentence
/// or follow that clause's comma: a quote inside narration ("le groupe a
/// réclamé « … »", "Car « … »") is someone else's words.
fn goes_on(
    text: &[char],
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
    previous: Option<&(usize, Who)>,
    k: usize,
) -> Option<Who> {
    let (from, who) = previous?;
    let from = *from;
    if from >= k || k - from > GOES_ON_REACH {
        return None;
    }
    let ends = |t: &Tok| matches!(t.text.as_str(), "." | "!" | "?" | "…");
    let opens = ends(&toks[k - 1]) || toks[k - 1].text == ",";
    let one_clause = !toks[from..k - 1].iter().any(ends)
        && toks[from..k - 1]
            .iter()
            .any(|t| lx.is_speech_verb(&t.lower));
    if !opens || !one_clause {
        return None;
    }
    // The same paragraph, or the next one opening with the quote ('"…,"
    // Charles said.¶"It was fun going out there…"': a quote paragraph
    // after an attributed one goes on with its speaker).
    let broken = |a: usize, b: usize| slice_chars(text, a, b.saturating_sub(a)).any(|&c| c == '\n');
    let same_paragraph = !broken(toks[from].start, toks[k].start)
        || (broken(toks[k - 1].end, toks[k].start) && ends(&toks[k - 1]));
    // A role that is the subject of the verb of speech in between speaks
    // now ("…» Contacté par France Bleu, le gérant de la société dénonce
    // …. « …"); after the verb, it is the last quote's attribution ("…»,
    // a ajouté le ministre. « …").
    let verb = (from..k).find(|&x| lx.is_speech_verb(&toks[x].lower));
    let role_subject = verb.is_some_and(|v| {
        (from + 1..v).any(|x| lx.is_role(&toks[x].lower) && lx.is_article(&toks[x - 1].lower))
    });
    let someone_else = role_subject
        || spans.iter().any(|s| {
            (from..k).contains(&s.start)
                && entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
                && Who::Entity(s.entity) != *who
        });
    (same_paragraph && !someone_else).then(|| who.clone())
}

/// Whether the straight quotation mark at character `at` can only close a
/// quote: glued to the word before it and followed by a space or a
/// punctuation mark (`son travail". Il a`). Taken for an opening mark, it
/// pairs with the next quote's opening mark and quotes the narration in
/// between.
fn closes_only(text: &[char], at: usize) -> bool {
    let before = at.checked_sub(1).and_then(|i| text.get(i));
    let after = text.get(at + 1);
    before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '!' | '?' | ')' | '…'))
        && after.is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | ')'))
}

/// Sentences before a quote within which "il" or "elle" with no speaker
/// yet is the last person named.
const PRONOUN_REACH: usize = 2;

/// Most words of a quoted sub-heading (see `quotes`).
const MAX_HEADING_WORDS: usize = 12;

/// Whether the speech verb at `v` has its subject pronoun after it
/// ("a-t-il ajouté", "dit-elle"), someone already named; not the
/// impersonal "a-t-on", which is no one.
fn inverted_pronoun(toks: &[Tok], v: usize) -> bool {
    let own = toks[v].lower.as_str();
    INVERTED_PRONOUNS.iter().any(|p| own.ends_with(p))
        || toks
            .get(v + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "-t-il" | "-t-elle" | "il" | "elle"))
}

/// The sex the pronoun after the speech verb at `v` says: "a-t-il",
/// "ajoute-t-elle", "dit-il".
fn pronoun_sex(toks: &[Tok], v: usize) -> Option<Sex> {
    let own = toks[v].lower.as_str();
    let next = toks.get(v + 1).map_or("", |t| t.lower.as_str());
    if own.ends_with("-il") || matches!(next, "-t-il" | "il" | "-il") {
        Some(Sex::Male)
    } else if own.ends_with("-elle") || matches!(next, "-t-elle" | "elle" | "-elle") {
        Some(Sex::Female)
    } else {
        None
    }
}

/// The sex a person's first name says (see
/// [`vocabulary::sex_of_given_name`]).
fn sex_of_entity(entities: &[Entity], e: usize) -> Option<Sex> {
    let entity = entities.get(e).filter(|x| x.kind == EntityType::Per)?;
    let first = entity.name.split_whitespace().next()?;
    vocabulary::sex_of_given_name(&first.to_lowercase())
}

/// The names of an article, and where its quotes stand, as a pronoun's
/// person is looked for among them.
struct Mentions<'a> {
    spans: &'a [Span],
    toks: &'a [Tok],
    entities: &'a [Entity],
    /// Character ranges of the quotes found so far.
    quoted: &'a [(usize, usize)],
}

impl<'a> Mentions<'a> {
    fn new(
        spans: &'a [Span],
        toks: &'a [Tok],
        entities: &'a [Entity],
        quoted: &'a [(usize, usize)],
    ) -> Self {
        Mentions {
            spans,
            toks,
            entities,
            quoted,
        }
    }
}

/// Who "a-t-il ajouté" is: the last speaker, unless the pronoun's sex is
/// not theirs ("Delphine Ernotte … », a-t-il insisté"); else the last
/// person named whose first name does not say otherwise. With
/// `follows_on`, the person the sentence just before names first comes
/// before the last speaker ("Johnson … urged lawmakers to rally. \"…,\" he
/// told reporters"; "Agnès Buzyn a assuré qu'elle partait. « … », a-t-elle
/// dit"), even after someone else's quote. A name inside a quote found so
/// far is never the speaker: a speaker names others.
fn pronoun_speaker(
    last_speaker: &Option<Who>,
    m: &Mentions<'_>,
    k: usize,
    sex: Option<Sex>,
    follows_on: bool,
) -> Option<Who> {
    let (spans, toks, entities) = (m.spans, m.toks, m.entities);
    let fits = |e: usize| fits_sex(entities, e, sex);
    if follows_on {
        let sentence = toks.get(k)?.sentence;
        let before = sentence.checked_sub(1).filter(|_| sentence != usize::MAX);
        let named_before = before.and_then(|b| {
            last_person(m, k, &fits)
                .filter(|w| matches!(w, Who::Entity(e) if named_in(spans, toks, *e, b)))
        });
        if named_before.is_some() {
            return named_before;
        }
    }
    match last_speaker {
        Some(Who::Entity(e)) if !fits(*e) => last_person(m, k, &fits),
        Some(who) => Some(who.clone()),
        None => last_person(m, k, &fits),
    }
}

/// Whether `who` is named between tokens `from` and `to`, in the quote a
/// pronoun attributes: no one names themselves in what they say ("« … les
/// leçons des deux septennats de François Mitterrand … », confie-t-il"
/// is François Hollande's, not Mitterrand's).
fn named_within(who: &Who, spans: &[Span], from: usize, to: usize) -> bool {
    matches!(who, Who::Entity(e) if spans.iter().any(|s| s.entity == *e && s.start > from && s.end <= to))
}

/// Whether entity `e` can be the person a pronoun of sex `sex` stands
/// for: its sex, when its given name tells one, is the pronoun's.
fn fits_sex(entities: &[Entity], e: usize, sex: Option<Sex>) -> bool {
    match (sex, sex_of_entity(entities, e)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

/// Whether entity `e` is named in sentence `sentence`.
fn named_in(spans: &[Span], toks: &[Tok], e: usize, sentence: usize) -> bool {
    spans
        .iter()
        .any(|s| s.entity == e && toks[s.start].sentence == sentence)
}

/// The person last named before token `k`, in its sentence or the
/// [`PRONOUN_REACH`] before, that `fits`: who "a-t-il affirmé" is when no
/// one has been quoted yet ("Sergueï Papov, 45 ans, a voté contre. « … »,
/// a-t-il affirmé"). Within that sentence, its first such person: French
/// puts the subject first ("Nathalie Loiseau a critiqué les populistes
/// comme Marine Le Pen").
fn last_person(m: &Mentions<'_>, k: usize, fits: &dyn Fn(usize) -> bool) -> Option<Who> {
    let (spans, toks, entities, quoted) = (m.spans, m.toks, m.entities, m.quoted);
    let sentence = toks.get(k)?.sentence;
    let candidates: Vec<&Span> = spans
        .iter()
        .rev()
        .filter(|s| s.end <= k)
        .take_while(|s| {
            let own = toks[s.start].sentence;
            own != usize::MAX && own <= sentence && sentence - own <= PRONOUN_REACH
        })
        .filter(|s| {
            // Not a possessor ("la fiancée de Khashoggi", "la société
            // d'Elon Musk"): the sentence is about someone else.
            let before = s.start.checked_sub(1).map(|x| toks[x].lower.as_str());
            let elided = s.start >= 2
                && matches!(toks[s.start - 1].text.as_str(), "'" | "’")
                && toks[s.start - 2].lower == "d";
            // "Trump's own director of national intelligence, Dan Coats".
            !matches!(before, Some("de" | "du" | "des" | "of")) && !elided && !genitive(toks, s.end)
        })
        .filter(|s| {
            entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per)
                && fits(s.entity)
                // A name a speaker says ("« Macron, c'est un petit
                // joueur »") is not the one speaking.
                && !quoted.iter().any(|&(a, b)| (a..b).contains(&toks[s.start].start))
        })
        .collect();
    let Some(first) = candidates.first() else {
        return only_person(m, k, fits);
    };
    let last = toks[first.start].sentence;
    candidates
        .iter()
        .rev()
        .find(|s| toks[s.start].sentence == last)
        .map(|s| Who::Entity(s.entity))
}

/// The one person the article has named before token `k`, outside
/// quotes, when there is only one that `fits` and no other first name came
/// before `k`: a portrait or an interview names its subject in the lead and
/// then says "elle" for paragraphs ("Nadine Morano abat ses dernières
/// cartes. … la députée européenne … « … », détaille-t-elle").
fn only_person(m: &Mentions<'_>, k: usize, fits: &dyn Fn(usize) -> bool) -> Option<Who> {
    let mut people = m
        .spans
        .iter()
        .filter(|s| s.end <= k && m.toks[s.start].sentence != usize::MAX)
        .filter(|s| m.entities.get(s.entity).map(|e| e.kind) == Some(EntityType::Per))
        .filter(|s| {
            !m.quoted
                .iter()
                .any(|&(a, b)| (a..b).contains(&m.toks[s.start].start))
        })
        .map(|s| s.entity);
    let one = people.next()?;
    if !(people.all(|e| e == one) && fits(one)) {
        return None;
    }
    // A first name that the recogniser did not make a person ("José est
    // boulanger", "a dit à l'AFP Zach, 22 ans") may be the one speaking;
    // places named like people ("Paris", "Florence") are not.
    // Spans are sorted and do not overlap (see `speaker_in`).
    let kind_at = |x: usize| {
        let at = m.spans.partition_point(|s| s.start <= x);
        at.checked_sub(1)
            .map(|i| &m.spans[i])
            .filter(|s| x < s.end)
            .map(|s| (s.entity, m.entities.get(s.entity).map(|e| e.kind)))
    };
    let someone_else = (0..k).any(|x| {
        let t = &m.toks[x];
        t.word
            && t.cap()
            && crate::vocabulary::is_given_name(&t.lower)
            // "Les", capitalised as a sentence opens, is no one.
            && !crate::vocabulary::is_common_word(&t.lower)
            && match kind_at(x) {
                None => true,
                Some((e, kind)) => e != one && kind != Some(EntityType::Loc),
            }
    });
    (!someone_else).then_some(Who::Entity(one))
}

/// Whether every paragraph that `text[start..end]` runs into opens with a
/// quotation mark.
fn reopens_each_paragraph(text: &[char], start: usize, end: usize) -> bool {
    let end = end.min(text.len());
    let mut i = start;
    while i < end {
        if text[i] == '\n' {
            let next = text[i..end].iter().find(|c| !c.is_whitespace());
            if next.is_some_and(|c| !matches!(c, '«' | '“' | '"')) {
                return false;
            }
            while i < end && text[i].is_whitespace() {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    true
}

fn quote(
    text: &[char],
    start: usize,
    end: usize,
    speaker: Option<Who>,
    entities: &[Entity],
    direct: bool,
) -> Quote {
    let (name, key) = match speaker {
        Some(Who::Entity(e)) => (
            Some(entities[e].name.clone()),
            Some(entities[e].key.clone()),
        ),
        Some(Who::Phrase(p)) => (Some(p), None),
        None => (None, None),
    };
    // The comma that hands a quote over to its speaker ("…, » a dit X",
    // '"…," he said') is the sentence's, not the speaker's words.
    let mut end = end;
    while end > start && matches!(text[end - 1], ',' | ' ' | '\u{a0}') {
        end -= 1;
    }
    Quote {
        speaker: name,
        speaker_key: key,
        text: slice_chars(text, start, end - start).collect(),
        start,
        end,
        direct,
    }
}

/// The person whose view a sentence opens on, before a quote at `k` with
/// no verb of saying: "Pour Guillaume Peltier, le ministre « ne pense qu'à
/// lui-même »", "Selon Kamel, « c'est plus simple »", "According to Smith,
/// \"…\"". Only a person: "Pour la France, « … »" names no speaker.
fn opinion_holder(
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    start: usize,
    k: usize,
) -> Option<usize> {
    let after = match toks.get(start)?.lower.as_str() {
        "pour" | "selon" => start + 1,
        "according" if toks.get(start + 1).is_some_and(|t| t.lower == "to") => start + 2,
        _ => return None,
    };
    let span = spans.iter().find(|s| s.start == after)?;
    (entities.get(span.entity).map(|e| e.kind) == Some(EntityType::Per)
        && span.end < k
        && toks.get(span.end).is_some_and(|t| t.text == ","))
    .then_some(span.entity)
}

/// Longest apposition (in tokens) that [`reported`] reads past after a
/// "selon X," / "according to X,".
const MAX_APPOSITION: usize = 12;

fn reported(
    text: &[char],
    toks: &[Tok],
    s: usize,
    e: usize,
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
) -> Option<Quote> {
    // "Selon X, clause."
    if toks[s].lower == lx.according && lx.lang == Lang::Fr
        || (toks[s].lower == "according" && toks.get(s + 1).is_some_and(|t| t.lower == "to"))
    {
        let after = if toks[s].lower == "according" {
            s + 2
        } else {
            s + 1
        };
        let mut comma = (after..e).find(|&x| toks[x].text == ",")?;
        // What a country or a paper says counts too ("selon La Voix du
        // Nord", "according to India"), and the whole phrase is the
        // source: "according to a report from TMZ".
        let kind = |sp: &&Span| entities.get(sp.entity).map(|x| x.kind);
        let mut speaker = speaker_in(spans, toks, entities, lx, after..comma, false, true)
            .or_else(|| {
                spans
                    .iter()
                    .find(|sp| sp.start >= after && sp.end <= comma)
                    .map(|sp| sp.entity)
            })?;
        let next = (comma + 1..e).find(|&x| toks[x].text == ",");
        if let Some(next) = next {
            let person = spans
                .iter()
                .find(|sp| sp.start == comma + 1 && sp.end == next)
                .filter(|sp| kind(sp) == Some(EntityType::Per));
            if let Some(person) = person {
                // "Selon le directeur de la Sûreté générale, Abbas
                // Ibrahim, …": the person in apposition to the role is who
                // says it.
                if entities
                    .get(speaker)
                    .is_some_and(|x| x.kind != EntityType::Per)
                {
                    speaker = person.entity;
                    comma = next;
                }
            } else if next - comma <= MAX_APPOSITION
                && (comma + 1..next).any(|x| lx.is_role(&toks[x].lower))
                && !(comma + 1..next).any(|x| lx.is_speech_verb(&toks[x].lower))
                && !spans.iter().any(|sp| {
                    sp.start > comma && sp.end <= next && kind(&sp) == Some(EntityType::Per)
                })
            {
                // "According to Alan Mauldin, research director of
                // TeleGeography, the outage…": the role is not what he said
                // (but "selon Le Parisien, l'ancien président François
                // Hollande va…" is).
                comma = next;
            }
        }
        let (a, b) = (toks.get(comma + 1)?.start, toks[e - 1].end);
        return (comma + 1 < e)
            .then(|| quote(text, a, b, Some(Who::Entity(speaker)), entities, false));
    }
    // "X affirme que clause."
    let verb = (s..e).find(|&x| lx.is_speech_verb(&toks[x].lower))?;
    let que = (verb + 1..(verb + 4).min(e))
        .find(|&x| matches!(toks[x].lower.as_str(), "que" | "qu" | "that"))?;
    // Not a place the subject is in ("À Niamey, des proches du président
    // assurent que…": the subject then has no name), but a country that
    // speaks ("North Korea said that…").
    let speaker = speaker_in(spans, toks, entities, lx, s..verb, true, true)?;
    let start_tok = if toks.get(que + 1).is_some_and(|t| t.text == "'") {
        que + 2
    } else {
        que + 1
    };
    let (a, b) = (toks.get(start_tok)?.start, toks[e - 1].end);
    Some(quote(
        text,
        a,
        b,
        Some(Who::Entity(speaker)),
        entities,
        false,
    ))
}

pub(crate) fn disagreements(
    text: &[char],
    toks: &[Tok],
    spans: &[Span],
    entities: &[Entity],
    lx: &Lexicon,
) -> Vec<Disagreement> {
    let mut out = Vec::new();
    for std::ops::Range { start: s, end: e } in sentence_ranges(toks) {
        if let Some(m) = (s..e).find(|&x| contests_a_claim(toks, x, s, e, lx)) {
            // The contester: after "par"/"by", or the subject before the marker.
            // A capital or a country speaks for its government ("Moscou et
            // Ankara se rejettent…").
            let party = |range: std::ops::Range<usize>, last: bool| {
                speaker_in(spans, toks, entities, lx, range, last, true)
            };
            let contester = if toks
                .get(m + 1)
                .is_some_and(|t| t.lower == "par" || t.lower == "by")
            {
                party(m + 2..(m + 8).min(e), false)
            } else {
                party(s..m, true)
            };
            let verb = (s..m).find(|&x| lx.is_speech_verb(&toks[x].lower));
            let claimant = match verb {
                Some(v) => party(s..v, true),
                // "Moscou et Ankara se rejettent la responsabilité".
                None => party(s..m, false),
            }
            .filter(|c| Some(*c) != contester);
            if contester.is_some() {
                out.push(Disagreement {
                    text: slice_chars(text, toks[s].start, toks[e - 1].end - toks[s].start)
                        .collect(),
                    claimant: claimant.map(|c| entities[c].name.clone()),
                    contester: contester.map(|c| entities[c].name.clone()),
                });
            }
        }
    }
    out
}

/// Whether token `m` (in the sentence `s..e`) contests a claim: a denial
/// ("ce que le Quai d'Orsay a démenti", "X denied that"), unless its object
/// is a person or a request ("to deny Kolo Muani", "denied bail"); or a
/// rejection whose object or subject is a claim ("se rejettent la responsabilité", "une version
/// contestée par Ankara"), not a bill or a request ("le Conseil a rejeté
/// la demande", "un texte aussi contesté").
fn contests_a_claim(toks: &[Tok], m: usize, s: usize, e: usize, lx: &Lexicon) -> bool {
    let w = &toks[m].lower;
    if !lx.is_contest(w) {
        return false;
    }
    let next = toks.get(m + 1).filter(|_| m + 1 < e);
    if lx.is_denial(w) {
        // "to deny Kolo Muani" (a save), "denied bail" (a request); but
        // "Israel denied Monday that …".
        let person = next.is_some_and(|t| t.word && t.cap() && !lx.is_calendar(&t.lower));
        let request = (m + 1..(m + 4).min(e)).any(|x| lx.is_request(&toks[x].lower));
        return !person && !request;
    }
    let claim_near = |r: std::ops::Range<usize>| r.into_iter().any(|x| lx.is_claim(&toks[x].lower));
    let agent = next.is_some_and(|t| t.lower == "par" || t.lower == "by");
    claim_near(m + 1..(m + 5).min(e)) || (agent && claim_near(m.saturating_sub(4).max(s)..m))
}

/// The token ranges of the sentences, in order.
fn sentence_ranges(toks: &[Tok]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut s = 0;
    std::iter::from_fn(move || {
        let sentence = toks.get(s)?.sentence;
        let e = (s..toks.len())
            .find(|&x| toks[x].sentence != sentence)
            .unwrap_or(toks.len());
        let range = s..e;
        s = e;
        Some(range)
    })
}
