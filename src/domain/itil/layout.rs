//! Geometry of the ITIL diagrams, in SVG user units: where each part of the value chain and
//! the value system is drawn, where a path's step markers go, and how labels wrap. Pure, so
//! that it is tested natively and the components only draw what it says.

use super::{SvcActivity, SvsComponent};

/// A rectangle: top-left corner and size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Frame {
    const fn new(x: f64, y: f64, w: f64, h: f64) -> Frame {
        Frame { x, y, w, h }
    }

    /// The centre point.
    pub fn centre(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }

    /// Whether `other` overlaps this frame.
    pub fn overlaps(&self, other: &Frame) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }
}

/// The value chain diagram's size (the `viewBox` width and height).
pub const SVC_SIZE: (f64, f64) = (960.0, 400.0);
/// Where demand comes in, left of the chain.
pub const SVC_DEMAND: Frame = Frame::new(8.0, 125.0, 150.0, 150.0);
/// Where value goes out, right of the chain.
pub const SVC_VALUE: Frame = Frame::new(802.0, 125.0, 150.0, 150.0);
/// Distance between two step markers in one activity.
pub const MARKER_STEP: f64 = 30.0;

/// Where an activity is drawn: plan across the top, improve across the bottom, and engage,
/// design and transition, obtain/build, deliver and support from demand to value between.
pub fn svc_frame(activity: SvcActivity) -> Frame {
    let middle = |i: f64| Frame::new(170.0 + i * 160.0, 125.0, 140.0, 150.0);
    match activity {
        SvcActivity::Plan => Frame::new(170.0, 15.0, 620.0, 90.0),
        SvcActivity::Engage => middle(0.0),
        SvcActivity::DesignAndTransition => middle(1.0),
        SvcActivity::ObtainBuild => middle(2.0),
        SvcActivity::DeliverAndSupport => middle(3.0),
        SvcActivity::Improve => Frame::new(170.0, 295.0, 620.0, 90.0),
    }
}

/// Where the marker of the `visit`-th passage (from 0) of a path through `activity` goes: a
/// row along the bottom of the activity, wrapping to a second row above it.
pub fn marker_at(activity: SvcActivity, visit: usize) -> (f64, f64) {
    let frame = svc_frame(activity);
    let per_row = ((frame.w - 20.0) / MARKER_STEP).floor().max(1.0) as usize;
    let per_row = per_row.min(4);
    let (row, column) = (visit / per_row % 2, visit % per_row);
    let start = frame.x + frame.w / 2.0 - (per_row as f64 - 1.0) * MARKER_STEP / 2.0;
    let y = frame.y + frame.h - 18.0 - row as f64 * (MARKER_STEP - 4.0);
    (start + column as f64 * MARKER_STEP, y)
}

/// The marker positions of a path through the chain, one per step, in order.
pub fn path_markers(path: &[SvcActivity]) -> Vec<(f64, f64)> {
    let mut visits = [0usize; 6];
    path.iter()
        .map(|a| {
            let i = SvcActivity::ALL.iter().position(|x| x == a).unwrap_or(0);
            visits[i] += 1;
            marker_at(*a, visits[i] - 1)
        })
        .collect()
}

/// The value system diagram's size (the `viewBox` width and height).
pub const SVS_SIZE: (f64, f64) = (960.0, 640.0);
/// Where opportunity and demand come in, left of the system.
pub const SVS_DEMAND: Frame = Frame::new(8.0, 276.0, 150.0, 120.0);
/// Where value goes out, right of the system.
pub const SVS_VALUE: Frame = Frame::new(802.0, 276.0, 150.0, 120.0);

/// Where a component of the value system is drawn: stacked between demand and value, the
/// value chain in the middle and tallest.
pub fn svs_frame(component: SvsComponent) -> Frame {
    let band = |y: f64, h: f64| Frame::new(170.0, y, 620.0, h);
    match component {
        SvsComponent::GuidingPrinciples => band(110.0, 70.0),
        SvsComponent::Governance => band(188.0, 70.0),
        SvsComponent::ServiceValueChain => band(266.0, 140.0),
        SvsComponent::Practices => band(414.0, 70.0),
        SvsComponent::ContinualImprovement => band(492.0, 70.0),
    }
}

/// Where the `i`-th of the four dimensions (reference order) is drawn: two above the
/// system and two below, around it.
pub fn dimension_frame(i: usize) -> Frame {
    let x = if i.is_multiple_of(2) { 8.0 } else { 484.0 };
    let y = if i < 2 { 58.0 } else { 572.0 };
    Frame::new(x, y, 468.0, 44.0)
}

/// Where the `i`-th of the six external (PESTLE) factors is drawn: a row along the top,
/// outside the dimensions.
pub fn pestle_frame(i: usize) -> Frame {
    Frame::new(8.0 + i as f64 * 158.0, 8.0, 150.0, 40.0)
}

/// Where the `i`-th activity is drawn inside the value chain band of the value system.
pub fn svs_activity_frame(i: usize) -> Frame {
    let band = svs_frame(SvsComponent::ServiceValueChain);
    Frame::new(band.x + 10.0 + i as f64 * 101.0, band.y + 40.0, 95.0, 90.0)
}

/// The curve from one step marker to the next, as start, control and end points of a
/// quadratic Bézier: it bends to the left of its direction (so a step forward and a step back
/// between the same activities do not overlap), and starts and stops `radius` away from the
/// markers' centres so that the arrowhead shows.
pub fn step_curve(from: (f64, f64), to: (f64, f64), radius: f64) -> [(f64, f64); 3] {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let bend = (len * 0.22).min(70.0);
    let control = (
        (from.0 + to.0) / 2.0 + dy / len * bend,
        (from.1 + to.1) / 2.0 - dx / len * bend,
    );
    let towards = |p: (f64, f64), q: (f64, f64), by: f64| {
        let (ux, uy) = (q.0 - p.0, q.1 - p.1);
        let l = (ux * ux + uy * uy).sqrt().max(1.0);
        (p.0 + ux / l * by, p.1 + uy / l * by)
    };
    [
        towards(from, control, radius),
        control,
        towards(to, control, radius + 2.0),
    ]
}

/// Splits `text` into lines of at most `max_chars` characters at spaces, and after a slash
/// in a word too long for a line; a longer word gets a line of its own. A no-break space
/// binds its words (French "vision ?" stays whole).
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let words = text
        .split([' ', '\n', '\t'])
        .filter(|w| !w.is_empty())
        .flat_map(|word| {
            let parts: Vec<&str> = if word.chars().count() > max_chars {
                word.split_inclusive('/').collect()
            } else {
                vec![word]
            };
            parts
        });
    for word in words {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn activities_do_not_overlap_and_fit_the_diagram() {
        let frames: Vec<Frame> = SvcActivity::ALL.iter().map(|a| svc_frame(*a)).collect();
        for (i, a) in frames.iter().enumerate() {
            assert!(a.x >= 0.0 && a.y >= 0.0);
            assert!(a.x + a.w <= SVC_SIZE.0 && a.y + a.h <= SVC_SIZE.1);
            assert!(!a.overlaps(&SVC_DEMAND) && !a.overlaps(&SVC_VALUE));
            for b in &frames[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn demand_enters_at_engage_and_value_leaves_from_deliver_and_support() {
        let engage = svc_frame(SvcActivity::Engage);
        let deliver = svc_frame(SvcActivity::DeliverAndSupport);
        assert!(SVC_DEMAND.x + SVC_DEMAND.w <= engage.x);
        assert!(deliver.x + deliver.w <= SVC_VALUE.x);
        assert_eq!(SVC_DEMAND.centre().1, engage.centre().1);
    }

    #[test]
    fn repeated_visits_get_distinct_markers_inside_the_activity() {
        use SvcActivity::*;
        let path = [Engage, DeliverAndSupport, ObtainBuild, DesignAndTransition];
        let path: Vec<_> = path
            .iter()
            .chain(&[DeliverAndSupport, Engage, Improve])
            .copied()
            .collect();
        let markers = path_markers(&path);
        assert_eq!(markers.len(), 7);
        assert_ne!(markers[0], markers[5]);
        assert_ne!(markers[1], markers[4]);
        for (a, (x, y)) in path.iter().zip(&markers) {
            let f = svc_frame(*a);
            assert!(*x > f.x && *x < f.x + f.w && *y > f.y && *y < f.y + f.h);
        }
        for visit in 0..8 {
            let (x, y) = marker_at(Engage, visit);
            let f = svc_frame(Engage);
            assert!(
                x > f.x && x < f.x + f.w && y > f.y + f.h / 2.0,
                "visit {visit}"
            );
        }
    }

    #[test]
    fn the_value_system_parts_do_not_overlap_and_fit() {
        let mut frames: Vec<Frame> = SvsComponent::ALL.iter().map(|c| svs_frame(*c)).collect();
        frames.extend((0..4).map(dimension_frame));
        frames.extend((0..6).map(pestle_frame));
        frames.extend([SVS_DEMAND, SVS_VALUE]);
        for (i, a) in frames.iter().enumerate() {
            assert!(a.x >= 0.0 && a.y >= 0.0);
            assert!(a.x + a.w <= SVS_SIZE.0 && a.y + a.h <= SVS_SIZE.1, "{a:?}");
            for b in &frames[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
        }
        let chain = svs_frame(SvsComponent::ServiceValueChain);
        for i in 0..6 {
            let f = svs_activity_frame(i);
            assert!(
                f.x > chain.x && f.x + f.w < chain.x + chain.w && f.y + f.h < chain.y + chain.h
            );
        }
    }

    #[test]
    fn a_step_there_and_back_bends_to_opposite_sides() {
        let (a, b) = ((100.0, 200.0), (300.0, 200.0));
        let [start, forth, end] = step_curve(a, b, 15.0);
        let [_, back, _] = step_curve(b, a, 15.0);
        assert!(forth.1 < 200.0 && back.1 > 200.0, "{forth:?} {back:?}");
        assert!((start.0 - a.0).hypot(start.1 - a.1) - 15.0 < 1e-9);
        assert!((end.0 - b.0).hypot(end.1 - b.1) - 17.0 < 1e-9);
    }

    #[test]
    fn labels_wrap_at_spaces() {
        assert_eq!(
            wrap("Concevoir et effectuer la transition", 14),
            ["Concevoir et", "effectuer la", "transition"]
        );
        assert_eq!(wrap("Plan", 14), ["Plan"]);
        assert_eq!(wrap("  ", 14), Vec::<String>::new());
        assert_eq!(
            wrap("Supercalifragilistic x", 5),
            ["Supercalifragilistic", "x"]
        );
        assert_eq!(wrap("Obtenir/construire", 13), ["Obtenir/", "construire"]);
        assert_eq!(wrap("Obtain/build", 13), ["Obtain/build"]);
    }
}
