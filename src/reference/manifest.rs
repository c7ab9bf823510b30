//! The manifest: which CSV holds which measures, what its columns mean, and the words
//! that name each measure. Read from `manifest.toml` in the data directory.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// The country the datasets describe ("GEO").
    pub home: String,
    /// The counterpart code for all partners ("WLD").
    pub total: String,
    /// Counterpart codes that are groups rather than ISO countries, with the names articles
    /// use for them: `groups = ["EU"]`, or tables
    /// `[[groups]] code = "EAEU", names = ["Eurasian Economic Union", "EAEU"], members = [...]`.
    #[serde(default)]
    pub groups: Vec<GroupSpec>,
    #[serde(default)]
    pub defaults: Defaults,
    pub datasets: Vec<DatasetSpec>,
    #[serde(default)]
    pub terms: Vec<TermSpec>,
}

/// A group of countries the data holds as one counterpart.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(untagged)]
pub enum GroupSpec {
    /// Only the code ("WLD"): recognised in text by its code.
    Code(String),
    Table {
        code: String,
        /// How articles name it ("Eurasian Economic Union", "EAEU").
        #[serde(default)]
        names: Vec<String>,
        /// Its member countries, where known: documentation only, never used to invent a
        /// total the data does not hold.
        #[serde(default)]
        members: Vec<String>,
    },
}

impl GroupSpec {
    pub fn code(&self) -> &str {
        match self {
            GroupSpec::Code(c) | GroupSpec::Table { code: c, .. } => c,
        }
    }

    pub fn names(&self) -> &[String] {
        match self {
            GroupSpec::Code(_) => &[],
            GroupSpec::Table { names, .. } => names,
        }
    }
}

impl Manifest {
    /// Is `code` a group the manifest declares?
    pub fn is_group(&self, code: &str) -> bool {
        self.groups.iter().any(|g| g.code() == code)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Defaults {
    /// Hedge width h: "nearly X" covers [X(1-h), X].
    pub hedge: f64,
    /// Relative tolerance for levels, in percent.
    pub tolerance_level: f64,
    /// Tolerance for shares and rates, in percentage points.
    pub tolerance_rate: f64,
}

impl Default for Defaults {
    fn default() -> Self {
        Defaults {
            hedge: 0.10,
            tolerance_level: 5.0,
            tolerance_rate: 1.0,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetSpec {
    pub name: String,
    pub file: String,
    #[serde(default)]
    pub title: String,
    /// Column holding the country the figure is about (reporter, destination, country).
    pub subject: String,
    /// Column holding the partner or origin, if the dataset has one.
    #[serde(default)]
    pub counterpart: Option<String>,
    /// Column holding the measure code (flow, metric, indicator).
    pub measure: String,
    /// Hold the dataset as one sorted frame with a key index instead of as rows. Default:
    /// yes for files of 64 MB and more (millions of rows).
    #[serde(default)]
    pub indexed: Option<bool>,
    #[serde(default)]
    pub columns: Columns,
    pub measures: Vec<MeasureSpec>,
}

/// Names of the common columns; the defaults match the bundled CSVs.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Columns {
    pub period_start: String,
    pub period_end: String,
    pub value: String,
    pub unit: String,
    pub qualifier: String,
    pub status: String,
    pub published: String,
    pub source_url: String,
    pub note: String,
}

impl Default for Columns {
    fn default() -> Self {
        Columns {
            period_start: "period_start".into(),
            period_end: "period_end".into(),
            value: "value".into(),
            unit: "unit".into(),
            qualifier: "qualifier".into(),
            status: "status".into(),
            published: "published".into(),
            source_url: "source_url".into(),
            note: "note".into(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Level,
    Share,
    Rate,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MeasureSpec {
    /// The value in the dataset's measure column; unique across the manifest.
    pub name: String,
    #[serde(default)]
    pub label: String,
    pub kind: Kind,
    pub unit: String,
    /// For a level: the measure holding its shares of the total.
    #[serde(default)]
    pub share: Option<String>,
    /// For a share: the level it is a share of.
    #[serde(default)]
    pub share_of: Option<String>,
    /// A level that is the sum of others (turnover = export + import).
    #[serde(default)]
    pub sum_of: Vec<String>,
    /// The same flow seen from the partner's side ("export" ↔ "import"): another country's
    /// exports to the home country are the home country's imports from it.
    #[serde(default)]
    pub inverse: Option<String>,
    /// Other names sources give the same measure ("nonresident_visits" is Geostat's name
    /// for visitor trips): rows written under them are this measure's rows.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Months (YYYY-MM) from which the source counts on another basis: a change, multiple
    /// or trend across one compares two different things and is not judged.
    #[serde(default)]
    pub breaks: Vec<String>,
    /// Why the series breaks, for the reason ("GNTA changed its basis in 2018").
    #[serde(default)]
    pub break_note: Option<String>,
    /// Per-measure overrides of the defaults.
    #[serde(default)]
    pub hedge: Option<f64>,
    #[serde(default)]
    pub tolerance: Option<f64>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TermSpec {
    pub words: Vec<String>,
    pub measures: Vec<String>,
    /// The measure these words mean when their sentence sets them against another measure
    /// word of the same dataset: "640,000 tourists" beside "1.2 million visitors" are
    /// overnight tourists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_against: Option<String>,
}

impl DatasetSpec {
    /// The measure a name in the measure column stands for: itself, or the measure it is
    /// an alias of.
    pub fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        self.measures
            .iter()
            .find(|m| m.aliases.iter().any(|a| a == name))
            .map_or(name, |m| m.name.as_str())
    }
}

impl MeasureSpec {
    /// The first break of the series after `before` and no later than `after`: a comparison
    /// of the two periods spans it.
    pub fn break_between(
        &self,
        before: crate::calendar::YearMonth,
        after: crate::calendar::YearMonth,
    ) -> Option<crate::calendar::YearMonth> {
        self.breaks
            .iter()
            .filter_map(|b| crate::calendar::YearMonth::parse(b))
            .find(|b| before < *b && *b <= after)
    }
}

impl Manifest {
    pub fn parse(text: &str) -> Result<Manifest, toml::de::Error> {
        toml::from_str(text)
    }

    pub fn measure(&self, name: &str) -> Option<(&DatasetSpec, &MeasureSpec)> {
        self.datasets
            .iter()
            .find_map(|d| d.measures.iter().find(|m| m.name == name).map(|m| (d, m)))
    }

    /// Problems in the manifest itself: unknown measures in terms, duplicate names.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        // Widths and tolerances are finite and sensible: a NaN tolerance turned `close`
        // into `diverges`, a negative hedge inverted "nearly".
        let mut number = |what: String, v: f64, range: std::ops::RangeInclusive<f64>| {
            if !v.is_finite() || !range.contains(&v) {
                out.push(format!(
                    "{what} = {v} is outside {}–{}",
                    range.start(),
                    range.end()
                ));
            }
        };
        number("defaults.hedge".into(), self.defaults.hedge, 0.0..=1.0);
        number(
            "defaults.tolerance_level".into(),
            self.defaults.tolerance_level,
            0.0..=100.0,
        );
        number(
            "defaults.tolerance_rate".into(),
            self.defaults.tolerance_rate,
            0.0..=100.0,
        );
        for d in &self.datasets {
            for m in &d.measures {
                if let Some(h) = m.hedge {
                    number(format!("measure '{}' hedge", m.name), h, 0.0..=1.0);
                }
                if let Some(t) = m.tolerance {
                    number(format!("measure '{}' tolerance", m.name), t, 0.0..=100.0);
                }
            }
        }
        let mut seen = std::collections::HashSet::new();
        for d in &self.datasets {
            // A dataset file lives in the data directory: no absolute path, no "..".
            let file = std::path::Path::new(&d.file);
            if file.is_absolute()
                || file
                    .components()
                    .any(|c| !matches!(c, std::path::Component::Normal(_)))
            {
                out.push(format!(
                    "dataset '{}': file '{}' must be a name inside the data directory",
                    d.name, d.file
                ));
            }
            for m in &d.measures {
                if !seen.insert(m.name.as_str()) {
                    out.push(format!("measure '{}' is declared twice", m.name));
                }
                for r in m
                    .share
                    .iter()
                    .chain(m.share_of.iter())
                    .chain(m.sum_of.iter())
                {
                    if self.measure(r).is_none() {
                        out.push(format!(
                            "measure '{}' refers to unknown measure '{r}'",
                            m.name
                        ));
                    }
                }
            }
        }
        for t in &self.terms {
            for m in t.measures.iter().chain(&t.set_against) {
                if self.measure(m).is_none() {
                    out.push(format!("terms {:?} name unknown measure '{m}'", t.words));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_paths_that_would_mislead_are_refused() {
        let base = include_str!("../../data/manifest.toml");
        let bad = |from: &str, to: &str| {
            let text = base.replacen(from, to, 1);
            assert_ne!(text, base, "{from} not in the manifest");
            Manifest::parse(&text).unwrap().problems()
        };
        assert!(!bad("hedge = 0.10", "hedge = -3").is_empty());
        assert!(!bad("tolerance_level = 5.0", "tolerance_level = nan").is_empty());
        assert!(!bad("file = \"trade.csv\"", "file = \"../outside/x.csv\"").is_empty());
        assert!(!bad("file = \"trade.csv\"", "file = \"/etc/passwd\"").is_empty());
    }

    #[test]
    fn bundled_manifest_parses_and_is_consistent() {
        let text = include_str!("../../data/manifest.toml");
        let m = Manifest::parse(text).unwrap();
        assert_eq!(m.home, "GEO");
        assert!(m.problems().is_empty(), "{:?}", m.problems());
        assert!(m.measure("turnover").is_some());
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let err = Manifest::parse("home='GEO'\ntotal='WLD'\ndatasets=[]\nbogus=1\n").unwrap_err();
        assert!(err.to_string().contains("bogus"));
    }
}
