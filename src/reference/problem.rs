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
