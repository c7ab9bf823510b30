//! What reference figures and deviations are counted in. Written as the strings the JSON
//! contract uses ("USD", "percent", "direction", "pp"), held as types so a typo is a
//! compile error rather than a silently wrong branch.

use serde::{Serialize, Serializer};
use std::fmt;

/// The unit of a reference figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefUnit {
    /// A unit the data declares: a currency code ("USD", "GEL") or a count ("trips").
    Data(String),
    Percent,
    /// A trend's direction: 1 up, -1 down, 0 flat; 2 a record.
    Direction,
    /// A place in a ranking: 1 the largest.
    Rank,
    /// A ratio of two levels ("doubled" is 2).
    Multiplier,
}

impl RefUnit {
    /// The unit a data row or manifest measure writes.
    pub fn of_data(unit: &str) -> RefUnit {
        match unit {
            "percent" => RefUnit::Percent,
            other => RefUnit::Data(other.to_string()),
        }
    }

    pub fn as_str(&self) -> &str {
        match self {
            RefUnit::Data(u) => u,
            RefUnit::Percent => "percent",
            RefUnit::Direction => "direction",
            RefUnit::Rank => "rank",
            RefUnit::Multiplier => "multiplier",
        }
    }
}

impl fmt::Display for RefUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for RefUnit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What a deviation is measured in: relative percent for levels, percentage points for
/// shares and rates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviationUnit {
    Percent,
    PercentagePoints,
}

impl DeviationUnit {
    pub fn as_str(self) -> &'static str {
        match self {
            DeviationUnit::Percent => "percent",
            DeviationUnit::PercentagePoints => "pp",
        }
    }
}

impl fmt::Display for DeviationUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for DeviationUnit {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_are_written_as_the_json_contract_spells_them() {
        assert_eq!(RefUnit::of_data("percent"), RefUnit::Percent);
        assert_eq!(RefUnit::of_data("USD").as_str(), "USD");
        assert_eq!(RefUnit::Direction.to_string(), "direction");
        assert_eq!(
            serde_json::to_string(&DeviationUnit::PercentagePoints).unwrap(),
            "\"pp\""
        );
    }
}
