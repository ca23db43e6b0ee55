//! Every message of the UI, English then French. `{name}` marks a placeholder.

use super::Lang;

macro_rules! messages {
    ($($key:ident => $en:literal, $fr:literal;)*) => {
        /// A user-visible message; [`Msg::text`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($key),* }

        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$key),*];

            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match lang {
                    Lang::En => match self { $(Msg::$key => $en),* },
                    Lang::Fr => match self { $(Msg::$key => $fr),* },
                }
            }
        }
    };
}

messages! {
    AppName => "ValueDesk", "ValueDesk";
    Tagline => "IT service management, in your browser", "Gestion des services informatiques, dans votre navigateur";
    SkipToContent => "Skip to content", "Aller au contenu";
    MainNavigation => "Main navigation", "Navigation principale";
    NavDashboard => "Dashboard", "Tableau de bord";
    NavTickets => "Tickets", "Tickets";
    NavSvs => "Service Value System", "Système de valeur des services";
    NavSvc => "Service Value Chain", "Chaîne de valeur des services";
    NavPractices => "Practices", "Pratiques";
    NavSettings => "Settings", "Paramètres";
    LanguageLabel => "Language", "Langue";
    Loading => "Loading…", "Chargement…";
    NotFoundTitle => "Page not found", "Page introuvable";
    NotFoundBody => "This address does not lead to a ValueDesk page.", "Cette adresse ne mène à aucune page de ValueDesk.";
    GoToDashboard => "Go to the dashboard", "Aller au tableau de bord";

    StorageProblemTitle => "Your data cannot be reached", "Vos données sont inaccessibles";
    ErrUnavailable => "This browser gives ValueDesk no IndexedDB storage (private browsing or a disabled setting). Nothing can be saved: open ValueDesk in a normal window.", "Ce navigateur ne donne pas accès au stockage IndexedDB (navigation privée ou réglage désactivé). Rien ne peut être enregistré : ouvrez ValueDesk dans une fenêtre normale.";
    ErrBlocked => "Another tab holds an older version of ValueDesk open. Close the other ValueDesk tabs, then reload this one.", "Un autre onglet garde ouverte une ancienne version de ValueDesk. Fermez les autres onglets ValueDesk, puis rechargez celui-ci.";
    ErrOpenFailed => "The database could not be opened: {detail}", "La base de données n'a pas pu être ouverte : {detail}";
    ErrQuota => "The browser's storage quota is full. Nothing was saved. Free some space (or export and delete old data), then try again.", "Le quota de stockage du navigateur est plein. Rien n'a été enregistré. Libérez de l'espace (ou exportez puis supprimez d'anciennes données), puis réessayez.";
    ErrVersionChanged => "ValueDesk was updated in another tab. Reload this tab to continue; nothing you saved is lost.", "ValueDesk a été mis à jour dans un autre onglet. Rechargez cet onglet pour continuer ; rien de ce que vous avez enregistré n'est perdu.";
    ErrNewerSchema => "This data was written by a newer version of ValueDesk. Reload to get the newest version.", "Ces données ont été écrites par une version plus récente de ValueDesk. Rechargez pour obtenir la dernière version.";
    ErrFailed => "The browser refused the operation: {detail}. Nothing was saved.", "Le navigateur a refusé l'opération : {detail}. Rien n'a été enregistré.";
    ErrCorrupt => "A stored record could not be read: {detail}", "Un enregistrement n'a pas pu être lu : {detail}";
    Reload => "Reload", "Recharger";

    TicketsTitle => "Tickets", "Tickets";
    LogIncident => "Log an incident", "Enregistrer un incident";
    ColNumber => "Number", "Numéro";
    ColTitle => "Title", "Titre";
    ColPriority => "Priority", "Priorité";
    ColState => "State", "État";
    ColAge => "Age", "Âge";
    NoTickets => "No tickets yet. Log the first incident when a user calls.", "Aucun ticket pour l'instant. Enregistrez le premier incident au prochain appel.";
    LoadMore => "Show more", "Afficher plus";
    FiltersTitle => "Filters", "Filtres";
    FilterAll => "All", "Tous";
    SearchLabel => "Search", "Rechercher";
    SearchPlaceholder => "Number, title or description", "Numéro, titre ou description";
    SortLabel => "Order", "Ordre";
    SortNewest => "Newest first", "Plus récents d'abord";
    SortOldest => "Oldest first", "Plus anciens d'abord";
    SortUpdated => "Recently updated", "Mis à jour récemment";
    SortPriority => "Priority", "Priorité";
    SortState => "State", "État";
    SortTitle => "Title", "Titre";
    ClearFilters => "Clear filters", "Effacer les filtres";
    NoMatches => "No ticket matches these filters.", "Aucun ticket ne correspond à ces filtres.";
    RowsShown => "{shown} tickets loaded", "{shown} tickets chargés";
    RowsShownMore => "{shown} tickets loaded, more below", "{shown} tickets chargés, d'autres plus bas";
    SavedViews => "Saved views", "Vues enregistrées";
    ViewName => "Name of this view", "Nom de cette vue";
    SaveView => "Save view", "Enregistrer la vue";
    DeleteView => "Delete view {name}", "Supprimer la vue {name}";
    ShortcutsHint => "Keys: n logs an incident, / searches, ↑ ↓ move between tickets.", "Touches : n enregistre un incident, / recherche, ↑ ↓ passent d'un ticket à l'autre.";
    TicketListLabel => "Ticket list", "Liste des tickets";
    ShownOfTotal => "{shown} of {total} tickets, newest first", "{shown} tickets sur {total}, les plus récents d'abord";

    NewIncidentTitle => "Log an incident", "Enregistrer un incident";
    NewIncidentIntro => "Record what the caller reports. Priority follows from impact and urgency.", "Notez ce que l'appelant signale. La priorité découle de l'impact et de l'urgence.";
    NewRequestTitle => "Raise a service request", "Créer une demande de service";
    NewProblemTitle => "Raise a problem", "Créer un problème";
    NewChangeTitle => "Raise a change", "Créer un changement";
    NewTicketIntro => "Describe the demand. Priority follows from impact and urgency.", "Décrivez la demande. La priorité découle de l'impact et de l'urgence.";
    SubmitRequest => "Submit request", "Soumettre la demande";
    SubmitProblem => "Raise problem", "Créer le problème";
    SubmitChange => "Raise change", "Créer le changement";
    NewRequest => "New request", "Nouvelle demande";
    NewProblem => "New problem", "Nouveau problème";
    NewChange => "New change", "Nouveau changement";
    FieldApprovalRequired => "Needs approval before fulfilment", "Nécessite une approbation avant traitement";
    FieldImplementationPlan => "Implementation plan", "Plan de mise en œuvre";
    FieldRollbackPlan => "Rollback plan", "Plan de retour arrière";
    FieldTestPlan => "Test plan", "Plan de test";
    FieldRisk => "Risk", "Risque";
    FieldTemplate => "Standard change template", "Modèle de changement standard";
    TemplatesTitle => "Standard change templates", "Modèles de changements standard";
    TemplateName => "Template name", "Nom du modèle";
    TemplatesHelp => "Pre-approved changes: a standard change is raised from one of these and needs no assessment or authorization.", "Changements pré-approuvés : un changement standard est créé à partir de l'un d'eux et ne demande ni évaluation ni autorisation.";
    RaiseProblem => "Raise a problem from this incident", "Créer un problème à partir de cet incident";
    RaiseChange => "Raise a change from this problem", "Créer un changement à partir de ce problème";
    RaisedFrom => "Will be linked to {number}.", "Sera lié à {number}.";
    FieldImpactAssessment => "Impact assessment", "Évaluation de l'impact";
    CabHelp => "Approvers' names, separated by commas. A normal change needs every one of them.", "Noms des approbateurs, séparés par des virgules. Un changement normal doit tous les obtenir.";
    FieldTitle => "Title", "Titre";
    FieldDescription => "Description", "Description";
    FieldCaller => "Caller", "Appelant";
    FieldChannel => "Channel", "Canal";
    FieldImpact => "Impact", "Impact";
    FieldUrgency => "Urgency", "Urgence";
    FieldPriority => "Priority", "Priorité";
    FieldNumber => "Number", "Numéro";
    FieldKind => "Type", "Type";
    FieldState => "State", "État";
    FieldCreated => "Logged", "Enregistré le";
    FieldUpdated => "Updated", "Mis à jour le";
    DerivedPriority => "Priority (from impact × urgency)", "Priorité (impact × urgence)";
    ChooseOne => "Choose…", "Choisir…";
    Submit => "Log incident", "Enregistrer l'incident";
    Saving => "Saving…", "Enregistrement…";
    Cancel => "Cancel", "Annuler";
    FormHasErrors => "The incident was not logged: correct the fields marked below.", "L'incident n'a pas été enregistré : corrigez les champs signalés ci-dessous.";
    ProblemRequired => "This field is required.", "Ce champ est obligatoire.";
    ProblemTooLong => "At most {max} characters.", "{max} caractères au maximum.";
    ProblemUnknown => "Choose one of the listed values.", "Choisissez l'une des valeurs proposées.";

    LevelHigh => "High", "Haute";
    LevelMedium => "Medium", "Moyenne";
    LevelLow => "Low", "Basse";
    ChannelPhone => "Phone / hotline", "Téléphone / hotline";
    ChannelEmail => "Email", "E-mail";
    ChannelPortal => "Self-service portal", "Portail libre-service";
    ChannelWalkIn => "Walk-in", "Sur place";
    ChannelMonitoring => "Monitoring event", "Événement de supervision";
    PriorityP1 => "P1 Critical", "P1 Critique";
    PriorityP2 => "P2 High", "P2 Haute";
    PriorityP3 => "P3 Moderate", "P3 Modérée";
    PriorityP4 => "P4 Low", "P4 Basse";
    PriorityP5 => "P5 Planning", "P5 Planification";
    StateNew => "New", "Nouveau";
    StateInProgress => "In progress", "En cours";
    StateOnHold => "On hold", "En attente";
    StateResolved => "Resolved", "Résolu";
    StateClosed => "Closed", "Clos";
    StateCancelled => "Cancelled", "Annulé";
    StateAwaitingApproval => "Awaiting approval", "En attente d'approbation";
    StateApproved => "Approved", "Approuvé";
    StateRejected => "Rejected", "Refusé";
    StateInFulfilment => "In fulfilment", "En cours de traitement";
    StateFulfilled => "Fulfilled", "Traité";
    StateAssessed => "Assessed", "Évalué";
    StateRootCauseAnalysis => "Root cause analysis", "Analyse des causes";
    StateKnownError => "Known error", "Erreur connue";
    StateAssess => "Assess", "Évaluation";
    StateAuthorize => "Authorize", "Autorisation";
    StateScheduled => "Scheduled", "Planifié";
    StateImplement => "Implement", "Mise en œuvre";
    StateReview => "Review", "Revue";

    ActionStart => "Start work", "Démarrer";
    ActionHold => "Put on hold", "Mettre en attente";
    ActionResume => "Resume", "Reprendre";
    ActionResolve => "Resolve", "Résoudre";
    ActionReopen => "Reopen", "Rouvrir";
    ActionClose => "Close", "Clore";
    ActionCancel => "Cancel ticket", "Annuler le ticket";
    ActionRequestApproval => "Send for approval", "Envoyer pour approbation";
    ActionDecide => "Record a decision", "Enregistrer une décision";
    ActionFulfil => "Mark fulfilled", "Marquer comme traité";
    ActionAssess => "Assess", "Évaluer";
    ActionAnalyseRootCause => "Start root cause analysis", "Lancer l'analyse des causes";
    ActionRecordKnownError => "Record known error", "Enregistrer l'erreur connue";
    ActionRequestAuthorization => "Request authorization", "Demander l'autorisation";
    ActionSchedule => "Schedule", "Planifier";
    ActionImplement => "Start implementation", "Démarrer la mise en œuvre";
    ActionCompleteImplementation => "Implementation done", "Mise en œuvre terminée";
    ActionReview => "Record review", "Enregistrer la revue";
    ActionSetMajor => "Major incident", "Incident majeur";
    ActionsTitle => "Actions", "Actions";
    NoActions => "No further action: this ticket's lifecycle is over.", "Plus aucune action : le cycle de vie de ce ticket est terminé.";
    Confirm => "Confirm", "Confirmer";

    HoldAwaitingCaller => "Awaiting caller", "En attente de l'appelant";
    HoldAwaitingVendor => "Awaiting vendor", "En attente du fournisseur";
    HoldAwaitingChange => "Awaiting change", "En attente d'un changement";
    HoldAwaitingProblem => "Awaiting problem", "En attente d'un problème";
    ResolutionSolved => "Solved (permanently)", "Résolu (définitivement)";
    ResolutionWorkaround => "Solved (workaround)", "Résolu (contournement)";
    ResolutionNotReproducible => "Not reproducible", "Non reproductible";
    ResolutionResolvedByCaller => "Resolved by caller", "Résolu par l'appelant";
    ResolutionDuplicate => "Duplicate", "Doublon";
    ChangeStandard => "Standard", "Standard";
    ChangeNormal => "Normal", "Normal";
    ChangeEmergency => "Emergency", "Urgent";
    OutcomeSuccessful => "Successful", "Réussi";
    OutcomeWithIssues => "Successful with issues", "Réussi avec des problèmes";
    OutcomeFailed => "Failed", "Échoué";
    OutcomeRolledBack => "Rolled back", "Annulé par retour arrière";
    FieldHoldReason => "Hold reason", "Motif de mise en attente";
    FieldResolutionCode => "Resolution code", "Code de résolution";
    FieldResolutionNotes => "Resolution notes", "Notes de résolution";
    FieldSymptom => "Symptom", "Symptôme";
    FieldRootCause => "Root cause", "Cause racine";
    FieldWorkaround => "Workaround", "Contournement";
    FieldApprover => "Approver", "Approbateur";
    FieldDecision => "Decision", "Décision";
    FieldComment => "Comment", "Commentaire";
    FieldPlannedStart => "Planned start", "Début prévu";
    FieldPlannedEnd => "Planned end", "Fin prévue";
    FieldOutcome => "Outcome", "Résultat";
    FieldReviewNotes => "Review notes", "Notes de revue";
    FieldMajor => "Major incident", "Incident majeur";
    FieldKnownError => "Known error", "Erreur connue";
    FieldApprovals => "Approvals", "Approbations";
    FieldChangeType => "Change type", "Type de changement";
    FieldCab => "Change authority (CAB)", "Autorité de changement (CAB)";
    FieldWindow => "Change window", "Fenêtre de changement";
    FieldReview => "Post-implementation review", "Revue post-implémentation";
    Approve => "Approve", "Approuver";
    RejectDecision => "Reject", "Refuser";
    Yes => "Yes", "Oui";
    No => "No", "Non";
    ErrNotAllowed => "“{action}” is not possible while the ticket is “{state}”.", "« {action} » est impossible tant que le ticket est « {state} ».";
    ErrNotAuthorized => "This change cannot be scheduled before every required approver has authorized it.", "Ce changement ne peut pas être planifié avant d'avoir été autorisé par tous les approbateurs requis.";
    ErrWindow => "The change window must end after it starts.", "La fenêtre de changement doit se terminer après son début.";
    ErrAlreadyDecided => "This approver has already decided.", "Cet approbateur a déjà donné sa décision.";
    ErrMissing => "“{field}” is required.", "« {field} » est obligatoire.";
    KindIncident => "Incident", "Incident";
    KindServiceRequest => "Service request", "Demande de service";
    KindProblem => "Problem", "Problème";
    KindChange => "Change", "Changement";

    TicketNotFound => "No ticket has the number {number}.", "Aucun ticket ne porte le numéro {number}.";
    BackToTickets => "Back to tickets", "Retour aux tickets";
    HistoryTitle => "History", "Historique";
    HistoryCreated => "Logged as {number}", "Enregistré sous le numéro {number}";
    HistoryChanged => "{field}: {old} → {new}", "{field} : {old} → {new}";
    HistoryBy => "by {actor}", "par {actor}";
    HistoryApproved => "{approver} approved", "{approver} a approuvé";
    HistoryRejected => "{approver} rejected", "{approver} a refusé";
    HistoryWorkNote => "Work note", "Note de travail";
    HistoryComment => "Comment", "Commentaire";
    HistoryCleared => "none", "aucun";
    AddNote => "Add to timeline", "Ajouter au fil";
    LinksTitle => "Links", "Liens";
    CalendarTitle => "Change calendar", "Calendrier des changements";
    CalendarIntro => "Changes with a planned window, earliest first. Windows that overlap on a shared service are flagged.", "Les changements ayant une fenêtre planifiée, les plus proches d'abord. Les fenêtres qui se chevauchent sur un même service sont signalées.";
    CalendarEmpty => "No change is scheduled.", "Aucun changement n'est planifié.";
    CalendarClash => "Overlaps {numbers} on a shared service", "Chevauche {numbers} sur un service commun";
    ColWindow => "Window", "Fenêtre";
    ColServices => "Services", "Services";
    ActionAssign => "Assign", "Affecter";
    ActionClassify => "Classify", "Classer";
    ActionUpdate => "Edit details", "Modifier les détails";
    FieldAssignmentGroup => "Assignment group", "Groupe d'affectation";
    FieldAssignee => "Assignee", "Responsable";
    FieldCategory => "Category", "Catégorie";
    FieldService => "Affected service", "Service concerné";
    FieldCatalogueItem => "Catalogue item", "Article du catalogue";
    Unassigned => "Unassigned", "Non affecté";
    NoneChosen => "None", "Aucun";
    ErrEmptyName => "A name is required.", "Un nom est obligatoire.";
    ErrDuplicateName => "That name is already used.", "Ce nom est déjà utilisé.";
    ErrUnknownGroup => "Choose an existing group.", "Choisissez un groupe existant.";
    ErrNotInGroup => "That person is not a member of the group.", "Cette personne n'est pas membre du groupe.";
    ErrUnknownService => "Choose an existing service.", "Choisissez un service existant.";
    ErrUnknownCategory => "Choose an existing category.", "Choisissez une catégorie existante.";
    GroupsTitle => "Support groups and people", "Groupes de support et personnes";
    GroupName => "Group name", "Nom du groupe";
    GroupMembers => "Members (comma-separated)", "Membres (séparés par des virgules)";
    ServicesTitle => "Services", "Services";
    ServiceName => "Service name", "Nom du service";
    ServiceOwner => "Owner", "Responsable du service";
    ServiceCriticality => "Criticality", "Criticité";
    ServiceCis => "Configuration items (comma-separated)", "Éléments de configuration (séparés par des virgules)";
    CategoriesTitle => "Categories", "Catégories";
    CategoryName => "Category name", "Nom de la catégorie";
    CatalogueTitle => "Service catalogue", "Catalogue de services";
    ItemName => "Item name", "Nom de l'article";
    ItemDescription => "Item description", "Description de l'article";
    ItemGroup => "Fulfilment group", "Groupe de traitement";
    ItemApproval => "Needs approval", "Nécessite une approbation";
    ItemFields => "Extra form fields (comma-separated)", "Champs supplémentaires (séparés par des virgules)";
    Add => "Add", "Ajouter";
    Remove => "Remove {name}", "Retirer {name}";
    ChooseItem => "Choose what you need", "Choisissez ce dont vous avez besoin";
    HistoryLinked => "Linked to {number}", "Lié à {number}";
    NoLinks => "No linked tickets.", "Aucun ticket lié.";
    LinkNumber => "Ticket number to link", "Numéro du ticket à lier";
    LinkAs => "Relation", "Relation";
    LinkRelated => "Related", "Lié";
    LinkParentOfIt => "Parent of that incident", "Parent de cet incident";
    LinkChildOfIt => "Child of that incident", "Enfant de cet incident";
    LinkButton => "Link", "Lier";
    RoleParent => "Parent", "Parent";
    RoleChild => "Child", "Enfant";
    RoleRelated => "Related", "Lié";
    ErrSameTicket => "A ticket cannot be linked to itself.", "Un ticket ne peut pas être lié à lui-même.";
    ErrAlreadyLinked => "These tickets are already linked.", "Ces tickets sont déjà liés.";
    ErrKindsNotLinkable => "These two kinds of ticket are not linked: link incidents, problems and changes to each other.", "Ces deux types de tickets ne se lient pas : liez entre eux incidents, problèmes et changements.";
    ErrParentNeedsIncidents => "Only incidents have parents and children.", "Seuls les incidents ont des parents et des enfants.";
    ErrAlreadyHasParent => "That incident already has a parent.", "Cet incident a déjà un parent.";
    KnownErrorSearchTitle => "Is this a known error?", "Est-ce une erreur connue ?";
    KnownErrorSearch => "Search known errors", "Chercher dans les erreurs connues";
    KnownErrorNone => "No known error matches.", "Aucune erreur connue ne correspond.";
    ApplyKnownError => "Apply workaround", "Appliquer le contournement";
    WorkaroundNote => "Workaround from known error {number}: {workaround}", "Contournement de l'erreur connue {number} : {workaround}";
    NoDescription => "No description.", "Aucune description.";
    Unknown => "unknown", "inconnu";
    AgeJustNow => "just now", "à l'instant";
    AgeMinutes => "{n} min", "{n} min";
    AgeHours => "{n} h", "{n} h";
    AgeDays => "{n} d", "{n} j";

    DashboardTitle => "Dashboard", "Tableau de bord";
    DashboardOpenTickets => "Tickets recorded", "Tickets enregistrés";
    DashboardLater => "Charts, SLA clocks and practice KPIs will appear here as the reports are built.", "Graphiques, horloges SLA et indicateurs des pratiques apparaîtront ici avec les rapports.";
    SvsIntro => "Demand and opportunity enter the system; its five components turn them into value. The interactive diagram comes later; here are its parts.", "La demande et les opportunités entrent dans le système ; ses cinq composants les transforment en valeur. Le schéma interactif viendra plus tard ; en voici les éléments.";
    SvsInput => "Input", "Entrée";
    SvsOutput => "Output", "Sortie";
    SvsPrinciples => "Guiding principles", "Principes directeurs";
    SvsDimensions => "Four dimensions", "Quatre dimensions";
    SvcIntro => "Six activities, combined in any order into value streams. The live diagram with your tickets comes later.", "Six activités, combinées dans n'importe quel ordre en chaînes de valeur. Le schéma vivant avec vos tickets viendra plus tard.";
    PracticesIntro => "The 34 ITIL 4 practices in their three categories. Configuration and KPIs per practice come later.", "Les 34 pratiques d'ITIL 4 dans leurs trois catégories. Configuration et indicateurs par pratique viendront plus tard.";
    PracticesCount => "{n} practices", "{n} pratiques";

    SettingsTitle => "Settings", "Paramètres";
    ProfileTitle => "You", "Vous";
    YourName => "Your name", "Votre nom";
    YourNameHelp => "Recorded in ticket history as the author of your changes.", "Inscrit dans l'historique des tickets comme auteur de vos modifications.";
    Save => "Save", "Enregistrer";
    Saved => "Saved.", "Enregistré.";
    DefaultActor => "Service desk agent", "Agent du centre de services";
    MatrixTitle => "Priority matrix", "Matrice de priorité";
    MatrixHelp => "Priority is derived from impact (rows) and urgency (columns). Changing the matrix applies to tickets logged afterwards.", "La priorité découle de l'impact (lignes) et de l'urgence (colonnes). Une modification s'applique aux tickets enregistrés ensuite.";
    MatrixCell => "Priority for impact {impact}, urgency {urgency}", "Priorité pour un impact {impact} et une urgence {urgency}";
    ResetDefaults => "Reset to defaults", "Rétablir les valeurs par défaut";
    StorageTitle => "Storage", "Stockage";
    StorageBody => "Everything is stored in this browser only (IndexedDB database “{db}”, schema version {version}).", "Tout est stocké dans ce navigateur uniquement (base IndexedDB « {db} », version de schéma {version}).";
    PanicMessage => "ValueDesk hit an internal error and stopped. Your saved data is safe. Reload the page to continue.", "ValueDesk a rencontré une erreur interne et s'est arrêté. Vos données enregistrées sont intactes. Rechargez la page pour continuer.";
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn placeholders(text: &str) -> BTreeSet<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn every_message_exists_in_both_languages() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                let text = msg.text(lang);
                assert!(!text.trim().is_empty(), "{msg:?} is empty in {lang:?}");
                assert_eq!(text, text.trim(), "{msg:?} has stray spaces in {lang:?}");
            }
        }
    }

    #[test]
    fn both_languages_use_the_same_placeholders() {
        for msg in Msg::ALL {
            assert_eq!(
                placeholders(msg.text(Lang::En)),
                placeholders(msg.text(Lang::Fr)),
                "{msg:?}"
            );
        }
    }

    #[test]
    fn french_is_really_translated() {
        let differing = Msg::ALL
            .iter()
            .filter(|m| m.text(Lang::En) != m.text(Lang::Fr))
            .count();
        // Words like "Incident", "Description" or "Impact" are the same in both languages.
        assert!(
            differing * 10 >= Msg::ALL.len() * 8,
            "{differing} of {}",
            Msg::ALL.len()
        );
    }

    #[test]
    fn french_uses_typographic_spaces_before_colons_of_sentences() {
        for msg in Msg::ALL {
            let fr = msg.text(Lang::Fr);
            assert!(!fr.contains("e:") && !fr.contains("é:"), "{msg:?}: {fr}");
        }
    }
}
