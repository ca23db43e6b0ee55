//! The contracts the guided scenarios rely on, and the workspace's language.

use super::{cases, end, of_kind, D};
use crate::domain::demo::{demo_company, generate};
use crate::domain::improvement::{ImprovementForm, ImprovementOrigin, ImprovementStatus};
use crate::domain::query::known_error_matches;
use crate::domain::reports::charts::recurring_categories;
use crate::domain::reports::period::Period;
use crate::domain::reports::tally::Tally;
use crate::domain::ticket::{Ticket, TicketKind, TicketState};
use crate::i18n::Lang;
use std::collections::HashSet;

#[test]
fn contract_1_a_vpn_known_error_with_its_workaround() {
    for (seed, lang, end) in cases() {
        let d = generate(seed, lang, end);
        let vpn: Vec<&Ticket> = of_kind(&d, TicketKind::Problem)
            .into_iter()
            .filter(|p| p.service == "VPN" && p.state == TicketState::KnownError)
            .collect();
        assert_eq!(vpn.len(), 1);
        let k = vpn[0].known_error.as_ref().unwrap();
        assert!(k.workaround.contains("TCP 443"));
        assert!(known_error_matches(vpn[0], "VPN"));
        assert!(
            vpn[0]
                .links
                .iter()
                .filter(|l| l.kind == TicketKind::Incident)
                .count()
                >= 5
        );
        let fix = vpn[0].links.iter().find(|l| l.kind == TicketKind::Change);
        assert!(fix.is_some());
    }
}

#[test]
fn contract_2_a_recurring_category_with_no_problem_tops_the_last_14_days() {
    for (seed, lang, end) in cases() {
        let d = generate(seed, lang, end);
        let portal = &d.config.services[4].name;
        let cluster: Vec<&Ticket> = of_kind(&d, TicketKind::Incident)
            .into_iter()
            .filter(|t| t.created >= end - 14 * D && &t.service == portal)
            .filter(|t| t.category == d.config.categories[4])
            .collect();
        assert!(cluster.len() >= 5);
        assert!(cluster
            .iter()
            .all(|t| t.links.iter().all(|l| l.kind != TicketKind::Problem)));
        for offset in [-300, 0, 60, 120] {
            let mut tally = Tally::new(Period::last_days(end, 14, offset), end);
            for t in &d.tickets {
                tally.add(t, &d.sla);
            }
            let top = &recurring_categories(&tally)[0];
            assert_eq!(top.0, "Performance");
            assert!(top.1 >= 5);
        }
    }
}

#[test]
fn contract_3_the_catalogue_is_the_companys() {
    for lang in Lang::ALL {
        let d = generate(42, lang, end());
        assert_eq!(d.config.catalogue, demo_company(42, lang).catalogue);
        assert_eq!(d.config.catalogue.len(), 8);
        for r in of_kind(&d, TicketKind::ServiceRequest) {
            let item = d.config.catalogue_item(&r.catalogue_item).unwrap();
            assert_eq!(r.approval_required, item.approval_required);
            assert_eq!(r.answers.len(), item.fields.len());
        }
    }
}

#[test]
fn contract_4_an_improvement_register_with_one_item_from_a_problem() {
    for lang in Lang::ALL {
        let d = generate(42, lang, end());
        let statuses: HashSet<ImprovementStatus> =
            d.improvements.iter().map(|i| i.status).collect();
        assert!(statuses.len() >= 4);
        let steps: HashSet<_> = d.improvements.iter().map(|i| i.step).collect();
        assert!(steps.len() >= 4);
        let from_problem: Vec<_> = d
            .improvements
            .iter()
            .filter_map(|i| match &i.origin {
                ImprovementOrigin::Problem { number } => Some(number),
                _ => None,
            })
            .collect();
        assert_eq!(from_problem.len(), 1);
        assert!(d.tickets.iter().any(|t| &t.number == from_problem[0]));
        for item in &d.improvements {
            assert!(ImprovementForm::from_item(item).validate().is_ok());
            assert_eq!(item.open, u8::from(item.status.is_open()));
        }
    }
}

#[test]
fn contract_5_all_34_practices_enabled_with_varied_maturity_and_owners() {
    let d = generate(42, Lang::En, end());
    let people = d.config.people();
    assert_eq!(d.practices.len(), 34);
    let levels: HashSet<u8> = d.practices.iter().map(|p| p.maturity).collect();
    assert_eq!(levels, (1..=5).collect());
    for p in &d.practices {
        assert!(p.enabled);
        assert!(people.contains(&p.owner));
        assert_eq!(p.validate(), Ok(()));
    }
}

#[test]
fn french_data_is_written_in_french() {
    let (en, fr) = (generate(42, Lang::En, end()), generate(42, Lang::Fr, end()));
    let accented = |t: &&Ticket| t.title.chars().any(|c| "éèêàçôûîâ".contains(c));
    assert!(fr.tickets.iter().filter(accented).count() > 100);
    let vpn = "Le VPN se coupe toutes les 10 minutes en télétravail";
    assert!(fr.tickets.iter().any(|t| t.title == vpn));
    assert!(en
        .tickets
        .iter()
        .any(|t| t.title == "VPN drops every 10 minutes from home"));
    let titles: HashSet<&str> = en.tickets.iter().map(|t| t.title.as_str()).collect();
    assert!(
        fr.tickets
            .iter()
            .filter(|t| titles.contains(t.title.as_str()))
            .count()
            < 20
    );
    assert_eq!(fr.config.categories[4], "Performance");
    assert_eq!(fr.config.groups[0].name, "Centre de services");
}
