//! Why the data gives no reference figure for a reading: one case a variant, with the
//! pieces its sentence needs. The sentences themselves are in `reason`, with every other
//! piece of prose.

/// Measures appear by their label ("exports"), partners by code, periods by label.
#[derive(Debug, Clone, PartialEq)]
pub enum Missing {
    /// The manifest declares no such measure.
    NoDataset { measure: String },
    /// The figure is about a country the data does not describe.
    OtherCountry { subject: String, home: String },
    /// A partner dataset, and the article names no partner.
    NoPartnerStated { what: String },
    /// The claim's currency is not the data's.
    Currency {
        stated: String,
        what: String,
        data: String,
    },
    /// A change of amounts stated in another currency than the data's.
    ChangeOfAmounts {
        stated: String,
        what: String,
        data: String,
    },
    /// A change written in another currency than the data's.
    ChangeInCurrency {
        stated: String,
        what: String,
        data: String,
    },
    /// A change in a unit no computation covers.
    ChangeNotComputed { what: String, unit: String },
    /// No row for the measure, partner and period; `available` names the latest periods.
    NoFigure {
        what: String,
        who: Option<String>,
        period: String,
        available: Option<String>,
    },
    /// A share with neither a published figure nor a declared level to compute it from.
    NoShare {
        what: String,
        who: Option<String>,
        period: String,
    },
    /// A share of the total in the total.
    ShareOfTotal { what: String },
    /// A ratio whose denominator is zero.
    Zero {
        what: String,
        total: bool,
        period: String,
    },
    /// A share between two lower bounds.
    UnboundedShare {
        what: String,
        partner: String,
        period: String,
    },
    /// A change between two lower bounds.
    UnboundedChange {
        what: String,
        from: String,
        to: String,
    },
    /// Neither the share nor the part to compute it from.
    NoPart {
        what: String,
        who: Option<String>,
        period: String,
        level: String,
        available: Option<String>,
    },
    /// The part but no total to divide by.
    NoTotal {
        what: String,
        who: Option<String>,
        period: String,
        total: String,
    },
    /// A year of a compounded rate is missing.
    NoYear {
        what: String,
        year: i32,
        available: Option<String>,
    },
    /// The two periods of a change straddle a break in the series.
    SeriesBreak {
        from: String,
        to: String,
        what: String,
        at: String,
        note: String,
    },
    /// A rank with no partner named.
    NoRanked,
    /// No total to know whether the data holds every partner.
    NoRankTotal { what: String, period: String },
    /// The data holds too few partners to place the ranked one first.
    RankIncomplete {
        partners: usize,
        covered_pct: f64,
        what: String,
        period: String,
        rest: String,
        ranked: String,
    },
    /// A trend with no two comparable periods.
    NoComparablePeriods {
        what: String,
        who: Option<String>,
        until: String,
    },
    /// A record with no full year to compare.
    NoFullYear { what: String },
    /// A record with one year only.
    OnlyOneYear { what: String },
}
