//! Maps and sets of the program's own keys (currency words, word lists, data rows). Nobody
//! chooses these keys to collide, so SipHash's defence against that buys nothing, and its
//! cost showed in profiles of every run.

pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
pub type FastSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;
