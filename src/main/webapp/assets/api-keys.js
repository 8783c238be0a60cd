// Settings → API Keys: list, generate (the key is shown once and never kept) with a resource × access picker, change
// a key's name, allowlist, rate limit and expiry in its details, roll with a grace period, revoke with a confirmation;
// keys about to expire are announced above the list. The same page is a project's keys (/project?project_id=…): there
// each key names who made it and belongs to the project, members make keys of at most Standard, and a key is revoked
// by an owner or admin or by whoever made it (a project key is not renamed, limited or rolled: the API has no such
// change for it).
import { call, el, formatTime } from './api.js';
import { copy, toast } from './feedback.js';
import { fieldError, onSubmit } from './forms.js';
import { drawPicker, LEVEL_NAMES, permissionSummary, resourcesOf } from './key-permissions.js';
import { signedInPage } from './layout.js';
import { atLeast, currentProject, inWorkspace, keysPath, projectId } from './workspace.js';

const SUGGESTED_DAYS = 90;
// Why a key ended, where the reason says more than "revoked".
const REVOKED_BECAUSE = {
    leaked: 'revoked: found in public',
    ownership_proven: 'revoked: made before the address was proven yours'
};

const form = document.getElementById('new-key-form');
const generate = document.getElementById('generate');
const newKey = document.getElementById('new-key');

// The whole list is fetched once per change and then searched, filtered, sorted and paged here: an account has
// tens or hundreds of keys, never so many that the browser could not hold them.
const PAGE = 20;
let allKeys = [];
/** GET /api/v1/rate-limits: the plan's and each key's use this window, or null when it could not be read. */
let limits = null;
// The key just made (its id only): the key itself lives only in its input until the user says they copied it.
let shownKeyId = null;
const shown = { active: PAGE, inactive: PAGE };
const filters = {
    search: document.getElementById('key-search'),
    status: document.getElementById('key-status'),
    permission: document.getElementById('key-permission'),
    sort: document.getElementById('key-sort')
};
// The search, filters and sort are in the address too, so a filtered list can be bookmarked or shared.
const ADDRESS_NAMES = { search: 'q', status: 'status', permission: 'permission', sort: 'sort' };
const DEFAULTS = { search: '', status: 'all', permission: '', sort: 'newest' };
const fromAddress = new URLSearchParams(location.search);
for (const [name, control] of Object.entries(filters)) {
    const value = fromAddress.get(ADDRESS_NAMES[name]);
    if (value !== null && (control.tagName !== 'SELECT' || [...control.options].some(option => option.value === value))) {
        control.value = value;
    }
}

function refilter() {
    shown.active = PAGE;
    shown.inactive = PAGE;
    const query = new URLSearchParams();
    for (const [name, control] of Object.entries(filters)) {
        if (control.value.trim() !== DEFAULTS[name]) {
            query.set(ADDRESS_NAMES[name], control.value.trim());
        }
    }
    if (projectId) {
        query.set('project_id', projectId);
    }
    history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
    drawKeys();
}
for (const control of Object.values(filters)) {
    control.addEventListener('input', refilter);
    control.addEventListener('change', refilter);
}
document.getElementById('more-active').addEventListener('click', () => { shown.active += PAGE; drawKeys(); });
document.getElementById('more-inactive').addEventListener('click', () => { shown.inactive += PAGE; drawKeys(); });

// Attached before anything is awaited, so it is in place when the page has loaded: a click on Generate that comes
// while the account and the scope catalogue are still being fetched opens the form once it can be drawn, instead of
// being lost.
let formCanOpen;
const formReady = new Promise(resolve => { formCanOpen = resolve; });
generate.addEventListener('click', async () => { await formReady; openForm(); });

if (location.pathname === '/project' && !projectId) {
    location.replace('/settings/api-keys'); // a project's page without a project: the account's own keys
}
const session = await signedInPage();
const catalogue = await call('GET', '/api/v1/scopes');
const workspace = await currentProject();
// A project's keys never get the Admin level, whoever makes them.
const isAdmin = !workspace && session.account.role === 'admin';
// In a project: who may make keys (members and above) and who may revoke any of them (owners and admins).
const role = workspace?.organization.role;
const mayCreate = !workspace || atLeast(role, 'member');
if (!mayCreate) {
    generate.hidden = true;
    document.getElementById('first-key').hidden = true;
}
const resources = resourcesOf(catalogue, isAdmin);
const picker = drawPermissionChoices();
document.getElementById('first-key').addEventListener('click', async () => { await formReady; openForm(); });
document.getElementById('cancel-new-key').addEventListener('click', () => closeForm());
document.getElementById('copy-key').addEventListener('click', copyKey);
document.getElementById('new-key-done').addEventListener('click', forgetNewKey);

onSubmit(form, async data => {
    const created = await call('POST', keysPath, keyRequest(data));
    closeForm();
    showNewKey(created);
    await showKeys();
});
formCanOpen();
await showKeys();

function openForm() {
    forgetNewKey();
    form.reset();
    picker.fill(form.querySelector('input[name=preset]:checked').value);
    const suggested = new Date(Date.now() + SUGGESTED_DAYS * 86400000);
    document.getElementById('key-expires').value = suggested.toISOString().slice(0, 10);
    form.hidden = false;
    generate.setAttribute('aria-expanded', 'true');
    document.getElementById('no-keys').hidden = true;
    document.getElementById('key-name').focus();
}

function closeForm() {
    form.hidden = true;
    generate.setAttribute('aria-expanded', 'false');
    drawKeys();
    generate.focus();
}

function keyRequest(data) {
    // Exactly the scopes the table shows chosen, also when they equal a level: the key gets what was seen.
    const request = { name: data.get('name').trim(), permissions: picker.chosen() };
    if (data.get('expires_at')) {
        request.expires_at = `${data.get('expires_at')}T23:59:59Z`;
    }
    if (data.get('rate_limit')) {
        request.rate_limit = Number(data.get('rate_limit'));
    }
    return request;
}

function drawPermissionChoices() {
    document.getElementById('preset-admin').hidden = !isAdmin;
    const levels = catalogue.levels.filter(level => isAdmin || level.name !== 'admin');
    const drawn = drawPicker(form, document.getElementById('access-rows'), resources, levels);
    drawn.fill('standard');
    return drawn;
}


function showNewKey(created) {
    shownKeyId = created.id;
    document.getElementById('new-key-value').value = created.key;
    // What was just chosen, repeated next to the key, so it can be checked before the key is put to use.
    document.getElementById('new-key-summary').replaceChildren(
        el('dt', {}, 'Name'), el('dd', {}, created.name),
        ...(workspace ? [el('dt', {}, 'Owner'), el('dd', {}, `Project “${workspace.project.name}”`),
            el('dt', {}, 'Created by'), el('dd', {}, creator(created))] : []),
        el('dt', {}, 'Permissions'), el('dd', {}, created.level ? `${LEVEL_NAMES[created.level] || created.level}` : 'Custom',
            permissionSummary(resources, created.permissions, `Permissions of ${created.name}`)),
        el('dt', {}, 'Rate limit'), el('dd', {}, created.rate_limit
            ? `${created.rate_limit.toLocaleString('en-US')} requests per hour` : 'Your plan’s default'),
        el('dt', {}, 'Expires'), el('dd', {}, formatTime(created.expires_at, 'Never')));
    document.getElementById('copy-status').textContent = '';
    newKey.hidden = false;
    newKey.focus();
}

function forgetNewKey() {
    document.getElementById('new-key-value').value = '';
    newKey.hidden = true;
    // Keyboard focus must not fall to the page's start: it goes to the key just made (its first action), or else
    // to the button that makes keys.
    const row = shownKeyId && document.querySelector(`#active-keys tr[data-key-id="${CSS.escape(shownKeyId)}"]`);
    (row?.querySelector('button, a[href]') || generate).focus();
}

async function copyKey() {
    const input = document.getElementById('new-key-value');
    const status = document.getElementById('copy-status');
    try {
        await navigator.clipboard.writeText(input.value);
        status.textContent = 'Copied to the clipboard.';
        toast('Copied');
    } catch {
        input.select();
        status.textContent = 'Press Ctrl+C (⌘C) to copy the selected key.';
    }
}

async function showKeys() {
    try {
        allKeys = (await call('GET', keysPath)).data;
        // The two limits a key's request spends, apart: its own, and the plan every key and this dashboard share
        // (the account's plan: a project's keys share the project's limit instead, shown on the organization's page).
        limits = workspace ? null : await call('GET', '/api/v1/rate-limits').catch(() => null);
    } catch (failure) {
        for (const table of ['active-keys', 'inactive-keys']) {
            document.querySelector(`#${table} tbody`).replaceChildren(el('tr', { class: 'empty-row' },
                el('td', { colspan: '9' }, `Your keys could not be loaded (${failure.message}). `,
                    el('button', { type: 'button', onclick: showKeys }, 'Try again'))));
        }
        throw failure;
    }
    drawPlan();
    drawKeys();
    announceExpiring(allKeys.filter(key => key.status === 'active'));
}

function drawKeys() {
    // No keys at all: the first step instead of filters over nothing.
    const none = allKeys.length === 0;
    document.getElementById('no-keys').hidden = !none || !form.hidden;
    for (const part of ['key-tools', 'key-count', 'active-section', 'inactive-section']) {
        document.getElementById(part).hidden = none;
    }
    if (none) {
        return;
    }
    const matching = allKeys.filter(matches).sort(order());
    const active = matching.filter(key => key.status === 'active');
    const inactive = matching.filter(key => key.status !== 'active');
    const status = filters.status.value;
    document.getElementById('active-section').hidden = status !== 'all' && status !== 'active';
    document.getElementById('inactive-section').hidden = status === 'active';
    fill('active-keys', active, shown.active, activeRows, 9,
        allKeys.some(key => key.status === 'active') ? 'No active keys match.'
            : ['No active keys: every key has expired or been revoked. ', el('button', { type: 'button', class: 'small',
                onclick: () => openForm() }, 'Generate a new key')]);
    fill('inactive-keys', inactive, shown.inactive, inactiveRows, 6,
        allKeys.some(key => key.status !== 'active') ? 'No expired or revoked keys match.' : 'None.');
    document.getElementById('more-active').hidden = active.length <= shown.active;
    document.getElementById('more-inactive').hidden = inactive.length <= shown.inactive;
    const filtered = matching.length !== allKeys.length;
    document.getElementById('key-count').textContent = filtered
        ? `${matching.length} of ${allKeys.length} key${allKeys.length === 1 ? '' : 's'} match.`
        : `${allKeys.length} key${allKeys.length === 1 ? '' : 's'}.`;
}

function fill(table, keys, limit, rows, columns, empty) {
    const body = document.querySelector(`#${table} tbody`);
    body.replaceChildren(...(keys.length === 0
        ? [el('tr', { class: 'empty-row' }, el('td', { colspan: String(columns) }, empty))]
        : keys.slice(0, limit).flatMap(rows)));
}

function matches(key) {
    const text = filters.search.value.trim().toLowerCase();
    const status = filters.status.value;
    const permission = filters.permission.value;
    return (!text || key.name.toLowerCase().includes(text) || key.prefix.toLowerCase().includes(text)
            || key.id.toLowerCase() === text)
        && (status === 'all' || key.status === status)
        && (!permission || (permission === 'custom' ? !key.level : key.level === permission));
}

function order() {
    const time = value => (value ? Date.parse(value) : 0);
    switch (filters.sort.value) {
        case 'oldest': return (a, b) => time(a.created_at) - time(b.created_at);
        case 'name': return (a, b) => a.name.localeCompare(b.name);
        case 'last-used': return (a, b) => time(b.last_used_at) - time(a.last_used_at);
        case 'expires': return (a, b) => (time(a.expires_at) || Infinity) - (time(b.expires_at) || Infinity);
        default: return (a, b) => time(b.created_at) - time(a.created_at);
    }
}

function announceExpiring(active) {
    const soon = active.filter(key => key.expires_soon && !key.replaced_by);
    const banner = document.getElementById('expiring-banner');
    banner.hidden = soon.length === 0;
    if (soon.length > 0) {
        const names = soon.map(key => `“${key.name}” (${formatTime(key.expires_at)})`).join(', ');
        banner.replaceChildren(el('strong', {}, soon.length === 1 ? '1 key expires within 7 days: ' : `${soon.length} keys expire within 7 days: `),
            names, soon.length === 1 ? '. Roll it before it stops working.' : '. Roll them before they stop working.');
    }
}

// The value is one element, so on a phone's card it stays in its column beside the label, however many lines it has
// (a time and the address below it were two grid items, the second falling under the label).
function cell(label, ...content) {
    return el('td', { 'data-label': label }, el('div', { class: 'cell-value' }, ...content));
}

function activeRows(key) {
    const detailsId = `details-${key.id}`;
    const toggle = el('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false', 'aria-controls': detailsId,
        'aria-label': `Details of ${key.name}` }, 'Details');
    const row = el('tr', { 'data-key-id': key.id },
        cell('Name', el('div', {}, el('div', { class: 'key-name' }, key.name), createdBy(key), toggle)),
        cell('Key', el('code', {}, `${key.prefix}…`)),
        cell('Permissions', permissions(key)),
        cell('Created', formatTime(key.created_at)),
        cell('Expires', formatTime(key.expires_at, 'Never'), expiry(key)),
        cell('Last used', formatTime(key.last_used_at, 'Never'), key.last_used_address ? el('div', { class: 'muted last-used-address' }, key.last_used_address) : null),
        cell('Rate limit', rateLimit(key)),
        cell('Usage', anomaly(key)),
        el('td', { class: 'row-actions' },
            key.replaced_by || workspace ? null : el('button', { type: 'button', onclick: () => confirmRoll(key),
                'aria-label': `Roll ${key.name}` }, 'Roll'),
            mayRevoke(key) ? el('button', { type: 'button', class: 'danger', onclick: () => confirmRevoke(key),
                'aria-label': `Revoke ${key.name}` }, 'Revoke') : null));
    const details = el('tr', { class: 'key-details', id: detailsId, hidden: true },
        el('td', { colspan: '9' }, keyDetails(key)));
    toggle.addEventListener('click', () => {
        const open = details.hidden;
        details.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? 'Hide details' : 'Details';
    });
    return [row, details];
}

// Everything about one key beyond the row: its identifiers to copy, every permission, its name, address allowlist,
// rate limit and expiry to change, and the way to its usage.
function keyDetails(key) {
    const name = el('input', { type: 'text', value: key.name, maxlength: '100', id: `rename-${key.id}`, name: 'name',
        'aria-describedby': `rename-${key.id}-error` });
    const renameForm = el('form', { class: 'inline-form', novalidate: true },
        el('label', { for: `rename-${key.id}` }, 'Name'), name,
        el('p', { class: 'field-error', id: `rename-${key.id}-error`, 'aria-live': 'polite' }),
        el('p', { class: 'form-error', role: 'alert', tabindex: '-1' }),
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Rename')));
    onSubmit(renameForm, async data => {
        await call('PATCH', `/api/v1/keys/${encodeURIComponent(key.id)}`, { name: data.get('name').trim() });
        toast('Key renamed');
        await showKeys();
    });
    const ips = el('textarea', { id: `ips-${key.id}`, name: 'allowed_ips', rows: '3',
        'aria-describedby': `ips-${key.id}-hint ips-${key.id}-error` }, key.allowed_ips.join('\n'));
    const ipsForm = el('form', { class: 'inline-form', novalidate: true },
        el('label', { for: `ips-${key.id}` }, 'Allowed IP addresses'), ips,
        el('p', { class: 'hint', id: `ips-${key.id}-hint` },
            'One address or CIDR range per line (203.0.113.7, 10.0.0.0/8). Empty: any address.'),
        el('p', { class: 'field-error', id: `ips-${key.id}-error`, 'aria-live': 'polite' }),
        el('p', { class: 'form-error', role: 'alert', tabindex: '-1' }),
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save allowlist')));
    onSubmit(ipsForm, async data => {
        const allowed = data.get('allowed_ips').split(/[\s,]+/).filter(Boolean);
        await call('PATCH', `/api/v1/keys/${encodeURIComponent(key.id)}`, { allowed_ips: allowed });
        toast(allowed.length ? 'Allowlist saved' : 'Allowlist cleared: any address may use the key');
        await showKeys();
    });
    return el('div', { class: 'details-grid' },
        el('dl', { class: 'facts' },
            workspace ? [el('dt', {}, 'Owner'), el('dd', {}, `Project “${workspace.project.name}”`),
                el('dt', {}, 'Created by'), el('dd', {}, creator(key))] : null,
            el('dt', {}, 'Key ID'), el('dd', {}, el('code', {}, key.id), ' ',
                el('button', { type: 'button', class: 'small', onclick: () => copy(key.id, 'Key ID copied'),
                    'aria-label': `Copy the ID of ${key.name}` }, 'Copy')),
            el('dt', {}, 'Prefix'), el('dd', {}, el('code', {}, key.prefix), ' ',
                el('button', { type: 'button', class: 'small', onclick: () => copy(key.prefix, 'Prefix copied'),
                    'aria-label': `Copy the prefix of ${key.name}` }, 'Copy')),
            el('dt', {}, 'Permissions'), el('dd', {}, key.level ? LEVEL_NAMES[key.level] || key.level : 'Custom',
                permissionSummary(resources, key.permissions, `Permissions of ${key.name}`)),
            el('dt', {}, 'Usage'), el('dd', {}, el('a', { href: inWorkspace(`/settings/usage?key=${encodeURIComponent(key.id)}`) },
                `View the usage of ${key.name}`)),
            el('dt', {}, 'Requests'), el('dd', {}, el('a', { href: inWorkspace(`/settings/logs?key=${encodeURIComponent(key.id)}`) },
                `View the requests of ${key.name}`))),
        workspace ? null : [renameForm, ipsForm, limitsForm(key)]);
}

// The rate limit and expiry, changed together; a value left as it was is not sent (an expiry at 14:30 stays 14:30
// unless another day is chosen). Refusals (above the plan, in the past) show by the field they concern.
function limitsForm(key) {
    const id = suffix => `${suffix}-${key.id}`;
    const oldLimit = key.rate_limit == null ? '' : String(key.rate_limit);
    const oldDay = key.expires_at ? key.expires_at.slice(0, 10) : '';
    const limit = el('input', { type: 'number', min: '1', inputmode: 'numeric', id: id('limit'), name: 'rate_limit',
        value: oldLimit, 'aria-describedby': `${id('limit')}-hint ${id('limit')}-error` });
    const limitsForm = el('form', { class: 'inline-form limits-form', novalidate: true },
        el('label', { for: id('limit') }, 'Rate limit (requests per hour)'), limit,
        el('p', { class: 'hint', id: `${id('limit')}-hint` },
            `Empty: your plan’s default. In force now: ${key.effective_rate_limit.toLocaleString('en-US')} per hour.`),
        el('p', { class: 'field-error', id: `${id('limit')}-error`, 'aria-live': 'polite' }),
        el('label', { for: id('expires') }, 'Expires on'),
        el('input', { type: 'date', id: id('expires'), name: 'expires_at', value: oldDay,
            'aria-describedby': `${id('expires')}-hint ${id('expires')}-error` }),
        el('p', { class: 'hint', id: `${id('expires')}-hint` }, key.expires_at
            ? `Now ${formatTime(key.expires_at)}. A new day ends at 23:59 UTC; empty: never expires.`
            : 'It never expires now. Choose a day to make it expire (at 23:59 UTC).'),
        el('p', { class: 'field-error', id: `${id('expires')}-error`, 'aria-live': 'polite' }),
        el('p', { class: 'form-error', role: 'alert', tabindex: '-1' }),
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save limits')));
    onSubmit(limitsForm, async data => {
        if (limit.validity.badInput) {
            fieldError(limitsForm, 'rate_limit', 'Rate limit must be a whole number of requests per hour.');
            return;
        }
        const body = {};
        const newLimit = data.get('rate_limit').trim();
        if (newLimit !== oldLimit) {
            body.rate_limit = newLimit === '' ? null : Number(newLimit);
        }
        const day = data.get('expires_at');
        if (day !== oldDay) {
            body.expires_at = day ? `${day}T23:59:59Z` : null;
        }
        if (Object.keys(body).length === 0) {
            toast('Nothing changed');
            return;
        }
        await call('PATCH', `/api/v1/keys/${encodeURIComponent(key.id)}`, body);
        toast('Rate limit and expiry saved');
        await showKeys();
    });
    return limitsForm;
}

function drawPlan() {
    const plan = document.getElementById('plan-use');
    plan.hidden = !limits || allKeys.length === 0;
    if (!limits) {
        return;
    }
    const n = value => value.toLocaleString('en-US');
    plan.replaceChildren(el('strong', {}, 'Plan: '),
        `${n(limits.plan.used)} of ${n(limits.plan.limit)} requests used this hour, shared by all your keys and this `
        + `dashboard (browsing it counts too); resets at ${formatTime(limits.reset_at)}. `,
        'Each key also has its own limit, shown by the key.');
}

function rateLimit(key) {
    const n = key.effective_rate_limit.toLocaleString('en-US');
    const own = limits?.keys.find(limit => limit.key_id === key.id);
    const used = own ? el('div', { class: 'muted key-used' }, `${own.used.toLocaleString('en-US')} used this hour`) : null;
    return key.rate_limit ? el('span', {}, `${n} / hour`, used)
        : el('span', {}, `${n} / hour`, el('div', { class: 'muted' }, workspace ? 'the project’s limit' : 'plan default'), used);
}

/** A project key's maker, on its row: the key belongs to the project, and this says who to ask about it. */
function createdBy(key) {
    return key.created_by ? el('div', { class: 'muted created-by' }, `Created by ${key.created_by.name}`) : null;
}

function creator(key) {
    return key.created_by ? `${key.created_by.name} (${key.created_by.email})` : '—';
}

/** One's own keys, always; in a project, the keys one made, or every key for its owners and admins. */
function mayRevoke(key) {
    return !workspace || atLeast(role, 'admin') || key.created_by?.account_id === session.account.id;
}

function expiry(key) {
    if (key.replaced_by) {
        return el('div', {}, el('span', { class: 'badge', title: `Replaced by ${key.replaced_by}` }, 'Replaced — grace period'));
    }
    return key.expires_soon ? el('div', {}, el('span', { class: 'badge warn' }, 'Expires soon')) : null;
}

function inactiveRows(key) {
    const why = REVOKED_BECAUSE[key.revoked_reason] || key.status;
    return [el('tr', { 'data-key-id': key.id },
        cell('Name', key.name),
        cell('Key', el('code', {}, `${key.prefix}…`)),
        cell('Status', el('span', { class: `badge ${key.status}`, title: key.leak_url || '' }, why)),
        cell('Created', formatTime(key.created_at)),
        cell('Ended', formatTime(key.status === 'revoked' ? key.revoked_at : key.expires_at)),
        cell('Last used', formatTime(key.last_used_at, 'Never')))];
}

// The level or the first scopes on the row; every scope in a card that opens on hover and on keyboard focus.
function permissions(key) {
    const shown = key.level ? el('span', { class: 'badge' }, LEVEL_NAMES[key.level] || key.level)
        : el('span', {}, key.permissions.length <= 3
            ? key.permissions.map(scope => el('code', { class: 'chip' }, scope))
            : [...key.permissions.slice(0, 2).map(scope => el('code', { class: 'chip' }, scope)),
                el('span', { class: 'muted' }, ` +${key.permissions.length - 2} more`)]);
    return el('span', { class: 'has-card', tabindex: '0', 'aria-describedby': `perms-${key.id}` }, shown,
        el('span', { class: 'hover-card', role: 'tooltip', id: `perms-${key.id}` },
            el('strong', {}, `${key.permissions.length} permission${key.permissions.length === 1 ? '' : 's'}`),
            el('span', { class: 'scopes' }, key.permissions.map(scope => el('code', { class: 'chip' }, scope)))));
}

function anomaly(key) {
    if (!key.anomaly) {
        return el('span', { class: 'muted' }, 'No unusual traffic');
    }
    const what = {
        auth_failures: () => `${key.anomaly.count} failed authentications`,
        rate_limited: () => `Throttled: ${key.anomaly.count} of ${key.anomaly.baseline} requests got 429`
    }[key.anomaly.reason]?.() ?? `Traffic spike: ${key.anomaly.count} requests, usually ${Math.round(key.anomaly.baseline)}`;
    return el('a', { class: 'badge warn', href: inWorkspace(`/settings/usage?key=${encodeURIComponent(key.id)}`),
        title: `In the hour of ${formatTime(key.anomaly.hour)}` }, `⚠ ${what}`);
}

function confirmRoll(key) {
    const dialog = document.getElementById('roll-key');
    document.getElementById('roll-text').textContent =
        `“${key.name}” (${key.prefix}…) gets a successor now. Put the new key where your applications read it before the old one stops.`;
    // The successor expires when the old key does unless another day is chosen here (end of that day, UTC, as when
    // a key is created); an emptied field also means "as the old key".
    const expires = document.getElementById('roll-expires');
    const oldDay = key.expires_at ? key.expires_at.slice(0, 10) : '';
    expires.value = oldDay;
    document.getElementById('roll-expires-hint').textContent = key.expires_at
        ? `Like the old key: ${formatTime(key.expires_at)}. Choose another day to change it.`
        : 'Never, like the old key. Choose a day to make the new key expire.';
    dialog.returnValue = '';
    dialog.onclose = async () => {
        if (dialog.returnValue === 'roll') {
            const grace = dialog.querySelector('input[name=grace]:checked').value;
            const body = { grace_period: grace };
            if (expires.value && expires.value !== oldDay) {
                body.expires_at = `${expires.value}T23:59:59Z`;
            }
            const rolled = await call('POST', `/api/v1/keys/${encodeURIComponent(key.id)}/roll`, body);
            showNewKey(rolled);
            await showKeys();
            toast(grace === 'PT0S' ? 'Key rolled: the old key has stopped working' : 'Key rolled: the old key works until the grace period ends');
        }
    };
    dialog.showModal();
}

function confirmRevoke(key) {
    const dialog = document.getElementById('confirm-revoke');
    document.getElementById('revoke-text').textContent =
        `“${key.name}” (${key.prefix}…) stops working immediately for every application that uses it. This cannot be undone.`;
    dialog.returnValue = '';
    dialog.onclose = async () => {
        if (dialog.returnValue === 'revoke') {
            await call('DELETE', `/api/v1/keys/${encodeURIComponent(key.id)}`);
            await showKeys();
            toast('Key revoked');
            generate.focus();
        }
    };
    dialog.showModal();
}
