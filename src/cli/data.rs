//! `claimcheck data`: list, show, validate and import the reference datasets.

use super::DataArg;
use crate::calendar::Period;
use crate::reference::corrections;
use crate::reference::import::{self, ImportRequest, Plan, WideMapping};
use crate::reference::store::Row;
use crate::reference::validate::validate as validate_dir;
use crate::reference::{DataSource, Store};
use anyhow::{Result, bail};
use clap::{Args, Subcommand};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum DataCommand {
    /// Each dataset with its measures, counterparts, period coverage, vintages and sources.
    List(DataArg),
    /// The rows of one dataset, filtered.
    Show(ShowArgs),
    /// Check every file the manifest names; each problem with file, line and column.
    Validate(ValidateArgs),
    /// Add or revise rows from a CSV (the dataset's layout, or a wide table with --wide).
    Import(ImportArgs),
}

#[derive(Args)]
pub struct ShowArgs {
    /// Dataset name from the manifest (see `claimcheck data list`).
    dataset: String,
    #[arg(long)]
    measure: Option<String>,
    #[arg(long)]
    counterpart: Option<String>,
    /// A year (2024), a month (2024-03) or a range (2024-01..2024-08): rows inside it.
    #[arg(long)]
    period: Option<String>,
    /// table or csv
    #[arg(long, default_value = "table")]
    format: String,
    #[command(flatten)]
    data: DataArg,
}

#[derive(Args)]
pub struct ValidateArgs {
    /// Data directory to check (default: --data, CLAIMCHECK_DATA, or the bundled data).
    dir: Option<PathBuf>,
    #[command(flatten)]
    data: DataArg,
}

#[derive(Args)]
pub struct ImportArgs {
    /// CSV file to import.
    file: PathBuf,
    /// Dataset to add the rows to.
    #[arg(long, required_unless_present = "corrections")]
    dataset: Option<String>,
    /// FILE is a correction file: rows to REPLACE, ADD, RELABEL or DROP, each reason
    /// naming the file:line it concerns (as shared/reference-data/corrections.csv).
    /// Checked whole against the data first; the reason is kept in each row's note.
    #[arg(long, conflicts_with_all = ["wide", "dataset"])]
    corrections: bool,
    /// The file is a wide table: one row per partner, one column per period.
    #[arg(long, requires = "measure")]
    wide: bool,
    /// Wide tables: the measure the cells hold (e.g. export).
    #[arg(long)]
    measure: Option<String>,
    /// Wide tables: the column naming partners or origins (default: the first column).
    #[arg(long)]
    key_column: Option<String>,
    /// Wide tables: the subject (default: the manifest's home country).
    #[arg(long)]
    subject: Option<String>,
    /// Wide tables: multiply cells by this (1000000 for "USD million" tables).
    #[arg(long, default_value_t = 1.0, value_parser = parse_scale)]
    scale: f64,
    /// Wide tables: qualifier of every cell.
    #[arg(long, default_value = "exact")]
    qualifier: String,
    /// Wide tables: status of every cell.
    #[arg(long, default_value = "preliminary")]
    status: String,
    /// Wide tables: where the table was published.
    #[arg(long, default_value = "")]
    source_url: String,
    /// Publication date for rows that have none (default: today). Revisions keep the
    /// earlier vintage, so `check --as-of` can judge by what was known then.
    #[arg(long, value_parser = super::parse_date)]
    published: Option<String>,
    /// Show what would change and stop.
    #[arg(long)]
    dry_run: bool,
    /// Apply without asking.
    #[arg(long, short = 'y')]
    yes: bool,
    #[command(flatten)]
    data: DataArg,
}

/// A scale is a positive finite number no larger than a trillion: NaN or 1e308 would write
/// rows every later check fails on.
fn parse_scale(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && v > 0.0 && v <= 1e12 => Ok(v),
        _ => Err(format!(
            "'{s}' is not a scale (a positive number up to 1e12)"
        )),
    }
}

pub fn run(cmd: DataCommand) -> Result<u8> {
    match cmd {
        DataCommand::List(d) => list(d),
        DataCommand::Show(a) => show(a),
        DataCommand::Validate(a) => validate(a),
        DataCommand::Import(a) => import_cmd(a),
    }
}

fn list(d: DataArg) -> Result<u8> {
    let store = Store::load(DataSource::resolve(d.data.as_deref()))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "Data: {}", store.source.describe())?;
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED).force_no_tty();
    t.set_header([
        "dataset",
        "rows",
        "measures",
        "counterparts",
        "coverage",
        "vintages",
        "sources",
    ]);
    for l in store.datasets.iter().map(|d| d.listing()) {
        let coverage = match (&l.first, &l.last, l.full_years) {
            (Some(a), Some(b), Some((fy, ly))) => format!(
                "{a} … {b}\nfull years {fy}–{ly}\npartial periods after {ly}: {}",
                if b.as_str() > format!("{ly}-12").as_str() {
                    "yes"
                } else {
                    "no"
                }
            ),
            (Some(a), Some(b), _) => format!("{a} … {b}\nno full years"),
            _ => "—".into(),
        };
        t.add_row(vec![
            format!("{}\n{}", l.name, l.file),
            l.rows.to_string(),
            l.measures.join("\n"),
            format!("{}: {}", l.counterparts.len(), l.counterparts.join(" ")),
            coverage,
            format!(
                "{} dates\nlatest {}",
                l.vintages,
                l.latest_vintage.as_deref().unwrap_or("—")
            ),
            format!("{} pages\n{}", l.sources, l.title),
        ]);
    }
    writeln!(out, "{t}")?;
    Ok(0)
}

fn period_filter(s: &str) -> Result<Period> {
    import::header_period(s)
        .ok_or_else(|| anyhow::anyhow!("--period '{s}': use 2024, 2024-03 or 2024-01..2024-08"))
}

fn show(a: ShowArgs) -> Result<u8> {
    let store = Store::load(DataSource::resolve(a.data.data.as_deref()))?;
    let Some(ds) = store.datasets.iter().find(|d| d.spec.name == a.dataset) else {
        let names: Vec<&str> = store
            .datasets
            .iter()
            .map(|d| d.spec.name.as_str())
            .collect();
        bail!(
            "no dataset '{}' (datasets: {})",
            a.dataset,
            names.join(", ")
        );
    };
    let period = a.period.as_deref().map(period_filter).transpose()?;
    let rows: Vec<&Row> = ds
        .rows_where(a.measure.as_deref(), a.counterpart.as_deref())
        .into_iter()
        .filter(|r| period.is_none_or(|p| r.period_start >= p.start && r.period_end <= p.end))
        .collect();
    let header = [
        "line",
        "subject",
        "counterpart",
        "measure",
        "period_start",
        "period_end",
        "value",
        "unit",
        "qualifier",
        "status",
        "published",
        "source_url",
    ];
    let cells = |r: &Row| -> Vec<String> {
        vec![
            r.line.to_string(),
            r.subject.clone(),
            r.counterpart.clone().unwrap_or_default(),
            r.measure.clone(),
            r.period_start.to_string(),
            r.period_end.to_string(),
            r.value_text.clone(),
            r.unit.clone(),
            r.qualifier_word().replace(' ', "_"),
            r.status.clone(),
            r.published.clone().unwrap_or_default(),
            r.source_url.clone(),
        ]
    };
    match a.format.as_str() {
        "csv" => {
            let mut w = csv::Writer::from_writer(std::io::stdout().lock());
            w.write_record(header)?;
            for r in &rows {
                w.write_record(cells(r))?;
            }
            w.flush()?;
        }
        "table" => {
            let mut t = Table::new();
            t.load_style(UTF8_FULL_CONDENSED).force_no_tty();
            t.set_header(header);
            for r in &rows {
                t.add_row(cells(r));
            }
            let mut out = std::io::stdout().lock();
            writeln!(out, "{t}")?;
            writeln!(out, "{} rows", rows.len())?;
        }
        other => bail!("--format '{other}': use table or csv"),
    }
    Ok(0)
}

fn validate(a: ValidateArgs) -> Result<u8> {
    let source = DataSource::resolve(a.dir.as_deref().or(a.data.data.as_deref()));
    let problems = validate_dir(&source);
    if problems.is_empty() {
        let store = Store::load(source)?;
        let rows: usize = store.datasets.iter().map(|d| d.row_count()).sum();
        writeln!(
            std::io::stdout().lock(),
            "{}: {} datasets, {} rows, no problems found",
            store.source.describe(),
            store.datasets.len(),
            rows
        )?;
        return Ok(0);
    }
    let mut err = std::io::stderr().lock();
    for p in &problems {
        writeln!(err, "{p}")?;
    }
    writeln!(
        err,
        "{} problem{} found",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    )?;
    Ok(2)
}

fn describe(plan: &Plan, out: &mut impl Write) -> std::io::Result<()> {
    let key = |r: &Row| {
        format!(
            "{} {} {} {}–{}",
            r.subject,
            r.counterpart.as_deref().unwrap_or("-"),
            r.measure,
            r.period_start,
            r.period_end
        )
    };
    for r in &plan.added {
        writeln!(out, "  new      {} = {}", key(r), r.value_text)?;
    }
    for rv in &plan.revised {
        writeln!(
            out,
            "  revised  {}: {} (published {}) → {} (published {})",
            key(&rv.new),
            rv.old.value_text,
            rv.old.published.as_deref().unwrap_or("?"),
            rv.new.value_text,
            rv.new.published.as_deref().unwrap_or("?")
        )?;
    }
    writeln!(
        out,
        "{} new, {} revised, {} unchanged",
        plan.added.len(),
        plan.revised.len(),
        plan.unchanged
    )
}

/// Asks before applying unless --yes (and refuses without a terminal to ask on).
fn confirmed(yes: bool, out: &mut impl Write) -> Result<bool> {
    if yes {
        return Ok(true);
    }
    if !std::io::stdin().is_terminal() {
        bail!("not applied: pass --yes to apply without a terminal to confirm on");
    }
    write!(out, "Apply these changes? [y/N] ")?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    let yes = matches!(answer.trim(), "y" | "Y" | "yes");
    if !yes {
        writeln!(out, "Not applied.")?;
    }
    Ok(yes)
}

fn corrections_cmd(a: &ImportArgs) -> Result<u8> {
    let source = DataSource::resolve(a.data.data.as_deref());
    let dir = import::dir_of(&source)?;
    let store = Store::load(source)?;
    let file = a.file.display().to_string();
    let list = corrections::read(&a.file)?;
    let plan = corrections::plan(&dir, &store.manifest, &file, &list)?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "Corrections {file} for {}:", dir.display())?;
    for s in &plan.steps {
        writeln!(out, "  {file}:{} {:<7} {}", s.line, s.action, s.what)?;
    }
    let files: Vec<String> = plan.files().map(|p| p.display().to_string()).collect();
    writeln!(
        out,
        "{} corrections; files changed: {}",
        plan.steps.len(),
        files.join(", ")
    )?;
    if a.dry_run {
        writeln!(out, "Dry run: nothing written.")?;
        return Ok(0);
    }
    if !confirmed(a.yes, &mut out)? {
        return Ok(0);
    }
    corrections::apply(&dir, &plan)?;
    writeln!(out, "Applied; previous files kept as <file>.bak.")?;
    Ok(0)
}

fn import_cmd(a: ImportArgs) -> Result<u8> {
    if a.corrections {
        return corrections_cmd(&a);
    }
    let dataset = a.dataset.clone().unwrap_or_default();
    let source = DataSource::resolve(a.data.data.as_deref());
    let wide = a.wide.then(|| WideMapping {
        key_column: a.key_column.clone(),
        measure: a.measure.clone().unwrap_or_default(),
        subject: a.subject.clone(),
        unit: None,
        scale: a.scale,
        qualifier: a.qualifier.clone(),
        status: a.status.clone(),
        source_url: a.source_url.clone(),
    });
    let req = ImportRequest {
        file: a.file.clone(),
        dataset: dataset.clone(),
        wide,
        published: a.published.clone().unwrap_or_else(import::today),
    };
    let prepared = import::prepare(&source, &req)?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "Import {} into {} ({}):",
        a.file.display(),
        dataset,
        prepared.dataset_path.display()
    )?;
    describe(&prepared.plan, &mut out)?;
    if prepared.plan.is_empty() {
        writeln!(out, "Nothing to change.")?;
        return Ok(0);
    }
    if a.dry_run {
        writeln!(out, "Dry run: nothing written.")?;
        return Ok(0);
    }
    if !confirmed(a.yes, &mut out)? {
        return Ok(0);
    }
    let plan = import::apply(&source, &req)?;
    writeln!(
        out,
        "Applied: {} new, {} revised rows; previous file kept as {}.bak",
        plan.added.len(),
        plan.revised.len(),
        prepared.dataset_path.display()
    )?;
    Ok(0)
}
