//! Loads the datasets the manifest names (rows read with polars in `row`) into plain rows, indexed by
//! measure, subject and counterpart, and chooses among rows that share a key.

use super::indexed::{self, IndexedFrame, Key};
use super::manifest::{DatasetSpec, Manifest};
pub use super::row::{
    DataError, Qualifier, Row, SharedRow, choose, half_unit_of, parse_dataset, parse_rows,
    published_by,
};
use crate::calendar::{Period, YearMonth};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// Where the data comes from: a directory, or the copy built into the binary.
#[derive(Debug, Clone)]
pub enum DataSource {
    Dir(PathBuf),
    Bundled,
}

/// The data compiled in: every file of data/ at build time (see build.rs), as (name, text).
const BUNDLED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/bundled.rs"));

impl DataSource {
    /// `--data`, else `CLAIMCHECK_DATA`, else the repository's data/ if present, else the
    /// copy compiled in — so the binary works from any directory.
    pub fn resolve(explicit: Option<&Path>) -> DataSource {
        if let Some(p) = explicit {
            return DataSource::Dir(p.to_path_buf());
        }
        if let Some(p) = std::env::var_os("CLAIMCHECK_DATA").filter(|p| !p.is_empty()) {
            return DataSource::Dir(PathBuf::from(p));
        }
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        if repo.join("manifest.toml").is_file() {
            return DataSource::Dir(repo);
        }
        DataSource::Bundled
    }

    pub fn describe(&self) -> String {
        match self {
            DataSource::Dir(p) => p.display().to_string(),
            DataSource::Bundled => "bundled data".to_string(),
        }
    }

    pub fn display_path(&self, file: &str) -> String {
        match self {
            DataSource::Dir(p) => p.join(file).display().to_string(),
            DataSource::Bundled => format!("<bundled>/{file}"),
        }
    }

    /// The file's size, for files on disk.
    pub fn file_size(&self, file: &str) -> Option<u64> {
        match self {
            DataSource::Dir(p) => std::fs::metadata(p.join(file)).ok().map(|m| m.len()),
            DataSource::Bundled => None,
        }
    }

    pub fn read(&self, file: &str) -> Result<Vec<u8>, DataError> {
        match self {
            DataSource::Dir(p) => std::fs::read(p.join(file)).map_err(|e| DataError::File {
                file: p.join(file).display().to_string(),
                message: format!("cannot read: {e}"),
            }),
            DataSource::Bundled => BUNDLED
                .iter()
                .find(|(n, _)| *n == file)
                .map(|(_, t)| t.as_bytes().to_vec())
                .ok_or_else(|| DataError::File {
                    file: self.display_path(file),
                    message: "not in the bundled data".into(),
                }),
        }
    }
}

pub struct Dataset {
    pub spec: DatasetSpec,
    pub path: String,
    /// Every row, for datasets held as rows; empty when `indexed`.
    pub rows: Vec<SharedRow>,
    /// Large datasets: a sorted frame whose rows are built per key on demand.
    pub indexed: Option<IndexedFrame>,
}

impl Dataset {
    pub fn row_count(&self) -> usize {
        self.indexed
            .as_ref()
            .map_or(self.rows.len(), IndexedFrame::height)
    }

    /// Rows of one measure and/or counterpart (all when both are None).
    pub fn rows_where(&self, measure: Option<&str>, counterpart: Option<&str>) -> Vec<&Row> {
        let wanted = |m: &str, c: Option<&str>| {
            measure.is_none_or(|x| x == m) && counterpart.is_none_or(|x| Some(x) == c)
        };
        match &self.indexed {
            None => self
                .rows
                .iter()
                .filter(|r| wanted(&r.measure, r.counterpart.as_deref()))
                .map(|r| &**r)
                .collect(),
            Some(f) => (0..f.slots.len())
                .filter(|&i| {
                    let (m, _, c) = &f.slots[i].key;
                    wanted(m, Some(c.as_str()).filter(|c| !c.is_empty()))
                })
                .flat_map(|i| f.rows(&self.spec, &self.path, i))
                .map(|r| &**r)
                .collect(),
        }
    }
}

/// What `data list` shows of a dataset.
pub struct DatasetSummary {
    pub rows: usize,
    pub measures: BTreeSet<String>,
    pub counterparts: BTreeSet<String>,
    /// Distinct (start, end) periods.
    pub periods: BTreeSet<(YearMonth, YearMonth)>,
    pub vintages: BTreeSet<String>,
    pub sources: BTreeSet<String>,
}

impl Dataset {
    pub fn summary(&self) -> DatasetSummary {
        match &self.indexed {
            None => DatasetSummary {
                rows: self.rows.len(),
                measures: self.rows.iter().map(|r| r.measure.clone()).collect(),
                counterparts: self
                    .rows
                    .iter()
                    .filter_map(|r| r.counterpart.clone())
                    .collect(),
                periods: self
                    .rows
                    .iter()
                    .map(|r| (r.period_start, r.period_end))
                    .collect(),
                vintages: self
                    .rows
                    .iter()
                    .filter_map(|r| r.published.clone())
                    .collect(),
                sources: self.rows.iter().map(|r| r.source_url.clone()).collect(),
            },
            Some(f) => {
                let c = &self.spec.columns;
                DatasetSummary {
                    rows: f.height(),
                    measures: f.slots.iter().map(|s| s.key.0.clone()).collect(),
                    counterparts: f
                        .slots
                        .iter()
                        .map(|s| s.key.2.clone())
                        .filter(|c| !c.is_empty())
                        .collect(),
                    periods: f.periods(&self.spec).into_iter().collect(),
                    vintages: f
                        .distinct(&c.published)
                        .into_iter()
                        .filter(|v| !v.is_empty())
                        .collect(),
                    sources: f.distinct(&c.source_url).into_iter().collect(),
                }
            }
        }
    }
}

/// Where a key's rows live: a row of a dataset held as rows, or a slot of an indexed one.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Row(usize, usize),
    Slot(usize, usize),
}

/// Datasets from this size on are loaded as an indexed frame unless the manifest says
/// otherwise (`indexed = false`): building a struct per row would take gigabytes.
pub const INDEXED_FROM_BYTES: u64 = 64 * 1024 * 1024;

/// One dataset as `data list` shows it and the server's /api/datasets returns it.
#[derive(Debug, Clone, Serialize)]
pub struct DatasetListing {
    pub name: String,
    pub file: String,
    pub title: String,
    pub rows: usize,
    pub measures: Vec<String>,
    pub counterparts: Vec<String>,
    /// The earliest period's start and the latest period's end ("YYYY-MM").
    pub first: Option<String>,
    pub last: Option<String>,
    /// The first and last year the data holds whole.
    pub full_years: Option<(i32, i32)>,
    /// Publication dates of the rows, and the latest.
    pub vintages: usize,
    pub latest_vintage: Option<String>,
    pub sources: usize,
}

impl Dataset {
    pub fn listing(&self) -> DatasetListing {
        let sum = self.summary();
        let full: BTreeSet<i32> = sum
            .periods
            .iter()
            .filter(|&&(start, end)| Period { start, end }.is_full_year())
            .map(|(a, _)| a.year)
            .collect();
        DatasetListing {
            name: self.spec.name.clone(),
            file: self.spec.file.clone(),
            title: self.spec.title.clone(),
            rows: sum.rows,
            first: sum.periods.iter().map(|p| p.0).min().map(|p| p.to_string()),
            last: sum.periods.iter().map(|p| p.1).max().map(|p| p.to_string()),
            full_years: full.first().zip(full.last()).map(|(a, b)| (*a, *b)),
            vintages: sum.vintages.len(),
            latest_vintage: sum.vintages.last().cloned(),
            sources: sum.sources.len(),
            measures: sum.measures.into_iter().collect(),
            counterparts: sum.counterparts.into_iter().collect(),
        }
    }
}

/// All datasets loaded, with an index for lookups by key.
pub struct Store {
    pub manifest: Manifest,
    pub source: DataSource,
    pub datasets: Vec<Dataset>,
    index: HashMap<Key, Vec<Entry>>,
}

pub fn load_manifest(source: &DataSource) -> Result<Manifest, DataError> {
    let file = source.display_path("manifest.toml");
    let bytes = source.read("manifest.toml")?;
    let text = String::from_utf8(bytes).map_err(|e| DataError::Manifest {
        file: file.clone(),
        message: format!("not UTF-8: {e}"),
    })?;
    let manifest = Manifest::parse(&text).map_err(|e| DataError::Manifest {
        file: file.clone(),
        message: e.to_string().trim().to_string(),
    })?;
    if let Some(p) = manifest.problems().into_iter().next() {
        return Err(DataError::Manifest { file, message: p });
    }
    Ok(manifest)
}

impl Store {
    /// The manifest alone, with no dataset read: all that extraction asks of the data (its
    /// measure words, groups and home), at a fraction of a full load's cost.
    pub fn manifest_only(source: DataSource) -> Result<Store, DataError> {
        Ok(Store {
            manifest: load_manifest(&source)?,
            source,
            datasets: Vec::new(),
            index: HashMap::new(),
        })
    }

    pub fn load(source: DataSource) -> Result<Store, DataError> {
        let manifest = load_manifest(&source)?;
        let mut datasets = Vec::new();
        for spec in &manifest.datasets {
            let path = source.display_path(&spec.file);
            let large = source
                .file_size(&spec.file)
                .is_some_and(|n| n >= INDEXED_FROM_BYTES);
            let indexed = match (&source, spec.indexed.unwrap_or(large)) {
                (DataSource::Dir(dir), true) => {
                    Some(indexed::load(spec, &dir.join(&spec.file), &path)?)
                }
                _ => None,
            };
            let rows = match indexed {
                Some(_) => Vec::new(),
                None => parse_dataset(spec, &path, source.read(&spec.file)?)?
                    .into_iter()
                    .map(SharedRow::new)
                    .collect(),
            };
            datasets.push(Dataset {
                spec: spec.clone(),
                path,
                rows,
                indexed,
            });
        }
        let mut index: HashMap<Key, Vec<Entry>> = HashMap::new();
        for (di, d) in datasets.iter().enumerate() {
            for (ri, r) in d.rows.iter().enumerate() {
                let key = (
                    r.measure.clone(),
                    r.subject.clone(),
                    r.counterpart.clone().unwrap_or_default(),
                );
                index.entry(key).or_default().push(Entry::Row(di, ri));
            }
            if let Some(f) = &d.indexed {
                for (si, slot) in f.slots.iter().enumerate() {
                    index
                        .entry(slot.key.clone())
                        .or_default()
                        .push(Entry::Slot(di, si));
                }
            }
        }
        Ok(Store {
            manifest,
            source,
            datasets,
            index,
        })
    }

    /// Every row for a measure, subject and counterpart (any period, any vintage).
    pub fn series(
        &self,
        measure: &str,
        subject: &str,
        counterpart: Option<&str>,
    ) -> Vec<&SharedRow> {
        let key = (
            measure.to_string(),
            subject.to_string(),
            counterpart.unwrap_or("").to_string(),
        );
        let Some(entries) = self.index.get(&key) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in entries {
            match *e {
                Entry::Row(d, r) => out.push(&self.datasets[d].rows[r]),
                Entry::Slot(d, s) => {
                    let ds = &self.datasets[d];
                    if let Some(f) = &ds.indexed {
                        out.extend(f.rows(&ds.spec, &ds.path, s));
                    }
                }
            }
        }
        out
    }

    /// The row to judge by for one key and period, among vintages published by `as_of`:
    /// exact before bounds, then the latest published.
    pub fn best(
        &self,
        measure: &str,
        subject: &str,
        counterpart: Option<&str>,
        period: Period,
        as_of: Option<&str>,
    ) -> Option<&SharedRow> {
        let rows: Vec<&SharedRow> = self
            .series(measure, subject, counterpart)
            .into_iter()
            .filter(|r| r.period() == period)
            .filter(|r| published_by(r, as_of))
            .collect();
        choose(&rows)
    }

    /// Whether any dataset holds figures about this subject.
    pub fn series_exists_for_subject(&self, subject: &str) -> bool {
        self.index.keys().any(|(_, s, _)| s == subject)
    }

    /// Counterparts the data holds for a measure and subject.
    pub fn counterparts(&self, measure: &str, subject: &str) -> Vec<String> {
        let mut out: Vec<String> = self
            .index
            .keys()
            .filter(|(m, s, _)| m == measure && s == subject)
            .map(|(_, _, c)| c.clone())
            .collect();
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Store {
        Store::load(DataSource::Bundled).unwrap()
    }

    #[test]
    fn bundled_data_loads_every_row() {
        let s = bundled();
        let counts: Vec<usize> = s.datasets.iter().map(|d| d.rows.len()).collect();
        assert_eq!(counts, [1026, 484, 82]);
    }

    #[test]
    fn the_compiled_in_data_is_every_file_of_the_data_directory() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            if name.ends_with(".csv") || name == "manifest.toml" {
                let compiled = DataSource::Bundled.read(&name).unwrap();
                assert_eq!(compiled, std::fs::read(dir.join(&name)).unwrap(), "{name}");
            }
        }
    }

    #[test]
    fn exact_rows_win_over_bounds() {
        let s = bundled();
        let r = s
            .best(
                "international_traveler_trips",
                "GEO",
                Some("RUS"),
                Period::year(2024),
                None,
            )
            .unwrap();
        assert_eq!(r.value, 1_421_900.0);
    }

    #[test]
    fn as_of_hides_later_vintages() {
        let s = bundled();
        let r = s.best(
            "tourist_trips_share",
            "GEO",
            Some("RUS"),
            Period::year(2025),
            Some("2025-12-15"),
        );
        assert!(r.is_none());
        let r = s
            .best(
                "tourist_trips_share",
                "GEO",
                Some("RUS"),
                Period::year(2025),
                None,
            )
            .unwrap();
        assert_eq!(r.value, 22.5);
    }

    #[test]
    fn precision_from_the_written_value() {
        assert_eq!(half_unit_of("2530000000"), 5_000_000.0);
        assert_eq!(half_unit_of("8.7"), 0.05);
        assert_eq!(half_unit_of("1421900"), 50.0);
        assert_eq!(half_unit_of("0"), 0.5);
    }

    #[test]
    fn bad_cells_name_file_line_and_column() {
        let spec = Manifest::parse(include_str!("../../data/manifest.toml"))
            .unwrap()
            .datasets[2]
            .clone();
        let csv = "country,indicator,period_start,period_end,value,unit,qualifier,status,published,source_url,note\nGEO,real_gdp_growth_pct,2024-01,2024-12,abc,percent,exact,final,,http://x,\n";
        let e = parse_dataset(&spec, "macro.csv", csv.as_bytes().to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "macro.csv:2: column 'value': 'abc' is not a number"
        );
        let csv = "country,indicator,period_start,value\n";
        let e = parse_dataset(&spec, "macro.csv", csv.as_bytes().to_vec()).unwrap_err();
        assert!(
            e.to_string()
                .contains("column 'period_end': missing from the header"),
            "{e}"
        );
    }
}
