// Swagger UI on the published contract. "Try it out" calls as a key pasted under "Authorize" (kept in this page only),
// or else as the dashboard session, whose cookie goes along by itself: for those, every change carries the session's
// CSRF token as the dashboard's own pages send it. A refusal is explained in plain words below the page.
import { currentSession, el } from '/assets/api.js';
import { explainRefusal } from '/assets/refusals.js';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];
let csrfToken = null;
let lastRequest = { usedSession: false, method: 'GET', path: '' };

window.ui = SwaggerUIBundle({
    url: "/openapi?format=JSON",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: false,
    requestInterceptor: withSessionCsrfToken,
    responseInterceptor: explainWhenRefused
});
document.getElementById('docs-refusal-close').addEventListener('click', () => {
    document.getElementById('docs-refusal').hidden = true;
});
await sayWhoTryItOutCallsAs();

function withSessionCsrfToken(request) {
    const method = String(request.method || 'GET').toUpperCase();
    const usedSession = !Object.keys(request.headers || {}).some(name => name.toLowerCase() === 'authorization');
    if (usedSession && csrfToken && !SAFE_METHODS.includes(method)) {
        request.headers['X-CSRF-Token'] = csrfToken;
    }
    lastRequest = { usedSession, method, path: new URL(request.url, location.href).pathname };
    return request;
}

function explainWhenRefused(response) {
    const asked = lastRequest;
    const path = new URL(response.url, location.href).pathname;
    if (path.startsWith('/api/') && path === asked.path) {
        const body = typeof response.body === 'object' ? response.body : null;
        const why = response.status < 400 ? null : explainRefusal(response.status, body?.error, asked.usedSession && csrfToken !== null);
        const notice = document.getElementById('docs-refusal');
        notice.hidden = why === null;
        if (why !== null) {
            document.getElementById('docs-refusal-what').textContent = `${asked.method} ${path} answered ${response.status}.`;
            document.getElementById('docs-refusal-why').textContent = why;
        }
    }
    return response;
}

async function sayWhoTryItOutCallsAs() {
    const line = document.getElementById('docs-auth');
    try {
        const session = await currentSession();
        csrfToken = session.csrf_token;
        line.replaceChildren('Try it out sends requests as ', el('strong', {}, session.account.name),
            ' with your dashboard session. To send them as one of your keys, paste it under ', el('em', {}, 'Authorize'),
            ' (it stays in this page). New to the API? Start with the ', el('a', { href: '/docs/quickstart' }, 'quick start'), '.');
    } catch {
        line.replaceChildren('Try it out needs an API key: paste one under ', el('em', {}, 'Authorize'),
            ' (it stays in this page), or ', el('a', { href: '/login?next=%2Fdocs%2F' }, 'log in'),
            ' to use your dashboard session. New to the API? Start with the ', el('a', { href: '/docs/quickstart' }, 'quick start'), '.');
    }
}
