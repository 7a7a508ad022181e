//! Sentence boundaries over tokens.
//!
//! A sentence ends:
//! - at a paragraph break (a blank line);
//! - at a line break after a line that looks like a heading or list item (no final
//!   punctuation, next line starting with a capital, a digit or a bullet), but not inside
//!   hard-wrapped prose;
//! - after `.`, `!`, `?`, `...` or `…` (and the closing quotes and brackets that follow
//!   them), when the next token can start a sentence: a capital, a digit, an opening
//!   quote or bracket;
//! - after an abbreviation that carries its period (`U.S.`, `Inc.`, `etc.`) only when the
//!   next word is a usual sentence opener ("The", "He", "But"…); never after a title
//!   (`Mr.`, `Gen.`, `No.`) or an initial (`J.`).

use crate::tokenize::{is_abbreviation, TITLES};
use crate::Tok;

/// Words that, capitalized after an abbreviation's period, start a new sentence.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Some",
    "Many",
    "Most",
    "Officials",
    "Police",
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "So",
    "Then",
    "Now",
    "According",
    "Last",
    "Earlier",
    "Later",
    "Both",
    "Each",
    "No",
    "Not",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "For",
    "With",
    "Under",
    "Despite",
    "Although",
    "Because",
    "Also",
];

fn is_terminal(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
}

fn is_closer(w: &str) -> bool {
    matches!(w, "\"" | "”" | "’" | "'" | ")" | "]" | "}" | "»")
}

fn can_start(w: &str) -> bool {
    let Some(c) = w.chars().next() else {
        return false;
    };
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(
            c,
            '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '¿' | '¡' | '-' | '•' | '*' | '—'
        )
}

/// Kind of gap between two tokens.
#[derive(PartialEq, Eq)]
enum Gap {
    None,
    Space,
    Newline,
    Paragraph,
}

fn gap(text: &str, a: &Tok, b: &Tok) -> Gap {
    let g = &text[a.end..b.start];
    if g.is_empty() {
        return Gap::None;
    }
    let newlines = g.bytes().filter(|&c| c == b'\n').count();
    match newlines {
        0 => Gap::Space,
        1 => Gap::Newline,
        _ => Gap::Paragraph,
    }
}

/// Line containing byte `at`.
fn line_of(text: &str, at: usize) -> &str {
    let s = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let e = text[at..].find('\n').map(|i| at + i).unwrap_or(text.len());
    &text[s..e]
}

/// Sentence token ranges `[a, b)` covering all tokens, in order.
pub fn split_sentences(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let n = toks.len();
    let mut a = 0;
    let w = |i: usize| &text[toks[i].start..toks[i].end];
    let mut i = 0;
    while i < n {
        let mut end = None; // boundary after token `end`
        if i + 1 < n {
            let g = gap(text, &toks[i], &toks[i + 1]);
            if g == Gap::Paragraph {
                end = Some(i);
            } else if g == Gap::Newline {
                let line = line_of(text, toks[i].start).trim();
                let last = line.chars().next_back().unwrap_or(' ');
                let ends_clause = matches!(last, '.' | '!' | '?' | '…' | '"' | '”' | ':' | ')');
                let heading = !matches!(last, ',' | ';' | '-' | '—' | '–')
                    && (line.chars().count() < 50 || ends_clause)
                    && can_start(w(i + 1));
                if heading {
                    end = Some(i);
                }
            }
        }
        if end.is_none() {
            let word = w(i);
            let mut j = i; // last token of the sentence if it ends here
            let terminal = if is_terminal(word) {
                true
            } else if word.len() > 1
                && word.ends_with('.')
                && is_abbreviation(&word[..word.len() - 1])
            {
                // Abbreviation with its period: a boundary only before a usual opener.
                let base = word[..word.len() - 1].to_ascii_lowercase();
                let initial = word.len() == 2;
                let next = if i + 1 < n { w(i + 1) } else { "" };
                let next_opener = i + 1 < n
                    && gap(text, &toks[i], &toks[i + 1]) != Gap::None
                    && OPENERS.contains(&next);
                let title = TITLES.contains(&base.as_str());
                next_opener && !title && !(initial && matches!(next, "A" | "I"))
            } else {
                false
            };
            if terminal {
                // Closing quotes and brackets stay with the sentence they close.
                while j + 1 < n
                    && is_closer(w(j + 1))
                    && gap(text, &toks[j], &toks[j + 1]) == Gap::None
                {
                    j += 1;
                }
                if j + 1 >= n {
                    end = Some(n - 1);
                } else if gap(text, &toks[j], &toks[j + 1]) != Gap::None {
                    let next = w(j + 1);
                    // A lower-case word may open a sentence (informal text) after a plain
                    // `.`, `?` or `!`, but not after an ellipsis, an abbreviation or a
                    // closing quote ("“Why?” he asked").
                    let plain = j == i && matches!(word, "." | "?" | "!" | "?!" | "!!" | "??");
                    let lower_ok = plain
                        && next.chars().next().is_some_and(|c| c.is_lowercase())
                        && !matches!(next, "and" | "or" | "but" | "com" | "org" | "m");
                    if can_start(next) || lower_ok {
                        end = Some(j);
                    }
                }
            }
        }
        match end {
            Some(e) => {
                out.push((a, e + 1));
                a = e + 1;
                i = e + 1;
            }
            None => i += 1,
        }
    }
    if a < n {
        out.push((a, n));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::tokenize::tokenize;

    fn sents(s: &str) -> Vec<String> {
        let t = tokenize(s);
        super::split_sentences(s, &t)
            .into_iter()
            .map(|(a, b)| s[t[a].start..t[b - 1].end].to_string())
            .collect()
    }

    #[test]
    fn titles_and_abbreviations_do_not_split() {
        assert_eq!(
            sents("Mr. Smith met Dr. Jones at 5 p.m. in the U.S. Army base. They talked."),
            vec![
                "Mr. Smith met Dr. Jones at 5 p.m. in the U.S. Army base.",
                "They talked."
            ]
        );
        assert_eq!(
            sents("Gen. J. R. Smith lives at No. 10. He left."),
            vec!["Gen. J. R. Smith lives at No. 10.", "He left."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        assert_eq!(
            sents("He moved to the U.S. The move was quiet."),
            vec!["He moved to the U.S.", "The move was quiet."]
        );
    }

    #[test]
    fn quotes() {
        assert_eq!(
            sents("“We will fight,” a spokesman said. “The struggle goes on.” Troops left."),
            vec![
                "“We will fight,” a spokesman said.",
                "“The struggle goes on.”",
                "Troops left."
            ]
        );
        assert_eq!(
            sents("“Why?” he asked. Nobody knew."),
            vec!["“Why?” he asked.", "Nobody knew."]
        );
    }

    #[test]
    fn decimals_and_headings() {
        assert_eq!(
            sents("Prices rose 4.5% to $1.2bn. Shares fell."),
            vec!["Prices rose 4.5% to $1.2bn.", "Shares fell."]
        );
        assert_eq!(
            sents("Key points\nTroops entered the city. Residents fled.\n\nMore follows"),
            vec![
                "Key points",
                "Troops entered the city.",
                "Residents fled.",
                "More follows"
            ]
        );
    }

    #[test]
    fn ellipsis() {
        assert_eq!(
            sents("He paused... Then he spoke."),
            vec!["He paused...", "Then he spoke."]
        );
        assert_eq!(sents("It was... strange."), vec!["It was... strange."]);
    }
}
