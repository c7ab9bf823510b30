//! Reading articles: files, directories, stdin; UTF-8 (with BOM) or UTF-16 with BOM;
//! HTML reduced to its text with title and date kept.

pub mod html;

use crate::extract::text::{Date, parse_loose_date};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: not valid UTF-8 text (byte {byte}); convert it to UTF-8 first")]
    Encoding {
        path: String,
        line: usize,
        byte: usize,
    },
    #[error("{path}: {size} bytes is larger than the {limit}-byte article limit (--max-bytes)")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}:{line}: not a JSON object with a \"text\" string: {message}")]
    JsonLine {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}:{line}: \"date\" '{date}' is not a date (use YYYY-MM-DD); record skipped")]
    BadDate {
        path: String,
        line: usize,
        date: String,
    },
    #[error("{path}: looks like a binary file (it contains NUL bytes), not article text")]
    Binary { path: String },
    #[error("{path}: no .txt, .md, .html, .htm or .jsonl articles in this directory")]
    EmptyDir { path: String },
}

pub struct Article {
    pub source: String,
    /// The article's id in a JSON Lines feed.
    pub id: Option<String>,
    pub text: String,
    pub title: Option<String>,
    pub date: Option<Date>,
}

pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

const EXTENSIONS: &[&str] = &["txt", "md", "html", "htm", "jsonl", "ndjson"];

fn is_json_lines(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| matches!(x.to_ascii_lowercase().as_str(), "jsonl" | "ndjson"))
}

/// One record of a news-monitoring export.
#[derive(serde::Deserialize)]
struct JsonArticle {
    text: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// A feed record's headline is part of the article as read: it states figures a
/// fact-checker checks too, and often the reporting period. It opens the text unless the
/// text already does.
pub fn with_headline(title: Option<&str>, text: String) -> String {
    match title.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) if !text.trim_start().starts_with(t) => format!("{t}\n\n{text}"),
        _ => text,
    }
}

/// Articles from files, directories, stdin and JSON Lines feeds, read lazily in input order
/// so a long feed never sits in memory whole.
pub struct Articles {
    pending: VecDeque<Result<PathBuf, InputError>>,
    feed: Option<(String, Box<dyn BufRead>, usize)>,
    max_bytes: u64,
    stdin_json_lines: bool,
}

impl Articles {
    pub fn new(inputs: &[PathBuf], max_bytes: u64, stdin_json_lines: bool) -> Articles {
        Articles {
            pending: expand(inputs).into(),
            feed: None,
            max_bytes,
            stdin_json_lines,
        }
    }

    fn next_from_feed(&mut self) -> Option<Result<Article, InputError>> {
        let (name, reader, line_no) = self.feed.as_mut()?;
        loop {
            let mut bytes = Vec::new();
            *line_no += 1;
            // Each line is decoded on its own: one bad byte costs its record, not the feed.
            let read = reader.read_until(b'\n', &mut bytes);
            let line = match read {
                Ok(0) => String::new(),
                Ok(_) => {
                    let body = if *line_no == 1 {
                        bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes)
                    } else {
                        &bytes
                    };
                    match std::str::from_utf8(body) {
                        Ok(t) => t.to_string(),
                        Err(e) => {
                            return Some(Err(InputError::Encoding {
                                path: name.clone(),
                                line: *line_no,
                                byte: e.valid_up_to() + 1,
                            }));
                        }
                    }
                }
                Err(_) => String::new(),
            };
            match read {
                Ok(0) => {
                    self.feed = None;
                    return None;
                }
                Ok(_) if line.trim().is_empty() => continue,
                Ok(n) if n as u64 > self.max_bytes => {
                    return Some(Err(InputError::TooLarge {
                        path: format!("{name}:{line_no}"),
                        size: n as u64,
                        limit: self.max_bytes,
                    }));
                }
                Ok(_) => {
                    let rec: Result<JsonArticle, _> = serde_json::from_str(&line);
                    return Some(match rec {
                        Ok(r) => {
                            let id = r.id.map(|v| match v {
                                serde_json::Value::String(s) => s,
                                other => other.to_string(),
                            });
                            let source = r
                                .url
                                .clone()
                                .or_else(|| id.clone().map(|i| format!("{name}#{i}")))
                                .unwrap_or_else(|| format!("{name}:{line_no}"));
                            Ok(Article {
                                source,
                                id: id.or_else(|| Some(line_no.to_string())),
                                text: with_headline(r.title.as_deref(), r.text),
                                title: r.title,
                                date: match r.date.as_deref().map(|d| (d, parse_loose_date(d))) {
                                    Some((d, None)) if !d.trim().is_empty() => {
                                        return Some(Err(InputError::JsonLine {
                                            path: name.clone(),
                                            line: *line_no,
                                            message: format!(
                                                "\"date\" '{d}' is not a date (use YYYY-MM-DD)"
                                            ),
                                        }));
                                    }
                                    Some((_, date)) => date,
                                    None => None,
                                },
                            })
                        }
                        Err(e) => Err(InputError::JsonLine {
                            path: name.clone(),
                            line: *line_no,
                            message: e.to_string(),
                        }),
                    });
                }
                Err(e) => {
                    let err = InputError::Io {
                        path: name.clone(),
                        source: e,
                    };
                    self.feed = None;
                    return Some(Err(err));
                }
            }
        }
    }
}

impl Iterator for Articles {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.feed.is_some() {
                if let Some(a) = self.next_from_feed() {
                    return Some(a);
                }
                continue;
            }
            let path = match self.pending.pop_front()? {
                Ok(p) => p,
                Err(e) => return Some(Err(e)),
            };
            let stdin = path.as_os_str() == "-";
            if (stdin && self.stdin_json_lines) || (!stdin && is_json_lines(&path)) {
                let name = if stdin {
                    "-".to_string()
                } else {
                    path.display().to_string()
                };
                let reader: Box<dyn BufRead> = if stdin {
                    Box::new(BufReader::new(std::io::stdin()))
                } else {
                    match std::fs::File::open(&path) {
                        Ok(f) => Box::new(BufReader::new(f)),
                        Err(e) => {
                            return Some(Err(InputError::Io {
                                path: name,
                                source: e,
                            }));
                        }
                    }
                };
                self.feed = Some((name, reader, 0));
                continue;
            }
            return Some(read_article(&path, self.max_bytes));
        }
    }
}

/// Expands directories (recursively, by extension, sorted) and keeps files and "-" as given.
pub fn expand(inputs: &[PathBuf]) -> Vec<Result<PathBuf, InputError>> {
    let mut out = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" || !p.is_dir() {
            out.push(Ok(p.clone()));
            continue;
        }
        let mut found = Vec::new();
        walk(p, &mut found, &mut std::collections::HashSet::new());
        found.sort();
        if found.is_empty() {
            out.push(Err(InputError::EmptyDir {
                path: p.display().to_string(),
            }));
        }
        out.extend(found.into_iter().map(Ok));
    }
    out
}

/// Articles under `dir`. A directory reached twice (a `self -> .` link, a loop) is read
/// once: directories are known by device and inode.
fn walk(dir: &Path, found: &mut Vec<PathBuf>, seen: &mut std::collections::HashSet<(u64, u64)>) {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = std::fs::metadata(dir) else {
        return;
    };
    if !seen.insert((meta.dev(), meta.ino())) {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, found, seen);
        } else if p
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
        {
            found.push(p);
        }
    }
}

pub fn read_article(path: &Path, max_bytes: u64) -> Result<Article, InputError> {
    let name = if path.as_os_str() == "-" {
        "-".to_string()
    } else {
        path.display().to_string()
    };
    let io = |e| InputError::Io {
        path: name.clone(),
        source: e,
    };
    let mut bytes = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .lock()
            .take(max_bytes + 1)
            .read_to_end(&mut bytes)
            .map_err(io)?;
    } else {
        let f = std::fs::File::open(path).map_err(io)?;
        f.take(max_bytes + 1).read_to_end(&mut bytes).map_err(io)?;
    }
    if bytes.len() as u64 > max_bytes {
        return Err(InputError::TooLarge {
            path: name,
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    article_from_bytes(&name, bytes)
}

/// An article from its bytes and the name it came under (a path, "-", an upload's file
/// name): decoded, and read as an HTML page when the name or the text says it is one.
pub fn article_from_bytes(name: &str, bytes: Vec<u8>) -> Result<Article, InputError> {
    let text = decode(name, bytes)?;
    let is_html = Path::new(name)
        .extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| matches!(x.to_ascii_lowercase().as_str(), "html" | "htm"))
        || text.trim_start().get(..15).is_some_and(|h| {
            h.to_ascii_lowercase().starts_with("<!doctype html")
                || h.to_ascii_lowercase().starts_with("<html")
        });
    if is_html {
        let page = html::to_text(&text);
        return Ok(Article {
            source: name.to_string(),
            id: None,
            text: page.text,
            title: page.title,
            date: page.date.as_deref().and_then(parse_loose_date),
        });
    }
    let title = markdown_title(&text);
    Ok(Article {
        source: name.to_string(),
        id: None,
        text,
        title,
        date: None,
    })
}

fn markdown_title(text: &str) -> Option<String> {
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    first.strip_prefix("# ").map(|t| t.trim().to_string())
}

/// UTF-8 (a BOM is dropped) or UTF-16 with a BOM; anything else is an error naming the line.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| {
                let pair = [c[0], *c.get(1).unwrap_or(&0)];
                if le {
                    u16::from_le_bytes(pair)
                } else {
                    u16::from_be_bytes(pair)
                }
            })
            .collect();
        return String::from_utf16(&units).map_err(|_| InputError::Encoding {
            path: name.to_string(),
            line: 1,
            byte: 0,
        });
    }
    let bytes = if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes[3..].to_vec()
    } else {
        bytes
    };
    // Text has no NUL bytes; images, PDFs and executables do, early on.
    if bytes.iter().take(8192).any(|b| *b == 0) {
        return Err(InputError::Binary {
            path: name.to_string(),
        });
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..at].iter().filter(|b| **b == b'\n').count() + 1;
        InputError::Encoding {
            path: name.to_string(),
            line,
            byte: at,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_feed_headline_opens_the_text_once() {
        assert_eq!(
            with_headline(Some("Exports up 5%"), "Body.".into()),
            "Exports up 5%\n\nBody."
        );
        assert_eq!(
            with_headline(Some("Exports up 5%"), "Exports up 5%\nBody.".into()),
            "Exports up 5%\nBody."
        );
        assert_eq!(with_headline(None, "Body.".into()), "Body.");
    }

    #[test]
    fn utf16_and_bom_are_decoded() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Trade: $2 bn".encode_utf16() {
            b.extend(u.to_le_bytes());
        }
        assert_eq!(decode("x", b).unwrap(), "Trade: $2 bn");
        assert_eq!(decode("x", b"\xEF\xBB\xBFhi".to_vec()).unwrap(), "hi");
    }

    #[test]
    fn latin1_is_an_error_with_the_line() {
        let e = decode("a.txt", b"ok\ncaf\xE9\n".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt:2: not valid UTF-8 text (byte 6); convert it to UTF-8 first"
        );
    }
}
