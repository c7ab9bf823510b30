//! Every problem in a data directory, each with file, line and column: schema, types,
//! units, periods, codes, duplicates within a vintage, impossible values, parts above
//! their totals, and manifest entries that point at nothing.

use super::manifest::{DatasetSpec, Kind, Manifest, MeasureSpec};
use super::row::Qualifier;
use super::store::{DataSource, Row, Store, load_manifest, parse_rows};
use crate::calendar::YearMonth;
use crate::fasthash::FastMap;
use std::collections::HashMap;

pub use super::problem::Problem;

/// Measure, subject, counterpart, period start and end, and publication date: borrowed
/// from the rows, so keeping a thousand keys allocates nothing per row.
type Figure<'r> = (&'r str, &'r str, &'r str, YearMonth, YearMonth, &'r str);

/// A figure with its qualifier and source: two rows alike in all of it are duplicates.
type VintageKey<'r> = (Figure<'r>, Qualifier, &'r str);

fn is_code(code: &str, manifest: &Manifest) -> bool {
    manifest.is_group(code) || code == manifest.total || keshvar::Alpha3::try_from(code).is_ok()
}

/// Checks one dataset's rows against its manifest entry; rows already passed the
/// per-cell parse.
pub fn check_rows(
    manifest: &Manifest,
    spec: &DatasetSpec,
    path: &str,
    rows: &[Row],
) -> Vec<Problem> {
    let refs: Vec<(&str, &Row)> = rows.iter().map(|r| (path, r)).collect();
    check_rows_from(manifest, spec, &refs)
}

/// As [`check_rows`], for rows that come from several files (a dataset and an import).
pub fn check_rows_from<'r>(
    manifest: &Manifest,
    spec: &DatasetSpec,
    rows: &[(&'r str, &'r Row)],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut duplicates = Duplicates::default();
    for &(path, r) in rows {
        let at = |(column, message): (&str, String)| Problem {
            file: path.to_string(),
            line: r.line,
            column: Some(column.to_string()),
            message,
        };
        let Some(m) = spec.measures.iter().find(|m| m.name == r.measure) else {
            out.push(at((
                spec.measure.as_str(),
                format!(
                    "measure '{}' is not declared for dataset '{}' in the manifest",
                    r.measure, spec.name
                ),
            )));
            continue;
        };
        out.extend(cell_problems(manifest, spec, m, r).into_iter().map(at));
        out.extend(duplicates.check(spec, path, r));
    }
    out.extend(parts_above_totals(manifest, spec, rows));
    out
}

/// One row's cells against the manifest: unit, codes, signs and ranges, dates, status.
/// Each problem as (column, message).
fn cell_problems<'s>(
    manifest: &Manifest,
    spec: &'s DatasetSpec,
    m: &MeasureSpec,
    r: &Row,
) -> Vec<(&'s str, String)> {
    let c = &spec.columns;
    let mut out = Vec::new();
    // A row under a source's own name keeps the source's unit word ("arrivals").
    if r.unit != m.unit && r.written_as.is_none() {
        out.push((
            c.unit.as_str(),
            format!(
                "unit '{}' but the manifest gives '{}' for {}",
                r.unit, m.unit, m.name
            ),
        ));
    }
    if !is_code(&r.subject, manifest) {
        out.push((
            spec.subject.as_str(),
            format!(
                "'{}' is not an ISO 3166 alpha-3 code or a declared group",
                r.subject
            ),
        ));
    }
    if let (Some(col), Some(cp)) = (&spec.counterpart, &r.counterpart)
        && !is_code(cp, manifest)
    {
        out.push((
            col.as_str(),
            format!("'{cp}' is not an ISO 3166 alpha-3 code or a declared group"),
        ));
    }
    if r.value < 0.0 && m.kind != Kind::Rate {
        out.push((
            c.value.as_str(),
            format!("negative value {} for {}", r.value_text, m.name),
        ));
    }
    if m.kind == Kind::Share && !(0.0..=100.0).contains(&r.value) {
        out.push((
            c.value.as_str(),
            format!("share {} is outside 0–100", r.value_text),
        ));
    }
    if let Some(pubd) = &r.published
        && crate::calendar::Date::parse(pubd).is_none()
        && crate::calendar::YearMonth::parse(pubd).is_none()
    {
        out.push((
            c.published.as_str(),
            format!("'{pubd}' is not a YYYY-MM-DD date"),
        ));
    }
    if !matches!(r.status.as_str(), "" | "preliminary" | "final" | "revised") {
        out.push((
            c.status.as_str(),
            format!("'{}' is not one of preliminary, final, revised", r.status),
        ));
    }
    out
}

/// A figure with its status: one figure under two names of a measure.
type NameKey<'r> = (Figure<'r>, &'r str);

/// Rows seen so far: by key, period, source and vintage (a duplicate), and by key and
/// vintage under each name of a measure (one figure under two names).
#[derive(Default)]
struct Duplicates<'r> {
    seen: FastMap<VintageKey<'r>, (&'r str, usize)>,
    named: FastMap<NameKey<'r>, (&'r str, usize)>,
}

impl<'r> Duplicates<'r> {
    fn check(&mut self, spec: &DatasetSpec, path: &'r str, r: &'r Row) -> Vec<Problem> {
        let mut out = Vec::new();
        let figure = (
            r.measure.as_str(),
            r.subject.as_str(),
            r.counterpart.as_deref().unwrap_or_default(),
            r.period_start,
            r.period_end,
            r.published.as_deref().unwrap_or_default(),
        );
        let key = (figure, r.qualifier, r.source_url.as_str());
        // One figure under two names of one measure ("nonresident_visits" and
        // "international_visitor_trips"), same key and vintage.
        let vintage = (figure, r.status.as_str());
        let name = r.written_as.as_deref().unwrap_or(&r.measure);
        match self.named.get(&vintage) {
            Some((other, line)) if *other != name => out.push(Problem {
                file: path.to_string(),
                line: r.line,
                column: Some(spec.measure.clone()),
                message: format!(
                    "'{name}' is another name of '{}': the same key and vintage as line {line} ('{other}')",
                    r.measure
                ),
            }),
            Some(_) => {}
            None => {
                self.named.insert(vintage, (name, r.line));
            }
        }
        if let Some((file, first)) = self.seen.get(&key) {
            let at = if *file == path {
                format!("line {first}")
            } else {
                format!("{file}:{first}")
            };
            out.push(Problem {
                file: path.to_string(),
                line: r.line,
                column: None,
                message: format!(
                    "duplicate of {at}: same key, period, source and publication date"
                ),
            });
        } else {
            self.seen.insert(key, (path, r.line));
        }
        out
    }
}

/// A partner's level larger than the all-partners total for the same measure and period.
fn parts_above_totals<'r>(
    manifest: &Manifest,
    spec: &DatasetSpec,
    rows: &[(&'r str, &'r Row)],
) -> Vec<Problem> {
    if spec.counterpart.is_none() {
        return vec![];
    }
    let mut totals: HashMap<(&str, &str, YearMonth, YearMonth), f64> = HashMap::new();
    let key = |r: &'r Row| {
        (
            r.measure.as_str(),
            r.subject.as_str(),
            r.period_start,
            r.period_end,
        )
    };
    for (_, r) in rows
        .iter()
        .filter(|(_, r)| r.counterpart.as_deref() == Some(&manifest.total))
    {
        // The largest published total: a partner must not exceed any honest total.
        let e = totals.entry(key(r)).or_insert(f64::MIN);
        *e = e.max(r.value);
    }
    let level = |m: &str| {
        spec.measures
            .iter()
            .any(|s| s.name == m && s.kind == Kind::Level)
    };
    rows.iter()
        .filter(|(_, r)| {
            r.counterpart
                .as_deref()
                .is_some_and(|c| c != manifest.total)
                && level(&r.measure)
        })
        .filter_map(|&(path, r)| {
            let total = totals.get(&key(r))?;
            // Rounded totals ("USD 7.4 bn") may sit a rounding unit below an exact part.
            let slack = super::store::half_unit_of(&format!("{total}"));
            (r.value > total + slack).then(|| Problem {
                file: path.to_string(),
                line: r.line,
                column: Some(spec.columns.value.clone()),
                message: format!(
                    "{} for {} ({}) is larger than the total for {} ({}) in the same period",
                    r.measure,
                    r.counterpart.as_deref().unwrap_or(""),
                    r.value_text,
                    manifest.total,
                    total
                ),
            })
        })
        .collect()
}

/// The rules across rows (codes, units, ranges, duplicates, parts above totals) over data
/// already loaded: `check` asks this of the store it judges with rather than reading and
/// parsing every file a second time. A store loads only when every cell parses, so the
/// per-cell problems [`validate`] also lists cannot arise here. Datasets held as indexed
/// frames are not walked.
pub fn check_store(store: &Store) -> Vec<Problem> {
    let mut out = Vec::new();
    for d in &store.datasets {
        let rows: Vec<(&str, &Row)> = d.rows.iter().map(|r| (d.path.as_str(), &**r)).collect();
        out.extend(check_rows_from(&store.manifest, &d.spec, &rows));
    }
    out
}

/// Validates a whole data directory: the manifest, then each dataset it names.
pub fn validate(source: &DataSource) -> Vec<Problem> {
    let manifest = match load_manifest(source) {
        Ok(m) => m,
        Err(e) => {
            return vec![Problem {
                file: source.describe(),
                line: 0,
                column: None,
                message: e.to_string(),
            }];
        }
    };
    let mut out = Vec::new();
    for spec in &manifest.datasets {
        let path = source.display_path(&spec.file);
        let bytes = match source.read(&spec.file) {
            Ok(b) => b,
            Err(_) => {
                out.push(Problem {
                    file: source.display_path("manifest.toml"),
                    line: 0,
                    column: None,
                    message: format!(
                        "dataset '{}' points at {}, which does not exist or cannot be read",
                        spec.name, spec.file
                    ),
                });
                continue;
            }
        };
        match parse_rows(spec, &path, bytes) {
            Ok((rows, mut problems)) => {
                out.append(&mut problems);
                out.extend(check_rows(&manifest, spec, &path, &rows));
            }
            Err(e) => out.push(e),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_data_is_clean() {
        let problems = validate(&DataSource::Bundled);
        assert!(
            problems.is_empty(),
            "{}",
            problems
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}
