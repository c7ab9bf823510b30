//! claimcheck: checks the numbers in news articles against official statistics.
//!
//! Data flows one way: article → [`extract`] → [`verify`] (asking [`reference`]) → [`report`].

pub mod calendar;
pub mod cli;
pub mod extract;
pub mod fasthash;
pub mod input;
pub mod numfmt;
pub mod pipeline;
pub mod reference;
pub mod report;
pub mod serve;
pub mod staging;
pub mod verify;
