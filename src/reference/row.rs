//! Rows as the datasets hold them, and reading them from CSV through a polars frame:
//! shared by the store (whole datasets) and the indexed frames (large ones, row by key).

use super::manifest::DatasetSpec;
use super::problem::Problem;
use crate::calendar::{Period, YearMonth};
use polars::prelude::*;
use serde::Serialize;
use std::io::Cursor;

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

/// Line on which each CSV record starts (header first), honouring quoted newlines.
fn record_lines(bytes: &[u8]) -> Vec<usize> {
    let mut out = vec![1];
    let mut line = 1;
    let mut quoted = false;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'"' => quoted = !quoted,
            b'\n' => {
                line += 1;
                if !quoted && i + 1 < bytes.len() {
                    out.push(line);
                }
            }
            _ => {}
        }
    }
    out
}

fn read_frame(path: &str, bytes: &[u8]) -> Result<DataFrame, Problem> {
    if let Err(e) = std::str::from_utf8(bytes) {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count()
            + 1;
        return Err(problem(path, line, None, "not valid UTF-8 text".into()));
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(problem(
            path,
            1,
            None,
            "empty file: expected a header line".into(),
        ));
    }
    // Every column as text: we check types ourselves so errors can name line and column.
    CsvReadOptions::default()
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .into_reader_with_file_handle(Cursor::new(bytes.to_vec()))
        .finish()
        .map_err(|_| super::problem::locate_csv_fault(path, bytes))
}

fn column<'a>(df: &'a DataFrame, path: &str, name: &str) -> Result<&'a StringChunked, Problem> {
    let col = df.column(name).map_err(|_| {
        let header: Vec<String> = df
            .get_column_names()
            .iter()
            .map(|c| c.to_string())
            .collect();
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
pub fn parse_rows(
    spec: &DatasetSpec,
    path: &str,
    bytes: Vec<u8>,
) -> Result<(Vec<Row>, Vec<Problem>), Problem> {
    let bytes = if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes[3..].to_vec()
    } else {
        bytes
    };
    let lines = record_lines(&bytes);
    let df = read_frame(path, &bytes)?;
    rows_from_frame(spec, path, &df, 0..df.height(), |i| {
        lines.get(i + 1).copied().unwrap_or(i + 2)
    })
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
    let c = &spec.columns;
    let subject = column(df, path, &spec.subject)?;
    let counterpart = match &spec.counterpart {
        Some(name) => Some(column(df, path, name)?),
        None => None,
    };
    let measure = column(df, path, &spec.measure)?;
    let start = column(df, path, &c.period_start)?;
    let end = column(df, path, &c.period_end)?;
    let value = column(df, path, &c.value)?;
    let unit = column(df, path, &c.unit)?;
    let qualifier = column(df, path, &c.qualifier)?;
    let status = column(df, path, &c.status)?;
    let published = column(df, path, &c.published)?;
    let source = column(df, path, &c.source_url)?;
    let note = column(df, path, &c.note)?;
    let mut rows = Vec::with_capacity(positions.size_hint().0);
    let mut problems = Vec::new();
    for i in positions {
        let line = line_of(i);
        let cell = |col: &StringChunked| col.get(i).unwrap_or("").trim().to_string();
        let mut bad = |column: &str, message: String| {
            problems.push(problem(path, line, Some(column), message))
        };
        let text = cell(value);
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
        let ps = cell(start);
        let pe = cell(end);
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
        let q = cell(qualifier);
        let qual = Qualifier::parse(&q);
        if qual.is_none() {
            bad(
                &c.qualifier,
                format!("'{q}' is not one of exact, approx, lower_bound, upper_bound"),
            );
        }
        let m = cell(measure);
        if m.is_empty() {
            bad(&spec.measure, "empty measure".into());
        }
        let subj = cell(subject);
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
        let pubd = cell(published);
        let canonical = spec.canonical(&m).to_string();
        let written_as = (canonical != m).then_some(m);
        rows.push(Row {
            dataset: spec.name.clone(),
            line,
            subject: subj,
            counterpart: counterpart.map(cell).filter(|s| !s.is_empty()),
            measure: canonical,
            written_as,
            period_start,
            period_end,
            value: v,
            value_text: text,
            unit: cell(unit),
            qualifier,
            status: cell(status),
            published: (!pubd.is_empty()).then_some(pubd),
            source_url: cell(source),
            note: cell(note),
        });
    }
    Ok((rows, problems))
}
