// Settings → API Keys: list, generate (the key is shown once and never kept), roll with a grace period, revoke with a
// confirmation; keys about to expire are announced above the list.
import { call, el, formatTime } from './api.js';
import { onSubmit } from './forms.js';
import { signedInPage } from './layout.js';

const SUGGESTED_DAYS = 90;
const form = document.getElementById('new-key-form');
const generate = document.getElementById('generate');
const newKey = document.getElementById('new-key');

const session = await signedInPage();
const catalogue = await call('GET', '/api/v1/scopes');
drawPermissionChoices(session.account.role === 'admin');
await showKeys();

generate.addEventListener('click', () => openForm());
document.getElementById('cancel-new-key').addEventListener('click', () => closeForm());
document.getElementById('copy-key').addEventListener('click', copyKey);
document.getElementById('new-key-done').addEventListener('click', forgetNewKey);

onSubmit(form, async data => {
    const created = await call('POST', '/api/v1/keys', keyRequest(data));
    closeForm();
    showNewKey(created.key, created.permissions);
    await showKeys();
});

function openForm() {
    forgetNewKey();
    form.reset();
    const suggested = new Date(Date.now() + SUGGESTED_DAYS * 86400000);
    document.getElementById('key-expires').value = suggested.toISOString().slice(0, 10);
    form.hidden = false;
    generate.setAttribute('aria-expanded', 'true');
    document.getElementById('key-name').focus();
}

function closeForm() {
    form.hidden = true;
    generate.setAttribute('aria-expanded', 'false');
    generate.focus();
}

function keyRequest(data) {
    const request = { name: data.get('name').trim() };
    if (data.get('grant') === 'level') {
        request.level = data.get('level');
    } else {
        request.permissions = [...form.querySelectorAll('#scope-choices input:checked')].map(box => box.value);
    }
    if (data.get('expires_at')) {
        request.expires_at = `${data.get('expires_at')}T23:59:59Z`;
    }
    if (data.get('rate_limit')) {
        request.rate_limit = Number(data.get('rate_limit'));
    }
    return request;
}

function drawPermissionChoices(isAdmin) {
    const levels = catalogue.levels.filter(level => isAdmin || level.name !== 'admin');
    document.getElementById('key-level').replaceChildren(...levels.map(level =>
        el('option', { value: level.name, selected: level.name === 'standard' }, `${level.name} — ${level.description}`)));
    const scopes = catalogue.scopes.filter(scope => isAdmin || !scope.admin_only);
    document.getElementById('scope-choices').replaceChildren(...scopes.map(scope =>
        el('label', {}, el('input', { type: 'checkbox', value: scope.name }), el('code', {}, scope.name), ` ${scope.description}`)));
    // The form creates exactly what it shows chosen: ticking a scope chooses "Individual scopes", picking a level
    // chooses "A permission level" (whose key ignores the boxes, so they are cleared).
    document.getElementById('scope-choices').addEventListener('change', () => choose('scopes'));
    document.getElementById('key-level').addEventListener('change', () => choose('level'));
    form.querySelector('input[name=grant][value=level]').addEventListener('change', () => choose('level'));
}

function choose(grant) {
    form.querySelector(`input[name=grant][value=${grant}]`).checked = true;
    if (grant === 'level') {
        form.querySelectorAll('#scope-choices input:checked').forEach(box => { box.checked = false; });
    }
}

// The key lives only in this input until the user says they copied it; nothing stores it.
function showNewKey(key, scopes) {
    document.getElementById('new-key-value').value = key;
    document.getElementById('new-key-scopes').replaceChildren(...scopes.map(scope => el('code', {}, `${scope} `)));
    document.getElementById('copy-status').textContent = '';
    newKey.hidden = false;
    newKey.focus();
}

function forgetNewKey() {
    document.getElementById('new-key-value').value = '';
    newKey.hidden = true;
}

async function copyKey() {
    const input = document.getElementById('new-key-value');
    const status = document.getElementById('copy-status');
    try {
        await navigator.clipboard.writeText(input.value);
        status.textContent = 'Copied to the clipboard.';
    } catch {
        input.select();
        status.textContent = 'Press Ctrl+C (⌘C) to copy the selected key.';
    }
}

async function showKeys() {
    const keys = (await call('GET', '/api/v1/keys')).data;
    const active = keys.filter(key => key.status === 'active');
    const inactive = keys.filter(key => key.status !== 'active');
    document.querySelector('#active-keys tbody').replaceChildren(...active.map(activeRow));
    document.querySelector('#inactive-keys tbody').replaceChildren(...inactive.map(inactiveRow));
    document.getElementById('no-active').hidden = active.length > 0;
    document.getElementById('no-inactive').hidden = inactive.length > 0;
    announceExpiring(active);
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

function activeRow(key) {
    return el('tr', { 'data-key-id': key.id },
        el('td', {}, key.name),
        el('td', {}, el('code', {}, `${key.prefix}…`)),
        el('td', {}, permissions(key)),
        el('td', {}, formatTime(key.created_at)),
        el('td', {}, formatTime(key.expires_at, 'Never'), expiry(key)),
        el('td', {}, formatTime(key.last_used_at, 'Never'), key.last_used_address ? el('div', { class: 'muted' }, key.last_used_address) : null),
        el('td', {}, key.rate_limit ? `${key.rate_limit}/h` : 'Plan default'),
        el('td', {}, anomaly(key)),
        el('td', { class: 'row-actions' },
            key.replaced_by ? null : el('button', { type: 'button', onclick: () => confirmRoll(key),
                'aria-label': `Roll ${key.name}` }, 'Roll'),
            el('button', { type: 'button', class: 'danger', onclick: () => confirmRevoke(key),
                'aria-label': `Revoke ${key.name}` }, 'Revoke')));
}

function expiry(key) {
    if (key.replaced_by) {
        return el('div', {}, el('span', { class: 'badge', title: `Replaced by ${key.replaced_by}` }, 'Replaced — grace period'));
    }
    return key.expires_soon ? el('div', {}, el('span', { class: 'badge warn' }, 'Expires soon')) : null;
}

function inactiveRow(key) {
    const why = key.revoked_reason === 'leaked' ? 'revoked: found in public' : key.status;
    return el('tr', { 'data-key-id': key.id },
        el('td', {}, key.name),
        el('td', {}, el('code', {}, `${key.prefix}…`)),
        el('td', {}, el('span', { class: `badge ${key.status}`, title: key.leak_url || '' }, why)),
        el('td', {}, formatTime(key.created_at)),
        el('td', {}, formatTime(key.status === 'revoked' ? key.revoked_at : key.expires_at)),
        el('td', {}, formatTime(key.last_used_at, 'Never')));
}

function permissions(key) {
    return key.level ? el('span', { class: 'badge', title: key.permissions.join(' ') }, key.level)
        : key.permissions.map(scope => el('code', {}, `${scope} `));
}

function anomaly(key) {
    if (!key.anomaly) {
        return el('span', { class: 'muted' }, 'Normal');
    }
    const what = key.anomaly.reason === 'auth_failures' ? 'Failed authentications' : 'Traffic spike';
    return el('span', { class: 'badge warn', title: `${key.anomaly.count} in the hour of ${formatTime(key.anomaly.hour)}` }, `⚠ ${what}`);
}

function confirmRoll(key) {
    const dialog = document.getElementById('roll-key');
    document.getElementById('roll-text').textContent =
        `“${key.name}” (${key.prefix}…) gets a successor now. Put the new key where your applications read it before the old one stops.`;
    dialog.returnValue = '';
    dialog.onclose = async () => {
        if (dialog.returnValue === 'roll') {
            const grace = dialog.querySelector('input[name=grace]:checked').value;
            const rolled = await call('POST', `/api/v1/keys/${encodeURIComponent(key.id)}/roll`, { grace_period: grace });
            showNewKey(rolled.key, rolled.permissions);
            await showKeys();
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
            generate.focus();
        }
    };
    dialog.showModal();
}
