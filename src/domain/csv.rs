//! CSV as spreadsheets read it (RFC 4180, CRLF line ends), with cells that would run as a
//! formula defused. Shared by the chart exports and the ticket export.

/// The byte order mark that makes Excel read a CSV file as UTF-8 (accents intact).
pub const BOM: char = '\u{feff}';

/// One cell: an apostrophe before text a spreadsheet would run as a formula (starting with
/// =, +, -, @, tab or carriage return; numbers such as `-2` stay numbers), then quoted when
/// it holds a comma, a quote or a line break.
pub fn cell(text: &str) -> String {
    let numeric = text.parse::<f64>().is_ok();
    let guarded = if !numeric && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One row of cells, ending with CRLF.
pub fn row<S: AsRef<str>>(cells: &[S]) -> String {
    let mut line = cells
        .iter()
        .map(|c| cell(c.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// Rows as CSV (RFC 4180, CRLF line ends), cells written by [`cell`].
pub fn csv(rows: &[Vec<String>]) -> String {
    rows.iter().map(|r| row(r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_separators_and_defuses_formulas() {
        let rows = vec![
            vec!["Category".into(), "Tickets".into()],
            vec!["Mail, calendar".into(), "3".into()],
            vec!["=HYPERLINK(\"x\")".into(), "-2".into()],
            vec!["@SUM".into(), "1.5".into()],
        ];
        assert_eq!(
            csv(&rows),
            "Category,Tickets\r\n\"Mail, calendar\",3\r\n\"'=HYPERLINK(\"\"x\"\")\",-2\r\n'@SUM,1.5\r\n"
        );
    }

    #[test]
    fn every_formula_start_is_defused_and_line_breaks_are_quoted() {
        assert_eq!(cell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(cell("-1+1"), "'-1+1");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("\r=1"), "\"'\r=1\"");
        assert_eq!(cell("one\ntwo"), "\"one\ntwo\"");
        assert_eq!(cell("a = b"), "a = b", "only the first character matters");
        assert_eq!(cell(""), "");
        assert_eq!(row(&["é", "x,y"]), "é,\"x,y\"\r\n");
    }
}
