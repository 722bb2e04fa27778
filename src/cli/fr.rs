//! The command line in French: what each command and flag is for, as
//! `--help` says it when the UI language is French. The English is the
//! `///` doc of each definition in `cli/mod.rs`; a test checks that every
//! command and every flag has its French here.

/// A command's help in French: its one-line summary, then the rest.
pub fn command(name: &str) -> Option<(&'static str, &'static str)> {
    Some(match name {
        "plan" => (
            "Tenir un plan d'action pluriannuel en fichiers TOML dans git : les vérifier, \
             noter ce qui a eu lieu, et voir où en est chaque indicateur chaque année.",
            "",
        ),
        "init" => (
            "Commencer un nouveau plan : plan.toml, une orientation d'exemple à suivre, \
             un journal vide, documents/, le tout dans le dossier plan/.",
            "Le nouveau plan passe « plan check ». Rien de ce qui existe n'est remplacé.",
        ),
        "check" => (
            "Vérifier tous les fichiers du plan et signaler chaque problème, avec fichier:ligne:colonne.",
            "Sort avec le code 0 si le plan est valide, 1 s'il a des erreurs (ou des \
             avertissements, avec --deny-warnings), 2 si un fichier ne peut pas être lu.",
        ),
        "status" => (
            "Montrer, pour chaque indicateur, son état dans chaque année du plan.",
            "Un compte est comparé à sa cible (au prorata dans l'année en cours), un jalon \
             à son année d'échéance, une évaluation prend son dernier jugement.",
        ),
        "record" => (
            "Noter une activité : une chose qui a eu lieu et qui compte pour des indicateurs.",
            "L'entrée est vérifiée d'après le plan, puis ajoutée à la fin de \
             journal/<année du plan>.toml ; rien de ce qui s'y trouve n'est changé. Sans \
             TITRE, dans un terminal, plan pose les questions une à une.",
        ),
        "assess" => (
            "Noter le jugement de la coordination sur un indicateur de type « évaluation ».",
            "NIVEAU est atteint, en-bonne-voie, à-risque ou non-atteint (ou, en anglais, \
             achieved, on-track, at-risk, not-achieved). Sans ID, dans un terminal, plan \
             pose les questions une à une.",
        ),
        "note" => (
            "Noter les mots autour des chiffres : faits saillants, défis, suites, ou \
             l'explication d'un indicateur en retard ou non atteint.",
            "ID est n'importe quel identifiant du plan, ou « plan » pour le plan entier. \
             RUBRIQUE est faits-saillants, défis, suites ou explication (ou, en anglais, \
             highlights, challenges, next-steps, explanation). Sans ID, dans un terminal, \
             plan pose les questions une à une.",
        ),
        "undo" => (
            "Retirer la dernière entrée ajoutée par record, assess ou note, si le fichier \
             se termine encore par elle.",
            "Seule cette entrée s'en va, et seulement si rien n'a été écrit après elle ; le \
             fichier est réécrit en entier ou pas du tout. Un second undo ne trouve rien.",
        ),
        "show" => (
            "Montrer une orientation, un objectif, un moyen ou un indicateur : son texte, \
             ses cibles, son état par année, et les entrées du journal qui comptent pour lui.",
            "",
        ),
        "report" => (
            "Faire le bilan : le rapport pour les bailleurs de fonds et les élus, en un \
             fichier HTML à envoyer ou imprimer (ou en Markdown).",
            "Il a une page titre, un sommaire, le plan en un coup d'œil, une section par \
             orientation (récits, chaque indicateur avec son graphique, la raison de son \
             état, ses évaluations, activités et ventilations), les points à surveiller, et \
             la méthode. Ouvrez le fichier HTML dans un navigateur ; pour un PDF, \
             imprimez-le et choisissez « Enregistrer au format PDF ».",
        ),
        "diff" => (
            "Montrer ce qui a changé entre deux moments : états, cumuls, entrées ajoutées \
             ou retirées, et le plan lui-même (cibles, textes, indicateurs).",
            "DE et À sont des révisions git (un commit, une étiquette, une branche, HEAD~3) \
             ou des dates AAAA-MM-JJ (le dernier commit de ce jour ou d'avant), chacun jugé \
             à son jour (une révision : la date de son commit). À est par défaut les \
             fichiers tels qu'ils sont, à la date d'aujourd'hui. Hors de git, les dates \
             comparent les fichiers actuels à deux dates.",
        ),
        "completions" => (
            "Afficher le script qui fait compléter par le shell les commandes, les options \
             et les identifiants du plan.",
            "Les identifiants, étiquettes et niveaux sont complétés d'après le plan du \
             dossier courant, chaque identifiant avec son texte là où le shell en montre un. \
             Chargez le script au démarrage du shell, et de nouveau après une mise à jour de \
             plan : bash, dans ~/.bashrc, `source <(plan completions bash)` ; zsh, dans \
             ~/.zshrc, `source <(plan completions zsh)` ; fish, `plan completions fish | \
             source` dans ~/.config/fish/config.fish ; PowerShell, `plan completions \
             powershell | Out-String | Invoke-Expression` dans $PROFILE ; elvish, `eval \
             (plan completions elvish | slurp)` dans ~/.config/elvish/rc.elv.",
        ),
        "man" => (
            "Afficher la page de manuel (roff), dans la langue de l'interface : chaque \
             commande et option, les règles des statuts et les codes de sortie.",
            "Lisez-la avec `plan man | man -l -`, ou enregistrez-la sous plan.1 dans un \
             dossier de manuels.",
        ),
        "schema" => (
            "Afficher les schémas JSON des fichiers du plan, pour qu'un éditeur les \
             complète et les vérifie pendant la frappe (VS Code avec Even Better TOML, ou taplo).",
            "Le schéma du journal liste les identifiants des indicateurs de ce plan, avec \
             leurs textes, et les valeurs de ses étiquettes. Avec --write, les schémas vont \
             dans plan/schema/ et un .taplo.toml à côté de plan/ dit à l'éditeur à quel \
             fichier chacun s'applique ; écrivez-les de nouveau quand le plan change (plan \
             check avertit quand ils ne correspondent plus). plan check reste l'autorité.",
        ),
        _ => return None,
    })
}

/// A flag's or argument's help in French, by command and argument id.
pub fn arg(command: &str, id: &str) -> Option<&'static str> {
    specific(command, id).or_else(|| shared(id))
}

/// The flags whose meaning depends on the command.
fn specific(command: &str, id: &str) -> Option<&'static str> {
    Some(match (command, id) {
        ("diff", "format") => {
            "« tableau » pour le terminal, « markdown » pour coller dans un procès-verbal, « json » pour les données."
        }
        ("report", "format") => {
            "« html », un fichier autonome à ouvrir, envoyer et imprimer ; « markdown » ; ou « json », les données que reçoit un gabarit (voir --template)."
        }
        ("show", "format") => {
            "« texte » pour les personnes, « json » pour les données (chaque case avec la règle qui l'a décidée)."
        }
        ("status", "format") => {
            "« tableau » pour le terminal ; « html » pour coller dans Word ou ouvrir dans un navigateur ; « xlsx » pour Excel (un fichier : voir --output) ; « markdown » pour des procès-verbaux en texte ; « csv » ou « json » pour les données."
        }
        ("check", "format") => {
            "Comment montrer les problèmes : « humain » (comme un compilateur), « json », ou « github » (annotations de GitHub Actions)."
        }
        ("report", "year") => {
            "L'année du plan du bilan : l'année où elle commence (2018), ou son nom dans les tableaux (2018-19 pour des années financières). Par défaut : tout le plan."
        }
        ("status", "year") => {
            "Seulement cette année du plan : l'année où elle commence (2018), ou son nom dans les tableaux (2018-19 pour des années financières)."
        }
        ("report", "as_of") => {
            "La date à laquelle le rapport est fait (AAAA-MM-JJ) : les entrées plus récentes ne comptent pas. Par défaut : aujourd'hui. Une année passée est jugée sur son résultat entier."
        }
        ("report", "output") => {
            "Le fichier à écrire, ou « - » pour la sortie standard. Par défaut : bilan-ANNÉE.html (ou bilan-PREMIÈRE-DERNIÈRE.html pour tout le plan) dans le dossier courant."
        }
        ("status", "output") => {
            "Le fichier à écrire, ou « - » pour la sortie standard. Par défaut : la sortie standard, sauf pour xlsx : statut-DATE.xlsx dans le dossier courant."
        }
        ("status", "indicator") => {
            "Seulement cet indicateur, ou les indicateurs sous ce moyen, cet objectif ou cette orientation."
        }
        ("status", "level") => {
            "Les lignes jusqu'à ce niveau seulement : « objectif » est un court résumé pour un comité, « plan » une seule ligne (les noms anglais valent aussi : objective, action, indicator). Par défaut : toutes les lignes, jusqu'aux indicateurs."
        }
        ("record", "note") | ("assess", "note") => "Une note gardée avec l'entrée.",
        ("init", "title") => "Le titre du plan. Par défaut : « Plan d'action DÉBUT-FIN ».",
        ("record", "title") => {
            "Ce qui a eu lieu, par exemple « Rencontre du comité directeur ». Sans lui, dans un terminal, plan pose les questions une à une."
        }
        ("assess", "id") => {
            "L'indicateur jugé (de type « évaluation »). Sans lui, dans un terminal, plan pose les questions une à une."
        }
        ("note", "id") => {
            "Ce dont il est question : n'importe quel identifiant du plan, ou « plan ». Sans lui, dans un terminal, plan pose les questions une à une."
        }
        ("show", "id") => "L'identifiant d'une orientation, d'un objectif, d'un moyen ou d'un indicateur, ou « plan ».",
        ("undo", "dry_run") => "Montrer l'entrée qui serait retirée, et ne rien retirer.",
        _ => return None,
    })
}

/// The flags that mean the same in every command.
fn shared(id: &str) -> Option<&'static str> {
    Some(match id {
        "help" => "Afficher l'aide (--help en dit plus que -h).",
        "version" => "Afficher la version.",
        "dir" => {
            "Le dossier du plan (celui qui contient plan.toml). Par défaut, la variable d'environnement PLAN_DIR si elle est définie et non vide, sinon le premier dossier, d'ici vers le haut, qui a un plan.toml ou un plan/plan.toml."
        }
        "lang" => "La langue des messages et des tableaux. Par défaut, la langue du plan (language).",
        "color" => "Quand mettre de la couleur. « auto » colore un terminal seulement, et respecte NO_COLOR.",
        "at" => {
            "Lire le plan tel qu'il a été enregistré dans git à une révision : un commit, une étiquette ou une branche, HEAD~3, main@{2019-03-15}, ou une date AAAA-MM-JJ, hier ou avant-hier (le dernier commit de ce jour ou d'avant). Les états sont alors à ce jour, ou à la date du commit, sauf si --as-of dit autre chose. Pour check, status, show et report."
        }
        "from" => "Le premier moment : une révision, ou une date AAAA-MM-JJ, hier ou avant-hier.",
        "to" => {
            "Le second moment : une révision ou une date (ou hier). Par défaut : les fichiers tels qu'ils sont, à la date d'aujourd'hui (ou la révision que nomme --at)."
        }
        "as_of" => {
            "La date à laquelle les états sont calculés (AAAA-MM-JJ) : les entrées plus récentes ne comptent pas. Par défaut : aujourd'hui."
        }
        "paper" => {
            "Le papier pour lequel le rapport HTML est mis en page à l'impression : « lettre » (8,5 × 11 po, comme au Québec) ou « a4 »."
        }
        "template" => {
            "Un gabarit à vous (minijinja), pour le format d'un bailleur de fonds. Il reçoit les données décrites dans docs/report-template.md (« --format json » les montre), et peut étendre le gabarit « bilan.html » fourni. Le texte du plan est échappé pour le --format : html ou markdown."
        }
        "since" => {
            "Ajouter ce qui a changé depuis une révision ou une date (AAAA-MM-JJ, hier), comme le dernier bilan : états, cumuls, entrées et le plan lui-même, comme les montre « plan diff »."
        }
        "folder" => "Le dossier où faire le plan (dans son sous-dossier plan/). Par défaut : ici.",
        "start_year" => "La première année du plan. Par défaut : cette année.",
        "end_year" => "La dernière année du plan. Par défaut : trois ans après la première.",
        "ci" => {
            "Écrire aussi un flux de travail qui vérifie le plan à chaque envoi : « github » (.github/workflows/plan.yml)."
        }
        "indicators" => {
            "Les indicateurs pour lesquels elle compte (un ou plusieurs ; l'option peut aussi être répétée)."
        }
        "amount" => "Pour combien elle compte (un nombre entier de 1 ou plus). Par défaut : 1.",
        "tags" => {
            "Une étiquette, NOM=VALEUR, d'un nom déclaré sous [tags] dans plan.toml (répétable : --tag territoire=Mékinac --tag territoire=Shawinigan)."
        }
        "level" => "atteint, en-bonne-voie, à-risque ou non-atteint (ou achieved, on-track, at-risk, not-achieved).",
        "topic" => {
            "faits-saillants, défis, suites ou explication (ou highlights, challenges, next-steps, explanation)."
        }
        "text" => "Ce qu'il y a à dire.",
        "date" => "Le jour où c'est arrivé : AAAA-MM-JJ, ou aujourd'hui, hier. Par défaut : aujourd'hui.",
        "evidence" => {
            "Ce qui le prouve : un fichier du dossier du plan (documents/pv.pdf, ou son chemin depuis le dossier courant, ou complet : il est écrit à partir du dossier du plan) ou une adresse web (https://…). Répétable."
        }
        "dry_run" => "Afficher le TOML qui serait ajouté, et ne rien écrire.",
        "orientation" => "Seulement les indicateurs de cette orientation.",
        "stale" => {
            "Seulement les indicateurs qui attendent encore des entrées et n'en ont pas eu depuis plus de stale_after_days jours ([monitoring] dans plan.toml ; 90 par défaut)."
        }
        "by" => {
            "Ventiler les indicateurs de compte selon les valeurs d'une étiquette déclarée sous [tags] dans plan.toml, par exemple --by territoire."
        }
        "shell" => "Le shell où compléter.",
        "write" => {
            "Écrire les schémas dans plan/schema/ et le .taplo.toml à côté de plan/, au lieu d'afficher le schéma du journal."
        }
        "deny_warnings" => "Échouer (code 1) quand il y a des avertissements, pas seulement des erreurs.",
        _ => return None,
    })
}

/// What a possible value means, by its English name, as a shell's
/// completion shows it beside the value (`--level objectif`).
pub fn value_help(english: &str) -> Option<&'static str> {
    Some(match english {
        "plan" => "Le plan entier, en une ligne.",
        "orientation" => "Les orientations.",
        "objective" => "Les orientations et les objectifs.",
        "action" => "Les orientations, les objectifs et les moyens.",
        "indicator" => "Toutes les lignes, jusqu'aux indicateurs.",
        "letter" => "Lettre US (8,5 × 11 po), comme au Québec.",
        "a4" => "A4 (210 × 297 mm).",
        "github" => "GitHub Actions.",
        "fr" => "Français",
        "en" => "English",
        _ => return None,
    })
}

/// A value's name as usage lines show it (`<ANNÉE>`).
pub fn value_name(english: &str) -> Option<&'static str> {
    Some(match english {
        "PATH" => "CHEMIN",
        "LANG" => "LANGUE",
        "WHEN" => "QUAND",
        "REV" => "RÉV",
        "REV|DATE" => "RÉV|DATE",
        "YEAR" => "ANNÉE",
        "FILE" => "FICHIER",
        "TITLE" => "TITRE",
        "TEXT" => "TEXTE",
        "NAME=VALUE" => "NOM=VALEUR",
        "PATH|URL" => "CHEMIN|URL",
        "TAG" => "ÉTIQUETTE",
        "LEVEL" => "NIVEAU",
        "PAPER" => "PAPIER",
        "TOPIC" => "RUBRIQUE",
        "FOLDER" => "DOSSIER",
        "FROM" => "DE",
        "TO" => "À",
        "SHELL" => "SHELL",
        _ => return None,
    })
}
