//! `plan man`: the manual page, in roff, in the UI language. clap_mangen
//! writes the synopsis, description and options of plan and of every
//! command from the same (localized) definitions as `--help`; the status
//! rules, the exit codes, the files and the environment are sections of
//! their own, from the message catalogue.

use std::ffi::OsString;

use clap::CommandFactory;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};
use plan::i18n::{Message, MsgId};
use plan::model::Lang;

use super::shared::context::Context;
use super::shared::output::{Exit, Stop, out};
use super::shared::usage::early_lang;
use crate::cli::{Cli, localized, typeset};

/// Prints the manual page.
pub fn run(_ctx: &Context) -> Result<Exit, Stop> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let lang = early_lang(&args);
    out(lang, &manual(lang))?;
    Ok(Exit::Success)
}

/// The whole page, in `lang`.
pub fn manual(lang: Lang) -> String {
    let cmd = localized(Cli::command(), lang);
    let text = |id: MsgId| id.template(lang).to_string();
    let version = format!("plan {}", env!("CARGO_PKG_VERSION"));
    // The date is left blank (a space, so that the title line keeps its
    // fields in place): the same plan version always makes the same page.
    let man = Man::new(cmd.clone()).title("PLAN").section("1").date(" ").source(version).manual(text(MsgId::ManManual));
    let mut page = String::new();
    for render in [Man::render_title, Man::render_name_section, Man::render_synopsis_section] {
        page += &roff_of(|w| render(&man, w));
    }
    page += &roff_of(|w| man.render_description_section(w));
    page += &roff_of(|w| man.render_options_section(w));
    page += &commands(&cmd, lang);
    page += &sections(lang).to_roff();
    let page = page.replace(".SH NAME\n", &format!(".SH {}\n", text(MsgId::ManName)));
    page.lines().map(|l| if l.starts_with(".SH") { heading(l) } else { listed(l) } + "\n").collect()
}

/// A line of the page, with a break before it when it is an item of a list
/// of values (`- objectif : …`, as the French `--help` lists them), so that
/// roff does not fill the list into one paragraph.
fn listed(line: &str) -> String {
    if line.starts_with("\\- ") { format!(".br\n{line}") } else { line.to_string() }
}

/// A heading line without the no-break space French help headings end with.
fn heading(line: &str) -> String {
    line.replace('\u{a0}', "").trim_end().to_string()
}

/// What a clap_mangen renderer writes, as text.
fn roff_of(render: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut buf = Vec::new();
    render(&mut buf).expect("writing to memory does not fail");
    String::from_utf8_lossy(&buf).into_owned()
}

/// A section per command: its synopsis, description and options, under `.SS`.
fn commands(cmd: &clap::Command, lang: Lang) -> String {
    let mut page = format!(".SH {}\n", MsgId::ManCommands.template(lang));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let full = format!("plan {}", sub.get_name());
        let man = Man::new(sub.clone().bin_name(full.clone()));
        page += &format!(".SS \"{full}\"\n");
        page += &without_heading(roff_of(|w| man.render_synopsis_section(w)));
        page += &without_heading(roff_of(|w| man.render_description_section(w)));
        let options = without_heading(roff_of(|w| man.render_options_section(w)));
        page += &options;
    }
    page
}

/// A rendered section with a paragraph break for its `.SH` line: the body
/// goes under a `.SS`.
fn without_heading(section: String) -> String {
    section.lines().map(|l| if l.starts_with(".SH ") { ".PP\n".to_string() } else { format!("{l}\n") }).collect()
}

/// The sections clap knows nothing of: status rules, exit codes, files, environment.
fn sections(lang: Lang) -> Roff {
    let say = |id: MsgId| {
        let text = Message::new(id).arg("mark", "◷").arg("days", 90).render(lang);
        if lang == Lang::Fr { typeset(&text) } else { text }
    };
    let mut roff = Roff::new();
    roff.control("SH", [say(MsgId::ManStatusRules).as_str()]);
    for id in [
        MsgId::ManStatusesAsOf,
        MsgId::BilanRuleYearly,
        MsgId::BilanRuleTotal,
        MsgId::BilanRuleTracked,
        MsgId::BilanRuleMilestone,
        MsgId::BilanRuleAssessment,
        MsgId::BilanRuleNotApplicable,
        MsgId::BilanRuleRollupValue,
        MsgId::BilanRuleStale,
    ] {
        roff.control("PP", []).text([roman(say(id))]);
    }
    roff.control("SH", [say(MsgId::ManExitCodes).as_str()]);
    for (code, id) in [("0", MsgId::ManExit0), ("1", MsgId::ManExit1), ("2", MsgId::ManExit2)] {
        roff.control("TP", []).text([bold(code)]).text([roman(say(id))]);
    }
    roff.control("SH", [say(MsgId::ManFiles).as_str()]);
    roff.control("PP", []).text([roman(say(MsgId::ManFilesText))]);
    roff.control("SH", [say(MsgId::ManEnvironment).as_str()]);
    for (name, id) in
        [("PLAN_DIR", MsgId::ManEnvPlanDir), ("NO_COLOR", MsgId::ManEnvNoColor), ("LANG", MsgId::ManEnvLang)]
    {
        roff.control("TP", []).text([bold(name)]).text([roman(say(id))]);
    }
    roff
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_has_every_command_and_its_own_sections_in_each_language() {
        for (lang, headings) in [
            (Lang::En, ["NAME", "COMMANDS", "STATUS RULES", "EXIT CODES"]),
            (Lang::Fr, ["NOM", "COMMANDES", "RÈGLES DES STATUTS", "CODES DE SORTIE"]),
        ] {
            let page = manual(lang);
            for heading in headings {
                let quoted = page.contains(&format!(".SH \"{heading}\"\n"));
                assert!(quoted || page.contains(&format!(".SH {heading}\n")), "{lang:?}: no {heading}");
            }
            for sub in Cli::command().get_subcommands() {
                assert!(page.contains(&format!(".SS \"plan {}\"\n", sub.get_name())), "{lang:?}: {}", sub.get_name());
            }
        }
        let french = manual(Lang::Fr);
        assert!(french.contains("plan \\- Tenir un plan d"), "the French summary is the page's name line");
        assert!(!french.contains("Print help"), "clap's English stays out of the French page");
    }
}
