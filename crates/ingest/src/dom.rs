//! A small, forgiving HTML/XML parser into an arena tree.
//!
//! Built for extraction speed and robustness, not for spec fidelity:
//! - one pass over the input, no recursion anywhere (a page of 100k nested `<div>`s is a
//!   deep tree, not a deep stack);
//! - HTML mode knows void elements, raw-text elements (`script`, `style`, `textarea`,
//!   `title`…) and the common implied end tags (`p`, `li`, `dt`/`dd`, `tr`, `td`/`th`,
//!   `option`); unmatched end tags are ignored;
//! - XML mode (feeds) has no implied tags, keeps CDATA as text and records structural
//!   errors (mismatched or unclosed tags) so the caller can reject a malformed feed.
//!
//! Element and attribute names are lower-cased (`dc:creator`, `content:encoded` keep
//! their prefix). Character references are decoded in text and attribute values.

/// Index of a node in [`Dom::nodes`]. The root (index 0) is a synthetic document node.
pub type NodeId = usize;

/// No node (for `parent`, `first_child`, `next`).
pub const NONE: NodeId = usize::MAX;

#[derive(Debug, Clone)]
pub enum Kind {
    Document,
    Element {
        name: String,
        attrs: Vec<(String, String)>,
    },
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: Kind,
    pub parent: NodeId,
    pub first_child: NodeId,
    pub last_child: NodeId,
    pub next: NodeId,
}

#[derive(Debug, Clone)]
pub struct Dom {
    pub nodes: Vec<Node>,
    /// Structural problems met while parsing (XML mode only).
    pub errors: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Html,
    Xml,
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "command", "basefont", "frame",
];

const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements whose start closes an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
    "dd",
    "dt",
];

/// How far up the open-element stack an end tag looks for its start tag. Bounds the
/// work of stray end tags in very deep documents.
const END_TAG_SEARCH: usize = 512;

impl Dom {
    pub fn parse(input: &str, mode: Mode) -> Dom {
        Parser::new(input, mode).run()
    }

    pub fn root(&self) -> NodeId {
        0
    }

    /// The lower-case tag name, or "" for text and the document.
    pub fn name(&self, id: NodeId) -> &str {
        match &self.nodes[id].kind {
            Kind::Element { name, .. } => name,
            _ => "",
        }
    }

    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn is_element(&self, id: NodeId) -> bool {
        matches!(self.nodes[id].kind, Kind::Element { .. })
    }

    pub fn text_of_node(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].kind {
            Kind::Text(t) => Some(t),
            _ => None,
        }
    }

    pub fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes[id].first_child,
        }
    }

    /// All nodes under `id` (not `id` itself), in document order, without recursion.
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: self.nodes[id].first_child,
        }
    }

    /// The next node in document order after `id`'s subtree, staying under `root`.
    pub fn next_after_subtree(&self, mut id: NodeId, root: NodeId) -> NodeId {
        loop {
            if id == root {
                return NONE;
            }
            let n = &self.nodes[id];
            if n.next != NONE {
                return n.next;
            }
            id = n.parent;
            if id == NONE {
                return NONE;
            }
        }
    }

    /// Elements with this tag name, in document order.
    pub fn find_all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = NodeId> + 'a {
        self.descendants(0).filter(move |&i| self.name(i) == name)
    }

    pub fn first(&self, name: &str) -> Option<NodeId> {
        self.find_all(name).next()
    }

    /// Concatenated text under `id`, whitespace collapsed (scripts and styles skipped).
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        if let Some(t) = self.text_of_node(id) {
            push_collapsed(&mut out, t);
        }
        let mut it = self.nodes[id].first_child;
        while it != NONE {
            let name = self.name(it);
            if name == "script" || name == "style" {
                it = self.next_after_subtree(it, id);
                continue;
            }
            if let Some(t) = self.text_of_node(it) {
                push_collapsed(&mut out, t);
            } else if matches!(name, "br" | "p" | "div" | "li") && !out.ends_with(' ') {
                out.push(' ');
            }
            let n = &self.nodes[it];
            it = if n.first_child != NONE {
                n.first_child
            } else {
                self.next_after_subtree(it, id)
            };
        }
        out.trim().to_string()
    }

    /// Raw concatenated text under `id` (no collapsing), e.g. a script body.
    pub fn raw_text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for d in self.descendants(id) {
            if let Some(t) = self.text_of_node(d) {
                out.push_str(t);
            }
        }
        out
    }

    fn add(&mut self, parent: NodeId, kind: Kind) -> NodeId {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            parent,
            first_child: NONE,
            last_child: NONE,
            next: NONE,
        });
        let p = &mut self.nodes[parent];
        if p.last_child == NONE {
            p.first_child = id;
        } else {
            let last = p.last_child;
            self.nodes[last].next = id;
        }
        self.nodes[parent].last_child = id;
        id
    }
}

/// Appends `t` with runs of whitespace collapsed to one space.
pub fn push_collapsed(out: &mut String, t: &str) {
    for c in t.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

pub struct Children<'a> {
    dom: &'a Dom,
    next: NodeId,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        self.next = self.dom.nodes[id].next;
        Some(id)
    }
}

pub struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: NodeId,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        if self.next == NONE {
            return None;
        }
        let id = self.next;
        let n = &self.dom.nodes[id];
        self.next = if n.first_child != NONE {
            n.first_child
        } else {
            self.dom.next_after_subtree(id, self.root)
        };
        Some(id)
    }
}

struct Parser<'a> {
    src: &'a str,
    pos: usize,
    mode: Mode,
    dom: Dom,
    /// Open elements: (node, name).
    stack: Vec<NodeId>,
    /// Stack depth of an open script-template (parsed as a div), closed by `</script>`.
    template_depth: usize,
}

impl<'a> Parser<'a> {
    fn new(src: &'a str, mode: Mode) -> Parser<'a> {
        let dom = Dom {
            nodes: vec![Node {
                kind: Kind::Document,
                parent: NONE,
                first_child: NONE,
                last_child: NONE,
                next: NONE,
            }],
            errors: Vec::new(),
        };
        Parser {
            src,
            pos: 0,
            mode,
            dom,
            stack: Vec::new(),
            template_depth: 0,
        }
    }

    fn current(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn run(mut self) -> Dom {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() {
            let lt = match memchr_lt(&bytes[self.pos..]) {
                Some(i) => self.pos + i,
                None => bytes.len(),
            };
            if lt > self.pos {
                let t = &self.src[self.pos..lt];
                self.text(t);
                self.pos = lt;
                continue;
            }
            // At '<'.
            let rest = &self.src[self.pos..];
            if let Some(after) = rest.strip_prefix("<!--") {
                self.pos = match after.find("-->") {
                    Some(i) => self.pos + 4 + i + 3,
                    None => bytes.len(),
                };
            } else if let Some(after) = rest.strip_prefix("<![CDATA[") {
                let end = after.find("]]>");
                let body = match end {
                    Some(i) => &after[..i],
                    None => after,
                };
                if !body.is_empty() {
                    let cur = self.current();
                    self.dom.add(cur, Kind::Text(body.to_string()));
                }
                self.pos = match end {
                    Some(i) => self.pos + 9 + i + 3,
                    None => bytes.len(),
                };
            } else if rest.starts_with("<!") || rest.starts_with("<?") {
                self.pos = match rest.find('>') {
                    Some(i) => self.pos + i + 1,
                    None => bytes.len(),
                };
            } else if rest.starts_with("</") {
                self.end_tag();
            } else if rest.len() > 1 && rest.as_bytes()[1].is_ascii_alphabetic() {
                self.start_tag();
            } else {
                self.text("<");
                self.pos += 1;
            }
        }
        if self.mode == Mode::Xml {
            if let Some(&open) = self.stack.last() {
                let name = self.dom.name(open).to_string();
                self.dom
                    .errors
                    .push(format!("unexpected end of input: <{name}> is not closed"));
            }
        }
        self.dom
    }

    fn text(&mut self, raw: &str) {
        let cur = self.current();
        let t = decode_entities(raw);
        // Merge with a previous text sibling.
        let last = self.dom.nodes[cur].last_child;
        if last != NONE {
            if let Kind::Text(prev) = &mut self.dom.nodes[last].kind {
                prev.push_str(&t);
                return;
            }
        }
        self.dom.add(cur, Kind::Text(t.into_owned()));
    }

    fn read_name(&mut self) -> String {
        let b = self.src.as_bytes();
        let start = self.pos;
        while self.pos < b.len() {
            let c = b[self.pos];
            if c.is_ascii_whitespace() || c == b'>' || c == b'/' && self.pos > start {
                break;
            }
            self.pos += 1;
        }
        self.src[start..self.pos].to_ascii_lowercase()
    }

    fn skip_ws(&mut self) {
        let b = self.src.as_bytes();
        while self.pos < b.len() && b[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn end_tag(&mut self) {
        let tag_start = self.pos;
        self.pos += 2;
        let name = self.read_name();
        self.pos = match self.src[self.pos..].find('>') {
            Some(i) => self.pos + i + 1,
            None => self.src.len(),
        };
        if name.is_empty() {
            return;
        }
        if name == "script" && self.template_depth > 0 && self.template_depth <= self.stack.len() {
            self.stack.truncate(self.template_depth - 1);
            self.template_depth = 0;
            return;
        }
        let depth = self.stack.len();
        let lowest = depth.saturating_sub(END_TAG_SEARCH);
        for i in (lowest..depth).rev() {
            if self.dom.name(self.stack[i]) == name {
                if self.mode == Mode::Xml && i + 1 != depth && self.dom.errors.len() < 20 {
                    let open = self.dom.name(self.stack[depth - 1]).to_string();
                    self.dom.errors.push(format!(
                        "mismatched tag at byte {tag_start}: </{name}> closes <{open}>"
                    ));
                }
                self.stack.truncate(i);
                return;
            }
        }
        if self.mode == Mode::Xml && self.dom.errors.len() < 20 {
            self.dom.errors.push(format!(
                "mismatched tag at byte {tag_start}: </{name}> has no open <{name}>"
            ));
        }
    }

    fn start_tag(&mut self) {
        self.pos += 1;
        let name = self.read_name();
        let mut attrs: Vec<(String, String)> = Vec::new();
        let b = self.src.as_bytes();
        let mut self_closing = false;
        loop {
            self.skip_ws();
            if self.pos >= b.len() {
                break;
            }
            match b[self.pos] {
                b'>' => {
                    self.pos += 1;
                    break;
                }
                b'/' => {
                    self.pos += 1;
                    if self.pos < b.len() && b[self.pos] == b'>' {
                        self_closing = true;
                        self.pos += 1;
                        break;
                    }
                }
                _ => {
                    let ks = self.pos;
                    while self.pos < b.len() {
                        let c = b[self.pos];
                        if c.is_ascii_whitespace() || c == b'=' || c == b'>' || c == b'/' {
                            break;
                        }
                        self.pos += 1;
                    }
                    if self.pos == ks {
                        self.pos += 1;
                        continue;
                    }
                    let key = self.src[ks..self.pos].to_ascii_lowercase();
                    self.skip_ws();
                    let mut value = String::new();
                    if self.pos < b.len() && b[self.pos] == b'=' {
                        self.pos += 1;
                        self.skip_ws();
                        if self.pos < b.len() && (b[self.pos] == b'"' || b[self.pos] == b'\'') {
                            let q = b[self.pos];
                            self.pos += 1;
                            let vs = self.pos;
                            while self.pos < b.len() && b[self.pos] != q {
                                self.pos += 1;
                            }
                            value = decode_entities(&self.src[vs..self.pos]).into_owned();
                            self.pos = (self.pos + 1).min(b.len());
                        } else {
                            let vs = self.pos;
                            while self.pos < b.len()
                                && !b[self.pos].is_ascii_whitespace()
                                && b[self.pos] != b'>'
                            {
                                self.pos += 1;
                            }
                            value = decode_entities(&self.src[vs..self.pos]).into_owned();
                        }
                    }
                    if attrs.len() < 64 && !attrs.iter().any(|(k, _)| *k == key) {
                        attrs.push((key, value));
                    }
                }
            }
        }
        // A script holding HTML templates (client-rendered article bodies) is parsed as
        // markup, in a div, so its text can be the article.
        let mut name = name;
        if self.mode == Mode::Html && name == "script" {
            let ty = attrs
                .iter()
                .find(|(k, _)| k == "type")
                .map(|(_, v)| v.to_ascii_lowercase());
            if matches!(ty.as_deref(), Some("text/template")) {
                name = "div".to_string();
                self.template_depth = self.stack.len() + 1;
            }
        }
        if self.mode == Mode::Html {
            self.implied_end(&name);
        }
        let cur = self.current();
        let id = self.dom.add(
            cur,
            Kind::Element {
                name: name.clone(),
                attrs,
            },
        );
        if self_closing {
            return;
        }
        if self.mode == Mode::Html {
            if VOID.contains(&name.as_str()) {
                return;
            }
            if RAW_TEXT.contains(&name.as_str()) {
                self.raw_text(id, &name);
                return;
            }
        }
        self.stack.push(id);
    }

    /// Contents of a raw-text element, up to its end tag.
    fn raw_text(&mut self, id: NodeId, name: &str) {
        let rest = &self.src[self.pos..];
        let end = find_end_tag_ci(rest, name);
        let body = &rest[..end.unwrap_or(rest.len())];
        if !body.is_empty() {
            let text = if matches!(name, "title" | "textarea") {
                decode_entities(body).into_owned()
            } else {
                body.to_string()
            };
            self.dom.add(id, Kind::Text(text));
        }
        self.pos += match end {
            Some(e) => match rest[e..].find('>') {
                Some(g) => e + g + 1,
                None => rest.len(),
            },
            None => rest.len(),
        };
    }

    /// HTML's common implied end tags.
    fn implied_end(&mut self, name: &str) {
        let top = |p: &Parser| p.stack.last().map(|&i| p.dom.name(i).to_string());
        if CLOSES_P.contains(&name) && top(self).as_deref() == Some("p") {
            self.stack.pop();
        }
        let (closes, boundary): (&[&str], &[&str]) = match name {
            "li" => (&["li"], &["ul", "ol", "menu"]),
            "dt" | "dd" => (&["dt", "dd"], &["dl"]),
            "tr" => (&["tr"], &["table", "tbody", "thead", "tfoot"]),
            "td" | "th" => (&["td", "th"], &["tr", "table"]),
            "tbody" | "thead" | "tfoot" => (&["tbody", "thead", "tfoot"], &["table"]),
            "option" => (&["option"], &["select", "datalist"]),
            "p" => (
                &["p"],
                &["div", "td", "li", "blockquote", "section", "article"],
            ),
            _ => return,
        };
        let depth = self.stack.len();
        let lowest = depth.saturating_sub(16);
        for i in (lowest..depth).rev() {
            let n = self.dom.name(self.stack[i]);
            if boundary.contains(&n) {
                return;
            }
            if closes.contains(&n) {
                self.stack.truncate(i);
                return;
            }
        }
    }
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

/// Byte offset of `</name` (ASCII case-insensitive) in `s`.
fn find_end_tag_ci(s: &str, name: &str) -> Option<usize> {
    let b = s.as_bytes();
    let n = name.as_bytes();
    let mut i = 0;
    while let Some(off) = b[i..].windows(2).position(|w| w == b"</") {
        let at = i + off;
        let after = at + 2;
        if b.len() >= after + n.len() && b[after..after + n.len()].eq_ignore_ascii_case(n) {
            let next = b.get(after + n.len()).copied().unwrap_or(b'>');
            if next == b'>' || next.is_ascii_whitespace() || next == b'/' {
                return Some(at);
            }
        }
        i = at + 2;
    }
    None
}

/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;` and the common named
/// ones). Unknown references are left as written.
pub fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains('&') {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let semi = rest[1..]
            .bytes()
            .take(32)
            .position(|c| c == b';' || !(c.is_ascii_alphanumeric() || c == b'#'));
        let (ent, consumed) = match semi {
            Some(j) if rest.as_bytes()[1 + j] == b';' => (&rest[1..1 + j], j + 2),
            Some(j) => (&rest[1..1 + j], j + 1),
            None => {
                let j = rest[1..].len().min(32);
                (&rest[1..1 + j], j + 1)
            }
        };
        let decoded = if let Some(num) = ent.strip_prefix('#') {
            let v = if let Some(h) = num.strip_prefix(['x', 'X']) {
                u32::from_str_radix(h, 16).ok()
            } else {
                num.parse::<u32>().ok()
            };
            v.map(|v| match v {
                // Windows-1252 C1 remaps, as browsers do.
                0x80..=0x9f => cp1252_c1(v as u8),
                0 => '\u{FFFD}',
                _ => char::from_u32(v).unwrap_or('\u{FFFD}'),
            })
        } else {
            named_entity(ent)
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[consumed.min(rest.len())..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

fn cp1252_c1(b: u8) -> char {
    const T: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    T[(b - 0x80) as usize]
}

fn named_entity(e: &str) -> Option<char> {
    Some(match e {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "thinsp" => '\u{2009}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "shy" => '\u{ad}',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "bull" => '•',
        "middot" => '·',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "plusmn" => '±',
        "times" => '×',
        "divide" => '÷',
        "frac12" => '½',
        "frac14" => '¼',
        "frac34" => '¾',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "sect" => '§',
        "para" => '¶',
        "dagger" => '†',
        "Dagger" => '‡',
        "prime" => '′',
        "Prime" => '″',
        "iexcl" => '¡',
        "iquest" => '¿',
        "aacute" => 'á',
        "eacute" => 'é',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "Aacute" => 'Á',
        "Eacute" => 'É',
        "Iacute" => 'Í',
        "Oacute" => 'Ó',
        "Uacute" => 'Ú',
        "agrave" => 'à',
        "egrave" => 'è',
        "igrave" => 'ì',
        "ograve" => 'ò',
        "ugrave" => 'ù',
        "Agrave" => 'À',
        "Egrave" => 'È',
        "acirc" => 'â',
        "ecirc" => 'ê',
        "icirc" => 'î',
        "ocirc" => 'ô',
        "ucirc" => 'û',
        "auml" => 'ä',
        "euml" => 'ë',
        "iuml" => 'ï',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "ntilde" => 'ñ',
        "Ntilde" => 'Ñ',
        "ccedil" => 'ç',
        "Ccedil" => 'Ç',
        "atilde" => 'ã',
        "otilde" => 'õ',
        "aring" => 'å',
        "Aring" => 'Å',
        "aelig" => 'æ',
        "oslash" => 'ø',
        "Oslash" => 'Ø',
        "yuml" => 'ÿ',
        "hearts" => '♥',
        "larr" => '←',
        "rarr" => '→',
        "uarr" => '↑',
        "darr" => '↓',
        "minus" => '−',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_tree_with_implied_ends() {
        let d = Dom::parse(
            "<html><body><p>One<p>Two<ul><li>a<li>b</ul><br>x</body></html>",
            Mode::Html,
        );
        let ps: Vec<_> = d.find_all("p").collect();
        assert_eq!(ps.len(), 2);
        assert_eq!(d.text(ps[0]), "One");
        let lis: Vec<_> = d.find_all("li").collect();
        assert_eq!(lis.len(), 2);
        assert_eq!(d.text(lis[1]), "b");
    }

    #[test]
    fn raw_text_and_entities() {
        let d = Dom::parse(
            "<title>A &amp; B</title><script>if (a<b) {}</script><p class=x data-y='1'>caf&eacute; &#8217;&#x41;&bogus;</p>",
            Mode::Html,
        );
        assert_eq!(d.text(d.first("title").unwrap()), "A & B");
        assert_eq!(d.raw_text(d.first("script").unwrap()), "if (a<b) {}");
        let p = d.first("p").unwrap();
        assert_eq!(d.attr(p, "class"), Some("x"));
        assert_eq!(d.attr(p, "data-y"), Some("1"));
        assert_eq!(d.text(p), "café ’A&bogus;");
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let n = 100_000;
        let html = format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n));
        let d = Dom::parse(&html, Mode::Html);
        assert_eq!(d.find_all("div").count(), n);
        assert_eq!(d.text(0), "deep");
        drop(d); // dropping the arena is flat too
    }

    #[test]
    fn xml_errors_are_recorded() {
        let ok = Dom::parse("<rss><item><title>x</title></item></rss>", Mode::Xml);
        assert!(ok.errors.is_empty(), "{:?}", ok.errors);
        let bad = Dom::parse("<rss><item><title>x</item>", Mode::Xml);
        assert!(!bad.errors.is_empty());
        let cdata = Dom::parse("<d><![CDATA[<p>hi</p>]]></d>", Mode::Xml);
        assert_eq!(cdata.raw_text(0), "<p>hi</p>");
    }

    #[test]
    fn script_templates_are_markup() {
        let d = Dom::parse(
            "<div><script type='text/template'><p>Body &amp; more</p></script><p>after</p><script>var a='<p>x</p>';</script></div>",
            Mode::Html,
        );
        let ps: Vec<_> = d.find_all("p").collect();
        assert_eq!(ps.len(), 2, "the template's <p> and the one after it");
        assert_eq!(d.text(ps[0]), "Body & more");
        assert_eq!(d.name(d.nodes[ps[1]].parent), "div");
        assert_eq!(d.raw_text(d.first("script").unwrap()), "var a='<p>x</p>';");
    }

    #[test]
    fn garbage_does_not_panic() {
        for s in [
            "<",
            "</",
            "<a",
            "<a b='",
            "&#xFFFFFFFF;",
            "<!--",
            "<![CDATA[",
            "&",
            "<<>>",
        ] {
            let _ = Dom::parse(s, Mode::Html);
            let _ = Dom::parse(s, Mode::Xml);
        }
    }
}
