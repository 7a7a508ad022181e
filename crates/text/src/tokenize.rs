//! Tokenization into UD English (Penn Treebank style) syntactic words.
//!
//! Whitespace separates chunks; each chunk is then split:
//! - URLs, e-mail addresses, @handles and #hashtags stay whole (trailing punctuation off);
//! - opening quotes and brackets and a currency sign split off the front; closing
//!   quotes, brackets, commas, colons and sentence punctuation off the back, where a
//!   final period stays on a known abbreviation, an initial or an acronym (`Gen.`, `J.`,
//!   `U.S.`, `p.m.`) and runs (`...`, `?!`) stay one token;
//! - clitics split off: `'s 're 've 'll 'd 'm n't` (straight or curly apostrophe),
//!   `cannot` → `can not`, `gonna` → `gon na`;
//! - inside a word, hyphens split (`15-year` → `15 - year`) except after common
//!   prefixes (`e-mail`, `co-workers`, `non-`…) and in phone-like numbers; `/` splits;
//!   `%` splits off a number; decimals and thousands (`4.5`, `3,000`) stay whole.

use crate::Tok;

/// Abbreviations that keep their final period when capitalized (lower-cased here,
/// without the period): "Gen." but not "gen.", "Wash." but not "to wash.".
pub(crate) const ABBREVIATIONS_CAP: &[&str] = &[
    // titles and ranks
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt",
    "insp", "det", "amb", "messrs", "mme", "mlle", "fr", "sr", "jr", "st", "spc", "spec",
    // organizations and places
    "co", "corp", "inc", "ltd", "bros", "dept", "univ", "assn", "ave", "blvd", "rd", "mt", "ft",
    "hwy", "apt", "ste", "no", "nos", "vol", "fig", "art", "sec", // months and days
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // US states as often abbreviated in datelines
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "attn",
];

/// Abbreviations that keep their final period in any case.
pub(crate) const ABBREVIATIONS_ANY: &[&str] = &[
    "etc", "vs", "cf", "approx", "ca", "lb", "lbs", "oz", "sq", "eg", "ie", "viz", "govt", "intl",
    "natl", "pp", "tel", "ext", "dept", "corp", "inc", "ltd", "esp",
];

/// Title abbreviations: a name follows, so a period after them never ends a sentence.
pub(crate) const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "cdr", "brig", "gov", "sen", "rep", "reps", "rev", "hon", "pres", "supt",
    "insp", "det", "amb", "messrs", "mme", "mlle", "fr", "st", "no", "nos", "mt", "ft", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "spc",
    "spec", "fig", "art", "sec", "vol", "cf", "approx", "ca", "eg", "ie",
];

/// Words after which a hyphen does not split (`e-mail`, `co-workers`, `non-profit`).
const HYPHEN_PREFIXES: &[&str] = &[
    "e", "co", "pre", "post", "non", "ex", "multi", "pro", "anti", "re", "semi", "mid", "inter",
    "intra", "counter", "sub", "vice", "neo", "pan", "quasi", "bi", "tri", "x",
];

pub(crate) fn is_abbreviation(word: &str) -> bool {
    // `word` excludes the final period.
    if word.is_empty() || word.len() > 8 {
        return false;
    }
    let mut lower = [0u8; 8];
    for (i, b) in word.bytes().enumerate() {
        if !b.is_ascii_alphabetic() && b != b'.' && b != b'\'' {
            return false;
        }
        lower[i] = b.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&lower[..word.len()]).unwrap_or("");
    if ABBREVIATIONS_ANY.contains(&lower) {
        return true;
    }
    if word.as_bytes()[0].is_ascii_uppercase() && ABBREVIATIONS_CAP.contains(&lower) {
        return true;
    }
    let b = word.as_bytes();
    // An initial: one capital letter.
    if b.len() == 1 && b[0].is_ascii_uppercase() {
        return true;
    }
    // Dotted acronym: letters separated by periods (U.S, e.g, p.m, Ph.D).
    if word.contains('.') {
        return word
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|c| c.is_ascii_alphabetic()));
    }
    false
}

#[inline]
fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '`' | '(' | '[' | '{' | '<' | '«' | '„' | '‚' | '¿' | '¡' | '*'
    )
}

#[inline]
fn is_close_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | '\'' | ')' | ']' | '}' | '>' | '»' | ',' | ';' | ':' | '*' | '…'
    )
}

#[inline]
fn is_currency(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩' | '₺' | '₦')
}

#[inline]
fn is_sentence_punct(c: char) -> bool {
    matches!(c, '.' | '!' | '?')
}

#[inline]
fn is_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// Splits `text` into tokens (byte spans), in order, covering every non-space character.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut tail = Vec::new();
    let mut chunk_start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            ((b as char).is_whitespace(), 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (
                c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}',
                c.len_utf8(),
            )
        };
        let at = i;
        i += len;
        let i = at;
        if space {
            if let Some(s) = chunk_start.take() {
                chunk(text, s, i, &mut out, &mut tail);
            }
        } else if chunk_start.is_none() {
            chunk_start = Some(i);
        }
    }
    if let Some(s) = chunk_start {
        chunk(text, s, text.len(), &mut out, &mut tail);
    }
    out
}

#[inline]
fn push(out: &mut Vec<Tok>, start: usize, end: usize) {
    if start < end {
        out.push(Tok { start, end });
    }
}

fn looks_like_url_or_email(s: &str) -> bool {
    let l = s.as_bytes();
    let starts = |p: &[u8]| l.len() >= p.len() && l[..p.len()].eq_ignore_ascii_case(p);
    if starts(b"http://") || starts(b"https://") || starts(b"www.") || starts(b"ftp://") {
        return true;
    }
    if let Some(at) = s.find('@') {
        let (user, host) = (&s[..at], &s[at + 1..]);
        if !user.is_empty()
            && host.contains('.')
            && host
                .bytes()
                .next()
                .is_some_and(|b| b.is_ascii_alphanumeric())
            && user
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
        {
            return true;
        }
    }
    // bare domains like example.com/page
    if let Some(dot) = s.rfind('.') {
        let tld = s[dot + 1..].split('/').next().unwrap_or("");
        if matches!(tld, "com" | "org" | "net" | "gov" | "edu" | "int" | "io")
            && s[..dot]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-.".contains(&b))
            && dot > 0
        {
            return true;
        }
    }
    false
}

/// Emoticons kept as one token.
const EMOTICONS: &[&str] = &[
    ":)", ":(", ":-)", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":/", ":-/", ":?",
    ":'(", "<3", "^_^", ":o", ":O", "xD", "XD",
];

/// One whitespace-free chunk `text[s..e]`.
fn chunk(text: &str, mut s: usize, mut e: usize, out: &mut Vec<Tok>, tail: &mut Vec<Tok>) {
    tail.clear();
    // Plain words (the vast majority): no work beyond this check.
    let bytes = &text.as_bytes()[s..e];
    if bytes.iter().all(u8::is_ascii_alphanumeric) {
        match fused_split(&text[s..e]) {
            Some(k) => {
                push(out, s, s + k);
                push(out, s + k, e);
            }
            None => push(out, s, e),
        }
        return;
    }
    if e - s <= 4 && EMOTICONS.contains(&&text[s..e]) {
        push(out, s, e);
        return;
    }
    // Leading punctuation.
    loop {
        let rest = &text[s..e];
        let Some(c) = rest.chars().next() else { return };
        if rest.len() == c.len_utf8() {
            break;
        }
        let next = rest[c.len_utf8()..].chars().next().unwrap_or(' ');
        if c.is_ascii_punctuation() && next == c && c != '\'' {
            // a run of one punctuation character: one token (<<, $$$, ***, ...)
            let run = rest.bytes().take_while(|&b| b == c as u8).count();
            if run == rest.len() {
                break;
            }
            push(out, s, s + run);
            s += run;
            continue;
        }
        let split = if c == '\'' || c == '‘' || c == '’' {
            // '90s, 'em keep their apostrophe; a quote mark before a word splits.
            !(next.is_ascii_digit() || rest[c.len_utf8()..].to_ascii_lowercase().starts_with("em"))
        } else {
            is_open_punct(c) || is_dash(c) || is_currency(c) || c == '-' || c == '…'
        };
        if !split {
            break;
        }
        if c == '-' {
            // a run of hyphens: one token
            let run = rest.bytes().take_while(|&b| b == b'-').count();
            push(out, s, s + run);
            s += run;
            continue;
        }
        push(out, s, s + c.len_utf8());
        s += c.len_utf8();
    }
    if looks_like_url_or_email(&text[s..e]) {
        // Trailing punctuation off a URL.
        let mut end = e;
        while let Some(c) = text[s..end].chars().next_back() {
            if is_close_punct(c) || is_sentence_punct(c) {
                end -= c.len_utf8();
            } else {
                break;
            }
        }
        push(out, s, end);
        if end < e {
            chunk(text, end, e, out, tail);
        }
        return;
    }
    // Trailing punctuation, collected right to left.
    loop {
        let rest = &text[s..e];
        let Some(c) = rest.chars().next_back() else {
            break;
        };
        if rest.len() == c.len_utf8() {
            break;
        }
        if c == '.' {
            let dots = rest.bytes().rev().take_while(|&b| b == b'.').count();
            if dots == rest.len() {
                break; // the whole chunk is dots
            }
            if dots == 2 && is_abbreviation(&rest[..rest.len() - 2]) {
                tail.push(Tok {
                    start: e - 1,
                    end: e,
                });
                e -= 1;
                break;
            }
            if dots >= 2 {
                tail.push(Tok {
                    start: e - dots,
                    end: e,
                });
                e -= dots;
                continue;
            }
            let word = &rest[..rest.len() - 1];
            // Keep the period on an abbreviation (word = everything after the last
            // non-letter boundary, e.g. "(Gen." → "Gen").
            if is_abbreviation(word) {
                break;
            }
            tail.push(Tok {
                start: e - 1,
                end: e,
            });
            e -= 1;
            continue;
        }
        if c == '!' || c == '?' {
            let run = rest
                .bytes()
                .rev()
                .take_while(|&b| b == b'!' || b == b'?' || b == b'.')
                .count();
            if run == rest.len() {
                break;
            }
            tail.push(Tok {
                start: e - run,
                end: e,
            });
            e -= run;
            continue;
        }
        if c == '\'' || c == '’' {
            // possessive plural (soldiers') or closing quote: both split
            tail.push(Tok {
                start: e - c.len_utf8(),
                end: e,
            });
            e -= c.len_utf8();
            continue;
        }
        if c == '-' && rest.len() > 1 {
            let run = rest.bytes().rev().take_while(|&b| b == b'-').count();
            if run == rest.len() {
                break;
            }
            tail.push(Tok {
                start: e - run,
                end: e,
            });
            e -= run;
            continue;
        }
        if is_close_punct(c) || is_dash(c) || c == '%' {
            if c == ':' || c == ';' {
                // emoticons such as :) are kept by the caller's whole-chunk check
            }
            tail.push(Tok {
                start: e - c.len_utf8(),
                end: e,
            });
            e -= c.len_utf8();
            continue;
        }
        break;
    }
    core(text, s, e, out);
    out.extend(tail.drain(..).rev());
}

/// Clitic suffixes, lower case, with either apostrophe.
const CLITICS: &[&str] = &["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/// Returns the byte length of a clitic at the end of `w`, if any.
fn clitic_len(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    // Find the apostrophe of a clitic: straight (1 byte) or curly ’ (E2 80 99).
    for c in CLITICS {
        let suffix = &c.as_bytes()[c.find('\'').unwrap_or(0) + 1..];
        let head = &c.as_bytes()[..c.find('\'').unwrap_or(0)];
        for apos in [&b"'"[..], "’".as_bytes()] {
            let n = head.len() + apos.len() + suffix.len();
            if b.len() <= n {
                continue;
            }
            let t = &b[b.len() - n..];
            if t[..head.len()].eq_ignore_ascii_case(head)
                && &t[head.len()..head.len() + apos.len()] == apos
                && t[head.len() + apos.len()..].eq_ignore_ascii_case(suffix)
                && w[..w.len() - n]
                    .chars()
                    .next_back()
                    .is_some_and(|ch| ch.is_alphanumeric())
            {
                return Some(n);
            }
        }
    }
    None
}

/// Words split as UD EWT does, though they have no apostrophe.
fn fused_split(w: &str) -> Option<usize> {
    if !(2..=8).contains(&w.len()) {
        return None;
    }
    let is = |x: &str| w.eq_ignore_ascii_case(x);
    if is("cannot") || is("gonna") || is("wanna") || is("gotta") {
        return Some(3);
    }
    const NT: &[&str] = &[
        "dont", "didnt", "doesnt", "isnt", "wasnt", "cant", "wont", "couldnt", "wouldnt",
        "shouldnt", "arent", "havent", "hasnt",
    ];
    if NT.iter().any(|x| is(x)) {
        return Some(w.len() - 2);
    }
    (w == "im").then_some(1)
}

/// The core of a chunk, after outer punctuation is gone: clitics, hyphens, slashes.
fn core(text: &str, s: usize, e: usize, out: &mut Vec<Tok>) {
    if s >= e {
        return;
    }
    let w = &text[s..e];
    if let Some(n) = clitic_len(w) {
        let cut = e - n;
        // "can't" → "ca" "n't"; "won't" → "wo" "n't"
        core(text, s, cut, out);
        push(out, cut, e);
        return;
    }
    if let Some(k) = fused_split(w) {
        push(out, s, s + k);
        push(out, s + k, e);
        return;
    }
    inner(text, s, e, out);
}

/// Splits inside a word: hyphens between words, slashes, `%`, stray commas.
fn inner(text: &str, s: usize, e: usize, out: &mut Vec<Tok>) {
    let w = &text[s..e];
    if let Some(k) = w.find("...") {
        let run = w[k..].bytes().take_while(|&b| b == b'.').count();
        inner(text, s, s + k, out);
        push(out, s + k, s + k + run);
        inner(text, s + k + run, e, out);
        return;
    }
    if let Some(k) = w.find("--") {
        let run = w[k..].bytes().take_while(|&b| b == b'-').count();
        inner(text, s, s + k, out);
        push(out, s + k, s + k + run);
        inner(text, s + k + run, e, out);
        return;
    }
    let b = w.as_bytes();
    if b.iter().all(|c| c.is_ascii_alphabetic()) {
        push(out, s, e);
        return;
    }
    // Phone-like numbers stay whole: 713-853-3989, 853-3242.
    let groups: Vec<&[u8]> = b.split(|&c| c == b'-').collect();
    if groups.len() >= 2
        && groups.iter().all(|g| g.iter().all(u8::is_ascii_digit))
        && (groups.len() >= 3 || (groups[0].len() == 3 && groups[1].len() == 4))
    {
        push(out, s, e);
        return;
    }
    // b/c, w/o, a/c: single letters around a slash.
    if b.len() == 3 && b[1] == b'/' && b[0].is_ascii_alphabetic() && b[2].is_ascii_alphabetic() {
        push(out, s, e);
        return;
    }
    let mut tok_start = s;
    let mut iter = w.char_indices().peekable();
    while let Some((off, c)) = iter.next() {
        let at = s + off;
        let prev = text[s..at].chars().next_back();
        let next = iter.peek().map(|&(_, n)| n);
        let split_here = match c {
            '-' | '/' => {
                let left = &text[tok_start..at];
                let letters_around = prev.is_some_and(|p| p.is_alphanumeric())
                    && next.is_some_and(|n| n.is_alphanumeric());
                if c == '-' {
                    letters_around && !HYPHEN_PREFIXES.contains(&left.to_ascii_lowercase().as_str())
                } else {
                    letters_around
                        && !(prev.is_some_and(|p| p.is_ascii_digit())
                            && next.is_some_and(|n| n.is_ascii_digit()))
                }
            }
            '%' => true,
            ',' | ';' => {
                !(prev.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit()))
            }
            '—' | '–' | '(' | ')' | '"' | '“' | '”' => true,
            _ => false,
        };
        if split_here {
            push(out, tok_start, at);
            push(out, at, at + c.len_utf8());
            tok_start = at + c.len_utf8();
        }
    }
    push(out, tok_start, e);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| &s[t.start..t.end]).collect()
    }

    #[test]
    fn abbreviations_titles_initials() {
        assert_eq!(
            toks("Gen. Lt Col Mr. J. R. Smith of the U.S. Army, Jan. 5."),
            vec![
                "Gen.", "Lt", "Col", "Mr.", "J.", "R.", "Smith", "of", "the", "U.S.", "Army", ",",
                "Jan.", "5", "."
            ]
        );
        assert_eq!(
            toks("No. 10 Downing St."),
            vec!["No.", "10", "Downing", "St."]
        );
        assert_eq!(toks("at 5 p.m. today"), vec!["at", "5", "p.m.", "today"]);
    }

    #[test]
    fn numbers_money_percent() {
        assert_eq!(
            toks("4.5% of $1.2bn, or 3,000."),
            vec!["4.5", "%", "of", "$", "1.2bn", ",", "or", "3,000", "."]
        );
        assert_eq!(
            toks("€20 and 15-year terms"),
            vec!["€", "20", "and", "15", "-", "year", "terms"]
        );
    }

    #[test]
    fn quotes_and_clitics() {
        assert_eq!(
            toks("“We won’t stop,” a spokesman said. Chile’s army didn't."),
            vec![
                "“",
                "We",
                "wo",
                "n’t",
                "stop",
                ",",
                "”",
                "a",
                "spokesman",
                "said",
                ".",
                "Chile",
                "’s",
                "army",
                "did",
                "n't",
                "."
            ]
        );
        assert_eq!(
            toks("\"Yes,\" he said."),
            vec!["\"", "Yes", ",", "\"", "he", "said", "."]
        );
        assert_eq!(
            toks("the soldiers' rifles"),
            vec!["the", "soldiers", "'", "rifles"]
        );
        assert_eq!(toks("I cannot"), vec!["I", "can", "not"]);
    }

    #[test]
    fn dashes_hyphens_names() {
        assert_eq!(
            toks("al-Hakim — the leader"),
            vec!["al", "-", "Hakim", "—", "the", "leader"]
        );
        assert_eq!(toks("e-mail co-workers"), vec!["e-mail", "co-workers"]);
        assert_eq!(toks("war--again"), vec!["war", "--", "again"]);
    }

    #[test]
    fn ellipses_urls_emails() {
        assert_eq!(toks("Wait... what?!"), vec!["Wait", "...", "what", "?!"]);
        assert_eq!(
            toks("See https://example.org/a?b=1, or mail press@army.mil."),
            vec![
                "See",
                "https://example.org/a?b=1",
                ",",
                "or",
                "mail",
                "press@army.mil",
                "."
            ]
        );
        assert_eq!(toks("(www.un.org)"), vec!["(", "www.un.org", ")"]);
    }

    #[test]
    fn offsets_cover_text() {
        let s = "Él dijo: «¡No!» — 3½ km";
        for t in tokenize(s) {
            assert!(s.is_char_boundary(t.start) && s.is_char_boundary(t.end));
            assert!(!s[t.start..t.end].trim().is_empty());
        }
    }
}
