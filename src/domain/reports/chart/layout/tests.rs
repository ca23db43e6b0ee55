use super::*;
use crate::domain::reports::chart::{Bar, ChartKey, Label};

fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn palette_contrasts_with_white_and_with_neighbours() {
    for (i, c) in PALETTE.iter().enumerate() {
        assert!(contrast(c, "#ffffff") >= 3.0, "{c} on white");
        if let Some(next) = PALETTE.get(i + 1) {
            assert!(contrast(c, next) >= 3.0, "{c} next to {next}");
        }
    }
    assert_eq!(colour(0), colour(PALETTE.len()));
}

#[test]
fn ticks_are_round_and_cover_the_maximum() {
    assert_eq!(nice_ticks(12.0), vec![0.0, 5.0, 10.0, 15.0]);
    assert_eq!(nice_ticks(4.0), vec![0.0, 1.0, 2.0, 3.0, 4.0]);
    assert_eq!(nice_ticks(7.0), vec![0.0, 2.0, 4.0, 6.0, 8.0]);
    assert_eq!(nice_ticks(100.0), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
    assert_eq!(nice_ticks(1.0), vec![0.0, 1.0]);
    assert_eq!(nice_ticks(0.0), vec![0.0, 1.0]);
    assert_eq!(nice_ticks(f64::NAN), vec![0.0, 1.0]);
    assert_eq!(nice_ticks(0.4), vec![0.0, 1.0]);
    for max in [3.0, 9.0, 11.0, 23.0, 99.0, 101.0, 487.0, 1234.0, 99_999.0] {
        let ticks = nice_ticks(max);
        let last = *ticks.last().unwrap();
        assert!(last >= max, "{max}: {ticks:?}");
        assert!((3..=7).contains(&ticks.len()), "{max}: {ticks:?}");
        assert!(ticks.iter().all(|t| t.fract() == 0.0), "{max}: {ticks:?}");
    }
}

fn chart(unit: Unit, values: &[f64]) -> Chart {
    Chart {
        key: ChartKey::Compliance,
        unit,
        series: vec![Label::Count],
        bars: values
            .iter()
            .map(|v| Bar {
                label: Label::Other,
                values: vec![*v],
                drill: None,
            })
            .collect(),
    }
}

#[test]
fn percentages_run_from_0_to_100() {
    let quarters = vec![0.0, 25.0, 50.0, 75.0, 100.0];
    assert_eq!(axis_ticks(&chart(Unit::Percent, &[12.5, 60.0])), quarters);
    assert_eq!(axis_ticks(&chart(Unit::Percent, &[100.0])), quarters);
    assert_eq!(axis_ticks(&chart(Unit::Tickets, &[12.0])), nice_ticks(12.0));
}

#[test]
fn long_names_are_cut_with_an_ellipsis() {
    assert_eq!(truncate("Email", 18), "Email");
    assert_eq!(truncate("Messagerie électronique", 11), "Messagerie…");
    assert_eq!(truncate("Poste de travail", 9), "Poste de…");
    assert_eq!(truncate("ééééé", 5), "ééééé");
    assert_eq!(truncate("éééééé", 5), "éééé…");
    assert_eq!(truncate("abc", 0), "…");
    assert!(truncate(&"x".repeat(40), 18).chars().count() <= 18);
}

fn inside(r: Rect, f: &Frame) -> bool {
    r.x >= -1e-9 && r.y >= -1e-9 && r.x + r.w <= WIDTH + 1e-9 && r.y + r.h <= f.height + 1e-9
}

#[test]
fn stacked_segments_fill_their_bar_inside_the_plot() {
    for horizontal in [true, false] {
        let f = Frame::new(4, 20.0, horizontal, 5);
        let (a, b) = (f.segment(1, 0.0, 5.0), f.segment(1, 5.0, 20.0));
        let full = f.segment(1, 0.0, 20.0);
        assert!(inside(full, &f) && inside(f.band(3), &f));
        if horizontal {
            assert_eq!(a.x, f.plot.x);
            assert!((a.w + b.w - f.plot.w).abs() < 1e-9);
            assert_eq!(a.x + a.w, b.x);
        } else {
            assert_eq!(a.y + a.h, f.plot.y + f.plot.h);
            assert!((a.h + b.h - f.plot.h).abs() < 1e-9);
            assert_eq!(b.y + b.h, a.y);
        }
        // Values past the axis are clamped to the plot.
        assert_eq!(f.segment(0, 0.0, 50.0), f.segment(0, 0.0, 20.0));
    }
}

#[test]
fn rows_grow_with_the_number_of_bars() {
    let few = Frame::new(3, 10.0, true, 30);
    let many = Frame::new(12, 10.0, true, 30);
    assert!(many.height > few.height);
    assert_eq!(few.label_chars, ROW_LABEL_CHARS);
    let (label_x, _) = few.label_at(0);
    assert!(label_x < few.plot.x && ROW_LABEL_CHARS as f64 * CHAR_W <= label_x);
}

#[test]
fn crowded_columns_turn_and_thin_their_labels() {
    let roomy = Frame::new(4, 10.0, false, 6);
    assert!(!roomy.rotated && roomy.label_step == 1 && roomy.label_chars >= 6);
    let weeks = Frame::new(12, 10.0, false, 9);
    assert!(weeks.rotated && weeks.label_chars == 14 && weeks.label_step == 1);
    assert!(weeks.height > roomy.height);
    // The band of turned labels is as deep as the longest label needs.
    assert!(Frame::new(12, 10.0, false, 14).height > weeks.height);
    let days = Frame::new(31, 10.0, false, 9);
    assert!(days.rotated && days.label_step > 1);
    assert!(!days.values_fit(3) && roomy.values_fit(4));
}

#[test]
fn export_adds_a_title_band_and_the_legend() {
    let f = Frame::new(2, 10.0, true, 5);
    assert_eq!(f.view_box(), format!("0 0 400 {}", f.height));
    let (plain, h) = f.export_box(0);
    assert_eq!(plain, format!("0 -30 400 {}", f.height + 30.0));
    assert_eq!(h, f.height + 30.0);
    let (_, with_legend) = f.export_box(3);
    assert_eq!(with_legend, f.height + 30.0 + 8.0 + 3.0 * 18.0);
}

#[test]
fn a_standalone_file_is_xml() {
    let html = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 100\"><text>A&nbsp;B</text></svg>";
    let file = standalone_svg(html, "0 0 400 100", "0 -30 400 130", 130.0);
    assert!(file.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
    assert!(file.contains("viewBox=\"0 -30 400 130\" width=\"800\" height=\"260\""));
    assert!(file.contains("A&#160;B") && !file.contains("&nbsp;"));
}
