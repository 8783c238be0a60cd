// Users (admin accounts only): find accounts, change role, status and plan ceiling, revoke their keys.
// The API decides what is allowed (users:read / users:write, the last-admin rule); this page shows its answers.
import { ApiError, call, el, formatTime } from './api.js';
import { confirmAction, toast } from './feedback.js';
import { signedInPage } from './layout.js';

const errorBox = document.getElementById('admin-error');
let cursor = null;

const session = await signedInPage();
if (session.account.role !== 'admin') {
    document.getElementById('not-admin').textContent = 'User management needs an admin account.';
    document.getElementById('find').hidden = true;
    document.getElementById('users-list').hidden = true;
} else {
    document.getElementById('find').addEventListener('submit', event => {
        event.preventDefault();
        find(false);
    });
    document.getElementById('more').addEventListener('click', () => find(true));
    await find(false);
}

async function find(more) {
    if (more && !cursor) {
        return; // no next page: never append the first page again
    }
    await guarded(async () => {
        const query = new URLSearchParams({ limit: '50' });
        const email = document.getElementById('find-email').value.trim();
        if (email) {
            query.set('email', email);
        }
        if (more && cursor) {
            query.set('cursor', cursor);
        }
        const page = await call('GET', `/api/v1/users?${query}`);
        const rows = page.data.map(userRow);
        const body = document.querySelector('#users tbody');
        if (more) {
            body.append(...rows);
        } else {
            body.replaceChildren(...(rows.length ? rows : [el('tr', { class: 'empty-row' },
                el('td', { colspan: '6' }, email ? `No users found for “${email}”.` : 'No users yet.'))]));
        }
        cursor = page.next_cursor;
        document.getElementById('more').hidden = !cursor;
    });
}

function userRow(user) {
    const role = el('select', { 'aria-label': `Role of ${user.email}` },
        ['user', 'admin'].map(value => el('option', { value, selected: user.role === value }, value)));
    const ceiling = el('input', { type: 'number', min: '1', value: user.max_rate_limit ?? '',
        placeholder: 'default', 'aria-label': `Plan ceiling of ${user.email}` });
    const suspended = user.status === 'suspended';
    return el('tr', { 'data-user-id': user.id },
        el('td', { 'data-label': 'User' }, el('div', {}, el('div', {}, user.name), el('div', { class: 'muted' }, user.email))),
        el('td', { 'data-label': 'Role' }, role),
        el('td', { 'data-label': 'Status' }, el('span', { class: `badge ${user.status}` }, user.status)),
        el('td', { 'data-label': 'Ceiling' }, ceiling),
        el('td', { 'data-label': 'Joined' }, formatTime(user.created_at)),
        el('td', {}, el('div', { class: 'actions' },
            el('button', { type: 'button', onclick: () => save(user, role.value, ceiling.value) }, 'Save'),
            // Nobody suspends themselves (the server refuses it): on one's own row the button is not offered at all.
            user.id === session.account.id ? el('span', { class: 'muted' }, 'This is you')
                : el('button', { type: 'button', class: suspended ? null : 'danger',
                    onclick: () => suspended ? change(user, { status: 'active' }, 'User reactivated') : suspend(user) },
                    suspended ? 'Reactivate' : 'Suspend'),
            el('button', { type: 'button', onclick: () => showKeys(user) }, 'Keys'))));
}

function save(user, role, ceiling) {
    const changes = {};
    if (role !== user.role) {
        changes.role = role;
    }
    const wanted = ceiling === '' ? null : Number(ceiling);
    if (wanted !== (user.max_rate_limit ?? null)) {
        changes.max_rate_limit = wanted;
    }
    return change(user, changes, 'Changes saved');
}

async function suspend(user) {
    const sure = await confirmAction({
        title: 'Suspend this user?',
        text: `${user.email} is logged out everywhere and every one of their keys is refused until you reactivate them.`,
        confirmLabel: 'Suspend user'
    });
    if (sure) {
        await change(user, { status: 'suspended' }, 'User suspended');
    }
}

async function change(user, changes, done) {
    if (Object.keys(changes).length === 0) {
        toast('Nothing to save');
        return;
    }
    await guarded(async () => {
        const updated = await call('PATCH', `/api/v1/users/${encodeURIComponent(user.id)}`, changes);
        document.querySelector(`#users tr[data-user-id="${CSS.escape(user.id)}"]`).replaceWith(userRow(updated));
        toast(done);
    });
}

async function showKeys(user) {
    await guarded(async () => {
        const keys = (await call('GET', `/api/v1/users/${encodeURIComponent(user.id)}/keys`)).data;
        const section = document.getElementById('user-keys');
        document.getElementById('user-keys-title').textContent = `Keys of ${user.email}`;
        section.querySelector('tbody').replaceChildren(...keys.map(key => el('tr', {},
            el('td', {}, key.name), el('td', {}, el('code', {}, `${key.prefix}…`)),
            el('td', {}, el('span', { class: `badge ${key.status}` }, key.status)),
            el('td', {}, formatTime(key.last_used_at, 'Never')),
            el('td', {}, key.status === 'revoked' ? '' : el('button', { type: 'button', class: 'danger',
                onclick: () => revoke(user, key) }, 'Revoke')))));
        section.hidden = false;
        section.focus();
    });
}

async function revoke(user, key) {
    const sure = await confirmAction({
        title: 'Revoke this key?',
        text: `“${key.name}” (${key.prefix}…) of ${user.email} stops working immediately. This cannot be undone.`,
        confirmLabel: 'Revoke key'
    });
    if (!sure) {
        return;
    }
    await guarded(async () => {
        await call('DELETE', `/api/v1/users/${encodeURIComponent(user.id)}/keys/${encodeURIComponent(key.id)}`);
        await showKeys(user);
        toast('Key revoked');
    });
}

// The API's refusals (the last active admin, a bad ceiling) are shown as it words them.
async function guarded(action) {
    errorBox.textContent = '';
    try {
        await action();
    } catch (failure) {
        if (!(failure instanceof ApiError)) {
            throw failure;
        }
        errorBox.textContent = failure.message;
        errorBox.focus();
    }
}
