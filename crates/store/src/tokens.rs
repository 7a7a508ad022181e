//! A compact form of the token layer for storage. Tokens are most of a sitrep/1 JSON
//! document (about 80%); stored one per line with tab-separated fields (offset delta,
//! length, UPOS, XPOS, lemma, relative head, relation) they deflate to a fraction.
//!
//! Optional fields: `~` is None, `=` a lemma equal to the token's words, `'` prefixes a
//! value. Values escape `\`, tab and newline. [`encode`] checks its own round trip and
//! gives up (the caller keeps the tokens in the JSON) when the tokens carry anything it
//! cannot represent.

use sitrep_doc::{Document, Token};

fn esc(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
}

fn unesc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn opt(v: &Option<String>, same: Option<&str>, out: &mut String) {
    match v {
        None => out.push('~'),
        Some(s) if same == Some(s.as_str()) => out.push('='),
        Some(s) => {
            out.push('\'');
            esc(s, out);
        }
    }
}

fn unopt(f: &str, same: &str) -> Option<String> {
    match f.as_bytes().first() {
        Some(b'~') => None,
        Some(b'=') => Some(same.to_string()),
        Some(b'\'') => Some(unesc(&f[1..])),
        _ => None,
    }
}

/// The compact form of `doc.tokens`, or `None` when it would not round-trip.
pub fn encode(doc: &Document) -> Option<String> {
    let mut out = String::with_capacity(doc.tokens.len() * 24);
    let mut prev = 0i64;
    for (i, t) in doc.tokens.iter().enumerate() {
        let words = doc.text.get(t.start..t.end);
        out.push_str(&(t.start as i64 - prev).to_string());
        out.push('\t');
        out.push_str(&(t.end as i64 - t.start as i64).to_string());
        out.push('\t');
        opt(&t.pos, None, &mut out);
        out.push('\t');
        opt(&t.xpos, None, &mut out);
        out.push('\t');
        opt(&t.lemma, words, &mut out);
        out.push('\t');
        match t.head {
            None => out.push('~'),
            Some(h) => out.push_str(&(h - i as i64).to_string()),
        }
        out.push('\t');
        opt(&t.dep, None, &mut out);
        out.push('\n');
        prev = t.end as i64;
    }
    (decode(&out, &doc.text).as_deref() == Some(&doc.tokens[..])).then_some(out)
}

/// Tokens back from [`encode`]'s form over the same text.
pub fn decode(s: &str, text: &str) -> Option<Vec<Token>> {
    let mut out = Vec::new();
    let mut prev = 0i64;
    for (i, line) in s.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() != 7 {
            return None;
        }
        let start = prev + f[0].parse::<i64>().ok()?;
        let end = start + f[1].parse::<i64>().ok()?;
        if start < 0 || end < start {
            return None;
        }
        let (start, end) = (start as usize, end as usize);
        let words = text.get(start..end).unwrap_or("");
        out.push(Token {
            start,
            end,
            pos: unopt(f[2], words),
            xpos: unopt(f[3], words),
            lemma: unopt(f[4], words),
            head: if f[5] == "~" {
                None
            } else {
                Some(f[5].parse::<i64>().ok()? + i as i64)
            },
            dep: unopt(f[6], words),
        });
        prev = end as i64;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(start: usize, end: usize, lemma: Option<&str>, head: Option<i64>) -> Token {
        Token {
            start,
            end,
            pos: Some("NOUN".into()),
            xpos: None,
            lemma: lemma.map(str::to_string),
            head,
            dep: Some("nsubj".into()),
        }
    }

    #[test]
    fn tokens_round_trip() {
        let mut doc = Document::new(
            "Ships\tsail é\\ far".into(),
            Default::default(),
            Default::default(),
        );
        doc.tokens = vec![
            tok(0, 5, Some("ship"), Some(1)),
            tok(6, 10, Some("sail"), Some(-1)),
            tok(11, 13, Some("é"), None),
            tok(13, 14, Some("\\\t\n"), Some(0)),
            Token {
                start: 15,
                end: 18,
                ..Token::default()
            },
        ];
        let enc = encode(&doc).expect("encodes");
        assert_eq!(decode(&enc, &doc.text).unwrap(), doc.tokens);
        assert!(enc.contains("\t=\t") || enc.contains("'ship"));
        doc.tokens.clear();
        assert_eq!(encode(&doc).as_deref(), Some(""));
    }
}
