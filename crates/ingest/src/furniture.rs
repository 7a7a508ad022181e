//! Page furniture written as sentences: calls to action (newsletters, apps, social
//! accounts, letters to the editor), paywall notices, disclaimers and author bios. They
//! sit inside the article container, so the tree rules miss them; these predicates judge
//! one serialized paragraph, and `html::serialize` applies them by position (edges of
//! the story, or the tail after a paywall notice).

/// Channels a call to action points at.
const CHANNELS: &[&str] = &[
    "newsletter",
    "subscribe",
    "subscription",
    "subscriber",
    "sign up",
    "signing up",
    "sign-up",
    "log in",
    "twitter",
    "facebook",
    "instagram",
    "whatsapp",
    "linkedin",
    "telegram",
    "youtube",
    "podcast",
    "letter to the editor",
    "letters to the editor",
    "email us",
    "e-mail us",
    "contact us",
    "send us",
    "write to us",
    "inbox",
    "notifications",
];

/// Verbs that open an imperative prompt.
const IMPERATIVES: &[&str] = &[
    "follow",
    "join",
    "get",
    "subscribe",
    "sign",
    "download",
    "submit",
    "click",
    "tap",
    "never",
    "don't",
    "don’t",
    "stay",
    "keep",
    "like",
    "listen",
    "watch",
    "send",
    "email",
    "write",
    "support",
    "become",
    "register",
    "check",
];

fn words_lower(l: &str) -> Vec<&str> {
    l.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Mentions an app to install ("download our app", "the … apps for iOS and Android").
fn mentions_app(w: &[&str]) -> bool {
    w.iter().any(|x| *x == "app" || *x == "apps")
        && w.iter()
            .any(|x| matches!(*x, "download" | "ios" | "android" | "install" | "phone"))
}

/// Addresses the reader: second person, first person plural/singular of the site, or
/// an imperative opening.
fn addresses_reader(w: &[&str]) -> bool {
    w.iter().any(|x| {
        matches!(
            *x,
            "you" | "your" | "you're" | "you’re" | "us" | "our" | "me" | "my" | "please"
        )
    }) || w.first().is_some_and(|f| IMPERATIVES.contains(f))
        || w.contains(&"download")
}

/// A short prompt that sends the reader somewhere else: a newsletter, an app, a social
/// account, a letter to the editor, a subscription.
pub fn is_call_to_action(t: &str) -> bool {
    if t.chars().count() > 300 {
        return false;
    }
    let l = t.to_lowercase();
    // "Let us know in the comments" is the author's own voice.
    if l.contains("comment") {
        return false;
    }
    let w = words_lower(&l);
    (CHANNELS.iter().any(|c| l.contains(c)) || mentions_app(&w)) && addresses_reader(&w)
}

/// A call to action that opens with an imperative ("Submit your letter…", "Follow us…"):
/// safe before the story too, where a first-person lede may mention Twitter.
pub fn is_imperative_prompt(t: &str) -> bool {
    let l = t.to_lowercase();
    let w = words_lower(&l);
    w.first().is_some_and(|f| IMPERATIVES.contains(f)) && is_call_to_action(t)
}

/// The strict form, safe in the middle of a story: no quotation, and a newsletter,
/// subscription or sign-up addressed to the reader.
pub fn is_strong_call_to_action(t: &str) -> bool {
    if t.chars().count() > 200 || t.contains(['"', '“', '”']) {
        return false;
    }
    let l = t.to_lowercase();
    let w = words_lower(&l);
    // Whole words: "subscribers" in a story about a service is no prompt.
    (["newsletter", "sign up", "signing up", "mailing list"]
        .iter()
        .any(|c| l.contains(c))
        || w.iter().any(|x| matches!(*x, "subscribe" | "unsubscribe")))
        && w.iter()
            .any(|x| matches!(*x, "you" | "your" | "our" | "us" | "today"))
}

/// A paywall notice: what follows it is the publisher's pitch, not the story.
pub fn is_paywall_notice(t: &str) -> bool {
    if t.chars().count() > 300 {
        return false;
    }
    let l = t.to_lowercase();
    [
        "to view the full story",
        "to read the full story",
        "to continue reading",
        "to read the rest of",
        "subscribe to continue",
        "subscribe to read",
        "to keep reading",
        "this content is for subscribers",
        "this article is for subscribers",
        "already a subscriber",
    ]
    .iter()
    .any(|p| l.contains(p))
}

/// Disclaimers, citation hints and page stamps.
pub fn is_disclaimer(t: &str) -> bool {
    if t.chars().count() > 350 {
        return false;
    }
    let l = t.to_lowercase();
    [
        "is not responsible for",
        "are not responsible for",
        "does not apply to this",
        "is subject to copyright",
        "you agree to our",
        "comment moderation",
        "views expressed",
        "opinions expressed",
        "do not necessarily reflect",
        "does not necessarily reflect",
        "suggested citation",
        "all rights reserved",
        "last modified:",
        // Affiliate disclosures.
        "may receive compensation",
        "may earn a commission",
        "may receive a commission",
        "may contain affiliate links",
        "contains affiliate links",
        // Notices for browsers without scripts.
        "needs javascript",
        "enable javascript",
        "javascript is disabled",
        "javascript is required",
    ]
    .iter()
    .any(|p| l.contains(p))
}

const ROLES: &[&str] = &[
    "founder",
    "co-founder",
    "editor",
    "writer",
    "reporter",
    "journalist",
    "author",
    "contributor",
    "columnist",
    "consultant",
    "correspondent",
    "blogger",
    "freelance",
    "freelancer",
];

/// An author bio: "Jane Doe is a freelance writer …", "I'm Amy, a … consultant", with a
/// writer's or founder's role.
pub fn is_author_bio(t: &str) -> bool {
    if t.chars().count() > 600 {
        return false;
    }
    let l = t.to_lowercase();
    // A greeting opens a bio even without a writer's role ("Hi! My name is Flo and …").
    if [
        "hi! my name is",
        "hi, my name is",
        "hi! i'm",
        "hi! i’m",
        "about the author",
    ]
    .iter()
    .any(|p| l.starts_with(p))
    {
        return true;
    }
    let w = words_lower(&l);
    if !w.iter().any(|x| ROLES.contains(x)) {
        return false;
    }
    let first_person = [
        "i'm ",
        "i’m ",
        "i am ",
        "hi, i'm",
        "hi, i’m",
        "about the author",
    ]
    .iter()
    .any(|p| l.starts_with(p));
    // "Name Name is a/an/the …" with up to four capitalized name words.
    let named = {
        let toks: Vec<&str> = t.split_whitespace().take(7).collect();
        let names = toks
            .iter()
            .take_while(|x| x.chars().next().is_some_and(char::is_uppercase))
            .count();
        (1..=4).contains(&names)
            && toks.get(names).is_some_and(|v| matches!(*v, "is" | "was"))
            && toks
                .get(names + 1)
                .is_some_and(|a| matches!(*a, "a" | "an" | "the"))
    };
    first_person || named
}

/// A cookie or tracking consent notice.
pub fn is_cookie_notice(t: &str) -> bool {
    if t.chars().count() > 400 {
        return false;
    }
    let l = t.to_lowercase();
    [
        "we use cookies",
        "use of cookies",
        "uses cookies",
        "accept cookies",
        "accept all cookies",
        "cookie policy",
        "cookie settings",
        "tracking technologies",
    ]
    .iter()
    .any(|p| l.contains(p))
}

/// A photo caption that ends with its credit: "… freeway near the airport
/// (Getty/Kevork Djansezian)". `l` is lowercased.
pub fn ends_with_photo_credit(l: &str) -> bool {
    if l.len() > 300 || !l.ends_with(')') {
        return false;
    }
    let Some(open) = l.rfind('(') else {
        return false;
    };
    let inner = &l[open + 1..l.len() - 1];
    // A caption runs into its credit; a sentence that ends before it is no caption.
    let before = l[..open].trim_end();
    !before.ends_with(['.', '!', '?'])
        && inner.len() < 80
        && [
            "getty",
            "photo",
            "reuters",
            "afp",
            "ap/",
            "/ap",
            "shutterstock",
            "credit",
            "image",
            "epa",
        ]
        .iter()
        .any(|p| inner.contains(p))
}

/// A date stamp on its own line: "Thursday, November 9, 2023 4:41AM", "Jan 10, 2020
/// 9:00AM (UTC)": a month name and a year in a few words, no sentence.
pub fn is_timestamp(t: &str) -> bool {
    if t.chars().count() > 60 || t.ends_with('.') {
        return false;
    }
    let l = t.to_lowercase();
    let w = words_lower(&l);
    w.len() <= 8
        && w.iter()
            .any(|x| sitrep_doc::calendar::month_of_word(x).is_some())
        && w.iter().any(|x| {
            x.len() == 4
                && x.chars().all(|c| c.is_ascii_digit())
                && (x.starts_with("19") || x.starts_with("20"))
        })
}

/// A post's filing line: "Posted by …", "Filed under …", "Tags: …".
pub fn is_post_meta(t: &str) -> bool {
    let l = t.to_lowercase();
    [
        "posted by ",
        "posted in ",
        "filed under",
        "tagged ",
        "tagged:",
        "tags:",
        "categories:",
        "category:",
        "citation:",
    ]
    .iter()
    .any(|p| l.starts_with(p))
}

/// The heading of a block of links to other stories: "More stories", "Related
/// articles", "You may also like", "More from The Courier", "Most read", "Read next".
pub fn is_more_stories_label(t: &str) -> bool {
    if t.chars().count() > 50 {
        return false;
    }
    let l = t.to_lowercase();
    let l = l.trim().trim_end_matches([':', '.', '!']).trim();
    const EXACT: &[&str] = &[
        "related",
        "recommended",
        "trending",
        "popular",
        "most popular",
        "most read",
        "most viewed",
        "most shared",
        "read next",
        "read more",
        "up next",
        "what to read next",
        "latest",
        "latest news",
        "latest stories",
        "top stories",
        "editor's picks",
        "editor’s picks",
        "editors' picks",
        "editors’ picks",
        "you might also like",
        "you may also like",
        "you might like",
        "you may like",
        "we recommend",
        "don't miss",
        "don’t miss",
        "also read",
        "see also",
        "further reading",
        "in other news",
    ];
    const OPENERS: &[&str] = &[
        "more stories",
        "more news",
        "more from",
        "more articles",
        "more like this",
        "related stories",
        "related articles",
        "related news",
        "related posts",
        "related content",
        "related coverage",
        "related reading",
        "recommended for you",
        "recommended stories",
        "recommended articles",
        "popular on",
        "popular in",
        "trending on",
        "trending in",
        "most read on",
        "most read in",
        "other stories",
        "other news",
        "similar stories",
        "similar articles",
        "stories you may",
        "stories you might",
        "articles you may",
        "articles you might",
        "around the web",
        "from around the web",
        "sponsored stories",
        "promoted stories",
    ];
    EXACT.contains(&l) || OPENERS.iter().any(|o| l.starts_with(o))
}

/// Furniture after the last paragraph of a story.
pub fn is_tail_furniture(t: &str) -> bool {
    is_call_to_action(t) || is_disclaimer(t) || is_paywall_notice(t) || is_author_bio(t)
}

/// Furniture before the first paragraph of a story.
pub fn is_head_furniture(t: &str) -> bool {
    is_imperative_prompt(t) || is_disclaimer(t) || is_paywall_notice(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_to_action() {
        for t in [
            "Follow The Courier on Twitter and Instagram @Courier and on Facebook.",
            "Get the latest news straight to your phone with the Courier app.",
            "For breaking news updates download the Courier apps for iOS and Android.",
            "Do you want to be informed of our actions? Sign up here",
            "We want to hear what you think about this article. Submit a letter to the editor.",
            "Senior Editor. Life Adventurer. You can keep up with me on Twitter: @someone",
        ] {
            assert!(is_call_to_action(t), "{t}");
        }
        for t in [
            "The council approved the budget on Tuesday.",
            "Download this wall art below to decorate your small nursery space.",
            "The company said its app had 2 million users in Kenya.",
            "What do you think? Let us know in the comments or on our Twitter.",
        ] {
            assert!(!is_call_to_action(t), "{t}");
        }
        assert!(is_head_furniture(
            "Submit your letter to the editor via this form."
        ));
        assert!(!is_head_furniture(
            "I am glad that the media noticed my brief Twitter take on the protests."
        ));
        assert!(is_strong_call_to_action(
            "Never miss the latest news by signing up to our newsletter today!"
        ));
        assert!(!is_strong_call_to_action(
            "“You should sign up for our newsletter,” she told the crowd."
        ));
        assert!(!is_strong_call_to_action(
            "The service now has 2 million subscribers, up from 1.2 million in our last count."
        ));
    }

    #[test]
    fn bios_disclaimers_paywalls() {
        assert!(is_author_bio(
            "Jane Roe is the Founder & Principal Consultant at Spark, a marketing agency."
        ));
        assert!(is_author_bio(
            "I'm Amy and I'm so glad you've stopped by! As a sleep consultant, my goal is to help."
        ));
        assert!(!is_author_bio(
            "Jane Roe is the mayor's chief of staff and was not available for comment."
        ));
        assert!(!is_author_bio(
            "The author of the report is a former judge."
        ));
        assert!(is_author_bio(
            "Hi! My name is Flo and I've been a plant junkie for four years now."
        ));
        assert!(is_disclaimer(
            "The Courier is not responsible for the opinions presented by contributors."
        ));
        assert!(is_disclaimer(
            "This post contains references to products from our advertisers. We may receive compensation when you click on links."
        ));
        assert!(is_disclaimer(
            "Sorry, but your browser needs Javascript to use this site."
        ));
        assert!(is_cookie_notice(
            "We use cookies and other tracking technologies to improve your browsing experience."
        ));
        assert!(!is_cookie_notice(
            "The bakery sold four hundred cookies on Saturday."
        ));
        assert!(ends_with_photo_credit(
            "traffic on the freeway near the airport (getty/kevork djansezian)"
        ));
        assert!(!ends_with_photo_credit(
            "the council approved the plan (by seven votes to two)"
        ));
        assert!(!ends_with_photo_credit(
            "a colorful eye-deer. (credit to capt. john of the appledore!)"
        ));
        assert!(is_timestamp("Thursday, November 9, 2023 4:41AM"));
        assert!(is_timestamp("January 10, 2020 9:00AM (UTC)"));
        assert!(!is_timestamp("The vote is set for May 4, 2031."));
        assert!(!is_timestamp(
            "May the best team win the 2031 cup final in Portwick"
        ));
        assert!(is_more_stories_label("More stories"));
        assert!(is_more_stories_label("More from The Courier:"));
        assert!(is_more_stories_label("You may also like"));
        assert!(!is_more_stories_label("More fishermen join the protest"));
        assert!(!is_more_stories_label("Related costs of the new pier"));
        assert!(is_post_meta("Posted by Alex Roe, Project Marketing"));
        assert!(!is_post_meta("Posters were put up across the town."));
        assert!(is_disclaimer(
            "Editor’s note: The disclaimer below refers to advertising posts and does not apply to this story."
        ));
        assert!(is_paywall_notice(
            "To view the full story, please subscribe to The Courier."
        ));
        assert!(!is_paywall_notice("The full story was never told."));
    }
}
