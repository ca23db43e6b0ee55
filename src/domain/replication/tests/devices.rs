//! Two laptops replicating one workspace through a server, with the local functions
//! only: concurrent offline edits conflict the same way on both, and one resolution
//! settles both.

use super::fake::{run, Db, Device};
use super::{json, ticket};
use crate::domain::ids::next_revision;
use crate::domain::replication::checkpoint::{replication_id, Direction};
use crate::domain::replication::document::{DocId, StoreKind};
use crate::domain::replication::resolve::resolve_doc;
use crate::domain::ticket::Ticket;
use serde_json::Value;

const SERVER: &str = "https://couch.example.com";

/// Pushes then pulls `device`, with its own replication ids.
fn sync(name: &str, device: &mut Device, server: &mut Db, session: &str) {
    let push = replication_id(name, SERVER, "desk", Direction::Push);
    let pull = replication_id(name, SERVER, "desk", Direction::Pull);
    let (_, pushed) = run(&push, device, server, session, None);
    let (_, pulled) = run(&pull, server, device, session, None);
    for report in [pushed.unwrap(), pulled.unwrap()] {
        assert!(
            report.rejected.is_empty() && report.write_failures.is_empty(),
            "{report:?}"
        );
    }
}

/// A local edit as the app makes one: new title, next revision.
fn edit(device: &mut Device, id: &DocId, title: &str, random: u8) {
    let mut t: Ticket = serde_json::from_value(device.records[&id.to_string()].clone()).unwrap();
    t.title = title.into();
    t.rev = next_revision(Some(&t.rev), [random; 16]);
    device.write(id, json(&t));
}

/// A record without its local fields, which each device derives for itself.
fn shared(device: &Device, key: &str) -> Value {
    let mut record = device.records[key].clone();
    record.as_object_mut().unwrap().remove("sla_watch");
    record
}

fn title(device: &Device, id: &DocId) -> Value {
    device.records[&id.to_string()]["title"].clone()
}

#[test]
fn concurrent_edits_conflict_alike_everywhere_and_one_resolution_settles_all() {
    let (mut laptop, mut desktop, mut server) =
        (Device::default(), Device::default(), Db::default());
    let t = ticket(1, "Mail down");
    let id = DocId::new(StoreKind::Ticket, &t.id).unwrap();
    let key = id.to_string();
    laptop.write(&id, json(&t));
    sync("laptop", &mut laptop, &mut server, "l1");
    sync("desktop", &mut desktop, &mut server, "d1");
    assert_eq!(shared(&desktop, &key), shared(&laptop, &key));

    // Both edit offline, twice on the laptop, then meet through the server.
    edit(&mut laptop, &id, "Mail down: DNS", 0x31);
    edit(&mut laptop, &id, "Mail down: DNS fixed", 0x32);
    edit(&mut desktop, &id, "Mail down: disk full", 0x41);
    sync("laptop", &mut laptop, &mut server, "l2");
    sync("desktop", &mut desktop, &mut server, "d2");
    sync("laptop", &mut laptop, &mut server, "l3");
    let (lt, dt) = (&laptop.trees[&key], &desktop.trees[&key]);
    assert_eq!(
        lt.leaves.iter().map(|l| l.rev()).collect::<Vec<_>>(),
        dt.leaves.iter().map(|l| l.rev()).collect::<Vec<_>>()
    );
    assert_eq!(lt.conflicts().len(), 1);
    assert_eq!(
        title(&laptop, &id),
        "Mail down: DNS fixed",
        "three edits beat one"
    );
    assert_eq!(title(&desktop, &id), title(&laptop, &id));
    assert_eq!(laptop.conflicts.len(), 1);
    assert_eq!(
        desktop.conflicts.values().next().unwrap()["title"],
        "Mail down: disk full"
    );

    // The desktop settles it with a merge of both; the laptop follows.
    let mut chosen = desktop.records[&key].clone();
    chosen["title"] = "Mail down: DNS fixed, disk cleaned".into();
    let tree = desktop.trees[&key].clone();
    let resolved = resolve_doc(&id, tree, &chosen).unwrap().unwrap();
    for rev in &resolved.dropped {
        desktop.conflicts.remove(&(key.clone(), rev.clone()));
    }
    desktop.trees.insert(key.clone(), resolved.tree);
    desktop.write(&id, resolved.record);
    sync("desktop", &mut desktop, &mut server, "d3");
    sync("laptop", &mut laptop, &mut server, "l4");
    for device in [&laptop, &desktop] {
        assert_eq!(title(device, &id), "Mail down: DNS fixed, disk cleaned");
        assert!(device.trees[&key].conflicts().is_empty());
        assert!(device.conflicts.is_empty());
    }
    assert_eq!(laptop.trees[&key], desktop.trees[&key]);
    assert_eq!(shared(&laptop, &key), shared(&desktop, &key));
    let (server_tree, _) = &server.docs[&key];
    assert!(server_tree.conflicts().is_empty());
    assert_eq!(
        server_tree.winner().unwrap().rev(),
        laptop.trees[&key].winner().unwrap().rev()
    );

    // Nothing moves any more.
    let before = (laptop.records.clone(), server.leaves());
    sync("laptop", &mut laptop, &mut server, "l5");
    assert_eq!((laptop.records.clone(), server.leaves()), before);
}

#[test]
fn a_deletion_replicates_as_a_tombstone_and_the_ticket_stays_deleted() {
    let (mut laptop, mut desktop, mut server) =
        (Device::default(), Device::default(), Db::default());
    let t = ticket(2, "Duplicate");
    let id = DocId::new(StoreKind::Ticket, &t.id).unwrap();
    laptop.write(&id, json(&t));
    sync("laptop", &mut laptop, &mut server, "l1");
    sync("desktop", &mut desktop, &mut server, "d1");
    let deleted = Ticket {
        deleted: true,
        rev: next_revision(Some(&t.rev), [9; 16]),
        ..t
    };
    laptop.write(&id, json(&deleted));
    sync("laptop", &mut laptop, &mut server, "l2");
    sync("desktop", &mut desktop, &mut server, "d2");
    let kept: Ticket = serde_json::from_value(desktop.records[&id.to_string()].clone()).unwrap();
    assert!(kept.deleted);
    assert_eq!(kept.title, "Duplicate");
    assert!(desktop.trees[&id.to_string()].winner().unwrap().deleted);
}
