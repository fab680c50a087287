//! Block classes and jusText's context pass, shared by both cleaners.

/// How a block of a page is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// Article prose.
    Good,
    /// A short block whose fate depends on its neighbours.
    Short,
    /// A headline-like block: a subheading if prose precedes and follows.
    Heading,
    /// A long headline-like block standing alone: a teaser for another article.
    Teaser,
    /// Mostly link text: kept only where prose surrounds it (HTML only).
    Linked,
    /// Furniture.
    Bad,
}

/// Resolves the undecided classes in place: a short block is prose when
/// prose surrounds it; a subheading is kept when prose precedes it and
/// follows it (teasers and short lines may stand between); teasers go.
pub(crate) fn resolve_context(classes: &mut [Class]) {
    let n = classes.len();
    let mut good_before = vec![false; n];
    let mut seen = false;
    for i in 0..n {
        good_before[i] = seen;
        seen |= classes[i] == Class::Good;
    }
    let mut decided = vec![None; n];
    for i in 0..n {
        match classes[i] {
            Class::Short => {
                let prev = classes[..i].iter().rev().find(|c| **c != Class::Short);
                let next = classes[i + 1..].iter().find(|c| **c != Class::Short);
                let keep = prev == Some(&Class::Good)
                    && matches!(next, Some(Class::Good) | Some(Class::Heading));
                decided[i] = Some(if keep { Class::Good } else { Class::Bad });
            }
            Class::Heading => {
                let next_good = classes[i + 1..]
                    .iter()
                    .find(|c| !matches!(c, Class::Teaser | Class::Short | Class::Heading))
                    .is_some_and(|c| *c == Class::Good);
                if !(good_before[i] && next_good) {
                    decided[i] = Some(Class::Bad);
                }
            }
            Class::Teaser | Class::Linked => decided[i] = Some(Class::Bad),
            _ => {}
        }
    }
    for (c, d) in classes.iter_mut().zip(decided) {
        if let Some(d) = d {
            *c = d;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Class::*;

    #[test]
    fn context_rules() {
        let mut c = [
            Bad, Heading, Good, Short, Good, Heading, Teaser, Good, Short, Bad, Heading,
        ];
        resolve_context(&mut c);
        assert_eq!(
            c,
            [Bad, Bad, Good, Good, Good, Heading, Bad, Good, Bad, Bad, Bad]
        );
    }
}
