//! A problem found in a data file, with its file, line and column: what validation,
//! loading and imports report. Apart from the checks so loaders need not depend on them.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    /// 0 when the problem is the file as a whole.
    pub line: usize,
    pub column: Option<String>,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, &self.column) {
            (0, _) => write!(f, "{}: {}", self.file, self.message),
            (l, Some(c)) => write!(f, "{}:{}: column '{}': {}", self.file, l, c, self.message),
            (l, None) => write!(f, "{}:{}: {}", self.file, l, self.message),
        }
    }
}

/// Where a CSV the parser refused goes wrong, found with a plain CSV reader: the first row
/// whose cell count differs from the header's, or the line where a quote opens and never
/// closes. Only the offending line is quoted (at most 200 bytes): a refused 200 MB file
/// must not be echoed back.
pub fn locate_csv_fault(file: &str, bytes: &[u8]) -> Problem {
    let at = |line: usize, message: String| Problem {
        file: file.to_string(),
        line,
        column: None,
        message,
    };
    // A quote that never closes swallows the rest of the file into one cell.
    let mut open: Option<usize> = None;
    for (n, l) in bytes.split(|&b| b == b'\n').enumerate() {
        if l.iter().filter(|&&b| b == b'"').count() % 2 == 1 {
            open = match open {
                None => Some(n + 1),
                Some(_) => None,
            };
        }
    }
    if let Some(line) = open {
        return at(line, "a quote opens here and never closes".into());
    }
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let width = reader.headers().map(|h| h.len()).unwrap_or(0);
    let mut rec = csv::ByteRecord::new();
    loop {
        match reader.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) if rec.len() != width => {
                let line = rec.position().map_or(0, |p| p.line() as usize);
                return at(
                    line,
                    format!("{} cells, but the header has {width} columns", rec.len()),
                );
            }
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as usize);
                return at(line, format!("not CSV: {}", first_line(&e.to_string())));
            }
        }
    }
    at(0, "not a readable CSV".into())
}

fn first_line(s: &str) -> String {
    let l = s.lines().next().unwrap_or("");
    l.chars().take(200).collect()
}
