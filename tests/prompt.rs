//! Guided entry: `record`, `assess` and `note` without their arguments, on a
//! terminal, ask each field; typed through a pseudo-terminal as a person
//! would, with accents. Off a terminal they name what is missing.

mod common;

use std::fs;

use common::{plan_cmd, transcript};

/// A new French plan for 2025-2028, with a tag vocabulary, a document, and
/// one earlier activity whose title can be completed.
fn french_plan() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let out =
        plan_cmd(tmp.path()).args(["init", "--lang", "fr", "--start-year", "2025", "--end-year", "2028"]).output();
    assert_eq!(out.unwrap().status.code(), Some(0));
    let plan = tmp.path().join("plan/plan.toml");
    let text = fs::read_to_string(&plan).unwrap();
    let text = text.replace("# [tags]\n# territoire = [", "[tags]\nterritoire = [");
    fs::write(&plan, text).unwrap();
    fs::write(tmp.path().join("plan/documents/pv-comité.pdf"), "pv").unwrap();
    let journal = "\n[[activity]]\ndate = 2025-02-10\ntitle = \"Comité de coordination élargi\"\nindicators = [\"1.1.1a\", \"1.1.1b\"]\n";
    let path = tmp.path().join("plan/journal/2025.toml");
    let before = fs::read_to_string(&path).unwrap();
    fs::write(&path, before + journal).unwrap();
    let check = plan_cmd(tmp.path()).args(["check"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", transcript(&check));
    tmp
}

/// Off a terminal, nothing is asked: the missing arguments are named (exit 2).
#[test]
fn off_a_terminal_the_missing_arguments_are_named() {
    let tmp = french_plan();
    let cases: [(&[&str], &str); 4] = [
        (&["record"], "il manque : TITRE, --indicator ID"),
        (&["record", "Rencontre"], "il manque : --indicator ID"),
        (&["assess", "1.1.1c"], "il manque : NIVEAU"),
        (&["note", "plan"], "il manque : RUBRIQUE, TEXTE"),
    ];
    for (args, said) in cases {
        let out = plan_cmd(tmp.path()).args(args).stdin(std::process::Stdio::null()).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", transcript(&out));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(said), "{args:?}: {err}");
        assert!(err.contains("pose les questions une à une"), "{err}");
    }
    let english = plan_cmd(tmp.path()).args(["--lang", "en", "record"]).output().unwrap();
    assert!(String::from_utf8(english.stderr).unwrap().contains("missing: TITLE, --indicator ID"));
}

#[cfg(unix)]
mod terminal {
    use super::*;
    use expectrl::{Eof, Expect, Session};
    use std::path::Path;
    use std::time::Duration;

    const ENTER: &str = "\r";
    const ESC: &str = "\x1b";
    const DOWN: &str = "\x1b[B";

    type Pty = Session<expectrl::process::unix::UnixProcess, expectrl::process::unix::PtyStream>;

    fn spawn(dir: &Path, args: &[&str]) -> Pty {
        let mut cmd = plan_cmd(dir);
        cmd.args(args).env("TERM", "xterm").env("COLUMNS", "80");
        let mut session = Session::spawn(cmd).expect("a pseudo-terminal");
        session.set_expect_timeout(Some(Duration::from_secs(20)));
        session
    }

    /// Waits for `text` on the screen, then types `keys`.
    fn answer(pty: &mut Pty, text: &str, keys: &str) {
        pty.expect(text).unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"));
        pty.send(keys).unwrap();
    }

    /// Everything left on the screen, and the exit code.
    fn finish(mut pty: Pty) -> (String, i32) {
        let rest = pty.expect(Eof).unwrap();
        let screen = String::from_utf8_lossy(rest.as_bytes()).into_owned();
        let status = pty.get_process().wait().unwrap();
        let code = match status {
            expectrl::process::unix::WaitStatus::Exited(_, code) => code,
            other => panic!("plan did not exit: {other:?}"),
        };
        (screen, code)
    }

    fn journal(dir: &Path, year: i32) -> String {
        fs::read_to_string(dir.join(format!("plan/journal/{year}.toml"))).unwrap()
    }

    #[test]
    fn record_asks_each_field_in_french_and_writes_what_was_answered() {
        let tmp = french_plan();
        let mut pty = spawn(tmp.path(), &["record"]);
        answer(&mut pty, "Date (AAAA-MM-JJ)", "15/03/2026\r");
        answer(&mut pty, "écrivez la date ainsi : 2026-03-15", &"\x7f".repeat(10));
        pty.send("05/06/2026\r").unwrap();
        answer(&mut pty, "2026-06-05 ou 2026-05-06 ? écrivez l'année, le mois puis le jour", &"\x7f".repeat(10));
        pty.send("2026-13-01\r").unwrap();
        answer(&mut pty, "ce jour n'existe pas au calendrier", &"\x7f".repeat(10));
        pty.send("demain\r").unwrap();
        answer(&mut pty, "écrivez la date ainsi : 2019-03-15", &"\x7f".repeat(10));
        pty.send("2026-03-15\r").unwrap();
        answer(&mut pty, "Titre de l'activité", "Réunion régionale à Shawinigan — été\r");
        answer(&mut pty, "Indicateurs auxquels elle compte", "");
        answer(&mut pty, "[tapez pour filtrer, espace pour cocher, Entrée pour valider]", ENTER);
        answer(&mut pty, "cochez-en au moins un avec la barre d'espace", "1.1.1a");
        pty.send(" \r").unwrap();
        answer(&mut pty, "Pour combien compte-t-elle ?", "5000000000\r");
        answer(&mut pty, "au plus 4\u{a0}294\u{a0}967\u{a0}295 : vérifiez le nombre", &"\x7f".repeat(10));
        pty.send("3\r").unwrap();
        answer(&mut pty, "Étiquettes « territoire »", &format!("{DOWN} {DOWN} {ENTER}"));
        answer(&mut pty, "Note (facultative)", "Présences : 12 élus, dont 3 maires\r");
        answer(&mut pty, "Pièce justificative (facultative)", "documents/absent.pdf\r");
        answer(&mut pty, "ce fichier n'est pas dans le dossier du plan", &"\x7f".repeat(20));
        pty.send("pv\t").unwrap();
        pty.send(ENTER).unwrap();
        answer(&mut pty, "Pièce justificative (facultative)", ENTER);
        answer(&mut pty, "Voici ce qui sera ajouté à plan/journal/2026.toml", "");
        answer(&mut pty, "L'ajouter ? (O/n)", "oui\r");
        let (screen, code) = finish(pty);
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("Ajouté à plan/journal/2026.toml"), "{screen}");
        let written = journal(tmp.path(), 2026);
        let entry = "[[activity]]\ndate = 2026-03-15\ntitle = \"Réunion régionale à Shawinigan — été\"\n\
            indicators = [\"1.1.1a\"]\namount = 3\nnote = \"Présences : 12 élus, dont 3 maires\"\n\
            evidence = [\"documents/pv-comité.pdf\"]\ntags = { territoire = [\"Sud\", \"Centre\"] }\n";
        assert!(written.ends_with(entry), "{written}");
    }

    #[test]
    fn an_earlier_title_completes_and_proposes_its_indicators() {
        let tmp = french_plan();
        let mut pty = spawn(tmp.path(), &["record", "--date", "2025-05-01"]);
        answer(&mut pty, "Titre de l'activité", "élargi");
        answer(&mut pty, "Comité de coordination élargi", "\t\r");
        answer(&mut pty, "[x] 1.1.1b", ENTER);
        answer(&mut pty, "Pour combien compte-t-elle ?", ENTER);
        answer(&mut pty, "Étiquettes « territoire »", ENTER);
        answer(&mut pty, "Note (facultative)", ENTER);
        answer(&mut pty, "Pièce justificative (facultative)", ENTER);
        answer(&mut pty, "L'ajouter ?", ENTER);
        let (screen, code) = finish(pty);
        assert_eq!(code, 0, "{screen}");
        let written = journal(tmp.path(), 2025);
        let entry = "[[activity]]\ndate = 2025-05-01\ntitle = \"Comité de coordination élargi\"\n\
            indicators = [\"1.1.1a\", \"1.1.1b\"]\n";
        assert!(written.ends_with(entry), "{written}");
    }

    /// "hier" answers the date question with yesterday's date.
    #[test]
    fn yesterday_may_be_named() {
        use chrono::Datelike;
        let tmp = tempfile::tempdir().unwrap();
        let year = chrono::Local::now().date_naive().year();
        let (first, last) = ((year - 1).to_string(), (year + 1).to_string());
        let init =
            plan_cmd(tmp.path()).args(["init", "--lang", "fr", "--start-year", &first, "--end-year", &last]).output();
        assert_eq!(init.unwrap().status.code(), Some(0));
        let yesterday = chrono::Local::now().date_naive().pred_opt().unwrap();
        let mut pty = spawn(tmp.path(), &["record", "-i", "1.1.1a", "--amount", "1"]);
        answer(&mut pty, "Date (AAAA-MM-JJ)", &"\x7f".repeat(10));
        pty.send("hier\r").unwrap();
        // The day may turn while the test runs: either day is right.
        let days = [yesterday, yesterday.succ_opt().unwrap()];
        let answered = pty.expect("Titre de l'activité").unwrap();
        let answered = plain(answered.before());
        assert!(days.iter().any(|day| answered.contains(&format!("Date (AAAA-MM-JJ) {day}"))), "{answered}");
        pty.send("Visite\r").unwrap();
        answer(&mut pty, "Note (facultative)", ENTER);
        answer(&mut pty, "Pièce justificative (facultative)", ENTER);
        let shown = pty.expect("L'ajouter ?").unwrap();
        let shown = plain(shown.before());
        assert!(days.iter().any(|day| shown.contains(&format!("date = {day}"))), "{shown}");
        pty.send("n\r").unwrap();
        let (screen, code) = finish(pty);
        assert_eq!(code, 1, "{screen}");
    }

    /// A file dragged into the terminal comes in full, between quotes
    /// (GNOME, Windows) or with a backslash before each space (macOS): it is
    /// written from the plan's folder. A file outside the plan is refused.
    #[test]
    fn evidence_dragged_in_is_written_from_the_plan_folder() {
        let tmp = tempfile::tempdir().unwrap();
        let init = ["init", "--lang", "fr", "--start-year", "2025", "--end-year", "2028"];
        assert_eq!(plan_cmd(tmp.path()).args(init).output().unwrap().status.code(), Some(0));
        let docs = tmp.path().join("plan/documents");
        fs::write(docs.join("pv du comité.pdf"), "pv").unwrap();
        fs::write(docs.join("liste (2026).pdf"), "liste").unwrap();
        fs::write(tmp.path().join("ailleurs.pdf"), "hors du plan").unwrap();
        let full = |name: &str| docs.canonicalize().unwrap().join(name).display().to_string();
        let mut pty = spawn(tmp.path(), &["record", "--date", "2026-03-15", "-i", "1.1.1a", "--amount", "1"]);
        answer(&mut pty, "Titre de l'activité", "Comité\r");
        answer(&mut pty, "Note (facultative)", ENTER);
        let outside = tmp.path().canonicalize().unwrap().join("ailleurs.pdf").display().to_string();
        answer(&mut pty, "Pièce justificative (facultative)", &format!("'{outside}' \r"));
        answer(&mut pty, "ce fichier n'est pas dans le dossier du plan", &"\x7f".repeat(outside.len() + 3));
        pty.send(format!("'{}' \r", full("pv du comité.pdf"))).unwrap();
        // Once answered, the line shows the path as the journal names it
        // (between the question and it, only the answer's colour).
        let named = expectrl::Regex(r"\(facultative\) (\x1b\[[0-9;]*m)*documents/pv du comité\.pdf");
        pty.expect(named).unwrap_or_else(|e| panic!("the path as the journal names it: {e}"));
        let mac = full("liste (2026).pdf").replace(' ', "\\ ").replace('(', "\\(").replace(')', "\\)");
        pty.send(format!("{mac}\r")).unwrap();
        answer(&mut pty, "Pièce justificative (facultative)", ENTER);
        answer(&mut pty, "L'ajouter ? (O/n)", "oui\r");
        let (screen, code) = finish(pty);
        assert_eq!(code, 0, "{screen}");
        let evidence = "evidence = [\"documents/pv du comité.pdf\", \"documents/liste (2026).pdf\"]\n";
        assert!(journal(tmp.path(), 2026).ends_with(evidence), "{}", journal(tmp.path(), 2026));
    }

    /// The text of a stretch of the terminal's stream, its escape sequences
    /// (styles, cursor moves) taken out.
    fn plain(bytes: &[u8]) -> String {
        let text = String::from_utf8_lossy(bytes);
        let mut plain = String::new();
        let mut rest = &text[..];
        while let Some(at) = rest.find('\x1b') {
            plain.push_str(&rest[..at]);
            let csi = rest[at + 1..].strip_prefix('[').unwrap_or("");
            let end = csi.find(|c: char| ('@'..='~').contains(&c)).map_or(0, |e| e + 1);
            rest = &csi[end..];
        }
        plain + rest
    }

    /// A long title or note, once answered, stays on the screen cut at
    /// spaces, its other lines under its first word: the terminal breaks no
    /// word in two.
    #[test]
    fn a_long_answer_stays_on_the_screen_cut_under_its_first_word() {
        let tmp = french_plan();
        let title = "Rencontre du comité directeur avec les partenaires régionaux du Consortium et les élus";
        let mut pty = spawn(tmp.path(), &["record", "--date", "2026-03-15", "-i", "1.1.1a", "--amount", "1"]);
        answer(&mut pty, "Titre de l'activité", &format!("{title}\r"));
        let shown = pty.expect("Étiquettes « territoire »").unwrap();
        let shown = plain(shown.before());
        // After the prompt's mark (`>` or `?`, with colours or without) and a space.
        let first = " Titre de l'activité Rencontre du comité directeur avec les partenaires";
        let next =
            format!("{}régionaux du Consortium et les élus", " ".repeat("> Titre de l'activité ".chars().count()));
        assert!(shown.contains(&format!("{first}\r\n{next}")), "{shown:?}");
        pty.send(ENTER).unwrap();
        answer(
            &mut pty,
            "Note (facultative)",
            "Présentation du bilan de mi-parcours ; décisions sur la suite du plan\r",
        );
        let shown = plain(pty.expect("Pièce justificative").unwrap().before());
        let first = " Note (facultative) Présentation du bilan de mi-parcours ; décisions sur la";
        let next = format!("{}suite du plan", " ".repeat("> Note (facultative) ".chars().count()));
        assert!(shown.contains(&format!("{first}\r\n{next}")), "{shown:?}");
        pty.send(ESC).unwrap();
        let (_, code) = finish(pty);
        assert_eq!(code, 1);
    }

    #[test]
    fn escape_or_no_writes_nothing() {
        let tmp = french_plan();
        let before = journal(tmp.path(), 2025);
        let mut pty = spawn(tmp.path(), &["record"]);
        answer(&mut pty, "Date (AAAA-MM-JJ)", "2025-04-01\r");
        answer(&mut pty, "Titre de l'activité", ESC);
        let (screen, code) = finish(pty);
        assert_eq!(code, 1, "{screen}");
        assert!(screen.contains("<annulé>") && screen.contains("annulé : rien n'a été écrit"), "{screen}");
        assert!(!screen.contains("cancel"), "inquire's own words are replaced: {screen}");

        let mut pty = spawn(tmp.path(), &["note", "--date", "2025-04-01", "plan", "défis"]);
        answer(&mut pty, "Texte", "Peu de présences en été\r");
        answer(&mut pty, "Pièce justificative", ENTER);
        answer(&mut pty, "L'ajouter ?", "peut-être\r");
        answer(&mut pty, "répondez o (oui) ou n (non)", &"\x7f".repeat(9));
        pty.send("n\r").unwrap();
        let (screen, code) = finish(pty);
        assert_eq!(code, 1, "{screen}");
        assert!(screen.contains("annulé : rien n'a été écrit"), "{screen}");
        assert_eq!(journal(tmp.path(), 2025), before, "nothing was written");
    }

    #[test]
    fn assess_and_note_ask_from_lists_in_the_ui_language() {
        let tmp = french_plan();
        let mut pty = spawn(tmp.path(), &["assess"]);
        answer(&mut pty, "Date (AAAA-MM-JJ)", "2025-06-30\r");
        answer(&mut pty, "Indicateur évalué", ENTER);
        answer(&mut pty, "en bonne voie", "risque\r");
        answer(&mut pty, "Note (facultative)", "Deux partenaires se sont retirés\r");
        answer(&mut pty, "Pièce justificative", ENTER);
        answer(&mut pty, "level = \"à-risque\"", "");
        answer(&mut pty, "L'ajouter ?", "o\r");
        let (screen, code) = finish(pty);
        assert_eq!(code, 0, "{screen}");
        assert!(screen.contains("1.1.1c « à risque »"), "{screen}");

        let mut pty = spawn(tmp.path(), &["note"]);
        answer(&mut pty, "Date (AAAA-MM-JJ)", "2025-06-30\r");
        answer(&mut pty, "À propos de", "1.1.1c\r");
        answer(&mut pty, "Rubrique", &format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
        answer(&mut pty, "Texte", "Relancer les partenaires à l'automne\r");
        answer(&mut pty, "Pièce justificative", ENTER);
        answer(&mut pty, "L'ajouter ?", ENTER);
        let (screen, code) = finish(pty);
        assert_eq!(code, 0, "{screen}");
        let written = journal(tmp.path(), 2025);
        assert!(written.contains("level = \"à-risque\"\nnote = \"Deux partenaires se sont retirés\"\n"), "{written}");
        let narrative =
            "about = \"1.1.1c\"\ntopic = \"explication\"\ntext = \"Relancer les partenaires à l'automne\"\n";
        assert!(written.ends_with(narrative), "{written}");
    }

    /// The lines a person sees: the terminal's line ends taken out.
    fn seen(screen: &str) -> Vec<String> {
        screen.split('\n').map(|l| l.trim_end_matches('\r').to_string()).filter(|l| !l.is_empty()).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        text.split_whitespace().collect()
    }

    /// `plan ARGS` through a pipe, where no line is cut: what it printed, and
    /// whether a line of it is wider than 80 columns.
    fn piped(dir: &Path, args: &[&str]) -> (String, bool) {
        let out = plan_cmd(dir).args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap() + &String::from_utf8(out.stderr).unwrap();
        let wide = text.lines().any(|l| l.chars().count() > 80);
        (text, wide)
    }

    /// In a terminal of 80 columns (the pseudo-terminal's), prose is cut at
    /// spaces, on stdout and on stderr: no line is wider, no word is broken,
    /// and the words are those printed to a pipe, where lines stay whole.
    #[test]
    fn prose_is_cut_at_spaces_to_the_terminal_and_whole_in_a_pipe() {
        let tmp = french_plan();
        let title = "Rencontre du comité de coordination élargi avec les partenaires de la MRC et les élus";
        let note =
            "Une note assez longue pour voir comment elle se présente dans un terminal de quatre-vingts colonnes";
        let record = ["record", title, "-i", "1.1.1a", "--date", "2026-03-15", "--note", note];
        let (in_pipe, wide) = piped(tmp.path(), &record);
        assert!(wide, "{in_pipe}");
        for _ in 0..2 {
            piped(tmp.path(), &["undo"]);
        }
        let (nothing_to_undo, wide) = piped(tmp.path(), &["undo"]);
        assert!(wide, "{nothing_to_undo}");
        let (show, wide) = piped(tmp.path(), &["show", "1.1", "--as-of", "2026-03-31"]);
        assert!(wide, "{show}");

        for (args, whole) in [(&record[..], Some(&in_pipe)), (&["undo"], None), (&["undo"], Some(&nothing_to_undo))] {
            let (screen, _) = finish(spawn(tmp.path(), args));
            let lines = seen(&screen);
            // Except an undone entry's TOML, shown whole, to be copied back.
            let toml = |l: &&String| l.starts_with("title = ") || l.starts_with("note = ");
            assert!(lines.iter().filter(|l| !toml(l)).all(|l| l.chars().count() <= 80), "{args:?}:\n{screen}");
            assert_eq!(lines.iter().filter(toml).count(), if whole.is_none() { 2 } else { 0 }, "{screen}");
            if let Some(whole) = whole {
                assert_eq!(words(&lines.join("\n")), words(whole), "{args:?}:\n{screen}");
            }
        }
        let (screen, code) = finish(spawn(tmp.path(), &["show", "1.1", "--as-of", "2026-03-31"]));
        assert_eq!(code, 0, "{screen}");
        let lines = seen(&screen);
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{screen}");
        // The rule, cut into lines under its first, says the same as in the pipe.
        let rule = |lines: &[String]| -> String {
            let at = lines.iter().position(|l| l.trim_start().starts_with("Règle :")).expect("the rule");
            let indent = |l: &String| l.len() - l.trim_start().len();
            let more = lines[at + 1..].iter().take_while(|l| indent(l) > indent(&lines[at])).count();
            lines[at..=at + more].join(" ")
        };
        let show_lines: Vec<String> = show.lines().map(str::to_string).collect();
        assert_eq!(words(&rule(&lines)), words(&rule(&show_lines)), "{screen}");

        // The same entry twice: a warning, with its message, quoted lines and
        // help on stderr, then the summary on stdout.
        piped(tmp.path(), &record);
        piped(tmp.path(), &record);
        let (in_pipe, wide) = piped(tmp.path(), &["check"]);
        assert!(wide && in_pipe.contains("[W0219]"), "{in_pipe}");
        let (screen, code) = finish(spawn(tmp.path(), &["check"]));
        assert_eq!(code, 0, "{screen}");
        let lines = seen(&screen);
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{screen}");
        // Stderr comes before stdout on the screen, after it in `piped`: the words are compared sorted.
        let prose = |text: &str| {
            let mut words: Vec<String> =
                text.lines().filter(|l| !l.contains('|')).flat_map(str::split_whitespace).map(str::to_string).collect();
            words.sort();
            words
        };
        assert_eq!(prose(&lines.join("\n")), prose(&in_pipe), "{screen}");

        // What changed, with the long title among the entries added.
        let diff = ["diff", "2026-01-01", "2026-03-31"];
        let (in_pipe, wide) = piped(tmp.path(), &diff);
        assert!(wide, "{in_pipe}");
        let (screen, code) = finish(spawn(tmp.path(), &diff));
        assert_eq!(code, 0, "{screen}");
        let lines = seen(&screen);
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{screen}");
        assert_eq!(words(&lines.join("\n")), words(&in_pipe), "{screen}");
    }
}
