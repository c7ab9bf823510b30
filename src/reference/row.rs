//! Rows as the datasets hold them, read from CSV records (whole datasets) or from a polars
//! frame (the indexed frames of large datasets, row by key).

use super::manifest::DatasetSpec;
use super::problem::Problem;
use crate::calendar::{Period, YearMonth};
use polars::prelude::*;
use serde::Serialize;

#[derive(Debug, thiserror::Error)]
pub enum DataError {
    #[error("{0}")]
    Problem(super::problem::Problem),
    #[error("{file}: {message}")]
    File { file: String, message: String },
    #[error("{file}:{line}: column '{column}': {message}")]
    Cell {
        file: String,
        line: usize,
        column: String,
        message: String,
    },
    #[error("{file}: {message}")]
    Manifest { file: String, message: String },
}

/// The qualifier a source's wording gives a figure ("exceeded" is a lower bound).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    LowerBound,
    UpperBound,
}

impl Qualifier {
    pub fn parse(s: &str) -> Option<Qualifier> {
        Some(match s.trim() {
            "" | "exact" => Qualifier::Exact,
            "approx" => Qualifier::Approx,
            "lower_bound" => Qualifier::LowerBound,
            "upper_bound" => Qualifier::UpperBound,
            _ => return None,
        })
    }
}

/// One row of a dataset, as plain data.
/// A row as the store holds it: shared by every reference that cites it, never copied.
pub type SharedRow = std::sync::Arc<Row>;

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub dataset: String,
    /// Line in the CSV file (the header is line 1).
    pub line: usize,
    pub subject: String,
    pub counterpart: Option<String>,
    pub measure: String,
    /// The name the file writes when it is an alias of `measure`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub written_as: Option<String>,
    pub period_start: YearMonth,
    pub period_end: YearMonth,
    pub value: f64,
    /// The value as the file writes it, which tells its precision.
    pub value_text: String,
    pub unit: String,
    pub qualifier: Qualifier,
    pub status: String,
    pub published: Option<String>,
    pub source_url: String,
    pub note: String,
}

impl Row {
    pub fn period(&self) -> Period {
        Period {
            start: self.period_start,
            end: self.period_end,
        }
    }

    pub fn qualifier_word(&self) -> &'static str {
        match self.qualifier {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::LowerBound => "lower bound",
            Qualifier::UpperBound => "upper bound",
        }
    }

    /// Half a unit of the last significant digit as written ("1600000000" → 50,000,000).
    pub fn half_unit(&self) -> f64 {
        half_unit_of(&self.value_text)
    }
}

pub fn half_unit_of(text: &str) -> f64 {
    let t = text.trim().trim_start_matches('-');
    if let Some((_, frac)) = t.split_once('.') {
        return 0.5 * 10f64.powi(-(frac.len() as i32));
    }
    let zeros = t.bytes().rev().take_while(|b| *b == b'0').count();
    if zeros == t.len() {
        0.5
    } else {
        0.5 * 10f64.powi(zeros as i32)
    }
}

/// Rows without a publication date count as published (the source did not say when).
pub fn published_by(r: &Row, as_of: Option<&str>) -> bool {
    match (as_of, &r.published) {
        (Some(limit), Some(p)) => p.as_str() <= limit,
        _ => true,
    }
}

pub fn choose<'a, R: std::borrow::Borrow<Row>>(rows: &[&'a R]) -> Option<&'a R> {
    rows.iter().copied().min_by(|a, b| {
        let (a, b): (&Row, &Row) = ((*a).borrow(), (*b).borrow());
        let qa = a.qualifier != Qualifier::Exact;
        let qb = b.qualifier != Qualifier::Exact;
        qa.cmp(&qb)
            .then_with(|| b.published.cmp(&a.published))
            .then_with(|| (b.status == "final").cmp(&(a.status == "final")))
            .then_with(|| a.line.cmp(&b.line))
    })
}

fn problem(file: &str, line: usize, column: Option<&str>, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        line,
        column: column.map(str::to_string),
        message,
    }
}

/// A dataset's cells one column at a time, whichever reader produced them.
trait Cells {
    fn cell(&self, row: usize) -> Option<&str>;
}

impl Cells for StringChunked {
    fn cell(&self, row: usize) -> Option<&str> {
        self.get(row)
    }
}

impl<T: Cells + ?Sized> Cells for &T {
    fn cell(&self, row: usize) -> Option<&str> {
        (**self).cell(row)
    }
}

/// One column of the records the csv crate read.
struct RecordColumn<'a> {
    records: &'a [csv::StringRecord],
    at: usize,
}

impl Cells for RecordColumn<'_> {
    fn cell(&self, row: usize) -> Option<&str> {
        self.records[row].get(self.at)
    }
}

/// Text a dataset can be read from: UTF-8 and not empty.
fn readable_text<'a>(path: &str, bytes: &'a [u8]) -> Result<&'a str, Problem> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        problem(path, line, None, "not valid UTF-8 text".into())
    })?;
    if text.trim().is_empty() {
        return Err(problem(
            path,
            1,
            None,
            "empty file: expected a header line".into(),
        ));
    }
    Ok(text)
}

/// The problem of a column the header lacks.
fn missing_column(path: &str, name: &str, header: &[&str]) -> Problem {
    let hint = if header.len() == 1 && header[0].contains(';') {
        " (the file looks semicolon-separated; use commas)"
    } else {
        ""
    };
    problem(
        path,
        1,
        Some(name),
        format!("missing from the header{hint}"),
    )
}

fn column<'a>(df: &'a DataFrame, path: &str, name: &str) -> Result<&'a StringChunked, Problem> {
    let col = df.column(name).map_err(|_| {
        let header: Vec<&str> = df.get_column_names().iter().map(|c| c.as_str()).collect();
        missing_column(path, name, &header)
    })?;
    col.str().map_err(|e| problem(path, 0, None, e.to_string()))
}

/// Parses a dataset, stopping at the first problem.
pub fn parse_dataset(
    spec: &DatasetSpec,
    path: &str,
    bytes: Vec<u8>,
) -> Result<Vec<Row>, DataError> {
    let (rows, problems) = parse_rows(spec, path, bytes).map_err(DataError::Problem)?;
    match problems.into_iter().next() {
        Some(p) => Err(DataError::Problem(p)),
        None => Ok(rows),
    }
}

/// Parses every row it can; returns the rows and one problem per bad cell. `Err` when
/// the file as a whole cannot be read (encoding, CSV structure, missing columns).
///
/// Read with the csv crate, not polars: datasets held as rows are small (large ones are
/// indexed frames), and polars' reader spent 5 ms and a thread pool on 1,600 rows, a
/// third of a one-article check.
pub fn parse_rows(
    spec: &DatasetSpec,
    path: &str,
    bytes: Vec<u8>,
) -> Result<(Vec<Row>, Vec<Problem>), Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let text = readable_text(path, bytes)?;
    let fault = || super::problem::locate_csv_fault(path, bytes);
    let mut reader = csv::ReaderBuilder::new().from_reader(text.as_bytes());
    let header = reader.headers().map_err(|_| fault())?.clone();
    let mut records = Vec::new();
    let mut lines = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|_| fault())?;
        lines.push(record.position().map_or(0, |p| first_line(text, p)));
        records.push(record);
    }
    let names: Vec<&str> = header.iter().collect();
    let columns = |name: &str| {
        let at = names
            .iter()
            .position(|h| *h == name)
            .ok_or_else(|| missing_column(path, name, &names))?;
        Ok(RecordColumn {
            records: &records,
            at,
        })
    };
    rows_from_columns(spec, path, columns, 0..records.len(), |i| lines[i])
}

/// The line a record's text starts on: the csv crate places a record where its reading
/// began, before the blank lines it skipped.
fn first_line(text: &str, at: &csv::Position) -> usize {
    let skipped = text.as_bytes()[at.byte() as usize..]
        .iter()
        .take_while(|b| matches!(b, b'\n' | b'\r'))
        .filter(|b| **b == b'\n')
        .count();
    at.line() as usize + skipped
}

/// Rows at `positions` of a frame of text columns; `line_of` gives the file line of
/// frame row `i`.
pub(crate) fn rows_from_frame(
    spec: &DatasetSpec,
    path: &str,
    df: &DataFrame,
    positions: impl Iterator<Item = usize>,
    line_of: impl Fn(usize) -> usize,
) -> Result<(Vec<Row>, Vec<Problem>), Problem> {
    rows_from_columns(
        spec,
        path,
        |name| column(df, path, name),
        positions,
        line_of,
    )
}

/// Rows at `positions` of a table whose columns `column` finds by name; `line_of` gives
/// the file line of table row `i`.
fn rows_from_columns<C: Cells>(
    spec: &DatasetSpec,
    path: &str,
    column: impl Fn(&str) -> Result<C, Problem>,
    positions: impl Iterator<Item = usize>,
    line_of: impl Fn(usize) -> usize,
) -> Result<(Vec<Row>, Vec<Problem>), Problem> {
    let c = &spec.columns;
    let subject = column(&spec.subject)?;
    let counterpart = match &spec.counterpart {
        Some(name) => Some(column(name)?),
        None => None,
    };
    let measure = column(&spec.measure)?;
    let start = column(&c.period_start)?;
    let end = column(&c.period_end)?;
    let value = column(&c.value)?;
    let unit = column(&c.unit)?;
    let qualifier = column(&c.qualifier)?;
    let status = column(&c.status)?;
    let published = column(&c.published)?;
    let source = column(&c.source_url)?;
    let note = column(&c.note)?;
    let mut rows = Vec::with_capacity(positions.size_hint().0);
    let mut problems = Vec::new();
    for i in positions {
        let line = line_of(i);
        let cell = |col: &C| col.cell(i).unwrap_or("").trim().to_string();
        let mut bad = |column: &str, message: String| {
            problems.push(problem(path, line, Some(column), message))
        };
        let text = cell(&value);
        let v: Option<f64> = match text.parse::<f64>() {
            Ok(v) if v.is_finite() => Some(v),
            Ok(_) => {
                bad(&c.value, format!("'{text}' is not a finite number"));
                None
            }
            Err(_) => {
                bad(&c.value, format!("'{text}' is not a number"));
                None
            }
        };
        let ps = cell(&start);
        let pe = cell(&end);
        let period_start = YearMonth::parse(&ps);
        if period_start.is_none() {
            bad(&c.period_start, format!("'{ps}' is not a YYYY-MM period"));
        }
        let period_end = YearMonth::parse(&pe);
        if period_end.is_none() {
            bad(&c.period_end, format!("'{pe}' is not a YYYY-MM period"));
        }
        if let (Some(a), Some(b)) = (period_start, period_end)
            && b < a
        {
            bad(
                &c.period_end,
                format!("period ends ({pe}) before it starts ({ps})"),
            );
        }
        let q = cell(&qualifier);
        let qual = Qualifier::parse(&q);
        if qual.is_none() {
            bad(
                &c.qualifier,
                format!("'{q}' is not one of exact, approx, lower_bound, upper_bound"),
            );
        }
        let m = cell(&measure);
        if m.is_empty() {
            bad(&spec.measure, "empty measure".into());
        }
        let subj = cell(&subject);
        if subj.is_empty() {
            bad(&spec.subject, "empty code".into());
        }
        let (Some(v), Some(period_start), Some(period_end), Some(qualifier)) =
            (v, period_start, period_end, qual)
        else {
            continue;
        };
        if m.is_empty() || subj.is_empty() || period_end < period_start {
            continue;
        }
        let pubd = cell(&published);
        let canonical = spec.canonical(&m).to_string();
        let written_as = (canonical != m).then_some(m);
        rows.push(Row {
            dataset: spec.name.clone(),
            line,
            subject: subj,
            counterpart: counterpart.as_ref().map(cell).filter(|s| !s.is_empty()),
            measure: canonical,
            written_as,
            period_start,
            period_end,
            value: v,
            value_text: text,
            unit: cell(&unit),
            qualifier,
            status: cell(&status),
            published: (!pubd.is_empty()).then_some(pubd),
            source_url: cell(&source),
            note: cell(&note),
        });
    }
    Ok((rows, problems))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::manifest::Manifest;

    fn trade_spec() -> DatasetSpec {
        let m = Manifest::parse(include_str!("../../data/manifest.toml")).unwrap();
        m.datasets.into_iter().find(|d| d.name == "trade").unwrap()
    }

    const HEADER: &str = "reporter,partner,flow,period_start,period_end,value,unit,qualifier,status,published,source_url,note\n";

    #[test]
    fn rows_keep_their_file_lines_across_quoted_line_breaks_and_blank_lines() {
        let text = format!(
            "\u{feff}{HEADER}GEO,ARM,export,2024-01,2024-12,100,USD,exact,final,,https://a,\"two\nlines\"\n\nGEO,TUR,export,2024-01,2024-12,200,USD,exact,final,,https://b,\n"
        );
        let (rows, problems) = parse_rows(&trade_spec(), "t.csv", text.into_bytes()).unwrap();
        assert!(problems.is_empty(), "{problems:?}");
        let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
        assert_eq!(lines, [2, 5]);
        assert_eq!(rows[0].note, "two\nlines");
    }

    #[test]
    fn a_short_row_is_named_by_its_line_and_cell_count() {
        let text = format!("{HEADER}GEO,ARM,export,2024-01\n");
        let p = parse_rows(&trade_spec(), "t.csv", text.into_bytes()).unwrap_err();
        assert_eq!(
            (p.line, p.message.as_str()),
            (2, "4 cells, but the header has 12 columns")
        );
    }

    #[test]
    fn a_missing_column_is_named_with_the_header_line() {
        let text = "reporter;partner;flow\nGEO;ARM;export\n";
        let p = parse_rows(&trade_spec(), "t.csv", text.as_bytes().to_vec()).unwrap_err();
        assert_eq!(p.line, 1);
        assert!(p.message.contains("semicolon-separated"), "{}", p.message);
    }
}
