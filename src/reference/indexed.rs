//! Datasets too large to hold as rows (millions of partner × month × flow figures): one
//! polars frame, scanned and checked column-wise once, with an index from each key to its
//! row positions. Rows are built only for the keys a check asks about, once each.

use super::manifest::DatasetSpec;
use super::problem::Problem;
use super::row::{DataError, Qualifier, SharedRow, rows_from_frame};
use crate::calendar::YearMonth;
use polars::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

/// The row index polars adds while scanning: the file line of each record.
const LINE: &str = "__line";

/// (measure, subject, counterpart) — counterpart "" when the dataset has none.
pub type Key = (String, String, String);

pub struct IndexedFrame {
    frame: DataFrame,
    pub(crate) slots: Vec<Slot>,
}

pub struct Slot {
    pub key: Key,
    /// Positions in the frame, in file order.
    positions: Vec<IdxSize>,
    rows: OnceLock<Vec<SharedRow>>,
}

impl IndexedFrame {
    pub fn height(&self) -> usize {
        self.frame.height()
    }

    /// The rows of one key, built on first use.
    pub fn rows(&self, spec: &DatasetSpec, path: &str, slot: usize) -> &[SharedRow] {
        let s = &self.slots[slot];
        s.rows.get_or_init(|| {
            // Read in place: gathering into a new frame (`take`) costs time in proportion to
            // the whole frame's string buffers, half a millisecond a key at 10M rows.
            let lines = self
                .frame
                .column(LINE)
                .ok()
                .and_then(|c| c.idx().ok().cloned());
            let line_of = |i: usize| {
                lines
                    .as_ref()
                    .and_then(|l| l.get(i))
                    .map_or(0, |l| l as usize)
            };
            let positions = s.positions.iter().map(|&p| p as usize);
            // The columns were checked when the frame was loaded: problems cannot occur here.
            rows_from_frame(spec, path, &self.frame, positions, line_of)
                .map(|(rows, _)| rows.into_iter().map(SharedRow::new).collect())
                .unwrap_or_default()
        })
    }

    /// Distinct values of a column (periods, vintages, sources), for summaries.
    pub fn distinct(&self, column: &str) -> Vec<String> {
        let Ok(c) = self.frame.column(column) else {
            return Vec::new();
        };
        let Ok(u) = c.unique() else {
            return Vec::new();
        };
        let Ok(s) = u.str() else {
            return Vec::new();
        };
        let set: BTreeSet<String> = s.iter().flatten().map(|v| v.trim().to_string()).collect();
        set.into_iter().collect()
    }

    /// Distinct (start, end) periods, for the coverage summary.
    pub fn periods(&self, spec: &DatasetSpec) -> Vec<(YearMonth, YearMonth)> {
        let c = &spec.columns;
        let pairs = self
            .frame
            .clone()
            .lazy()
            .group_by([col(c.period_start.as_str()), col(c.period_end.as_str())])
            .agg([len()])
            .collect();
        let Ok(pairs) = pairs else {
            return Vec::new();
        };
        let (Ok(a), Ok(b)) = (
            pairs.column(&c.period_start).and_then(|x| x.str().cloned()),
            pairs.column(&c.period_end).and_then(|x| x.str().cloned()),
        ) else {
            return Vec::new();
        };
        a.iter()
            .zip(b.iter())
            .filter_map(|(a, b)| Some((YearMonth::parse(a?.trim())?, YearMonth::parse(b?.trim())?)))
            .collect()
    }
}

fn problem(file: &str, line: usize, column: Option<&str>, message: String) -> DataError {
    DataError::Problem(Problem {
        file: file.to_string(),
        line,
        column: column.map(str::to_string),
        message,
    })
}

fn polars_error(file: &str, e: PolarsError) -> DataError {
    DataError::File {
        file: file.to_string(),
        message: format!("not a readable CSV: {e}"),
    }
}

/// Scans the CSV (all columns as text, multi-threaded), checks every column the way
/// `parse_rows` would but on whole columns and distinct values, and builds the key index.
/// No sort: a sorted copy would double the memory of the largest thing we hold.
pub fn load(
    spec: &DatasetSpec,
    file: &std::path::Path,
    path: &str,
) -> Result<IndexedFrame, DataError> {
    let header = read_header(file, path)?;
    let c = &spec.columns;
    let mut wanted: Vec<&str> = vec![spec.measure.as_str(), spec.subject.as_str()];
    if let Some(cp) = &spec.counterpart {
        wanted.push(cp);
    }
    for name in [
        &c.period_start,
        &c.period_end,
        &c.value,
        &c.unit,
        &c.qualifier,
        &c.status,
        &c.published,
        &c.source_url,
        &c.note,
    ] {
        wanted.push(name);
    }
    for name in &wanted {
        if !header.iter().any(|h| h == name) {
            return Err(problem(
                path,
                1,
                Some(name),
                "missing from the header".into(),
            ));
        }
    }
    let mut select: Vec<Expr> = wanted.iter().map(|n| col(*n)).collect();
    select.push(col(LINE));
    let frame = LazyCsvReader::new(PlRefPath::new(file.to_string_lossy().as_ref()))
        .with_has_header(true)
        .with_infer_schema_length(Some(0))
        .with_row_index(Some(RowIndex {
            name: LINE.into(),
            offset: 2,
        }))
        .finish()
        .and_then(|lf| lf.select(select).collect())
        .map_err(|_| {
            // Re-read with a plain CSV reader to name the line (this file is large, but it
            // is read again only when it is broken).
            match std::fs::read(file) {
                Ok(bytes) => DataError::Problem(super::problem::locate_csv_fault(path, &bytes)),
                Err(e) => DataError::File {
                    file: path.to_string(),
                    message: format!("cannot read: {e}"),
                },
            }
        })?;
    // Left in the parser's chunks: one chunk per column (`rechunk_mut`) made a key's first
    // lookup 9x faster at 10M rows (1.5 ms → 0.17 ms) but cost 1 GB more and 5 s more load.
    check_columns(spec, path, &frame)?;
    let slots = index(spec, &frame).map_err(|e| polars_error(path, e))?;
    Ok(IndexedFrame { frame, slots })
}

fn read_header(file: &std::path::Path, path: &str) -> Result<Vec<String>, DataError> {
    use std::io::BufRead;
    let f = std::fs::File::open(file).map_err(|e| DataError::File {
        file: path.to_string(),
        message: format!("cannot read: {e}"),
    })?;
    let mut line = String::new();
    std::io::BufReader::new(f)
        .read_line(&mut line)
        .map_err(|e| DataError::File {
            file: path.to_string(),
            message: format!("cannot read the header: {e}"),
        })?;
    let line = line.trim_start_matches('\u{feff}').trim_end();
    Ok(line
        .split(',')
        .map(|h| h.trim().trim_matches('"').to_string())
        .collect())
}

/// The file line of the frame row at `pos`.
fn line_at(frame: &DataFrame, pos: usize) -> usize {
    frame
        .column(LINE)
        .ok()
        .and_then(|c| c.idx().ok().and_then(|l| l.get(pos)))
        .map_or(0, |l| l as usize)
}

fn strings<'a>(
    frame: &'a DataFrame,
    path: &str,
    name: &str,
) -> Result<&'a StringChunked, DataError> {
    frame
        .column(name)
        .and_then(|c| c.str())
        .map_err(|e| polars_error(path, e))
}

/// Every value a number; every period, qualifier and key valid — checked once per distinct
/// value where values repeat (periods, codes), once per row only for the value column.
fn check_columns(spec: &DatasetSpec, path: &str, frame: &DataFrame) -> Result<(), DataError> {
    let c = &spec.columns;
    let value = strings(frame, path, &c.value)?;
    let numbers = value
        .cast(&DataType::Float64)
        .map_err(|e| polars_error(path, e))?;
    let numbers = numbers.f64().map_err(|e| polars_error(path, e))?;
    if let Some(pos) = numbers.iter().position(|v| !v.is_some_and(f64::is_finite)) {
        let text = value.get(pos).unwrap_or("");
        return Err(problem(
            path,
            line_at(frame, pos),
            Some(&c.value),
            format!("'{text}' is not a number"),
        ));
    }
    for name in [&c.period_start, &c.period_end] {
        distinct_must(
            frame,
            path,
            name,
            |v| YearMonth::parse(v.trim()).is_some(),
            |v| format!("'{v}' is not a YYYY-MM period"),
        )?;
    }
    distinct_must(
        frame,
        path,
        &c.qualifier,
        |v| Qualifier::parse(v).is_some(),
        |v| format!("'{v}' is not one of exact, approx, lower_bound, upper_bound"),
    )?;
    distinct_must(
        frame,
        path,
        &spec.measure,
        |v| !v.trim().is_empty(),
        |_| "empty measure".into(),
    )?;
    distinct_must(
        frame,
        path,
        &spec.subject,
        |v| !v.trim().is_empty(),
        |_| "empty code".into(),
    )?;
    let start = strings(frame, path, &c.period_start)?;
    let end = strings(frame, path, &c.period_end)?;
    if let Some(pos) = end.lt(start).iter().position(|b| b == Some(true)) {
        return Err(problem(
            path,
            line_at(frame, pos),
            Some(&c.period_end),
            "period ends before it starts".into(),
        ));
    }
    Ok(())
}

/// Checks each distinct value of a column (missing counts as ""); names the first line of a bad one.
fn distinct_must(
    frame: &DataFrame,
    path: &str,
    name: &str,
    ok: impl Fn(&str) -> bool,
    message: impl Fn(&str) -> String,
) -> Result<(), DataError> {
    let column = strings(frame, path, name)?;
    let distinct = column.unique().map_err(|e| polars_error(path, e))?;
    for v in distinct.iter() {
        let v = v.unwrap_or("");
        if ok(v) {
            continue;
        }
        let pos = column
            .iter()
            .position(|x| x.unwrap_or("") == v)
            .unwrap_or(0);
        return Err(problem(path, line_at(frame, pos), Some(name), message(v)));
    }
    Ok(())
}

/// One slot per key, with the positions of its rows.
fn index(spec: &DatasetSpec, frame: &DataFrame) -> PolarsResult<Vec<Slot>> {
    let measure = frame.column(&spec.measure)?.str()?;
    let subject = frame.column(&spec.subject)?.str()?;
    let counterpart = match &spec.counterpart {
        Some(name) => Some(frame.column(name)?.str()?),
        None => None,
    };
    let cps: Box<dyn Iterator<Item = Option<&str>>> = match counterpart {
        Some(c) => Box::new(c.iter()),
        None => Box::new(std::iter::repeat(None)),
    };
    let mut slot_of: HashMap<(&str, &str, &str), usize> = HashMap::new();
    let mut slots: Vec<Slot> = Vec::new();
    for (i, ((m, s), cp)) in measure.iter().zip(subject.iter()).zip(cps).enumerate() {
        let key = (
            spec.canonical(m.unwrap_or("").trim()),
            s.unwrap_or("").trim(),
            cp.unwrap_or("").trim(),
        );
        let slot = *slot_of.entry(key).or_insert_with(|| {
            slots.push(Slot {
                key: (key.0.to_string(), key.1.to_string(), key.2.to_string()),
                positions: Vec::new(),
                rows: OnceLock::new(),
            });
            slots.len() - 1
        });
        slots[slot].positions.push(i as IdxSize);
    }
    Ok(slots)
}

#[cfg(test)]
mod tests {
    use crate::reference::{DataSource, Store};

    fn store(indexed: bool) -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        for f in ["manifest.toml", "trade.csv", "tourism.csv", "macro.csv"] {
            std::fs::copy(std::path::Path::new("data").join(f), dir.path().join(f)).unwrap();
        }
        let m = std::fs::read_to_string(dir.path().join("manifest.toml")).unwrap();
        let m = m.replace(
            "file = \"trade.csv\"\n",
            &format!("file = \"trade.csv\"\nindexed = {indexed}\n"),
        );
        std::fs::write(dir.path().join("manifest.toml"), m).unwrap();
        let s = Store::load(DataSource::Dir(dir.path().to_path_buf())).unwrap();
        (dir, s)
    }

    #[test]
    fn indexed_store_holds_a_frame_not_rows_and_answers_like_rows() {
        let (_a, rows) = store(false);
        let (_b, indexed) = store(true);
        let trade = |s: &Store| {
            s.datasets
                .iter()
                .position(|d| d.spec.name == "trade")
                .unwrap()
        };
        let (ri, ii) = (trade(&rows), trade(&indexed));
        assert!(rows.datasets[ri].indexed.is_none());
        assert!(indexed.datasets[ii].indexed.is_some());
        assert!(indexed.datasets[ii].rows.is_empty());
        assert_eq!(
            rows.datasets[ri].row_count(),
            indexed.datasets[ii].row_count()
        );
        for (m, c) in [("export", "RUS"), ("import", "WLD"), ("export", "EU")] {
            let a: Vec<(usize, f64)> = rows
                .series(m, "GEO", Some(c))
                .iter()
                .map(|r| (r.line, r.value))
                .collect();
            let mut b: Vec<(usize, f64)> = indexed
                .series(m, "GEO", Some(c))
                .iter()
                .map(|r| (r.line, r.value))
                .collect();
            b.sort_by_key(|x| x.0);
            assert!(!a.is_empty(), "{m} {c}");
            assert_eq!(a, b, "{m} {c}");
        }
        assert_eq!(
            rows.counterparts("export", "GEO"),
            indexed.counterparts("export", "GEO")
        );
    }
}
