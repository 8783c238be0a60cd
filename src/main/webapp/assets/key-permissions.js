// A key's permissions as people think of them: per resource, no access, read, or write. The scope catalogue
// (GET /api/v1/scopes) names scopes "resource:access"; a resource's "read" scope is its read access, and its other
// scopes (models:write, keys:write, chat:send) are its write access. Write includes read, as on GitHub and Stripe:
// a key that may change models may also see them. A resource with no read scope (chat, which only has chat:send)
// offers no Read choice, and one with no other scope (usage) offers no Write choice: the picker shows only the
// choices that exist, so whatever it shows chosen is exactly what the key gets.
import { el } from './api.js';

const RESOURCES = {
    models: { label: 'Models', read: 'view and export models', write: 'also create, change and delete them' },
    chat: { label: 'Chat', write: 'send chat messages that build and edit models' },
    keys: { label: 'API keys', read: 'list and view this account’s keys',
        write: 'also create, rename, limit, roll and revoke them — never with more than this key has' },
    usage: { label: 'Usage', read: 'read this account’s API usage' },
    users: { label: 'Users', read: 'list and view every account',
        write: 'also change any account’s role, status and plan, and revoke its keys' }
};

export const LEVEL_NAMES = { read_only: 'Read-only', standard: 'Standard', admin: 'Admin' };

/** The catalogue's scopes grouped by resource, in catalogue order; admin-only resources only for admins. */
export function resourcesOf(catalogue, isAdmin) {
    const resources = new Map();
    for (const scope of catalogue.scopes.filter(each => isAdmin || !each.admin_only)) {
        const [name, access] = scope.name.split(':');
        if (!resources.has(name)) {
            const words = RESOURCES[name] || { label: name };
            resources.set(name, { name, label: words.label, readScope: null, writeScopes: [],
                says: { read: words.read, write: words.write } });
        }
        const resource = resources.get(name);
        if (access === 'read') {
            resource.readScope = scope.name;
            resource.says.read ||= scope.description;
        } else {
            resource.writeScopes.push(scope.name);
            resource.says.write ||= scope.description;
        }
    }
    return [...resources.values()];
}

/** The choices a resource offers: none, then read if it has a read scope, then write if it has another scope. */
export function choicesOf(resource) {
    return ['none', ...(resource.readScope ? ['read'] : []), ...(resource.writeScopes.length ? ['write'] : [])];
}

/** The scopes one choice gives: write includes read. */
export function scopesFor(resource, access) {
    if (access === 'read') {
        return [resource.readScope];
    }
    if (access === 'write') {
        return [...(resource.readScope ? [resource.readScope] : []), ...resource.writeScopes];
    }
    return [];
}

/**
 * The access a set of scopes gives on a resource: none, read, write, or "write-only" for a key made through the API
 * with a write scope but not the read one (the dashboard cannot make such a key, but shows it as it is).
 */
export function accessOf(resource, permissions) {
    const reads = resource.readScope && permissions.includes(resource.readScope);
    const writes = resource.writeScopes.length > 0 && resource.writeScopes.every(scope => permissions.includes(scope));
    if (writes) {
        return reads || !resource.readScope ? 'write' : 'write-only';
    }
    return reads ? 'read' : 'none';
}

const ACCESS_WORDS = { none: 'None', read: 'Read', write: 'Write', 'write-only': 'Write only (cannot read)' };

/**
 * A key's permissions resource by resource, in the picker's words (a list rather than a table: it sits inside the
 * keys table, which turns into cards on a phone); the scopes themselves follow, for whoever configures a client.
 */
export function permissionSummary(resources, permissions, label) {
    return el('div', { class: 'permission-summary' },
        el('ul', { class: 'access-summary', 'aria-label': label }, ...resources.map(resource => {
            const access = accessOf(resource, permissions);
            const allows = access === 'none' ? null
                : access === 'read' ? resource.says.read
                    : [resource.says.read, resource.says.write].filter(Boolean).join('; ');
            return el('li', { 'data-resource': resource.name, 'data-access': access },
                el('strong', {}, resource.label), `: ${ACCESS_WORDS[access]}`,
                allows ? el('span', { class: 'muted' }, ` — ${allows}`) : null);
        })),
        el('p', { class: 'hint' }, 'Scopes: ', permissions.length
            ? permissions.map(scope => el('code', { class: 'chip' }, scope)) : 'none'));
}

/**
 * Draws the resource × access table of radio buttons into {@code tbody} and wires the level presets: picking a level
 * fills the table with its scopes, and changing the table picks the level it now equals, or "Custom". Returns
 * {@code chosen()}, the scopes the table shows chosen (in catalogue order), and {@code fill(level)}.
 */
export function drawPicker(form, tbody, resources, levels) {
    tbody.replaceChildren(...resources.map(resource => el('tr', { 'data-resource': resource.name },
        el('th', { scope: 'row' }, resource.label),
        ...['none', 'read', 'write'].map(access => choiceCell(resource, access)))));
    const chosen = () => resources.flatMap(resource => {
        const picked = form.querySelector(`input[name="access-${resource.name}"]:checked`);
        return scopesFor(resource, picked ? picked.value : 'none');
    });
    const fill = levelName => {
        const level = levels.find(each => each.name === levelName);
        if (!level) {
            return; // "Custom" keeps the table as it is
        }
        for (const resource of resources) {
            const access = accessOf(resource, level.permissions);
            const input = form.querySelector(`input[name="access-${resource.name}"][value="${access}"]`)
                || form.querySelector(`input[name="access-${resource.name}"][value="none"]`);
            input.checked = true;
        }
    };
    form.querySelectorAll('input[name=preset]').forEach(preset => preset.addEventListener('change', () => fill(preset.value)));
    tbody.addEventListener('change', () => {
        const scopes = chosen().sort().join(' ');
        const level = levels.find(each => [...each.permissions].sort().join(' ') === scopes);
        form.querySelector(`input[name=preset][value="${level ? level.name : 'custom'}"]`).checked = true;
    });
    return { chosen, fill };
}

function choiceCell(resource, access) {
    if (!choicesOf(resource).includes(access)) {
        return el('td', { class: 'muted no-choice' }, '—',
            el('span', { class: 'visually-hidden' }, `${resource.label} has no ${access} access`));
    }
    const hint = access === 'none' ? 'no access' : resource.says[access];
    return el('td', {}, el('label', { class: 'access-choice', title: hint || '' },
        el('input', { type: 'radio', name: `access-${resource.name}`, value: access }),
        el('span', { class: 'visually-hidden' }, `${resource.label}: `),
        el('span', {}, ACCESS_WORDS[access]),
        hint && access !== 'none' ? el('span', { class: 'visually-hidden' }, ` (${hint})`) : null));
}
