// The organization switcher beside the account, on every signed-in page: "Personal" (the account's own keys and
// models) or one of the person's organizations, each with their role there; choosing one opens it. Its last choice
// makes a new organization, named in a small dialog, and opens it.
import { call, el } from './api.js';
import { onSubmit } from './forms.js';
import { currentProject } from './workspace.js';

const NEW = 'new';

export function drawSwitcher() {
    if (document.getElementById('switcher')) {
        return;
    }
    const select = el('select', { id: 'workspace', 'aria-label': 'Workspace: your own account or an organization' },
        el('option', { value: '' }, 'Personal'));
    document.getElementById('who').before(el('span', { class: 'switcher', id: 'switcher' }, select));
    fill(select);
}

async function fill(select) {
    let organizations = [];
    try {
        organizations = (await call('GET', '/api/v1/organizations')).data;
    } catch {
        // The switcher is a convenience: without its list the page still works, and Personal stays the choice.
    }
    select.append(...organizations.map(organization =>
        el('option', { value: organization.id }, `${organization.name} (${organization.role})`)),
    el('option', { value: NEW }, 'New organization…'));
    select.value = await shownOrganization() ?? '';
    select.dataset.ready = 'true';
    select.addEventListener('change', () => {
        if (select.value === NEW) {
            askForName(select);
        } else {
            location.assign(select.value ? `/organization?id=${encodeURIComponent(select.value)}` : '/');
        }
    });
}

/** The organization the page is about: its own page, or a project's; null for the account's own pages. */
async function shownOrganization() {
    if (location.pathname === '/organization') {
        return new URLSearchParams(location.search).get('id');
    }
    const project = await currentProject().catch(() => null);
    return project?.organization.id ?? null;
}

function askForName(select) {
    const form = el('form', { novalidate: true, id: 'new-organization' },
        el('h2', {}, 'New organization'),
        el('p', {}, 'An organization shares projects, their models and their API keys between colleagues. '
            + 'You will be its owner; invite the others from its page.'),
        el('label', { for: 'organization-name' }, 'Name'),
        el('input', { id: 'organization-name', name: 'name', type: 'text', maxlength: '100', required: true,
            'aria-describedby': 'organization-name-error' }),
        el('p', { class: 'field-error', id: 'organization-name-error', 'aria-live': 'polite' }),
        el('p', { class: 'form-error', role: 'alert', tabindex: '-1' }),
        el('div', { class: 'actions' },
            el('button', { type: 'submit', class: 'primary' }, 'Create organization'),
            el('button', { type: 'button', onclick: () => dialog.close() }, 'Cancel')));
    const dialog = el('dialog', { 'aria-labelledby': 'new-organization-title' }, form);
    form.querySelector('h2').id = 'new-organization-title';
    onSubmit(form, async data => {
        const created = await call('POST', '/api/v1/organizations', { name: data.get('name').trim() });
        location.assign(`/organization?id=${encodeURIComponent(created.id)}`);
    });
    dialog.addEventListener('close', () => {
        dialog.remove();
        shownOrganization().then(id => { select.value = id ?? ''; });
    });
    document.body.append(dialog);
    dialog.showModal();
}
