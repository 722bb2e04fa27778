//! Fuzzes load + check: the input is split at 0xFF bytes into plan.toml, the
//! orientation files and journal files (see `invariants::PARTS`), checked in
//! memory, and held to the promises every `check` must keep.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)] // the tests use more of it than the fuzzer
#[path = "../../tests/common/invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    let checked = invariants::check_files(invariants::files_of(data));
    invariants::assert_sound(&checked);
});
