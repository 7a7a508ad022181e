//! CoNLL-U reading and writing (UD treebanks). Parses from `&str`; no I/O.

/// One syntactic word line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Word {
    pub id: usize,
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub xpos: String,
    pub feats: String,
    /// 0 for the root.
    pub head: usize,
    pub deprel: String,
    pub deps: String,
    pub misc: String,
}

impl Word {
    pub fn space_after(&self) -> bool {
        !self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }
}

/// A multiword token line (`3-4`): the surface form of words `first..=last`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Multi {
    pub first: usize,
    pub last: usize,
    pub form: String,
    pub misc: String,
}

impl Multi {
    pub fn space_after(&self) -> bool {
        !self.misc.split('|').any(|m| m == "SpaceAfter=No")
    }
}

/// Any line of a sentence, in file order.
#[derive(Clone, Debug, PartialEq)]
pub enum Line {
    Comment(String),
    Word(usize),
    Multi(Multi),
    /// Empty nodes (`8.1`) and anything else kept verbatim.
    Other(String),
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sentence {
    pub lines: Vec<Line>,
    pub words: Vec<Word>,
}

impl Sentence {
    fn comment(&self, key: &str) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            Line::Comment(c) => {
                let c = c.strip_prefix('#')?.trim_start();
                let rest = c.strip_prefix(key)?.trim_start();
                if rest.is_empty() {
                    Some("")
                } else {
                    rest.strip_prefix('=').map(|v| v.trim())
                }
            }
            _ => None,
        })
    }

    /// `# text = …`
    pub fn text(&self) -> Option<&str> {
        self.comment("text")
    }

    pub fn sent_id(&self) -> Option<&str> {
        self.comment("sent_id")
    }

    /// Whether a `# key` comment is there (`# key`, `# key = …` or `# key id = …`).
    fn has_comment(&self, key: &str) -> bool {
        self.lines.iter().any(|l| match l {
            Line::Comment(c) => c
                .strip_prefix('#')
                .map(str::trim_start)
                .and_then(|c| c.strip_prefix(key))
                .is_some_and(|rest| {
                    rest.is_empty()
                        || rest.starts_with(char::is_whitespace)
                        || rest.starts_with('=')
                }),
            _ => false,
        })
    }

    /// Starts a new document (`# newdoc`).
    pub fn newdoc(&self) -> bool {
        self.has_comment("newdoc")
    }

    /// Starts a new paragraph (`# newpar`).
    pub fn newpar(&self) -> bool {
        self.has_comment("newpar")
    }

    /// The document id of a `# newdoc id = …` line.
    pub fn newdoc_id(&self) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            Line::Comment(c) => {
                let c = c.strip_prefix('#')?.trim_start().strip_prefix("newdoc")?;
                let c = c.trim_start().strip_prefix("id")?.trim_start();
                c.strip_prefix('=').map(str::trim)
            }
            _ => None,
        })
    }

    /// Surface tokens: `(form, space_after, word index range)`; a multiword token is one
    /// surface token covering several words.
    pub fn surface(&self) -> Vec<(&str, bool, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        let mut skip_until = 0;
        for l in &self.lines {
            match l {
                Line::Multi(m) => {
                    out.push((m.form.as_str(), m.space_after(), m.first - 1..m.last));
                    skip_until = m.last;
                }
                Line::Word(i) => {
                    let w = &self.words[*i];
                    if w.id > skip_until {
                        out.push((w.form.as_str(), w.space_after(), *i..*i + 1));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Writes the sentence back as CoNLL-U (with a final blank line).
    pub fn write(&self, out: &mut String) {
        for l in &self.lines {
            match l {
                Line::Comment(c) | Line::Other(c) => out.push_str(c),
                Line::Multi(m) => {
                    out.push_str(&format!(
                        "{}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t{}",
                        m.first, m.last, m.form, m.misc
                    ));
                }
                Line::Word(i) => {
                    let w = &self.words[*i];
                    let cols = [
                        w.id.to_string(),
                        w.form.clone(),
                        w.lemma.clone(),
                        w.upos.clone(),
                        w.xpos.clone(),
                        w.feats.clone(),
                        w.head.to_string(),
                        w.deprel.clone(),
                        w.deps.clone(),
                        w.misc.clone(),
                    ];
                    out.push_str(&cols.join("\t"));
                }
            }
            out.push('\n');
        }
        out.push('\n');
    }
}

/// A parse error with its 1-based line number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

impl std::error::Error for ParseError {}

/// Parses a whole CoNLL-U file.
pub fn parse(src: &str) -> Result<Vec<Sentence>, ParseError> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (n, raw) in src.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.lines.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            cur.lines.push(Line::Comment(line.to_string()));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(ParseError {
                line: n + 1,
                reason: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        let id = cols[0];
        if let Some((a, b)) = id.split_once('-') {
            let (first, last) = match (a.parse(), b.parse()) {
                (Ok(a), Ok(b)) => (a, b),
                _ => {
                    return Err(ParseError {
                        line: n + 1,
                        reason: format!("bad multiword id {id:?}"),
                    })
                }
            };
            cur.lines.push(Line::Multi(Multi {
                first,
                last,
                form: cols[1].to_string(),
                misc: cols[9].to_string(),
            }));
        } else if id.contains('.') {
            cur.lines.push(Line::Other(line.to_string()));
        } else {
            let bad = |what: &str| ParseError {
                line: n + 1,
                reason: format!("bad {what}"),
            };
            let w = Word {
                id: id.parse().map_err(|_| bad("id"))?,
                form: cols[1].to_string(),
                lemma: cols[2].to_string(),
                upos: cols[3].to_string(),
                xpos: cols[4].to_string(),
                feats: cols[5].to_string(),
                head: if cols[6] == "_" {
                    0
                } else {
                    cols[6].parse().map_err(|_| bad("head"))?
                },
                deprel: cols[7].to_string(),
                deps: cols[8].to_string(),
                misc: cols[9].to_string(),
            };
            cur.lines.push(Line::Word(cur.words.len()));
            cur.words.push(w);
        }
    }
    if !cur.lines.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = s1\n# text = I don't know.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn round_trip_and_surface() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text(), Some("I don't know."));
        assert!(s[0].newdoc());
        assert_eq!(s[0].newdoc_id(), Some("d1"));
        assert!(!s[0].newpar());
        assert_eq!(s[0].words.len(), 5);
        let surf: Vec<&str> = s[0].surface().iter().map(|t| t.0).collect();
        assert_eq!(surf, vec!["I", "don't", "know", "."]);
        let mut out = String::new();
        s[0].write(&mut out);
        assert_eq!(out, SAMPLE);
    }

    #[test]
    fn bad_columns_are_an_error() {
        let e = parse("1\tI\n").unwrap_err();
        assert_eq!(e.line, 1);
    }
}
