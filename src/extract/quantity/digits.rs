//! Digit tokens to values with their precision: "1,339.8", "10 202.4", "1.2e9".

/// Parses a digit token: "1,339.8" → 1339.8 with its half-unit of precision.
pub fn parse_digits(text: &str) -> Option<(f64, f64)> {
    let cleaned: String = text
        .chars()
        .filter(|c| {
            // Apostrophes group thousands in Swiss prices ("1'049,95"); the tokenizer keeps
            // them only between a digit and a group of three.
            !c.is_whitespace()
                && !matches!(
                    c,
                    '\u{200B}' | '\u{00AD}' | '\u{2060}' | '\u{FEFF}' | '\'' | '’'
                )
        })
        .collect();
    let commas = cleaned.matches(',').count();
    let dots = cleaned.matches('.').count();
    let (int_part, frac_part): (String, String) = if commas > 0 && dots > 0 {
        let last_comma = cleaned.rfind(',').unwrap();
        let last_dot = cleaned.rfind('.').unwrap();
        let dec = if last_dot > last_comma { '.' } else { ',' };
        let (a, b) = cleaned.rsplit_once(dec).unwrap();
        (a.replace([',', '.'], ""), b.to_string())
    } else if commas + dots == 0 {
        (cleaned.clone(), String::new())
    } else {
        let sep = if commas > 0 { ',' } else { '.' };
        let count = commas.max(dots);
        let (a, b) = cleaned.rsplit_once(sep).unwrap();
        // One separator followed by other than three digits is a decimal mark; a lone dot is
        // always decimal in English text; repeated separators group thousands.
        if count == 1 && (b.len() != 3 || sep == '.' || a == "0") {
            (a.to_string(), b.to_string())
        } else if sep == '.' && cleaned.split('.').skip(1).any(|g| g.len() != 3) {
            // "21.08.18", "03.12.2023": dots between groups of other than three digits are
            // a date or a code, not thousands.
            return None;
        } else {
            (cleaned.replace(sep, ""), String::new())
        }
    };
    if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !frac_part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: f64 = format!(
        "{int_part}.{}",
        if frac_part.is_empty() {
            "0"
        } else {
            &frac_part
        }
    )
    .parse()
    .ok()
    // A number past f64's range (a 400-digit string) is no figure anyone can check.
    .filter(|v: &f64| v.is_finite())?;
    let half_unit = if !frac_part.is_empty() {
        0.5 * 10f64.powi(-(frac_part.len() as i32))
    } else {
        let zeros = int_part.bytes().rev().take_while(|b| *b == b'0').count();
        if zeros == int_part.len() {
            0.5
        } else {
            0.5 * 10f64.powi(zeros as i32)
        }
    };
    Some((value, half_unit))
}
