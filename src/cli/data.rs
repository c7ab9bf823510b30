//! `claimcheck data`: list and validate the reference datasets.

use super::DataArg;
use crate::reference::{DataSource, Store};
use anyhow::Result;
use clap::Subcommand;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use std::collections::BTreeSet;

#[derive(Subcommand)]
pub enum DataCommand {
    /// Each dataset with its measures, counterparts, period coverage and sources.
    List(DataArg),
    /// Load every dataset and report the first problem with file, line and column.
    Validate(DataArg),
}

pub fn run(cmd: DataCommand) -> Result<u8> {
    match cmd {
        DataCommand::List(d) => list(d),
        DataCommand::Validate(d) => validate(d),
    }
}

fn list(d: DataArg) -> Result<u8> {
    let store = Store::load(DataSource::resolve(d.data.as_deref()))?;
    println!("Data: {}", store.source.describe());
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED).force_no_tty();
    t.set_header(["dataset", "rows", "measures", "counterparts", "periods", "latest published", "sources"]);
    for ds in &store.datasets {
        let measures: BTreeSet<&str> = ds.rows.iter().map(|r| r.measure.as_str()).collect();
        let cps: BTreeSet<&str> = ds.rows.iter().filter_map(|r| r.counterpart.as_deref()).collect();
        let first = ds.rows.iter().map(|r| r.period_start).min();
        let last = ds.rows.iter().map(|r| r.period_end).max();
        let published = ds.rows.iter().filter_map(|r| r.published.as_deref()).max().unwrap_or("—");
        let sources: BTreeSet<&str> = ds.rows.iter().map(|r| r.source_url.as_str()).collect();
        t.add_row(vec![
            format!("{}\n{}", ds.spec.name, ds.spec.file),
            ds.rows.len().to_string(),
            measures.into_iter().collect::<Vec<_>>().join("\n"),
            format!("{} ({})", cps.len(), cps.into_iter().take(8).collect::<Vec<_>>().join(" ")),
            match (first, last) {
                (Some(a), Some(b)) => format!("{a} … {b}"),
                _ => "—".into(),
            },
            published.to_string(),
            format!("{} URLs", sources.len()),
        ]);
    }
    println!("{t}");
    Ok(0)
}

fn validate(d: DataArg) -> Result<u8> {
    let source = DataSource::resolve(d.data.as_deref());
    let store = Store::load(source)?;
    let rows: usize = store.datasets.iter().map(|d| d.rows.len()).sum();
    println!("{}: {} datasets, {} rows, no problems found", store.source.describe(), store.datasets.len(), rows);
    Ok(0)
}
