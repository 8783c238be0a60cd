// Settings → Logs: the account's API requests, newest first, filtered by key, status and time, a page at a time;
// one request's entry by its X-Request-Id. The filters live in the address, so the usage chart and a key's details
// link to a view, and a view can be sent to a colleague. With ?project_id= it shows a project's requests instead.
import { ApiError, call, el, formatTime } from './api.js';
import { signedInPage } from './layout.js';
import { inWorkspace, keysPath } from './workspace.js';

const filter = document.getElementById('logs-filter');
const keySelect = document.getElementById('logs-key');
const body = document.querySelector('#request-logs tbody');
const more = document.getElementById('more-logs');
const entryCard = document.getElementById('log-entry');
const error = filter.querySelector('.form-error');
let cursor = null;

await signedInPage();
const keys = (await call('GET', keysPath)).data;
const keyNames = new Map(keys.map(key => [key.id, key.name]));
keySelect.append(...keys.map(key => el('option', { value: key.id },
    `${key.name} (${key.prefix}…)${key.status === 'active' ? '' : ` — ${key.status}`}`)));
fillFromAddress(new URLSearchParams(location.search));
filter.addEventListener('change', event => event.target.name === 'request' ? showRequested() : load(false));
filter.addEventListener('submit', event => {
    event.preventDefault();
    showRequested();
});
more.addEventListener('click', () => load(true));
document.getElementById('close-entry').addEventListener('click', () => {
    entryCard.hidden = true;
    filter.elements.request.value = '';
    remember();
});
await load(false);
await showRequested();

function fillFromAddress(address) {
    keySelect.value = keys.some(key => key.id === address.get('key')) ? address.get('key') : '';
    const status = address.get('status') || '';
    filter.elements.status.value = [...filter.elements.status.options].some(option => option.value === status) ? status : '';
    filter.elements.from.value = localInput(address.get('from'));
    filter.elements.to.value = localInput(address.get('to'));
    filter.elements.request.value = address.get('request') || '';
}

// The API takes instants; the inputs show the person's own clock.
function localInput(iso) {
    const at = iso ? new Date(iso) : null;
    if (!at || Number.isNaN(at.getTime())) {
        return '';
    }
    const local = new Date(at.getTime() - at.getTimezoneOffset() * 60000);
    return local.toISOString().slice(0, 19);
}

function instant(value) {
    return value ? new Date(value).toISOString() : null;
}

function remember() {
    const address = new URLSearchParams();
    const data = new FormData(filter);
    for (const [name, value] of [['key', data.get('key')], ['status', data.get('status')],
        ['from', instant(data.get('from'))], ['to', instant(data.get('to'))], ['request', data.get('request')?.trim()]]) {
        if (value) {
            address.set(name, value);
        }
    }
    history.replaceState(null, '', inWorkspace(`/settings/logs${address.size ? `?${address}` : ''}`));
}

function query() {
    const data = new FormData(filter);
    const params = new URLSearchParams({ limit: '50' });
    if (data.get('key')) {
        params.set('key_id', data.get('key'));
    }
    if (data.get('status')) {
        params.set('status', data.get('status'));
    }
    if (data.get('from')) {
        params.set('from', instant(data.get('from')));
    }
    if (data.get('to')) {
        params.set('to', instant(data.get('to')));
    }
    return params;
}

async function load(older) {
    remember();
    const params = query();
    if (older && cursor) {
        params.set('cursor', cursor);
    }
    error.textContent = '';
    let page;
    try {
        page = await call('GET', inWorkspace(`/api/v1/request-logs?${params}`));
    } catch (failure) {
        error.textContent = `The logs could not be loaded: ${failure.message}`;
        if (!older) {
            body.replaceChildren();
        }
        return;
    }
    const rows = page.data.map(row);
    if (older) {
        body.append(...rows);
    } else {
        body.replaceChildren(...rows);
    }
    cursor = page.next_cursor;
    more.hidden = !cursor;
    document.getElementById('no-logs').hidden = body.children.length > 0;
}

function row(entry) {
    return el('tr', { 'data-request-id': entry.id, 'data-status': String(entry.status) },
        el('td', {}, formatTime(entry.time)),
        el('td', {}, el('code', {}, `${entry.method} ${entry.path}`)),
        el('td', {}, status(entry)),
        el('td', {}, keyName(entry.key_id)),
        el('td', {}, `${entry.duration_ms} ms`),
        el('td', {}, el('button', { type: 'button', class: 'link-button', 'aria-label': `Details of request ${entry.id}`,
            onclick: () => show(entry) }, 'Details')));
}

function status(entry) {
    const kind = entry.status >= 500 ? 'revoked' : entry.status >= 400 ? 'warn' : 'active';
    return el('span', {}, el('span', { class: `badge ${kind}` }, String(entry.status)),
        entry.error_code ? el('div', { class: 'muted' }, el('code', {}, entry.error_code)) : null);
}

function keyName(keyId) {
    if (!keyId) {
        return el('span', { class: 'muted' }, 'Dashboard');
    }
    return keyNames.has(keyId) ? `“${keyNames.get(keyId)}”` : el('code', {}, keyId);
}

async function showRequested() {
    const id = filter.elements.request.value.trim();
    remember();
    if (!id) {
        return;
    }
    try {
        show(await call('GET', inWorkspace(`/api/v1/request-logs/${encodeURIComponent(id)}`)));
    } catch (failure) {
        error.textContent = failure instanceof ApiError && failure.status === 404
            ? `No request ${id} in your account's logs (requests show within seconds, and are kept for 30 days).`
            : `The request could not be loaded: ${failure.message}`;
    }
}

function show(entry) {
    const fact = (name, value) => [el('dt', {}, name), el('dd', {}, value ?? '—')];
    document.getElementById('log-entry-facts').replaceChildren(
        ...fact('Request ID', el('code', {}, entry.id)),
        ...fact('When', formatTime(entry.time)),
        ...fact('Request', el('code', {}, `${entry.method} ${entry.path}`)),
        ...fact('Status', status(entry)),
        ...fact('Key', entry.key_id ? el('span', {}, keyName(entry.key_id), ' ', el('code', { class: 'muted' }, entry.key_id))
            : keyName(null)),
        ...fact('Duration', `${entry.duration_ms} ms`),
        ...fact('From', entry.client_address),
        ...fact('User agent', entry.user_agent));
    document.getElementById('log-entry-title').textContent = `Request ${entry.id}`;
    entryCard.hidden = false;
    filter.elements.request.value = entry.id;
    remember();
    document.getElementById('log-entry-title').focus();
}
