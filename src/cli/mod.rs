//! Argument parsing and wiring; the work happens in the library modules.

mod check;
mod data;
mod output;
mod serve;

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::report::Format;

#[derive(Parser)]
#[command(
    name = "claimcheck",
    version,
    about = "Check the numbers in news articles against official statistics",
    long_about = "claimcheck finds the numeric claims an article makes about trade, tourism and the \
economy, matches each against reference CSV datasets, and prints a discrepancy table: what was \
claimed, what the data says, the deviation, a verdict, and the evidence rows with their sources.\n\n\
Verdicts: consistent (the data meets the interval the words allow), close (outside it by no more \
than the tolerance), diverges (beyond it), unverifiable (the data cannot tell; the reason says what \
is missing).\n\nExit status: 0 no claim diverges, 1 at least one claim diverges, 2 error.",
    after_help = "Examples:\n  claimcheck check article.txt\n  claimcheck check --date 2025-12-15 --format markdown article.txt -o report.md\n  claimcheck extract --format json article.txt\n  claimcheck data list\n  claimcheck serve   (then open http://127.0.0.1:8080/)"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find the claims in articles and judge each against the reference data.
    Check(CheckArgs),
    /// Show the quantities and claims found, without verdicts.
    Extract(CheckArgs),
    /// List, show, validate and import the reference datasets.
    #[command(subcommand)]
    Data(data::DataCommand),
    /// A local web page (paste or upload an article, read the report) and a JSON API.
    Serve(serve::ServeArgs),
}

#[derive(Args, Clone)]
pub struct DataArg {
    /// Reference data directory (manifest.toml and CSVs). Default: CLAIMCHECK_DATA, else the bundled data.
    #[arg(long, value_name = "DIR", global = true)]
    data: Option<PathBuf>,
}

#[derive(Args)]
pub struct CheckArgs {
    /// Articles: .txt, .md or .html files, directories (searched recursively), or - for stdin.
    #[arg(value_name = "ARTICLE", required = true)]
    articles: Vec<PathBuf>,
    #[command(flatten)]
    data: DataArg,
    /// Output format: table (terminal), csv, json (SPEC contract), markdown (CMS), html
    /// (one self-contained page with the article, highlighted claims and charts), jsonl
    /// (one claim per line; csv and jsonl stream, for long feeds).
    #[arg(long, value_enum, default_value = "table")]
    format: Format,
    /// Write the report to FILE (atomically: a complete file or none) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The article's publication date, for "last year" and for claims that name no period.
    /// Else taken from the article (HTML metadata or a dateline).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<String>,
    /// Judge against the figures published on or before this date (default: the latest).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    as_of: Option<String>,
    /// Read standard input as JSON Lines (one article per line: text, and optional id,
    /// title, date, url). Files ending .jsonl or .ndjson are read so anyway.
    #[arg(long)]
    jsonl: bool,
    /// Largest article accepted, in bytes.
    #[arg(long, value_name = "BYTES", default_value_t = crate::input::DEFAULT_MAX_BYTES)]
    max_bytes: u64,
}

pub(crate) fn parse_date(s: &str) -> Result<String, String> {
    crate::calendar::Date::parse(s)
        .map(|d| d.to_string())
        .ok_or_else(|| format!("'{s}' is not a date in YYYY-MM-DD form"))
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check(a) => check::run(a, true),
        Command::Extract(a) => check::run(a, false),
        Command::Data(d) => data::run(d),
        Command::Serve(s) => serve::run(s),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // `claimcheck data list | head -1`: the reader has all it wanted.
        Err(e) if broken_pipe(&e) => ExitCode::from(0),
        Err(e) => {
            eprintln!("claimcheck: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// An error that is, at its root, the reader of our output going away.
fn broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|ce| {
                matches!(ce.kind(), csv::ErrorKind::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
            })
    })
}
