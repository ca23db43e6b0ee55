//! How a bar chart is drawn: axis ticks, label truncation, series colours and where every
//! part goes, in SVG user units. Pure, so that the geometry is tested natively.

use super::{Chart, Unit};

/// Width of every chart's viewBox. Text of [`FONT`] units stays above 10 px when a chart is
/// only 310 px wide (a 360 px phone), and CSS caps the width so that it stays under 18 px.
pub const WIDTH: f64 = 400.0;
/// Font size of labels and ticks.
pub const FONT: f64 = 13.0;
/// Estimated advance of one character at [`FONT`]: generous (0.58 em), since the widest
/// common fallback fonts (DejaVu Sans) run about 0.56 em.
pub const CHAR_W: f64 = 7.5;
/// Height of the title band added above the chart in an exported file.
pub const EXPORT_TITLE: f64 = 30.0;
/// Height of one legend line in an exported file.
pub const EXPORT_LEGEND_LINE: f64 = 18.0;

/// Series colours in stacking order. Each has at least 3:1 contrast against white (the gap
/// between stacked segments and the background) and against its neighbours in the list.
pub const PALETTE: [&str; 8] = [
    "#1f3a8a", "#d97706", "#0b3d3a", "#e64980", "#3b0764", "#2f9e44", "#4a1c0c", "#228be6",
];

/// The colour of a series, cycling through the palette.
pub fn colour(series: usize) -> &'static str {
    PALETTE[series % PALETTE.len()]
}

/// Round axis ticks from 0 up to at least `max`: steps of 1, 2 or 5 times a power of ten
/// (never below 1, since values are counts or percentages), about five intervals.
pub fn nice_ticks(max: f64) -> Vec<f64> {
    let max = if max.is_finite() && max > 0.0 {
        max
    } else {
        1.0
    };
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude)
        .max(1.0);
    let intervals = (max / step).ceil().max(1.0) as usize;
    (0..=intervals).map(|i| i as f64 * step).collect()
}

/// The value-axis ticks of a chart: 0–100 by quarters for percentages, else [`nice_ticks`].
pub fn axis_ticks(chart: &Chart) -> Vec<f64> {
    match chart.unit {
        Unit::Percent if chart.max_total() <= 100.0 => vec![0.0, 25.0, 50.0, 75.0, 100.0],
        _ => nice_ticks(chart.max_total()),
    }
}

/// `text` cut to at most `max_chars` characters, the last one an ellipsis when cut.
pub fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_owned();
    }
    let kept: String = text.chars().take(max_chars.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// A rectangle in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

/// A point where a text goes.
pub type Point = (f64, f64);

// Horizontal bars: a label column on the left, one row per bar.
const ROW: f64 = 28.0;
const THICKNESS: f64 = 18.0;
const LABEL_COLUMN: f64 = 140.0;
const ROW_LABEL_CHARS: usize = 16;
// Vertical columns: tick labels on the left, category labels below.
const PLOT_HEIGHT: f64 = 180.0;
const ROTATED_CHARS: usize = 14;

/// Where the parts of one chart go.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// Horizontal bars (categories down the side) or vertical columns.
    pub horizontal: bool,
    /// Height of the viewBox ([`WIDTH`] wide).
    pub height: f64,
    /// The area the bars fill; the value axis runs from 0 to `axis_max` across it.
    pub plot: Rect,
    /// The value at the end of the value axis (its last tick).
    pub axis_max: f64,
    /// Category labels longer than this many characters are truncated.
    pub label_chars: usize,
    /// Column labels turned 45° because they do not fit under their column.
    pub rotated: bool,
    /// Only every `label_step`-th column is labelled (crowded time axes).
    pub label_step: usize,
    bars: usize,
}

impl Frame {
    /// The frame of `bars` bars on an axis up to `axis_max`, the longest category name being
    /// `longest_label` characters.
    pub fn new(bars: usize, axis_max: f64, horizontal: bool, longest_label: usize) -> Frame {
        let n = bars.max(1) as f64;
        let axis_max = if axis_max > 0.0 { axis_max } else { 1.0 };
        if horizontal {
            let plot = Rect {
                x: LABEL_COLUMN,
                y: 24.0,
                w: WIDTH - LABEL_COLUMN - 42.0,
                h: n * ROW,
            };
            return Frame {
                horizontal,
                height: plot.y + plot.h + 48.0,
                plot,
                axis_max,
                label_chars: ROW_LABEL_CHARS,
                rotated: false,
                label_step: 1,
                bars,
            };
        }
        let plot = Rect {
            x: 56.0,
            y: 20.0,
            w: WIDTH - 66.0,
            h: PLOT_HEIGHT,
        };
        let slot = plot.w / n;
        let fit = ((slot - 4.0) / CHAR_W).floor().max(0.0) as usize;
        let rotated = longest_label > fit && fit < 8;
        let (label_chars, label_step, labels) = if rotated {
            let step = ((FONT + 4.0) / (slot * std::f64::consts::FRAC_1_SQRT_2)).ceil();
            let chars = longest_label.min(ROTATED_CHARS) as f64;
            let depth = chars * CHAR_W * std::f64::consts::FRAC_1_SQRT_2;
            (ROTATED_CHARS, step.max(1.0) as usize, depth + 14.0)
        } else {
            (fit.max(1), 1, 20.0)
        };
        Frame {
            horizontal,
            height: plot.y + plot.h + labels + 28.0,
            plot,
            axis_max,
            label_chars,
            rotated,
            label_step,
            bars,
        }
    }

    /// Width (vertical) or height (horizontal) of the band of one bar.
    fn slot(&self) -> f64 {
        if self.horizontal {
            ROW
        } else {
            self.plot.w / self.bars.max(1) as f64
        }
    }

    /// The position of value `v` along the value axis (x or y).
    pub fn at(&self, v: f64) -> f64 {
        let share = (v / self.axis_max).clamp(0.0, 1.0);
        if self.horizontal {
            self.plot.x + share * self.plot.w
        } else {
            self.plot.y + self.plot.h - share * self.plot.h
        }
    }

    /// The whole band of bar `i` with its label: the area that opens its tickets.
    pub fn band(&self, i: usize) -> Rect {
        let slot = self.slot();
        if self.horizontal {
            // Inset, so that the focus outline drawn on it is not clipped.
            Rect {
                x: 2.0,
                y: self.plot.y + i as f64 * slot,
                w: WIDTH - 4.0,
                h: slot,
            }
        } else {
            let bottom = self.height - 24.0;
            Rect {
                x: self.plot.x + i as f64 * slot,
                y: self.plot.y,
                w: slot,
                h: bottom - self.plot.y,
            }
        }
    }

    /// The segment of bar `i` between stacked values `from` and `to`.
    pub fn segment(&self, i: usize, from: f64, to: f64) -> Rect {
        let slot = self.slot();
        if self.horizontal {
            let (a, b) = (self.at(from), self.at(to));
            let y = self.plot.y + i as f64 * slot + (slot - THICKNESS) / 2.0;
            Rect {
                x: a,
                y,
                w: b - a,
                h: THICKNESS,
            }
        } else {
            let w = (slot * 0.64).min(48.0);
            let (top, bottom) = (self.at(to), self.at(from));
            Rect {
                x: self.plot.x + i as f64 * slot + (slot - w) / 2.0,
                y: top,
                w,
                h: bottom - top,
            }
        }
    }

    /// Where the name of bar `i` goes (anchored at its end for rows and turned labels,
    /// in its middle for level column labels).
    pub fn label_at(&self, i: usize) -> Point {
        let slot = self.slot();
        if self.horizontal {
            (
                self.plot.x - 8.0,
                self.plot.y + (i as f64 + 0.5) * slot + FONT * 0.35,
            )
        } else {
            let x = self.plot.x + (i as f64 + 0.5) * slot;
            let bottom = self.plot.y + self.plot.h;
            if self.rotated {
                (x + 3.0, bottom + 10.0)
            } else {
                (x, bottom + 16.0)
            }
        }
    }

    /// Where the total of bar `i` goes: past the end of the bar.
    pub fn value_at(&self, i: usize, total: f64) -> Point {
        let slot = self.slot();
        if self.horizontal {
            (
                self.at(total) + 4.0,
                self.plot.y + (i as f64 + 0.5) * slot + FONT * 0.35,
            )
        } else {
            (self.plot.x + (i as f64 + 0.5) * slot, self.at(total) - 4.0)
        }
    }

    /// Whether values of `chars` characters fit over their columns.
    pub fn values_fit(&self, chars: usize) -> bool {
        self.horizontal || chars as f64 * CHAR_W + 2.0 <= self.slot()
    }

    /// Where the label of tick `v` goes.
    pub fn tick_at(&self, v: f64) -> Point {
        if self.horizontal {
            (self.at(v), self.plot.y + self.plot.h + 16.0)
        } else {
            (self.plot.x - 6.0, self.at(v) + FONT * 0.35)
        }
    }

    /// Where the category and value axis titles go; the value title of columns is turned.
    pub fn titles_at(&self) -> (Point, Point) {
        let middle = self.plot.x + self.plot.w / 2.0;
        if self.horizontal {
            ((0.0, 14.0), (middle, self.plot.y + self.plot.h + 38.0))
        } else {
            (
                (middle, self.height - 8.0),
                (14.0, self.plot.y + self.plot.h / 2.0),
            )
        }
    }

    /// The on-screen viewBox.
    pub fn view_box(&self) -> String {
        format!("0 0 {WIDTH} {}", self.height)
    }

    /// The viewBox of an exported file: a title band above and `legend_lines` below, which
    /// are drawn outside the on-screen box. Returns the box and its height.
    pub fn export_box(&self, legend_lines: usize) -> (String, f64) {
        let legend = if legend_lines > 0 {
            8.0 + legend_lines as f64 * EXPORT_LEGEND_LINE
        } else {
            0.0
        };
        let height = EXPORT_TITLE + self.height + legend;
        (format!("0 -{EXPORT_TITLE} {WIDTH} {height}"), height)
    }
}

/// A standalone SVG file from a rendered chart's `outerHTML`: an XML declaration, the export
/// viewBox and a size (twice the user units), and the HTML entity `&nbsp;`, which XML lacks,
/// written as a character reference.
pub fn standalone_svg(outer_html: &str, screen_box: &str, export_box: &str, height: f64) -> String {
    let sized = format!(
        "viewBox=\"{export_box}\" width=\"{}\" height=\"{}\"",
        WIDTH * 2.0,
        height * 2.0
    );
    let body = outer_html
        .replacen(&format!("viewBox=\"{screen_box}\""), &sized, 1)
        .replace("&nbsp;", "&#160;");
    format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{body}\n")
}

#[cfg(test)]
mod tests;
