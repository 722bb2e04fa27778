//! `plan show ID` on the demo: an item, its status per year, and its entries.

mod common;

use common::{plan_cmd, root, transcript};

#[test]
fn show_an_objective() {
    let out = plan_cmd(&root())
        .env("COLUMNS", "120")
        .args(["--dir", "examples/demo/plan", "show", "1.2", "--as-of", "2019-06-30"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    insta::assert_snapshot!(String::from_utf8(out.stdout).unwrap());
}
