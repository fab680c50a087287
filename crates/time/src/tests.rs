//! Table-driven tests, one table per pattern family.

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// A case: text, reference date, expected (surface, value) pairs.
type Case<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

fn check(lang: Lang, cases: &[Case<'_>]) {
    for (text, reference, expected) in cases {
        let got: Vec<(String, String)> = tag(text, lang, Some(d(reference)))
            .into_iter()
            .map(|t| (t.text, t.value))
            .collect();
        let want: Vec<(String, String)> = expected
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }
}

#[test]
fn absolute_dates() {
    check(
        Lang::Fr,
        &[
            (
                "après les bombardements du 27 février, Moscou",
                "2020-02-28",
                &[("27 février", "2020-02-27")],
            ),
            (
                "le 27 mai 1998 à Paris",
                "1999-05-20",
                &[("le 27 mai 1998", "1998-05-27")],
            ),
            (
                "le jeudi 12 septembre",
                "2002-09-10",
                &[("le jeudi 12 septembre", "2002-09-12")],
            ),
            (
                "le mercredi 1er mai",
                "2002-04-28",
                &[("le mercredi 1er mai", "2002-05-01")],
            ),
            (
                "en octobre 98 puis en août 2001",
                "1999-05-20",
                &[("octobre 98", "1998-10"), ("août 2001", "2001-08")],
            ),
            (
                "le 6 mai dernier",
                "1999-05-27",
                &[("le 6 mai dernier", "1999-05-06")],
            ),
            (
                "le 20 décembre dernier",
                "2003-02-10",
                &[("le 20 décembre dernier", "2002-12-20")],
            ),
            ("en 1998, 2000 personnes", "1999-05-20", &[("1998", "1998")]),
            ("l'année 2001", "1999-05-20", &[("l'année 2001", "2001")]),
        ],
    );
    check(
        Lang::En,
        &[
            (
                "on February 27, 2020 in Idlib",
                "2020-03-01",
                &[("February 27, 2020", "2020-02-27")],
            ),
            ("You may go", "2020-03-01", &[]),
        ],
    );
}

#[test]
fn months_and_modifiers() {
    check(
        Lang::Fr,
        &[
            (
                "septembre dernier",
                "2002-02-08",
                &[("septembre dernier", "2001-09")],
            ),
            (
                "juin prochain",
                "1999-05-20",
                &[("juin prochain", "1999-06")],
            ),
            ("en juillet", "1999-05-20", &[("juillet", "1999-07")]),
        ],
    );
    let t = tag("début octobre", Lang::Fr, Some(d("2002-09-01")));
    assert_eq!(
        (t[0].value.as_str(), t[0].modifier.as_deref()),
        ("2002-10", Some("START"))
    );
}

#[test]
fn relative_days_and_parts_of_day() {
    check(
        Lang::Fr,
        &[
            ("Hier, il a dit", "1999-05-19", &[("Hier", "1999-05-18")]),
            ("hier soir", "2003-02-04", &[("hier soir", "2003-02-03TEV")]),
            (
                "aujourd'hui",
                "2002-05-23",
                &[("aujourd'hui", "2002-05-23")],
            ),
            ("demain", "2002-05-23", &[("demain", "2002-05-24")]),
            ("ce matin", "2002-01-21", &[("ce matin", "2002-01-21TMO")]),
            (
                "Hier à 10 h",
                "1999-09-04",
                &[("Hier à 10 h", "1999-09-03T10:00")],
            ),
        ],
    );
    check(
        Lang::En,
        &[(
            "yesterday morning",
            "2020-02-28",
            &[("yesterday morning", "2020-02-27TMO")],
        )],
    );
}

#[test]
fn weekdays_land_in_the_right_week() {
    // 2020-02-28 is a Friday.
    check(
        Lang::Fr,
        &[
            (
                "se sont entretenus vendredi",
                "2020-02-28",
                &[("vendredi", "2020-02-28")],
            ),
            (
                "jeudi, 33 soldats",
                "2020-02-28",
                &[("jeudi", "2020-02-27")],
            ),
            (
                "ce mercredi à Sotchi",
                "2021-09-27",
                &[("ce mercredi", "2021-09-29")],
            ),
            (
                "vendredi dernier",
                "2020-02-28",
                &[("vendredi dernier", "2020-02-21")],
            ),
            (
                "lundi prochain",
                "2020-02-28",
                &[("lundi prochain", "2020-03-02")],
            ),
            (
                "mardi soir",
                "2003-02-20",
                &[("mardi soir", "2003-02-18TEV")],
            ),
        ],
    );
    check(
        Lang::En,
        &[(
            "last Friday",
            "2020-02-28",
            &[("last Friday", "2020-02-21")],
        )],
    );
}

#[test]
fn clock_times() {
    check(
        Lang::Fr,
        &[
            (
                "à 21 h 45",
                "1999-05-18",
                &[("21 h 45", "1999-05-18T21:45")],
            ),
            (
                "vers 15 h 30",
                "2003-02-22",
                &[("15 h 30", "2003-02-22T15:30")],
            ),
            ("à midi", "2003-02-21", &[("midi", "2003-02-21T12:00")]),
            (
                "hier. À 18 h",
                "1999-05-21",
                &[("hier", "1999-05-20"), ("18 h", "1999-05-20T18:00")],
            ),
        ],
    );
    check(
        Lang::En,
        &[(
            "at 10:30 p.m.",
            "2020-02-28",
            &[("10:30 p.m.", "2020-02-28T22:30")],
        )],
    );
    let t = tag("vers 15 h 30", Lang::Fr, Some(d("2003-02-22")));
    assert_eq!(t[0].modifier.as_deref(), Some("APPROX"));
}

#[test]
fn durations_and_ago() {
    check(
        Lang::Fr,
        &[
            (
                "de 30,4 secondes",
                "1999-05-17",
                &[("30,4 secondes", "PT30.4S")],
            ),
            ("six mois", "1999-05-17", &[("six mois", "P6M")]),
            ("dix-huit mois", "1999-05-17", &[("dix-huit mois", "P18M")]),
            (
                "environ une heure",
                "1999-05-17",
                &[("environ une heure", "PT1H")],
            ),
            ("quelques mois", "1999-05-17", &[("quelques mois", "PXM")]),
            (
                "un quart de siècle",
                "1999-05-17",
                &[("un quart de siècle", "P25Y")],
            ),
            (
                "Ces derniers jours",
                "1999-05-17",
                &[("Ces derniers jours", "PXD")],
            ),
            (
                "Il y a un an et demi, à Moscou",
                "2021-09-27",
                &[("Il y a un an et demi", "2020-03")],
            ),
            (
                "il y a trois ans",
                "2021-09-27",
                &[("il y a trois ans", "2018")],
            ),
        ],
    );
    check(
        Lang::En,
        &[("two years ago", "2021-09-27", &[("two years ago", "2019")])],
    );
}

#[test]
fn anchored_periods_seasons_sets_and_references() {
    check(
        Lang::Fr,
        &[
            (
                "cette semaine",
                "1999-07-09",
                &[("cette semaine", "1999-W27")],
            ),
            (
                "la semaine prochaine",
                "2020-02-28",
                &[("la semaine prochaine", "2020-W10")],
            ),
            // Said on a Tuesday, the week-end just past; on a Friday, the next.
            (
                "ce week-end",
                "2003-02-04",
                &[("ce week-end", "2003-W05-WE")],
            ),
            (
                "ce week-end",
                "2003-02-07",
                &[("ce week-end", "2003-W06-WE")],
            ),
            (
                "l'année dernière",
                "2002-05-23",
                &[("l'année dernière", "2001")],
            ),
            ("cet été", "1999-05-20", &[("cet été", "1999-SU")]),
            ("chaque jour", "1999-05-20", &[("chaque jour", "P1D")]),
            (
                "tous les jeudis",
                "1999-05-20",
                &[("tous les jeudis", "XXXX-WXX-4")],
            ),
            ("désormais", "1999-05-20", &[("désormais", "PRESENT_REF")]),
            (
                "la fin de l'année dernière",
                "2003-02-23",
                &[("la fin de l'année dernière", "2002")],
            ),
            ("un quinquennat", "1999-07-28", &[("quinquennat", "P5Y")]),
            (
                "le matin même",
                "2002-05-22",
                &[("le matin même", "2002-05-22TMO")],
            ),
            ("Il a été élu en été", "1999-05-20", &[("été", "XXXX-SU")]),
            ("les Jeux d'hiver", "2002-02-09", &[]),
        ],
    );
}

#[test]
fn offsets_are_characters_and_no_date_keeps_placeholders() {
    let t = tag("Élu le 27 février.", Lang::Fr, None);
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].start, t[0].end), (4, 17));
    assert_eq!(t[0].value, "XXXX-02-27");
    assert!(tag("Rien ici.", Lang::De, None).is_empty());
}

#[test]
fn a_bare_weekday_about_what_is_to_come_is_the_next_one() {
    check(
        Lang::En,
        &[
            // Wednesday 5 August 2020.
            (
                "Macron said he would travel to Beirut on Thursday.",
                "2020-08-05",
                &[("Thursday", "2020-08-06")],
            ),
            (
                "Macron travelled to Beirut on Thursday.",
                "2020-08-05",
                &[("Thursday", "2020-07-30")],
            ),
            (
                "Johnson must ask for an extension if he has not won approval by Saturday.",
                "2019-10-17",
                &[("Saturday", "2019-10-19")],
            ),
            (
                "The match was cancelled due to fog on Sunday.",
                "2020-08-05",
                &[("Sunday", "2020-08-02")],
            ),
            (
                "Prices rose more than expected on Friday.",
                "2020-08-05",
                &[("Friday", "2020-07-31")],
            ),
            // Written on a Friday: Saturday is tomorrow unless the
            // clause is in the past.
            (
                "EU leaders backed the deal, clearing the way for a decisive vote by MPs on Saturday.",
                "2019-10-18",
                &[("Saturday", "2019-10-19")],
            ),
            (
                "Macron is expected in Beirut on Thursday.",
                "2020-08-05",
                &[("Thursday", "2020-08-06")],
            ),
            (
                "The vote was held on Saturday.",
                "2019-10-18",
                &[("Saturday", "2019-10-12")],
            ),
            // The sentence before does not count.
            (
                "He will speak later. The vote took place on Monday.",
                "2020-08-05",
                &[("Monday", "2020-08-03")],
            ),
        ],
    );
    check(
        Lang::Fr,
        &[
            // Monday 27 September 2021.
            (
                "Erdogan se rendra mercredi à Sotchi.",
                "2021-09-27",
                &[("mercredi", "2021-09-29")],
            ),
            (
                "Emmanuel Macron est attendu jeudi à Beyrouth.",
                "2021-09-27",
                &[("jeudi", "2021-09-30")],
            ),
            (
                "Le sommet doit se tenir jeudi.",
                "2021-09-27",
                &[("jeudi", "2021-09-30")],
            ),
            (
                "Erdogan s'est rendu mercredi à Sotchi.",
                "2021-09-27",
                &[("mercredi", "2021-09-22")],
            ),
            (
                "Le suspect aurait été interpellé mardi.",
                "2021-09-27",
                &[("mardi", "2021-09-21")],
            ),
            (
                "Le président, qui se rendra à Ankara, a reçu jeudi son homologue.",
                "2021-09-27",
                &[("jeudi", "2021-09-23")],
            ),
        ],
    );
}

#[test]
fn a_deadline_weekday_is_ahead() {
    check(
        Lang::Fr,
        &[(
            "l'opposition a donné à M. Morsi jusqu'à mardi pour quitter le pouvoir",
            "2013-07-01",
            &[("mardi", "2013-07-02")],
        )],
    );
    check(
        Lang::En,
        &[(
            "They gave him until Friday to decide.",
            "2013-07-01",
            &[("Friday", "2013-07-05")],
        )],
    );
}

#[test]
fn a_weekday_that_opens_its_sentence_takes_the_tense_that_follows() {
    check(
        Lang::Fr,
        &[
            // Thursday 6 December 2018: a future after the weekday.
            (
                "Il a lu son message : \"Samedi ce sera l'aboutissement final.\"",
                "2018-12-06",
                &[("Samedi", "2018-12-08")],
            ),
            (
                "Les écoles rouvrent. Mardi, chaque élève se verra remettre un cahier.",
                "2020-05-08",
                &[("Mardi", "2020-05-12")],
            ),
            // Sunday 16 August 2020: Monday six days back is last Monday
            // when what follows is past…
            (
                "Lundi, au moins quatre personnes ont été tuées.",
                "2020-08-16",
                &[("Lundi", "2020-08-10")],
            ),
            // …and tomorrow when it is not; "d'été" is the summer.
            (
                "Lundi, cap sur Brest aux universités d'été.",
                "2012-09-09",
                &[("Lundi", "2012-09-10")],
            ),
            // A lowercase weekday after a name's "!" opens no sentence.
            (
                "Elle fait sa rentrée avec Libres! samedi dans l'Essonne et est citée comme candidate.",
                "2020-08-28",
                &[("samedi", "2020-08-29")],
            ),
        ],
    );
    check(
        Lang::En,
        &[(
            "On Friday, he will fly to Paris.",
            "2020-08-05",
            &[("Friday", "2020-08-07")],
        )],
    );
}

#[test]
fn the_second_day_of_a_pair_follows_the_first() {
    check(
        Lang::Fr,
        &[
            // Friday 27 December 2019: the weekend ahead.
            (
                "La SNCF prévoit 6 trains sur 10 samedi et dimanche.",
                "2019-12-27",
                &[("samedi", "2019-12-28"), ("dimanche", "2019-12-29")],
            ),
            // Monday 30 December 2019: the weekend past.
            (
                "Le trafic a été perturbé samedi et dimanche.",
                "2019-12-30",
                &[("samedi", "2019-12-28"), ("dimanche", "2019-12-29")],
            ),
        ],
    );
}

#[test]
fn intentions_and_threats_look_ahead() {
    check(
        Lang::Fr,
        &[(
            "Les manifestants, qui menacent de réinvestir Paris samedi, ont été reçus.",
            "2018-12-06",
            &[("samedi", "2018-12-08")],
        )],
    );
    check(
        Lang::En,
        &[(
            "The union threatens to strike on Monday.",
            "2018-12-06",
            &[("Monday", "2018-12-10")],
        )],
    );
}

#[test]
fn a_day_after_a_clock_time_is_its_day() {
    check(
        Lang::Fr,
        &[
            // Sunday 23 February 2003.
            (
                "vers 15 h 30, hier",
                "2003-02-23",
                &[("15 h 30", "2003-02-22T15:30"), ("hier", "2003-02-22")],
            ),
            (
                "Aux alentours de 23h30 samedi soir, une jeune fille a chuté.",
                "2016-06-05",
                &[("23h30 samedi soir", "2016-06-04T23:30")],
            ),
            // A length is not a time of day.
            (
                "Un appel à une grève de 24 heures mercredi.",
                "2020-06-17",
                &[("24 heures", "PT24H"), ("mercredi", "2020-06-17")],
            ),
        ],
    );
    check(
        Lang::En,
        &[(
            "The vote closes at 3 p.m. Tuesday.",
            "2020-08-05",
            &[("3 p.m. Tuesday", "2020-08-04T15:00")],
        )],
    );
}

#[test]
fn the_first_day_of_a_pair_takes_the_month_after_the_second() {
    check(
        Lang::Fr,
        &[
            (
                "Le procès aura lieu les 6 et 13 avril à Paris.",
                "2003-02-24",
                &[("les 6", "2003-04-06"), ("13 avril", "2003-04-13")],
            ),
            (
                "Sondage réalisé les 5 et 6 février 2019 auprès de 1002 Français.",
                "2019-02-10",
                &[("les 5", "2019-02-05"), ("6 février 2019", "2019-02-06")],
            ),
        ],
    );
}

#[test]
fn the_day_after_and_before_count_from_the_last_day_named() {
    check(
        Lang::Fr,
        &[
            (
                "Arrêté le 3 mars, il a été libéré le lendemain. Ce jour-là, il a parlé.",
                "2020-03-10",
                &[
                    ("le 3 mars", "2020-03-03"),
                    ("le lendemain", "2020-03-04"),
                    ("Ce jour-là", "2020-03-04"),
                ],
            ),
            // Counted from a summit that has no date here: nothing.
            (
                "Mardi, il est arrivé la veille du sommet.",
                "2020-03-10",
                &[("Mardi", "2020-03-10")],
            ),
            // No day named before: the day is unknown.
            (
                "Le lendemain matin, elle se réveille.",
                "2020-03-10",
                &[("Le lendemain matin", "XXXX-XX-XXTMO")],
            ),
        ],
    );
    check(
        Lang::En,
        &[(
            "The fire broke out on Monday and she died the next day.",
            "2012-11-22",
            &[("Monday", "2012-11-19"), ("the next day", "2012-11-20")],
        )],
    );
}

#[test]
fn a_day_that_names_a_street_or_a_movement_dates_nothing() {
    check(
        Lang::Fr,
        &[
            (
                "Des milliers de manifestants ont traversé samedi le pont du 6 octobre.",
                "2013-07-06",
                &[("samedi", "2013-07-06")],
            ),
            // The weekday after it is still read against the publication date.
            (
                "Le Mouvement du 6 avril appelle à manifester vendredi, rue du 19 mars 1962.",
                "2013-06-26",
                &[("vendredi", "2013-06-28")],
            ),
            // A day that dates a happening stays one.
            (
                "Les attentats du 11 septembre 2001 ont changé le monde.",
                "2011-09-10",
                &[("11 septembre 2001", "2001-09-11")],
            ),
        ],
    );
    check(
        Lang::En,
        &[(
            "Members of the April 6 Youth Movement marched on Friday.",
            "2013-06-26",
            &[("Friday", "2013-06-21")],
        )],
    );
}

#[test]
fn a_movement_with_the_year_it_began_is_dated() {
    check(
        Lang::Fr,
        &[(
            "Il s'est opposé au mouvement du 25 janvier 2011.",
            "2013-08-26",
            &[("25 janvier 2011", "2011-01-25")],
        )],
    );
}
