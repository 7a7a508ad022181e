//! Helpers shared by the integration tests.
#![allow(dead_code)]

use serde_json::Value;

/// Checks the contract's offset rule on a serialized document: every object with
/// `start`/`end` indexes `text` in Unicode scalar values, and where it has its own `text`,
/// `text[start:end]` equals it. Returns the violations.
pub fn check_json_offsets(doc: &Value) -> Vec<String> {
    let text: Vec<char> = doc["text"].as_str().unwrap_or("").chars().collect();
    let mut bad = Vec::new();
    walk(doc, "", &text, &mut bad);
    bad
}

fn walk(v: &Value, path: &str, text: &[char], bad: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (
                m.get("start").and_then(Value::as_u64),
                m.get("end").and_then(Value::as_u64),
            ) {
                let (s, e) = (s as usize, e as usize);
                if s > e || e > text.len() {
                    bad.push(format!(
                        "{path}: {s}..{e} outside text of {} chars",
                        text.len()
                    ));
                } else if let Some(t) = m.get("text").and_then(Value::as_str) {
                    let slice: String = text[s..e].iter().collect();
                    if slice != t {
                        bad.push(format!(
                            "{path}: text[{s}:{e}] = {slice:?} but item says {t:?}"
                        ));
                    }
                }
            }
            for (k, v) in m {
                if path.is_empty() && k == "text" {
                    continue;
                }
                walk(v, &format!("{path}.{k}"), text, bad);
            }
        }
        Value::Array(a) => {
            for (i, v) in a.iter().enumerate() {
                walk(v, &format!("{path}[{i}]"), text, bad);
            }
        }
        _ => {}
    }
}
