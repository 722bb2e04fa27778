//! Every plan shipped in this repository passes `plan check`: the consortium's
//! plan in `plan/`, and each example under `examples/`, found from its folder.

mod common;

use common::{root, run, transcript};

#[test]
fn the_consortium_plan_is_valid() {
    let out = run(&root(), &["check"]);
    assert_eq!(out.status.code(), Some(0), "{}", transcript(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "plan/ : 4 orientations, 10 objectifs, 30 moyens, 35 indicateurs, 0 entrée, aucun problème\n"
    );
    let en = run(&root(), &["--lang", "en", "check"]);
    assert_eq!(
        String::from_utf8_lossy(&en.stdout),
        "plan/: 4 orientations, 10 objectives, 30 actions, 35 indicators, 0 entries, no problems\n"
    );
}

#[test]
fn every_example_is_valid() {
    let mut seen = 0;
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.join("plan/plan.toml").is_file() {
            continue;
        }
        seen += 1;
        let out = run(&dir, &["--lang", "en", "check", "--deny-warnings"]);
        assert_eq!(out.status.code(), Some(0), "{}: {}", dir.display(), transcript(&out));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.starts_with("plan/: ") && stdout.ends_with(", no problems\n"), "{}", transcript(&out));
    }
    assert!(seen >= 1, "no example plans found under examples/");
}
