//! Words with their character offsets, folded for matching.

/// A word, number or punctuation mark.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Lowercase, without diacritics.
    pub norm: String,
    /// Whether it starts with a capital.
    pub cap: bool,
    /// Whether it is all digits (possibly with a decimal comma or point).
    pub num: bool,
    /// Start, in characters.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
}

fn fold_char(c: char) -> char {
    match c {
        'à' | 'â' | 'ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'î' | 'ï' => 'i',
        'ô' | 'ö' => 'o',
        'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        c => c,
    }
}

/// Splits `text` into tokens. Letters, digits and inner hyphens make words
/// (`après-midi`, `dix-huit`); a decimal comma between digits stays inside
/// a number (`30,4`); apostrophes split (`l'année` → `l`, `annee`); every
/// other character is a token of its own, white space excepted.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let d = chars[j];
                let inner = |k: usize| k + 1 < chars.len() && chars[k + 1].is_alphanumeric();
                if d.is_alphanumeric()
                    || (d == '-' && inner(j))
                    || ((d == ',' || d == '.')
                        && chars[j - 1].is_ascii_digit()
                        && inner(j)
                        && chars[j + 1].is_ascii_digit())
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let word: String = chars[start..j].iter().collect();
            let norm: String = word
                .chars()
                .flat_map(char::to_lowercase)
                .map(fold_char)
                .collect();
            out.push(Tok {
                num: word
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.'),
                cap: c.is_uppercase(),
                norm,
                start,
                end: j,
            });
            i = j;
        } else {
            out.push(Tok {
                norm: fold_char(c).to_string(),
                cap: false,
                num: false,
                start,
                end: i + 1,
            });
            i += 1;
        }
    }
    out
}
