//! Numbers as a newsroom writes them: "2.53 bn USD", "1,421,900", "22.5%".

pub fn thousands(v: f64, decimals: usize) -> String {
    let neg = v < 0.0;
    let s = format!("{:.*}", decimals, v.abs());
    let (int, frac) = match s.split_once('.') {
        Some((a, b)) => (a.to_string(), Some(b.to_string())),
        None => (s.clone(), None),
    };
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    if neg { format!("-{out}") } else { out }
}

/// Shortest decimal form with at most `max` decimals ("2.530" → "2.53").
pub fn trim(v: f64, max: usize) -> String {
    let s = format!("{:.*}", max, v);
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

pub fn amount(v: f64, unit: &str) -> String {
    if !v.is_finite() {
        return if v > 0.0 {
            "∞".into()
        } else {
            "−∞".into()
        };
    }
    match unit {
        "percent" => format!("{}%", trim(v, 2)),
        "pp" => format!("{} pp", trim(v, 2)),
        "multiplier" => format!("{}×", trim(v, 2)),
        "rank" => format!("#{}", trim(v, 0)),
        "direction" => match v {
            x if x > 1.5 => "record high".into(),
            x if x > 0.0 => "rising".into(),
            x if x < 0.0 => "falling".into(),
            _ => "no clear change".into(),
        },
        _ => {
            let a = v.abs();
            let body = if a >= 1e9 {
                format!("{} bn", trim(v / 1e9, 3))
            } else if a >= 1e6 && v.fract() == 0.0 && (v / 1e3).fract() == 0.0 && unit.len() == 3 {
                format!("{} mn", trim(v / 1e6, 3))
            } else if v.fract() == 0.0 {
                thousands(v, 0)
            } else {
                thousands(v, 2)
            };
            if unit.is_empty() || unit == "count" {
                body
            } else {
                format!("{body} {unit}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(amount(2.53e9, "USD"), "2.53 bn USD");
        assert_eq!(amount(1_421_900.0, "trips"), "1,421,900 trips");
        assert_eq!(amount(22.5, "percent"), "22.5%");
        assert_eq!(amount(-5.14, "percent"), "-5.14%");
        assert_eq!(amount(681_500_000.0, "USD"), "681.5 mn USD");
        assert_eq!(thousands(1234567.891, 2), "1,234,567.89");
    }
}
