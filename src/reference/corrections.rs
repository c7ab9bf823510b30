//! Correction files: a reviewer's list of rows to REPLACE, ADD, RELABEL or DROP, each with
//! the `file:line` it concerns and a reason (shared/reference-data/corrections.csv is the
//! model). Applied the way imports are: checked whole first, then every changed file is
//! written to a temporary copy, synced and renamed into place under the data directory's
//! lock, the old file kept as `<file>.bak`. Untouched rows keep their bytes; a changed row
//! keeps the reason in its note.

use super::import::{ImportError, lock_dir};
use super::manifest::{DatasetSpec, Manifest};
use super::validate::Problem;
use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The row at `file:line` is wrong: the correction's row stands in its place. A
    /// correction whose reason calls it a revision keeps the old row as an earlier vintage.
    Replace,
    /// A row the data lacks (or a vintage).
    Add,
    /// The row at `file:line` is filed under the wrong measure.
    Relabel,
    /// The row at `file:line` matches no publication.
    Drop,
}

impl Action {
    fn word(self) -> &'static str {
        match self {
            Action::Replace => "REPLACE",
            Action::Add => "ADD",
            Action::Relabel => "RELABEL",
            Action::Drop => "DROP",
        }
    }
}

/// One line of a correction file.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Correction {
    #[serde(skip)]
    pub line: usize,
    pub dataset: String,
    pub subject: String,
    #[serde(default)]
    pub counterpart: String,
    pub measure: String,
    pub period_start: String,
    pub period_end: String,
    pub value: String,
    pub unit: String,
    pub qualifier: String,
    pub status: String,
    #[serde(default)]
    pub published: String,
    #[serde(default)]
    pub source_url: String,
    #[serde(default)]
    pub note: String,
    pub reason: String,
}

impl Correction {
    pub fn action(&self) -> Option<Action> {
        let first = self
            .reason
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()?;
        Some(match first {
            "REPLACE" => Action::Replace,
            "ADD" => Action::Add,
            "RELABEL" => Action::Relabel,
            "DROP" => Action::Drop,
            _ => return None,
        })
    }

    /// The `file.csv:line` the reason names, if any.
    pub fn target(&self) -> Option<(String, usize)> {
        self.reason.split_whitespace().find_map(|w| {
            let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric() && c != '.' && c != ':');
            let (file, line) = w.split_once(".csv:")?;
            let line: usize = line
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse()
                .ok()?;
            Some((format!("{file}.csv"), line))
        })
    }

    /// A revision keeps the row it revises; an error replaces it.
    fn is_revision(&self) -> bool {
        let r = self.reason.to_ascii_lowercase();
        r.contains("revision") && !r.contains("not a revision")
    }
}

/// Reads a correction file, each problem with its line.
pub fn read(path: &Path) -> Result<Vec<Correction>, ImportError> {
    let name = path.display().to_string();
    let bytes =
        fs::read(path).map_err(|e| ImportError::Other(format!("{name}: cannot read: {e}")))?;
    let text = crate::input::decode(&name, bytes).map_err(|e| ImportError::Other(e.to_string()))?;
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ImportError::Other(format!("{name}: {e}")))?
        .clone();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut rec = csv::StringRecord::new();
    let mut next_line = 2 + headers
        .iter()
        .map(|f| f.matches('\n').count())
        .sum::<usize>();
    loop {
        if !reader
            .read_record(&mut rec)
            .map_err(|e| ImportError::Other(format!("{name}: {e}")))?
        {
            break;
        }
        // The record's first line (the header is line 1), counted over the records read:
        // the reader's own position was found one line short on the shared corrections.
        let line = next_line;
        next_line += 1 + rec.iter().map(|f| f.matches('\n').count()).sum::<usize>();
        match rec.deserialize::<Correction>(Some(&headers)) {
            Ok(mut c) => {
                c.line = line;
                match (c.action(), c.target()) {
                    (None, _) => problems.push(problem(
                        &name,
                        line,
                        "reason",
                        "the reason must start with REPLACE, ADD, RELABEL or DROP",
                    )),
                    (Some(Action::Replace | Action::Relabel | Action::Drop), None) => problems
                        .push(problem(
                            &name,
                            line,
                            "reason",
                            "REPLACE, RELABEL and DROP name the row they concern as file.csv:line",
                        )),
                    _ => out.push(c),
                }
            }
            Err(e) => problems.push(problem(&name, line, "", &e.to_string())),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

fn problem(file: &str, line: usize, column: &str, message: &str) -> Problem {
    Problem {
        file: file.into(),
        line,
        column: (!column.is_empty()).then(|| column.to_string()),
        message: message.into(),
    }
}

/// One dataset file as records with their bytes, so untouched rows are written back as
/// they were.
struct Table {
    path: PathBuf,
    header: Vec<String>,
    /// The header line's bytes.
    head: Vec<u8>,
    /// (line, record, the record's bytes).
    rows: Vec<(usize, Vec<String>, Vec<u8>)>,
}

fn read_table(path: &Path) -> Result<Table, ImportError> {
    let name = path.display().to_string();
    let bytes =
        fs::read(path).map_err(|e| ImportError::Other(format!("{name}: cannot read: {e}")))?;
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes.as_slice());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Other(format!("{name}: {e}")))?
        .iter()
        .map(str::to_string)
        .collect();
    let mut starts = Vec::new();
    let mut records = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| ImportError::Other(format!("{name}: {e}")))?;
        let pos = rec.position().expect("records have positions");
        starts.push(pos.byte() as usize);
        records.push((
            pos.line() as usize,
            rec.iter().map(str::to_string).collect(),
        ));
    }
    let head_end = starts.first().copied().unwrap_or(bytes.len());
    let mut rows = Vec::new();
    for (k, (line, rec)) in records.into_iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(bytes.len());
        let mut raw = bytes[starts[k]..end].to_vec();
        if !raw.ends_with(b"\n") {
            raw.push(b'\n');
        }
        rows.push((line, rec, raw));
    }
    Ok(Table {
        path: path.to_path_buf(),
        header,
        head: bytes[..head_end].to_vec(),
        rows,
    })
}

/// What one correction does, in words for the dry run.
#[derive(Debug, Clone)]
pub struct Step {
    pub line: usize,
    pub action: &'static str,
    pub what: String,
}

/// The corrections checked against the data: the new content of each file that changes.
pub struct Plan {
    pub steps: Vec<Step>,
    files: Vec<(PathBuf, Vec<u8>)>,
}

impl Plan {
    pub fn files(&self) -> impl Iterator<Item = &Path> {
        self.files.iter().map(|(p, _)| p.as_path())
    }
}

fn spec_for<'a>(m: &'a Manifest, name: &str) -> Option<&'a DatasetSpec> {
    m.datasets.iter().find(|d| d.name == name)
}

/// The record a correction describes, in the dataset's column order, its note carrying
/// the reason.
fn record_of(
    spec: &DatasetSpec,
    header: &[String],
    c: &Correction,
    kept_note: &str,
) -> Vec<String> {
    let note = {
        let base = if c.note.is_empty() {
            kept_note
        } else {
            c.note.as_str()
        };
        let sep = if base.is_empty() { "" } else { " | " };
        format!("{base}{sep}correction: {}", c.reason)
    };
    use super::import::Column;
    super::import::record_with(spec, header, |col| match col {
        Column::Subject => c.subject.clone(),
        Column::Counterpart => c.counterpart.clone(),
        Column::Measure => c.measure.clone(),
        Column::PeriodStart => c.period_start.clone(),
        Column::PeriodEnd => c.period_end.clone(),
        Column::Value => c.value.clone(),
        Column::Unit => c.unit.clone(),
        Column::Qualifier => c.qualifier.clone(),
        Column::Status => c.status.clone(),
        Column::Published => c.published.clone(),
        Column::SourceUrl => c.source_url.clone(),
        Column::Note => note.clone(),
        Column::Other => String::new(),
    })
}

fn csv_line(fields: &[String]) -> Result<Vec<u8>, ImportError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(fields)
        .map_err(|e| ImportError::Other(e.to_string()))?;
    w.into_inner()
        .map_err(|e| ImportError::Other(e.to_string()))
}

/// Does the row at the target describe the same figure the correction concerns? Key and
/// period must agree (a RELABEL's measure aside); a DROP or RELABEL must also agree on
/// the value, so a shifted file is refused rather than the wrong row changed.
fn check_target(
    spec: &DatasetSpec,
    header: &[String],
    row: &[String],
    c: &Correction,
    action: Action,
) -> Result<(), String> {
    let col = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .map(|i| row[i].as_str())
    };
    let mut want = vec![
        (spec.subject.as_str(), c.subject.as_str()),
        (spec.columns.period_start.as_str(), c.period_start.as_str()),
        (spec.columns.period_end.as_str(), c.period_end.as_str()),
    ];
    if let Some(cp) = &spec.counterpart {
        want.push((cp.as_str(), c.counterpart.as_str()));
    }
    if action != Action::Relabel {
        want.push((spec.measure.as_str(), c.measure.as_str()));
    }
    if matches!(action, Action::Relabel | Action::Drop) {
        let same = match (
            col(&spec.columns.value).and_then(|v| v.parse::<f64>().ok()),
            c.value.parse::<f64>().ok(),
        ) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * b.abs().max(1.0),
            _ => false,
        };
        if !same {
            return Err(format!(
                "its {} is {}, the correction says {}",
                spec.columns.value,
                col(&spec.columns.value).unwrap_or("?"),
                c.value
            ));
        }
    }
    for (name, expected) in want {
        let got = col(name).unwrap_or("");
        if got != expected {
            return Err(format!(
                "its {name} is '{got}', the correction says '{expected}'"
            ));
        }
    }
    Ok(())
}

/// Checks every correction against the data in `dir` and computes the files it changes.
/// Nothing is written.
pub fn plan(
    dir: &Path,
    manifest: &Manifest,
    file: &str,
    corrections: &[Correction],
) -> Result<Plan, ImportError> {
    let mut tables: BTreeMap<String, Table> = BTreeMap::new();
    let mut changes = Changes {
        file,
        ..Changes::default()
    };
    for c in corrections {
        let Some(spec) = spec_for(manifest, &c.dataset) else {
            changes.problem(
                c,
                "dataset",
                format!("no dataset '{}' in the manifest", c.dataset),
            );
            continue;
        };
        if !tables.contains_key(&spec.name) {
            tables.insert(spec.name.clone(), read_table(&dir.join(&spec.file))?);
        }
        changes.plan_one(spec, &tables[&spec.name], c)?;
    }
    if !changes.problems.is_empty() {
        return Err(ImportError::Invalid(changes.problems));
    }
    let files = tables
        .iter()
        .filter_map(|(name, table)| changes.rewritten(name, table))
        .collect();
    Ok(Plan {
        steps: changes.steps,
        files,
    })
}

/// What the corrections do to the data, gathered before anything is written.
#[derive(Default)]
struct Changes<'f> {
    /// The corrections file, for problems.
    file: &'f str,
    /// Per dataset: line → replacement (None drops the row).
    edits: HashMap<String, BTreeMap<usize, Option<Vec<u8>>>>,
    /// Per dataset: rows to append.
    appends: HashMap<String, Vec<Vec<u8>>>,
    steps: Vec<Step>,
    problems: Vec<Problem>,
}

/// A correction's row as the dataset's CSV writes it.
fn record(
    spec: &DatasetSpec,
    table: &Table,
    c: &Correction,
    kept_note: &str,
) -> Result<Vec<u8>, ImportError> {
    csv_line(&record_of(spec, &table.header, c, kept_note))
}

impl Changes<'_> {
    fn problem(&mut self, c: &Correction, column: &str, message: String) {
        self.problems
            .push(problem(self.file, c.line, column, &message));
    }

    fn append(&mut self, spec: &DatasetSpec, row: Vec<u8>) {
        self.appends.entry(spec.name.clone()).or_default().push(row);
    }

    fn plan_one(
        &mut self,
        spec: &DatasetSpec,
        table: &Table,
        c: &Correction,
    ) -> Result<(), ImportError> {
        let action = c
            .action()
            .expect("read() keeps only corrections with an action");
        let what = format!(
            "{} {} {} {}..{} = {}",
            c.subject, c.counterpart, c.measure, c.period_start, c.period_end, c.value
        );
        match c.target().filter(|_| action != Action::Add) {
            None => {
                self.append(spec, record(spec, table, c, "")?);
                self.steps.push(Step {
                    line: c.line,
                    action: action.word(),
                    what: format!("{}: add {what}", spec.file),
                });
                Ok(())
            }
            Some((tfile, tline)) => {
                let Some(row) = self.target_row(spec, table, c, action, &tfile, tline) else {
                    return Ok(());
                };
                self.edit(spec, table, c, action, row, (&tfile, tline), &what)
            }
        }
    }

    /// The row a correction names ("trade.csv:412"), checked: in the dataset's file, a row
    /// of it, the row the correction concerns, not corrected twice. A problem otherwise.
    fn target_row<'t>(
        &mut self,
        spec: &DatasetSpec,
        table: &'t Table,
        c: &Correction,
        action: Action,
        tfile: &str,
        tline: usize,
    ) -> Option<&'t [String]> {
        if tfile != spec.file {
            let msg = format!(
                "{tfile} is not the file of dataset '{}' ({})",
                spec.name, spec.file
            );
            self.problem(c, "reason", msg);
            return None;
        }
        let Some((_, row, _)) = table.rows.iter().find(|(l, _, _)| *l == tline) else {
            self.problem(
                c,
                "reason",
                format!("{tfile}:{tline} is no row of the file"),
            );
            return None;
        };
        if let Err(e) = check_target(spec, &table.header, row, c, action) {
            let msg = format!("{tfile}:{tline} is not the row this correction concerns: {e}");
            self.problem(c, "reason", msg);
            return None;
        }
        let twice = self
            .edits
            .get(&spec.name)
            .is_some_and(|e| e.contains_key(&tline));
        if twice {
            self.problem(c, "reason", format!("{tfile}:{tline} is corrected twice"));
            return None;
        }
        Some(row)
    }

    #[allow(clippy::too_many_arguments)]
    fn edit(
        &mut self,
        spec: &DatasetSpec,
        table: &Table,
        c: &Correction,
        action: Action,
        row: &[String],
        (tfile, tline): (&str, usize),
        what: &str,
    ) -> Result<(), ImportError> {
        let note_i = table.header.iter().position(|h| h == &spec.columns.note);
        let kept_note = note_i.map_or("", |i| row[i].as_str());
        let (change, words) = match action {
            Action::Drop => (None, "drop"),
            Action::Replace if c.is_revision() => {
                // The revised row stays as the earlier vintage, marked so: a row with no
                // publication date must not outrank its revision.
                self.append(spec, record(spec, table, c, "")?);
                let mut old = row.to_vec();
                if let Some(i) = table.header.iter().position(|h| h == &spec.columns.status) {
                    old[i] = "preliminary".into();
                }
                if let Some(i) = note_i {
                    let sep = if old[i].is_empty() { "" } else { " | " };
                    old[i] = format!("{}{sep}superseded by {}:{}", old[i], self.file, c.line);
                }
                self.edits
                    .entry(spec.name.clone())
                    .or_default()
                    .insert(tline, Some(csv_line(&old)?));
                self.steps.push(Step {
                    line: c.line,
                    action: "REPLACE",
                    what: format!(
                        "{tfile}:{tline}: keep as an earlier (preliminary) vintage; add {what}"
                    ),
                });
                return Ok(());
            }
            Action::Replace => (Some(record(spec, table, c, kept_note)?), "replace with"),
            Action::Relabel => (Some(record(spec, table, c, kept_note)?), "relabel as"),
            Action::Add => unreachable!("an ADD has no target"),
        };
        self.edits
            .entry(spec.name.clone())
            .or_default()
            .insert(tline, change);
        self.steps.push(Step {
            line: c.line,
            action: action.word(),
            what: format!("{tfile}:{tline}: {words} {what}"),
        });
        Ok(())
    }

    /// A dataset's file with its edits and appends, or None when nothing changes it.
    fn rewritten(&self, name: &str, table: &Table) -> Option<(PathBuf, Vec<u8>)> {
        let none = BTreeMap::new();
        let ed = self.edits.get(name).unwrap_or(&none);
        let add = self.appends.get(name).map(Vec::as_slice).unwrap_or(&[]);
        if ed.is_empty() && add.is_empty() {
            return None;
        }
        let mut out = table.head.clone();
        for (line, _, raw) in &table.rows {
            match ed.get(line) {
                None => out.extend_from_slice(raw),
                Some(Some(new)) => out.extend_from_slice(new),
                Some(None) => {}
            }
        }
        for r in add {
            out.extend_from_slice(r);
        }
        Some((table.path.clone(), out))
    }
}

/// Writes every changed file: temporary copy in the same directory, fsync, `.bak` of the
/// old file, rename. A failure before the renames leaves every file as it was.
pub fn apply(dir: &Path, plan: &Plan) -> Result<(), ImportError> {
    let _lock = lock_dir(dir)?;
    crate::staging::remove_stale(dir);
    crate::staging::track(dir);
    let mut staged = Vec::new();
    for (path, bytes) in &plan.files {
        let mut tmp = tempfile::Builder::new()
            .prefix(&crate::staging::prefix("corrections"))
            .tempfile_in(dir)
            .map_err(|e| ImportError::Other(format!("{}: {e}", dir.display())))?;
        super::import::keep_mode(path, tmp.as_file())?;

        let io = |e: std::io::Error| {
            ImportError::Other(format!("{}: cannot write: {e}", path.display()))
        };
        tmp.as_file_mut().write_all(bytes).map_err(io)?;
        tmp.as_file_mut().sync_all().map_err(io)?;
        staged.push((path, tmp));
    }
    for (path, tmp) in staged {
        super::import::replace_with_backup(path, tmp)?;
    }
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(reason: &str) -> Correction {
        Correction {
            line: 2,
            dataset: "tourism".into(),
            subject: "GEO".into(),
            counterpart: "RUS".into(),
            measure: "border_entries".into(),
            period_start: "2019-07".into(),
            period_end: "2019-07".into(),
            value: "217454".into(),
            unit: "trips".into(),
            qualifier: "exact".into(),
            status: "final".into(),
            published: String::new(),
            source_url: String::new(),
            note: String::new(),
            reason: reason.into(),
        }
    }

    #[test]
    fn reasons_name_the_action_and_the_row() {
        let r = c("RELABEL tourism.csv:211 international_traveler_trips -> border_entries.");
        assert_eq!(r.action(), Some(Action::Relabel));
        assert_eq!(r.target(), Some(("tourism.csv".into(), 211)));
        let r = c("REPLACE macro.csv:52 (5.1 is the preliminary figure). Revision.");
        assert!(r.is_revision());
        let r = c("REPLACE tourism.csv:360 (...). Error of label/series, not a revision: ...");
        assert!(!r.is_revision());
        assert_eq!(c("ADD: no 2022 total").action(), Some(Action::Add));
        assert_eq!(c("ADD: no 2022 total").target(), None);
        assert_eq!(c("FIX it").action(), None);
    }
}

#[cfg(test)]
mod line_tests {
    #[test]
    fn correction_lines_count_the_header() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("c.csv");
        std::fs::write(&p, "dataset,subject,counterpart,measure,period_start,period_end,value,unit,qualifier,status,published,source_url,note,reason\ntrade,GEO,WLD,import,2019-01,2019-12,1,USD,exact,final,,,,ADD: x\n").unwrap();
        let cs = super::read(&p).unwrap();
        assert_eq!(cs[0].line, 2);
        // A longer file, as the shared corrections are: the reader's own count ran one short.
        let long = format!("{}\n", "x".repeat(70_000));
        std::fs::write(&p, format!("dataset,subject,counterpart,measure,period_start,period_end,value,unit,qualifier,status,published,source_url,note,reason\ntrade,GEO,WLD,import,2019-01,2019-12,1,USD,exact,final,,,\"{long}\",ADD: x\ntrade,GEO,WLD,import,2019-01,2019-12,1,USD,exact,final,,,,ADD: y\n")).unwrap();
        let cs = super::read(&p).unwrap();
        assert_eq!(cs[1].line, 4);
        let real = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/reference-data/corrections.csv");
        if real.exists() {
            let cs = super::read(&real).unwrap();
            assert_eq!(cs[0].line, 2);
        }
    }
}
