//! Every piece of text the user reads, in French and in English, in one catalogue.
//!
//! A message is a [`MsgId`] plus named arguments. Templates use `{name}` for an
//! argument and `{name?one|many}` for a word that agrees with the number `name`
//! (French treats 0 and 1 as singular, English only 1).

use std::fmt::Write as _;

use crate::model::Lang;

/// Whether `n` takes the singular form in `lang`.
fn is_singular(lang: Lang, n: i64) -> bool {
    match lang {
        Lang::Fr => n.abs() <= 1,
        Lang::En => n == 1,
    }
}

macro_rules! messages {
    ($($id:ident { fr: $fr:literal, en: $en:literal, })*) => {
        /// The identity of one message of the catalogue.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum MsgId { $($id),* }

        impl MsgId {
            /// Every message, for tests that check the catalogue.
            #[cfg(test)]
            const ALL: &'static [MsgId] = &[$(MsgId::$id),*];

            /// The template of this message in `lang`.
            pub fn template(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((MsgId::$id, Lang::Fr) => $fr, (MsgId::$id, Lang::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    // ---- level names in diagnostic headers
    LevelError { fr: "erreur", en: "error", }
    LevelWarning { fr: "avertissement", en: "warning", }
    LevelHelp { fr: "aide", en: "help", }

    // ---- value types, used inside other messages
    TyString { fr: "un texte entre guillemets", en: "text in quotes", }
    TyItemString { fr: "un texte entre guillemets", en: "text in quotes", }
    TyInteger { fr: "un nombre entier", en: "a whole number", }
    TyFloat { fr: "un nombre décimal", en: "a decimal number", }
    TyBool { fr: "true ou false", en: "true or false", }
    TyDate { fr: "une date", en: "a date", }
    TyArray { fr: "une liste", en: "a list", }
    TyTable { fr: "une section", en: "a section", }
    TyTables { fr: "une suite de sections [[…]]", en: "a series of [[…]] sections", }
    TyStringOrList { fr: "un texte ou une liste de textes", en: "a text or a list of texts", }

    // ---- the places a key can be in
    WhereFile { fr: "ce fichier", en: "this file", }
    WherePlan { fr: "la section [plan]", en: "the [plan] section", }
    WhereObjective { fr: "cet objectif", en: "this objective", }
    WhereAction { fr: "ce moyen (action)", en: "this action", }
    WhereIndicator { fr: "cet indicateur", en: "this indicator", }
    WhereTargets { fr: "la liste des cibles (targets = { … })", en: "the list of targets (targets = { … })", }
    WhereActivity { fr: "cette activité", en: "this activity", }
    WhereAssessment { fr: "cette évaluation", en: "this assessment", }
    WhereNarrative { fr: "ce récit", en: "this narrative", }
    WhereTags { fr: "ces étiquettes (tags)", en: "these tags", }
    WhereTagsTable { fr: "la section [tags]", en: "the [tags] section", }
    WhereMonitoring { fr: "la section [monitoring]", en: "the [monitoring] section", }

    // ---- kinds of plan items
    ItemOrientation { fr: "l'orientation", en: "orientation", }
    ItemObjective { fr: "l'objectif", en: "objective", }
    ItemAction { fr: "le moyen", en: "action", }
    ItemIndicator { fr: "l'indicateur", en: "indicator", }

    // ---- finding and reading files
    NoPlanFound {
        fr: "aucun plan trouvé dans {dir} ni dans ses dossiers parents (cherché : plan.toml et plan/plan.toml)",
        en: "no plan found in {dir} or its parents (looked for plan.toml and plan/plan.toml)",
    }
    NoPlanFoundHelp {
        fr: "lancez plan depuis le dépôt du plan, ou indiquez son dossier avec --dir CHEMIN",
        en: "run plan from inside the plan's repository, or name its folder with --dir PATH",
    }
    PlanOfOtherUser {
        fr: "le plan trouvé dans {dir} appartient à un autre utilisateur (uid {owner}) : plan ne s'en sert pas sans qu'on le lui nomme",
        en: "the plan found in {dir} belongs to another user (uid {owner}): plan does not use it unless you name it",
    }
    PlanOfOtherUserHelp {
        fr: "si vous faites confiance à ce plan, nommez-le : plan --dir {dir} …",
        en: "if you trust this plan, name it: plan --dir {dir} …",
    }
    MissingPlanToml { fr: "aucun plan.toml dans {dir}", en: "no plan.toml in {dir}", }
    MissingPlanTomlHelp {
        fr: "créez {dir}plan.toml (plan init le fait), ou donnez à --dir le dossier qui le contient",
        en: "create {dir}plan.toml (plan init does it), or point --dir at the folder that holds it",
    }
    MissingPlanDir { fr: "le dossier {dir} n'existe pas", en: "the folder {dir} does not exist", }
    MissingPlanDirHelp {
        fr: "vérifiez le chemin donné à --dir ou dans PLAN_DIR",
        en: "check the path given to --dir or in PLAN_DIR",
    }
    OutsidePlan {
        fr: "{file} mène hors du dossier du plan (vers {target}) ; il n'est pas lu",
        en: "{file} leads outside the plan's folder (to {target}); it is not read",
    }
    OutsidePlanHelp {
        fr: "un plan ne lit que ses propres fichiers : remplacez ce lien par une copie du fichier voulu, ou supprimez-le",
        en: "a plan reads only its own files: replace this link with a copy of the file, or remove it",
    }
    ReasonNotRegular {
        fr: "ce n'est pas un fichier ordinaire (c'est un périphérique, un tube ou une socket)",
        en: "it is not a regular file (it is a device, a pipe or a socket)",
    }
    NotRegularHelp {
        fr: "seuls des fichiers texte vont ici : remplacez-le par le fichier voulu, ou supprimez-le",
        en: "only text files belong here: replace it with the file it should be, or remove it",
    }
    OddSpace {
        fr: "une espace {name} se cache ici, où il faut une espace ordinaire",
        en: "a {name} hides here, where an ordinary space goes",
    }
    OddSpaceHelp {
        fr: "effacez-la et tapez une espace ordinaire (Word en met devant : ; ? ! et dans « », et sur certains claviers Alt Gr ou Option + espace en tape une) ; écrivez : {line}",
        en: "delete it and type an ordinary space (Word puts them before : ; ? ! and inside « », and on some keyboards Alt Gr or Option + space types one); write: {line}",
    }
    OddSpaceBlankHelp {
        fr: "effacez-la : cette ligne semble vide, mais ne l'est pas",
        en: "delete it: this line looks blank, but is not",
    }
    ZeroWidth {
        fr: "un caractère invisible, une espace {name}, se cache ici",
        en: "an invisible character, a {name}, hides here",
    }
    ZeroWidthHelp {
        fr: "effacez-le (il vient souvent d'un copier-coller depuis le Web ou Word) ; écrivez : {line}",
        en: "delete it (it often comes with a copy-paste from the web or Word); write: {line}",
    }
    NoBreakSpace { fr: "insécable", en: "no-break space", }
    NarrowNoBreakSpace { fr: "fine insécable", en: "narrow no-break space", }
    ZeroWidthSpace { fr: "sans largeur", en: "zero-width space", }
    OtherSpace { fr: "spéciale", en: "special space", }
    NotRead {
        fr: "{file} n'est pas lu : seuls les fichiers .toml de ce dossier le sont",
        en: "{file} is not read: only the .toml files of this folder are",
    }
    NotReadNotepadHelp {
        fr: "renommez-le {name} : le Bloc-notes ajoute .txt au nom, et l'Explorateur de Windows cache cette fin (pour la voir : menu Affichage, « Extensions de noms de fichiers »)",
        en: "rename it {name}: Notepad adds .txt to the name, and Windows Explorer hides that ending (to see it: View menu, \"File name extensions\")",
    }
    NotReadCopyHelp {
        fr: "un fichier {name} est là aussi : reportez-y ce que celui-ci a de plus, puis supprimez celui-ci",
        en: "a file {name} is there too: copy into it what this one has that it lacks, then delete this one",
    }
    NotReadHelp {
        fr: "s'il fait partie du plan, donnez-lui l'extension .toml ; sinon, rangez-le hors de ce dossier, par exemple dans documents/",
        en: "if it is part of the plan, give it the .toml extension; if not, move it out of this folder, for example to documents/",
    }
    NotUtf8 { fr: "{file} n'est pas enregistré en UTF-8", en: "{file} is not saved as UTF-8", }
    Windows1252Label {
        fr: "ce « {char} » est écrit en Windows-1252 (ANSI), pas en UTF-8",
        en: "this \"{char}\" is written in Windows-1252 (ANSI), not UTF-8",
    }
    Windows1252Help {
        fr: "rouvrez-le en Windows-1252, puis enregistrez-le en UTF-8 : dans VS Code, cliquez sur l'encodage en bas à droite, « Rouvrir avec l'encodage », tapez 1252 et choisissez-le ; puis cliquez de nouveau sur l'encodage, « Enregistrer avec l'encodage », « UTF-8 »",
        en: "reopen it as Windows-1252, then save it as UTF-8: in VS Code, click the encoding at the bottom right, \"Reopen with Encoding\", type 1252 and pick it; then click the encoding again, \"Save with Encoding\", \"UTF-8\"",
    }
    Utf16 { fr: "{file} est enregistré en UTF-16, pas en UTF-8", en: "{file} is saved as UTF-16, not UTF-8", }
    Utf16Help {
        fr: "enregistrez-le en UTF-8 : dans VS Code, cliquez sur « {encoding} » en bas à droite, « Enregistrer avec l'encodage », « UTF-8 » ; dans le Bloc-notes, « Enregistrer sous », Encodage : UTF-8",
        en: "save it as UTF-8: in VS Code, click \"{encoding}\" at the bottom right, \"Save with Encoding\", \"UTF-8\"; in Notepad, \"Save As\", Encoding: UTF-8",
    }
    NotUtf8Label { fr: "cet octet n'est pas de l'UTF-8", en: "this byte is not UTF-8", }
    NotUtf8Help {
        fr: "enregistrez le fichier en UTF-8 depuis votre éditeur",
        en: "save the file as UTF-8 from your editor",
    }
    Unreadable { fr: "impossible de lire {file} : {reason}", en: "cannot read {file}: {reason}", }
    IsFolder { fr: "c'est un dossier, pas un fichier", en: "it is a folder, not a file", }
    ReasonPermission { fr: "permission refusée", en: "permission denied", }
    ReasonNotFound { fr: "fichier introuvable (lien brisé ?)", en: "no such file (a broken link?)", }
    ReasonLinkLoop {
        fr: "c'est un lien symbolique qui ne mène à aucun fichier (boucle ou cible absente)",
        en: "it is a symbolic link that leads to no file (a loop, or a missing target)",
    }
    LinkLoopHelp {
        fr: "remplacez le lien par le fichier voulu, ou supprimez-le",
        en: "replace the link with the file it should be, or remove it",
    }
    IsFolderHelp {
        fr: "seuls des fichiers vont ici : renommez ou déplacez ce dossier",
        en: "only files belong here: rename or move this folder",
    }
    UnreadableHelp {
        fr: "vérifiez que le fichier existe et que vous avez le droit de le lire",
        en: "check that the file exists and that you may read it",
    }

    // ---- TOML structure
    Syntax { fr: "le fichier ne se lit pas ici (en anglais : {detail})", en: "the file cannot be read here: {detail}", }
    SyntaxHelp {
        fr: "corrigez la syntaxe à cet endroit ; la suite du fichier est vérifiée une fois qu'il se lit",
        en: "fix the syntax here; the rest of the file is checked once it parses",
    }
    DuplicateKey {
        fr: "« {key} » est déjà écrit plus haut dans cette section",
        en: "`{key}` is already written above in this section",
    }
    DuplicateKeyHelp {
        fr: "chaque nom ne paraît qu'une fois par section, et une ligne « {key} = … » ne peut pas aussi commencer une section « [[{key}]] » : gardez l'une des deux ; pour une nouvelle entrée, commencez une nouvelle section, par exemple [[activity]]",
        en: "each name appears once per section, and a line `{key} = …` cannot also start a section `[[{key}]]`: keep one of the two; for a new entry, start a new section, for example [[activity]]",
    }
    DuplicateNameHelp {
        fr: "chaque nom ne paraît qu'une fois par section : gardez l'une des deux lignes « {key} = … » ; pour une nouvelle entrée, commencez une nouvelle section, par exemple [[activity]]",
        en: "each name appears once per section: keep one of the two `{key} = …` lines; for a new entry, start a new section, for example [[activity]]",
    }
    EntryNameTwiceHelp {
        fr: "si une autre entrée commence ici, il lui manque sa ligne [[{kind}]] : ajoutez-la au-dessus de la première ligne de cette entrée ; sinon, gardez l'une des deux lignes « {key} = … »",
        en: "if another entry starts here, its [[{kind}]] line is missing: add it above that entry's first line; otherwise keep one of the two `{key} = …` lines",
    }
    EntryAtTop {
        fr: "une entrée sans sa ligne [[{kind}]] : {keys} sont écrits avant toute entrée",
        en: "an entry without its [[{kind}]] line: {keys} are written before any entry",
    }
    EntryAtTopLabel {
        fr: "l'entrée commence ici",
        en: "the entry starts here",
    }
    EntryAtTopHelp {
        fr: "écrivez une ligne [[{kind}]] au-dessus de cette ligne, pour ouvrir l'entrée",
        en: "write the line [[{kind}]] above this one, to start the entry",
    }
    PlanHeaderMissing {
        fr: "la ligne [plan] manque au-dessus de {keys}",
        en: "the [plan] line is missing above {keys}",
    }
    PlanHeaderMissingHelp {
        fr: "écrivez une ligne [plan] au-dessus de cette ligne",
        en: "write the line [plan] above this one",
    }
    PlanKeyAtTopHelp {
        fr: "« {key} » appartient à la section [plan] : placez cette ligne sous la ligne [plan]",
        en: "`{key}` belongs to the [plan] section: put this line under the [plan] line",
    }
    EntryTagsAtTopHelp {
        fr: "pour les étiquettes de l'entrée au-dessus, écrivez [{kind}.tags] : [tags] seul ouvre une section du fichier, pas de l'entrée",
        en: "for the tags of the entry above, write [{kind}.tags]: [tags] alone starts a section of the file, not of the entry",
    }
    TagsAtTop {
        fr: "[tags] ouvre une section du fichier, ici et à {n} autre{n?|s} ligne{n?|s} plus bas, et non les étiquettes de l'entrée au-dessus",
        en: "[tags] opens a section of the file, here and on {n} more line{n?|s} below, not the tags of the entry above",
    }
    TagsAtTopHelp {
        fr: "remplacez [tags] par [{kind}.tags] sur ces {n} lignes, par exemple avec « Remplacer » de l'éditeur",
        en: "replace [tags] with [{kind}.tags] on these {n} lines, for example with the editor's Replace",
    }
    TagsAtTopMixedHelp {
        fr: "sur ces {n} lignes, remplacez [tags] par la section du genre de l'entrée au-dessus : {sections}",
        en: "on these {n} lines, replace [tags] with the section of the kind of the entry above: {sections}",
    }
    EntryKeyAtTopHelp {
        fr: "« {key} » appartient à une entrée : placez cette ligne sous la ligne [[{kind}]] de son entrée",
        en: "`{key}` belongs to an entry: put this line under its entry's [[{kind}]] line",
    }
    SectionTwiceHelp {
        fr: "une section ne s'ouvre qu'une fois : mettez ces lignes sous le premier [{key}], plus haut, ou effacez l'un des deux",
        en: "a section is opened once: put these lines under the first [{key}], above, or delete one of the two",
    }
    SingleBracketSection {
        fr: "[{path}] n'a qu'un crochet de chaque côté, alors que les autres sections [[{path}]] en ont deux",
        en: "[{path}] has one bracket on each side, where the other [[{path}]] sections have two",
    }
    SingleBracketSectionHelp {
        fr: "écrivez deux crochets de chaque côté, comme pour les autres : [[{path}]]",
        en: "write two brackets on each side, as for the others: [[{path}]]",
    }
    SingleBracketList {
        fr: "[{path}] n'a qu'un crochet de chaque côté, ici et à {n} autre{n?|s} ligne{n?|s} plus bas : chaque section [[{path}]] en a deux",
        en: "[{path}] has one bracket on each side, here and on {n} more line{n?|s} below: each [[{path}]] section has two",
    }
    SingleBracketListHelp {
        fr: "remplacez [{path}] par [[{path}]] sur ces {n} lignes, par exemple avec « Remplacer » de l'éditeur",
        en: "replace [{path}] with [[{path}]] on these {n} lines, for example with the editor's Replace",
    }
    ExtraBom {
        fr: "une seconde marque d'ordre des octets (BOM, caractère invisible U+FEFF) en début de fichier",
        en: "a second byte-order mark (BOM, the invisible character U+FEFF) at the start of the file",
    }
    ExtraBomHelp {
        fr: "supprimez-la : enregistrez le fichier en « UTF-8 » depuis votre éditeur",
        en: "remove it: save the file as \"UTF-8\" from your editor",
    }
    UnclosedString { fr: "texte entre guillemets jamais refermé", en: "quoted text that is never closed", }
    ContinuedText {
        fr: "texte de plusieurs lignes ouvert par un seul {quote}",
        en: "a text over several lines opened with a single {quote}",
    }
    ContinuedTextHelp {
        fr: "un texte de plusieurs lignes s'écrit entre {quotes} et {quotes} : écrivez {quotes} ici, au début du texte, et à sa fin, {n} ligne{n?|s} plus bas",
        en: "a text over several lines goes between {quotes} and {quotes}: write {quotes} here, at its start, and at its end, {n} line{n?|s} below",
    }
    UnclosedStringHelp {
        fr: "refermez le texte sur la même ligne ; un texte de plusieurs lignes s'écrit entre \"\"\" et \"\"\"",
        en: "close the text on the same line; text over several lines goes between \"\"\" and \"\"\"",
    }
    RawControl { fr: "caractère invisible de contrôle, interdit dans ces fichiers", en: "an invisible control character, which these files do not allow", }
    RawControlHelp {
        fr: "supprimez-le ; dans un texte, écrivez-le plutôt en échappement, comme \\u001b",
        en: "delete it; inside text, write it as an escape such as \\u001b instead",
    }
    TooDeep {
        fr: "trop de crochets ou d'accolades les uns dans les autres",
        en: "too many brackets or braces one inside another",
    }
    TooDeepHelp {
        fr: "un plan n'imbrique jamais plus de quelques niveaux : cherchez ici une suite de « [ » ou de « { » en trop",
        en: "a plan never nests more than a few levels: look here for a run of `[` or `{` too many",
    }
    UnquotedText { fr: "texte sans guillemets", en: "text without quotes", }
    UnquotedTextHelp {
        fr: "mettez le texte entre guillemets droits : {key} = \"{text}\"",
        en: "put the text between straight double quotes: {key} = \"{text}\"",
    }
    CurlyQuotes {
        fr: "guillemets typographiques (“ ” « » ‘ ’) : TOML ne les lit pas comme des guillemets",
        en: "typographic quotes (“ ” « » ‘ ’): TOML does not read them as quotes",
    }
    CurlyQuotesListHelp {
        fr: "Word ou un copier-coller les met souvent à la place des guillemets droits \" ; écrivez : {line}",
        en: "Word or a copy-paste often puts them in place of straight quotes \"; write: {line}",
    }
    CurlyQuotesHelp {
        fr: "Word ou un copier-coller les met souvent à la place des guillemets droits \" (à l'intérieur du texte, « » et “ ” restent permis) ; écrivez : {key} = \"{text}\"",
        en: "Word or a copy-paste often puts them in place of straight quotes \" (inside the text, “ ” and « » are fine); write: {key} = \"{text}\"",
    }
    SyntaxHeader { fr: "ligne de section mal fermée", en: "a section line that is not closed", }
    SyntaxHeaderHelp {
        fr: "une section tient sur sa ligne, entre crochets : [[activity]] pour une entrée du journal, [plan] dans plan.toml",
        en: "a section fits on its line, between brackets: [[activity]] for a journal entry, [plan] in plan.toml",
    }
    SyntaxList { fr: "liste mal écrite", en: "a list written wrong", }
    SyntaxListHelp {
        fr: "une liste s'écrit entre crochets, ses éléments séparés par des virgules : indicators = [\"1.1.1\", \"1.2.1\"]",
        en: "a list goes between square brackets, its items separated by commas: indicators = [\"1.1.1\", \"1.2.1\"]",
    }
    SyntaxInline { fr: "accolades mal écrites", en: "braces written wrong", }
    NumberWithWords { fr: "un nombre suivi de mots", en: "a number followed by words", }
    NumberInWords { fr: "un nombre écrit en lettres", en: "a number written in words", }
    NumberInWordsHelp { fr: "écrivez-le en chiffres : {line}", en: "write it in digits: {line}", }
    WordsForNumber { fr: "des mots où « {key} » prend un nombre", en: "words where `{key}` takes a number", }
    NumberInWordsAnyHelp { fr: "écrivez un nombre en chiffres : {key} = …", en: "write a number in digits: {key} = …", }
    NumberWithWordsHelp {
        fr: "« {key} » prend un nombre seul (l'unité va dans le texte de l'indicateur) ; écrivez : {line}",
        en: "`{key}` takes a number alone (the unit goes in the indicator's text); write: {line}",
    }
    InlineEqualsHelp {
        fr: "entre accolades, chaque nom est suivi d'un signe =, et les paires séparées par une virgule : {line}",
        en: "between braces, each name is followed by an = sign, and the pairs parted by commas: {line}",
    }
    InlineCommasHelp {
        fr: "séparez les paires entre accolades par une virgule : {line}",
        en: "separate the pairs between braces with commas: {line}",
    }
    InlineCloseHelp { fr: "fermez les accolades par } : {line}", en: "close the braces with }: {line}", }
    InlineUnclosedHelp {
        fr: "des accolades se ferment par } après la dernière paire : ajoutez-la {n} ligne{n?|s} plus bas, avant tout commentaire",
        en: "braces close with } after the last pair: add it {n} line{n?|s} below, before any comment",
    }
    SyntaxInlineHelp {
        fr: "entre accolades, sur une seule ligne, des paires nom = valeur séparées par des virgules : targets = { 2017 = 4, 2018 = 2 }",
        en: "between braces, on one line, pairs name = value separated by commas: targets = { 2017 = 4, 2018 = 2 }",
    }
    SyntaxValue { fr: "valeur manquante ou mal écrite après le =", en: "a value missing or written wrong after the =", }
    SyntaxValueHelp {
        fr: "après le =, écrivez un texte entre guillemets droits (\"Rencontre\"), un nombre (4), une date (2018-03-14) ou une liste ([\"1.1.1\"])",
        en: "after the =, write text between straight quotes (\"Meeting\"), a number (4), a date (2018-03-14) or a list ([\"1.1.1\"])",
    }
    ColonForEquals {
        fr: "un deux-points sépare ici le nom de sa valeur : ces fichiers veulent un signe =",
        en: "a colon separates the name from its value here: these files take an = sign",
    }
    MissingEquals {
        fr: "il manque le signe = entre le nom et sa valeur",
        en: "the = sign is missing between the name and its value",
    }
    KeyAlone { fr: "« {key} » n'a pas de valeur", en: "`{key}` has no value", }
    KeyAloneHelp { fr: "écrivez sa valeur après un signe = : {key} = …", en: "write its value after an = sign: {key} = …", }
    PairHelp { fr: "écrivez : {line}", en: "write: {line}", }
    PairAnyHelp {
        fr: "écrivez le nom, un signe = et la valeur : {key} = …",
        en: "write the name, an = sign and the value: {key} = …",
    }
    LooseText {
        fr: "ce texte n'est ni une paire nom = valeur, ni une section, ni un commentaire",
        en: "this text is neither a name = value pair, nor a section, nor a comment",
    }
    LooseTextHelp {
        fr: "pour le garder comme remarque, commencez la ligne par # : {line}",
        en: "to keep it as a remark, start the line with #: {line}",
    }
    SyntaxLine { fr: "cette ligne ne se lit pas", en: "this line cannot be read", }
    SyntaxLineHelp {
        fr: "chaque ligne est une section ([[activity]]), une paire nom = valeur (title = \"Rencontre\") ou un commentaire qui commence par #",
        en: "each line is a section ([[activity]]), a pair name = value (title = \"Meeting\") or a comment that starts with #",
    }
    SyntaxEscape { fr: "une barre oblique inverse \\ entre guillemets", en: "a backslash \\ inside quotes", }
    SyntaxEscapeHelp {
        fr: "entre guillemets, \\ annonce un caractère spécial : doublez-la (\\\\), ou mettez le texte entre apostrophes droites : note = 'C:\\Documents'",
        en: "inside double quotes, \\ starts a special character: double it (\\\\), or put the text between straight single quotes: note = 'C:\\Documents'",
    }
    BackslashPathHelp {
        fr: "entre guillemets, \\ annonce un caractère spécial ; un chemin s'écrit avec des barres obliques /, que Windows comprend aussi : {line}",
        en: "inside double quotes, \\ starts a special character; a path is written with forward slashes /, which Windows understands too: {line}",
    }
    BackslashTextHelp {
        fr: "entre guillemets, \\ annonce un caractère spécial ; écrivez plutôt : {line}",
        en: "inside double quotes, \\ starts a special character; write instead: {line}",
    }
    SyntaxNumber { fr: "nombre mal écrit", en: "a number written wrong", }
    SyntaxNumberHelp {
        fr: "écrivez le nombre en chiffres, sans espace, sans guillemets et sans zéro devant : amount = 3",
        en: "write the number in digits, with no spaces, no quotes and no leading zero: amount = 3",
    }
    BareId { fr: "identifiant sans guillemets", en: "an id without quotes", }
    BareIdHelp {
        fr: "un identifiant s'écrit entre guillemets droits, comme un texte : {line}",
        en: "an id goes between straight double quotes, as text does: {line}",
    }
    SpacedNumber { fr: "nombre coupé par une espace", en: "a number broken by a space", }
    SpacedNumberHelp { fr: "écrivez ses chiffres d'un bloc, sans espace : {line}", en: "write its digits in one block, with no space: {line}", }
    CommaNumber { fr: "nombre écrit avec une virgule", en: "a number written with a comma", }
    CommaNumberHelp {
        fr: "les nombres d'un plan sont entiers et s'écrivent sans virgule ni espace : 1000 pour mille, 2 pour deux",
        en: "a plan's numbers are whole numbers, written with no comma or space: 1000 for a thousand, 2 for two",
    }
    QuoteInQuotes { fr: "guillemet droit à l'intérieur du texte", en: "a straight double quote inside the text", }
    ApostropheInApostrophes {
        fr: "apostrophe à l'intérieur d'un texte entre apostrophes",
        en: "an apostrophe inside text between apostrophes",
    }
    QuoteInsideHelp { fr: "ce signe termine le texte ; écrivez plutôt : {line}", en: "that mark ends the text; write instead: {line}", }
    AccentedKey { fr: "nom de clé avec un accent : « {key} »", en: "a key name with an accent: `{key}`", }
    AccentedKeyHelp {
        fr: "les noms de clés s'écrivent sans accent, en anglais : {english} = …",
        en: "key names are written without accents, in English: {english} = …",
    }
    AccentedHeader { fr: "nom de section avec un accent : « {key} »", en: "a section name with an accent: `{key}`", }
    AccentedHeaderHelp {
        fr: "les noms de sections s'écrivent sans accent, en anglais : {header}",
        en: "section names are written without accents, in English: {header}",
    }
    AccentedKeyAnyHelp {
        fr: "les noms de clés s'écrivent sans accent, en anglais, comme dans les exemples du fichier",
        en: "key names are written without accents, in English, as in the file's examples",
    }
    LongTextOpen {
        fr: "ce texte de plusieurs lignes, ouvert par {quotes}, n'est jamais refermé : tout ce qui suit en fait partie",
        en: "this text over several lines, opened with {quotes}, is never closed: all that follows is part of it",
    }
    LongTextOpenHelp {
        fr: "refermez-le par {quotes} là où le texte finit",
        en: "close it with {quotes} where the text ends",
    }
    LongTextOpenBeforeHelp {
        fr: "refermez-le par {quotes} là où le texte finit : sans doute juste avant {line}, {n} ligne{n?|s} plus bas",
        en: "close it with {quotes} where the text ends: likely just before {line}, {n} line{n?|s} below",
    }
    TwoYears { fr: "deux années pour « {key} », qui en prend une", en: "two years for `{key}`, where one goes", }
    TwoDates { fr: "deux dates pour une entrée, qui en prend une", en: "two dates for one entry, which takes one", }
    TwoDatesHelp {
        fr: "écrivez le premier jour et nommez l'autre dans le titre ou la note (ou notez une entrée par jour) : {line}",
        en: "write the first day and name the other in the title or the note (or write an entry for each day): {line}",
    }
    TwoYearsHelp { fr: "écrivez une seule année : {line}", en: "write one year: {line}", }
    YearRange {
        fr: "une plage d'années pour « {key} », qui prend une liste d'années",
        en: "a range of years for `{key}`, which takes a list of years",
    }
    YearRangeHelp { fr: "écrivez chaque année dans la liste : {line}", en: "write each year in the list: {line}", }
    ListCloseHelp { fr: "fermez la liste par ] : {line}", en: "close the list with ]: {line}", }
    ListUnclosedHelp {
        fr: "une liste se ferme par ] après son dernier élément : ajoutez-le {n} ligne{n?|s} plus bas, avant tout commentaire",
        en: "a list ends with ] after its last item: add it {n} line{n?|s} below, before any comment",
    }
    ListUnclosedHereHelp {
        fr: "une liste se ferme par ] après son dernier élément : ajoutez-le à la fin de la ligne, avant tout commentaire",
        en: "a list ends with ] after its last item: add it at the end of the line, before any comment",
    }
    ListBracketsHelp { fr: "une liste s'écrit entre crochets : {line}", en: "a list goes between square brackets: {line}", }
    TrailingComma { fr: "virgule en trop à la fin de la ligne", en: "a comma too many at the end of the line", }
    ListCommasHelp {
        fr: "séparez les éléments d'une liste par une virgule : {line}",
        en: "separate a list's items with one comma: {line}",
    }
    TrailingCommaHelp { fr: "retirez-la : {line}", en: "remove it: {line}", }
    UnknownKey { fr: "clé inconnue « {key} » dans {place}", en: "unknown key `{key}` in {place}", }
    UnknownKeyLabel { fr: "clé inconnue", en: "unknown key", }
    DidYouMean { fr: "vouliez-vous dire « {suggestion} » ?", en: "did you mean `{suggestion}`?", }
    IndicatorUnderObjectiveHelp {
        fr: "un indicateur se range sous un moyen : ajoutez un moyen au-dessus, [[objective.action]] avec ses lignes id = … et title = …, puis écrivez [[objective.action.indicator]]",
        en: "an indicator goes under an action: add an action above it, [[objective.action]] with its id = … and title = … lines, then write [[objective.action.indicator]]",
    }
    LevelAtTopHelp {
        fr: "un fichier d'orientation se lit de haut en bas : [[objective]], puis [[objective.action]], puis [[objective.action.indicator]] ; ajoutez les niveaux qui manquent au-dessus",
        en: "an orientation file reads from the top down: [[objective]], then [[objective.action]], then [[objective.action.indicator]]; add the missing levels above",
    }
    AllowedKeys { fr: "clés permises ici : {keys}", en: "keys allowed here: {keys}", }
    WrongType {
        fr: "« {key} » doit être {expected}, pas {found}",
        en: "`{key}` must be {expected}, not {found}",
    }
    WrongTypeLabel { fr: "attendu : {expected}", en: "expected {expected}", }
    WrongTypeTextHelp { fr: "écrivez le texte entre guillemets droits : {key} = \"…\"", en: "write the text between straight quotes: {key} = \"…\"", }
    OneTextHelp { fr: "écrivez-le seul, sans crochets : {line}", en: "write it alone, without brackets: {line}", }
    OneIndicatorHelp {
        fr: "une évaluation porte sur un seul indicateur : notez-en une pour chacun",
        en: "an assessment is of one indicator: write one for each",
    }
    WrongTypeNumberHelp { fr: "écrivez un nombre, sans guillemets : {key} = {number}", en: "write a number, without quotes: {key} = {number}", }
    WrongTypeDateHelp {
        fr: "écrivez la date sous la forme AAAA-MM-JJ, sans guillemets : {key} = 2018-03-14",
        en: "write the date as YYYY-MM-DD, without quotes: {key} = 2018-03-14",
    }
    WrongTypeListHelp {
        fr: "écrivez une liste entre crochets, même d'un seul élément : {key} = [{items}]",
        en: "write a list between square brackets, even of one item: {key} = [{items}]",
    }
    WrongTypeItemHelp {
        fr: "chaque élément de la liste est un texte entre guillemets droits : {key} = [\"…\", \"…\"]",
        en: "each item of the list is text between straight quotes: {key} = [\"…\", \"…\"]",
    }
    WrongTypeBoolHelp { fr: "écrivez {key} = true ou {key} = false, sans guillemets", en: "write {key} = true or {key} = false, without quotes", }
    WrongTypeSectionHelp {
        fr: "écrivez une ligne [{key}] suivie de ses lignes nom = valeur, ou tout sur une ligne : {key} = { … }",
        en: "write a line [{key}] followed by its name = value lines, or all on one line: {key} = { … }",
    }
    WrongTypeSectionsHelp {
        fr: "écrivez deux crochets de chaque côté, [[{path}]], puis ses lignes nom = valeur",
        en: "write two brackets on each side, [[{path}]], then its name = value lines",
    }
    LevelMissing {
        fr: "[[{header}]] arrive avant tout [[{path}]]",
        en: "[[{header}]] comes before any [[{path}]]",
    }
    LevelMissingLabel { fr: "il manque un [[{path}]] au-dessus", en: "no [[{path}]] above", }
    LevelMissingHelp {
        fr: "ajoutez au-dessus une ligne [[{path}]], avec ses lignes id = … et title = … (ou corrigez le nom de celle qui y est)",
        en: "add a [[{path}]] line above it, with its id = … and title = … lines (or mend the name of the one that is there)",
    }
    MissingField { fr: "« {key} » manque dans {place}", en: "missing `{key}` in {place}", }
    EmptyEntry { fr: "rien n'est écrit dans {place}", en: "nothing is written in {place}", }
    EmptyEntryHelp {
        fr: "si cette ligne [[{kind}]] est écrite deux fois, effacez-en une ; sinon, écrivez l'entrée sous elle",
        en: "if this [[{kind}]] line is written twice, delete one; otherwise write the entry under it",
    }
    MissingFieldLabel { fr: "« {key} » manque ici", en: "`{key}` is missing here", }
    MissingFieldHelp {
        fr: "ajoutez une ligne « {key} = … » à {place}",
        en: "add a line `{key} = …` to {place}",
    }
    EmptyText { fr: "« {key} » est vide", en: "`{key}` is empty", }
    EmptyTextHelp {
        fr: "écrivez le texte entre les guillemets",
        en: "write the text between the quotes",
    }

    // ---- journal entries
    BadDate { fr: "{value} n'est pas une date valide", en: "{value} is not a valid date", }
    BadDateLabel { fr: "date attendue ici", en: "expected a date here", }
    BadDateQuotedHelp {
        fr: "écrivez la date sans guillemets, sous la forme AAAA-MM-JJ : date = {date}",
        en: "write the date without quotes, as YYYY-MM-DD: date = {date}",
    }
    BadDateFormHelp {
        fr: "écrivez la date sous la forme AAAA-MM-JJ : date = {date}",
        en: "write the date as YYYY-MM-DD: date = {date}",
    }
    BadDateTimeHelp {
        fr: "seul le jour compte : écrivez AAAA-MM-JJ, sans heure ni fuseau",
        en: "only the day counts: write YYYY-MM-DD, with no time or offset",
    }
    BadDateTimeDayHelp {
        fr: "seul le jour compte, sans heure ni fuseau : date = {date}",
        en: "only the day counts, with no time or offset: date = {date}",
    }
    DateWordsHelp {
        fr: "une date s'écrit seule : mettez « {words} » dans le titre ou la note, et écrivez : date = {date}",
        en: "a date is written alone: put \"{words}\" in the title or the note, and write: date = {date}",
    }
    BadDateEitherHelp {
        fr: "le jour et le mois se lisent dans les deux sens ; écrivez l'année, le mois puis le jour : date = {first} ou date = {second}",
        en: "the day and the month can be read either way; write the year, the month, then the day: date = {first} or date = {second}",
    }
    BadDateExampleHelp {
        fr: "écrivez la date sans guillemets, l'année, le mois puis le jour (AAAA-MM-JJ), par exemple : date = 2019-02-14",
        en: "write the date without quotes, the year, the month, then the day (YYYY-MM-DD), for example: date = 2019-02-14",
    }
    BadDateCalendarHelp {
        fr: "ce jour n'existe pas au calendrier ; vérifiez le mois et le jour",
        en: "that day is not on the calendar; check the month and the day",
    }
    DateOutsidePeriod {
        fr: "le {date} est hors de la période du plan (du {first} au {last})",
        en: "{date} is outside the plan's period ({first} to {last})",
    }
    DateOutsidePeriodLabel { fr: "hors période", en: "outside the period", }
    DateOutsidePeriodHelp {
        fr: "vérifiez l'année : seules les dates du {first} au {last} comptent",
        en: "check the year: only dates from {first} to {last} count",
    }
    UnknownIndicator { fr: "indicateur inconnu « {id} »", en: "unknown indicator \"{id}\"", }
    UnknownIndicatorLabel { fr: "aucun indicateur n'a cet identifiant", en: "no indicator has this id", }
    UnknownIndicatorHelp {
        fr: "les identifiants des indicateurs sont dans les fichiers orientations/*.toml",
        en: "indicator ids are in the orientations/*.toml files",
    }
    SpaceInValue {
        fr: "une espace s'y est glissée, peut-être invisible : écrivez « {suggestion} »",
        en: "a space slipped into it, perhaps an invisible one: write \"{suggestion}\"",
    }
    DidYouMeanId { fr: "vouliez-vous dire « {suggestion} » ?", en: "did you mean \"{suggestion}\"?", }
    NotAnIndicatorHelp {
        fr: "« {id} » désigne {item} et non un indicateur ; nommez un de ses indicateurs : {list}",
        en: "\"{id}\" is an {item} id; name one of its indicators: {list}",
    }
    AmbiguousAction {
        fr: "{id} a {n} indicateurs : {list}",
        en: "{id} has {n} indicators: {list}",
    }
    AmbiguousActionLabel { fr: "un moyen, pas un indicateur", en: "an action, not an indicator", }
    AmbiguousActionHelp {
        fr: "nommez l'indicateur visé, par exemple « {first} »",
        en: "name the indicator it counts toward, e.g. \"{first}\"",
    }
    BadAmount {
        fr: "« amount » doit être un nombre entier plus grand que 0, pas {value}",
        en: "`amount` must be a whole number greater than 0, not {value}",
    }
    BadAmountHelp {
        fr: "retirez amount pour compter 1, ou écrivez un entier comme amount = 3",
        en: "leave out amount to count 1, or write a whole number such as amount = 3",
    }
    NoIndicators { fr: "cette activité ne compte pour aucun indicateur", en: "this activity counts toward no indicator", }
    NoIndicatorsHelp {
        fr: "ajoutez indicators = [\"1.1.1\"] avec les indicateurs visés",
        en: "add indicators = [\"1.1.1\"] with the indicators it counts toward",
    }
    UnknownLevel { fr: "niveau inconnu « {value} »", en: "unknown level `{value}`", }
    UnknownLevelHelp {
        fr: "utilisez atteint, en-bonne-voie, à-risque ou non-atteint (ou achieved, on-track, at-risk, not-achieved)",
        en: "use achieved, on-track, at-risk or not-achieved (or atteint, en-bonne-voie, à-risque, non-atteint)",
    }
    UnknownTopic { fr: "sujet inconnu « {value} »", en: "unknown topic `{value}`", }
    UnknownTopicHelp {
        fr: "utilisez faits-saillants, défis, suites ou explication (ou highlights, challenges, next-steps, explanation)",
        en: "use highlights, challenges, next-steps or explanation (or faits-saillants, défis, suites, explication)",
    }
    UnknownAbout { fr: "« {id} » ne désigne aucun élément du plan", en: "`{id}` names no item of the plan", }
    UnknownAboutLabel { fr: "identifiant inconnu", en: "unknown id", }
    UnknownAboutHelp {
        fr: "écrivez l'identifiant d'une orientation, d'un objectif, d'un moyen ou d'un indicateur, ou « plan » pour le plan entier",
        en: "write the id of an orientation, objective, action or indicator, or \"plan\" for the whole plan",
    }
    EvidenceNotFound {
        fr: "la preuve « {path} » n'est pas un fichier du dossier du plan",
        en: "evidence `{path}` is not a file in the plan's folder",
    }
    EvidenceNotFoundLabel { fr: "fichier introuvable", en: "no such file", }
    EvidenceHelp {
        fr: "un chemin part du dossier du plan, par exemple documents/2018-03-14-pv.pdf ; une adresse web commence par https://",
        en: "a path starts from the plan's folder, for example documents/2018-03-14-minutes.pdf; a web address starts with https://",
    }
    EvidenceOutsidePlan {
        fr: "la preuve « {path} » est hors du dossier du plan",
        en: "evidence `{path}` is outside the plan's folder",
    }
    EvidenceOutsidePlanHelp {
        fr: "placez le document dans le dossier du plan (par exemple dans documents/) et nommez-le à partir de ce dossier",
        en: "put the document in the plan's folder (for example in documents/) and name it from there",
    }
    EvidenceFullPath {
        fr: "la preuve « {path} » est nommée par son chemin complet, qui ne vaut que sur l'ordinateur qui l'a écrit",
        en: "evidence `{path}` is named by its full path, which holds only on the computer that wrote it",
    }
    EvidenceFullPathHelp {
        fr: "ce document est dans le dossier du plan : nommez-le à partir de ce dossier : {path}",
        en: "this document is in the plan's folder: name it from there: {path}",
    }
    BadUrl { fr: "« {url} » n'est pas une adresse web valide", en: "`{url}` is not a valid web address", }
    BadUrlHelp {
        fr: "une adresse commence par http:// ou https://, suivi du nom du site, sans espace",
        en: "an address starts with http:// or https://, then the site's name, with no spaces",
    }
    UnknownTag { fr: "étiquette inconnue « {name} »", en: "unknown tag `{name}`", }
    UnknownTagHelp {
        fr: "les étiquettes permises sont déclarées sous [tags] dans plan.toml : {list}",
        en: "the tags allowed are declared under [tags] in plan.toml: {list}",
    }
    NoTagsHelp {
        fr: "plan.toml ne déclare aucune étiquette : ajoutez une section [tags], puis une ligne par étiquette, par exemple territoire = [\"Mékinac\", \"Shawinigan\"]",
        en: "plan.toml declares no tags: add a [tags] section, then a line per tag, for example territory = [\"North\", \"South\"]",
    }
    UnknownTagValue {
        fr: "« {value} » n'est pas une valeur de l'étiquette « {name} »",
        en: "`{value}` is not a value of tag `{name}`",
    }
    TagValuesHelp { fr: "valeurs permises : {list}", en: "values allowed: {list}", }
    NotAssessmentIndicator {
        fr: "{id} {how} : il ne se juge pas par un niveau (atteint, en bonne voie…)",
        en: "{id} {how}: it is not judged by a level (achieved, on track…)",
    }
    NotAssessmentIndicatorHelp {
        fr: "notez plutôt une activité : plan record \"Titre\" -i {id} ; pour le juger par un niveau, écrivez kind = \"assessment\" sous cet indicateur, dans son fichier d'orientation",
        en: "record an activity instead: plan record \"Title\" -i {id}; to judge it by a level, write kind = \"assessment\" under this indicator, in its orientation file",
    }
    ActivityOnAssessment {
        fr: "{id} se juge par un niveau (atteint, en bonne voie…) : une activité ne change pas son statut",
        en: "{id} is judged by a level (achieved, on track…): an activity does not change its status",
    }
    ActivityOnAssessmentHelp {
        fr: "évaluez-le : plan assess {id} atteint (ou une entrée [[assessment]] dans le journal), et retirez-le de cette activité",
        en: "assess it: plan assess {id} achieved (or an [[assessment]] entry in the journal), and remove it from this activity",
    }
    HowCount { fr: "se mesure en comptant des activités", en: "is measured by counting activities", }
    HowMilestone { fr: "est une étape, franchie par une activité", en: "is a milestone, reached by an activity", }
    HowAssessment { fr: "se juge par un niveau (atteint, en bonne voie…)", en: "is judged by a level (achieved, on track…)", }
    JournalFileName {
        fr: "le fichier de journal {name} ne porte pas le nom d'une année du plan",
        en: "journal file {name} is not named after a plan year",
    }
    JournalFileNameHelp {
        fr: "nommez-le d'après l'année du plan de ses entrées, par exemple {example}.toml",
        en: "name it after the plan year of its entries, for example {example}.toml",
    }
    JournalCopyHelp {
        fr: "il semble être une copie de {year}.toml, qui est là aussi : ses entrées comptent alors deux fois ; reportez dans {year}.toml ce qu'il a de plus, puis supprimez-le",
        en: "it looks like a copy of {year}.toml, which is there too: its entries then count twice; copy into {year}.toml what it has that the other lacks, then delete it",
    }
    JournalRenameHelp {
        fr: "renommez-le {year}.toml",
        en: "rename it {year}.toml",
    }
    EntryInWrongFile {
        fr: "une entrée datée du {date} appartient à l'année {label} du plan, pas à ce fichier",
        en: "an entry dated {date} belongs to plan year {label}, not to this file",
    }
    EntryInWrongFileHelp {
        fr: "déplacez-la dans journal/{year}.toml",
        en: "move it to journal/{year}.toml",
    }

    // ---- plan definitions
    DuplicateId { fr: "identifiant en double « {id} »", en: "duplicate id \"{id}\"", }
    DuplicateIdLabel { fr: "utilisé de nouveau ici", en: "used again here", }
    DuplicateIdFirst { fr: "utilisé une première fois ici", en: "first used here", }
    CopiedFile {
        fr: "ce fichier répète chacun des {n} identifiants d'un autre fichier",
        en: "this file repeats each of the {n} ids of another file",
    }
    CopiedFileLabel { fr: "le premier, utilisé de nouveau ici", en: "the first, used again here", }
    CopiedFileFirst { fr: "l'autre fichier, où ils sont déjà", en: "the other file, where they already are", }
    CopiedFileHelp {
        fr: "il semble être une copie de l'autre (l'Explorateur de Windows nomme une copie « 1 - Copie.toml ») : s'il l'est, supprimez-le ; une orientation s'écrit dans un seul fichier",
        en: "it looks like a copy of the other (Windows Explorer names a copy \"1 - Copy.toml\"): if it is, delete it; an orientation is written in one file",
    }
    DuplicateIdHelp {
        fr: "chaque orientation, objectif, moyen et indicateur a son propre identifiant",
        en: "every orientation, objective, action and indicator needs an id of its own",
    }
    IdNotUnderParent {
        fr: "l'identifiant « {id} » ne se range pas sous {parent_item} « {parent} »",
        en: "id \"{id}\" does not belong under {parent_item} \"{parent}\"",
    }
    IdNotUnderParentHelp {
        fr: "les identifiants sont hiérarchiques : celui-ci doit commencer par « {parent}. » suivi d'un seul segment",
        en: "ids are hierarchical: this one must be \"{parent}.\" followed by one more segment",
    }
    IndicatorIdHelp {
        fr: "l'identifiant d'un indicateur est celui de son moyen ({parent}), plus une lettre minuscule quand le moyen a plusieurs indicateurs ({parent}a, {parent}b…)",
        en: "an indicator's id is its action's id ({parent}), plus a lower-case letter when the action has several indicators ({parent}a, {parent}b…)",
    }
    UnknownKind { fr: "type d'indicateur inconnu « {value} »", en: "unknown indicator kind `{value}`", }
    UnknownKindHelp {
        fr: "écrivez kind = \"count\" (on compte des activités), kind = \"milestone\" (une étape à franchir une fois) ou kind = \"assessment\" (un jugement : atteint, en bonne voie…)",
        en: "write kind = \"count\" (activities are counted), kind = \"milestone\" (a step reached once) or kind = \"assessment\" (a judgement: achieved, on track…)",
    }
    BadTarget {
        fr: "« {key} » doit être un nombre entier plus grand que 0, pas {value}",
        en: "`{key}` must be a whole number greater than 0, not {value}",
    }
    BadTargetHelp {
        fr: "écrivez un entier positif, sans guillemets, par exemple {key} = 4",
        en: "write a positive whole number, without quotes, for example {key} = 4",
    }
    NumberTooBig {
        fr: "« {key} » doit être au plus 4\u{a0}294\u{a0}967\u{a0}295, pas {value}",
        en: "`{key}` must be at most 4,294,967,295, not {value}",
    }
    NumberTooBigHelp {
        fr: "vérifiez le nombre : il a sans doute des chiffres de trop",
        en: "check the number: it likely has too many digits",
    }
    TargetOnceHelp {
        fr: "la même cible chaque année s'écrit une fois, avec target (sans s) : target = {number}",
        en: "the same target every year is written once, with target (no s): target = {number}",
    }
    TargetsByYearHelp {
        fr: "une cible par année s'écrit avec targets (avec un s), chaque cible après son année : {line}",
        en: "a target for each year is written with targets (with an s), each after its year: {line}",
    }
    YearOutsidePeriod {
        fr: "{year} n'est pas une année du plan ({first}–{last})",
        en: "{year} is not a year of the plan ({first}–{last})",
    }
    YearOutsidePeriodHelp {
        fr: "utilisez une année de {first} à {last}",
        en: "use a year from {first} to {last}",
    }
    NotAYear { fr: "« {value} » n'est pas une année", en: "`{value}` is not a year", }
    NotAYearHelp {
        fr: "écrivez l'année en chiffres, par exemple targets = { 2017 = 1 }",
        en: "write the year in digits, for example targets = { 2017 = 1 }",
    }
    EndBeforeStart {
        fr: "end_year ({end}) précède start_year ({start})",
        en: "end_year ({end}) is before start_year ({start})",
    }
    EndBeforeStartHelp {
        fr: "la période va de start_year à end_year, inclusivement : corrigez l'une des deux",
        en: "the period runs from start_year to end_year, inclusive: correct one of them",
    }
    PeriodTooLong {
        fr: "la période du plan couvre {n} ans ; {max} au plus",
        en: "the plan's period spans {n} years; {max} at most",
    }
    YearOutOfRange {
        fr: "{year} n'est pas une année entre {min} et {max}",
        en: "{year} is not a year between {min} and {max}",
    }
    BadLanguage { fr: "langue inconnue « {value} »", en: "unknown language `{value}`", }
    BadLanguageHelp { fr: "utilisez language = \"fr\" ou \"en\"", en: "use language = \"fr\" or \"en\"", }
    BadYearStart {
        fr: "year_start « {value} » n'est pas un mois-jour comme \"04-01\"",
        en: "year_start `{value}` is not a month-day such as \"04-01\"",
    }
    BadYearStartHelp {
        fr: "écrivez year_start = \"MM-JJ\", par exemple \"04-01\" pour des années qui commencent le 1er avril (le 29 février n'est pas permis)",
        en: "write year_start = \"MM-DD\", for example \"04-01\" for years that start on 1 April (29 February is not allowed)",
    }
    BadId {
        fr: "l'identifiant « {id} » contient des caractères interdits",
        en: "id \"{id}\" has characters an id cannot have",
    }
    BadIdLabel { fr: "interdit ici : {chars}", en: "not allowed: {chars}", }
    BadIdHelp {
        fr: "n'utilisez que des lettres sans accent, des chiffres, « . », « - » et « _ » (pas d'espace)",
        en: "use only unaccented letters, digits, '.', '-' and '_' (no spaces)",
    }
    ConflictingTargets {
        fr: "un indicateur n'a qu'une seule façon de fixer sa cible : target, targets ou total",
        en: "an indicator sets its target one way only: target, targets or total",
    }
    ConflictingTargetsHelp {
        fr: "gardez une seule de ces lignes : target = 4 (chaque année), targets = { 2017 = 4, 2018 = 2 } (année par année) ou total = 10 (sur tout le plan)",
        en: "keep one of these lines: target = 4 (each year), targets = { 2017 = 4, 2018 = 2 } (year by year) or total = 10 (over the whole plan)",
    }
    FieldNotForKind {
        fr: "« {key} » ne sert pas ici : cet indicateur {how}",
        en: "`{key}` has no use here: this indicator {how}",
    }
    FieldNotForKindHelp {
        fr: "retirez la ligne « {key} = … », ou changez la ligne kind = … de l'indicateur",
        en: "remove the line `{key} = …`, or change the indicator's kind = … line",
    }

    // ---- summaries
    CheckOk {
        fr: "{dir} : {o} {o?orientation|orientations}, {ob} {ob?objectif|objectifs}, {a} {a?moyen|moyens}, {i} {i?indicateur|indicateurs}, {e} {e?entrée|entrées}, aucun problème",
        en: "{dir}: {o} {o?orientation|orientations}, {ob} {ob?objective|objectives}, {a} {a?action|actions}, {i} {i?indicator|indicators}, {e} {e?entry|entries}, no problems",
    }
    CheckOkWarnings {
        fr: "{dir} : {o} {o?orientation|orientations}, {ob} {ob?objectif|objectifs}, {a} {a?moyen|moyens}, {i} {i?indicateur|indicateurs}, {e} {e?entrée|entrées}, {w} {w?avertissement|avertissements}",
        en: "{dir}: {o} {o?orientation|orientations}, {ob} {ob?objective|objectives}, {a} {a?action|actions}, {i} {i?indicator|indicators}, {e} {e?entry|entries}, {w} {w?warning|warnings}",
    }
    CheckFailed {
        fr: "{dir} : {errors} {errors?erreur|erreurs}, {w} {w?avertissement|avertissements} ; corrigez puis relancez « plan check »",
        en: "{dir}: {errors} {errors?error|errors}, {w} {w?warning|warnings}; fix them and run `plan check` again",
    }
    DeniedWarnings {
        fr: "{dir} : {w} {w?avertissement|avertissements}, refusés par --deny-warnings",
        en: "{dir}: {w} {w?warning|warnings}, refused by --deny-warnings",
    }
    ErrorPrefix { fr: "erreur", en: "error", }
    OutputFailed {
        fr: "impossible d'écrire la sortie : {reason}",
        en: "cannot write the output: {reason}",
    }
    CwdUnreadable {
        fr: "impossible de lire le dossier courant : {reason}",
        en: "cannot read the current directory: {reason}",
    }

    // ---- JSON Schemas (plan schema): descriptions an editor shows on hover
    SchemaPlan { fr: "Le plan : titre, période, langue.", en: "The plan: title, period, language.", }
    SchemaPlanTitle { fr: "Le titre du plan, tel que les tableaux et le bilan le montrent.", en: "The plan's title, as tables and the bilan show it.", }
    SchemaOrganization { fr: "L'organisme (facultatif).", en: "The organisation (optional).", }
    SchemaLanguage { fr: "La langue des messages et des mots que plan écrit : fr ou en.", en: "The language of messages and of the words plan writes: fr or en.", }
    SchemaStartYear { fr: "La première année du plan.", en: "The plan's first year.", }
    SchemaEndYear { fr: "La dernière année du plan.", en: "The plan's last year.", }
    SchemaYearStart {
        fr: "Le jour où commence chaque année du plan, MM-JJ (facultatif ; \"04-01\" pour des années financières).",
        en: "The day each plan year starts, MM-DD (optional; \"04-01\" for fiscal years).",
    }
    SchemaTags {
        fr: "Les étiquettes que les entrées peuvent porter : un nom, et la liste de ses valeurs.",
        en: "The tags entries may carry: a name, and the list of its values.",
    }
    SchemaMonitoring { fr: "Le suivi (facultatif).", en: "Monitoring (optional).", }
    SchemaStaleAfter {
        fr: "Après combien de jours sans entrée un indicateur qui en attend est marqué ◷ (90 par défaut).",
        en: "After how many days with no entry an indicator that needs one is marked ◷ (90 by default).",
    }
    SchemaId { fr: "L'identifiant, hiérarchique : 1, 1.1, 1.1.1, 1.1.1a.", en: "The id, hierarchical: 1, 1.1, 1.1.1, 1.1.1a.", }
    SchemaTitle { fr: "Le titre.", en: "The title.", }
    SchemaShort { fr: "Un titre court, pour les tableaux étroits (facultatif).", en: "A short title, for narrow tables (optional).", }
    SchemaObjective { fr: "Un objectif de l'orientation : [[objective]].", en: "An objective of the orientation: [[objective]].", }
    SchemaAction { fr: "Un moyen, sous l'objectif : [[objective.action]].", en: "An action, under the objective: [[objective.action]].", }
    SchemaIndicator {
        fr: "Un indicateur, sous le moyen : [[objective.action.indicator]].",
        en: "An indicator, under the action: [[objective.action.indicator]].",
    }
    SchemaYears { fr: "Les années du plan où il est prévu (facultatif).", en: "The plan years it is planned for (optional).", }
    SchemaText { fr: "Le texte de l'indicateur : le résultat attendu.", en: "The indicator's text: the expected result.", }
    SchemaKind {
        fr: "Comment il se mesure : count (on compte des activités), milestone (une étape), assessment (un jugement).",
        en: "How it is measured: count (activities are counted), milestone (a step), assessment (a judgement).",
    }
    SchemaTarget { fr: "La cible de chaque année.", en: "The target each year.", }
    SchemaTargets { fr: "Une cible par année : { 2025 = 2, 2026 = 4 }.", en: "A target per year: { 2025 = 2, 2026 = 4 }.", }
    SchemaTotal { fr: "La cible sur toute la durée du plan.", en: "The target over the whole plan.", }
    SchemaDue { fr: "L'année où l'étape doit être franchie.", en: "The year the milestone is due.", }
    SchemaUnit { fr: "L'unité du compte (facultatif) : rencontres, personnes…", en: "The count's unit (optional): meetings, people…", }
    SchemaActivity { fr: "Une activité : une chose qui a eu lieu.", en: "An activity: something that happened.", }
    SchemaAssessment {
        fr: "Une évaluation d'un indicateur qui se juge par un niveau.",
        en: "An assessment of an indicator judged by a level.",
    }
    SchemaNarrative { fr: "Un récit : les mots autour des chiffres.", en: "A narrative: the words around the numbers.", }
    SchemaDate { fr: "Le jour, AAAA-MM-JJ, sans guillemets.", en: "The day, YYYY-MM-DD, without quotes.", }
    SchemaEntryTitle { fr: "Ce qui a eu lieu.", en: "What happened.", }
    SchemaIndicators { fr: "Les indicateurs pour lesquels elle compte.", en: "The indicators it counts toward.", }
    SchemaAmount { fr: "Pour combien elle compte (1 par défaut).", en: "How many it counts for (1 by default).", }
    SchemaNote { fr: "Une note.", en: "A note.", }
    SchemaEvidence {
        fr: "Les pièces : des fichiers du dossier du plan ou des adresses web.",
        en: "The evidence: files of the plan's folder or web addresses.",
    }
    SchemaEntryTags {
        fr: "Les étiquettes de l'entrée, déclarées sous [tags] dans plan.toml.",
        en: "The entry's tags, declared under [tags] in plan.toml.",
    }
    SchemaEntryIndicator { fr: "L'indicateur évalué.", en: "The indicator assessed.", }
    SchemaLevel { fr: "Le niveau.", en: "The level.", }
    SchemaAbout { fr: "De quoi parle le récit : un identifiant du plan, ou plan.", en: "What the narrative is about: an id of the plan, or plan.", }
    SchemaTopic { fr: "Le sujet.", en: "The topic.", }
    SchemaNarrativeText { fr: "Le texte.", en: "The text.", }
    SchemaWritten { fr: "Schémas écrits :", en: "Schemas written:", }
    SchemaTaploKept {
        fr: "{file} existe déjà et n'a pas été écrit par plan ; il n'est pas remplacé. Ajoutez-y une règle par fichier, comme celles de « plan schema --write » dans un dossier vide",
        en: "{file} already exists and was not written by plan; it is not replaced. Add a rule per file to it, like those of `plan schema --write` in an empty folder",
    }
    SchemaStale {
        fr: "les schémas de {dir} ne correspondent plus au plan ({files}) : l'éditeur complète et vérifie d'après un plan ancien",
        en: "the schemas in {dir} no longer match the plan ({files}): the editor completes and checks from an old plan",
    }
    SchemaStaleHelp { fr: "écrivez-les de nouveau : plan schema --write", en: "write them again: plan schema --write", }

    // ---- the manual page (plan man)
    ManManual { fr: "Manuel de plan", en: "plan manual", }
    ManName { fr: "NOM", en: "NAME", }
    ManCommands { fr: "COMMANDES", en: "COMMANDS", }
    ManStatusRules { fr: "RÈGLES DES STATUTS", en: "STATUS RULES", }
    ManStatusesAsOf {
        fr: "Les statuts sont calculés à une date, --as-of (aujourd'hui par défaut) : seules les entrées du journal datées de ce jour ou avant comptent. Une année passée est jugée sur son résultat ; l'année en cours, sur la part de l'année écoulée ; une année future est à venir.",
        en: "Statuses are computed as of a date, --as-of (today by default): only journal entries dated on or before that day count. A past year is judged on its result; the current year on the share of the year elapsed; a future year is upcoming.",
    }
    ManExitCodes { fr: "CODES DE SORTIE", en: "EXIT CODES", }
    ManExit0 { fr: "Tout va bien.", en: "All is well.", }
    ManExit1 {
        fr: "Le plan a des erreurs (ou des avertissements, avec --deny-warnings), ou l'entrée a été refusée.",
        en: "The plan has errors (or warnings, with --deny-warnings), or the entry was refused.",
    }
    ManExit2 {
        fr: "La commande est mal écrite, ou un fichier ne se lit pas ou ne s'écrit pas.",
        en: "The command is written wrong, or a file cannot be read or written.",
    }
    ManFiles { fr: "FICHIERS", en: "FILES", }
    ManFilesText {
        fr: "plan/plan.toml (le plan : titre, période, langue, étiquettes), plan/orientations/*.toml (une orientation par fichier : objectifs, moyens, indicateurs), plan/journal/ANNÉE.toml (les entrées datées, un fichier par année du plan), plan/documents/ (les pièces justificatives), plan/.plan/ (les fichiers de travail de plan, jamais pour git).",
        en: "plan/plan.toml (the plan: title, period, language, tags), plan/orientations/*.toml (one orientation per file: objectives, actions, indicators), plan/journal/YEAR.toml (dated entries, one file per plan year), plan/documents/ (evidence), plan/.plan/ (plan's own working files, never for git).",
    }
    ManEnvironment { fr: "ENVIRONNEMENT", en: "ENVIRONMENT", }
    ManEnvPlanDir { fr: "Le dossier du plan, comme --dir.", en: "The plan's folder, as --dir.", }
    ManEnvNoColor { fr: "S'il est défini, aucune couleur.", en: "When set, no colour.", }
    ManEnvLang {
        fr: "La langue des messages quand ni --lang ni le plan ne la donnent (LC_ALL et LC_MESSAGES d'abord). Quand aucune n'est définie, comme souvent sous Windows : la langue de Windows.",
        en: "The language of messages when neither --lang nor the plan gives it (LC_ALL and LC_MESSAGES first). When none is set, as is usual on Windows: the language Windows is shown in.",
    }

    // ---- record and assess
    JournalHeader {
        fr: "# Journal du plan, année {label}.\n# plan record et plan assess ajoutent les entrées à la fin de ce fichier ; on peut aussi les écrire à la main.\n",
        en: "# Plan journal, year {label}.\n# plan record and plan assess add entries at the end of this file; they may also be written by hand.\n",
    }
    RecordedActivity {
        fr: "Ajouté à {file}:{line} : {date} « {title} » → {ids}",
        en: "Recorded in {file}:{line}: {date} \"{title}\" → {ids}",
    }
    RecordedAssessment {
        fr: "Évaluation ajoutée à {file}:{line} : {id} « {level} » au {date}",
        en: "Assessment recorded in {file}:{line}: {id} \"{level}\" on {date}",
    }
    DryRun {
        fr: "Serait ajouté à {file} (--dry-run : rien n'est écrit) :",
        en: "Would add to {file} (--dry-run: nothing is written):",
    }
    Refused { fr: "rien n'a été écrit", en: "nothing was written", }
    BadDateArgument {
        fr: "« {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ, par exemple 2018-03-14",
        en: "\"{value}\" is not a date; write it YYYY-MM-DD, for example 2018-03-14",
    }
    BadDateArgumentDay {
        fr: "« {value} » n'est pas une date ; écrivez-la AAAA-MM-JJ : {day}",
        en: "\"{value}\" is not a date; write it YYYY-MM-DD: {day}",
    }
    BadDateArgumentCalendar {
        fr: "« {value} » n'est pas une date : ce jour n'existe pas au calendrier ; vérifiez le mois et le jour",
        en: "\"{value}\" is not a date: that day is not on the calendar; check the month and the day",
    }
    BadDateArgumentEither {
        fr: "« {value} » n'est pas une date, et le jour et le mois s'y lisent dans les deux sens ; écrivez-la AAAA-MM-JJ : {first} ou {second}",
        en: "\"{value}\" is not a date, and its day and month can be read either way; write it YYYY-MM-DD: {first} or {second}",
    }
    BadAmountArgument {
        fr: "--amount « {value} » n'est pas un nombre entier de 1 ou plus",
        en: "--amount \"{value}\" is not a whole number of 1 or more",
    }
    AmountArgumentTooBig {
        fr: "--amount « {value} » dépasse 4\u{a0}294\u{a0}967\u{a0}295, le plus grand nombre permis",
        en: "--amount \"{value}\" is more than 4,294,967,295, the largest allowed",
    }
    EmptyTitleArgument { fr: "le titre est vide", en: "the title is empty", }
    EmptyTextArgument { fr: "le texte est vide", en: "the text is empty", }

    // ---- usage errors (clap's, said again)
    CliUnknownArgument {
        fr: "« {arg} » n'est pas un argument de cette commande",
        en: "unexpected argument \"{arg}\"",
    }
    CliUnknownCommand {
        fr: "« {value} » n'est pas une commande de plan",
        en: "\"{value}\" is not a plan command",
    }
    CliValueMissing { fr: "{arg} attend une valeur", en: "{arg} needs a value", }
    CliInvalidValue {
        fr: "« {value} » n'est pas une valeur possible pour {arg}",
        en: "\"{value}\" is not a possible value for {arg}",
    }
    CliBadValue {
        fr: "« {value} » ne convient pas pour {arg}",
        en: "\"{value}\" is not a valid value for {arg}",
    }
    CliMissing { fr: "il manque : {arg}", en: "missing: {arg}", }
    CliNoCommand { fr: "dites quelle commande lancer", en: "say which command to run", }
    CliTwice { fr: "{arg} ne peut être donné qu'une fois", en: "{arg} can be given only once", }
    CliConflict { fr: "{arg} ne peut pas aller avec {prior}", en: "{arg} cannot be used with {prior}", }
    CliValueCount { fr: "{arg} n'a pas le bon nombre de valeurs", en: "{arg} has the wrong number of values", }
    CliNotText {
        fr: "un argument n'est pas du texte valable (UTF-8)",
        en: "an argument is not valid text (UTF-8)",
    }
    CliNoEquals { fr: "écrivez {arg}=VALEUR, avec le signe =", en: "write {arg}=VALUE, with the = sign", }
    CliOther { fr: "la ligne de commande est incorrecte ({reason})", en: "the command line is wrong ({reason})", }
    CliMoreHelp {
        fr: "« {command} --help » décrit chaque argument",
        en: "`{command} --help` describes every argument",
    }
    CliIndicatorHint {
        fr: "le titre va entre guillemets, et chaque indicateur après -i : plan record \"Le titre\" -i {value}",
        en: "put the title in quotes, and each indicator after -i: plan record \"The title\" -i {value}",
    }
    CliQuoteHint {
        fr: "un texte de plusieurs mots va entre guillemets, \"comme ceci\" ; « {command} --help » décrit chaque argument",
        en: "a text of several words goes in quotes, \"like this\"; `{command} --help` describes every argument",
    }
    CliValidValues { fr: "valeurs possibles : {list}", en: "possible values: {list}", }
    CliUsage { fr: "Utilisation :", en: "Usage:", }

    // ---- guided entry (record, assess and note without their arguments)
    MissingArguments {
        fr: "il manque : {list}",
        en: "missing: {list}",
    }
    MissingArgumentsHelp {
        fr: "donnez-les sur la ligne de commande (plan {command} --help les décrit) ; lancé seul dans un terminal, « plan {command} » pose les questions une à une",
        en: "give them on the command line (plan {command} --help describes them); run alone in a terminal, `plan {command}` asks for each in turn",
    }
    ArgTitle { fr: "TITRE", en: "TITLE", }
    ArgLevel { fr: "NIVEAU", en: "LEVEL", }
    ArgTopic { fr: "RUBRIQUE", en: "TOPIC", }
    ArgText { fr: "TEXTE", en: "TEXT", }
    PromptDate { fr: "Date (AAAA-MM-JJ)", en: "Date (YYYY-MM-DD)", }
    PromptDateHelp {
        fr: "Entrée garde la date proposée ; le plan va du {first} au {last}",
        en: "Enter keeps the date shown; the plan runs from {first} to {last}",
    }
    PromptDateHelpNoDefault {
        fr: "le plan va du {first} au {last} ; aujourd'hui n'en fait pas partie",
        en: "the plan runs from {first} to {last}; today is not part of it",
    }
    PromptDateInvalid {
        fr: "écrivez la date ainsi : 2019-03-15 (année-mois-jour)",
        en: "write the date like this: 2019-03-15 (year-month-day)",
    }
    PromptDateInvalidDay {
        fr: "écrivez la date ainsi : {day} (année-mois-jour)",
        en: "write the date like this: {day} (year-month-day)",
    }
    PromptDateInvalidEither {
        fr: "{first} ou {second} ? écrivez l'année, le mois puis le jour",
        en: "{first} or {second}? write the year, the month, then the day",
    }
    PromptDateOutside {
        fr: "cette date est hors du plan, qui va du {first} au {last}",
        en: "this date is outside the plan, which runs from {first} to {last}",
    }
    PromptTitle { fr: "Titre de l'activité", en: "Title of the activity", }
    PromptTitleHelp {
        fr: "ce qui a eu lieu, par exemple : Rencontre du comité directeur",
        en: "what happened, for example: Steering committee meeting",
    }
    PromptTitleKnownHelp {
        fr: "ce qui a eu lieu ; Tab complète d'après les titres déjà inscrits",
        en: "what happened; Tab completes from the titles already recorded",
    }
    PromptRequired { fr: "une réponse est nécessaire", en: "an answer is needed", }
    PromptIndicators { fr: "Indicateurs auxquels elle compte", en: "Indicators it counts toward", }
    PromptChooseHelp {
        fr: "tapez pour filtrer, espace pour cocher, Entrée pour valider",
        en: "type to filter, space to tick, Enter to accept",
    }
    PromptChooseOne {
        fr: "cochez-en au moins un avec la barre d'espace",
        en: "tick at least one with the space bar",
    }
    PromptSelectHelp {
        fr: "tapez pour filtrer, ↑↓ pour aller, Entrée pour choisir",
        en: "type to filter, ↑↓ to move, Enter to choose",
    }
    PromptAmount { fr: "Pour combien compte-t-elle ?", en: "How many does it count for?", }
    PromptAmountHelp { fr: "un nombre entier ; Entrée pour 1", en: "a whole number; Enter for 1", }
    PromptAmountInvalid {
        fr: "écrivez un nombre entier de 1 ou plus",
        en: "write a whole number of 1 or more",
    }
    PromptAmountTooBig {
        fr: "au plus 4\u{a0}294\u{a0}967\u{a0}295 : vérifiez le nombre",
        en: "at most 4,294,967,295: check the number",
    }
    PromptTag { fr: "Étiquettes « {name} »", en: "Tags \"{name}\"", }
    PromptNote { fr: "Note (facultative)", en: "Note (optional)", }
    PromptOptionalHelp { fr: "Entrée seule pour passer", en: "Enter alone to skip", }
    PromptEvidence { fr: "Pièce justificative (facultative)", en: "Evidence (optional)", }
    PromptEvidenceHelp {
        fr: "fichier du plan (Tab complète) ou adresse web ; Entrée seule pour finir",
        en: "a file of the plan (Tab completes) or a web address; Enter alone to finish",
    }
    PromptEvidenceMissing {
        fr: "ce fichier n'est pas dans le dossier du plan ; copiez-le dans documents/",
        en: "this file is not in the plan's folder; copy it into documents/",
    }
    PromptAssessed { fr: "Indicateur évalué", en: "Indicator assessed", }
    PromptLevel { fr: "Jugement", en: "Judgement", }
    PromptAbout { fr: "À propos de", en: "About", }
    PromptTopic { fr: "Rubrique", en: "Topic", }
    PromptText { fr: "Texte", en: "Text", }
    PromptTextHelp { fr: "ce qu'il y a à dire, sur une ligne", en: "what there is to say, on one line", }
    PromptNoAssessed {
        fr: "aucun indicateur de ce plan ne se mesure par un jugement (kind = \"assessment\") ; il n'y a rien à évaluer",
        en: "no indicator of this plan is measured by a judgement (kind = \"assessment\"); there is nothing to assess",
    }
    PromptPreview { fr: "Voici ce qui sera ajouté à {file} :", en: "This is what will be added to {file}:", }
    PromptConfirm { fr: "L'ajouter ?", en: "Add it?", }
    PromptConfirmHelp { fr: "o pour oui, n pour non ; Entrée pour oui", en: "y for yes, n for no; Enter for yes", }
    PromptConfirmInvalid { fr: "répondez o (oui) ou n (non)", en: "answer y (yes) or n (no)", }
    PromptYes { fr: "oui", en: "yes", }
    PromptNo { fr: "non", en: "no", }
    PromptYesNoDefault { fr: "O/n", en: "Y/n", }
    PromptInvalid { fr: "réponse non valable", en: "not a valid answer", }
    PromptCancelledMark { fr: "<annulé>", en: "<cancelled>", }
    PromptCancelled { fr: "annulé : rien n'a été écrit", en: "cancelled: nothing was written", }
    PromptFailed {
        fr: "le terminal ne permet pas de poser les questions ({reason}) ; donnez les arguments sur la ligne de commande",
        en: "the terminal cannot ask the questions ({reason}); give the arguments on the command line",
    }
    BadTagArgument {
        fr: "--tag « {value} » n'est pas de la forme NOM=VALEUR, par exemple --tag territoire=Mékinac",
        en: "--tag \"{value}\" is not NAME=VALUE, for example --tag territory=North",
    }
    RecordedNarrative {
        fr: "Récit ajouté à {file}:{line} : {id} « {topic} » au {date}",
        en: "Narrative recorded in {file}:{line}: {id} \"{topic}\" on {date}",
    }
    JournalReadOnly {
        fr: "{file} est en lecture seule ; rien n'a été écrit",
        en: "{file} is read-only; nothing was written",
    }
    JournalReadOnlyHelp {
        fr: "rendez le fichier modifiable (chmod u+w {file}), puis recommencez",
        en: "make the file writable (chmod u+w {file}), then try again",
    }
    JournalUnparsable {
        fr: "{file} ne se lit pas comme du TOML ; il n'est pas réécrit",
        en: "{file} does not read as TOML; it is not rewritten",
    }
    JournalUnparsableHelp {
        fr: "lancez « plan check » pour voir où, corrigez, puis recommencez",
        en: "run `plan check` to see where, fix it, then try again",
    }
    JournalWouldNotParse {
        fr: "l'entrée ne peut pas être ajoutée à la fin de {file} sans en changer le sens ; rien n'a été écrit",
        en: "the entry cannot be added at the end of {file} without changing its meaning; nothing was written",
    }
    JournalWouldNotParseHelp {
        fr: "ce fichier écrit probablement ses entrées en liste en ligne (activity = [...]) ; écrivez-les en [[activity]], ou ajoutez l'entrée à la main",
        en: "this file probably writes its entries as an inline list (activity = [...]); write them as [[activity]] tables, or add the entry by hand",
    }
    JournalIo {
        fr: "impossible d'écrire {file} : {reason} ; rien n'a été modifié",
        en: "cannot write {file}: {reason}; nothing was changed",
    }
    ReasonDiskFull { fr: "disque plein", en: "disk full", }
    ReasonQuota { fr: "quota de disque dépassé", en: "disk quota exceeded", }
    ReasonReadOnlyDisk { fr: "le disque est en lecture seule", en: "the disk is read-only", }
    ReasonTooLarge { fr: "fichier trop gros", en: "file too large", }
    Waiting {
        fr: "un autre « plan » écrit dans ce plan ; j'attends qu'il ait fini…",
        en: "another plan run is writing to this plan; waiting for it to finish…",
    }
    JournalBusy {
        fr: "un autre « plan » écrit dans ce plan depuis plus de {secs} s ; rien n'a été écrit",
        en: "another plan run has been writing to this plan for over {secs} s; nothing was written",
    }
    JournalBusyHelp {
        fr: "attendez qu'il ait fini, puis recommencez",
        en: "wait for it to finish, then try again",
    }
    JournalDirLink {
        fr: "{dir} est un lien symbolique : plan n'écrit pas au travers ; rien n'a été écrit",
        en: "{dir} is a symbolic link: plan does not write through it; nothing was written",
    }
    JournalDirLinkHelp {
        fr: "faites de {dir} un vrai dossier du plan (déplacez-y les fichiers), puis recommencez",
        en: "make {dir} a real folder of the plan (move the files into it), then try again",
    }
    WorkDirLink {
        fr: "{dir} est un lien symbolique ; rien n'a été écrit",
        en: "{dir} is a symbolic link; nothing was written",
    }
    WorkDirLinkHelp {
        fr: "supprimez ce lien : plan crée lui-même son dossier {dir}",
        en: "remove this link: plan makes its own {dir} folder",
    }
    LockLink {
        fr: "le fichier de verrou {file} est un lien symbolique ; rien n'a été écrit",
        en: "the lock file {file} is a symbolic link; nothing was written",
    }
    LockLinkHelp {
        fr: "supprimez ce lien : plan crée lui-même son verrou",
        en: "remove this link: plan makes its own lock",
    }
    JournalLinksOutside {
        fr: "{file} est un lien vers un fichier hors du plan ({target}) ; rien n'a été écrit",
        en: "{file} is a link to a file outside the plan ({target}); nothing was written",
    }
    JournalLinksOutsideHelp {
        fr: "remplacez le lien par le fichier lui-même, dans le dossier du plan",
        en: "replace the link with the file itself, inside the plan's folder",
    }
    JournalNotRegular {
        fr: "{file} n'est pas un fichier ordinaire ; rien n'a été écrit",
        en: "{file} is not a regular file; nothing was written",
    }
    NotDurable {
        fr: "l'entrée est écrite, mais son dossier n'a pas pu être synchronisé : une coupure de courant pourrait encore la perdre",
        en: "the entry is written, but its folder could not be synced: a power cut could still lose it",
    }
    ConfirmationLost {
        fr: "l'entrée est écrite, mais sa confirmation n'a pas pu être affichée : {reason}",
        en: "the entry is written, but its confirmation could not be shown: {reason}",
    }

    RepeatedEntry {
        fr: "cette entrée répète une entrée précédente (même date, même titre ou sujet, mêmes indicateurs) : elle compte deux fois",
        en: "this entry repeats an earlier one (same date, same title or topic, same indicators): it counts twice",
    }
    RepeatedEntryFirst { fr: "la même entrée, déjà notée ici", en: "the same entry, already written here", }
    RepeatedFile {
        fr: "chacune des {n} entrées de ce fichier répète une entrée d'un autre fichier : elles comptent deux fois",
        en: "each of the {n} entries of this file repeats an entry of another file: they count twice",
    }
    RepeatedFileFirst { fr: "l'autre fichier, où elles sont déjà", en: "the other file, where they already are", }
    RepeatedFileHelp {
        fr: "ce fichier semble être une copie de l'autre : s'il l'est, supprimez-le",
        en: "this file looks like a copy of the other: if it is, delete it",
    }
    RepeatedEntryHelp {
        fr: "si c'est la même rencontre notée deux fois, retirez l'une des deux (plan undo retire la dernière entrée ajoutée) ; si ce sont deux rencontres, précisez le titre",
        en: "if it is one meeting written twice, remove one of them (plan undo removes the last entry added); if there were two meetings, make the titles differ",
    }
    OffYearActivity {
        fr: "l'activité du {date} compte pour {ids}, qui {n?n'est|ne sont} pas prévu{n?|s} en {year} : elle ne compte pour rien",
        en: "the activity of {date} counts toward {ids}, which {n?is|are} not planned in {year}: it counts for nothing",
    }
    OffYearActivityHelp {
        fr: "vérifiez la date et les indicateurs ; les années prévues d'un moyen ou d'un indicateur sont dans years = [...]",
        en: "check the date and the indicators; the years an action or indicator is planned for are in years = [...]",
    }
    FutureEntry {
        fr: "la date {date} est après aujourd'hui ({today})",
        en: "the date {date} is after today ({today})",
    }
    FutureEntryHelp {
        fr: "si c'est une erreur de frappe, corrigez --date ; plan undo retire la dernière entrée ajoutée",
        en: "if it is a typo, fix --date; plan undo removes the last entry added",
    }

    EchoAmount { fr: "nombre : {n}", en: "amount: {n}", }
    EchoNote { fr: "note : {note}", en: "note: {note}", }
    EchoText { fr: "texte : {text}", en: "text: {text}", }
    UndoDone { fr: "Retiré de {file} :", en: "Removed from {file}:", }
    UndoDryRun {
        fr: "Serait retiré de {file} (--dry-run : rien n'est écrit) :",
        en: "Would be removed from {file} (--dry-run: nothing is written):",
    }
    UndoFileRemoved {
        fr: "{file} ne tenait que cette entrée : le fichier est retiré lui aussi",
        en: "{file} held only this entry: the file goes too",
    }
    UndoNothing {
        fr: "rien à annuler : aucune entrée n'a été ajoutée par plan record, assess ou note depuis la dernière annulation",
        en: "nothing to undo: no entry was added by plan record, assess or note since the last undo",
    }
    UndoChanged {
        fr: "{file} a changé depuis le dernier ajout : il ne se termine plus par l'entrée ajoutée ; rien n'a été retiré",
        en: "{file} changed since the last entry was added: it no longer ends with that entry; nothing was removed",
    }
    UndoChangedHelp {
        fr: "retirez l'entrée à la main, dans le fichier, ou avec git (git diff montre ce qui a changé)",
        en: "remove the entry by hand, in the file, or with git (git diff shows what changed)",
    }

    // ---- show
    HeadOrientation { fr: "Orientation {id}", en: "Orientation {id}", }
    HeadObjective { fr: "Objectif {id}", en: "Objective {id}", }
    HeadAction { fr: "Moyen {id}", en: "Action {id}", }
    HeadIndicator { fr: "Indicateur {id}", en: "Indicator {id}", }
    TargetYearly { fr: "compte ; cible : {n} par année", en: "count; target: {n} a year", }
    TargetPerYear { fr: "compte ; cibles : {list}", en: "count; targets: {list}", }
    TargetTotal { fr: "compte ; cible : {n} sur toute la durée du plan", en: "count; target: {n} over the whole plan", }
    TargetNone { fr: "compte ; suivi, sans cible", en: "count; tracked, no target", }
    MilestoneDue { fr: "jalon, attendu en {year}", en: "milestone, due in {year}", }
    AssessmentKind { fr: "évaluation qualitative", en: "qualitative assessment", }
    InYears { fr: "années : {list}", en: "years: {list}", }
    UnitIs { fr: "unité : {unit}", en: "unit: {unit}", }
    EntriesHeading { fr: "Entrées ({n}) :", en: "Entries ({n}):", }
    NoEntries { fr: "Aucune entrée.", en: "No entries.", }
    AssessedAs { fr: "évaluation : {level}", en: "assessed: {level}", }
    HeadWhy { fr: "Pourquoi, année par année :", en: "Why, year by year:", }
    HeadRollup {
        fr: "Cumul de {id}, année par année (réussis sur ceux qui ont un verdict) :",
        en: "Roll-up of {id}, year by year (done well, out of those with a verdict):",
    }
    RollupRule {
        fr: "Règle : le statut le plus défavorable parmi les indicateurs qui ont un verdict (non atteint, puis en retard, puis en bonne voie, puis atteint) ; sans verdict : à venir si tous le sont, s.o. si aucun ne s'applique, sinon non évalué s'il en reste à évaluer, ou suivi.",
        en: "Rule: the worst status among the indicators that have a verdict (missed, then behind, then on track, then achieved); with none: upcoming if all are, n/a if none applies, else not assessed if one awaits assessment, or tracked.",
    }
    HeadNarratives { fr: "Récits :", en: "Narratives:", }
    EvidenceLine { fr: "preuves : {list}", en: "evidence: {list}", }
    TagsLine { fr: "étiquettes : {list}", en: "tags: {list}", }
    LastEntry {
        fr: "Dernière entrée : {date}, il y a {days} {days?jour|jours}",
        en: "Last entry: {date}, {days} {days?day|days} ago",
    }
    NoEntryYet { fr: "Aucune entrée jusqu'ici", en: "No entry so far", }
    StaleFlag {
        fr: "{mark} en attente d'une entrée depuis plus de {days} jours",
        en: "{mark} waiting for an entry for over {days} days",
    }
    ExplanationMissing {
        fr: "explication manquante pour {year} : plan note {id} explication \"…\"",
        en: "explanation missing for {year}: plan note {id} explanation \"…\"",
    }
    WhyUpcoming { fr: "l'année commence le {date}", en: "the year begins on {date}", }
    WhyNotApplicable { fr: "l'indicateur ne s'applique pas cette année", en: "the indicator does not apply this year", }
    WhyNoTarget { fr: "{actual} ; suivi, sans cible", en: "{actual}; tracked, with no target", }
    WhyYearMet { fr: "{actual} pour une cible de {target} dans l'année : atteinte", en: "{actual} for a target of {target} in the year: met", }
    WhyYearMissed {
        fr: "{actual} pour une cible de {target} dans l'année, qui est terminée",
        en: "{actual} for a target of {target} in the year, which is over",
    }
    WhyYearPace {
        fr: "{actual} sur {target} ; au {date}, {pct} de l'année est écoulé : il fallait au moins {expected} ({target} × {pct}) pour être en bonne voie",
        en: "{actual} of {target}; on {date}, {pct} of the year had passed: at least {expected} ({target} × {pct}) was needed to be on track",
    }
    WhyPlanMet {
        fr: "{actual} depuis le début du plan, pour une cible de {target} : atteinte",
        en: "{actual} since the plan began, for a target of {target}: met",
    }
    WhyPlanMissed {
        fr: "{actual} sur {target} à la fin du plan",
        en: "{actual} of {target} when the plan ended",
    }
    WhyPlanPace {
        fr: "{actual} sur {target} depuis le début du plan ; au {date}, {pct} du plan est écoulé : il fallait au moins {expected} ({target} × {pct}) pour être en bonne voie",
        en: "{actual} of {target} since the plan began; on {date}, {pct} of the plan had passed: at least {expected} ({target} × {pct}) was needed to be on track",
    }
    WhyMilestoneDone { fr: "fait le {date}", en: "done on {date}", }
    WhyMilestoneAhead { fr: "attendu en {due} ; pas encore fait", en: "due in {due}; not done yet", }
    WhyMilestoneDue { fr: "attendu cette année ({due}) ; pas encore fait", en: "due this year ({due}); not done yet", }
    WhyMilestoneLate { fr: "attendu en {due} ; pas fait", en: "due in {due}; not done", }
    WhyAssessed { fr: "évalué « {level} » le {date}", en: "assessed \"{level}\" on {date}", }
    WhyAssessedNote {
        fr: "évalué « {level} » le {date} : « {note} »",
        en: "assessed \"{level}\" on {date}: \"{note}\"",
    }
    WhyNotAssessed { fr: "aucune évaluation datée de cette année", en: "no assessment dated in this year", }

    // ---- status words, as tables show them
    StatusAchieved { fr: "atteint", en: "achieved", }
    StatusOnTrack { fr: "en bonne voie", en: "on track", }
    StatusBehind { fr: "en retard", en: "behind", }
    StatusMissed { fr: "non atteint", en: "missed", }
    LevelAtRisk { fr: "à risque", en: "at risk", }
    StatusUpcoming { fr: "à venir", en: "upcoming", }
    StatusTracked { fr: "suivi", en: "tracked", }
    StatusNotAssessed { fr: "non évalué", en: "not assessed", }
    StatusNotApplicable { fr: "s.o.", en: "n/a", }

    // ---- narrative topics
    TopicHighlights { fr: "faits saillants", en: "highlights", }
    TopicChallenges { fr: "défis", en: "challenges", }
    TopicNextSteps { fr: "suites", en: "next steps", }
    TopicExplanation { fr: "explication", en: "explanation", }

    // ---- status reports
    StatusTitle { fr: "{title} — état au {date}", en: "{title} — status as of {date}", }
    ColumnId { fr: "Id", en: "Id", }
    ColumnItem { fr: "Intitulé", en: "Item", }
    StaleLegend {
        fr: "{mark} : aucune entrée depuis plus de {days} jours, alors qu'il en faut",
        en: "{mark}: no entry for more than {days} days, though one is needed",
    }
    NoIndicatorShown {
        fr: "aucun indicateur ne correspond à ces filtres",
        en: "no indicator matches these filters",
    }
    RefusedPlanHasErrors {
        fr: "le plan a {n} {n?erreur (ci-dessus)|erreurs (la première ci-dessus ; « plan check » les montre toutes)} : corrigez, puis recommencez",
        en: "the plan has {n} {n?error (above)|errors (the first is above; `plan check` shows them all)}: fix, then try again",
    }
    PlanHasWarnings {
        fr: "le plan a {n} {n?avertissement (ci-dessus)|avertissements (le premier ci-dessus ; « plan check » les montre tous)} : ces chiffres sont ceux du plan tel qu'il est écrit",
        en: "the plan has {n} {n?warning (above)|warnings (the first is above; `plan check` shows them all)}: these figures are those of the plan as it is written",
    }
    UnknownFilterId {
        fr: "aucun élément du plan n'a l'identifiant « {id} »",
        en: "no item of the plan has the id \"{id}\"",
    }
    YearNotInPlan {
        fr: "{year} n'est pas une année du plan ({first}–{last})",
        en: "{year} is not a year of the plan ({first}–{last})",
    }

    // ---- dates and numbers, as reports write them
    MonthJanuary { fr: "janvier", en: "January", }
    MonthFebruary { fr: "février", en: "February", }
    MonthMarch { fr: "mars", en: "March", }
    MonthApril { fr: "avril", en: "April", }
    MonthMay { fr: "mai", en: "May", }
    MonthJune { fr: "juin", en: "June", }
    MonthJuly { fr: "juillet", en: "July", }
    MonthAugust { fr: "août", en: "August", }
    MonthSeptember { fr: "septembre", en: "September", }
    MonthOctober { fr: "octobre", en: "October", }
    MonthNovember { fr: "novembre", en: "November", }
    MonthDecember { fr: "décembre", en: "December", }
    DateLong { fr: "{day} {month} {year}", en: "{month} {day}, {year}", }
    DateFirstOfMonth { fr: "1er {month} {year}", en: "{month} 1, {year}", }

    // ---- the bilan (plan report)
    BilanOfYear { fr: "Bilan {year}", en: "Report for {year}", }
    BilanOfPlan { fr: "Bilan du plan {first}–{last}", en: "Report on the plan {first}–{last}", }
    BilanPeriod { fr: "Période du plan", en: "Plan period", }
    BilanAsOf { fr: "Données au", en: "Data as of", }
    BilanMade { fr: "Produit le", en: "Made on", }
    BilanVersion { fr: "Version des fichiers", en: "Version of the files", }
    BilanCommit { fr: "commit", en: "commit", }
    BilanModified { fr: "avec des modifications non enregistrées dans git", en: "with changes not committed to git", }
    BilanNotInGit { fr: "fichiers hors de git", en: "files not in git", }
    BilanPage { fr: "page", en: "page", }
    BilanContents { fr: "Sommaire", en: "Contents", }
    BilanSummary { fr: "Vue d'ensemble", en: "Summary", }
    BilanSummaryLead {
        fr: "Le nombre d'indicateurs dans chaque statut, année par année.",
        en: "How many indicators have each status, year by year.",
    }
    BilanIndicatorCount { fr: "{n} {n?indicateur|indicateurs}", en: "{n} {n?indicator|indicators}", }
    BilanByOrientation { fr: "Par orientation", en: "By orientation", }
    BilanPlanNarratives { fr: "Le plan dans son ensemble", en: "The plan as a whole", }
    BilanGlance { fr: "Le plan en un coup d'œil", en: "The plan at a glance", }
    BilanGlanceLead {
        fr: "Chaque orientation, objectif et moyen, avec le statut cumulé de ses indicateurs.",
        en: "Every orientation, objective and action, with the rolled-up status of its indicators.",
    }
    BilanWhy { fr: "Pourquoi ce statut", en: "Why this status", }
    BilanExplanations { fr: "Explications", en: "Explanations", }
    BilanExplanationMissing {
        fr: "Explication manquante : {year}, {status}",
        en: "Explanation missing: {year}, {status}",
    }
    BilanAssessments { fr: "Évaluations", en: "Assessments", }
    BilanActivities { fr: "Activités", en: "Activities", }
    BilanNoActivity { fr: "Aucune activité dans la période.", en: "No activity in the period.", }
    BilanMoreActivities {
        fr: "… et {n} autres activités ({amount} au total) ; la liste complète : plan show {id}",
        en: "… and {n} more activities ({amount} in all); the full list: plan show {id}",
    }
    BilanBreakdown { fr: "Ventilation par {tag}", en: "Breakdown by {tag}", }
    BilanNarratives { fr: "Récits", en: "Narratives", }
    BilanWatch { fr: "À surveiller", en: "To watch", }
    BilanSince { fr: "Ce qui a changé", en: "What changed", }
    BilanWatchStale {
        fr: "Indicateurs sans entrée depuis plus de {days} jours alors qu'il en faut",
        en: "Indicators with no entry for more than {days} days, though one is needed",
    }
    BilanWatchUnexplained {
        fr: "En retard ou non atteints, sans explication",
        en: "Behind or missed, with no explanation",
    }
    BilanNothing { fr: "Rien à signaler.", en: "Nothing to report.", }
    BilanLastEntry { fr: "dernière entrée le {date}", en: "last entry on {date}", }
    BilanNoEntry { fr: "aucune entrée", en: "no entry", }
    BilanMethod { fr: "Méthode", en: "Method", }
    BilanMethodAsOf {
        fr: "Les statuts sont calculés au {date} : seules les entrées du journal datées de ce jour ou avant comptent. Une année passée est jugée sur son résultat ; l'année en cours, sur la part de l'année écoulée ; une année future est à venir.",
        en: "Statuses are computed as of {date}: only journal entries dated on or before that day count. A past year is judged on its result; the current year on the share of the year elapsed; a future year is upcoming.",
    }
    BilanMethodKinds { fr: "Le statut d'un indicateur", en: "The status of an indicator", }
    BilanRuleYearly {
        fr: "Compte avec une cible annuelle : atteint dès que la cible est atteinte ; dans l'année en cours, en bonne voie si le compte égale au moins la cible multipliée par la part de l'année écoulée, sinon en retard ; une année terminée sous la cible est non atteinte.",
        en: "A count with a yearly target: achieved once the target is reached; in the current year, on track if the count is at least the target times the share of the year elapsed, else behind; a year that ended below target is missed.",
    }
    BilanRuleTotal {
        fr: "Compte avec une cible sur toute la durée du plan : le cumul depuis le début du plan, comparé à la cible répartie sur la part du plan écoulée ; atteint dès que la cible est atteinte ; non atteint si elle ne l'est pas à la fin du plan.",
        en: "A count with a target over the whole plan: the total since the plan began, against the target pro-rated over the share of the plan elapsed; achieved once the target is reached; missed if it is not by the end of the plan.",
    }
    BilanRuleTracked {
        fr: "Compte sans cible : suivi, avec le nombre.",
        en: "A count with no target: tracked, with the number.",
    }
    BilanRuleMilestone {
        fr: "Jalon : atteint l'année où il est fait et les suivantes ; en bonne voie avant l'année attendue ; en retard dans l'année attendue s'il n'est pas fait ; non atteint ensuite.",
        en: "A milestone: achieved in the year it is done and later; on track before its due year; behind in the due year if not done; missed after it.",
    }
    BilanRuleAssessment {
        fr: "Évaluation : le niveau de la dernière évaluation datée de l'année (atteint, en bonne voie, à risque = en retard, non atteint) ; non évalué s'il n'y en a pas.",
        en: "An assessment: the level of the latest assessment dated in the year (achieved, on track, at risk = behind, not achieved = missed); not assessed if there is none.",
    }
    BilanRuleNotApplicable {
        fr: "Une année où l'indicateur n'est pas prévu est sans objet (s.o.).",
        en: "A year the indicator is not planned for is not applicable (n/a).",
    }
    BilanMethodRollup { fr: "Le statut cumulé", en: "The rolled-up status", }
    BilanRuleRollupValue {
        fr: "Une orientation, un objectif, un moyen et le plan reçoivent chaque année le statut le plus défavorable de leurs indicateurs qui ont un verdict. « 3/5 » se lit : 3 indicateurs atteints ou en bonne voie sur 5 qui ont un verdict.",
        en: "An orientation, an objective, an action and the plan get, each year, the worst status of their indicators that have a verdict. \"3/5\" reads: 3 indicators achieved or on track, out of 5 with a verdict.",
    }
    BilanMethodStale { fr: "Sans entrée récente", en: "No recent entry", }
    BilanRuleStale {
        fr: "{mark} marque un indicateur qui attend encore des entrées cette année et n'en a reçu aucune depuis plus de {days} jours.",
        en: "{mark} marks an indicator that still needs entries this year and has had none for more than {days} days.",
    }
    BilanLegend { fr: "Légende", en: "Legend", }
    BilanMeaningAchieved { fr: "la cible est atteinte", en: "the target is reached", }
    BilanMeaningOnTrack { fr: "au rythme voulu pour atteindre la cible", en: "at the pace needed to reach the target", }
    BilanMeaningBehind { fr: "sous le rythme voulu, ou jugé à risque", en: "below the pace needed, or judged at risk", }
    BilanMeaningMissed { fr: "la cible n'a pas été atteinte", en: "the target was not reached", }
    BilanMeaningUpcoming { fr: "l'année n'a pas commencé", en: "the year has not begun", }
    BilanMeaningTracked { fr: "compté, sans cible", en: "counted, with no target", }
    BilanMeaningNotAssessed { fr: "aucune évaluation cette année", en: "no assessment this year", }
    BilanMeaningNotApplicable { fr: "non prévu cette année", en: "not planned this year", }
    BilanChartAlt {
        fr: "Réalisé et cible, année par année : {values}",
        en: "Actual and target, year by year: {values}",
    }
    BilanChartValue { fr: "{year} : {actual} sur {target}", en: "{year}: {actual} of {target}", }
    BilanChartValueNoTarget { fr: "{year} : {actual}", en: "{year}: {actual}", }
    BilanChartCumulative {
        fr: "Cumul depuis le début du plan, pour une cible de {total} : {values}",
        en: "Total since the plan began, against a target of {total}: {values}",
    }
    BilanBarAlt { fr: "{year} : {counts}", en: "{year}: {counts}", }
    ColumnYear { fr: "Année", en: "Year", }
    ColumnActual { fr: "Réalisé", en: "Actual", }
    ColumnTarget { fr: "Cible", en: "Target", }
    ColumnStatus { fr: "Statut", en: "Status", }
    ColumnDate { fr: "Date", en: "Date", }
    ColumnActivity { fr: "Activité", en: "Activity", }
    ColumnAmount { fr: "Nombre", en: "Amount", }
    ColumnTags { fr: "Étiquettes", en: "Tags", }
    ColumnEvidence { fr: "Preuves", en: "Evidence", }
    ColumnLevel { fr: "Niveau", en: "Level", }
    ColumnNote { fr: "Note", en: "Note", }
    ColumnTotal { fr: "Total", en: "Total", }
    ColumnMeaning { fr: "Signification", en: "Meaning", }
    ColumnSymbol { fr: "Symbole", en: "Symbol", }
    Colon { fr: " : ", en: ": ", }
    ReportWritten { fr: "Bilan écrit : {path}", en: "Report written: {path}", }
    ReportPrintHint {
        fr: "Ouvrez-le dans un navigateur ; pour en faire un PDF, choisissez Imprimer, puis Enregistrer au format PDF.",
        en: "Open it in a browser; to make a PDF of it, choose Print, then Save as PDF.",
    }
    FileWritten { fr: "Écrit : {path}", en: "Written: {path}", }
    StatusFileName { fr: "statut-{date}.xlsx", en: "status-{date}.xlsx", }
    BinaryToTerminal {
        fr: "un classeur Excel ne s'affiche pas dans un terminal ; rien n'a été écrit",
        en: "an Excel workbook cannot be shown in a terminal; nothing was written",
    }
    BinaryToTerminalHelp {
        fr: "nommez le fichier à écrire, par exemple : --output statut.xlsx",
        en: "name the file to write, for instance: --output status.xlsx",
    }
    OutputIsToml {
        fr: "plan n'écrit pas de rapport par-dessus un fichier TOML ({path}) : ce pourrait être un fichier du plan ; rien n'a été écrit",
        en: "plan does not write a report over a TOML file ({path}): it could be one of the plan's files; nothing was written",
    }
    OutputIsTomlHelp {
        fr: "choisissez un autre nom, par exemple : --output {suggestion}",
        en: "choose another name, for instance: --output {suggestion}",
    }
    OutputUnwritable { fr: "impossible d'écrire {path} : {reason}", en: "cannot write {path}: {reason}", }
    OutputUnwritableHelp {
        fr: "vérifiez que le dossier existe et que vous pouvez y écrire, ou nommez un autre fichier avec --output",
        en: "check that the folder exists and that you may write in it, or name another file with --output",
    }
    TemplateUnreadable { fr: "impossible de lire le gabarit {path} : {reason}", en: "cannot read the template {path}: {reason}", }
    TemplateFailed {
        fr: "le gabarit {place} ne peut pas servir : {reason}",
        en: "the template {place} cannot be used: {reason}",
    }
    TemplateHelp {
        fr: "docs/report-template.md décrit les données qu'un gabarit reçoit et les blocs qu'il peut remplacer",
        en: "docs/report-template.md describes the data a template receives and the blocks it may replace",
    }
    TemplateWithJson {
        fr: "--format json donne les données qu'un gabarit reçoit : il ne prend pas de --template",
        en: "--format json gives the data a template receives: it takes no --template",
    }
    RenderFailed {
        fr: "la mise en forme a échoué : {reason} (c'est un défaut de plan ; merci de le signaler)",
        en: "rendering failed: {reason} (this is a fault of plan; please report it)",
    }
    GitMissing {
        fr: "git n'est pas installé ou ne peut pas être lancé : plan lit l'historique du plan avec git",
        en: "git is not installed or cannot be run: plan reads the plan's history with git",
    }
    GitMissingHelp {
        fr: "installez git (https://git-scm.com), ou faites la commande sans --at",
        en: "install git (https://git-scm.com), or run the command without --at",
    }
    NotARepository { fr: "{dir} n'est dans aucun dépôt git", en: "{dir} is in no git repository", }
    NotARepositoryHelp {
        fr: "l'historique du plan vient de git : suivez le plan dans un dépôt (git init, git add, git commit), ou faites la commande sans révision",
        en: "the plan's history comes from git: keep the plan in a repository (git init, git add, git commit), or run the command without a revision",
    }
    DubiousOwnership {
        fr: "git refuse ce dépôt, qui appartient à un autre utilisateur ; git dit : {said}",
        en: "git refuses this repository, which belongs to another user; git says: {said}",
    }
    DubiousOwnershipHelp {
        fr: "si vous faites confiance à ce dépôt, suivez le conseil de git ci-dessus, puis recommencez",
        en: "if you trust this repository, follow git's advice above, then try again",
    }
    UnknownRevision { fr: "git ne connaît pas la révision « {rev} »", en: "git knows no revision \"{rev}\"", }
    UnknownRevisionHelp {
        fr: "une révision est un commit (a1b2c3d), une étiquette, une branche, HEAD~3, ou une date AAAA-MM-JJ (le dernier commit de ce jour ou d'avant)",
        en: "a revision is a commit (a1b2c3d), a tag, a branch, HEAD~3, or a date YYYY-MM-DD (the last commit on or before that day)",
    }
    NoCommitBy {
        fr: "aucun commit de la branche courante n'est daté du {date} ou d'avant",
        en: "no commit of the current branch is dated on or before {date}",
    }
    NoCommitByHelp {
        fr: "git log --reverse montre le premier commit et sa date",
        en: "git log --reverse shows the first commit and its date",
    }
    NoPlanAtRevision {
        fr: "aucun plan au commit {commit}, ni dans ce dossier ni dans ses parents (cherché : plan.toml et plan/plan.toml)",
        en: "no plan at commit {commit}, in this folder or its parents (looked for plan.toml and plan/plan.toml)",
    }
    PlanAbsentAtRevision {
        fr: "le dossier {dir} n'a pas de plan.toml au commit {commit}",
        en: "the folder {dir} has no plan.toml at commit {commit}",
    }
    PlanAtRevisionHelp {
        fr: "le dossier du plan a peut-être changé de nom depuis : nommez celui de cette époque avec --dir (git show {commit} --stat le montre)",
        en: "the plan's folder may have been renamed since: name the one of that time with --dir (git show {commit} --stat shows it)",
    }
    GitFailed { fr: "git a échoué : {reason}", en: "git failed: {reason}", }
    AtWritesNothing {
        fr: "--at lit une version passée du plan ; « plan {command} » écrit dans les fichiers actuels : faites la commande sans --at",
        en: "--at reads a past version of the plan; `plan {command}` writes to the current files: run it without --at",
    }
    DiffTitle { fr: "Changements entre {from} et {to}", en: "Changes from {from} to {to}", }
    DiffAtCommit { fr: "le {date} (commit {commit})", en: "{date} (commit {commit})", }
    DiffAtFiles { fr: "le {date} (fichiers actuels)", en: "{date} (current files)", }
    DiffNothing { fr: "Aucun changement.", en: "Nothing changed.", }
    DiffStatuses { fr: "Statuts", en: "Statuses", }
    DiffRollups { fr: "Statuts cumulés", en: "Roll-ups", }
    DiffEntriesAdded { fr: "Entrées ajoutées", en: "Entries added", }
    DiffEntriesRemoved { fr: "Entrées retirées", en: "Entries removed", }
    DiffPlanItself { fr: "Le plan lui-même", en: "The plan itself", }
    DiffItemAdded { fr: "ajout : {item} — {title}", en: "added: {item} — {title}", }
    DiffItemRemoved { fr: "retrait : {item} — {title}", en: "removed: {item} — {title}", }
    DiffItemRetitled {
        fr: "{item} : « {before} » devient « {after} »",
        en: "{item}: \"{before}\" becomes \"{after}\"",
    }
    DiffMeasureChanged { fr: "{item} : {before} devient {after}", en: "{item}: {before} becomes {after}", }
    DiffTitleChanged {
        fr: "titre : « {before} » devient « {after} »",
        en: "title: \"{before}\" becomes \"{after}\"",
    }
    DiffPeriodChanged { fr: "période : {before} devient {after}", en: "period: {before} becomes {after}", }
    InitTitle { fr: "Plan d'action {start}-{end}", en: "Action plan {start}-{end}", }
    InitDone { fr: "Nouveau plan créé dans {dir} :", en: "New plan created in {dir}:", }
    InitNext {
        fr: "Ensuite :\n  1. décrivez vos orientations : {file} (suivez l'exemple) ;\n  2. vérifiez-les : plan check ;\n  3. notez une activité : plan record",
        en: "Next:\n  1. describe your orientations: {file} (follow the example);\n  2. check them: plan check;\n  3. record an activity: plan record",
    }
    InitCi {
        fr: "{file} fera vérifier le plan par GitHub à chaque envoi (plan check --format github).",
        en: "{file} makes GitHub check the plan on every push (plan check --format github).",
    }
    InitCiSource {
        fr: "Dans les réglages du dépôt GitHub (Settings › Secrets and variables › Actions › Variables), ajoutez PLAN_GIT_URL : l'adresse du dépôt git de plan, d'où l'installer.",
        en: "In the GitHub repository's settings (Settings › Secrets and variables › Actions › Variables), add PLAN_GIT_URL: the address of plan's git repository, to install it from.",
    }
    InitExists {
        fr: "{path} existe déjà : plan init ne remplace aucun fichier ; rien n'a été écrit",
        en: "{path} already exists: plan init replaces no file; nothing was written",
    }
    InitExistsHelp {
        fr: "pour un plan de plus, choisissez un autre dossier : plan init AUTRE-DOSSIER",
        en: "for another plan, choose another folder: plan init OTHER-FOLDER",
    }
    InitBadYears {
        fr: "la période {start}–{end} n'est pas possible : l'année de fin suit celle du début (ou l'égale), au plus {max} ans plus tard, entre 1900 et 2200",
        en: "the period {start}–{end} is not possible: the end year comes on or after the start year, at most {max} years later, between 1900 and 2200",
    }
    InitIo {
        fr: "impossible de créer {path} : {reason} ; rien n'a été écrit",
        en: "cannot create {path}: {reason}; nothing was written",
    }
    TierPlan { fr: "plan", en: "plan", }
    TierOrientation { fr: "orientation", en: "orientation", }
    TierObjective { fr: "objectif", en: "objective", }
    TierAction { fr: "moyen", en: "action", }
    TierIndicator { fr: "indicateur", en: "indicator", }
    KindActivity { fr: "activité", en: "activity", }
    KindAssessment { fr: "évaluation", en: "assessment", }
    KindNarrative { fr: "récit", en: "narrative", }
    ColumnStale { fr: "Sans entrée récente", en: "No recent entry", }
    ColumnLastEntry { fr: "Dernière entrée", en: "Last entry", }
    ColumnKind { fr: "Type", en: "Kind", }
    ColumnIds { fr: "Ids", en: "Ids", }
    ColumnText { fr: "Titre ou texte", en: "Title or text", }
    ColumnTopic { fr: "Niveau ou sujet", en: "Level or topic", }
    ColumnFile { fr: "Fichier", en: "File", }
    ColumnLine { fr: "Ligne", en: "Line", }
    ColumnYearActual { fr: "{year} réalisé", en: "{year} actual", }
    ColumnYearTarget { fr: "{year} cible", en: "{year} target", }
    ColumnYearStatus { fr: "{year} statut", en: "{year} status", }
    SheetStatus { fr: "Statut", en: "Status", }
    SheetJournal { fr: "Journal", en: "Journal", }
    SheetTruncated {
        fr: "… et {n} autres entrées, au-delà de ce qu'une feuille Excel peut tenir",
        en: "… and {n} more entries, beyond what an Excel sheet can hold",
    }
    TextCut { fr: "[… coupé : une cellule Excel tient au plus 32 767 caractères]", en: "[… cut: an Excel cell holds at most 32,767 characters]", }
}

/// One argument of a message: plain text, or another message rendered in the same language.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Arg {
    Text(String),
    Msg(MsgId),
}

/// A message ready to be shown in either language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    id: MsgId,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: MsgId) -> Message {
        Message { id, args: Vec::new() }
    }

    /// Adds an argument shown as it is (ids, numbers, file names).
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds an argument that is itself a message of the catalogue, shown in the same language.
    pub fn arg_msg(mut self, name: &'static str, value: MsgId) -> Message {
        self.args.push((name, Arg::Msg(value)));
        self
    }

    /// The message in `lang`, with its arguments filled in.
    pub fn render(&self, lang: Lang) -> String {
        fill(self.id.template(lang), lang, |name| {
            self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| match a {
                Arg::Text(t) => t.clone(),
                Arg::Msg(m) => m.template(lang).to_string(),
            })
        })
    }
}

impl From<MsgId> for Message {
    fn from(id: MsgId) -> Message {
        Message::new(id)
    }
}

/// Fills a template. An argument that is missing stays visible as `{name}`.
fn fill(template: &str, lang: Lang, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = &rest[open + 1..open + close];
        fill_one(&mut out, inner, lang, &value);
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

fn fill_one(out: &mut String, inner: &str, lang: Lang, value: &impl Fn(&str) -> Option<String>) {
    match inner.split_once('?') {
        Some((name, forms)) => {
            let (one, many) = forms.split_once('|').unwrap_or((forms, forms));
            let n = value(name).and_then(|v| v.parse::<i64>().ok()).unwrap_or(2);
            out.push_str(if is_singular(lang, n) { one } else { many });
        }
        None => match value(inner) {
            Some(v) => out.push_str(&v),
            None => {
                let _ = write!(out, "{{{inner}}}");
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names of the arguments a template uses, for catalogue tests.
    fn placeholders(template: &str) -> Vec<String> {
        let mut names: Vec<String> = template
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}'))
            .map(|(inner, _)| inner.split('?').next().unwrap_or(inner).to_string())
            .collect();
        names.sort();
        names.dedup();
        names
    }

    /// Messages whose French and English are rightly the same word.
    const SAME_IN_BOTH: &[MsgId] = &[
        MsgId::ColumnId,
        MsgId::HeadOrientation,
        MsgId::BilanCommit,
        MsgId::BilanPage,
        MsgId::ColumnDate,
        MsgId::ColumnNote,
        MsgId::ColumnTotal,
        MsgId::ColumnIds,
        MsgId::TierPlan,
        MsgId::TierOrientation,
        MsgId::SheetJournal,
    ];

    #[test]
    fn every_message_has_both_languages() {
        for &id in MsgId::ALL {
            let (fr, en) = (id.template(Lang::Fr), id.template(Lang::En));
            assert!(!fr.trim().is_empty(), "{id:?} has no French");
            assert!(!en.trim().is_empty(), "{id:?} has no English");
            if !SAME_IN_BOTH.contains(&id) {
                assert_ne!(fr, en, "{id:?}: the French is a copy of the English");
            }
        }
    }

    #[test]
    fn both_languages_use_the_same_arguments() {
        for &id in MsgId::ALL {
            let fr = placeholders(id.template(Lang::Fr));
            let en = placeholders(id.template(Lang::En));
            assert_eq!(fr, en, "{id:?} takes different arguments in French and English");
        }
    }

    #[test]
    fn plurals_follow_each_language() {
        let m = |n: i64| Message::new(MsgId::CheckFailed).arg("dir", "plan/").arg("errors", n).arg("w", 0);
        assert!(m(1).render(Lang::En).contains("1 error,"));
        assert!(m(2).render(Lang::En).contains("2 errors,"));
        assert!(m(0).render(Lang::En).contains("0 warnings"));
        assert!(m(0).render(Lang::Fr).contains("0 avertissement "));
        assert!(m(2).render(Lang::Fr).contains("2 erreurs,"));
    }

    #[test]
    fn nested_messages_render_in_the_same_language() {
        let m = Message::new(MsgId::WrongType)
            .arg("key", "title")
            .arg_msg("expected", MsgId::TyString)
            .arg_msg("found", MsgId::TyInteger);
        assert_eq!(m.render(Lang::En), "`title` must be text in quotes, not a whole number");
        assert_eq!(m.render(Lang::Fr), "« title » doit être un texte entre guillemets, pas un nombre entier");
    }

    #[test]
    fn a_missing_argument_stays_visible() {
        assert_eq!(Message::new(MsgId::UnknownIndicator).render(Lang::En), "unknown indicator \"{id}\"");
    }
}
