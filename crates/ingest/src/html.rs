//! HTML pages to articles: charset decoding, main-content extraction and metadata.
//!
//! The extractor is sitrep's own ([`SitrepExtractor`], behind the [`Extractor`] trait).
//! How it works, in order:
//! 1. Parse with [`crate::dom`] (arena tree, no recursion).
//! 2. Prune: non-content tags (`script`, `nav`, `aside`, `footer`, `figure`, forms'
//!    controls…), hidden elements, and elements whose class/id name page furniture
//!    (share, comments, related, newsletter, promo, cookie…) unless they also name content
//!    (`article`, `body`, `content`, `main`…).
//! 3. Score: every paragraph-like block (≥ 25 chars) gives `1 + commas + length/100` to
//!    its parent, half to its grandparent and less further up; each candidate's score is
//!    weighted by its tag and class and multiplied by `1 - link density`.
//! 4. Choose the best candidate; when the page has a JSON-LD `articleBody`, the candidate
//!    whose words best match it wins instead (one signal, checked against the DOM).
//! 5. Gather the winner and its siblings that score close to it or read like body
//!    paragraphs (paragraph continuity across ad breaks and split containers).
//! 6. Serialize blocks as paragraphs separated by a blank line, dropping link-dense
//!    blocks, junk lines and a heading that repeats the title.

use crate::dom::{push_collapsed, Dom, Kind, Mode, NodeId, NONE};
use crate::furniture;
use crate::meta::{clean_bylines, date_from_url, detect_language, lang_code, normalize_date};
use crate::text::is_boilerplate;
use sitrep_doc::Meta;
use std::collections::{HashMap, HashSet};

/// What an extractor returns for one page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extracted {
    /// Body text: paragraphs separated by a blank line.
    pub text: String,
    pub meta: Meta,
}

/// Main-content extraction from decoded HTML. `url` helps with dates in the path.
pub trait Extractor: Send + Sync {
    fn extract(&self, html: &str, url: Option<&str>) -> Extracted;
}

/// sitrep's own extractor (see the module documentation).
#[derive(Clone, Copy, Debug, Default)]
pub struct SitrepExtractor;

impl Extractor for SitrepExtractor {
    fn extract(&self, html: &str, url: Option<&str>) -> Extracted {
        let dom = Dom::parse(html, Mode::Html);
        extract_dom(&dom, url)
    }
}

/// Decodes HTML bytes: BOM first, then the HTTP header's charset, then a `<meta>`
/// charset in the first 4 KB, else UTF-8 (falling back to windows-1252 when the bytes
/// are not UTF-8). Returns the text and warnings.
pub fn decode_html(bytes: &[u8], http_charset: Option<&str>) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (t, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (t.into_owned(), warnings);
    }
    let label = http_charset
        .map(str::to_string)
        .or_else(|| meta_charset(&bytes[..bytes.len().min(4096)]));
    let enc = label
        .as_deref()
        .and_then(|l| encoding_rs::Encoding::for_label(l.trim().as_bytes()));
    match enc {
        Some(enc) if enc != encoding_rs::UTF_8 => {
            let (t, _, bad) = enc.decode(bytes);
            if bad {
                warnings.push(format!("some bytes were not valid {}", enc.name()));
            }
            (t.into_owned(), warnings)
        }
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), warnings),
            Err(_) => {
                if enc.is_none() {
                    let (t, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
                    warnings.push("not UTF-8 and no charset declared: read as windows-1252".into());
                    (t.into_owned(), warnings)
                } else {
                    warnings.push("invalid UTF-8 replaced with U+FFFD".into());
                    (String::from_utf8_lossy(bytes).into_owned(), warnings)
                }
            }
        },
    }
}

/// `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in the head bytes.
fn meta_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(i) = find(&lower[from..], b"<meta") {
        let at = from + i;
        let end = find(&lower[at..], b">").map_or(lower.len(), |e| at + e);
        let tag = &lower[at..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest
                .iter()
                .position(|&b| b != b' ' && b != b'=' && b != b'"' && b != b'\'')
                .map_or(&rest[rest.len()..], |p| &rest[p..]);
            let len = rest
                .iter()
                .position(|&b| !(b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                .unwrap_or(rest.len());
            if len > 0 {
                return Some(String::from_utf8_lossy(&rest[..len]).into_owned());
            }
        }
        from = end;
    }
    None
}

fn find(h: &[u8], n: &[u8]) -> Option<usize> {
    h.windows(n.len()).position(|w| w == n)
}

/// Tags that never hold article text.
const DROP_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "nav",
    "aside",
    "footer",
    "figure",
    "figcaption",
    "button",
    "select",
    "input",
    "textarea",
    "iframe",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "map",
    "head",
    "dialog",
    "menu",
    "label",
    "picture",
    "img",
    // AMP components that never hold the story: ads, trackers, share buttons, menus,
    // consent prompts, media players and third-party frames (their fallback text is a
    // loading notice).
    "amp-ad",
    "amp-embed",
    "amp-sticky-ad",
    "amp-analytics",
    "amp-pixel",
    "amp-social-share",
    "amp-sidebar",
    "amp-consent",
    "amp-user-notification",
    "amp-geo",
    "amp-iframe",
    "amp-img",
    "amp-video",
    "amp-youtube",
    "amp-lightbox",
];

/// Class/id words that mark page furniture.
const NEGATIVE: &[&str] = &[
    "comment",
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "promo",
    "sidebar",
    "widget",
    "advert",
    "advertisement",
    "sponsor",
    "cookie",
    "consent",
    "subscribe",
    "subscription",
    "signup",
    "breadcrumb",
    "breadcrumbs",
    "crumb",
    "crumbs",
    "menu",
    "footer",
    "masthead",
    "byline",
    "caption",
    "credit",
    "tags",
    "tag-list",
    "toolbar",
    "popup",
    "modal",
    "recommend",
    "recommended",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "disqus",
    "skip",
    "paywall",
    "banner",
    "nav",
    "navbar",
    "navigation",
    "topnav",
    "header",
    "author-bio",
    "bio",
    "dateline",
    "timestamp",
    "pagination",
    "pager",
    "print",
    "rss",
    "hidden",
    "visually-hidden",
    "sr-only",
    "more-stories",
    "read-more",
    "readmore",
    "nextstory",
    "next-story",
    "next-post",
    "prev-post",
    "previous-post",
    "next-article",
    "up-next",
    "see-also",
    "also-read",
    "most-read",
    "mostread",
    "ad",
    "ads",
    "adslot",
    "ad-slot",
    "dfp",
    "gpt",
    "share-bar",
    "jump",
    "meta",
    "utility",
    "tools",
    "login",
    "alert",
    "newsletter-signup",
    "inline-newsletter",
    "overlay",
    "rail",
    "contact",
    "feedback",
    "survey",
    "playlist",
    "carousel",
    "slideshow",
    "gallery",
    "video",
    "podcast",
    "teaser",
    "card",
    "cards",
    "topics",
    "keywords",
    "categories",
    "copyright",
    "disclaimer",
    "correction-policy",
    "hide",
    "offscreen",
    "print-only",
    "noprint",
];

/// Class/id words that mark content.
const POSITIVE: &[&str] = &[
    "article",
    "articlebody",
    "article-body",
    "articletext",
    "article-text",
    "article-content",
    "body",
    "content",
    "entry",
    "entry-content",
    "main",
    "post",
    "post-content",
    "post-body",
    "story",
    "story-body",
    "storytext",
    "text",
    "blog",
    "page",
    "column",
    "rich-text",
    "richtext",
    "prose",
    "paywall-content",
];

fn class_words(dom: &Dom, id: NodeId) -> Vec<String> {
    let mut out = Vec::new();
    for key in ["class", "id"] {
        if let Some(v) = dom.attr(id, key) {
            for w in v.split_whitespace() {
                out.push(w.to_ascii_lowercase());
            }
        }
    }
    out
}

/// Furniture words that also name containers of real stories (photo essays, cards).
fn token_weak(tok: &str) -> bool {
    const WEAK: &[&str] = &[
        "gallery",
        "carousel",
        "slideshow",
        "video",
        "podcast",
        "teaser",
        "card",
        "playlist",
        "banner",
        "tools",
        "utility",
        "meta",
        "rail",
        "hidden",
        "hide",
        "print",
        "contact",
        "topics",
        "topic",
        "keywords",
        "categories",
        "header",
        "masthead",
        "popup",
        "modal",
        "overlay",
        "alert",
        "widget",
        "jump",
        "feedback",
    ];
    !names_more_stories(tok)
        && tok
            .split(['-', '_', ':'])
            .filter(|p| !p.is_empty())
            .all(|p| {
                !token_negative(p) || WEAK.contains(&p.trim_end_matches('s')) || WEAK.contains(&p)
            })
}

/// "more-from-site", "morefromprovider", "more-stories-list": links to other stories.
fn names_more_stories(tok: &str) -> bool {
    if !tok.contains("more") {
        return false;
    }
    if tok.starts_with("morefrom") {
        return true;
    }
    let mut prev = "";
    for p in tok.split(['-', '_', ':']).filter(|p| !p.is_empty()) {
        if prev == "more" && matches!(p, "from" | "stories" | "news" | "articles") {
            return true;
        }
        prev = p;
    }
    false
}

/// Does one class/id token name furniture? Tokens are split on `-`/`_` into words, and
/// the whole token is checked too ("share-bar", "ad").
fn token_negative(tok: &str) -> bool {
    if NEGATIVE.contains(&tok) || NEGATIVE.contains(&tok.trim_end_matches('s')) {
        return true;
    }
    let parts: Vec<&str> = tok
        .split(['-', '_', ':'])
        .filter(|p| !p.is_empty())
        .collect();
    if names_more_stories(tok) {
        return true;
    }
    if parts.len() > 1 {
        // Camel-cased or compound content words win ("article-body").
        if parts.iter().any(|p| {
            matches!(
                *p,
                "article" | "body" | "content" | "story" | "entry" | "post" | "text"
            )
        }) && !parts.iter().any(|p| {
            matches!(
                *p,
                "comment" | "comments" | "related" | "share" | "social" | "newsletter" | "promo"
            )
        }) {
            return false;
        }
        return parts.iter().any(|p| {
            let p = p.trim_end_matches('s');
            matches!(
                p,
                "comment"
                    | "share"
                    | "social"
                    | "related"
                    | "newsletter"
                    | "promo"
                    | "sidebar"
                    | "advert"
                    | "ad"
                    | "sponsor"
                    | "cookie"
                    | "subscribe"
                    | "signup"
                    | "breadcrumb"
                    | "crumb"
                    | "footer"
                    | "caption"
                    | "credit"
                    | "recommend"
                    | "recommendation"
                    | "trending"
                    | "popular"
                    | "outbrain"
                    | "taboola"
                    | "byline"
                    | "nav"
                    | "navigation"
                    | "menu"
                    | "toolbar"
                    | "popup"
                    | "modal"
                    | "paywall"
                    | "banner"
                    | "disqus"
                    | "timestamp"
                    | "dateline"
                    | "tag"
                    | "pagination"
                    | "hidden"
                    | "teaser"
                    | "overlay"
                    | "carousel"
                    | "gallery"
                    | "slideshow"
                    | "login"
                    | "copyright"
                    | "topic"
                    | "keyword"
                    | "rail"
            )
        });
    }
    false
}

fn token_positive(tok: &str) -> bool {
    POSITIVE.contains(&tok)
        || tok.split(['-', '_']).any(|p| {
            matches!(
                p,
                "article" | "content" | "story" | "entry" | "body" | "post"
            )
        })
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some() {
        return true;
    }
    if dom.attr(id, "aria-hidden") == Some("true") {
        return true;
    }
    hidden_by_style(dom, id)
}

fn hidden_by_style(dom: &Dom, id: NodeId) -> bool {
    if let Some(s) = dom.attr(id, "style") {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "tbody",
    "thead",
    "blockquote",
    "pre",
    "header",
    "hr",
    "address",
    "center",
    "body",
    "html",
    "caption",
];

fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}

/// Per-node facts computed bottom-up.
#[derive(Clone, Default)]
struct Stats {
    /// Non-whitespace text bytes under the node (pruned subtrees excluded).
    text: usize,
    /// Of which inside links.
    link: usize,
    commas: usize,
    /// Has a block-level element child (not pruned).
    has_block: bool,
}

struct Pruned {
    dropped: Vec<bool>,
    /// Under a furniture-named element that was kept only because it holds much of the
    /// page's text (a sidebar of teasers): its candidates score lower.
    furniture_ctx: Vec<bool>,
    /// Hidden by a style yet kept: the collapsed rest of a story.
    collapsed: Vec<bool>,
}

/// Text bytes inside `<p>` elements under each node (before any pruning), and all text
/// bytes under each node.
fn paragraph_text(dom: &Dom) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
    let n = dom.nodes.len();
    let mut tot = vec![0usize; n];
    let mut ptext = vec![0usize; n];
    let mut link = vec![0usize; n];
    for id in (1..n).rev() {
        if let Kind::Text(t) = &dom.nodes[id].kind {
            tot[id] = t.len();
        }
        match dom.name(id) {
            "p" => ptext[id] = tot[id],
            "a" => link[id] = tot[id],
            _ => {}
        }
        let p = dom.nodes[id].parent;
        if p != NONE {
            tot[p] += tot[id];
            ptext[p] += ptext[id];
            link[p] += link[id];
        }
    }
    (ptext, tot, link)
}

/// A block of links to other stories under a heading that says so ("More stories",
/// "Related articles", "You may also like"): its first element with text is a heading
/// naming it, and a tenth of its text or more is links.
fn is_more_stories_block(dom: &Dom, id: NodeId, tot: &[usize], link: &[usize]) -> bool {
    if link[id] * 10 < tot[id] {
        return false;
    }
    let Some(first) = dom.children(id).find(|&c| match dom.text_of_node(c) {
        Some(t) => !t.trim().is_empty(),
        None => dom.is_element(c) && tot[c] > 0,
    }) else {
        return false;
    };
    matches!(dom.name(first), "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
        && furniture::is_more_stories_label(&dom.text(first))
}

/// AMP's loading placeholders and fallbacks (`<div placeholder>`, `<p fallback>`) inside
/// `amp-*` components: text shown only until (or unless) the component loads.
fn amp_placeholder(dom: &Dom, id: NodeId) -> bool {
    let p = dom.nodes[id].parent;
    p != NONE
        && dom.name(p).starts_with("amp-")
        && (dom.attr(id, "placeholder").is_some() || dom.attr(id, "fallback").is_some())
}

/// For each `<figure>`: 1 when it holds a table, 2 when it is a gallery slide (a heading
/// of its own and at least 100 bytes of paragraph text, caption included), else 0.
fn figure_kinds(dom: &Dom, ptext: &[usize]) -> Vec<u8> {
    let n = dom.nodes.len();
    let mut kind = vec![0u8; n];
    let mut has_table = vec![false; n];
    let mut has_heading = vec![false; n];
    // Reverse pre-order: a node's descendants are folded in before it is seen.
    for id in (1..n).rev() {
        match dom.name(id) {
            "table" => has_table[id] = true,
            "h2" | "h3" | "h4" => has_heading[id] = true,
            "figure" => {
                kind[id] = if has_table[id] {
                    1
                } else if has_heading[id] && ptext[id] >= 100 {
                    2
                } else {
                    0
                }
            }
            _ => {}
        }
        let p = dom.nodes[id].parent;
        if p != NONE {
            has_table[p] |= has_table[id];
            has_heading[p] |= has_heading[id];
        }
    }
    kind
}

/// The rest of a story collapsed by a style (`display:none`) until the reader clicks
/// "Read more" or the next page of a paginated story: at least 200 bytes of paragraph
/// text, after visible story paragraphs in the same block or after a visible sibling
/// with one of its classes that holds paragraphs too (among its first 256 siblings).
fn collapsed_story_part(dom: &Dom, id: NodeId, ptext: &[usize]) -> bool {
    let p = dom.nodes[id].parent;
    if ptext[id] < 200
        || p == NONE
        || dom.attr(id, "hidden").is_some()
        || dom.attr(id, "aria-hidden") == Some("true")
        || !hidden_by_style(dom, id)
    {
        return false;
    }
    let classes: Vec<&str> = dom
        .attr(id, "class")
        .map(|c| {
            c.split_whitespace()
                .filter(|t| !is_display_state(&t.to_ascii_lowercase()))
                .collect()
        })
        .unwrap_or_default();
    let mut story_paragraphs = 0;
    // (Bounded: a page of thousands of hidden siblings stays linear.)
    for sib in dom.children(p).take(256) {
        if sib == id {
            break;
        }
        if !dom.is_element(sib) || is_hidden(dom, sib) {
            continue;
        }
        if dom.name(sib) == "p" && ptext[sib] >= 80 {
            story_paragraphs += 1;
        }
        let same_class = dom
            .attr(sib, "class")
            .is_some_and(|c| c.split_whitespace().any(|t| classes.contains(&t)));
        if same_class && ptext[sib] >= 100 {
            return true;
        }
    }
    story_paragraphs >= 2
}

fn prune(dom: &Dom) -> Pruned {
    let n = dom.nodes.len();
    let mut dropped = vec![false; n];
    let mut furniture_ctx = vec![false; n];
    let mut collapsed = vec![false; n];
    // Class/id pruning never removes a node holding most of the page's paragraph text:
    // a furniture-sounding wrapper around the story is still the story.
    let (ptext, tot, link) = paragraph_text(dom);
    let page_ptext = ptext[0].max(1);
    // Pages without <p> paragraphs: guard on all text instead.
    let few_p = ptext[0] < 500;
    let page_tot = tot[0].max(1);
    let figure_kind = figure_kinds(dom, &ptext);
    // Pre-order: a node is decided once; a dropped node's subtree is skipped by every walk.
    for id in 1..n {
        let Kind::Element { name, .. } = &dom.nodes[id].kind else {
            continue;
        };
        let p = dom.nodes[id].parent;
        if p != NONE && dropped[p] {
            dropped[id] = true;
            continue;
        }
        if p != NONE {
            furniture_ctx[id] = furniture_ctx[p];
        }
        let name = name.as_str();
        if matches!(name, "html" | "body") {
            continue;
        }
        // A figure holding a table (`<figure class=wp-block-table>`) or the slide of
        // a gallery story (its own heading and paragraphs in the caption) is content.
        let figure_content = match name {
            "figure" => figure_kind[id] > 0,
            // A table's caption stays furniture; a slide's caption is its text.
            "figcaption" => p != NONE && figure_kind[p] == 2,
            _ => false,
        };
        if DROP_TAGS.contains(&name) && !figure_content || amp_placeholder(dom, id) {
            dropped[id] = true;
            continue;
        }
        if is_hidden(dom, id) {
            if collapsed_story_part(dom, id, &ptext) {
                collapsed[id] = true;
            } else {
                dropped[id] = true;
                continue;
            }
        }
        if name == "header" {
            dropped[id] = true;
            continue;
        }
        if matches!(name, "div" | "section" | "aside" | "ul" | "ol")
            && ptext[id] * 5 < page_ptext * 2
            && is_more_stories_block(dom, id, &tot, &link)
        {
            dropped[id] = true;
            continue;
        }
        if figure_content && name == "figcaption" {
            // A slide's caption is its text, whatever its class says.
            continue;
        }
        let words = class_words(dom, id);
        if words.is_empty() {
            continue;
        }
        if matches!(name, "article" | "main") {
            continue;
        }
        // A dateline inside a paragraph ("<p><span class=dateline>KOBE – </span>A total
        // of…") opens the story's first sentence.
        if matches!(name, "span" | "strong" | "b" | "em")
            && p != NONE
            && dom.name(p) == "p"
            && words
                .iter()
                .all(|w| w.contains("dateline") || !token_negative(w))
        {
            continue;
        }
        // Weak furniture words (gallery, card, video…) do not remove a node that holds
        // real paragraphs; strong ones (comments, related, share…) do.
        let negative = words.iter().any(|w| token_negative(w) && !token_weak(w))
            || words.iter().any(|w| token_negative(w)) && ptext[id] < 200;
        if negative && !words.iter().any(|w| token_positive(w)) {
            if ptext[id] * 5 < page_ptext * 2 && !(few_p && tot[id] * 5 >= page_tot * 2) {
                dropped[id] = true;
            } else if ptext[id] * 5 < page_ptext * 3 {
                // Kept for its text, yet most of the page's text lies elsewhere.
                furniture_ctx[id] = true;
            }
        }
        if let Some(role) = dom.attr(id, "role") {
            if matches!(
                role,
                "navigation" | "banner" | "complementary" | "contentinfo" | "dialog" | "menu"
            ) {
                dropped[id] = true;
            }
        }
    }
    Pruned {
        dropped,
        furniture_ctx,
        collapsed,
    }
}

fn compute_stats(dom: &Dom, pr: &Pruned) -> Vec<Stats> {
    let n = dom.nodes.len();
    let mut st = vec![Stats::default(); n];
    // Nodes are stored in pre-order, so children come after parents: fold in reverse.
    for id in (1..n).rev() {
        if pr.dropped[id] {
            continue;
        }
        if let Kind::Text(t) = &dom.nodes[id].kind {
            st[id].text = t.bytes().filter(|b| !b.is_ascii_whitespace()).count();
            st[id].commas = t.matches(',').count();
        }
        if dom.name(id) == "a" {
            st[id].link = st[id].text;
        }
        let p = dom.nodes[id].parent;
        if p == NONE {
            continue;
        }
        let (t, l, c) = (st[id].text, st[id].link, st[id].commas);
        let block = is_block(dom.name(id));
        let ps = &mut st[p];
        ps.text += t;
        ps.link += l;
        ps.commas += c;
        if block {
            ps.has_block = true;
        }
    }
    st
}

fn link_density(s: &Stats) -> f64 {
    if s.text == 0 {
        0.0
    } else {
        s.link as f64 / s.text as f64
    }
}

fn class_weight(dom: &Dom, id: NodeId, collapsed: bool) -> f64 {
    let mut w = 0.0;
    for word in class_words(dom, id) {
        if token_positive(&word) {
            w += 25.0;
        }
        // In a collapsed part of the story a display state ("hidden") is no role.
        if token_negative(&word) && !(collapsed && is_display_state(&word)) {
            w -= 25.0;
        }
    }
    w
}

fn is_display_state(t: &str) -> bool {
    t.contains("hid") || t.contains("collaps") || t.contains("none")
}

fn tag_weight(name: &str) -> f64 {
    match name {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn is_paragraph_like(dom: &Dom, st: &[Stats], id: NodeId) -> bool {
    match dom.name(id) {
        "p" | "pre" | "td" | "blockquote" => true,
        "div" | "section" | "article" | "span" | "li" | "font" | "center" => !st[id].has_block,
        _ => false,
    }
}

/// Scores candidates; returns (node, score) sorted best first.
fn score_candidates(dom: &Dom, pr: &Pruned, st: &[Stats]) -> Vec<(NodeId, f64)> {
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    for id in 1..dom.nodes.len() {
        if pr.dropped[id] || !dom.is_element(id) || !is_paragraph_like(dom, st, id) {
            continue;
        }
        let s = &st[id];
        if s.text < 25 {
            continue;
        }
        let ld = link_density(s);
        if ld > 0.5 {
            continue;
        }
        let score = 1.0 + s.commas as f64 + (s.text as f64 / 100.0).min(3.0);
        let mut anc = dom.nodes[id].parent;
        let mut level = 0;
        while anc != NONE && anc != 0 && level < 5 {
            let div = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            let e = scores.entry(anc).or_insert_with(|| {
                // Class and tag hints count fully only for nodes with real text, so a
                // tiny box called "content" does not beat the story.
                let w = tag_weight(dom.name(anc)) + class_weight(dom, anc, pr.collapsed[anc]);
                if w > 0.0 {
                    w * (st[anc].text as f64 / 500.0).min(1.0)
                } else {
                    w
                }
            });
            *e += score / div;
            anc = dom.nodes[anc].parent;
            level += 1;
        }
    }
    let mut out: Vec<(NodeId, f64)> = scores
        .into_iter()
        .map(|(id, s)| {
            let ctx = if pr.furniture_ctx[id] { 0.5 } else { 1.0 };
            (id, s * (1.0 - link_density(&st[id])) * ctx)
        })
        .collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}

/// Word multiset overlap: how well the text of `id` covers `target` (a set of words).
fn overlap_f1(dom: &Dom, pr: &Pruned, id: NodeId, target: &HashSet<String>) -> f64 {
    let mut words: HashSet<String> = HashSet::new();
    let mut total = 0usize;
    let mut it = dom.nodes[id].first_child;
    while it != NONE {
        if pr.dropped[it] {
            it = dom.next_after_subtree(it, id);
            continue;
        }
        if let Some(t) = dom.text_of_node(it) {
            for w in t
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                total += 1;
                words.insert(w.to_lowercase());
            }
        }
        let n = &dom.nodes[it];
        it = if n.first_child != NONE {
            n.first_child
        } else {
            dom.next_after_subtree(it, id)
        };
    }
    if total == 0 || target.is_empty() {
        return 0.0;
    }
    let hit = words.intersection(target).count() as f64;
    let p = hit / words.len() as f64;
    let r = hit / target.len() as f64;
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The nodes whose text makes the article, in document order.
fn choose_content(
    dom: &Dom,
    pr: &Pruned,
    st: &[Stats],
    json_body: Option<&str>,
) -> Option<Vec<NodeId>> {
    let cands = score_candidates(dom, pr, st);
    let mut top = cands.first()?.0;
    let top_score = cands[0].1;
    if let Some(body) = json_body.filter(|b| b.len() >= 300) {
        let target: HashSet<String> = body
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let mut best = (top, overlap_f1(dom, pr, top, &target));
        for &(c, _) in cands.iter().skip(1).take(8) {
            let f = overlap_f1(dom, pr, c, &target);
            if f > best.1 + 0.05 {
                best = (c, f);
            }
        }
        if best.1 > 0.6 {
            top = best.0;
        }
    }
    let score_of: HashMap<NodeId, f64> = cands.iter().copied().collect();
    let mut top_score = score_of.get(&top).copied().unwrap_or(top_score);
    let is_top = |id: NodeId| id == NONE || id == 0 || matches!(dom.name(id), "body" | "html");
    // Several strong candidates under one ancestor: the story is split into sections
    // (paragraph continuity), so the ancestor is the content.
    let strong: Vec<NodeId> = cands
        .iter()
        .take(6)
        .filter(|&&(c, s)| {
            // Other candidates: not the top's own ancestors or descendants.
            c != top
                && s >= top_score * 0.6
                && !is_ancestor(dom, c, top)
                && !is_ancestor(dom, top, c)
                && (pr.furniture_ctx[top] || !pr.furniture_ctx[c])
        })
        .map(|&(c, _)| c)
        .collect();
    if strong.len() >= 2 {
        let mut anc = dom.nodes[top].parent;
        while !is_top(anc) {
            let shared = strong.iter().filter(|&&c| is_ancestor(dom, anc, c)).count();
            if shared >= 2 {
                top = anc;
                break;
            }
            anc = dom.nodes[anc].parent;
        }
    }

    // An intro block set apart before the body (a cousin of the top, not a sibling):
    // a strong, clean candidate that comes first under a near ancestor.
    if let Some(&(intro, _)) = cands.iter().take(6).find(|&&(c, s)| {
        c < top
            && s >= top_score * 0.4
            && !is_ancestor(dom, c, top)
            && link_density(&st[c]) < 0.1
            && (pr.furniture_ctx[top] || !pr.furniture_ctx[c])
    }) {
        let mut anc = dom.nodes[top].parent;
        let mut level = 0;
        while !is_top(anc) && level < 3 {
            if is_ancestor(dom, anc, intro) {
                // (A sibling is gathered below.)
                if level > 0 {
                    top = anc;
                }
                break;
            }
            anc = dom.nodes[anc].parent;
            level += 1;
        }
    }

    // Climb while the parent scores higher (or is the only wrapper of the candidate).
    let mut last = score_of.get(&top).copied().unwrap_or(0.0);
    let mut parent = dom.nodes[top].parent;
    while !is_top(parent) {
        let ps = score_of.get(&parent).copied().unwrap_or(0.0);
        if ps < top_score / 3.0 && dom.children(parent).filter(|&c| dom.is_element(c)).count() > 1 {
            break;
        }
        // A parent with clearly more clean text and a fair share of the score holds
        // the rest of the story (an intro block, a table beside the text).
        // (Text in a kept sidebar is not more of the story.)
        let more_text = st[parent].text * 10 >= st[top].text * 11
            && link_density(&st[parent]) < 0.2
            && ps >= top_score * 0.45
            && (pr.furniture_ctx[top]
                || !dom
                    .children(parent)
                    .any(|c| pr.furniture_ctx[c] && !pr.dropped[c]));
        if ps > last
            || more_text
            || dom
                .children(parent)
                .filter(|&c| dom.is_element(c) && !pr.dropped[c] && st[c].text > 0)
                .count()
                == 1
        {
            top = parent;
            last = ps.max(last);
        } else {
            break;
        }
        parent = dom.nodes[top].parent;
    }
    top_score = top_score.max(score_of.get(&top).copied().unwrap_or(0.0));
    let parent = dom.nodes[top].parent;
    if parent == NONE || parent == 0 {
        return Some(vec![top]);
    }
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = dom.attr(top, "class").unwrap_or("");
    // The classes the story gives its own paragraphs ("zn-body__paragraph"): a sibling
    // block holding one of them continues the story (a lede set apart with its photo).
    let para_classes: HashSet<&str> = dom
        .children(top)
        .filter(|&c| !pr.dropped[c] && is_paragraph_like(dom, st, c) && st[c].text > 0)
        .chain(
            // and its <p>s further down (paragraphs wrapped in section blocks).
            dom.descendants(top)
                .take(400)
                .filter(|&d| !pr.dropped[d] && dom.name(d) == "p" && st[d].text >= 50),
        )
        .filter_map(|c| dom.attr(c, "class"))
        .flat_map(str::split_whitespace)
        .collect();
    let holds_story_paragraph = |sib: NodeId| {
        !para_classes.is_empty()
            && link_density(&st[sib]) < 0.25
            && std::iter::once(sib)
                .chain(dom.descendants(sib))
                .take(64)
                .any(|d| {
                    !pr.dropped[d]
                        && st[d].text > 0
                        && dom
                            .attr(d, "class")
                            .is_some_and(|c| c.split_whitespace().any(|t| para_classes.contains(t)))
                })
    };
    let mut out = Vec::new();
    for sib in dom.children(parent) {
        if sib == top {
            out.push(sib);
            continue;
        }
        if pr.dropped[sib]
            || !dom.is_element(sib)
            || pr.furniture_ctx[sib] && !pr.furniture_ctx[top]
        {
            continue;
        }
        let mut bonus = 0.0;
        if !top_class.is_empty() && dom.attr(sib, "class") == Some(top_class) {
            bonus = top_score * 0.2;
        }
        let s = score_of.get(&sib).copied().unwrap_or(0.0) + bonus;
        if s >= threshold || holds_story_paragraph(sib) {
            out.push(sib);
            continue;
        }
        if is_paragraph_like(dom, st, sib) && dom.name(sib) == "p" {
            let ld = link_density(&st[sib]);
            let len = st[sib].text;
            if len > 80 && ld < 0.25 {
                out.push(sib);
            } else if len > 0 && ld == 0.0 {
                let t = dom.text(sib);
                if t.ends_with(['.', '!', '?', '"', '”']) {
                    out.push(sib);
                }
            }
        }
    }
    Some(out)
}

fn is_ancestor(dom: &Dom, anc: NodeId, mut id: NodeId) -> bool {
    while id != NONE {
        if id == anc {
            return true;
        }
        id = dom.nodes[id].parent;
    }
    false
}

/// Serializes the chosen nodes into paragraphs.
fn serialize(
    dom: &Dom,
    pr: &Pruned,
    st: &[Stats],
    roots: &[NodeId],
    title: &str,
    trim_edges: bool,
) -> String {
    struct Para {
        text: String,
        link: usize,
        heading: bool,
    }
    let mut paras: Vec<Para> = Vec::new();
    let mut cur = Para {
        text: String::new(),
        link: 0,
        heading: false,
    };
    let flush = |cur: &mut Para, paras: &mut Vec<Para>| {
        let t = cur.text.trim();
        if !t.is_empty() {
            paras.push(Para {
                text: t.to_string(),
                link: cur.link,
                heading: cur.heading,
            });
        }
        cur.text.clear();
        cur.link = 0;
        cur.heading = false;
    };
    for &root in roots {
        // Skip link-dense lists and containers as a whole.
        let mut it = root;
        let mut entering = true;
        // Iterative walk with explicit enter/leave, so block ends break paragraphs.
        loop {
            if entering {
                let skip = pr.dropped[it] || {
                    let name = dom.name(it);
                    matches!(name, "ul" | "ol" | "table" | "dl" | "div" | "section")
                        && st[it].text > 0
                        && link_density(&st[it]) > 0.5
                };
                if !skip {
                    match &dom.nodes[it].kind {
                        Kind::Text(t) => {
                            let in_link = is_in_link(dom, it, root);
                            let before = cur.text.len();
                            if !cur.text.is_empty()
                                && !cur.text.ends_with([' ', '\n'])
                                && t.starts_with(char::is_whitespace)
                            {
                                cur.text.push(' ');
                            }
                            push_collapsed_keep(&mut cur.text, t);
                            if in_link {
                                cur.link += cur.text.len() - before;
                            }
                        }
                        Kind::Element { name, .. } => {
                            let name = name.as_str();
                            if name == "br" {
                                let t = cur.text.trim_end().len();
                                cur.text.truncate(t);
                                cur.text.push('\n');
                            } else if is_block(name) {
                                flush(&mut cur, &mut paras);
                                cur.heading = matches!(name, "h1" | "h2" | "h3" | "h4");
                            }
                        }
                        Kind::Document => {}
                    }
                    if dom.nodes[it].first_child != NONE {
                        it = dom.nodes[it].first_child;
                        continue;
                    }
                }
            }
            // Leaving `it`.
            if is_block(dom.name(it)) {
                flush(&mut cur, &mut paras);
            }
            if it == root {
                break;
            }
            if dom.nodes[it].next != NONE {
                it = dom.nodes[it].next;
                entering = true;
            } else {
                it = dom.nodes[it].parent;
                entering = false;
            }
        }
        flush(&mut cur, &mut paras);
    }
    let title_norm = norm_words(title);
    // Kept paragraphs with whether each was a heading.
    let mut kept: Vec<(String, bool)> = Vec::new();
    for p in paras {
        let text: String = p
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        if text.is_empty() {
            continue;
        }
        let len = text.len();
        if p.link * 2 > len && len < 400 {
            continue;
        }
        if text.lines().all(is_boilerplate)
            || is_junk_line(&text)
            || furniture::is_cookie_notice(&text)
            || !text.chars().any(char::is_alphanumeric)
        {
            continue;
        }
        // The headline repeated (as a heading, or as a plain line above the story).
        if !title_norm.is_empty() && len < 400 && norm_words(&text) == title_norm {
            continue;
        }
        kept.push((text, p.heading));
    }
    if trim_edges {
        // Labels before the story and furniture after it: short blocks that are not
        // sentences (kickers, "Tags: …", "Filed under", share prompts).
        let not_sentence = |t: &str| {
            t.chars().count() < 50 && !t.ends_with(['.', '!', '?', '"', '”', '…', ')', ':'])
        };
        // Furniture written as sentences around the story: calls to action, paywall
        // notices, disclaimers; after it also author bios and a heading left with
        // nothing under it.
        let tail_furniture = |(t, heading): &(String, bool)| {
            let n = t.chars().count();
            not_sentence(t)
                || *heading && n < 120
                // A label left without what it introduced ("Spread the news:").
                || n < 50 && t.ends_with(':')
                || n < 150 && furniture::is_post_meta(t)
                || furniture::is_tail_furniture(t)
        };
        while kept.len() > 1 && kept.last().is_some_and(tail_furniture) {
            kept.pop();
        }
        while kept.len() > 1 && furniture::is_head_furniture(&kept[0].0) {
            kept.remove(0);
        }
        // A paywall notice after the opening: the rest is the publisher's pitch.
        if let Some(i) = kept
            .iter()
            .position(|(t, _)| furniture::is_paywall_notice(t))
        {
            let rest = &kept[i..];
            if i > 0 && rest.len() <= 8 && rest.iter().all(|(t, _)| t.len() < 800) {
                kept.truncate(i);
            }
        }
        while kept.len() > 1 && kept.last().is_some_and(tail_furniture) {
            kept.pop();
        }
        // Inside the story only the unmistakable prompts (newsletter sign-ups).
        kept.retain(|(t, _)| !furniture::is_strong_call_to_action(t));
        // Bylines and datelines above the story.
        let is_meta_line = |t: &str| {
            // "/ Jo Roe / 10:08 am Fri Jul 19, 2013": separators before the byline.
            let t = t.trim_start_matches(['/', '|', '·', '•', '-', ' ']);
            t.chars().count() < 120
                && (crate::text::parse_byline(t).is_some()
                    || crate::text::parse_date_line(t).is_some()
                    || furniture::is_timestamp(t)
                    || [
                        "Updated",
                        "Published",
                        "Posted",
                        "Last updated",
                        "First published",
                        "Written by",
                        "Written:",
                    ]
                    .iter()
                    .any(|p| t.starts_with(p)))
        };
        let drop_head = |kept: &mut Vec<(String, bool)>| {
            while kept.len() > 1
                && (not_sentence(&kept[0].0) && kept[0].0.chars().count() < 30
                    || is_meta_line(&kept[0].0))
            {
                kept.remove(0);
            }
        };
        drop_head(&mut kept);
        // The page's header block leaked above the story: a kicker or a deck (short, no
        // final stop), then the byline or date stamp. Everything up to that line goes (a
        // deck is not in the article body).
        if let Some(i) = (1..kept.len().min(3)).find(|&i| is_meta_line(&kept[i].0)) {
            if i + 1 < kept.len()
                && kept[..i].iter().all(|(t, _)| {
                    t.chars().count() < 150 && !t.ends_with(['.', '!', '?', '"', '”', '…'])
                })
            {
                kept.drain(..=i);
                drop_head(&mut kept);
            }
        }
        // Photo credits anywhere.
        kept.retain(|(t, _)| {
            let l = t.to_ascii_lowercase();
            !(t.len() < 200
                && (l.ends_with("getty images")
                    || l.ends_with("getty images)")
                    || l.starts_with("(ap photo")
                    || l.starts_with("photo by ")
                    || l.starts_with("photograph:")
                    || l.starts_with("credit:")
                    || l.starts_with("photo :")
                    || furniture::ends_with_photo_credit(&l)
                    || [
                        "featured image",
                        "header image",
                        "lead image",
                        "top image",
                        "cover image",
                        "photo source",
                        "image source",
                        "photo credit",
                    ]
                    .iter()
                    .any(|p| l.starts_with(p))
                    || l.starts_with("(credit:")
                    || l.starts_with("image credit")))
        });
    }
    kept.into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn is_in_link(dom: &Dom, mut id: NodeId, root: NodeId) -> bool {
    let mut steps = 0;
    while id != NONE && id != root && steps < 12 {
        if dom.name(id) == "a" {
            return true;
        }
        id = dom.nodes[id].parent;
        steps += 1;
    }
    false
}

/// Like [`push_collapsed`], but never starts a paragraph with a space.
fn push_collapsed_keep(out: &mut String, t: &str) {
    if out.is_empty() || out.ends_with('\n') {
        push_collapsed(out, t.trim_start());
    } else {
        push_collapsed(out, t);
    }
}

fn norm_words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Short lines that are page furniture even inside the article container.
fn is_junk_line(t: &str) -> bool {
    let l = t.trim().to_lowercase();
    // Subscription, affiliate and "enjoyed this?" prompts.
    const PROMPTS: &[&str] = &[
        "subscribe now",
        "already a subscriber",
        "if you enjoyed",
        "if you liked this",
        "this post contains affiliate",
        "this article contains affiliate",
        "we may earn a commission",
    ];
    if l.len() <= 250 && PROMPTS.iter().any(|p| l.starts_with(p)) {
        return true;
    }
    if l.len() > 60 {
        return false;
    }
    const JUNK: &[&str] = &[
        "advertisement",
        "advertisement:",
        "ad",
        "story continues below advertisement",
        "continue reading below",
        "article continues below",
        "scroll to continue with content",
        "related articles",
        "related",
        "more from",
        "recommended",
        "share this:",
        "share this story",
        "share this article",
        "loading...",
        "loading",
        "sponsored",
        "sponsored content",
        "click to expand",
        "comments are closed.",
        "comments are closed",
        "like loading...",
        "like this:",
        "view comments",
        "comments",
        "leave a comment",
        "print",
        "tweet",
    ];
    // Reading-time stamps ("5 min read", "Estimated reading time: 6 minutes").
    if l.len() < 50
        && (l.contains("min read") || l.contains("minute read") || l.contains("reading time"))
    {
        return true;
    }
    JUNK.contains(&l.as_str())
        || l.starts_with("sign up for")
        || l.starts_with("subscribe to")
        || l.starts_with("follow us")
        || l.starts_with("click here")
        || l.starts_with("read more")
        || l.starts_with("related:")
        || l.starts_with("see also")
        || l.starts_with("photo:")
        || l.starts_with("image:")
        || l.starts_with("getty images")
}

// ---------------------------------------------------------------------------------------
// Metadata

#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    body: Option<String>,
    published: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
    language: Option<String>,
}

fn json_ld(dom: &Dom) -> JsonLd {
    let mut out = JsonLd::default();
    for s in dom.find_all("script") {
        let ty = dom.attr(s, "type").unwrap_or("");
        if !ty.eq_ignore_ascii_case("application/ld+json") {
            continue;
        }
        let raw = dom.raw_text(s);
        let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
            continue;
        };
        // Walk the value (bounded, iterative) looking for article objects.
        let mut stack = vec![&v];
        let mut seen = 0;
        while let Some(v) = stack.pop() {
            seen += 1;
            if seen > 2000 {
                break;
            }
            match v {
                serde_json::Value::Array(a) => stack.extend(a.iter().rev()),
                serde_json::Value::Object(o) => {
                    let types: Vec<&str> = match o.get("@type") {
                        Some(serde_json::Value::String(s)) => vec![s.as_str()],
                        Some(serde_json::Value::Array(a)) => {
                            a.iter().filter_map(|x| x.as_str()).collect()
                        }
                        _ => vec![],
                    };
                    let is_article = types.iter().any(|t| {
                        t.ends_with("Article")
                            || matches!(
                                *t,
                                "BlogPosting" | "Report" | "LiveBlogPosting" | "WebPage"
                            )
                    });
                    if is_article {
                        let strong = !types.contains(&"WebPage");
                        let get = |k: &str| o.get(k).and_then(|x| x.as_str()).map(str::to_string);
                        if strong || out.headline.is_none() {
                            if let Some(h) = get("headline").or_else(|| get("name")) {
                                if strong || out.headline.is_none() {
                                    out.headline.get_or_insert(h);
                                }
                            }
                        }
                        if strong {
                            if out.body.is_none() {
                                out.body = get("articleBody");
                            }
                            if out.published.is_none() {
                                out.published = get("datePublished").or_else(|| get("dateCreated"));
                            }
                            if out.authors.is_empty() {
                                out.authors = names_of(o.get("author"));
                            }
                            if out.publisher.is_none() {
                                out.publisher = names_of(o.get("publisher")).into_iter().next();
                            }
                            if out.language.is_none() {
                                out.language = get("inLanguage");
                            }
                        }
                    }
                    if let Some(g) = o.get("@graph") {
                        stack.push(g);
                    }
                    if let Some(m) = o.get("mainEntity") {
                        stack.push(m);
                    }
                }
                _ => {}
            }
        }
    }
    out
}

fn names_of(v: Option<&serde_json::Value>) -> Vec<String> {
    match v {
        Some(serde_json::Value::String(s)) => vec![s.clone()],
        Some(serde_json::Value::Object(o)) => o
            .get("name")
            .and_then(|n| n.as_str())
            .map(|s| vec![s.to_string()])
            .unwrap_or_default(),
        Some(serde_json::Value::Array(a)) => a.iter().flat_map(|x| names_of(Some(x))).collect(),
        _ => vec![],
    }
}

/// The page's `<meta>` key/content pairs (key from `property`, `name` or `itemprop`,
/// lower-cased), collected once.
struct Metas(Vec<(String, String)>);

impl Metas {
    fn collect(dom: &Dom) -> Metas {
        let mut v = Vec::new();
        for m in dom.find_all("meta") {
            let k = dom
                .attr(m, "property")
                .or_else(|| dom.attr(m, "name"))
                .or_else(|| dom.attr(m, "itemprop"))
                .or_else(|| dom.attr(m, "http-equiv"))
                .unwrap_or("");
            if let Some(c) = dom.attr(m, "content").map(str::trim) {
                if !k.is_empty() && !c.is_empty() {
                    v.push((k.to_ascii_lowercase(), c.to_string()));
                }
            }
        }
        Metas(v)
    }

    /// The first content for the first key (in `keys` order) present.
    fn get(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| {
            self.0
                .iter()
                .find(|(mk, _)| mk == k)
                .map(|(_, c)| c.as_str())
        })
    }
}

/// `<title>` without the site suffix/prefix ("Story — Site", "Site | Story").
fn clean_title(raw: &str, site: Option<&str>) -> String {
    let raw = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    for sep in [" | ", " - ", " — ", " – ", " :: ", " · ", " » "] {
        if raw.contains(sep) {
            let parts: Vec<&str> = raw.split(sep).collect();
            if let Some(site) = site {
                let kept: Vec<&str> = parts
                    .iter()
                    .copied()
                    .filter(|p| !p.trim().eq_ignore_ascii_case(site.trim()))
                    .collect();
                if kept.len() < parts.len() && !kept.is_empty() {
                    return kept.join(sep);
                }
            }
            // Keep the longest part when it is clearly the headline.
            let best = parts
                .iter()
                .max_by_key(|p| p.len())
                .copied()
                .unwrap_or(&raw);
            if best.split_whitespace().count() >= 3 {
                return best.trim().to_string();
            }
        }
    }
    raw
}

fn extract_meta(dom: &Dom, ld: &JsonLd, url: Option<&str>) -> Meta {
    let mut meta = Meta::default();
    let metas = Metas::collect(dom);
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    meta.site = metas
        .get(&["og:site_name", "application-name"])
        .map(clean)
        .or_else(|| ld.publisher.as_deref().map(clean));
    meta.title = metas
        .get(&["og:title", "twitter:title"])
        .map(|t| clean_title(t, meta.site.as_deref()))
        .or_else(|| ld.headline.as_deref().map(clean))
        .or_else(|| {
            dom.first("title")
                .map(|t| clean_title(&dom.text(t), meta.site.as_deref()))
        })
        .or_else(|| dom.first("h1").map(|h| dom.text(h)))
        .filter(|t| !t.is_empty());
    // Published: first publication, not the last modification.
    let mut published = ld.published.as_deref().and_then(normalize_date);
    if published.is_none() {
        published = metas
            .get(&[
                "article:published_time",
                "og:published_time",
                "datepublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "publish_date",
                "date",
                "dc.date",
                "dc.date.issued",
                "dcterms.created",
                "sailthru.date",
                "parsely-pub-date",
                "article.published",
            ])
            .and_then(normalize_date);
    }
    if published.is_none() {
        published = dom.find_all("time").find_map(|t| {
            dom.attr(t, "datetime")
                .and_then(normalize_date)
                .or_else(|| normalize_date(&dom.text(t)))
        });
    }
    if published.is_none() {
        published = url.and_then(date_from_url);
    }
    if published.is_none() {
        // A visible dateline near the top: a short text block that is only a date.
        published = dom
            .descendants(0)
            .filter(|&i| dom.text_of_node(i).is_some())
            .take(3000)
            .find_map(|i| {
                let t = dom.text_of_node(i)?.trim();
                (t.len() >= 8 && t.len() <= 60)
                    .then(|| crate::text::parse_date_line(t))
                    .flatten()
            });
    }
    meta.published = published;
    // Byline.
    let mut authors: Vec<String> = ld.authors.clone();
    if authors.is_empty() {
        for a in dom.find_all("a") {
            if dom.attr(a, "rel") == Some("author") {
                authors.push(dom.text(a));
            }
        }
    }
    if authors.is_empty() {
        if let Some(a) = metas.get(&["author", "article:author", "dc.creator", "byl"]) {
            if !a.contains("://") {
                authors.push(a.to_string());
            }
        }
    }
    if authors.is_empty() {
        for id in dom.descendants(0) {
            if dom.attr(id, "itemprop") == Some("author") {
                let t = dom.text(id);
                if !t.is_empty() {
                    authors.push(t);
                }
            }
        }
    }
    meta.byline = clean_bylines(&authors, meta.site.as_deref());
    meta.language = dom
        .first("html")
        .and_then(|h| dom.attr(h, "lang").or_else(|| dom.attr(h, "xml:lang")))
        .and_then(lang_code)
        .or_else(|| {
            metas
                .get(&["content-language", "og:locale", "language"])
                .and_then(lang_code)
        })
        .or_else(|| ld.language.as_deref().and_then(lang_code));
    meta
}

/// An article from the bytes of one HTML page. `http_charset` comes from an HTTP header
/// (WARC), `url` from wherever the page was fetched.
pub fn article_from_html(
    bytes: &[u8],
    http_charset: Option<&str>,
    url: Option<&str>,
    extractor: &dyn Extractor,
) -> Result<crate::Article, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("empty input (no HTML)".to_string());
    }
    if bytes.len() > 8 && !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        let sample = &bytes[..bytes.len().min(8192)];
        if let Some(pos) = sample.iter().position(|&b| b == 0) {
            return Err(format!("binary input, not HTML (NUL byte at offset {pos})"));
        }
    }
    let (html, warnings) = decode_html(bytes, http_charset);
    let ex = extractor.extract(&html, url);
    if ex.text.trim().is_empty() {
        return Err("no article text found in the HTML".to_string());
    }
    Ok(crate::Article {
        id: None,
        text: ex.text,
        source: sitrep_doc::Source {
            url: url.map(str::to_string),
            format: sitrep_doc::SourceFormat::Html,
            ..Default::default()
        },
        meta: ex.meta,
        warnings,
    })
}

/// Cleans an HTML fragment (a feed item's content): no main-content selection, only
/// pruning of furniture and serialization into paragraphs.
pub fn clean_fragment(html: &str) -> String {
    let wrapped = format!("<html><body><div>{html}</div></body></html>");
    let dom = Dom::parse(&wrapped, Mode::Html);
    clean_subtree(&dom, dom.first("body").unwrap_or(0))
}

/// Prunes and serializes the subtree under `root` of any parsed tree (XHTML in Atom).
pub fn clean_subtree(dom: &Dom, root: NodeId) -> String {
    let pr = prune(dom);
    let st = compute_stats(dom, &pr);
    serialize(dom, &pr, &st, &[root], "", false)
}

/// Runs extraction on a parsed page.
pub fn extract_dom(dom: &Dom, url: Option<&str>) -> Extracted {
    let ld = json_ld(dom);
    let mut meta = extract_meta(dom, &ld, url);
    let pr = prune(dom);
    let st = compute_stats(dom, &pr);
    let title = meta.title.clone().unwrap_or_default();
    let mut text = match choose_content(dom, &pr, &st, ld.body.as_deref()) {
        Some(roots) => serialize(dom, &pr, &st, &roots, &title, true),
        None => String::new(),
    };
    // JSON-LD articleBody as the fallback when the DOM gave (almost) nothing.
    if let Some(body) = ld.body.as_deref() {
        let body = body.trim();
        if body.len() > 200 && text.len() * 3 < body.len() {
            text = body
                .split("\n")
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
                .join("\n\n");
        }
    }
    if text.is_empty() {
        // Last resort: the whole visible body text, paragraphs kept.
        if let Some(body) = dom.first("body") {
            text = serialize(dom, &pr, &st, &[body], &title, false);
        }
    }
    if meta.language.is_none() {
        meta.language = detect_language(&text);
    }
    Extracted { text, meta }
}

/// The top candidates of a page with their scores, for inspecting the extractor
/// (`examples/candidates.rs`).
#[doc(hidden)]
pub fn debug_candidates(html: &str) -> Vec<String> {
    let dom = Dom::parse(html, Mode::Html);
    let pr = prune(&dom);
    let st = compute_stats(&dom, &pr);
    let mut out = vec![format!("nodes {}", dom.nodes.len())];
    for (id, score) in score_candidates(&dom, &pr, &st).into_iter().take(12) {
        let mut path = Vec::new();
        let mut a = id;
        while a != NONE && a != 0 && path.len() < 6 {
            path.push(format!(
                "{}.{}",
                dom.name(a),
                dom.attr(a, "class")
                    .or_else(|| dom.attr(a, "id"))
                    .unwrap_or("")
                    .chars()
                    .take(30)
                    .collect::<String>()
            ));
            a = dom.nodes[a].parent;
        }
        out.push(format!(
            "{score:.1} text {} ld {:.2} {}",
            st[id].text,
            link_density(&st[id]),
            path.join(" < ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_found() {
        assert_eq!(
            meta_charset(b"<head><meta charset=\"ISO-8859-1\"></head>").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            meta_charset(
                b"<meta http-equiv=Content-Type content='text/html; charset=windows-1251'>"
            )
            .as_deref(),
            Some("windows-1251")
        );
    }

    #[test]
    fn decodes_declared_and_undeclared_charsets() {
        let (t, _) = decode_html(b"<meta charset=iso-8859-1><p>caf\xe9</p>", None);
        assert!(t.contains("café"));
        let (t, _) = decode_html(b"<p>caf\xe9</p>", Some("windows-1252"));
        assert!(t.contains("café"));
        let (t, w) = decode_html(b"<p>caf\xe9</p>", None);
        assert!(t.contains("café"));
        assert_eq!(w.len(), 1);
        let (t, _) = decode_html("<p>café</p>".as_bytes(), None);
        assert!(t.contains("café"));
    }

    #[test]
    fn title_suffix_removed() {
        assert_eq!(
            clean_title(
                "Rebels take the port town | Daily Courier",
                Some("Daily Courier")
            ),
            "Rebels take the port town"
        );
        assert_eq!(
            clean_title("Rebels take the port town - Courier", None),
            "Rebels take the port town"
        );
    }

    #[test]
    fn junk_lines() {
        assert!(is_junk_line("Advertisement"));
        assert!(is_junk_line(
            "If you enjoyed reading this post, please consider supporting the blog."
        ));
        assert!(!is_junk_line("The council approved the budget on Tuesday."));
    }

    #[test]
    fn open_letter_with_a_table_of_signatories() {
        // The comma-rich table of names outscores each paragraph of the letter; an empty
        // row beside it must not stop the climb to the letter's container.
        let mut html = String::from("<html><body><div class=page><div class=wysiwyg>");
        for i in 0..3 {
            html.push_str(&format!(
                "<p><span>Paragraph {i} of the letter argues, at some length and with care, that \
                 open debate is the lifeblood of a free society and that its restriction harms \
                 the very causes it claims to serve, for writers and readers alike.</span></p>"
            ));
        }
        html.push_str("<table><tbody><tr>");
        for col in 0..2 {
            html.push_str("<td>");
            for n in 0..40 {
                html.push_str(&format!(
                    "<strong>Name{col}x{n} Surname</strong>, Some College<br>"
                ));
            }
            html.push_str("</td>");
        }
        html.push_str("</tr><tr><td></td></tr></tbody></table></div></div></body></html>");
        let ex = SitrepExtractor.extract(&html, None);
        assert!(
            ex.text.starts_with("Paragraph 0 of the letter"),
            "{}",
            ex.text
        );
        assert!(ex.text.contains("Paragraph 2 of the letter"));
    }

    #[test]
    fn inline_dateline_kept_and_script_notice_dropped() {
        let html = "<html><body><div class=entry>\
            <p>Sorry, but your browser needs Javascript to use this site.</p>\
            <p><span class=dateline>PORTWICK – </span>The harbour board voted on Monday to \
            rebuild the north pier, after two winters of storms left it closed to ferries.</p>\
            <p>The work, costed at four million, is due to start in the spring and to last \
            eighteen months, the board's chair said after the vote.</p></div></body></html>";
        let ex = SitrepExtractor.extract(html, None);
        assert!(
            ex.text.starts_with("PORTWICK – The harbour board voted"),
            "{}",
            ex.text
        );
    }

    #[test]
    fn sidebar_of_teasers_loses_to_the_story() {
        // The sidebar holds almost half of the page's paragraph text, so pruning keeps it;
        // its candidates must still lose to the story's.
        let mut html =
            String::from("<html><body><div class=page><div class=main><div class=node-article>");
        for i in 0..4 {
            html.push_str(&format!(
                "<p>Story paragraph {i}: the harbour board voted to rebuild the north pier, \
                 and the chair said that work would start in spring, weather permitting.</p>"
            ));
        }
        html.push_str("</div></div><div class=\"region sidebar-second\"><div class=view>");
        for i in 0..4 {
            html.push_str(&format!(
                "<div class=row><p>Teaser {i}, about another story entirely, with commas, \
                 clauses, lists, names, places, and dates, all of them links elsewhere.</p></div>"
            ));
        }
        html.push_str("</div></div></div></body></html>");
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.starts_with("Story paragraph 0"), "{}", ex.text);
        assert!(ex.text.contains("Story paragraph 3"));
        assert!(!ex.text.contains("Teaser"), "{}", ex.text);
    }

    #[test]
    fn lede_set_apart_joins_the_story_by_its_paragraph_class() {
        // The lede sits in its own box with the lead photo, beside the block that holds
        // the rest; both use the story's paragraph class.
        let mut html = String::from(
            "<html><body><section class=body-text><div class=container>\
             <div class=leafmedia><p class=\"body__paragraph speakable\">PORTWICK (Courier) \
             The harbour board voted on Monday to rebuild the north pier.</p></div>\
             <div class=body__paragraph>Here is what we learned from the meeting.</div>\
             <div class=read-all>",
        );
        for i in 0..20 {
            html.push_str(&format!(
                "<div class=body__paragraph>Paragraph {i} of the story, in which the board, \
                 the fishermen, the ferry company and the council all have their say.</div>"
            ));
        }
        html.push_str("</div></div></section></body></html>");
        let ex = SitrepExtractor.extract(&html, None);
        assert!(
            ex.text
                .starts_with("PORTWICK (Courier) The harbour board voted"),
            "{}",
            ex.text
        );
        assert!(ex.text.contains("Here is what we learned"));
        assert!(ex.text.contains("Paragraph 19 of the story"));
    }

    #[test]
    fn intro_block_joins_the_story_by_its_nested_paragraph_class() {
        // The story's paragraphs sit two levels down in the body block; the intro block
        // beside it uses the same paragraph class.
        let mut html = String::from(
            "<html><body><div class=article-content><div class=article-intro>\
             <p class=\"sc-block sc-html\">The ferry and the bridge are the two ways onto \
             Kessel Island, and this guide compares them for visitors.</p></div>\
             <div class=article-body><div class=container>",
        );
        for i in 0..20 {
            html.push_str(&format!(
                "<div class=section><p class=\"sc-block sc-html\">Paragraph {i} of the \
                 guide, on fares, timetables, queues, luggage and the view from the deck.</p>\
                 </div>"
            ));
        }
        html.push_str("</div></div></div></body></html>");
        let ex = SitrepExtractor.extract(&html, None);
        assert!(
            ex.text
                .starts_with("The ferry and the bridge are the two ways"),
            "{}",
            ex.text
        );
        assert!(ex.text.contains("Paragraph 19 of the guide"));
    }

    /// `n` story paragraphs numbered from `from`, each a full sentence with commas.
    fn story_paras(label: &str, from: usize, to: usize) -> String {
        (from..=to)
            .map(|i| {
                format!(
                    "<p>{label} paragraph {i}: the harbour board voted to rebuild the north \
                     pier, and the chair said that work, costed at four million, would start \
                     in spring.</p>"
                )
            })
            .collect()
    }

    #[test]
    fn amp_ads_and_placeholders_dropped() {
        let html = format!(
            "<html amp><body><amp-sidebar id=s layout=nodisplay><ul><li>Home</li></ul>\
             </amp-sidebar><article><div class=amp-article-content>{}<amp-ad width=300 \
             height=250 type=doubleclick><div fallback><p>Advertisement placeholder text \
             shown when no ad loads.</p></div></amp-ad>{}<amp-iframe src=x width=1 height=1>\
             <p placeholder>Loading the embedded poll, please wait a moment.</p></amp-iframe>\
             {}</div></article></body></html>",
            story_paras("Amp", 1, 3),
            story_paras("Amp", 4, 5),
            story_paras("Amp", 6, 7)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.starts_with("Amp paragraph 1"), "{}", ex.text);
        assert!(ex.text.contains("Amp paragraph 7"));
        assert!(!ex.text.contains("placeholder"), "{}", ex.text);
        assert!(!ex.text.contains("Loading"), "{}", ex.text);
    }

    #[test]
    fn table_in_a_figure_kept_without_its_caption() {
        let html = format!(
            "<html><body><article><div class=article-content>{}<figure class=wp-block-table>\
             <table><tbody><tr><td>Start of works</td><td>March 2027</td></tr><tr><td>\
             Reopening of the pier</td><td>September 2028</td></tr></tbody></table>\
             <figcaption>The timetable</figcaption></figure><figure><img src=a.jpg>\
             <figcaption>The pier in winter. Photo: Jo Roe</figcaption></figure>{}</div>\
             </article></body></html>",
            story_paras("Table", 1, 3),
            story_paras("Table", 4, 5)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.contains("Reopening of the pier"), "{}", ex.text);
        assert!(ex.text.contains("September 2028"));
        assert!(!ex.text.contains("The timetable"), "{}", ex.text);
        assert!(!ex.text.contains("The pier in winter"), "{}", ex.text);
        assert!(ex.text.contains("Table paragraph 5"));
    }

    #[test]
    fn gallery_slides_with_their_own_heading_kept() {
        let mut html = String::from(
            "<html><body><article><div class=gallery-article><p>Here are ten ideas for a \
             cheap costume, each one made from things already in your home, with no sewing \
             needed.</p>",
        );
        for i in 1..=4 {
            html.push_str(&format!(
                "<figure class=slide><h2>{i}. Idea number {i}</h2><img src=x{i}.jpg>\
                 <figcaption class=slide-caption><p>Slide {i} text: take an old sheet, cut \
                 two holes, and add a hat, so that anyone can dress as a ghost.</p>\
                 <p>What you need: a sheet, scissors and a hat.</p></figcaption></figure>"
            ));
        }
        html.push_str("</div></article></body></html>");
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.starts_with("Here are ten ideas"), "{}", ex.text);
        assert!(ex.text.contains("Slide 1 text"), "{}", ex.text);
        assert!(ex.text.contains("Slide 4 text"), "{}", ex.text);
    }

    #[test]
    fn more_stories_block_inside_the_article_dropped() {
        let mut html = format!(
            "<html><body><article class=story><h1>Harbour board votes</h1>\
             <div class=story-body>{}</div><section class=more-from-courier>\
             <h2>More stories</h2>",
            story_paras("More", 1, 6)
        );
        for i in 1..=3 {
            html.push_str(&format!(
                "<div class=item><h3><a href=/s{i}>Teaser headline {i}</a></h3><p>Teaser {i} \
                 summary of another story, with commas, clauses, names, places, and dates.</p>\
                 </div>"
            ));
        }
        html.push_str("</section></article></body></html>");
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.contains("More paragraph 6"), "{}", ex.text);
        assert!(!ex.text.contains("Teaser"), "{}", ex.text);
        // Without the heading, the class says it.
        let html = html.replace("<h2>More stories</h2>", "");
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.contains("More paragraph 6"), "{}", ex.text);
        assert!(!ex.text.contains("Teaser"), "{}", ex.text);
    }

    #[test]
    fn collapsed_rest_of_the_story_kept() {
        // "Read more" collapses the rest of the story with display:none; a paginated
        // story hides its later pages in siblings with the same class.
        let html = format!(
            "<html><body><article><div class=article-body>{}<div class=read-more>\
             <button>Read more</button></div><div class=article-rest style=\"display:none\">\
             {}</div><div class=modal style=\"display: none\"><p>Subscribe to read more of \
             our stories, every day, from only one pound a week, cancel any time.</p></div>\
             </div></article></body></html>",
            story_paras("Lazy", 1, 3),
            story_paras("Lazy", 4, 6)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.contains("Lazy paragraph 6"), "{}", ex.text);
        assert!(!ex.text.contains("Subscribe"), "{}", ex.text);
        let html = format!(
            "<html><body><div class=gallery><div class=\"page-section\">{}</div>\
             <div class=\"page-section hidden\" style=\"display: none;\">{}</div>\
             </div></body></html>",
            story_paras("Page", 1, 3),
            story_paras("Page", 4, 6)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.contains("Page paragraph 6"), "{}", ex.text);
    }

    #[test]
    fn header_block_above_the_story_dropped() {
        // The deck and the date stamp of the page header sit in the story's container.
        let html = format!(
            "<html><head><title>Pier to be rebuilt | Courier</title></head><body><div \
             class=post><p>The north pier has been closed for two winters</p><p>January 10, \
             2020 9:00AM (UTC)</p>{}</div></body></html>",
            story_paras("Story", 1, 4)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.starts_with("Story paragraph 1"), "{}", ex.text);
        // A first paragraph that is a sentence of the story stays.
        let html = format!(
            "<html><body><div class=post>{}<p>January 10, 2020 9:00AM (UTC)</p>{}</div>\
             </body></html>",
            story_paras("Story", 1, 1),
            story_paras("Story", 2, 4)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.starts_with("Story paragraph 1"), "{}", ex.text);
    }

    #[test]
    fn headline_repeated_as_a_plain_line_dropped() {
        let html = format!(
            "<html><head><meta property=og:title content=\"Peanut Butter Truffles\">\
             </head><body><div class=entry-content><p><strong>Peanut Butter Truffles</strong>\
             </p>{}</div></body></html>",
            story_paras("Recipe", 1, 4)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.starts_with("Recipe paragraph 1"), "{}", ex.text);
    }

    #[test]
    fn intro_block_set_apart_from_a_nested_body_joins_the_story() {
        // The intro is a cousin of the body's paragraphs' container, not its sibling.
        let html = format!(
            "<html><body><div class=article-content><div class=article-intro>{}</div>\
             <div class=article-body><h2>How do they compare?</h2><div class=article-container>\
             <div class=sc-page>{}</div><p>Updated</p></div></div></div><div \
             class=sidebar-teasers><p>Another story, with \
             commas, names, places, and dates, about something else entirely.</p></div>\
             </body></html>",
            story_paras("Intro", 1, 3),
            story_paras("Body", 1, 12)
        );
        let ex = SitrepExtractor.extract(&html, None);
        assert!(ex.text.starts_with("Intro paragraph 1"), "{}", ex.text);
        assert!(ex.text.contains("Body paragraph 12"), "{}", ex.text);
        assert!(!ex.text.contains("Another story"), "{}", ex.text);
    }

    #[test]
    fn negative_tokens() {
        assert!(token_negative("crumbs"));
        assert!(token_negative("post-more-from-site"));
        assert!(token_negative("morefromprovider"));
        assert!(!token_negative("more"));
        assert!(token_negative("td-crumb-container"));
        assert!(token_negative("share-bar"));
        assert!(token_negative("comments"));
        assert!(token_negative("ad"));
        assert!(token_negative("next-post"));
        assert!(token_negative("nextstory"));
        assert!(!token_negative("article-body"));
        assert!(!token_negative("header-image-wrapper-content"));
        assert!(!token_negative("shadow"));
        assert!(!token_negative("download"));
    }
}
