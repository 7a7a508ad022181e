//! CoNLL-2003 NER reading (token first, gold tag last), IOB1/IOB2 normalisation and
//! entity-level scoring (conlleval's exact-match micro F1). Parses from `&str`; no I/O.

use std::collections::BTreeMap;

/// One token line: its columns as read.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub form: String,
    /// Middle columns (POS and chunk, or start/end offsets), kept verbatim.
    pub middle: Vec<String>,
    /// Gold tag as read (IOB1 or IOB2).
    pub tag: String,
}

/// A sentence: its token lines, and the document it belongs to (0-based, counting
/// `-DOCSTART-` lines; 0 when the file has none).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sentence {
    pub doc: usize,
    pub rows: Vec<Row>,
}

impl Sentence {
    pub fn forms(&self) -> Vec<&str> {
        self.rows.iter().map(|r| r.form.as_str()).collect()
    }

    /// Gold tags in IOB2.
    pub fn tags_iob2(&self) -> Vec<String> {
        let tags: Vec<&str> = self.rows.iter().map(|r| r.tag.as_str()).collect();
        to_iob2(&tags)
    }
}

/// A line of the file, in order, so that a file can be written back line for line.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    /// `-DOCSTART-` line, verbatim.
    DocStart(String),
    Blank,
    /// Token `i` of sentence `s`.
    Token {
        s: usize,
        i: usize,
        raw: String,
    },
}

/// A parsed file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct File {
    pub sentences: Vec<Sentence>,
    pub lines: Vec<Line>,
}

/// Parses CoNLL-2003 text. Lines are split on whitespace; the first column is the token,
/// the last the tag. A line with one column only is an error (line number given).
pub fn parse(src: &str) -> Result<File, String> {
    let mut f = File::default();
    let mut doc = 0usize;
    let mut seen_doc = false;
    let mut cur: Vec<Row> = Vec::new();
    let flush = |f: &mut File, cur: &mut Vec<Row>, doc: usize| {
        if !cur.is_empty() {
            f.sentences.push(Sentence {
                doc,
                rows: std::mem::take(cur),
            });
        }
    };
    for (n, line) in src.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            flush(&mut f, &mut cur, doc);
            f.lines.push(Line::Blank);
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            flush(&mut f, &mut cur, doc);
            if seen_doc {
                doc += 1;
            }
            seen_doc = true;
            f.lines.push(Line::DocStart(line.to_string()));
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.len() < 2 {
            return Err(format!(
                "line {}: expected `token ... tag`, found {:?}",
                n + 1,
                line
            ));
        }
        let tag = cols[cols.len() - 1];
        if !(tag == "O" || tag.starts_with("B-") || tag.starts_with("I-")) {
            return Err(format!("line {}: bad tag {:?}", n + 1, tag));
        }
        f.lines.push(Line::Token {
            s: f.sentences.len(),
            i: cur.len(),
            raw: line.to_string(),
        });
        cur.push(Row {
            form: cols[0].to_string(),
            middle: cols[1..cols.len() - 1]
                .iter()
                .map(|s| s.to_string())
                .collect(),
            tag: tag.to_string(),
        });
    }
    flush(&mut f, &mut cur, doc);
    Ok(f)
}

fn split_tag(t: &str) -> (char, &str) {
    if t == "O" || t.len() < 3 {
        ('O', "")
    } else {
        (t.as_bytes()[0] as char, &t[2..])
    }
}

/// IOB1 or IOB2 → IOB2 (an `I-X` that does not continue an `X` becomes `B-X`).
pub fn to_iob2(tags: &[&str]) -> Vec<String> {
    let mut out = Vec::with_capacity(tags.len());
    let mut prev = "";
    for t in tags {
        let (p, ty) = split_tag(t);
        let s = match p {
            'O' => "O".to_string(),
            'I' if prev == ty => format!("I-{ty}"),
            _ => format!("B-{ty}"),
        };
        prev = if p == 'O' { "" } else { ty };
        out.push(s);
    }
    out
}

/// Entity spans `(first, end, type)` of an IOB2 (or IOB1) sequence, end exclusive.
pub fn spans<S: AsRef<str>>(tags: &[S]) -> Vec<(usize, usize, String)> {
    let mut out: Vec<(usize, usize, String)> = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, t) in tags.iter().enumerate() {
        let (p, ty) = split_tag(t.as_ref());
        let continues = p == 'I' && open.as_ref().is_some_and(|(_, o)| o == ty);
        if !continues {
            if let Some((s, o)) = open.take() {
                out.push((s, i, o));
            }
            if p != 'O' {
                open = Some((i, ty.to_string()));
            }
        }
    }
    if let Some((s, o)) = open {
        out.push((s, tags.len(), o));
    }
    out
}

/// Precision, recall and F1 counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        self.tp as f64 / self.pred.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.tp as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Entity-level exact-match scores, overall and per type (conlleval).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Score {
    pub all: Counts,
    pub by_type: BTreeMap<String, Counts>,
}

impl Score {
    /// Adds one sentence: gold and predicted tags (IOB1 or IOB2).
    pub fn add<G: AsRef<str>, P: AsRef<str>>(&mut self, gold: &[G], pred: &[P]) {
        let g = spans(gold);
        let p = spans(pred);
        for (_, _, t) in &g {
            self.all.gold += 1;
            self.by_type.entry(t.clone()).or_default().gold += 1;
        }
        for s in &p {
            self.all.pred += 1;
            let c = self.by_type.entry(s.2.clone()).or_default();
            c.pred += 1;
            if g.contains(s) {
                c.tp += 1;
                self.all.tp += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_documents_sentences_and_lines() {
        let src = "-DOCSTART- -X- -X- O\n\nAna NNP B-NP B-PER\nRuiz NNP I-NP I-PER\nspoke VBD B-VP O\n\n-DOCSTART- -X- -X- O\n\nLima NNP B-NP B-LOC\n";
        let f = parse(src).unwrap();
        assert_eq!(f.sentences.len(), 2);
        assert_eq!(f.sentences[0].doc, 0);
        assert_eq!(f.sentences[1].doc, 1);
        assert_eq!(f.sentences[0].forms(), vec!["Ana", "Ruiz", "spoke"]);
        assert_eq!(f.sentences[0].rows[1].middle, vec!["NNP", "I-NP"]);
        assert_eq!(f.lines.len(), src.lines().count());
        assert!(matches!(f.lines[3], Line::Token { s: 0, i: 1, .. }));
    }

    #[test]
    fn bad_lines_are_errors() {
        assert!(parse("Ana\n").is_err());
        assert!(parse("Ana NNP X-PER\n").is_err());
    }

    #[test]
    fn iob1_becomes_iob2() {
        let t = to_iob2(&["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"]);
        assert_eq!(t, vec!["B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"]);
    }

    #[test]
    fn spans_and_scores() {
        let gold = ["B-PER", "I-PER", "O", "B-LOC"];
        let pred = ["B-PER", "I-PER", "O", "B-ORG"];
        assert_eq!(
            spans(&gold),
            vec![(0, 2, "PER".to_string()), (3, 4, "LOC".to_string())]
        );
        let mut s = Score::default();
        s.add(&gold, &pred);
        assert_eq!(s.all.tp, 1);
        assert_eq!(s.all.pred, 2);
        assert!((s.all.f1() - 0.5).abs() < 1e-9);
        assert_eq!(s.by_type["LOC"].gold, 1);
        assert_eq!(s.by_type["ORG"].pred, 1);
    }
}
