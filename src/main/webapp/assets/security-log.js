// Settings → Security log: the account's audit events, newest first, filtered by type and dates, a page at a time.
import { call, el, formatTime } from './api.js';
import { signedInPage } from './layout.js';

const filter = document.getElementById('log-filter');
const body = document.querySelector('#security-log tbody');
const more = document.getElementById('more-events');
const labels = Object.fromEntries([...document.querySelectorAll('#log-type option')]
    .filter(option => option.value).map(option => [option.value, option.textContent]));
let cursor = null;

const session = await signedInPage();
// Events name keys by id; people know them by name. Keys of the account only (ended ones too); anything else stays an id.
const keyNames = await call('GET', '/api/v1/keys')
    .then(page => Object.fromEntries(page.data.map(key => [key.id, key.name])))
    .catch(() => ({}));
filter.addEventListener('change', () => load(false));
more.addEventListener('click', () => load(true));
await load(false);

function query() {
    const data = new FormData(filter);
    const params = new URLSearchParams({ limit: '50' });
    if (data.get('type')) {
        params.set('type', data.get('type'));
    }
    if (data.get('from')) {
        params.set('from', `${data.get('from')}T00:00:00Z`);
    }
    if (data.get('to')) {
        params.set('to', `${data.get('to')}T23:59:59Z`);
    }
    return params;
}

async function load(older) {
    const params = query();
    if (older && cursor) {
        params.set('cursor', cursor);
    }
    const error = filter.querySelector('.form-error');
    error.textContent = '';
    let page;
    try {
        page = await call('GET', `/api/v1/audit-events?${params}`);
    } catch (failure) {
        error.textContent = `The security log could not be loaded: ${failure.message}`;
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
    document.getElementById('no-events').hidden = body.children.length > 0;
}

function row(event) {
    return el('tr', { 'data-event-type': event.type },
        el('td', {}, formatTime(event.occurred_at)),
        el('td', {}, labels[event.type] || event.type, el('div', {}, el('code', { class: 'muted' }, event.type))),
        el('td', {}, actor(event.actor)),
        el('td', {}, target(event.target)),
        el('td', {}, event.client_address || '—', event.user_agent ? el('div', { class: 'muted', title: event.user_agent }, shorten(event.user_agent)) : null),
        el('td', {}, details(event.details)));
}

function actor(who) {
    if (who.type !== 'account') {
        return el('span', { class: 'muted' }, who.type === 'system' ? 'genx3D' : 'Someone not signed in');
    }
    const via = who.key_id ? `with key ${keyNames[who.key_id] ? `“${keyNames[who.key_id]}”` : who.key_id}`
        : who.session_id ? 'in the dashboard' : '';
    const name = who.account_id === session.account.id ? 'You' : who.account_id;
    return el('span', {}, name, via ? el('div', { class: 'muted' }, via) : null);
}

function target(id) {
    if (!id) {
        return '—';
    }
    return keyNames[id] ? el('span', {}, `“${keyNames[id]}”`, el('div', {}, el('code', { class: 'muted' }, id))) : el('code', {}, id);
}

function details(values) {
    const entries = Object.entries(values || {});
    return entries.length === 0 ? '—' : entries.map(([name, value]) =>
        el('div', {}, el('span', { class: 'muted' }, `${name.replaceAll('_', ' ')}: `), Array.isArray(value) ? value.join(', ') : String(value)));
}

function shorten(text) {
    return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
