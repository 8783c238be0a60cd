// The dashboard talks to the same JSON API as every client: the session cookie goes along by itself,
// and every change carries the CSRF token that the session answer returned.

export class ApiError extends Error {
    constructor(status, error) {
        super(error?.message || `The server answered ${status}`);
        this.status = status;
        this.code = error?.code;
        this.details = error?.details || {};
    }
}

let csrfToken = null;
let onSessionLost = null;

/** Called with the 401 reason when a request finds the session gone (expired, logged out elsewhere, suspended). */
export function whenSessionLost(handler) {
    onSessionLost = handler;
}

export async function call(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET' && csrfToken) {
        headers['X-CSRF-Token'] = csrfToken;
    }
    const response = await fetch(path, {
        method, headers, credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body)
    });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (!response.ok) {
        const failure = new ApiError(response.status, data?.error);
        if (response.status === 401 && onSessionLost && path !== '/api/v1/sessions') {
            onSessionLost(failure.details.reason);
        }
        throw failure;
    }
    return data;
}

/** The current session (account and CSRF token); throws ApiError 401 when there is none. */
export async function currentSession() {
    const session = await call('GET', '/api/v1/sessions');
    csrfToken = session.csrf_token;
    return session;
}

export async function logIn(email, password) {
    const session = await call('POST', '/api/v1/sessions', { email, password });
    csrfToken = session.csrf_token;
    return session;
}

export async function logOut() {
    await call('DELETE', '/api/v1/sessions');
    csrfToken = null;
}

/** "2026-11-26 10:15 UTC", or the fallback for a missing time. */
export function formatTime(iso, fallback = '—') {
    if (!iso) {
        return fallback;
    }
    return new Date(iso).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** Builds an element: el('td', {class: 'x'}, 'text', child). Text is always set as text, never as HTML. */
export function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === false || value === null || value === undefined) {
            continue;
        }
        if (name.startsWith('on')) {
            element.addEventListener(name.slice(2), value);
        } else {
            element.setAttribute(name, value === true ? '' : value);
        }
    }
    for (const child of children.flat()) {
        if (child !== null && child !== undefined && child !== false) {
            element.append(child instanceof Node ? child : String(child));
        }
    }
    return element;
}
