//! `claimcheck check` and `claimcheck extract`: articles in, reports out. Articles are
//! read lazily, checked in parallel a chunk at a time, and reported in input order;
//! CSV and JSON Lines are written chunk by chunk so memory stays flat on long feeds.

use super::CheckArgs;
use super::output::AtomicFile;
use crate::calendar::Date;
use crate::input::Articles;
use crate::pipeline::{CheckOptions, Checker};
use crate::reference::{DataSource, Store};
use crate::report::{ArticleReport, Format, Report, continuation, renderer};
use crate::verify::Verdict;
use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};

/// Articles checked together before their results are written.
const CHUNK: usize = 256;

/// Articles longer than this (no news article is) are checked for a streamed report a
/// slice of claims at a time, each slice written out before the next is judged: memory then
/// holds one slice's verdicts and evidence, not the article's.
const SLICED_FROM_BYTES: usize = 256 * 1024;

/// Claims judged together in one slice of a very long article.
const SLICE: usize = 2_000;

/// Where a streamed report goes: stdout, or a file that appears whole at the end.
enum Sink {
    Stdout(std::io::StdoutLock<'static>),
    File(AtomicFile),
}

impl Sink {
    fn open(output: Option<&std::path::Path>) -> Result<Sink> {
        Ok(match output {
            None => Sink::Stdout(std::io::stdout().lock()),
            Some(path) => Sink::File(AtomicFile::create(path)?),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        match self {
            Sink::Stdout(o) => match o.write_all(bytes).and_then(|_| o.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                other => Ok(other?),
            },
            Sink::File(f) => f.write_all(bytes),
        }
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::File(f) => f.commit(),
            Sink::Stdout(_) => Ok(()),
        }
    }
}

/// The sink as an `io::Write`, for rendering straight into it.
struct SinkWriter<'a>(&'a mut Sink);

impl Write for SinkWriter<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.write(bytes).map_err(std::io::Error::other)?;
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {pos} articles checked ({per_sec}, {elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar
}

/// What a streamed report starts with (the CSV header; nothing for JSON Lines).
fn header(format: Format, verdicts: bool) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    let empty = Report {
        articles: vec![],
        verdicts,
    };
    renderer(format, false).render(&empty, &mut buf)?;
    Ok(buf)
}

/// One article of a streamed report, without the header.
fn render_streamed(report: ArticleReport, format: Format, verdicts: bool) -> Vec<u8> {
    let one = Report {
        articles: vec![report],
        verdicts,
    };
    let mut buf = Vec::new();
    // Writing to memory cannot fail; a renderer error would be a bug, shown as no output.
    let _ = continuation(format).render(&one, &mut buf);
    buf
}

/// An article done: kept whole for a report written at the end, already rendered, or too
/// long to hold and left to be checked in slices straight into the output.
enum Done {
    Kept(ArticleReport),
    Rendered(Vec<u8>),
    Sliced(crate::input::Article),
}

/// Checking against data that breaks a validation rule (a negative count, a share over
/// 100, a duplicate key) gives verdicts on bad figures: say so on stderr, once per kind of
/// problem. Asked of the rows already loaded; datasets held as indexed frames (64 MB and
/// more) are not walked.
fn warn_about_invalid_data(store: &Store) {
    let problems = crate::reference::validate::check_store(store);
    // A kind of problem: its message with the quoted values and numbers taken out.
    let kind = |m: &str| -> String {
        let mut out = String::new();
        let mut quoted = false;
        for c in m.chars() {
            match c {
                '\'' => {
                    quoted = !quoted;
                    out.push('…');
                }
                _ if quoted => {}
                c if c.is_ascii_digit() => {
                    if !out.ends_with('#') {
                        out.push('#');
                    }
                }
                c => out.push(c),
            }
        }
        out
    };
    let mut kinds: std::collections::BTreeMap<String, (usize, String)> = Default::default();
    for p in &problems {
        let e = kinds
            .entry(kind(&p.message))
            .or_insert_with(|| (0, p.to_string()));
        e.0 += 1;
    }
    for (n, first) in kinds.values() {
        eprintln!(
            "claimcheck: warning: the data breaks a validation rule {n} time{} (first: {first}); `claimcheck data validate` lists them",
            if *n == 1 { "" } else { "s" }
        );
    }
}

pub fn run(args: CheckArgs, verdicts: bool) -> Result<u8> {
    // The extractor's tables take a few milliseconds to build; building them while the
    // manifest and the articles are read keeps the first article from waiting for them.
    // Where no thread can be started, the first sentence that needs a table builds it.
    let _ = std::thread::Builder::new().spawn(crate::extract::build_tables);
    let source = DataSource::resolve(args.data.data.as_deref());
    let bundled = matches!(source, DataSource::Bundled);
    // `extract` judges nothing: it needs the manifest's words, not the datasets.
    let store = if verdicts {
        Store::load(source)?
    } else {
        Store::manifest_only(source)?
    };
    // The bundled data is compiled in and validated by the tests (`bundled_data_is_clean`);
    // `extract` judges nothing.
    if verdicts && !bundled {
        warn_about_invalid_data(&store);
    }
    let checker = Checker::new(store);
    let opts = CheckOptions {
        date: args.date.as_deref().and_then(Date::parse),
        as_of: args.as_of.clone(),
        verdicts,
        charts: args.format.charts(),
    };
    let color = args.output.is_none()
        && args.format == Format::Table
        && std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none();
    let streaming = args.format.streams();
    let mut sink = if streaming {
        Some(Sink::open(args.output.as_deref())?)
    } else {
        None
    };
    let bar = progress_bar();
    let mut inputs = Articles::new(&args.articles, args.max_bytes, args.jsonl);
    let mut kept: Vec<ArticleReport> = Vec::new();
    let (mut input_errors, mut diverges, mut articles_seen, mut first_chunk) =
        (0usize, false, 0usize, true);
    loop {
        let mut batch = Vec::with_capacity(CHUNK);
        for item in inputs.by_ref() {
            match item {
                Ok(a) => batch.push(a),
                Err(e) => {
                    // Like ripgrep: report the bad input and go on with the others.
                    bar.suspend(|| eprintln!("claimcheck: error: {e}"));
                    input_errors += 1;
                }
            }
            if batch.len() == CHUNK {
                break;
            }
        }
        if batch.is_empty() {
            break;
        }
        articles_seen += batch.len();
        // Streamed formats are rendered article by article on the worker threads too;
        // rendering on the main thread alone took a fifth of a feed's time.
        let done: Vec<(bool, Done)> = batch
            .into_par_iter()
            .map(|a| {
                if streaming && a.text.len() > SLICED_FROM_BYTES {
                    return (false, Done::Sliced(a));
                }
                let report = checker.check(a, &opts);
                let diverges = report
                    .checked
                    .iter()
                    .any(|c| c.verdict == Verdict::Diverges);
                let done = if streaming {
                    Done::Rendered(render_streamed(report, args.format, verdicts))
                } else {
                    Done::Kept(report)
                };
                (diverges, done)
            })
            .collect();
        bar.inc(done.len() as u64);
        diverges |= done.iter().any(|(d, _)| *d);
        match sink.as_mut() {
            Some(out) => {
                if first_chunk {
                    out.write(&header(args.format, verdicts)?)?;
                    first_chunk = false;
                }
                // One write (and flush) a run of rendered articles, not one an article.
                let mut chunk: Vec<u8> = Vec::new();
                for (_, d) in done {
                    match d {
                        Done::Rendered(bytes) => chunk.extend_from_slice(&bytes),
                        Done::Sliced(article) => {
                            out.write(&std::mem::take(&mut chunk))?;
                            let mut w = std::io::BufWriter::with_capacity(1 << 20, SinkWriter(out));
                            diverges |=
                                checker.check_in_slices(article, &opts, SLICE, |report| {
                                    let one = Report {
                                        articles: vec![report],
                                        verdicts,
                                    };
                                    continuation(args.format).render(&one, &mut w)
                                })?;
                            w.flush()?;
                        }
                        // Streamed formats keep nothing.
                        Done::Kept(_) => {}
                    }
                }
                out.write(&chunk)?;
            }
            None => kept.extend(done.into_iter().filter_map(|(_, d)| match d {
                Done::Kept(report) => Some(report),
                Done::Rendered(_) | Done::Sliced(_) => None,
            })),
        }
    }
    bar.finish_and_clear();
    if articles_seen == 0 && input_errors > 0 {
        anyhow::bail!("no article could be read");
    }
    match sink {
        Some(mut out) => {
            if first_chunk {
                // No article at all: still a valid CSV with its header.
                out.write(&header(args.format, verdicts)?)?;
            }
            out.finish()?;
        }
        None => {
            let report = Report {
                articles: kept,
                verdicts,
            };
            // Rendered straight into the output, not into memory first: a corpus's JSON is
            // megabytes, and growing a buffer that size was an eighth of the run.
            let mut out = Sink::open(args.output.as_deref())?;
            let mut w = std::io::BufWriter::with_capacity(1 << 16, SinkWriter(&mut out));
            renderer(args.format, color).render(&report, &mut w)?;
            w.flush()?;
            drop(w);
            out.finish()?;
        }
    }
    if input_errors > 0 {
        return Ok(2);
    }
    Ok(if diverges { 1 } else { 0 })
}
