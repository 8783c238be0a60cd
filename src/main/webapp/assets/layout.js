// Every signed-in page: load the session (or go to the login page saying why), draw the navigation.
import { currentSession, el, logOut, whenSessionLost } from './api.js';

const LINKS = [
    ['/', 'Dashboard'],
    ['/settings/api-keys', 'API Keys'],
    ['/settings/usage', 'Usage'],
    ['/models', 'Models'],
    ['/settings/account', 'Account'],
    ['/settings/security-log', 'Security log'],
    ['/docs/', 'API docs']
];

export function goToLogin(reason) {
    const next = encodeURIComponent(location.pathname + location.search);
    const why = reason ? `&reason=${encodeURIComponent(reason)}` : '';
    location.assign(`/login?next=${next}${why}`);
}

/** Resolves with the session, or never (the browser is on its way to /login). */
export async function signedInPage() {
    whenSessionLost(reason => goToLogin(reason || 'session_invalid'));
    let session;
    try {
        session = await currentSession();
    } catch (failure) {
        goToLogin(failure.details?.reason === 'missing_key' ? null : failure.details?.reason);
        return new Promise(() => {});
    }
    drawNavigation(session.account);
    return session;
}

function drawNavigation(account) {
    const links = account.role === 'admin' ? [...LINKS.slice(0, -1), ['/admin/users', 'Users'], LINKS.at(-1)] : LINKS;
    const items = links.map(([href, text]) => el('li', {},
        el('a', { href, 'aria-current': location.pathname === href ? 'page' : null }, text)));
    const logout = el('button', { type: 'button', id: 'logout', onclick: async () => {
        await logOut().catch(() => {});
        location.assign('/login?reason=logged_out');
    } }, 'Log out');
    document.getElementById('nav').replaceChildren(el('ul', {}, items, el('li', {}, logout)));
    document.getElementById('who').textContent = `${account.name} · ${account.email}`;
}

/** A page anyone may see (not found, errors): the signed-in navigation when there is a session, else the guest's. */
export async function anyonePage() {
    try {
        const session = await currentSession();
        drawNavigation(session.account);
        return session;
    } catch {
        drawGuestNavigation();
        return null;
    }
}

/** Navigation for the sign-up and login pages. */
export function drawGuestNavigation() {
    const links = [['/login', 'Log in'], ['/signup', 'Sign up'], ['/docs/', 'API docs']];
    document.getElementById('nav').replaceChildren(el('ul', {}, links.map(([href, text]) =>
        el('li', {}, el('a', { href, 'aria-current': location.pathname === href ? 'page' : null }, text)))));
}
