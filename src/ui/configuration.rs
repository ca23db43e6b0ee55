//! Settings sections that configure the desk: support groups and people, services,
//! categories and the service catalogue. The domain checks every change.

use super::context::{use_i18n, use_workspace, Workspace};
use super::fields::TextField;
use crate::domain::configuration::{
    split_names, summary_line, CatalogueItem, ChangeTemplate, ConfigError, DeskConfig,
};
use crate::domain::priority::Level;
use crate::i18n::{fill, Lang, Msg};
use crate::storage::settings::{put_setting, DESK_CONFIG};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// The message for a refused configuration change.
pub fn config_error_text(error: ConfigError, lang: Lang) -> &'static str {
    match error {
        ConfigError::EmptyName => Msg::ErrEmptyName,
        ConfigError::DuplicateName => Msg::ErrDuplicateName,
        ConfigError::UnknownGroup => Msg::ErrUnknownGroup,
        ConfigError::NotInGroup => Msg::ErrNotInGroup,
        ConfigError::UnknownService => Msg::ErrUnknownService,
        ConfigError::UnknownCategory => Msg::ErrUnknownCategory,
    }
    .text(lang)
}

/// Applies `change` to a copy of the configuration and saves it; shows why if refused.
fn update(
    workspace: Workspace,
    error: RwSignal<Option<String>>,
    change: impl FnOnce(&mut DeskConfig) -> Result<(), ConfigError>,
) -> bool {
    let lang = use_i18n_lang();
    let mut next = workspace.config.get_untracked();
    if let Err(e) = change(&mut next) {
        error.set(Some(config_error_text(e, lang).to_owned()));
        return false;
    }
    error.set(None);
    spawn_local(async move {
        match put_setting(&workspace.db(), DESK_CONFIG, &next).await {
            Ok(()) => {
                workspace.config.try_set(next);
            }
            Err(e) => {
                error.try_set(Some(e.message(lang)));
            }
        }
    });
    true
}

fn use_i18n_lang() -> Lang {
    use_context::<super::context::I18n>()
        .map(|i| i.lang.get_untracked())
        .unwrap_or(Lang::En)
}

/// One configured entry with a remove button.
#[component]
fn Entry(text: String, name: String, on_remove: impl Fn() + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || fill(i18n.t(Msg::Remove), &[("name", &name)]);
    view! {
        <li>
            <span class="prose">{text}</span>
            <button type="button" class="remove" aria-label=label on:click=move |_| on_remove()>"×"</button>
        </li>
    }
}

/// Every configuration section.
#[component]
pub fn DeskConfiguration() -> impl IntoView {
    view! { <Groups/><Services/><Categories/><Catalogue/><Templates/> }
}

#[component]
fn Groups() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let (name, members, error) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(None),
    );
    let none = Signal::derive(|| None);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, m) = (name.get_untracked(), members.get_untracked());
        if update(workspace, error, |c| c.add_group(&n, &m)) {
            name.set(String::new());
            members.set(String::new());
        }
    };
    view! {
        <section class="card" data-tour="configuration">
            <h2>{move || i18n.t(Msg::GroupsTitle)}</h2>
            <ul class="config-list">
                {move || workspace.config.get().groups.into_iter().map(|g| {
                    let gone = g.name.clone();
                    let text = summary_line(&[&g.name, &g.members.join(", ")]);
                    view! { <Entry text name=g.name.clone() on_remove=move || {
                        let gone = gone.clone();
                        update(workspace, error, move |c| { c.groups.retain(|x| x.name != gone); Ok(()) });
                    }/> }
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add>
                <TextField id="group-name" label=Msg::GroupName value=name error=none/>
                <TextField id="group-members" label=Msg::GroupMembers value=members error=none/>
                <button type="submit" class="button">{move || i18n.t(Msg::Add)}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn Services() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let (name, owner, cis, error) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(None),
    );
    let criticality = RwSignal::new(Level::Medium.key().to_owned());
    let none = Signal::derive(|| None);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let level = Level::from_key(&criticality.get_untracked()).unwrap_or(Level::Medium);
        let (n, o, c) = (
            name.get_untracked(),
            owner.get_untracked(),
            cis.get_untracked(),
        );
        if update(workspace, error, |cfg| cfg.add_service(&n, &o, level, &c)) {
            name.set(String::new());
            owner.set(String::new());
            cis.set(String::new());
        }
    };
    view! {
        <section class="card">
            <h2>{move || i18n.t(Msg::ServicesTitle)}</h2>
            <ul class="config-list">
                {move || workspace.config.get().services.into_iter().map(|s| {
                    let gone = s.name.clone();
                    let level = Msg::level(s.criticality).text(i18n.lang.get());
                    let text = summary_line(&[&s.name, &s.owner, level, &s.cis.join(", ")]);
                    view! { <Entry text name=s.name.clone() on_remove=move || {
                        let gone = gone.clone();
                        update(workspace, error, move |c| { c.services.retain(|x| x.name != gone); Ok(()) });
                    }/> }
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add>
                <TextField id="service-name" label=Msg::ServiceName value=name error=none/>
                <TextField id="service-owner" label=Msg::ServiceOwner value=owner error=none/>
                <div class="field">
                    <label for="service-criticality">{move || i18n.t(Msg::ServiceCriticality)}</label>
                    <select id="service-criticality" on:change=move |ev| criticality.set(event_target_value(&ev))>
                        {Level::ALL.into_iter().map(|l| view! {
                            <option value=l.key() selected=move || criticality.get() == l.key()>{move || i18n.t(Msg::level(l))}</option>
                        }).collect_view()}
                    </select>
                </div>
                <TextField id="service-cis" label=Msg::ServiceCis value=cis error=none/>
                <button type="submit" class="button">{move || i18n.t(Msg::Add)}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn Categories() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let (name, error) = (RwSignal::new(String::new()), RwSignal::new(None));
    let none = Signal::derive(|| None);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        if update(workspace, error, |c| c.add_category(&n)) {
            name.set(String::new());
        }
    };
    view! {
        <section class="card">
            <h2>{move || i18n.t(Msg::CategoriesTitle)}</h2>
            <ul class="config-list inline">
                {move || workspace.config.get().categories.into_iter().map(|c| {
                    let gone = c.clone();
                    view! { <Entry text=c.clone() name=c on_remove=move || {
                        let gone = gone.clone();
                        update(workspace, error, move |cfg| { cfg.categories.retain(|x| *x != gone); Ok(()) });
                    }/> }
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add>
                <TextField id="category-name" label=Msg::CategoryName value=name error=none/>
                <button type="submit" class="button">{move || i18n.t(Msg::Add)}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn Catalogue() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let (name, description, group, fields) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let approval = RwSignal::new(false);
    let error = RwSignal::new(None);
    let none = Signal::derive(|| None);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let item = CatalogueItem {
            name: name.get_untracked(),
            description: description.get_untracked(),
            fulfilment_group: group.get_untracked(),
            approval_required: approval.get_untracked(),
            fields: split_names(&fields.get_untracked()),
        };
        if update(workspace, error, |c| c.add_catalogue_item(item)) {
            name.set(String::new());
            description.set(String::new());
            fields.set(String::new());
            approval.set(false);
        }
    };
    view! {
        <section class="card">
            <h2>{move || i18n.t(Msg::CatalogueTitle)}</h2>
            <ul class="config-list">
                {move || workspace.config.get().catalogue.into_iter().map(|item| {
                    let gone = item.name.clone();
                    let approval = if item.approval_required { i18n.t(Msg::ItemApproval) } else { "" };
                    let text = summary_line(&[&item.name, &item.description, &item.fulfilment_group, approval, &item.fields.join(", ")]);
                    view! { <Entry text name=item.name.clone() on_remove=move || {
                        let gone = gone.clone();
                        update(workspace, error, move |c| { c.catalogue.retain(|x| x.name != gone); Ok(()) });
                    }/> }
                }).collect_view()}
            </ul>
            <form class="stacked-form" on:submit=add>
                <div class="field-row">
                    <TextField id="item-name" label=Msg::ItemName value=name error=none/>
                    <div class="field">
                        <label for="item-group">{move || i18n.t(Msg::ItemGroup)}</label>
                        <select id="item-group" on:change=move |ev| group.set(event_target_value(&ev))>
                            <option value="">{move || i18n.t(Msg::NoneChosen)}</option>
                            {move || workspace.config.get().groups.into_iter().map(|g| view! { <option value=g.name.clone()>{g.name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
                <TextField id="item-description" label=Msg::ItemDescription value=description error=none/>
                <TextField id="item-fields" label=Msg::ItemFields value=fields error=none/>
                <div class="field checkbox">
                    <label>
                        <input type="checkbox" prop:checked=move || approval.get() on:change=move |ev| approval.set(event_target_checked(&ev))/>
                        " "{move || i18n.t(Msg::ItemApproval)}
                    </label>
                </div>
                <button type="submit" class="button">{move || i18n.t(Msg::Add)}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{e}</p> })}
        </section>
    }
}

#[component]
fn Templates() -> impl IntoView {
    let i18n = use_i18n();
    let workspace = use_workspace();
    let name = RwSignal::new(String::new());
    let (implementation, rollback, test) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let risk = RwSignal::new(Level::Low.key().to_owned());
    let error = RwSignal::new(None);
    let none = Signal::derive(|| None);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let template = ChangeTemplate {
            name: name.get_untracked(),
            implementation_plan: implementation.get_untracked().trim().to_owned(),
            rollback_plan: rollback.get_untracked().trim().to_owned(),
            test_plan: test.get_untracked().trim().to_owned(),
            risk: Level::from_key(&risk.get_untracked()).unwrap_or(Level::Low),
        };
        if update(workspace, error, |c| c.add_change_template(template)) {
            for field in [name, implementation, rollback, test] {
                field.set(String::new());
            }
        }
    };
    view! {
        <section class="card">
            <h2>{move || i18n.t(Msg::TemplatesTitle)}</h2>
            <p class="help">{move || i18n.t(Msg::TemplatesHelp)}</p>
            <ul class="config-list">
                {move || workspace.config.get().change_templates.into_iter().map(|t| {
                    let gone = t.name.clone();
                    let level = Msg::level(t.risk).text(i18n.lang.get());
                    let text = summary_line(&[&t.name, level, &t.implementation_plan]);
                    view! { <Entry text name=t.name.clone() on_remove=move || {
                        let gone = gone.clone();
                        update(workspace, error, move |c| { c.change_templates.retain(|x| x.name != gone); Ok(()) });
                    }/> }
                }).collect_view()}
            </ul>
            <form class="stacked-form" on:submit=add>
                <div class="field-row">
                    <TextField id="template-name" label=Msg::TemplateName value=name error=none/>
                    <div class="field">
                        <label for="template-risk">{move || i18n.t(Msg::FieldRisk)}</label>
                        <select id="template-risk" on:change=move |ev| risk.set(event_target_value(&ev))>
                            {Level::ALL.into_iter().map(|l| view! {
                                <option value=l.key() selected=move || risk.get() == l.key()>{move || i18n.t(Msg::level(l))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <TextField id="template-implementation" label=Msg::FieldImplementationPlan value=implementation error=none multiline=true/>
                <div class="field-row">
                    <TextField id="template-rollback" label=Msg::FieldRollbackPlan value=rollback error=none multiline=true/>
                    <TextField id="template-test" label=Msg::FieldTestPlan value=test error=none multiline=true/>
                </div>
                <button type="submit" class="button">{move || i18n.t(Msg::Add)}</button>
            </form>
            {move || error.get().map(|e| view! { <p class="form-errors" role="alert">{e}</p> })}
        </section>
    }
}
