mod common;

use sitrep_store::{Added, EventFilter, SearchQuery, Store};

fn q(s: &str) -> SearchQuery {
    SearchQuery {
        q: s.into(),
        ..SearchQuery::default()
    }
}

fn filled() -> (tempfile::TempDir, Store, Vec<sitrep_doc::Document>) {
    let dir = tempfile::tempdir().unwrap();
    let docs = common::corpus();
    let mut store = Store::open(dir.path()).unwrap();
    store.add(&docs).unwrap();
    store.commit().unwrap();
    (dir, store, docs)
}

#[test]
fn documents_round_trip_with_every_layer() {
    let (_d, store, docs) = filled();
    for doc in &docs {
        let back = store.article(&doc.id).unwrap().expect("stored");
        assert_eq!(&back, doc);
    }
    assert!(store.article("nope").unwrap().is_none());
}

#[test]
fn ingest_is_idempotent() {
    let (dir, mut store, docs) = filled();
    let before = store.stats().unwrap();
    let again = store.add(&docs).unwrap();
    assert!(again.iter().all(|a| *a == Added::Existing));
    store.commit().unwrap();
    drop(store);
    let mut store = Store::open(dir.path()).unwrap();
    let after = store.stats().unwrap();
    assert_eq!(before.articles, after.articles);
    assert_eq!(before.events, after.events);
    assert_eq!(before.entities, after.entities);
    assert_eq!(before.stories, after.stories);
    assert_eq!(after.indexed, 4);
    assert!(store.check().unwrap().is_empty());
}

#[test]
fn near_duplicates_link_to_the_first_copy() {
    let dir = tempfile::tempdir().unwrap();
    let docs = common::corpus();
    let mut store = Store::open(dir.path()).unwrap();
    let added = store.add(&docs).unwrap();
    assert_eq!(added[0], Added::New { dup_of: None });
    assert_eq!(added[1], Added::New { dup_of: None });
    assert_eq!(added[2], Added::New { dup_of: None });
    assert_eq!(
        added[3],
        Added::New {
            dup_of: Some(docs[0].id.clone())
        }
    );
    assert_eq!(
        store.duplicates_of(&docs[0].id).unwrap(),
        vec![docs[3].id.clone()]
    );
    store.commit().unwrap();
    // Search lists first copies only, unless asked.
    let r = store.search(&q("fuel depot")).unwrap();
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].id, docs[0].id);
    let mut all = q("fuel depot");
    all.duplicates = true;
    assert_eq!(store.search(&all).unwrap().hits.len(), 2);
}

#[test]
fn entities_link_across_articles_by_normalized_name() {
    let (_d, store, docs) = filled();
    let page = store
        .entity("person:mira-castell")
        .unwrap()
        .expect("entity page");
    assert_eq!(page.summary.articles, 2);
    assert_eq!(page.summary.actor.as_deref(), Some("NORMIL"));
    assert!(page.aliases.contains(&"Castell".to_string()));
    assert_eq!(page.roles[0], ("colonel".to_string(), 2));
    assert!(page.roles.contains(&("commander".to_string(), 1)));
    assert_eq!(page.quotes.len(), 1);
    assert_eq!(page.quotes[0].speaker.as_deref(), Some("Mira Castell"));
    let front = store.entity("org:red-hand-front").unwrap().unwrap();
    // a, b, and the near-copy d.
    assert_eq!(front.summary.articles, 3);
    assert_eq!(front.events.len(), 2);
    let gpe = store.entities(Some("norl"), Some("gpe"), 10).unwrap();
    assert_eq!(gpe.len(), 1);
    assert_eq!(gpe[0].key, "gpe:norland");
    assert_eq!(gpe[0].articles, 2);
    let _ = docs;
}

#[test]
fn stories_group_reports_and_show_disagreements() {
    let (_d, store, docs) = filled();
    let stories = store.stories(2, 10).unwrap();
    assert_eq!(stories.len(), 1, "{stories:?}");
    let s = &stories[0];
    assert_eq!(s.sources, 2);
    assert_eq!(s.events, 2);
    assert_eq!(s.root, "19");
    assert_eq!(s.source.as_deref(), Some("NORREB"));
    assert_eq!(s.target.as_deref(), Some("NORMIL"));
    assert_eq!(s.day.as_deref(), Some("2031-04-02"));
    assert!(s.articles.contains(&docs[0].id) && s.articles.contains(&docs[1].id));
    assert!(
        s.disagreements
            .iter()
            .any(|d| d.starts_with("status:") && d.contains("denied")),
        "{:?}",
        s.disagreements
    );
    assert!(
        s.disagreements
            .iter()
            .any(|d| d.contains("12") && d.contains("15")),
        "{:?}",
        s.disagreements
    );
}

#[test]
fn events_filter_and_dyad_timeline() {
    let (_d, store, docs) = filled();
    let all = store.events(&EventFilter::default()).unwrap();
    assert_eq!(all.len(), 2);
    let denied = store
        .events(&EventFilter {
            status: Some("denied".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(denied.len(), 1);
    assert_eq!(denied[0].article, docs[1].id);
    let by_country = store
        .events(&EventFilter {
            actor: Some("NOR".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by_country.len(), 2);
    let later = store
        .events(&EventFilter {
            from: Some("2031-04-03".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(later.is_empty());
    let days = store.dyad("NORREB", "NORMIL").unwrap();
    assert_eq!(days.len(), 1);
    assert_eq!(days[0].day, "2031-04-02");
    assert_eq!(days[0].events, 2);
    assert_eq!(days[0].goldstein, -20.0);
    assert!(store.dyad("NORMIL", "NORREB").unwrap().is_empty());
}

#[test]
fn search_ranks_highlights_and_filters() {
    let (_d, mut store, docs) = filled();
    let r = store.search(&q("copper")).unwrap();
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].id, docs[2].id);
    assert!(
        r.hits[0].snippet.contains("<mark>Copper</mark>"),
        "{}",
        r.hits[0].snippet
    );

    let r = store.search(&q("Tarvel")).unwrap();
    assert_eq!(r.total, 2);
    // Filters.
    let mut f = q("Tarvel");
    f.status = Some("denied".into());
    let r = store.search(&f).unwrap();
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].id, docs[1].id);
    let mut f = q("");
    f.entity = Some("Norland".into());
    assert_eq!(store.search(&f).unwrap().total, 2);
    let mut f = q("");
    f.entity = Some("person:mira-castell".into());
    assert_eq!(store.search(&f).unwrap().total, 2);
    let mut f = q("");
    f.actor = Some("NORREB".into());
    assert_eq!(store.search(&f).unwrap().total, 2);
    let mut f = q("");
    f.root = Some("19".into());
    assert_eq!(store.search(&f).unwrap().total, 2);
    let mut f = q("");
    f.from = Some("2031-05-01".into());
    f.to = Some("2031-05-31".into());
    let r = store.search(&f).unwrap();
    assert_eq!(r.total, 1);
    assert_eq!(r.hits[0].id, docs[2].id);
    // Bad query syntax is not an error.
    assert!(store.search(&q("\"unbalanced AND (")).is_ok());
}

#[test]
fn html_in_article_text_is_escaped_in_snippets() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let doc = common::Builder::new(
        "Scripted",
        "2031-01-01",
        "The page said <script>alert('owned')</script> and then the harbour closed.",
    )
    .build();
    store.add(std::slice::from_ref(&doc)).unwrap();
    store.commit().unwrap();
    let r = store.search(&q("harbour")).unwrap();
    assert_eq!(r.hits.len(), 1);
    assert!(!r.hits[0].snippet.contains("<script>"));
    assert!(r.hits[0].snippet.contains("&lt;script&gt;"));
}

#[test]
fn reopening_indexes_what_the_index_missed() {
    let dir = tempfile::tempdir().unwrap();
    let docs = common::corpus();
    {
        let mut store = Store::open(dir.path()).unwrap();
        store.add(&docs).unwrap();
        // No commit: as if killed after the database transaction.
    }
    let mut store = Store::open(dir.path()).unwrap();
    assert_eq!(store.stats().unwrap().indexed, 4);
    assert!(store.check().unwrap().is_empty());
    assert_eq!(store.search(&q("copper")).unwrap().total, 1);
}

#[test]
fn articles_list_newest_first() {
    let (_d, store, docs) = filled();
    let (total, list) = store.articles(0, 10).unwrap();
    assert_eq!(total, 4);
    assert_eq!(list[0].id, docs[2].id);
    assert_eq!(list[0].entities, 2);
    let (_, page) = store.articles(3, 10).unwrap();
    assert_eq!(page.len(), 1);
}

#[test]
fn events_without_parties_or_day_are_stories_of_their_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut docs: Vec<sitrep_doc::Document> = common::corpus().into_iter().take(2).collect();
    for d in &mut docs {
        for v in &mut d.events {
            v.source = None;
            v.target = None;
        }
    }
    store.add(&docs).unwrap();
    let stories = store.stories(1, 10).unwrap();
    assert_eq!(stories.len(), 2);
    assert!(stories.iter().all(|s| s.sources == 1));
}
