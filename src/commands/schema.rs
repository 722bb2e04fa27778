//! `plan schema`: prints the journal's JSON Schema, or with `--write` puts
//! the three in the plan's `schema/` folder and the editor's `.taplo.toml`
//! beside the plan folder, which says which file each schema is for.

use plan::i18n::{Message, MsgId};
use plan::layout::{SCHEMA_DIR, TAPLO_FILE, display_path};
use plan::schema::{Schemas, schemas, taplo_config};
use plan::write::{SchemaError, write_schemas};

use super::shared::context::Context;
use super::shared::output::{Exit, Stop, io_reason, line, out, warn};
use crate::cli::SchemaArgs;

/// Prints or writes the schemas of the plan (which must have no errors).
pub fn run(ctx: &Context, args: &SchemaArgs) -> Result<Exit, Stop> {
    let ready = ctx.valid_plan()?;
    let made = schemas(&ready.valid.plan);
    if !args.write {
        out(ready.lang, &made.journal)?;
        return Ok(Exit::Success);
    }
    write(ctx, &ready.valid.dir, &made, ready.lang)
}

/// Writes the schemas and the `.taplo.toml`, then says what was written.
pub fn write(ctx: &Context, dir: &std::path::Path, made: &Schemas, lang: plan::model::Lang) -> Result<Exit, Stop> {
    let (root, config) = taplo_config(dir);
    let written = write_schemas(dir, made, &root.join(TAPLO_FILE), &config).map_err(|e| match e {
        SchemaError::Io(path, error) => {
            let message = Message::new(MsgId::OutputUnwritable).arg("path", display_path(&path, &ctx.cwd));
            Stop::trouble(lang, io_reason(message, &error))
        }
    })?;
    let mut text = line(lang, &MsgId::SchemaWritten.into()) + "\n";
    for name in plan::layout::SCHEMA_FILES {
        text += &format!("  {}\n", display_path(&dir.join(SCHEMA_DIR).join(name), &ctx.cwd));
    }
    if written.taplo {
        text += &format!("  {}\n", display_path(&root.join(TAPLO_FILE), &ctx.cwd));
    }
    out(lang, &text)?;
    if !written.taplo {
        warn(lang, &Message::new(MsgId::SchemaTaploKept).arg("file", display_path(&root.join(TAPLO_FILE), &ctx.cwd)));
    }
    Ok(Exit::Success)
}
