// Every signed-in page: load the session (or go to the login page saying why), draw the navigation.
import { currentSession, el, logOut, whenSessionLost } from './api.js';
import { copy } from './feedback.js';
import { drawVerifyBanner } from './verify-banner.js';
import { drawSwitcher } from './switcher.js';
import { currentProject, projectId } from './workspace.js';

const LINKS = [
    ['/', 'Dashboard'],
    ['/models', 'Models'],
    ['/settings', 'Settings'],
    ['/docs/', 'API docs'],
    ['/docs/quickstart', 'Quick start']
];

// The Settings area's own navigation, above each of its pages (the guide's "Settings → API Keys").
const SETTINGS = [
    ['/settings/api-keys', 'API Keys'],
    ['/settings/usage', 'Usage'],
    ['/settings/logs', 'Logs'],
    ['/settings/security-log', 'Security log'],
    ['/settings/account', 'Account']
];

// A project's pages: its keys, and the account's Models, Usage and Logs pages with the project's id in the address.
const PROJECT = [
    ['/project', 'API Keys'],
    ['/models', 'Models'],
    ['/settings/usage', 'Usage'],
    ['/settings/logs', 'Logs']
];

/** The link for the page on view: the exact page, or the area ("Settings") a page belongs to. */
function current(href) {
    return location.pathname === href || (href !== '/' && location.pathname.startsWith(`${href}/`)) ? 'page' : null;
}

export function goToLogin(reason) {
    const next = encodeURIComponent(location.pathname + location.search);
    const why = reason ? `&reason=${encodeURIComponent(reason)}` : '';
    location.assign(`/login?next=${next}${why}`);
}

/** Resolves with the session, or never (the browser is on its way to /login). */
export async function signedInPage() {
    whenSessionLost(reason => goToLogin(reason || 'session_invalid'));
    // Drawn before the session is asked for (it depends on the address alone), so it is in place when the page has
    // loaded: drawn afterwards it pushed the page down under a click already aimed (a lost click on Generate).
    if (projectId) {
        drawProjectNavigation();
    } else if (location.pathname.startsWith('/settings/')) {
        drawSettingsNavigation();
    }
    let session;
    try {
        session = await currentSession();
    } catch (failure) {
        goToLogin(failure.details?.reason === 'missing_key' ? null : failure.details?.reason);
        return new Promise(() => {});
    }
    drawNavigation(session.account);
    drawVerifyBanner(session.account);
    if (projectId && !await nameProject()) {
        return new Promise(() => {});
    }
    return session;
}

function drawNavigation(account) {
    // An admin's Users sits with the account's own pages, before the docs.
    const links = account.role === 'admin' ? [...LINKS.slice(0, 3), ['/admin/users', 'Users'], ...LINKS.slice(3)] : LINKS;
    const items = links.map(([href, text]) => el('li', {}, el('a', { href, 'aria-current': current(href) }, text)));
    const logout = el('button', { type: 'button', id: 'logout', onclick: async () => {
        await logOut().catch(() => {});
        location.assign('/login?reason=logged_out');
    } }, 'Log out');
    document.getElementById('nav').replaceChildren(el('ul', {}, items, el('li', {}, logout)));
    document.getElementById('who').textContent = `${account.name} · ${account.email}`;
    drawSwitcher();
    addCopyButtons();
}

/**
 * Every code block on the page gets a Copy button that copies exactly the code shown (as it is then, so an example
 * redrawn with another address or key name is copied as shown); the button says "Copied" for a moment.
 */
function addCopyButtons() {
    for (const block of document.querySelectorAll('.code-block')) {
        const code = block.querySelector('code');
        const label = block.dataset.copyLabel || 'Copy the example';
        const button = el('button', { type: 'button', class: 'copy-code', 'aria-label': label, onclick: async () => {
            if (await copy(code.textContent, 'Copied')) {
                button.textContent = 'Copied';
                button.dataset.copied = 'true';
                setTimeout(() => { button.textContent = 'Copy'; delete button.dataset.copied; }, 2500);
            }
        } }, 'Copy');
        block.append(button);
    }
}

function drawSettingsNavigation() {
    const nav = el('nav', { class: 'subnav', 'aria-label': 'Settings', id: 'settings-nav' },
        el('ul', {}, SETTINGS.map(([href, text]) => el('li', {},
            el('a', { href, 'aria-current': location.pathname === href ? 'page' : null }, text)))));
    document.getElementById('main').prepend(nav);
}

function drawProjectNavigation() {
    const query = `?project_id=${encodeURIComponent(projectId)}`;
    const nav = el('nav', { class: 'subnav', 'aria-label': 'Project', id: 'project-nav' },
        el('p', { class: 'breadcrumb', id: 'project-trail' }, 'Project'),
        el('ul', {}, PROJECT.map(([href, text]) => el('li', {},
            el('a', { href: href + query, 'aria-current': location.pathname === href ? 'page' : null }, text)))));
    document.getElementById('main').prepend(nav);
}

/**
 * Names the project above its page (its organization, linked, then the project) and in the heading; where the project
 * is not there for this person (deleted, or never theirs), says so instead of the page. True when it was named.
 */
async function nameProject() {
    let found;
    try {
        found = await currentProject();
    } catch (failure) {
        document.getElementById('main').replaceChildren(el('div', { class: 'card' },
            el('h1', {}, 'Project not found'),
            el('p', {}, failure.status === 404
                ? 'This project does not exist, or you are not a member of its organization.'
                : `The project could not be loaded (${failure.message}).`),
            el('p', {}, el('a', { href: '/' }, 'Go to your dashboard'))));
        return false;
    }
    const { project, organization } = found;
    document.getElementById('project-trail').replaceChildren(
        el('a', { href: `/organization?id=${encodeURIComponent(organization.id)}` }, organization.name), ' › ',
        el('strong', {}, project.name));
    const heading = document.querySelector('main h1');
    const page = PROJECT.find(([href]) => href === location.pathname)?.[1] || heading.textContent;
    heading.textContent = `${project.name} → ${page}`;
    document.title = `${project.name} · ${page} · genx3D`;
    return true;
}

/** A page anyone may see (not found, errors): the signed-in navigation when there is a session, else the guest's. */
export async function anyonePage() {
    try {
        const session = await currentSession();
        drawNavigation(session.account);
        if (location.pathname.startsWith('/settings/')) {
            drawSettingsNavigation();
        }
        return session;
    } catch {
        drawGuestNavigation();
        addCopyButtons();
        return null;
    }
}

/** Navigation for the sign-up and login pages. */
export function drawGuestNavigation() {
    const links = [['/login', 'Log in'], ['/signup', 'Sign up'], ['/docs/', 'API docs'], ['/docs/quickstart', 'Quick start']];
    document.getElementById('nav').replaceChildren(el('ul', {}, links.map(([href, text]) =>
        el('li', {}, el('a', { href, 'aria-current': location.pathname === href ? 'page' : null }, text)))));
}
