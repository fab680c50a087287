//! General signals that tell prose from page furniture.
//!
//! Both cleaners (HTML and flattened text) judge each block of a page by the
//! same evidence: its shape (length, final punctuation, how much of it is
//! function words, as jusText does), and whether it reads like a fixed piece of
//! site furniture that recurs across outlets in French and English (ad labels,
//! share and newsletter prompts, "read also" teasers, error-page scraps,
//! comment-section notices, reading-time lines, photo credits). The phrase
//! patterns are deliberately generic: each names a *kind* of furniture seen on
//! many sites, never a sentence from one page.

use std::sync::OnceLock;

use gazette_lang::Lang;
use regex::RegexSet;

/// Kinds of page furniture recognised from wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    /// Ad labels ("Publicité", "Advertisement").
    Ad,
    /// Share, follow, newsletter and subscription prompts; UI words.
    Prompt,
    /// "Read also" teasers and related-link headers.
    Teaser,
    /// Error-page scraps ("Oops", "Page non trouvée").
    Error,
    /// Comment-section notices and links.
    Comments,
    /// Reading time, publication-date lines, bylines without content.
    Meta,
    /// Photo credits, copyright lines.
    Credit,
}

fn patterns() -> &'static [(Furniture, &'static str)] {
    use Furniture::*;
    &[
        // Whole-line labels.
        (
            Ad,
            r"^[^a-zA-Z0-9]*(publicit[ée]|advertisement|advertising|annonce|anzeige|werbung|sponsoris[ée]|sponsored( content)?|contenu sponsoris[ée]|pub|ad)[^a-zA-Z0-9]*$",
        ),
        (
            Prompt,
            r"^(partager|partagez|share|share this( article| story)?|tweet|e-?mail|imprimer|print|envoyer|copier|copy)(?-u:\b).*$",
        ),
        (
            Prompt,
            r"^(suivez[- ]nous|follow us|retrouvez[- ]nous|rejoignez[- ]nous|like us)(?-u:\b).*$",
        ),
        (Prompt, r"^(la |notre |our |the )?newsletters?.*$"),
        (
            Prompt,
            r"(?-u:\b)(abonnez-vous|inscrivez-vous|s'abonner|subscribe (now|to|for)|sign up (for|to)|je m'abonne|déjà abonné)(?-u:\b)",
        ),
        (
            Prompt,
            r"(?-u:\b)(cliqu(ez|ant) ici|click here|tap here)(?-u:\b)",
        ),
        (
            Prompt,
            r"(copy to clipboard|copier le lien|lien copi[ée]|copy link|link copied|copier/coller)",
        ),
        (
            Prompt,
            r"^(menu|rechercher|search|fermer|close( button)?|connexion|se connecter|log ?in|sign in|mon compte|my account|accueil|home|retour|back to top|haut de page|loader|loading|chargement)(\.\.\.|…)?$",
        ),
        (
            Prompt,
            r"^(accéder|aller|passer|skip|jump) (au|à la|to) (contenu|content|main|navigation|menu|recherche|search)",
        ),
        // A teaser card's link, with its reading time ("weiterlesen 10
        // Minuten", "Lire la suite", "Read more →").
        (
            Prompt,
            r"^[^a-zA-Z0-9]{0,3}(weiterlesen|mehr lesen|lire la suite|continuer la lecture|read more|continue reading|keep reading)[^a-zA-Z0-9]{0,3}([0-9]+ ?(min|mins|minutes?|minuten|minute de lecture|minutes de lecture|min read)[^a-zA-Z0-9]{0,3})?$",
        ),
        (
            Prompt,
            r"^(formulaire de recherche|search form|menu principal|main menu|navigation principale|main navigation|fil d'ariane|breadcrumbs?)$",
        ),
        (
            Prompt,
            r"(?-u:\b)(utilisons des cookies|(ce|notre) site utilise des cookies|we use cookies|(this|our) (web)?site uses cookies|accept(er)?( les| all)? cookies)(?-u:\b)|^(politique de confidentialit[ée]|privacy policy|param[èe]tres des cookies|cookie settings)$",
        ),
        (
            Prompt,
            r"^(t[ée]l[ée]charge[rz]? l'application|download (the|our) app)",
        ),
        (
            Prompt,
            r"(?-u:\b)newsletter(?-u:\b).*(?-u:\b)(sie|du|vous|you|your|votre|inscri[a-z0-9]*|abonn[a-z0-9]*|erhalten|recevez|receive|e-?mail)(?-u:\b)|(?-u:\b)(sie|du|vous|you|your|votre|inscri[a-z0-9]*|abonn[a-z0-9]*|erhalten|recevez|receive|e-?mail)(?-u:\b).*(?-u:\b)newsletter(?-u:\b)",
        ),
        (
            Prompt,
            r"(?-u:\b)(abonnieren|abonniere|jetzt anmelden|registrieren sie sich|recevez nos|sign up|subscribe)(?-u:\b)",
        ),
        // An invitation to comment closes the text.
        (
            Prompt,
            r"(^|[.!?]\s+)(schreib|schreiben sie|hinterlasse|hinterlassen sie|leave|laissez|écrivez) (doch |us |nous )?(einen|a|un) (kommentar|comment|commentaire)(?-u:\b)",
        ),
        (
            Prompt,
            r"(?-u:\b)((diesen |den |cet |this |the )?(artikel|beitrag|article|post|story) (teilen|partager|share))(?-u:\b)|^(war (der|dieser) (artikel|beitrag)|cet article vous a|was this (article|post) (useful|helpful)|did you (like|enjoy) this)",
        ),
        (
            Teaser,
            r"^[^a-zA-Z0-9]{0,3}(ähnliche (beiträge|artikel)|auch interessant|(das|dies) (könnte|dürfte) (dich|sie) auch interessieren|weitere (artikel|beiträge|nachrichten)|mehr zum thema|verwandte (artikel|beiträge)|vous aimerez (aussi|également)|à voir aussi|nos autres articles|you (may|might) also (like|enjoy)|more stories|related (posts|articles|stories)|further reading|weiterf[üu]hrende[nr]? (links?|informationen|artikel)|recommended reading)",
        ),
        (Credit, r"^.*, (photo|foto|bild|crédit)\s*:"),
        // Legal notices and disclaimers.
        (
            Credit,
            r"(n'engagent que leurs auteurs|opinions expressed|haftung für (die )?inhalte|keine haftung|disclaimer|haftungsausschluss|haftungsbeschr[äa]nkung|creative commons)",
        ),
        // A series note: "Ce billet fait partie de notre dossier sur…",
        // "This post is part of our special coverage…".
        (
            Teaser,
            r"^(cet article|ce billet|ce reportage|cette (page|vidéo)|this (post|article|story|piece|page)) (fait partie|is part) (de|du|des|d'|of)(?-u:\b)",
        ),
        // Teasers and related links.
        (
            Teaser,
            r"^[^a-zA-Z0-9]{0,3}(à |a )?(lire|voir|d[ée]couvrir|écouter|regarder) (aussi|[ée]galement|en plus|plus)(?-u:\b)",
        ),
        (
            Teaser,
            r"^[^a-zA-Z0-9]{0,3}(read|see|watch|listen) (also|more)(?-u:\b)",
        ),
        (
            Teaser,
            r"^[^a-zA-Z0-9]{0,3}(related( articles| stories| content| news)?|more (on|from) this|recommended( for you)?|most (read|popular)|les plus lus|sur le m[êe]me (sujet|th[èe]me)|dans la m[êe]me rubrique|nos articles|articles? li[ée]s?|en relation|plus d'actualit[ée]s?)(?-u:\b)",
        ),
        (
            Teaser,
            r"^[^a-zA-Z0-9]{0,3}(lire la suite|continuer la lecture|continue reading|read the full|retrouvez l'int[ée]gralit[ée])",
        ),
        (Teaser, r"^dans cet article(?-u:\b)"),
        // The line a blog engine closes each feed item with.
        (
            Teaser,
            r"^(the post .+ appeared first on .+|l[’']article .+ est apparu en premier sur .+)$",
        ),
        // Error pages.
        (Error, r"^(oops|oups|whoops)(?-u:\b)"),
        // Server-side error output left in the page.
        (
            Error,
            r"^(warning|notice|deprecated|fatal error|parse error)\s*:.* on line [0-9]+",
        ),
        (
            Error,
            r"(une erreur (est survenue|s'est produite)|something went wrong|an error (has )?occurred|veuillez r[ée]essayer|please try again|r[ée]essayer plus tard)",
        ),
        (
            Error,
            r"(page (non trouv[ée]e|introuvable)|page not found|erreur 404|^404(?-u:\b)|n'existe pas ou n'est plus disponible|no longer available|could not be found|n'est plus disponible)",
        ),
        // Comments.
        (
            Comments,
            r"^(discuter|commenter|r[ée]agir|commentaires?|comments?|kommentare?|kommentarfeed|\d+ (commentaires?|comments?|r[ée]actions?)|leave a (comment|reply)|laisser un commentaire|voir les commentaires|show comments|add a comment|ajouter un commentaire)(?-u:\b).*$",
        ),
        // Reading time, date and byline lines.
        (
            Meta,
            r"^[^a-zA-Z0-9]{0,3}\d+\s*(min(ute)?s?|mn)\.?( de lecture| read(ing)?| to read)(?-u:\b)",
        ),
        (Meta, r"^(temps de lecture|reading time|lecture\s*:)"),
        // A teaser card's reading time, after its date or author.
        (
            Meta,
            r"(temps de lecture|reading time|lesezeit)\s*:?\s*\d+\s*(min|mn)|\d+\s*(min(ute)?s?|mn)\.?\s+(de lecture|read|lesezeit)(?-u:\b)",
        ),
        // A correspondent's dateline ("Envoyé spécial au Caire").
        (
            Meta,
            r"^(de notre |from our )?(envoy[ée]e? sp[ée]ciale?|correspondante?|special correspondent|correspondent) (à|au|aux|en|in|at)(?-u:\b)",
        ),
        // A lone time ("3:59 PM", "15h40", "12.50"). Dated bylines, fields
        // between bars, pagination lines and author-box headers are checked
        // in code (`is_dated_byline`, `is_field_line`, `is_pagination`,
        // `is_author_box_header`): their patterns would slow the whole set
        // down, and only a few blocks can be them.
        (Meta, r"^\d{1,2}[:h.]\d{2}\s*([ap]\.?m\.?|uhr)?$"),
        // A news ticker's item, its time glued to its rubric or headline
        // ("09:16High-techAccusations de harcèlement chez Ubisoft").
        (Meta, r"^\d{1,2}[:h]\d{2}(?-i:\p{Lu})"),
        (
            Meta,
            r"^(tags?|tagged|themen|schlagw[öo]rter|stichw[öo]rter|mots[- ]cl[ée]s|[ée]tiquettes|keywords|topics|sujets)\s*:",
        ),
        (
            Meta,
            r"^(erstellt am|ver[öo]ffentlicht am|aktualisiert am|posted on|filed under|abgelegt unter|publi[ée] dans)(?-u:\b)",
        ),
        (
            Meta,
            r"^(publi[ée]|mis à jour|modifi[ée]|actualis[ée]|published|updated|posted|last updated)( le| on| at| :)?(?-u:\b).*$",
        ),
        // "Photo Virginie Nguyen Hoang /Hans Lucas pour Libération": a
        // credit without a colon names the photographer, then the agency or
        // the paper it was made for.
        (
            Credit,
            r"^(photos?|foto|cr[ée]dit photo|illustration) (?-i:\p{Lu})[^.]{0,80}( ?/ ?| pour | for | für )",
        ),
        // Credits and copyright.
        (
            Credit,
            r"^(©|\(c\)|copyright|tous droits r[ée]serv[ée]s|all rights reserved|photo\s*:|foto\s*:|bild\s*:|beitragsbild\s*:|cr[ée]dits?( photos?)?\s*:|image\s*:|illustration\s*:|alle rechte vorbehalten)",
        ),
    ]
}

/// One set answers "is this furniture at all?" in a single fast pass (most
/// blocks are not); only for the few that are is the slower search for
/// which pattern matched run.
struct FurnitureSet {
    any: RegexSet,
    kinds: Vec<Furniture>,
}

fn furniture_set() -> &'static FurnitureSet {
    static SET: OnceLock<FurnitureSet> = OnceLock::new();
    SET.get_or_init(|| FurnitureSet {
        any: RegexSet::new(patterns().iter().map(|(_, p)| format!("(?i){p}")))
            .expect("furniture patterns are valid"),
        kinds: patterns().iter().map(|(k, _)| *k).collect(),
    })
}

/// Longest block that can be furniture by wording alone.
const MAX_FURNITURE_WORDS: usize = 30;

/// What kind of furniture a block is, judged from its wording. Long blocks
/// (real paragraphs that happen to contain a keyword) are never furniture by
/// wording alone, except comment-section notices and a blog's filing line,
/// which are often long.
pub fn furniture(text: &str) -> Option<Furniture> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if server_diagnostics(t) {
        return Some(Furniture::Error);
    }
    let words = t.split_whitespace().count();
    // Bounded repetitions (`.{0,60}`) would blow up the regex automata, so
    // "a short line" is enforced here instead of in the patterns.
    if words > MAX_FURNITURE_WORDS {
        if comment_notice(t) {
            return Some(Furniture::Comments);
        }
        if consent_notice(t) {
            return Some(Furniture::Prompt);
        }
        return (words <= MAX_FILING_WORDS && is_filing_line(t)).then_some(Furniture::Meta);
    }
    let set = furniture_set();
    if set.any.is_match(t) {
        return set.any.matches(t).iter().next().map(|i| set.kinds[i]);
    }
    if comment_notice(t) {
        return Some(Furniture::Comments);
    }
    if is_credit(t) {
        return Some(Furniture::Credit);
    }
    if is_field_line(t) || is_dated_byline(t) || is_pagination(t, words) {
        return Some(Furniture::Meta);
    }
    if is_author_box_header(t, words) {
        return Some(Furniture::Teaser);
    }
    None
}

/// Whether a block is nothing but the diagnostics a misconfigured server
/// printed into the page ("Warning: Creating default object from empty
/// value in /www/htdocs/wp-includes/classes.php on line 407 Deprecated:
/// preg_replace(): …"), however many: they tell a reader nothing. (One
/// short diagnostic is furniture by the patterns already; a run of them
/// is longer than any pattern reads.)
fn server_diagnostics(t: &str) -> bool {
    // Every block is asked; only one that says where the error is needs
    // the pattern.
    if !t.contains(" on line ") {
        return false;
    }
    static DIAGNOSTIC: OnceLock<regex::Regex> = OnceLock::new();
    let re = DIAGNOSTIC.get_or_init(|| {
        regex::Regex::new(
            r"(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable )?[Ff]atal error|Parse error): [^\n]*? in \S+ on line \d+",
        )
        .expect("the diagnostic pattern is valid")
    });
    re.is_match(t) && re.replace_all(t, "").trim().is_empty()
}

/// The header of a reader's comment: a date and a time beside a name of a
/// few words, nothing else ("14/09 18:06 - cedricx", "11 février 2012,
/// 12:14, par Patrick", "Jane Doe on March 3, 2020 at 4:15 pm"). A live
/// blog's entries carry a time too, but with a headline, not a name.
pub fn is_comment_header(t: &str) -> bool {
    // Most lines have no digit: no regex for them.
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words = t.split_whitespace().count();
    if !(2..=12).contains(&words) || t.ends_with(['.', '!', '?']) {
        return false;
    }
    let time = regex!(r"(?i)(?-u:\b)\d{1,2}(:|h)\d{2}(\s*[ap]\.?m\.?)?(?-u:\b)");
    let date = regex!(
        r"(?i)(?-u:\b)(\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?|\d{1,2}(er)? (janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)[a-zéû]*\.?( \d{4})?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?,? \d{4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})"
    );
    let (Some(tm), Some(dt)) = (time.find(t), date.find(t)) else {
        return false;
    };
    // What is left beside the date and time: a name, with "par"/"by"/"on".
    let outside = |i: usize| !(dt.range().contains(&i) || tm.range().contains(&i));
    let rest: String = t
        .char_indices()
        .map(|(i, c)| if outside(i) { c } else { ' ' })
        .collect();
    let name_words = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .filter(|w| {
            ![
                "par", "by", "le", "on", "at", "à", "am", "pm", "um", "von", "de",
            ]
            .contains(&w.to_lowercase().as_str())
        })
        .count();
    (1..=3).contains(&name_words)
}

/// Pagination of a listing ("Es werden die Weine 1 bis 10 von insgesamt 19
/// angezeigt!", "Showing 1–10 of 19 results"): the whole line.
fn is_pagination(t: &str, words: usize) -> bool {
    words <= 12
        && t.bytes().filter(u8::is_ascii_digit).count() >= 3
        && regex!(r"(?i)^((es werden|showing|affichage|anzeige)\s+)?([^\s\d]+\s+)?([^\s\d]+\s+)?\d+\s*(bis|to|à|-|–)\s*\d+\s*(von|of|sur)\s*(insgesamt\s+)?\d+(\s+[^\s\d]+)?(\s+[^\s\d]+)?\s*[!.]?$")
            .is_match(t)
}

/// The header of an author box, alone on its line ("Über den Autor",
/// "About the author:").
fn is_author_box_header(t: &str, words: usize) -> bool {
    words <= 6
        && regex!(r"(?i)^[^a-zA-Z0-9]{0,3}(about the author|über den autor|über die autorin|à propos de l'auteur|sur l'auteur)\s*:?$")
            .is_match(t)
}

/// A byline with its date ("von Jane Doe am 14. Mai 2014, 15:40 Uhr",
/// "By Jane Doe, March 3, 2020").
fn is_dated_byline(t: &str) -> bool {
    let first = t.split(' ').next().unwrap_or("");
    ["von", "by", "par", "por", "door"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        && regex!(r"^(?i:von|by|par|di|por|door)\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){1,3}\s*(,|\||(?i:am|on|le|el|op)|-|–)\s+[^!?]*\d{4}(,?\s*(?i:um |à |at )?\d{1,2}[:h.]\d{2}(\s*(?i:uhr))?)?$").is_match(t)
}

/// Fields between bars, with a date or a count among them ("Freitag | 14.
/// Juni 2019 | 15:49 VON ... | 0 COMMENTS"), or four fields at least.
fn is_field_line(t: &str) -> bool {
    let bars = t.bytes().filter(|&b| b == b'|').count();
    bars >= 3 || (bars == 2 && t.bytes().any(|b| b.is_ascii_digit()))
}

/// The line a blog template closes a post with ("Erstellt am ... und
/// abgelegt unter ...", "This entry was posted in ... Bookmark the
/// permalink."), which lists categories and feeds and runs long.
fn is_filing_line(t: &str) -> bool {
    regex!(r"(?i)^(erstellt am|abgelegt unter|this entry was posted|filed under)(?-u:\b)").is_match(t)
        && regex!(r"(?i)(permalink|bookmark|rss|trackback|kommentare|comments|abgelegt unter|filed under|kategorie|categor)")
            .is_match(t)
}

/// Longest sign-in instructions [`site_notice`] takes: an article on
/// passwords runs longer.
const MAX_ACCOUNT_WORDS: usize = 40;

/// Longest closing line of a blog post that [`is_filing_line`] may drop.
const MAX_FILING_WORDS: usize = 60;

/// A cookie-consent notice, however long: cookies or trackers, the
/// banner's buttons ("TOUT REFUSER", "Accept all"), addressed to the
/// reader. An article about cookies reports on them, and a privacy policy
/// explains them; neither offers the buttons.
fn consent_notice(t: &str) -> bool {
    let cookies = regex!(r"(?i)\b(cookies?|traceurs|trackers|témoins de (connexion|navigation))\b");
    // The banner's buttons, not the words a privacy policy explains them
    // with.
    let choice = regex!(
        r"(?i)\b((tout|all) (accepter|refuser|accept|reject)|(accepter|refuser|accept|reject) (tout|all)|j'accepte|i accept|param[ée]trer mes choix|g[ée]rer (mes|vos) (choix|cookies|pr[ée]f[ée]rences|témoins)|manage (cookies|preferences|settings)|cookie settings)\b"
    );
    let reader = regex!(r"(?i)\b(vous|votre|vos|you|your)\b");
    cookies.is_match(t) && choice.is_match(t) && reader.is_match(t)
}

/// What a site says to its visitor at the top or the foot of a page,
/// however long, beyond [`furniture`]: the site speaking of its own
/// cookies ("Nous utilisons les témoins de navigation", "we use cookies")
/// or of the visit ("avant de poursuivre votre visite"), the privacy half
/// of a banner split over two lines ("Le respect de votre vie privée est
/// important pour nous…"), and a sign-in form's instructions ("Saisissez
/// votre adresse e-mail… réinitialiser votre mot de passe"). A privacy
/// policy says the same in its body, so only the page's edges are judged
/// by this (see `text`).
pub fn site_notice(t: &str) -> bool {
    let cookies = regex!(r"(?i)\b(cookies?|traceurs|trackers|témoins de (connexion|navigation))\b");
    let own_use = regex!(
        r"(?i)\b(nous utilisons|we use|ce site utilise|this (web)?site uses|notre site utilise|our (web)?site uses)\b"
    );
    let visit = regex!(
        r"(?i)\b(poursuiv(ant|re) votre (navigation|visite)|en continuant (à|de) naviguer|by continuing to (browse|use)|continue (browsing|to use this))\b"
    );
    let privacy = regex!(r"(?i)\b(vie privée|privacy|données personnelles|personal data)\b");
    let account = regex!(
        r"(?i)\b((saisissez|entrez|renseignez|enter) (votre|your) (adresse|e-?mail|identifiant|mot de passe|password|username)|(réinitialiser|reset) (votre|your) (mot de passe|password)|mot de passe oublié|forgot (your )?password)\b"
    );
    (cookies.is_match(t) && (own_use.is_match(t) || visit.is_match(t)))
        || (privacy.is_match(t) && visit.is_match(t))
        || (t.split_whitespace().count() <= MAX_ACCOUNT_WORDS && account.is_match(t))
}

/// `t` without the "read more" link that a feed's teaser ends with
/// ("… a déclaré le ministre. Lire la suite", "… on Friday. Continue
/// reading…"): only after a sentence's end, so that "Students should read
/// more" keeps its words.
pub fn without_more_link(t: &str) -> &str {
    let link = regex!(
        r"(?i)([.!?…»”\]]|\.\.\.)\s*[\[(«‹<]?\s*(lire la suite|continuer la lecture|continue reading|read more|read the full (story|article)|full story)\s*[\])»›>→…\.]*\s*$"
    );
    match link.captures(t).and_then(|c| c.get(2)) {
        Some(phrase) => {
            t[..phrase.start()].trim_end_matches(|c: char| c.is_whitespace() || "[(«‹<".contains(c))
        }
        None => t,
    }
}

/// A notice about the comment section: mentions comments together with
/// moderation, suspension or community vocabulary.
fn comment_notice(t: &str) -> bool {
    let comments = regex!(
        r"(?i)(?-u:\b)(commentaires?|comments?|r[ée]actions? des (lecteurs|internautes))(?-u:\b)"
    );
    let moderation = regex!(
        r"(?i)(suspend|d[ée]sactiv|ferm[ée]s|mod[ée]r|charte|communaut[ée]|community|disabled|closed|guidelines|utilisateurs|internautes|users)"
    );
    comments.is_match(t) && moderation.is_match(t)
}

/// A photo credit: uppercase names separated by slashes ("JOHN DOE / AFP").
pub fn is_credit(t: &str) -> bool {
    let t = t.trim();
    if !t.contains(" / ") || t.split_whitespace().count() > 12 {
        return false;
    }
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    !letters.is_empty() && upper * 10 >= letters.len() * 6
}

/// Shape of a block of text, language-aware.
#[derive(Debug, Clone, Copy, Default)]
pub struct Shape {
    /// Number of words.
    pub words: usize,
    /// Number of characters.
    pub chars: usize,
    /// Share of words that are stop words of the text's language.
    pub stopword_ratio: f32,
    /// Ends like a sentence (. ! ? … or a closing quote after one).
    pub sentence_end: bool,
    /// Contains a sentence boundary inside (". X").
    pub inner_sentence: bool,
    /// Starts with an uppercase letter, a digit or an opening quote.
    pub starts_upper: bool,
    /// Words glued together by case changes ("NewsletterEventsPodcasts").
    pub glued: bool,
    /// Ends with a truncation mark ("..." / "…").
    pub truncated: bool,
}

impl Shape {
    /// Measures `text` for language `lang` (stop-word ratio 0 when unknown).
    pub fn of(text: &str, lang: Option<Lang>) -> Shape {
        let t = text.trim();
        let mut words = 0;
        let mut stops = 0;
        let mut glued = false;
        for w in t.split_whitespace() {
            words += 1;
            if let Some(l) = lang {
                let core = w.trim_matches(|c: char| !c.is_alphanumeric());
                // French elision: "l'armée" counts "l'" as a stop word.
                let head = core.split(['\'', '’']).next().unwrap_or(core);
                if l.is_stopword(core) || (head.len() < core.len() && l.is_stopword(head)) {
                    stops += 1;
                }
            }
            glued |= is_glued(w);
        }
        let last = t.trim_end_matches(['"', '»', '”', '\'', ')', ' ', '\u{a0}', '’']);
        let truncated = t.ends_with("...") || t.ends_with('…');
        let sentence_end = !truncated && last.ends_with(['.', '!', '?', '…', ';'])
            || (t.ends_with(['»', '"', '”']) && words > 5);
        Shape {
            words,
            chars: t.chars().count(),
            stopword_ratio: if words == 0 {
                0.0
            } else {
                stops as f32 / words as f32
            },
            sentence_end,
            inner_sentence: has_inner_sentence(t),
            starts_upper: t
                .chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric() || "«\"“'".contains(c)),
            glued,
            truncated,
        }
    }

    /// Only the size of `text` (words and characters), for blocks whose
    /// wording does not matter.
    pub fn size(text: &str) -> Shape {
        let t = text.trim();
        Shape {
            words: t.split_whitespace().count(),
            chars: t.chars().count(),
            ..Shape::default()
        }
    }

    /// Reads as prose: a sentence of some length, or a long run of words.
    pub fn is_prose(&self) -> bool {
        (self.words >= 8 && (self.sentence_end || self.inner_sentence))
            || self.words >= 25
            || (self.words >= 5 && self.sentence_end && self.stopword_ratio >= 0.25)
    }

    /// Reads like a headline: a few words, no final period.
    pub fn is_headline_like(&self) -> bool {
        self.words >= 2
            && self.words <= 25
            && self.starts_upper
            && !self.sentence_end
            && !self.inner_sentence
            && !self.truncated
    }
}

fn is_glued(word: &str) -> bool {
    // Three or more lowercase-to-uppercase transitions inside one token mean
    // menu labels whose separators were lost ("NewsletterNewslettersEvents").
    let mut transitions = 0;
    let mut prev_lower = false;
    for c in word.chars() {
        if c.is_uppercase() && prev_lower {
            transitions += 1;
        }
        prev_lower = c.is_lowercase();
    }
    transitions >= 2
}

fn has_inner_sentence(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(p) = memchr::memchr3(b'.', b'!', b'?', &b[i..]) {
        let pos = i + p;
        // ". X" where the period does not end an abbreviation or initial.
        if pos + 2 < b.len() && b[pos + 1] == b' ' {
            let next = t[pos + 2..].chars().next().unwrap_or(' ');
            let before = t[..pos].rsplit(' ').next().unwrap_or("");
            let abbreviation = before.chars().count() <= 2
                && before.chars().next().is_some_and(char::is_uppercase);
            if next.is_uppercase() && !abbreviation && before.chars().count() > 1 {
                return true;
            }
        }
        i = pos + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn teasers_lose_their_read_more_link() {
        assert_eq!(
            without_more_link("Un séisme a frappé le Haut Atlas. Lire la suite"),
            "Un séisme a frappé le Haut Atlas."
        );
        assert_eq!(
            without_more_link("A storm hit the coast overnight… [Continue reading →]"),
            "A storm hit the coast overnight…"
        );
        assert_eq!(
            without_more_link("Power is out. Read more..."),
            "Power is out."
        );
        // Words of the sentence, and a link alone on its line, stay.
        assert_eq!(
            without_more_link("Students should read more"),
            "Students should read more"
        );
        assert_eq!(without_more_link("Lire la suite"), "Lire la suite");
    }

    #[test]
    fn recognises_furniture_kinds() {
        let cases = [
            ("Publicité", Furniture::Ad),
            ("PUBLICITÉ", Furniture::Ad),
            ("Advertisement", Furniture::Ad),
            ("Suivez-nous", Furniture::Prompt),
            (
                "The post Rates rise again appeared first on Example News.",
                Furniture::Teaser,
            ),
            (
                "L’article Grève jeudi est apparu en premier sur Le Quotidien.",
                Furniture::Teaser,
            ),
            ("Partager cet articleDiscussion", Furniture::Prompt),
            ("Follow us on Twitter", Furniture::Prompt),
            ("Jump to navigation", Furniture::Prompt),
            ("Formulaire de recherche", Furniture::Prompt),
            ("Aller au contenu principal", Furniture::Prompt),
            (
                "NewsletterAvec la Newsletter Quotidienne, retrouvez les infos à la une",
                Furniture::Prompt,
            ),
            ("À lire aussi : Deux soldats tués", Furniture::Teaser),
            ("► À lire aussi : Un sommet à Moscou", Furniture::Teaser),
            ("Read also: Talks in Ankara", Furniture::Teaser),
            ("À découvrir également", Furniture::Teaser),
            ("weiterlesen 10 Minuten", Furniture::Prompt),
            ("Lire la suite", Furniture::Prompt),
            ("Read more →", Furniture::Prompt),
            ("Oops !", Furniture::Error),
            (
                "Warning: Creating default object from empty value in /www/htdocs/wp-includes/classes.php on line 407 Deprecated: preg_replace(): The /e modifier is deprecated, use preg_replace_callback instead in /www/htdocs/wp-includes/formatting.php on line 82",
                Furniture::Error,
            ),
            ("Une erreur est survenue.", Furniture::Error),
            ("Page non trouvée", Furniture::Error),
            ("Page not found", Furniture::Error),
            ("Discuter", Furniture::Comments),
            ("12 comments", Furniture::Comments),
            ("·3 min de lecture", Furniture::Meta),
            ("5 min read", Furniture::Meta),
            ("Publié le", Furniture::Meta),
            (
                "Tous droits réservés TURKISH DEFENCE MINISTRY / AFP",
                Furniture::Credit,
            ),
            ("Alexey DRUZHININ / SPUTNIK / AFP", Furniture::Credit),
            ("Accéder au contenu principal", Furniture::Prompt),
            ("Skip to main content", Furniture::Prompt),
            ("- Anzeige-", Furniture::Ad),
            (
                "Mit unserem Newsletter erhalten Sie monatlich Informationen rund um das Reiseland",
                Furniture::Prompt,
            ),
            ("Möchten Sie den Artikel teilen?", Furniture::Prompt),
            ("Weiterführende Links", Furniture::Teaser),
            ("Weiterführender Link", Furniture::Teaser),
            ("Über den Autor", Furniture::Teaser),
            (
                "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!",
                Furniture::Meta,
            ),
            ("Showing 1–12 of 40 results", Furniture::Meta),
            (
                "Ich würde mich freuen, deine Meinung zu erfahren. Schreib doch einen Kommentar und diskutiere mit!",
                Furniture::Prompt,
            ),
            ("Haftungsbeschränkung für externe Links", Furniture::Credit),
            (
                "This entry was posted in News, Linux, Tutorials on May 6, 2014 by admin, and it is filed under a great many categories that make this line longer than thirty words. Bookmark the permalink.",
                Furniture::Meta,
            ),
            ("3:59 PM", Furniture::Meta),
            ("Envoyé spécial au Caire", Furniture::Meta),
            ("15h40", Furniture::Meta),
            (
                "von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr",
                Furniture::Meta,
            ),
            ("By Jane Doe, March 3, 2020", Furniture::Meta),
            (
                "Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS",
                Furniture::Meta,
            ),
            ("You might also like", Furniture::Teaser),
            ("Kommentare geschlossen", Furniture::Comments),
            (
                "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux",
                Furniture::Meta,
            ),
            (
                "Warning: Creating default object from empty value in /www/x.php on line 407",
                Furniture::Error,
            ),
            ("Crédits photos : Agence X", Furniture::Credit),
            (
                "Ce billet fait partie de notre dossier sur les manifestations au Yémen",
                Furniture::Teaser,
            ),
            (
                "This post is part of our special coverage of Egypt Protests 2011.",
                Furniture::Teaser,
            ),
            (
                "Photo Virginie Nguyen Hoang /Hans Lucas pour Libération.",
                Furniture::Credit,
            ),
            ("Photo John Smith for The Guardian", Furniture::Credit),
            (
                "Les opinions exprimées dans les blogs n'engagent que leurs auteurs.",
                Furniture::Credit,
            ),
        ];
        for (text, kind) in cases {
            assert_eq!(furniture(text), Some(kind), "{text}");
        }
    }

    #[test]
    fn prose_is_not_furniture() {
        for text in [
            "La Turquie a menacé de lancer une opération militaire à Idlib.",
            "Les deux parties ont également examiné la possibilité de procéder sous peu aux consultations nécessaires, a-t-il ajouté.",
            "Tensions à Idlib",
            "Nouvelle escalade",
            "He said the newsletter industry had grown by a third in two years, according to figures published on Monday by the trade body.",
            "Von Berlin aus fuhr er am 14. Mai 2014 nach Hamburg.",
            "Par Jean Dupont",
            "By the way, we met in 2014",
            "By Friday, cases had passed 2000",
            "About the authorities' response, the report says little.",
            "À propos de l'auteur présumé de l'attaque, le parquet reste muet.",
            "De 3 à 5 sur 10 produits testés contenaient des pesticides.",
            "In 2 bis 3 von 10 Fällen lieferten die Tests falsche Ergebnisse.",
            "Elle laisse un commentaire cinglant sous la vidéo du ministre.",
            "Neues aus dem Gemeinderat",
            "Le score est de 2 | 1 à la mi-temps.",
        ] {
            assert_eq!(furniture(text), None, "{text}");
        }
    }

    #[test]
    fn site_notices_are_told_from_reports_on_cookies_and_passwords() {
        for t in [
            "Nous utilisons les témoins de navigation (cookies) afin d'opérer et d'améliorer nos services ainsi qu'à des fins publicitaires.",
            "Le respect de votre vie privée est important pour nous. Si vous n'êtes pas à l'aise avec l'utilisation de ces informations, veuillez revoir vos paramètres avant de poursuivre votre visite.Gérer vos témoins de navigationEn savoir plus",
            "We use cookies to personalise content and ads, to provide social media features and to analyse our traffic, and we share information about your use of our site with our partners.",
            "Saisissez votre adresse e-mail fournie lors de votre inscription. Vous recevrez par email les instructions pour réinitialiser votre mot de passe.",
        ] {
            assert!(site_notice(t), "{t}");
        }
        for t in [
            "La CNIL a infligé une amende à Google, qui utilise des cookies publicitaires sans le consentement des internautes, a annoncé le régulateur jeudi.",
            "Selon l'étude, un internaute sur deux utilise le même mot de passe pour tous ses comptes, ce qui facilite le travail des pirates informatiques.",
        ] {
            assert!(!site_notice(t), "{t}");
            assert_eq!(furniture(t), None, "{t}");
        }
        assert_eq!(furniture("Photo finish for the ages at Ascot"), None);
    }

    #[test]
    fn comment_notices_are_found_even_when_long() {
        let t = "Notre objectif est de créer un endroit sûr et engageant pour que les utilisateurs communiquent entre eux en fonction de leurs centres d'intérêt et de leurs passions. Afin d'améliorer l'expérience dans notre communauté, nous suspendons temporairement les commentaires d'articles";
        assert_eq!(furniture(t), Some(Furniture::Comments));
    }

    #[test]
    fn shapes() {
        let s = Shape::of(
            "La Turquie a menacé de lancer une opération militaire à Idlib.",
            Some(Lang::Fr),
        );
        assert!(s.is_prose() && s.sentence_end && s.stopword_ratio > 0.2);
        let h = Shape::of(
            "Plus de 30 militaires turcs tués dans une frappe syrienne à Idlib, la Turquie riposte",
            Some(Lang::Fr),
        );
        assert!(h.is_headline_like() && !h.is_prose());
        assert!(Shape::of("NewsletterNewslettersEventsÉvènementsPodcasts", None).glued);
        let consent = "Soucieux de la protection de vos données personnelles, nous vous informons que sur ce site, l'éditeur et des tiers utilisent des cookies et autres traceurs pour mesurer l'audience. En cliquant sur « TOUT REFUSER », vous refusez ces traceurs.";
        assert_eq!(furniture(consent), Some(Furniture::Prompt));
        let report = "La CNIL a sanctionné mardi le moteur de recherche pour avoir déposé des cookies publicitaires sans le consentement préalable des internautes, une amende record de cent millions d'euros selon le régulateur.";
        assert_eq!(furniture(report), None);
        assert!(Shape::of("Guerre en Ukraine, armes nucléaires, Proche-Ori...", None).truncated);
        assert!(!Shape::of("Il a dit que M. Lavrov viendrait", None).inner_sentence);
        assert!(Shape::of("Une rencontre a eu lieu. Elle a duré deux heures", None).inner_sentence);
    }
}
