//! Who a figure is about when the sentence turns it round: another country as subject,
//! a partner's exports to the home country, figures assigned "respectively".

use super::*;

/// The measure word a figure was read with starts with `stem` ("exported", "exports").
pub(super) fn term_word_starts(
    sentence: &str,
    term: Option<(usize, usize, usize)>,
    stem: &str,
) -> bool {
    term.is_some_and(|t| sentence[t.0..t.1].to_ascii_lowercase().starts_with(stem))
}

/// The partner whose exports go to the home country: "Azerbaijan exported ... to Georgia",
/// "exported from Azerbaijan to Georgia", "Azerbaijan's exports to the country".
pub(super) fn partner_side(
    sentence: &str,
    clause: (usize, usize),
    entities: &[EntityMention],
    home: &str,
) -> Option<String> {
    // Within the figure's own clause: "Georgian exports to Azerbaijan amounted to $502.7
    // million, while Azerbaijan exported goods worth $586 million to the country".
    let lower = sentence.to_ascii_lowercase();
    let in_clause = |e: &&EntityMention| e.start >= clause.0 && e.end <= clause.1;
    let to_home = entities
        .iter()
        .filter(in_clause)
        .any(|e| e.code == home && lower[..e.start].trim_end().ends_with(" to"))
        || lower[clause.0..clause.1].contains(" to the country");
    if !to_home {
        return None;
    }
    entities
        .iter()
        .filter(in_clause)
        .filter(|e| e.code != home && !e.demonym)
        .find(|e| {
            let after = lower[e.end..].trim_start();
            after.starts_with("exported")
                || after.starts_with("exports")
                || after.starts_with("'s exports")
                || after.starts_with("’s exports")
                || lower[..e.start].trim_end().ends_with(" from")
        })
        .map(|e| e.code.clone())
}

/// Another country as the subject without a possessive: "Turkey welcomed 1.2 million
/// visitors from Georgia", "Armenia received 1.85 million tourists", "Kazakhstan-China trade
/// turnover": the receiving country before its verb, the first of two countries joined by a
/// hyphen, or any other country when the home country is where the travellers come from.
pub(super) fn foreign_subject<'e>(
    sentence: &str,
    entities: &'e [EntityMention],
    home: &str,
) -> Option<&'e EntityMention> {
    // Not "exported"/"imported": "Azerbaijan exported $444.6 million to Georgia" is
    // Georgia's import, a change of perspective claimcheck does not make yet.
    const RECEIVING: &[&str] = &[
        "received",
        "receives",
        "welcomed",
        "welcomes",
        "hosted",
        "hosts",
        "attracted",
        "attracts",
    ];
    const TRAVELLERS: &[&str] = &[
        "tourists",
        "visitors",
        "travelers",
        "travellers",
        "arrivals",
        "trips",
        "visits",
        "citizens",
        "people",
        "residents",
        "holidaymakers",
    ];
    let next_word = |at: usize| {
        sentence[at..]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .find(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
    };
    let foreign = |e: &&EntityMention| e.code != home && !e.demonym;
    // One lower-case copy for every test below (ASCII lower case keeps byte offsets).
    let lower = sentence.to_ascii_lowercase();
    // The grammatical subject: not the object of "to", "from", "with", "in".
    let object = |e: &EntityMention| {
        let before = lower[..e.start].trim_end();
        let last = before.rsplit(' ').next().unwrap_or("");
        ["to", "from", "with", "in", "of", "and", "by"].contains(&last)
    };
    if let Some(e) = entities
        .iter()
        .filter(foreign)
        .filter(|e| !object(e))
        .find(|e| next_word(e.end).is_some_and(|w| RECEIVING.contains(&w.as_str())))
    {
        return Some(e);
    }
    // "tourists who visited Armenia", "Georgians visiting Turkey", "arrivals in Turkey":
    // where travellers go is whose tourism the figure counts.
    let destination = |e: &&EntityMention| {
        let mut before = lower[..e.start]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .rev();
        match before.next() {
            Some("visited" | "visiting" | "visit" | "visits" | "entered" | "entering") => true,
            Some("to" | "in") => before.next().is_some_and(|w| {
                TRAVELLERS.contains(&w)
                    || matches!(
                        w,
                        "travel" | "travelled" | "traveled" | "arrived" | "came" | "went"
                    )
            }),
            _ => false,
        }
    };
    if let Some(e) = entities.iter().filter(foreign).find(destination) {
        return Some(e);
    }
    // "Kazakhstan-China trade": two other countries joined by a hyphen.
    if let Some(pair) = entities.windows(2).find(|w| {
        w[0].code != home && w[1].code != home && sentence[w[0].end..w[1].start].trim() == "-"
    }) {
        return Some(&pair[0]);
    }
    // "visitors from Georgia": the home country is where the travellers come from.
    let from_home = entities.iter().any(|e| {
        let before = lower[..e.start].trim_end();
        e.code == home
            && before.ends_with(" from")
            && before
                .trim_end_matches(" from")
                .rsplit(' ')
                .next()
                .is_some_and(|w| TRAVELLERS.contains(&w))
    });
    if from_home {
        return entities.iter().find(|e| foreign(e));
    }
    None
}

/// "Türkiye, Russia and China were the top partners, with 2 billion, 1.71 billion and 1.40
/// billion dollars respectively": the n-th figure belongs to the n-th country named before
/// the figures, when the counts agree.
pub(super) fn assign_respectively(
    sentence: &str,
    offset: usize,
    entities: &[EntityMention],
    home: &str,
    drafts: &mut [Draft],
) {
    if !sentence.to_ascii_lowercase().contains("respectively") {
        return;
    }
    let figures: Vec<usize> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.claim.is_claim() && d.claim.kind == ClaimKind::Level)
        .map(|(i, _)| i)
        .collect();
    let Some(&first) = figures.first() else {
        return;
    };
    let first_at = drafts[first].claim.start - offset;
    let named: Vec<&EntityMention> = entities
        .iter()
        .filter(|e| e.code != home && e.end <= first_at)
        .collect();
    if named.len() != figures.len() || figures.len() < 2 {
        return;
    }
    for (i, e) in figures.into_iter().zip(named) {
        drafts[i].claim.counterpart = Some(e.code.clone());
        drafts[i].claim.provenance.counterpart = Some(Origin::Stated);
    }
}
