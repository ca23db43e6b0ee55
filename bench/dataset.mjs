// Deterministic, realistic ValueDesk data in the app's record shapes (src/domain/ticket,
// src/domain/history.rs): the four kinds, their lifecycle states, priorities from impact ×
// urgency, categories, services and groups from one desk configuration, created over 90
// days, each with 5 to 10 history events and the matching SLA trail.
//
// `records(n, from, to, now)` is self-contained (no module-level references) so that it can
// also run inside the page through Playwright's `page.evaluate` for direct seeding.
import { createWriteStream } from 'node:fs';

/** Tickets `from`..`to` (1-based, exclusive end) of an `n`-ticket dataset, with history. */
export function records(n, from, to, now) {
  const DAY = 86_400_000;
  const span = 90 * DAY;
  const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  // A small deterministic hash: the same (i, k) always gives the same number.
  const h = (i, k) => {
    let x = (Math.imul(i, 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca77)) >>> 0;
    x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
    x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
    return (x ^ (x >>> 16)) >>> 0;
  };
  const pick = (xs, i, k) => xs[h(i, k) % xs.length];
  const ulid = (t, i, k) => {
    let s = '';
    for (let p = 9, v = t; p >= 0; p--, v = Math.floor(v / 32)) s = B32[v % 32] + s;
    for (let p = 0; p < 16; p++) s += B32[h(i * 16 + p, k) % 32];
    return s;
  };
  const groups = { 'Service desk': ['Alice Martin', 'Bob Leroy', 'Chloé Petit'], Network: ['David Moreau', 'Emma Roux'],
    Applications: ['Farid Benali', 'Grace Dubois', 'Hugo Lambert'] };
  const services = ['E-mail', 'VPN', 'Payroll', 'Intranet', 'ERP', 'Wi-Fi', 'File shares', 'Telephony'];
  const categories = ['Hardware', 'Software', 'Network', 'Access', 'Other'];
  const things = [['Outlook', 'E-mail', 'Software'], ['VPN client', 'VPN', 'Network'], ['Printer', 'File shares', 'Hardware'],
    ['Laptop', '', 'Hardware'], ['Payroll export', 'Payroll', 'Software'], ['Wi-Fi', 'Wi-Fi', 'Network'],
    ['Password', 'Intranet', 'Access'], ['ERP invoice screen', 'ERP', 'Software'], ['Desk phone', 'Telephony', 'Hardware'],
    ['Shared drive', 'File shares', 'Access'], ['Badge reader', '', 'Other'], ['Intranet search', 'Intranet', 'Software']];
  const troubles = ['does not start', 'is very slow', 'keeps disconnecting', 'shows an error', 'cannot be reached',
    'asks for the password again', 'stopped working after the update', 'is intermittent'];
  const people = ['Nadia Haddad', 'Olivier Garnier', 'Paula Weber', 'Quentin Faure', 'Rosa Lima', 'Samuel Blanc',
    'Tina Novak', 'Ugo Renard', 'Vera Klein', 'Walter Brun'];
  const levels = ['high', 'medium', 'low'];
  const matrix = [[1, 2, 3], [2, 3, 4], [3, 4, 5]];
  // Kinds weighted as a desk sees them; states as (state, share of tickets reaching it).
  const kinds = ['incident', 'incident', 'incident', 'incident', 'incident', 'service_request', 'service_request',
    'service_request', 'problem', 'change'];
  const prefix = { incident: 'INC', service_request: 'REQ', problem: 'PRB', change: 'CHG' };
  const paths = {
    incident: [['new'], ['new', 'in_progress'], ['new', 'in_progress', 'on_hold'], ['new', 'in_progress', 'resolved'],
      ['new', 'in_progress', 'resolved', 'closed'], ['new', 'in_progress', 'resolved', 'closed'], ['new', 'cancelled']],
    service_request: [['new'], ['new', 'awaiting_approval'], ['new', 'awaiting_approval', 'approved', 'in_fulfilment'],
      ['new', 'in_fulfilment', 'fulfilled'], ['new', 'in_fulfilment', 'fulfilled', 'closed'], ['new', 'awaiting_approval', 'rejected']],
    problem: [['new'], ['new', 'assessed'], ['new', 'assessed', 'root_cause_analysis'],
      ['new', 'assessed', 'root_cause_analysis', 'known_error'], ['new', 'assessed', 'root_cause_analysis', 'known_error', 'resolved', 'closed']],
    change: [['new'], ['new', 'assess'], ['new', 'assess', 'authorize'], ['new', 'assess', 'authorize', 'scheduled'],
      ['new', 'assess', 'authorize', 'scheduled', 'implement', 'review', 'closed'], ['new', 'scheduled', 'implement', 'review', 'closed']],
  };
  const tickets = [];
  const events = [];
  for (let i = from; i < to; i++) {
    const created = now - span + Math.floor(((i - 1) / n) * span) + (h(i, 1) % 60_000);
    const kind = pick(kinds, i, 2);
    // Numbers per kind: the i-th ticket's rank among its kind is not needed, i is unique.
    const number = prefix[kind] + String(i).padStart(6, '0');
    const [thing, service, category] = pick(things, i, 3);
    const group = kind === 'incident' && category === 'Network' ? 'Network'
      : kind === 'problem' || kind === 'change' ? 'Applications' : pick(['Service desk', 'Applications'], i, 4);
    const assignee = pick(groups[group], i, 5);
    const impact = pick(levels, i, 6);
    const urgency = pick(levels, i, 7);
    const priority = matrix[levels.indexOf(impact)][levels.indexOf(urgency)];
    // Older tickets went further along their lifecycle.
    const options = paths[kind];
    const age = 1 - (i - 1) / n;
    const path = options[Math.min(options.length - 1, Math.floor((h(i, 8) % 1000) / 1000 * options.length * (0.4 + age)))];
    const state = path[path.length - 1];
    const id = ulid(created, i, 9);
    const caller = pick(people, i, 10);
    const title = kind === 'service_request' ? `${pick(['New', 'Replace', 'Access to', 'Install'], i, 11)} ${thing}`
      : kind === 'change' ? `${pick(['Upgrade', 'Patch', 'Migrate', 'Reconfigure'], i, 11)} ${thing}`
        : kind === 'problem' ? `Recurring: ${thing} ${pick(troubles, i, 12)}` : `${thing} ${pick(troubles, i, 12)}`;
    const trail = [{ at: created, what: { state: 'new' } }, { at: created, what: { priority } }];
    const ev = [];
    let e = 0;
    const push = (at, field, old, nu, note = null) => {
      ev.push({ id: ulid(at, i, 100 + e), ticket_id: id, at, actor: at === created ? caller : assignee, field, old, new: nu, note });
      e++;
    };
    let at = created;
    const step = () => (at += 300_000 + (h(i, 200 + e) % (6 * 3_600_000)));
    push(created, 'created', null, number);
    push(step(), 'assignment_group', null, group);
    push(step(), 'assignee', null, assignee);
    trail.push({ at, what: 'responded' });
    push(step(), 'work_note', null, null, `Looked into it: ${thing.toLowerCase()} ${pick(troubles, i, 13)} for ${caller}.`);
    for (let s = 1; s < path.length; s++) {
      push(step(), 'state', path[s - 1], path[s]);
      trail.push({ at, what: { state: path[s] } });
    }
    const extra = 5 + (h(i, 14) % 6) - ev.length;
    for (let k = 0; k < extra; k++) {
      if (k % 2) push(step(), 'comment', null, null, `Update for ${caller}: we are on it.`);
      else push(step(), 'work_note', null, null, `Checked the ${thing.toLowerCase()} logs, nothing unusual yet.`);
    }
    const updated = Math.min(at, now);
    const resolved = ['resolved', 'closed'].includes(state) && kind !== 'change';
    tickets.push({ id, rev: `${1 + path.length}-${ulid(updated, i, 15).slice(10).toLowerCase()}`, number, kind, title,
      description: `${caller} reports that the ${thing.toLowerCase()} ${pick(troubles, i, 16)}. Seen since this morning, affects daily work.`,
      caller, channel: pick(['phone', 'email', 'portal', 'walk_in', 'monitoring'], i, 17), impact, urgency, priority, state,
      created, updated, deleted: false, major: kind === 'incident' && priority === 1 && h(i, 18) % 10 === 0,
      hold_reason: state === 'on_hold' ? 'awaiting_caller' : null,
      resolution: resolved ? { code: 'solved', notes: `Fixed the ${thing.toLowerCase()}.` } : null,
      known_error: kind === 'problem' && path.includes('known_error')
        ? { symptom: title, root_cause: `Faulty ${thing.toLowerCase()} configuration`, workaround: 'Restart the client' } : null,
      approval_required: kind === 'service_request' && path.includes('awaiting_approval'),
      approvals: [], links: [],
      change: kind === 'change' ? { change_type: path[1] === 'scheduled' ? 'standard' : 'normal', risk: impact, template: '',
        impact_assessment: '', cab: ['Grace Dubois'], planned_start: created + 3 * DAY, planned_end: created + 3 * DAY + 7_200_000,
        implementation_plan: `Apply the ${thing} change.`, rollback_plan: 'Restore the snapshot.', test_plan: 'Smoke test.',
        affected_services: service ? [service] : [], review: null } : null,
      assignment_group: group, assignee, category, service, catalogue_item: '', answers: [], trail });
    events.push(...ev);
  }
  return { tickets, events, config: { groups: Object.entries(groups).map(([name, members]) => ({ name, members })),
    services: services.map((name) => ({ name, owner: 'Alice Martin', criticality: 'medium', cis: [`${name} server`] })),
    categories, catalogue: [], change_templates: [] } };
}

/** Settings a dataset needs: the desk configuration and the number counters. */
export function settings(n, config) {
  return [{ key: 'desk_config', value: config },
    ...['INC', 'REQ', 'PRB', 'CHG'].map((p) => ({ key: `counter.${p}`, value: n }))];
}

/** Writes an `n`-ticket backup file at `path`, streamed in chunks; returns its size in bytes. */
export async function writeBackup(path, n, now, schemaVersion) {
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (s) => { bytes += Buffer.byteLength(s); return out.write(s) || new Promise((r) => out.once('drain', r)); };
  await write(`{"format":"valuedesk-backup","format_version":1,"schema_version":${schemaVersion},"exported_at":${now},"tickets":[`);
  const CHUNK = 5000;
  const eventParts = [];
  let config;
  for (let from = 1; from <= n; from += CHUNK) {
    const r = records(n, from, Math.min(from + CHUNK, n + 1), now);
    config = r.config;
    await write((from > 1 ? ',' : '') + r.tickets.map((t) => JSON.stringify(t)).join(','));
    eventParts.push(r.events.length);
  }
  await write('],"events":[');
  for (let from = 1; from <= n; from += CHUNK) {
    const r = records(n, from, Math.min(from + CHUNK, n + 1), now);
    await write((from > 1 ? ',' : '') + r.events.map((e) => JSON.stringify(e)).join(','));
  }
  await write(`],"practices":[],"settings":${JSON.stringify(settings(n, config))},"improvements":[]}`);
  await new Promise((r) => out.end(r));
  return { bytes, events: eventParts.reduce((a, b) => a + b, 0) };
}
