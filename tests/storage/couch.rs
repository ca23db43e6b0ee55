//! The CouchDB client against a real CouchDB-protocol server (`scripts/couch start`:
//! pouchdb-server in memory), each test on a fresh database.

use super::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use valuedesk::replication::couch::{CouchClient, CouchError};

/// The test server's address, fixed at compile time (`scripts/test` exports it).
const COUCH_URL: &str = match option_env!("VALUEDESK_COUCH_URL") {
    Some(url) => url,
    None => "http://127.0.0.1:5984",
};

/// The server admin that `scripts/couch` creates.
fn admin(database: &str) -> CouchClient {
    CouchClient::new(COUCH_URL, database).with_credentials("valuedesk", "valuedesk-test")
}

/// A client for a database created for this test only.
async fn fresh_db(test: &str) -> CouchClient {
    let client = admin(&fresh_name(&format!("couch-{test}")));
    assert_eq!(client.create_database().await, Ok(true));
    client
}

/// A replicated revision: `_rev` is the first of `history` (newest first), at depth `len`.
fn revision(id: &str, history: &[&str], body: Value) -> Value {
    let mut doc = body;
    doc["_id"] = json!(id);
    doc["_rev"] = json!(format!("{}-{}", history.len(), history[0]));
    doc["_revisions"] = json!({ "start": history.len(), "ids": history });
    doc
}

fn revs(pairs: &[(&str, &[&str])]) -> BTreeMap<String, Vec<String>> {
    pairs
        .iter()
        .map(|(id, revs)| (id.to_string(), revs.iter().map(|r| r.to_string()).collect()))
        .collect()
}

/// The `_rev` of every document, sorted.
fn rev_list(docs: &[Value]) -> Vec<String> {
    let mut list: Vec<String> = docs
        .iter()
        .map(|d| d["_rev"].as_str().unwrap_or_default().to_owned())
        .collect();
    list.sort();
    list
}

#[wasm_bindgen_test]
async fn creates_a_database_once_and_reads_its_info() {
    let client = fresh_db("info").await;
    assert_eq!(client.create_database().await, Ok(false), "already there");
    let info = client.database_info().await.expect("info");
    assert_eq!(info["db_name"], json!(client.database));
    assert_eq!(info["doc_count"], json!(0));
    let server = client.server_info().await.expect("server info");
    assert!(server.is_object(), "{server}");
}

#[wasm_bindgen_test]
async fn a_missing_database_is_not_found() {
    let client = admin(&fresh_name("couch-missing"));
    match client.database_info().await {
        Err(CouchError::NotFound { .. }) => {}
        other => panic!("expected NotFound, got {other:?}"),
    }
    match client.get_local("checkpoint").await {
        Err(CouchError::NotFound { .. }) => {}
        other => panic!("a missing database is not a missing document: {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_local_checkpoint_is_written_read_and_updated_with_its_rev() {
    let client = fresh_db("local").await;
    assert_eq!(client.get_local("checkpoint").await, Ok(None));
    let rev = client
        .put_local("checkpoint", &json!({ "last_seq": 3 }))
        .await
        .expect("first write");
    let stored = client.get_local("checkpoint").await.expect("read");
    let stored = stored.expect("written");
    assert_eq!(stored["last_seq"], json!(3));
    assert_eq!(stored["_rev"], json!(rev));

    match client
        .put_local("checkpoint", &json!({ "last_seq": 4 }))
        .await
    {
        Err(CouchError::Server { status: 409, .. }) => {}
        other => panic!("an update without _rev conflicts: {other:?}"),
    }
    let next = client
        .put_local("checkpoint", &json!({ "last_seq": 5, "_rev": rev }))
        .await
        .expect("update with _rev");
    assert_ne!(next, rev);
    let stored = client.get_local("checkpoint").await.expect("read").unwrap();
    assert_eq!(stored["last_seq"], json!(5));
}

#[wasm_bindgen_test]
async fn replicated_docs_are_listed_by_changes_once() {
    let client = fresh_db("changes").await;
    let failures = client
        .bulk_docs_replicated(&[
            revision("ticket-1", &["b2", "a1"], json!({ "title": "Printer" })),
            revision("ticket-2", &["c1"], json!({ "title": "VPN" })),
        ])
        .await
        .expect("bulk_docs");
    assert!(failures.is_empty(), "{failures:?}");

    let all = client.changes(&json!(0), 100).await.expect("changes");
    let mut seen: Vec<(String, Vec<String>)> = all
        .results
        .iter()
        .map(|c| (c.id.clone(), c.revs.clone()))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            ("ticket-1".to_owned(), vec!["2-b2".to_owned()]),
            ("ticket-2".to_owned(), vec!["1-c1".to_owned()]),
        ]
    );
    assert!(all.results.iter().all(|c| !c.deleted));

    let after = client.changes(&all.last_seq, 100).await.expect("changes");
    assert!(after.results.is_empty(), "{:?}", after.results);

    let first = client.changes(&json!(0), 1).await.expect("one page");
    assert_eq!(first.results.len(), 1);
    let rest = client.changes(&first.last_seq, 1).await.expect("next page");
    assert_eq!(rest.results.len(), 1);
    assert_ne!(first.results[0].id, rest.results[0].id);
}

#[wasm_bindgen_test]
async fn revs_diff_reports_only_the_missing_revision() {
    let client = fresh_db("revsdiff").await;
    client
        .bulk_docs_replicated(&[revision("ticket-1", &["b2", "a1"], json!({}))])
        .await
        .expect("bulk_docs");
    let missing = client
        .revs_diff(&revs(&[
            ("ticket-1", &["2-b2", "3-c3"]),
            ("ticket-9", &["1-z1"]),
        ]))
        .await
        .expect("revs_diff");
    assert_eq!(
        missing,
        revs(&[("ticket-1", &["3-c3"]), ("ticket-9", &["1-z1"])])
    );
    let none = client
        .revs_diff(&revs(&[("ticket-1", &["2-b2"])]))
        .await
        .expect("revs_diff");
    assert!(none.is_empty(), "{none:?}");
}

#[wasm_bindgen_test]
async fn bulk_get_returns_the_revisions_with_their_history() {
    let client = fresh_db("bulkget").await;
    client
        .bulk_docs_replicated(&[
            revision("ticket-1", &["b2", "a1"], json!({ "title": "Printer" })),
            revision("ticket-2", &["c1"], json!({ "title": "VPN" })),
        ])
        .await
        .expect("bulk_docs");
    let fetched = client
        .bulk_get(&revs(&[
            ("ticket-1", &["2-b2"]),
            ("ticket-2", &["1-c1", "2-gone"]),
        ]))
        .await
        .expect("bulk_get");
    assert_eq!(rev_list(&fetched.docs), vec!["1-c1", "2-b2"]);
    let printer = fetched
        .docs
        .iter()
        .find(|d| d["_id"] == json!("ticket-1"))
        .expect("ticket-1");
    assert_eq!(printer["title"], json!("Printer"));
    assert_eq!(
        printer["_revisions"],
        json!({ "start": 2, "ids": ["b2", "a1"] })
    );
    assert_eq!(
        fetched.missing,
        vec![("ticket-2".to_owned(), "2-gone".to_owned())]
    );
}

#[wasm_bindgen_test]
async fn conflicting_revisions_written_as_replicated_are_both_kept() {
    let client = fresh_db("conflict").await;
    client
        .bulk_docs_replicated(&[
            revision("ticket-1", &["b2", "a1"], json!({ "title": "here" })),
            revision("ticket-1", &["c2", "a1"], json!({ "title": "there" })),
        ])
        .await
        .expect("bulk_docs");
    let changes = client.changes(&json!(0), 100).await.expect("changes");
    assert_eq!(changes.results.len(), 1);
    let mut leaves = changes.results[0].revs.clone();
    leaves.sort();
    assert_eq!(leaves, vec!["2-b2", "2-c2"]);

    let doc = client.get_doc("ticket-1").await.expect("get").expect("doc");
    // CouchDB's deterministic winner: the higher revision id at equal depth.
    assert_eq!(doc["_rev"], json!("2-c2"));
    assert_eq!(doc["_conflicts"], json!(["2-b2"]));
    assert_eq!(client.get_doc("ticket-9").await, Ok(None));
}

#[wasm_bindgen_test]
async fn open_revs_fetches_what_bulk_get_would() {
    let client = fresh_db("openrevs").await;
    client
        .bulk_docs_replicated(&[
            revision("ticket/1 é", &["b2", "a1"], json!({ "n": 1 })),
            revision("ticket/1 é", &["c2", "a1"], json!({ "n": 2 })),
        ])
        .await
        .expect("bulk_docs");
    let wanted = ["2-b2".to_owned(), "2-c2".to_owned(), "3-gone".to_owned()];
    let fetched = client
        .open_revs("ticket/1 é", &wanted)
        .await
        .expect("open_revs");
    assert_eq!(rev_list(&fetched.docs), vec!["2-b2", "2-c2"]);
    assert!(fetched
        .docs
        .iter()
        .all(|d| d["_revisions"]["ids"][1] == json!("a1")));
    assert_eq!(
        fetched.missing,
        vec![("ticket/1 é".to_owned(), "3-gone".to_owned())]
    );
    let via_bulk = client
        .bulk_get(&revs(&[("ticket/1 é", &["2-b2", "2-c2", "3-gone"])]))
        .await
        .expect("bulk_get");
    assert_eq!(rev_list(&via_bulk.docs), rev_list(&fetched.docs));
}

#[wasm_bindgen_test]
async fn a_wrong_password_is_unauthorized() {
    let existing = fresh_db("badauth").await;
    let client =
        CouchClient::new(COUCH_URL, &existing.database).with_credentials("valuedesk", "wrong");
    match client.database_info().await {
        Err(CouchError::Unauthorized {
            status: 401,
            reason,
        }) => {
            assert!(!reason.is_empty())
        }
        other => panic!("expected Unauthorized, got {other:?}"),
    }
}

#[wasm_bindgen_test]
async fn a_non_ascii_password_is_sent_as_utf8() {
    let existing = fresh_db("utf8").await;
    let client = CouchClient::new(COUCH_URL, &existing.database)
        .with_credentials("valuedesk-utf8", "mot-de-passe-été-✓");
    let info = client.database_info().await.expect("logged in");
    assert_eq!(info["db_name"], json!(existing.database));
    let wrong = client.with_credentials("valuedesk-utf8", "mot-de-passe-ete-✓");
    assert!(matches!(
        wrong.database_info().await,
        Err(CouchError::Unauthorized { .. })
    ));
}

#[wasm_bindgen_test]
async fn a_closed_port_is_unreachable_and_a_relative_address_invalid() {
    // Nothing listens on 127.0.0.1:5983 on the test machines.
    let client = CouchClient::new("http://127.0.0.1:5983", "valuedesk");
    match client.database_info().await {
        Err(CouchError::Unreachable(detail)) => assert!(!detail.is_empty()),
        other => panic!("expected Unreachable, got {other:?}"),
    }
    for address in ["couch.example.org", "/couch", "ftp://127.0.0.1:5984"] {
        let client = CouchClient::new(address, "valuedesk");
        assert_eq!(
            client.database_info().await,
            Err(CouchError::InvalidUrl(address.to_owned()))
        );
    }
}

#[wasm_bindgen_test]
async fn an_answer_that_is_not_json_is_a_bad_response() {
    // The test runner's own page: HTML, not CouchDB.
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    let client = CouchClient::new(&origin, "valuedesk");
    match client.server_info().await {
        Err(CouchError::BadResponse(detail)) => assert!(detail.contains("answer began")),
        other => panic!("expected BadResponse, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn errors_read_as_plain_english_and_the_password_stays_out_of_debug() {
    let unauthorized = CouchError::Unauthorized {
        status: 401,
        reason: "Name or password is incorrect.".into(),
    };
    assert_eq!(
        unauthorized.to_string(),
        "The server refused these credentials or this action (HTTP 401): Name or password is incorrect."
    );
    assert_eq!(
        CouchError::TimedOut { after_ms: 30_000 }.to_string(),
        "The server did not answer within 30 seconds."
    );
    let client = admin("db");
    let debug = format!("{client:?}");
    assert!(
        debug.contains("valuedesk") && !debug.contains("valuedesk-test"),
        "{debug}"
    );
}

#[wasm_bindgen_test]
async fn a_request_past_its_timeout_is_timed_out() {
    // Zero: the abort fires before any answer can arrive (a preflight comes first).
    let client = admin(&fresh_name("couch-timeout")).with_timeout_ms(0);
    assert_eq!(
        client.server_info().await,
        Err(CouchError::TimedOut { after_ms: 0 })
    );
}
