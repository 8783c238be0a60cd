// An organization's page (/organization?id=…): its name, members, invitations, projects and audit log. Every member
// sees the members and projects; owners and admins also rename it, change roles, remove members, invite, manage
// projects and read the audit log. Only the actions the person's role allows are drawn: the API refuses the rest
// anyway, and a button that can only fail is worse than none.
import { call, el, formatTime } from './api.js';
import { confirmAction, toast } from './feedback.js';
import { fieldError, humane, onSubmit } from './forms.js';
import { signedInPage } from './layout.js';
import { atLeast } from './workspace.js';

const id = new URLSearchParams(location.search).get('id') || '';
const base = `/api/v1/organizations/${encodeURIComponent(id)}`;
const ROLES = ['owner', 'admin', 'member', 'viewer'];
const EVENTS = {
    'organization.created': 'Organization created', 'organization.renamed': 'Organization renamed',
    'member.invited': 'Invited', 'member.joined': 'Joined', 'member.role_changed': 'Role changed',
    'member.removed': 'Removed or left', 'project.created': 'Project created', 'project.changed': 'Project changed',
    'project.deleted': 'Project deleted', 'key.created': 'Key created', 'key.revoked': 'Key revoked'
};

const session = await signedInPage();
let organization;
try {
    organization = await call('GET', base);
} catch (failure) {
    notFound(failure);
}
if (organization) {
    const manages = atLeast(organization.role, 'admin');
    let names = new Map();
    drawHeading();
    document.getElementById('rename-organization').hidden = !manages;
    document.getElementById('invitations-section').hidden = !manages;
    document.getElementById('new-project').hidden = !manages;
    document.getElementById('audit-section').hidden = !manages;
    document.getElementById('audit-link').hidden = !manages;
    document.getElementById('leave').addEventListener('click', () => leave());
    wireForms(manages);
    await showMembers(manages);
    await showProjects(manages);
    if (manages) {
        await showInvitations();
        await showAudit();
    }

    function drawHeading() {
        document.getElementById('organization-name').textContent = organization.name;
        document.getElementById('rename-name').value = organization.name;
        document.getElementById('organization-role').textContent =
            `You are ${organization.role === 'admin' || organization.role === 'owner' ? 'an' : 'a'} ${organization.role} here. `
            + `Created ${formatTime(organization.created_at)}.`;
        document.title = `${organization.name} · genx3D`;
    }

    function wireForms(manages) {
        if (!manages) {
            return;
        }
        onSubmit(document.getElementById('rename-organization'), async data => {
            organization = await call('PATCH', base, { name: data.get('name').trim() });
            drawHeading();
            toast('Organization renamed');
        });
        const invite = document.getElementById('invite');
        // Only owners make owners: an admin is not offered the choice the API would refuse.
        invite.querySelector('option[value=owner]').hidden = organization.role !== 'owner';
        onSubmit(invite, async data => {
            const sent = await call('POST', `${base}/invitations`, { email: data.get('email').trim(), role: data.get('role') });
            invite.reset();
            toast(`Invitation sent to ${sent.email}`);
            await showInvitations();
        });
        const newProject = document.getElementById('new-project');
        onSubmit(newProject, async data => {
            const request = { name: data.get('name').trim() };
            if (data.get('rate_limit')) {
                request.rate_limit = Number(data.get('rate_limit'));
            }
            if (document.getElementById('project-rate-limit').validity.badInput) {
                fieldError(newProject, 'rate_limit', 'Rate limit must be a whole number of requests per hour.');
                return;
            }
            const created = await call('POST', `${base}/projects`, request);
            newProject.reset();
            toast(`Project “${created.name}” created`);
            await showProjects(true);
        });
    }

    async function showMembers(manages) {
        const members = (await call('GET', `${base}/members`)).data;
        names = new Map(members.map(member => [member.account_id, member.name]));
        const owners = members.filter(member => member.role === 'owner').length;
        document.querySelector('#members tbody').replaceChildren(...members.map(member => {
            const me = member.account_id === session.account.id;
            // An admin changes no owner and makes none; the last owner is kept by the API (409 last_owner).
            const canChange = manages && !me && (organization.role === 'owner' || member.role !== 'owner');
            return el('tr', { 'data-account-id': member.account_id },
                cell('Name', member.name, me ? el('span', { class: 'muted' }, ' (you)') : null),
                cell('Email', member.email),
                cell('Role', canChange ? roleSelect(member) : el('span', { class: 'badge' }, member.role)),
                cell('Joined', formatTime(member.joined_at)),
                el('td', { class: 'row-actions' }, canChange
                    ? el('button', { type: 'button', class: 'danger', onclick: () => remove(member),
                        'aria-label': `Remove ${member.name}` }, 'Remove') : null));
        }));
        const leave = document.getElementById('leave');
        leave.hidden = organization.role === 'owner' && owners === 1;
    }

    function roleSelect(member) {
        const select = el('select', { 'aria-label': `Role of ${member.name}`, 'data-role-of': member.account_id },
            ROLES.filter(role => organization.role === 'owner' || role !== 'owner')
                .map(role => el('option', { value: role, selected: role === member.role }, role)));
        select.addEventListener('change', async () => {
            try {
                await call('PATCH', `${base}/members/${encodeURIComponent(member.account_id)}`, { role: select.value });
                toast(`${member.name} is now ${select.value === 'admin' || select.value === 'owner' ? 'an' : 'a'} ${select.value}`);
            } catch (failure) {
                toast(humane(failure), 'error');
            }
            await showMembers(true);
        });
        return select;
    }

    async function remove(member) {
        const sure = await confirmAction({ title: `Remove ${member.name}?`,
            text: `${member.name} (${member.email}) loses access to this organization and its projects at once. `
                + 'The project keys they made keep working and still name them; revoke those separately if needed.',
            confirmLabel: 'Remove member' });
        if (!sure) {
            return;
        }
        try {
            await call('DELETE', `${base}/members/${encodeURIComponent(member.account_id)}`);
            toast(`${member.name} removed`);
        } catch (failure) {
            toast(humane(failure), 'error');
        }
        await showMembers(true);
        await showAudit();
    }

    async function leave() {
        const sure = await confirmAction({ title: `Leave ${organization.name}?`,
            text: 'You lose access to its projects, models and keys at once. To come back, someone must invite you again.',
            confirmLabel: 'Leave organization' });
        if (!sure) {
            return;
        }
        try {
            await call('DELETE', `${base}/members/${encodeURIComponent(session.account.id)}`);
            location.assign('/');
        } catch (failure) {
            toast(humane(failure), 'error');
        }
    }

    async function showInvitations() {
        const pending = (await call('GET', `${base}/invitations`)).data.filter(invitation => invitation.status === 'pending');
        document.querySelector('#invitations tbody').replaceChildren(...(pending.length === 0
            ? [el('tr', { class: 'empty-row' }, el('td', { colspan: '5' }, 'No pending invitations.'))]
            : pending.map(invitation => el('tr', { 'data-invitation-id': invitation.id },
                cell('Email', invitation.email),
                cell('Role', el('span', { class: 'badge' }, invitation.role)),
                cell('Sent', formatTime(invitation.created_at)),
                cell('Expires', formatTime(invitation.expires_at)),
                el('td', { class: 'row-actions' }, el('button', { type: 'button', class: 'danger',
                    'aria-label': `Withdraw the invitation of ${invitation.email}`,
                    onclick: () => withdraw(invitation) }, 'Withdraw'))))));
    }

    async function withdraw(invitation) {
        try {
            await call('DELETE', `${base}/invitations/${encodeURIComponent(invitation.id)}`);
            toast(`Invitation of ${invitation.email} withdrawn: its link no longer works`);
        } catch (failure) {
            toast(humane(failure), 'error');
        }
        await showInvitations();
    }

    async function showProjects(manages) {
        const projects = (await call('GET', `${base}/projects`)).data;
        const body = document.querySelector('#projects tbody');
        if (projects.length === 0) {
            body.replaceChildren(el('tr', { class: 'empty-row' }, el('td', { colspan: '4' }, manages
                ? 'No projects yet: create the first above.' : 'No projects yet. An owner or admin creates them.')));
            return;
        }
        body.replaceChildren(...projects.flatMap(project => projectRows(project, manages)));
    }

    function projectRows(project, manages) {
        const query = `?project_id=${encodeURIComponent(project.id)}`;
        const limit = `${project.effective_rate_limit.toLocaleString('en-US')} / hour`;
        const row = el('tr', { 'data-project-id': project.id },
            cell('Project', el('a', { href: `/project${query}`, class: 'key-name' }, project.name),
                el('ul', { class: 'link-list' },
                    el('li', {}, el('a', { href: `/models${query}` }, 'Models')),
                    el('li', {}, el('a', { href: `/settings/usage${query}` }, 'Usage')),
                    el('li', {}, el('a', { href: `/settings/logs${query}` }, 'Logs')))),
            cell('Rate limit', limit, project.rate_limit == null ? el('div', { class: 'muted' }, 'plan default') : null),
            cell('Created', formatTime(project.created_at)),
            el('td', { class: 'row-actions' }, manages ? [
                el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': `edit-${project.id}`,
                    'aria-label': `Change ${project.name}`, onclick: event => toggle(event.target, project.id) }, 'Change'),
                el('button', { type: 'button', class: 'danger', 'aria-label': `Delete ${project.name}`,
                    onclick: () => deleteProject(project) }, 'Delete')] : null));
        if (!manages) {
            return [row];
        }
        return [row, el('tr', { class: 'key-details', id: `edit-${project.id}`, hidden: true },
            el('td', { colspan: '4' }, projectForm(project)))];
    }

    function toggle(button, projectId) {
        const details = document.getElementById(`edit-${projectId}`);
        details.hidden = !details.hidden;
        button.setAttribute('aria-expanded', String(!details.hidden));
    }

    // The name and the shared rate limit; an emptied limit goes back to the plan's default (rate_limit: null).
    function projectForm(project) {
        const key = suffix => `${suffix}-${project.id}`;
        const form = el('form', { class: 'inline-form', novalidate: true },
            el('label', { for: key('name') }, 'Name'),
            el('input', { type: 'text', id: key('name'), name: 'name', value: project.name, maxlength: '100', required: true,
                'aria-describedby': `${key('name')}-error` }),
            el('p', { class: 'field-error', id: `${key('name')}-error`, 'aria-live': 'polite' }),
            el('label', { for: key('limit') }, 'Rate limit (requests per hour)'),
            el('input', { type: 'number', min: '1', inputmode: 'numeric', id: key('limit'), name: 'rate_limit',
                value: project.rate_limit ?? '', 'aria-describedby': `${key('limit')}-hint ${key('limit')}-error` }),
            el('p', { class: 'hint', id: `${key('limit')}-hint` }, 'Empty: the default plan.'),
            el('p', { class: 'field-error', id: `${key('limit')}-error`, 'aria-live': 'polite' }),
            el('p', { class: 'form-error', role: 'alert', tabindex: '-1' }),
            el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Save')));
        onSubmit(form, async data => {
            const limit = data.get('rate_limit').trim();
            await call('PATCH', `/api/v1/projects/${encodeURIComponent(project.id)}`,
                { name: data.get('name').trim(), rate_limit: limit === '' ? null : Number(limit) });
            toast('Project saved');
            await showProjects(true);
        });
        return form;
    }

    async function deleteProject(project) {
        const sure = await confirmAction({ title: `Delete ${project.name}?`,
            text: `Every API key of “${project.name}” is revoked at once, on every server: programs using them stop working. `
                + 'Its models go with it. This cannot be undone.',
            confirmLabel: 'Delete project and revoke its keys' });
        if (!sure) {
            return;
        }
        try {
            await call('DELETE', `/api/v1/projects/${encodeURIComponent(project.id)}`);
            toast(`Project “${project.name}” deleted; its keys are revoked`);
        } catch (failure) {
            toast(humane(failure), 'error');
        }
        await showProjects(true);
    }

    async function showAudit(cursor) {
        const query = new URLSearchParams({ limit: '50' });
        if (cursor) {
            query.set('cursor', cursor);
        }
        const page = await call('GET', `${base}/audit-events?${query}`);
        const rows = page.data.map(event => el('tr', {},
            cell('When', formatTime(event.occurred_at)),
            cell('What', EVENTS[event.type] || event.type),
            cell('Who', who(event.actor)),
            cell('Details', details(event))));
        const body = document.querySelector('#organization-audit tbody');
        if (cursor) {
            body.append(...rows);
        } else {
            body.replaceChildren(...(rows.length ? rows : [el('tr', { class: 'empty-row' }, el('td', { colspan: '4' }, 'No events yet.'))]));
        }
        const more = document.getElementById('more-audit');
        more.hidden = !page.next_cursor;
        more.onclick = () => showAudit(page.next_cursor);
    }

    function who(actor) {
        if (actor.type !== 'account') {
            return el('span', { class: 'muted' }, actor.type === 'system' ? 'genx3D' : 'Someone not signed in');
        }
        return actor.account_id === session.account.id ? 'You' : names.get(actor.account_id) || actor.account_id;
    }

    function details(event) {
        const shown = Object.entries(event.details || {}).map(([name, value]) => `${name}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
        return el('span', { class: 'muted' }, [event.target, ...shown].filter(Boolean).join(' · '));
    }
}

function cell(label, ...content) {
    return el('td', { 'data-label': label }, el('div', { class: 'cell-value' }, ...content));
}

function notFound(failure) {
    document.getElementById('main').replaceChildren(el('div', { class: 'card' },
        el('h1', {}, 'Organization not found'),
        el('p', {}, failure.status === 404
            ? 'This organization does not exist, or you are not one of its members.'
            : `The organization could not be loaded (${humane(failure)})`),
        el('p', {}, el('a', { href: '/' }, 'Go to your dashboard'))));
}
