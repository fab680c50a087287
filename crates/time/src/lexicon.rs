//! Words of time, per language: the tables the patterns are written over.
//! Keys are lowercase and without diacritics (see `fold`).

use gazette_lang::Lang;

/// Month names and abbreviations, 1-based.
pub fn month(w: &str, lang: Lang) -> Option<u32> {
    let fr: &[(&str, u32)] = &[
        ("janvier", 1),
        ("janv", 1),
        ("fevrier", 2),
        ("fevr", 2),
        ("fev", 2),
        ("mars", 3),
        ("avril", 4),
        ("avr", 4),
        ("mai", 5),
        ("juin", 6),
        ("juillet", 7),
        ("juil", 7),
        ("aout", 8),
        ("septembre", 9),
        ("sept", 9),
        ("octobre", 10),
        ("oct", 10),
        ("novembre", 11),
        ("nov", 11),
        ("decembre", 12),
        ("dec", 12),
    ];
    let en: &[(&str, u32)] = &[
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sep", 9),
        ("sept", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ];
    let table = if lang == Lang::Fr { fr } else { en };
    table.iter().find(|(k, _)| *k == w).map(|&(_, m)| m)
}

/// Weekday names, Monday = 1.
pub fn weekday(w: &str, lang: Lang) -> Option<u32> {
    let fr = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    let en = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let table = if lang == Lang::Fr { fr } else { en };
    let w = w
        .strip_suffix('s')
        .filter(|_| lang == Lang::Fr || w.ends_with("days"))
        .unwrap_or(w);
    table.iter().position(|k| *k == w).map(|i| i as u32 + 1)
}

/// Number words up to the tens the press writes out.
pub fn number(w: &str, lang: Lang) -> Option<f64> {
    if let Ok(n) = w.replace(',', ".").parse::<f64>() {
        return Some(n);
    }
    let fr: &[(&str, f64)] = &[
        ("un", 1.0),
        ("une", 1.0),
        ("deux", 2.0),
        ("trois", 3.0),
        ("quatre", 4.0),
        ("cinq", 5.0),
        ("six", 6.0),
        ("sept", 7.0),
        ("huit", 8.0),
        ("neuf", 9.0),
        ("dix", 10.0),
        ("onze", 11.0),
        ("douze", 12.0),
        ("treize", 13.0),
        ("quatorze", 14.0),
        ("quinze", 15.0),
        ("seize", 16.0),
        ("dix-sept", 17.0),
        ("dix-huit", 18.0),
        ("dix-neuf", 19.0),
        ("vingt", 20.0),
        ("trente", 30.0),
        ("quarante", 40.0),
        ("cinquante", 50.0),
        ("soixante", 60.0),
        ("cent", 100.0),
        ("mille", 1000.0),
    ];
    let en: &[(&str, f64)] = &[
        ("a", 1.0),
        ("an", 1.0),
        ("one", 1.0),
        ("two", 2.0),
        ("three", 3.0),
        ("four", 4.0),
        ("five", 5.0),
        ("six", 6.0),
        ("seven", 7.0),
        ("eight", 8.0),
        ("nine", 9.0),
        ("ten", 10.0),
        ("eleven", 11.0),
        ("twelve", 12.0),
        ("fifteen", 15.0),
        ("twenty", 20.0),
        ("thirty", 30.0),
        ("forty", 40.0),
        ("fifty", 50.0),
        ("hundred", 100.0),
    ];
    let table = if lang == Lang::Fr { fr } else { en };
    table.iter().find(|(k, _)| *k == w).map(|&(_, n)| n)
}

/// Vague quantities: "quelques", "plusieurs", "several" give an `X` value.
pub fn vague(w: &str, lang: Lang) -> bool {
    match lang {
        Lang::Fr => matches!(w, "quelques" | "plusieurs" | "des" | "de"),
        _ => matches!(w, "several" | "few" | "many"),
    }
}

/// A unit of duration: the ISO letter and whether it is a time unit (`PT`).
pub fn unit(w: &str, lang: Lang) -> Option<(&'static str, bool)> {
    let fr: &[(&str, &str, bool)] = &[
        ("seconde", "S", true),
        ("secondes", "S", true),
        ("minute", "M", true),
        ("minutes", "M", true),
        ("heure", "H", true),
        ("heures", "H", true),
        ("jour", "D", false),
        ("jours", "D", false),
        ("journee", "D", false),
        ("journees", "D", false),
        ("semaine", "W", false),
        ("semaines", "W", false),
        ("mois", "M", false),
        ("an", "Y", false),
        ("ans", "Y", false),
        ("annee", "Y", false),
        ("annees", "Y", false),
        ("decennie", "DE", false),
        ("decennies", "DE", false),
        ("siecle", "CE", false),
        ("siecles", "CE", false),
    ];
    let en: &[(&str, &str, bool)] = &[
        ("second", "S", true),
        ("seconds", "S", true),
        ("minute", "M", true),
        ("minutes", "M", true),
        ("hour", "H", true),
        ("hours", "H", true),
        ("day", "D", false),
        ("days", "D", false),
        ("week", "W", false),
        ("weeks", "W", false),
        ("month", "M", false),
        ("months", "M", false),
        ("year", "Y", false),
        ("years", "Y", false),
        ("decade", "DE", false),
        ("decades", "DE", false),
        ("century", "CE", false),
        ("centuries", "CE", false),
    ];
    let table = if lang == Lang::Fr { fr } else { en };
    table
        .iter()
        .find(|(k, _, _)| *k == w)
        .map(|&(_, u, t)| (u, t))
}

/// Parts of the day and their TIMEX3 codes.
pub fn part_of_day(w: &str, lang: Lang) -> Option<&'static str> {
    match (lang, w) {
        (Lang::Fr, "matin" | "matinee") => Some("MO"),
        (Lang::Fr, "apres-midi") => Some("AF"),
        (Lang::Fr, "soir" | "soiree") => Some("EV"),
        (Lang::Fr, "nuit") => Some("NI"),
        (_, "morning") => Some("MO"),
        (_, "afternoon") => Some("AF"),
        (_, "evening") => Some("EV"),
        (_, "night" | "tonight") => Some("NI"),
        _ => None,
    }
}

/// Seasons and their TIMEX3 codes.
pub fn season(w: &str, lang: Lang) -> Option<&'static str> {
    match (lang, w) {
        (Lang::Fr, "printemps") | (_, "spring") => Some("SP"),
        (Lang::Fr, "ete") | (_, "summer") => Some("SU"),
        (Lang::Fr, "automne") | (_, "autumn" | "fall") => Some("FA"),
        (Lang::Fr, "hiver") | (_, "winter") => Some("WI"),
        _ => None,
    }
}

/// What a day can be the name of (see [`named_by_a_day`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Named {
    /// A street, a bridge, a square, a station, a school: always a name.
    Place,
    /// A movement, a coalition: a name when written without a year ("le
    /// Mouvement du 6 avril"); with one it is the happening it began with
    /// ("s'être opposé au mouvement du 25 janvier 2011").
    Group,
}

/// Nouns that a day can name, so that the day dates nothing: "le pont du 6
/// octobre", "la rue du 19 mars 1962", "le Mouvement du 6 avril" in French
/// (the noun, then `du`), "the April 6 Youth Movement", "the 6th of October
/// Bridge" in English (the noun after the day).
pub fn named_by_a_day(w: &str, lang: Lang) -> Option<Named> {
    let place = match lang {
        Lang::Fr => matches!(
            w,
            "pont"
                | "rue"
                | "place"
                | "avenue"
                | "boulevard"
                | "quai"
                | "allee"
                | "impasse"
                | "square"
                | "esplanade"
                | "carrefour"
                | "rond-point"
                | "stade"
                | "gare"
                | "station"
                | "lycee"
                | "college"
                | "ecole"
                | "hopital"
                | "quartier"
        ),
        _ => matches!(
            w,
            "bridge"
                | "street"
                | "square"
                | "avenue"
                | "boulevard"
                | "road"
                | "stadium"
                | "station"
        ),
    };
    let group = match lang {
        Lang::Fr => matches!(
            w,
            "mouvement" | "coalition" | "collectif" | "alliance" | "brigade" | "bataillon"
        ),
        _ => matches!(w, "movement" | "coalition" | "alliance" | "brigade"),
    };
    if place {
        Some(Named::Place)
    } else if group {
        Some(Named::Group)
    } else {
        None
    }
}
