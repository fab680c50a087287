//! Sentence segmentation for news prose.
//!
//! Summaries, quotes and timelines work sentence by sentence, so the split
//! must survive what news text is full of: honorifics (`M. Lavrov`,
//! `Mme Merkel`, `Dr. Smith`), initials (`J. K. Rowling`), numbers
//! (`3.5 %`), acronyms with dots (`U.S.`), and quotes that close after the
//! final stop (`… a-t-il dit.»`). Generic Unicode segmentation breaks after
//! each of these; this splitter only breaks where a sentence plausibly ends
//! and the next one plausibly starts.

use std::ops::Range;

/// Abbreviations after which a period does not end a sentence (compared
/// lowercase, without the period).
const ABBREVIATIONS: &[&str] = &[
    "m", "mm", "mme", "mmes", "mlle", "mgr", "me", "dr", "pr", "st", "ste", "mr", "mrs", "ms",
    "prof", "gen", "gén", "col", "lt", "sgt", "capt", "cmdr", "sen", "rep", "gov", "jr", "sr",
    "etc", "cf", "p", "pp", "vol", "no", "nº", "n°", "art", "av", "bd", "ch", "chap", "fig", "env",
    "min", "max", "approx", "vs", "ca", "inc", "ltd", "co", "corp", "jan", "feb", "fév", "févr",
    "mar", "apr", "avr", "jun", "jul", "juil", "aug", "sep", "sept", "oct", "nov", "dec", "déc",
    "mt", "ft", "hon", "rev", "msgr", "adm", "maj", "brig", "supt", "dept", "univ",
];

/// Characters that close a sentence.
fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Characters allowed between the terminal punctuation and the space.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '»' | '”' | '’' | ')' | ']' | '\u{a0}' | '\u{202f}'
    )
}

/// Whether a sentence may start with `c`: a capital, a digit, a quote, a
/// bracket, a dash or a bullet ("…, indique le ministère. • Troisième mort
/// …": a list item or a subheading flattened into the text).
fn is_opener(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '«' | '"'
                | '“'
                | '\''
                | '('
                | '['
                | '¿'
                | '¡'
                | '—'
                | '–'
                | '-'
                | '•'
                | '►'
                | '▪'
                | '■'
        )
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding white
/// space. Line breaks always end a sentence: in Gazette's text a line is a
/// paragraph, a heading or a list item.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(
            text,
            line_start,
            line.trim_end_matches(['\n', '\r']),
            &mut out,
        );
        line_start += line.len();
    }
    out
}

fn split_line(text: &str, offset: usize, line: &str, out: &mut Vec<Range<usize>>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if !is_terminal(c) {
            i += 1;
            continue;
        }
        // Swallow runs like "?!" or "..." and the closers after them.
        let mut j = i + 1;
        while j < chars.len() && (is_terminal(chars[j].1) || is_closer(chars[j].1)) {
            j += 1;
        }
        let at_space = j < chars.len() && chars[j].1.is_whitespace();
        if !at_space {
            // Two paragraphs glued by a flattening that dropped the space:
            // "3,1 points.Les intentions", "en 2014.Une déconvenue".
            if c == '.' && j == i + 1 && glued(&line[..pos], &chars[j..]) {
                push_trimmed(text, offset, start, pos + 1, out);
                start = chars[j].0;
            }
            i = j.max(i + 1);
            continue;
        }
        let mut k = j;
        while k < chars.len() && chars[k].1.is_whitespace() {
            k += 1;
        }
        let next_ok = k < chars.len() && is_opener(chars[k].1);
        if next_ok && !(c == '.' && j == i + 1 && is_abbreviation(&line[..pos])) {
            push_trimmed(
                text,
                offset,
                start,
                chars[j - 1].0 + chars[j - 1].1.len_utf8(),
                out,
            );
            start = chars[k].0;
        }
        let _ = pos;
        i = k.max(i + 1);
    }
    push_trimmed(text, offset, start, line.len(), out);
}

fn push_trimmed(text: &str, offset: usize, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[offset + start..offset + end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(offset + start + lead..offset + end - trail);
    }
}

/// Whether a period with no space after it still ends a sentence: a word
/// of two letters or more, or a number, before it (a closing quote or
/// bracket may follow the word: `besoin".Le`), a capitalised word after it.
/// Initials (`M.Lavrov`), dotted acronyms (`U.S.Army`), abbreviations and
/// web addresses do not qualify.
fn glued(before: &str, after: &[(usize, char)]) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '“'))
        .next()
        .unwrap_or("")
        .trim_end_matches(['"', '\'', '»', '”', '’', ')', ']']);
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let digits = word.chars().filter(|c| c.is_ascii_digit()).count();
    let plain = word
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'));
    let next_word = matches!(after, [(_, a), (_, b), ..] if a.is_uppercase() && b.is_lowercase());
    plain
        && (letters >= 2 || digits >= 2)
        && next_word
        && !ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Whether the word that `before` ends on, right before a period, is an
/// abbreviation, an initial or a dotted acronym ("M", "J", "U.S", "Inc"),
/// so that the period belongs to it and does not end the sentence.
pub fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '(' | '«' | '"' | '“' | '\''))
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    // An initial ("J.") or a dotted acronym ("U.S", "J.-C").
    if word.chars().next().is_some_and(char::is_uppercase) && letters == 1 {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn honorifics_and_initials_do_not_end_sentences() {
        let t = "M. Lavrov a parlé. Mme Merkel aussi. J. K. Rowling écrit. Le Dr. Smith dit non.";
        assert_eq!(
            split(t),
            [
                "M. Lavrov a parlé.",
                "Mme Merkel aussi.",
                "J. K. Rowling écrit.",
                "Le Dr. Smith dit non."
            ]
        );
    }

    #[test]
    fn quotes_close_after_the_stop() {
        let t = "«Un espace de dialogue existe.» Les deux parties ont parlé. \"Yes,\" he said. It's done!";
        assert_eq!(
            split(t),
            [
                "«Un espace de dialogue existe.»",
                "Les deux parties ont parlé.",
                "\"Yes,\" he said.",
                "It's done!"
            ]
        );
    }

    #[test]
    fn numbers_acronyms_and_lowercase_continuations_stay_together() {
        let t = "Growth was 3.5 percent in the U.S. economy. He said no. and left? Yes.";
        assert_eq!(
            split(t),
            [
                "Growth was 3.5 percent in the U.S. economy.",
                "He said no. and left?",
                "Yes."
            ]
        );
    }

    #[test]
    fn a_bullet_opens_a_sentence() {
        assert_eq!(
            split("Les deux morts sont âgés, indique le ministère. • Troisième mort dans l'Oise"),
            [
                "Les deux morts sont âgés, indique le ministère.",
                "• Troisième mort dans l'Oise"
            ]
        );
    }

    #[test]
    fn lines_are_boundaries_and_offsets_are_exact() {
        let t = "Titre sans point\nPremière phrase. Deuxième phrase\n\n  Troisième.  ";
        let r = sentences(t);
        assert_eq!(
            split(t),
            [
                "Titre sans point",
                "Première phrase.",
                "Deuxième phrase",
                "Troisième."
            ]
        );
        assert_eq!(&t[r[3].clone()], "Troisième.");
    }

    #[test]
    fn paragraphs_glued_without_a_space_are_two_sentences() {
        assert_eq!(
            split("Marge d'erreur de 3,1 points.Les intentions de vote varient. Record de 2014.Une déconvenue. \"Pas besoin\".Le maire de Paris.Il part."),
            [
                "Marge d'erreur de 3,1 points.",
                "Les intentions de vote varient.",
                "Record de 2014.",
                "Une déconvenue.",
                "\"Pas besoin\".",
                "Le maire de Paris.",
                "Il part."
            ]
        );
        // Not sentence ends: initials, acronyms, web addresses, decimals.
        for t in [
            "a indiqué M.Lavrov hier.",
            "the U.S.Army base.",
            "sur www.lemonde.Fr ce jour.",
            "une hausse de 3.5 points.",
            "voir etc.Les autres.",
        ] {
            assert_eq!(split(t), [t], "{t}");
        }
    }

    #[test]
    fn no_space_after_honorific_is_one_word() {
        assert_eq!(
            split("a indiqué M.Lavrov. Puis il part."),
            ["a indiqué M.Lavrov.", "Puis il part."]
        );
    }
}
