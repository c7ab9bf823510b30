//! Adding and revising rows: read a CSV in the dataset's own layout or a wide table
//! (one row per partner, one column per period), compare with what the dataset holds,
//! validate the result, and write it atomically under a lock, keeping earlier vintages.

use super::manifest::{DatasetSpec, Manifest, MeasureSpec};
use super::store::{DataSource, Row, load_manifest, parse_rows};
use super::validate::Problem;
use crate::calendar::{Period, YearMonth};
use crate::extract::period::find_periods;
use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// How to read a wide table: which column holds the partners, what the cells measure.
#[derive(Debug, Clone)]
pub struct WideMapping {
    pub key_column: Option<String>,
    pub measure: String,
    pub subject: Option<String>,
    pub unit: Option<String>,
    /// Cells are multiplied by this ("USD million" tables: 1000000).
    pub scale: f64,
    pub qualifier: String,
    pub status: String,
    pub source_url: String,
}

#[derive(Debug, Clone)]
pub struct ImportRequest {
    pub file: PathBuf,
    pub dataset: String,
    pub wide: Option<WideMapping>,
    /// Publication date given to incoming rows that have none (default: today).
    pub published: String,
}

#[derive(Debug, Clone)]
pub struct Revision {
    pub old: Row,
    pub new: Row,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub added: Vec<Row>,
    pub revised: Vec<Revision>,
    pub unchanged: usize,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.revised.is_empty()
    }

    fn incoming(&self) -> impl Iterator<Item = &Row> {
        self.added.iter().chain(self.revised.iter().map(|r| &r.new))
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Data(#[from] super::store::DataError),
    #[error("{}", .0.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Problem>),
    #[error("{0}")]
    Other(String),
}

pub(crate) fn dir_of(source: &DataSource) -> Result<PathBuf, ImportError> {
    match source {
        DataSource::Dir(p) => Ok(p.clone()),
        DataSource::Bundled => Err(ImportError::Other(
            "the bundled data is read-only; import into a data directory (--data DIR or CLAIMCHECK_DATA)".into(),
        )),
    }
}

fn spec_of<'a>(manifest: &'a Manifest, name: &str) -> Result<&'a DatasetSpec, ImportError> {
    manifest
        .datasets
        .iter()
        .find(|d| d.name == name)
        .ok_or_else(|| {
            let names: Vec<&str> = manifest.datasets.iter().map(|d| d.name.as_str()).collect();
            ImportError::Other(format!(
                "no dataset '{name}' in the manifest (datasets: {})",
                names.join(", ")
            ))
        })
}

/// Reads the incoming file into rows of the dataset.
fn incoming_rows(
    manifest: &Manifest,
    spec: &DatasetSpec,
    req: &ImportRequest,
) -> Result<Vec<Row>, ImportError> {
    let path = req.file.display().to_string();
    let bytes =
        fs::read(&req.file).map_err(|e| ImportError::Other(format!("{path}: cannot read: {e}")))?;
    let mut rows = match &req.wide {
        None => {
            let (rows, problems) =
                parse_rows(spec, &path, bytes).map_err(|p| ImportError::Invalid(vec![p]))?;
            if !problems.is_empty() {
                return Err(ImportError::Invalid(problems));
            }
            rows
        }
        Some(map) => wide_rows(manifest, spec, &path, &bytes, map)?,
    };
    for r in &mut rows {
        if r.published.is_none() {
            r.published = Some(req.published.clone());
        }
        r.dataset = spec.name.clone();
    }
    Ok(rows)
}

/// A period from a wide table's column header: "2024", "2024-03", "2024-01..2024-08",
/// "Jan-Aug 2024", "Q1 2024", "H1 2024", "9 months 2024".
pub fn header_period(h: &str) -> Option<Period> {
    let h = h.trim();
    if let Some((a, b)) = h.split_once("..").or_else(|| h.split_once('/')) {
        let (a, b) = (YearMonth::parse(a)?, YearMonth::parse(b)?);
        return (a <= b).then_some(Period { start: a, end: b });
    }
    if let Some(m) = YearMonth::parse(h) {
        return Some(Period { start: m, end: m });
    }
    let found = find_periods(h);
    match found.as_slice() {
        [one] if one.start == 0 && one.end == h.len() => one.resolve(None),
        _ => None,
    }
}

fn parse_cell(s: &str) -> Option<Result<f64, ()>> {
    let t = s.trim();
    if t.is_empty() || matches!(t, "-" | "–" | "—" | ".." | "..." | "n/a" | "NA" | "x") {
        return None;
    }
    // Commas only as thousands separators (groups of exactly three digits): "1,5" or
    // "1.234,5" would be read as 15 or 1.2345, so they are refused rather than guessed.
    let int_part = t.split('.').next().unwrap_or("");
    let groups: Vec<&str> = int_part.split(',').collect();
    let comma_after_dot = matches!((t.find('.'), t.rfind(',')), (Some(d), Some(c)) if c > d);
    let thousands = !comma_after_dot
        && (groups.len() == 1
            || (groups[1..].iter().all(|g| g.len() == 3)
                && !groups[0].is_empty()
                && groups[0].len() <= 3));
    if !thousands {
        return Some(Err(()));
    }
    let cleaned: String = t
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ',' && *c != '\u{a0}')
        .collect();
    Some(
        cleaned
            .parse::<f64>()
            .map_err(|_| ())
            .and_then(|v| if v.is_finite() { Ok(v) } else { Err(()) }),
    )
}

fn code_for(name: &str, manifest: &Manifest) -> Option<String> {
    let t = name.trim();
    if manifest.is_group(t) || t == manifest.total || keshvar::Alpha3::try_from(t).is_ok() {
        return Some(t.to_string());
    }
    if matches!(
        t.to_ascii_lowercase().as_str(),
        "total" | "world" | "all countries" | "all partners"
    ) {
        return Some(manifest.total.clone());
    }
    if let Some(g) = manifest
        .groups
        .iter()
        .find(|g| g.names().iter().any(|n| n.eq_ignore_ascii_case(t)))
    {
        return Some(g.code().to_string());
    }
    let found = crate::extract::entity::find_entities(t);
    match found.as_slice() {
        [one] => Some(one.code.clone()),
        _ => None,
    }
}

pub fn wide_rows(
    manifest: &Manifest,
    spec: &DatasetSpec,
    path: &str,
    bytes: &[u8],
    map: &WideMapping,
) -> Result<Vec<Row>, ImportError> {
    let text = crate::input::decode(path, bytes.to_vec())
        .map_err(|e| ImportError::Other(e.to_string()))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| ImportError::Other(format!("{path}: {e}")))?
        .iter()
        .map(str::to_string)
        .collect();
    let key_idx = match &map.key_column {
        Some(k) => header.iter().position(|h| h == k).ok_or_else(|| {
            ImportError::Invalid(vec![Problem {
                file: path.into(),
                line: 1,
                column: Some(k.clone()),
                message: "key column missing from the header".into(),
            }])
        })?,
        None => 0,
    };
    let Some(measure) = spec.measures.iter().find(|m| m.name == map.measure) else {
        return Err(ImportError::Other(format!(
            "measure '{}' is not declared for dataset '{}'",
            map.measure, spec.name
        )));
    };
    let (periods, mut problems) = period_columns(path, &header, key_idx);
    let wide = WideTable {
        manifest,
        spec,
        path,
        header: &header,
        key_idx,
        periods: &periods,
        map,
        measure,
    };
    let mut rows = Vec::new();
    for rec in reader.records() {
        let rec = rec.map_err(|e| ImportError::Other(format!("{path}: {e}")))?;
        wide.read_record(&rec, &mut rows, &mut problems)?;
    }
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    Ok(rows)
}

/// The header's period columns (every column but the key), and a problem for each header
/// that is no period, or for a header with none.
fn period_columns(
    path: &str,
    header: &[String],
    key_idx: usize,
) -> (Vec<(usize, Period)>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut periods = Vec::new();
    for (i, h) in header.iter().enumerate() {
        if i == key_idx {
            continue;
        }
        match header_period(h) {
            Some(p) => periods.push((i, p)),
            None => problems.push(Problem {
                file: path.into(),
                line: 1,
                column: Some(h.clone()),
                message:
                    "not a period (use 2024, 2024-03, 2024-01..2024-08, Q1 2024, Jan-Aug 2024)"
                        .into(),
            }),
        }
    }
    if periods.is_empty() && problems.is_empty() {
        let semicolons = if header.iter().any(|h| h.contains(';')) {
            " (it is separated by ';': use commas)"
        } else {
            ""
        };
        problems.push(Problem {
            file: path.into(),
            line: 1,
            column: None,
            message: format!("no period columns in the header{semicolons}"),
        });
    }
    (periods, problems)
}

/// A wide table as the import reads it: one row per partner, one column per period.
struct WideTable<'a> {
    manifest: &'a Manifest,
    spec: &'a DatasetSpec,
    path: &'a str,
    header: &'a [String],
    key_idx: usize,
    periods: &'a [(usize, Period)],
    map: &'a WideMapping,
    measure: &'a MeasureSpec,
}

impl WideTable<'_> {
    fn problem(&self, line: usize, column: Option<usize>, message: String) -> Problem {
        Problem {
            file: self.path.into(),
            line,
            column: column.map(|i| self.header[i].clone()),
            message,
        }
    }

    /// One partner's record: a row for each period cell that holds a number.
    fn read_record(
        &self,
        rec: &csv::StringRecord,
        rows: &mut Vec<Row>,
        problems: &mut Vec<Problem>,
    ) -> Result<(), ImportError> {
        let line = rec.position().map(|p| p.line() as usize).unwrap_or(0);
        if rec.len() > self.header.len() {
            problems.push(self.problem(
                line,
                None,
                format!(
                    "{} cells but the header has {} columns (an unquoted decimal comma?)",
                    rec.len(),
                    self.header.len()
                ),
            ));
            return Ok(());
        }
        let name = rec.get(self.key_idx).unwrap_or("");
        let Some(code) = code_for(name, self.manifest) else {
            problems.push(self.problem(
                line,
                Some(self.key_idx),
                format!("'{name}' is not a country, code or declared group"),
            ));
            return Ok(());
        };
        for &(i, p) in self.periods {
            let cell = rec.get(i).unwrap_or("");
            match parse_cell(cell) {
                None => {}
                Some(Err(())) => problems.push(self.problem(
                    line,
                    Some(i),
                    format!(
                        "'{cell}' is not a number this importer reads unambiguously (use 1234.5 or 1,234.5)"
                    ),
                )),
                Some(Ok(v)) if !(v * self.map.scale).is_finite() => problems.push(self.problem(
                    line,
                    Some(i),
                    format!(
                        "'{cell}' times the scale {} is no finite number",
                        self.map.scale
                    ),
                )),
                Some(Ok(v)) => rows.push(self.row(line, &code, p, v * self.map.scale)?),
            }
        }
        Ok(())
    }

    fn row(&self, line: usize, code: &str, p: Period, value: f64) -> Result<Row, ImportError> {
        let (map, spec, measure) = (self.map, self.spec, self.measure);
        let qualifier = super::store::Qualifier::parse(&map.qualifier).ok_or_else(|| {
            ImportError::Other(format!(
                "qualifier '{}' is not one of exact, approx, lower_bound, upper_bound",
                map.qualifier
            ))
        })?;
        Ok(Row {
            dataset: spec.name.clone(),
            line,
            subject: map
                .subject
                .clone()
                .unwrap_or_else(|| self.manifest.home.clone()),
            counterpart: spec.counterpart.as_ref().map(|_| code.to_string()),
            measure: measure.name.clone(),
            written_as: None,
            period_start: p.start,
            period_end: p.end,
            value,
            value_text: crate::numfmt::trim(value, 6),
            unit: map.unit.clone().unwrap_or_else(|| measure.unit.clone()),
            qualifier,
            status: map.status.clone(),
            published: None,
            source_url: map.source_url.clone(),
            note: String::new(),
        })
    }
}

fn key(r: &Row) -> (String, String, String, YearMonth, YearMonth) {
    (
        r.measure.clone(),
        r.subject.clone(),
        r.counterpart.clone().unwrap_or_default(),
        r.period_start,
        r.period_end,
    )
}

/// What importing `incoming` into `existing` changes.
pub fn diff(existing: &[Row], incoming: Vec<Row>) -> Plan {
    let mut by_key: HashMap<_, Vec<&Row>> = HashMap::new();
    for r in existing {
        by_key.entry(key(r)).or_default().push(r);
    }
    let mut plan = Plan::default();
    for r in incoming {
        match by_key.get(&key(&r)) {
            None => plan.added.push(r),
            Some(old)
                if old
                    .iter()
                    .any(|o| o.value == r.value && o.qualifier == r.qualifier) =>
            {
                plan.unchanged += 1
            }
            Some(old) => {
                // The row a check would have used until now.
                let latest = super::store::choose(old).expect("non-empty");
                plan.revised.push(Revision {
                    old: latest.clone(),
                    new: r,
                });
            }
        }
    }
    plan
}

pub struct Prepared {
    pub plan: Plan,
    pub dataset_path: PathBuf,
    pub spec: DatasetSpec,
}

/// Reads, diffs and validates; changes nothing.
pub fn prepare(source: &DataSource, req: &ImportRequest) -> Result<Prepared, ImportError> {
    let dir = dir_of(source)?;
    let manifest = load_manifest(source)?;
    let spec = spec_of(&manifest, &req.dataset)?.clone();
    let dataset_path = dir.join(&spec.file);
    let existing = if dataset_path.exists() {
        let bytes = source.read(&spec.file)?;
        let (rows, problems) = parse_rows(&spec, &dataset_path.display().to_string(), bytes)
            .map_err(|p| ImportError::Invalid(vec![p]))?;
        if !problems.is_empty() {
            return Err(ImportError::Invalid(problems));
        }
        rows
    } else {
        Vec::new()
    };
    let incoming = incoming_rows(&manifest, &spec, req)?;
    let plan = diff(&existing, incoming);
    // Validate what the dataset would become; report the problems of the incoming rows
    // (those of rows already there are `data validate`'s business).
    let existing_path = dataset_path.display().to_string();
    let incoming_path = req.file.display().to_string();
    let mut all: Vec<(&str, &Row)> = existing
        .iter()
        .map(|r| (existing_path.as_str(), r))
        .collect();
    all.extend(plan.incoming().map(|r| (incoming_path.as_str(), r)));
    let problems: Vec<Problem> = super::validate::check_rows_from(&manifest, &spec, &all)
        .into_iter()
        .filter(|p| p.file == incoming_path)
        .collect();
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    Ok(Prepared {
        plan,
        dataset_path,
        spec,
    })
}

fn header_of(path: &Path) -> Result<Vec<String>, ImportError> {
    let mut r = csv::Reader::from_path(path)
        .map_err(|e| ImportError::Other(format!("{}: {e}", path.display())))?;
    Ok(r.headers()
        .map_err(|e| ImportError::Other(format!("{}: {e}", path.display())))?
        .iter()
        .map(str::to_string)
        .collect())
}

/// What a column of a dataset file holds, by the manifest's names for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Column {
    Subject,
    Counterpart,
    Measure,
    PeriodStart,
    PeriodEnd,
    Value,
    Unit,
    Qualifier,
    Status,
    Published,
    SourceUrl,
    Note,
    Other,
}

pub(crate) fn column_of(spec: &DatasetSpec, name: &str) -> Column {
    let c = &spec.columns;
    match name {
        n if n == spec.subject => Column::Subject,
        n if Some(n) == spec.counterpart.as_deref() => Column::Counterpart,
        n if n == spec.measure => Column::Measure,
        n if n == c.period_start => Column::PeriodStart,
        n if n == c.period_end => Column::PeriodEnd,
        n if n == c.value => Column::Value,
        n if n == c.unit => Column::Unit,
        n if n == c.qualifier => Column::Qualifier,
        n if n == c.status => Column::Status,
        n if n == c.published => Column::Published,
        n if n == c.source_url => Column::SourceUrl,
        n if n == c.note => Column::Note,
        _ => Column::Other,
    }
}

/// A record in the file's column order, each cell as `cell` gives it for its column.
pub(crate) fn record_with(
    spec: &DatasetSpec,
    header: &[String],
    cell: impl Fn(Column) -> String,
) -> Vec<String> {
    header.iter().map(|h| cell(column_of(spec, h))).collect()
}

fn record(spec: &DatasetSpec, header: &[String], r: &Row) -> Vec<String> {
    record_with(spec, header, |col| match col {
        Column::Subject => r.subject.clone(),
        Column::Counterpart => r.counterpart.clone().unwrap_or_default(),
        Column::Measure => r.measure.clone(),
        Column::PeriodStart => r.period_start.to_string(),
        Column::PeriodEnd => r.period_end.to_string(),
        Column::Value => r.value_text.clone(),
        Column::Unit => r.unit.clone(),
        Column::Qualifier => r.qualifier_word().replace(' ', "_"),
        Column::Status => r.status.clone(),
        Column::Published => r.published.clone().unwrap_or_default(),
        Column::SourceUrl => r.source_url.clone(),
        Column::Note => r.note.clone(),
        Column::Other => String::new(),
    })
}

/// Keeps the file at `path` as `<file>.bak` (when there is one) and renames the synced
/// temporary file into its place.
pub(crate) fn replace_with_backup(
    path: &Path,
    tmp: tempfile::NamedTempFile,
) -> Result<(), ImportError> {
    if path.exists() {
        let backup = path.with_extension("csv.bak");
        fs::copy(path, &backup).map_err(|e| {
            ImportError::Other(format!("{}: cannot back up: {e}", backup.display()))
        })?;
    }
    tmp.persist(path).map_err(|e| {
        ImportError::Other(format!("{}: cannot replace: {}", path.display(), e.error))
    })?;
    Ok(())
}

/// The replacement of a dataset keeps the mode of the file it replaces, so users other than
/// the importer still read it (a temporary file starts at 0600). A new file gets 0666 less
/// the umask.
pub(crate) fn keep_mode(path: &Path, tmp: &File) -> Result<(), ImportError> {
    use std::os::unix::fs::PermissionsExt;
    let perms = match fs::metadata(path) {
        Ok(m) => m.permissions(),
        Err(_) => {
            // The umask applies at creation: a probe file tells it.
            let probe = tempfile::Builder::new()
                .permissions(fs::Permissions::from_mode(0o666))
                .tempfile_in(path.parent().unwrap_or(Path::new(".")))
                .map_err(|e| ImportError::Other(format!("{}: {e}", path.display())))?;
            probe
                .as_file()
                .metadata()
                .map_err(|e| ImportError::Other(e.to_string()))?
                .permissions()
        }
    };
    tmp.set_permissions(perms)
        .map_err(|e| ImportError::Other(format!("{}: cannot set the mode: {e}", path.display())))
}

/// Holds the data directory's lock until dropped; imports queue behind each other.
pub struct DirLock(#[allow(dead_code)] File);

pub fn lock_dir(dir: &Path) -> Result<DirLock, ImportError> {
    let path = dir.join(".claimcheck.lock");
    let f = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| ImportError::Other(format!("{}: cannot open lock: {e}", path.display())))?;
    f.lock()
        .map_err(|e| ImportError::Other(format!("{}: cannot lock: {e}", path.display())))?;
    Ok(DirLock(f))
}

/// Applies an import: under the directory lock, re-reads and re-diffs (another import may
/// have landed while we waited), appends the new vintages to a temporary copy, syncs it,
/// keeps the old file as `<file>.bak`, and renames the copy into place.
pub fn apply(source: &DataSource, req: &ImportRequest) -> Result<Plan, ImportError> {
    let dir = dir_of(source)?;
    let _lock = lock_dir(&dir)?;
    crate::staging::remove_stale(&dir);
    crate::staging::track(&dir);
    let prepared = prepare(source, req)?;
    if prepared.plan.is_empty() {
        return Ok(prepared.plan);
    }
    let path = &prepared.dataset_path;
    let old = if path.exists() {
        fs::read(path).map_err(|e| ImportError::Other(format!("{}: {e}", path.display())))?
    } else {
        Vec::new()
    };
    let header = if path.exists() {
        header_of(path)?
    } else {
        default_header(&prepared.spec)
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(&crate::staging::prefix("import"))
        .tempfile_in(&dir)
        .map_err(|e| ImportError::Other(format!("{}: {e}", dir.display())))?;
    keep_mode(path, tmp.as_file())?;

    {
        let f = tmp.as_file_mut();
        let io = |e: std::io::Error| {
            ImportError::Other(format!("{}: cannot write: {e}", path.display()))
        };
        if old.is_empty() {
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(&header)
                .map_err(|e| ImportError::Other(e.to_string()))?;
            f.write_all(
                &w.into_inner()
                    .map_err(|e| ImportError::Other(e.to_string()))?,
            )
            .map_err(io)?;
        } else {
            f.write_all(&old).map_err(io)?;
            if !old.ends_with(b"\n") {
                f.write_all(b"\n").map_err(io)?;
            }
        }
        let mut w = csv::WriterBuilder::new().from_writer(Vec::new());
        for r in prepared.plan.incoming() {
            w.write_record(record(&prepared.spec, &header, r))
                .map_err(|e| ImportError::Other(e.to_string()))?;
        }
        f.write_all(
            &w.into_inner()
                .map_err(|e| ImportError::Other(e.to_string()))?,
        )
        .map_err(io)?;
        f.sync_all().map_err(io)?;
    }
    replace_with_backup(path, tmp)?;
    if let Ok(d) = File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(prepared.plan)
}

fn default_header(spec: &DatasetSpec) -> Vec<String> {
    let c = &spec.columns;
    let mut h = vec![spec.subject.clone()];
    h.extend(spec.counterpart.clone());
    h.extend([
        spec.measure.clone(),
        c.period_start.clone(),
        c.period_end.clone(),
        c.value.clone(),
        c.unit.clone(),
        c.qualifier.clone(),
        c.status.clone(),
        c.published.clone(),
        c.source_url.clone(),
        c.note.clone(),
    ]);
    h
}

/// Today's date as YYYY-MM-DD (UTC), for rows imported without a publication date.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let days = (secs / 86_400) as i64;
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_headers_are_periods() {
        assert_eq!(header_period("2024"), Some(Period::year(2024)));
        assert_eq!(header_period("2024-03").unwrap().label(), "Mar 2024");
        assert_eq!(
            header_period("2024-01..2024-08").unwrap().label(),
            "Jan–Aug 2024"
        );
        assert_eq!(header_period("Q1 2025").unwrap().label(), "Jan–Mar 2025");
        assert_eq!(
            header_period("Jan-Aug 2024").unwrap().label(),
            "Jan–Aug 2024"
        );
        assert_eq!(header_period("Country"), None);
    }

    #[test]
    fn today_is_a_date() {
        assert!(crate::calendar::Date::parse(&today()).is_some());
    }
}
