//! Records as CouchDB documents, and hostile documents refused without panicking.

use super::{json, ticket};
use crate::domain::backup::SettingRecord;
use crate::domain::history::TicketEvent;
use crate::domain::itil::PracticeSettings;
use crate::domain::replication::document::*;
use crate::domain::replication::revision::{Rev, RevError, Revisions};
use crate::domain::ticket::Ticket;
use serde_json::{json, Value};

fn ancestry(rev: &str) -> Revisions {
    let rev = Rev::parse(rev).unwrap();
    let mut ids = vec![rev.hash.clone()];
    ids.extend((1..rev.generation).rev().map(|g| format!("{g:032x}")));
    Revisions {
        start: rev.generation,
        ids,
    }
}

/// A valid ticket document, to spoil field by field.
fn ticket_doc() -> Value {
    let t = ticket(1, "Printer on fire");
    let id = DocId::new(StoreKind::Ticket, &t.id).unwrap();
    to_doc(&id, &json(&t), &ancestry(&t.rev), false)
}

fn with(doc: &Value, field: &str, value: Value) -> Value {
    let mut doc = doc.clone();
    doc[field] = value;
    doc
}

#[test]
fn doc_ids_name_their_store_and_read_back() {
    for kind in StoreKind::ALL {
        let key = if kind == StoreKind::Setting {
            "desk_config"
        } else {
            "01HZX3Q-key.1"
        };
        let id = DocId::new(kind, key).unwrap();
        let text = id.to_string();
        assert_eq!(text, format!("{}:{key}", kind.prefix()));
        assert_eq!(DocId::parse(&text), Ok(Some(id)));
    }
}

#[test]
fn foreign_and_device_only_doc_ids_are_skipped_not_refused() {
    for id in [
        "_design/app",
        "contact:1",
        "nocolon",
        "setting:actor",
        "setting:counter.INC",
    ] {
        assert_eq!(DocId::parse(id), Ok(None), "{id}");
    }
    assert_eq!(DocId::new(StoreKind::Setting, "counter.INC"), None);
}

#[test]
fn known_stores_with_insane_keys_are_refused() {
    let long = format!("ticket:{}", "A".repeat(KEY_MAX + 1));
    for id in [
        "ticket:",
        "ticket:a b",
        "event:../x",
        "practice:é",
        "improvement:a:b",
        &long,
    ] {
        assert!(matches!(DocId::parse(id), Err(DocError::BadId(_))), "{id}");
    }
}

#[test]
fn a_ticket_goes_to_couchdb_and_back_unchanged_but_for_its_local_fields() {
    let mut t = ticket(1, "Printer on fire");
    t.rev = format!("3-{}", "c".repeat(32));
    let mut record = json(&t);
    record["_tree"] = json!({"leaves": []});
    let id = DocId::new(StoreKind::Ticket, &t.id).unwrap();
    let doc = to_doc(&id, &record, &ancestry(&t.rev), false);
    assert_eq!(doc["_id"], format!("ticket:{}", t.id));
    assert_eq!(doc["_rev"], t.rev.as_str());
    assert_eq!(doc["_revisions"]["start"], 3);
    assert_eq!(doc["_revisions"]["ids"].as_array().unwrap().len(), 3);
    for local in ["_tree", "sla_watch", "rev", "id", "deleted", "_deleted"] {
        assert!(doc.get(local).is_none(), "{local} must not be sent");
    }
    let back = from_doc(&doc).unwrap().unwrap();
    assert_eq!(back.id, id);
    assert_eq!(back.revisions, ancestry(&t.rev));
    assert!(!back.deleted);
    let read: Ticket = serde_json::from_value(back.record).unwrap();
    assert_eq!(
        read,
        Ticket {
            sla_watch: None,
            ..t
        }
    );
}

#[test]
fn a_tombstone_carries_deleted_both_ways_and_may_be_bare() {
    let mut t = ticket(2, "Duplicate");
    t.deleted = true;
    let id = DocId::new(StoreKind::Ticket, &t.id).unwrap();
    let doc = to_doc(&id, &json(&t), &ancestry("2-ab"), true);
    assert_eq!(doc["_deleted"], true);
    let back = from_doc(&doc).unwrap().unwrap();
    assert!(back.deleted);
    assert_eq!(back.record["deleted"], true);
    let bare = json!({"_id": format!("ticket:{}", t.id), "_rev": "2-ab", "_deleted": true});
    let back = from_doc(&bare).unwrap().unwrap();
    assert!(back.deleted);
    assert_eq!(
        back.record,
        json!({"id": t.id, "rev": "2-ab", "deleted": true})
    );
}

#[test]
fn events_practices_and_settings_go_and_come_back() {
    let t = ticket(3, "x");
    let event = TicketEvent::created(crate::domain::ids::ulid(5, [5; 10]), &t, "Ana");
    let practice = PracticeSettings::starting("incident-management");
    let setting = SettingRecord {
        key: "sla_policy".into(),
        value: json(&crate::domain::sla::SlaPolicy::starting(
            "UTC",
            "24×7",
            "09:00–17:00",
        )),
    };
    let cases = [
        (StoreKind::Event, event.id.clone(), json(&event)),
        (StoreKind::Practice, practice.key.clone(), json(&practice)),
        (StoreKind::Setting, setting.key.clone(), json(&setting)),
    ];
    for (kind, key, record) in cases {
        let id = DocId::new(kind, &key).unwrap();
        let doc = to_doc(&id, &record, &ancestry("1-a1"), false);
        let back = from_doc(&doc).unwrap().unwrap();
        assert_eq!(back.record, record, "{kind:?}");
        assert!(
            back.record.get("rev").is_none(),
            "{kind:?} keeps no rev field"
        );
    }
}

#[test]
fn malformed_documents_are_refused_with_a_typed_error() {
    let doc = ticket_doc();
    let mut no_id = doc.clone();
    no_id.as_object_mut().unwrap().remove("_id");
    let mut no_rev = doc.clone();
    no_rev.as_object_mut().unwrap().remove("_rev");
    let cases = [
        (json!([1, 2]), DocError::NotAnObject),
        (json!("ticket:x"), DocError::NotAnObject),
        (Value::Null, DocError::NotAnObject),
        (no_id, DocError::MissingId),
        (with(&doc, "_id", json!(42)), DocError::MissingId),
        (no_rev, DocError::MissingRev),
        (
            with(&doc, "_rev", json!("abc")),
            DocError::BadRev(RevError::NoDash),
        ),
        (with(&doc, "_rev", json!(7)), DocError::MissingRev),
        (
            with(&doc, "_revisions", json!({"start": 9, "ids": ["x"]})),
            DocError::BadRev(RevError::AncestryMismatch),
        ),
        (
            with(&doc, "_revisions", json!({"start": -1, "ids": "x"})),
            DocError::BadRev(RevError::BadAncestry),
        ),
        (
            with(&doc, "_revisions", json!({"start": 1, "ids": []})),
            DocError::BadRev(RevError::EmptyAncestry),
        ),
        (with(&doc, "_deleted", json!("yes")), DocError::BadDeleted),
        (
            with(&doc, "_attachments", json!({"a.txt": {}})),
            DocError::Attachments,
        ),
        (with(&doc, "id", json!("01OTHER")), DocError::IdMismatch),
        (
            with(&doc, "_id", json!("ticket:a/b")),
            DocError::BadId("ticket:a/b".into()),
        ),
    ];
    for (bad, expected) in cases {
        assert_eq!(from_doc(&bad), Err(expected.clone()), "{expected:?}");
    }
}

#[test]
fn records_that_do_not_read_as_their_store_are_refused() {
    let doc = ticket_doc();
    let spoiled = [
        with(&doc, "priority", json!("urgent!!")),
        with(&doc, "created", json!("yesterday")),
        with(&doc, "kind", json!({"$ne": null})),
    ];
    for bad in spoiled {
        assert!(
            matches!(from_doc(&bad), Err(DocError::BadRecord(_))),
            "{bad}"
        );
    }
    let mut missing = doc.clone();
    missing.as_object_mut().unwrap().remove("title");
    assert!(matches!(from_doc(&missing), Err(DocError::BadRecord(_))));
    let practice = json!({"_id": "practice:no-such-practice", "_rev": "1-a", "enabled": true,
        "owner": "", "maturity": 1, "activities": [], "notes": ""});
    assert!(matches!(from_doc(&practice), Err(DocError::BadRecord(_))));
}

#[test]
fn huge_and_deeply_nested_junk_is_refused_before_it_is_read() {
    let doc = ticket_doc();
    let huge = with(
        &doc,
        "description",
        Value::String("x".repeat(MAX_DOC_BYTES)),
    );
    assert_eq!(from_doc(&huge), Err(DocError::TooLarge));
    let wide = with(
        &doc,
        "junk",
        Value::Array(vec![json!(0); MAX_DOC_BYTES / 8]),
    );
    assert_eq!(from_doc(&wide), Err(DocError::TooLarge));
    let mut deep = json!(1);
    for _ in 0..(MAX_DOC_DEPTH + 1) {
        deep = json!([deep]);
    }
    assert_eq!(from_doc(&with(&doc, "junk", deep)), Err(DocError::TooDeep));
    assert!(from_doc(&doc).is_ok(), "the unspoiled document reads");
}

#[test]
fn documents_of_unknown_stores_are_skipped() {
    let doc = json!({"_id": "contact:42", "_rev": "1-a", "name": "x"});
    assert_eq!(from_doc(&doc), Ok(None));
    let design = json!({"_id": "_design/x", "_rev": "1-a", "views": {}});
    assert_eq!(from_doc(&design), Ok(None));
}

#[test]
fn a_fingerprint_follows_content_not_field_order_or_local_fields() {
    let t = ticket(4, "Mail down");
    let record = json(&t);
    let print = fingerprint(StoreKind::Ticket, &record);
    let mut reordered = serde_json::Map::new();
    for (k, v) in record.as_object().unwrap().iter().rev() {
        reordered.insert(k.clone(), v.clone());
    }
    let mut local_only = Value::Object(reordered);
    local_only["rev"] = json!("9-z");
    local_only["sla_watch"] = json!(1);
    local_only["_tree"] = json!({});
    assert_eq!(fingerprint(StoreKind::Ticket, &local_only), print);
    // A field an older version left out reads as its default: the same content.
    let mut older = record.clone();
    older.as_object_mut().unwrap().remove("major");
    assert_eq!(fingerprint(StoreKind::Ticket, &older), print);
    assert_ne!(
        fingerprint(StoreKind::Ticket, &with(&record, "title", json!("Mail up"))),
        print
    );
    assert_ne!(
        fingerprint(StoreKind::Ticket, &with(&record, "deleted", json!(true))),
        print
    );
}

#[test]
fn a_shared_setting_must_hold_its_type() {
    use crate::domain::sla::SlaPolicy;
    let doc = |key: &str, value: Value| json!({ "_id": format!("setting:{key}"), "_rev": "1-aa", "key": key, "value": value });
    let policy = SlaPolicy::starting("UTC", "24×7", "09:00–17:00");
    assert!(from_doc(&doc("sla_policy", serde_json::to_value(&policy).unwrap())).is_ok());
    for (key, bad) in [
        ("sla_policy", json!({ "definitions": "none" })),
        ("sla_policy", json!(42)),
        ("priority_matrix", json!("P1 everywhere")),
        ("desk_config", json!([1, 2, 3])),
    ] {
        assert!(
            matches!(
                from_doc(&doc(key, bad.clone())),
                Err(DocError::BadRecord(_))
            ),
            "{key}: {bad}"
        );
    }
}
