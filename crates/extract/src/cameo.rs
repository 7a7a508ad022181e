//! The CAMEO codebook: code → name, Goldstein weight, PLOVER type (`data/cameo.tsv`).

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../data/cameo.tsv");

/// One CAMEO code.
#[derive(Clone, Debug, PartialEq)]
pub struct Code {
    pub code: &'static str,
    pub name: &'static str,
    /// Goldstein weight (-10…+10); `None` for the few codes the scale does not cover.
    pub goldstein: Option<f64>,
    /// PLOVER event type, lower-case (`assault`), `None` where PLOVER drops the code.
    pub plover: Option<&'static str>,
}

fn table() -> &'static HashMap<&'static str, Code> {
    static T: OnceLock<HashMap<&'static str, Code>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::new();
        for line in TABLE.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&'static str> = line.split('\t').collect();
            if f.len() < 4 {
                continue;
            }
            m.insert(
                f[0],
                Code {
                    code: f[0],
                    goldstein: f[1].trim().parse().ok(),
                    plover: (!f[2].is_empty()).then_some(f[2]),
                    name: f[3],
                },
            );
        }
        m
    })
}

/// The entry for a CAMEO code ("195"), if the codebook has it.
pub fn lookup(code: &str) -> Option<&'static Code> {
    table().get(code)
}

/// Goldstein weight of a code, falling back to its parent codes when it has none.
pub fn goldstein(code: &str) -> f64 {
    let mut c = code;
    while !c.is_empty() {
        if let Some(g) = lookup(c).and_then(|e| e.goldstein) {
            return g;
        }
        c = &c[..c.len() - 1];
    }
    0.0
}

/// The two-digit root of a code ("1823" → "18").
pub fn root(code: &str) -> &str {
    code.get(..2).unwrap_or(code)
}

/// Number of codes in the table.
pub fn len() -> usize {
    table().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_codes_weights_and_plover() {
        assert!(len() > 300);
        let c = lookup("195").unwrap();
        assert_eq!(c.plover, Some("assault"));
        assert!(c.goldstein.unwrap() < -5.0);
        assert!(lookup("040").unwrap().goldstein.unwrap() > 0.0);
        assert_eq!(root("1823"), "18");
        // 1951 has no Goldstein weight of its own: its parent's is used.
        assert_eq!(goldstein("1951"), goldstein("195"));
    }
}
