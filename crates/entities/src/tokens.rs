//! Words with character offsets, case kept.

/// A word or a punctuation mark.
#[derive(Debug, Clone)]
pub struct Tok {
    /// As written.
    pub text: String,
    /// Lowercase.
    pub lower: String,
    /// Start, in characters.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// Whether it is a word (letters or digits).
    pub word: bool,
    /// Index of its sentence.
    pub sentence: usize,
}

impl Tok {
    /// Starts with a capital letter.
    pub fn cap(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// A number written in digits alone ("3", "2024").
    pub fn is_number(&self) -> bool {
        !self.text.is_empty() && self.text.bytes().all(|c| c.is_ascii_digit())
    }
}

/// Whether the token at `i` opens its sentence.
pub fn opens_sentence(toks: &[Tok], i: usize) -> bool {
    i == 0 || toks[i - 1].sentence != toks[i].sentence
}

/// Splits `text` into tokens. Words keep inner hyphens (`al-Assad`,
/// `porte-parole`); apostrophes and dots split (`d'Idlib`, `M.Lavrov`),
/// but for the Irish `O'` (`O'Neal`); sentence indices follow
/// `gazette_lang::sentences`.
pub fn tokenize(text: &str) -> Vec<Tok> {
    // Sentence bounds in characters; tokens come in order, so one cursor
    // walks them.
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    let mut chars_before = 0;
    let mut bytes_seen = 0;
    for r in gazette_lang::sentences(text) {
        chars_before += text[bytes_seen..r.start].chars().count();
        let len = text[r.start..r.end].chars().count();
        bounds.push((chars_before, chars_before + len));
        chars_before += len;
        bytes_seen = r.end;
    }
    let mut cursor = 0;
    let mut sentence_of = move |pos: usize| {
        while cursor < bounds.len() && bounds[cursor].1 <= pos {
            cursor += 1;
        }
        match bounds.get(cursor) {
            Some(&(s, _)) if pos >= s => cursor,
            _ => usize::MAX,
        }
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}' {
            i += 1;
            continue;
        }
        let start = i;
        if c.is_alphanumeric() {
            let mut j = i + 1;
            // "O'Neal", "O’Brien": an Irish name, not an elided article.
            let irish = |j: usize| {
                j == start + 1
                    && c == 'O'
                    && matches!(chars[j], '\'' | '’')
                    && chars.get(j + 1).is_some_and(|n| n.is_uppercase())
            };
            while j < chars.len()
                && (chars[j].is_alphanumeric()
                    || irish(j)
                    || (chars[j] == '-' && j + 1 < chars.len() && chars[j + 1].is_alphanumeric()))
            {
                j += 1;
            }
            let word: String = chars[start..j].iter().collect();
            out.push(Tok {
                lower: word.to_lowercase(),
                text: word,
                start,
                end: j,
                word: true,
                sentence: sentence_of(start),
            });
            i = j;
        } else {
            // Two apostrophes are the closing double quote of wire copy
            // typed on a typewriter ("I was stopped,'' he said).
            let doubled = c == '\'' && chars.get(i + 1) == Some(&'\'');
            let (s, len) = if doubled {
                ("\"".to_string(), 2)
            } else {
                (c.to_string(), 1)
            };
            out.push(Tok {
                lower: s.clone(),
                text: s,
                start,
                end: i + len,
                word: false,
                sentence: sentence_of(start),
            });
            i += len;
        }
    }
    out
}
