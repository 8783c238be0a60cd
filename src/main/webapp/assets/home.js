// The dashboard's front page: who is logged in and what they have.
import { call, el, formatTime } from './api.js';
import { resendButton } from './verify-banner.js';
import { signedInPage } from './layout.js';

const session = await signedInPage();
// The example talks to this very server, so it can be pasted as it is (with a key in place of sk-...).
document.getElementById('curl-example').textContent =
    `curl -H "Authorization: Bearer sk-..." -H "Content-Type: application/json" \\\n` +
    `     -d '{"message":"Create a cube"}' ${location.origin}/api/v1/chat`;
document.getElementById('greeting').textContent = `Welcome, ${session.account.name}`;
const [keys, models, calls] = await Promise.all([call('GET', '/api/v1/keys'), call('GET', '/api/v1/models?limit=100'),
    // The first call made with a key, as the request logs have it (the dashboard's own requests do not count).
    call('GET', '/api/v1/request-logs?source=key&limit=1').catch(() => ({ data: [] }))]);
drawFirstSteps([
    {
        id: 'verify', title: 'Verify your email address', done: session.account.email_verified,
        doneText: `${session.account.email} is verified.`,
        todo: () => [`We sent a link to ${session.account.email}. `, resendButton()]
    },
    {
        id: 'key', title: 'Create an API key', done: keys.data.length > 0,
        doneText: `You have ${keys.data.length} key${keys.data.length === 1 ? '' : 's'}.`,
        todo: () => [el('a', { class: 'button primary', href: '/settings/api-keys' }, 'Create a key')]
    },
    {
        id: 'call', title: 'Make your first API call', done: calls.data.length > 0,
        doneText: calls.data.length > 0 ? [`Last one: `, el('a', { href: `/settings/logs?request=${encodeURIComponent(calls.data[0].id)}` },
            `${calls.data[0].method} ${calls.data[0].path} → ${calls.data[0].status}`), ` at ${formatTime(calls.data[0].time)}.`] : '',
        todo: () => ['Send your key as a Bearer token: ', el('a', { href: '/docs/quickstart' }, 'follow the quick start'), '.']
    },
    {
        id: 'model', title: 'Build your first model', done: models.data.length > 0,
        doneText: 'You have a model.',
        todo: () => ['Ask the chat to “Create a cube”: ', el('a', { class: 'button', href: '/models' }, 'Open Models')]
    }
]);
const active = keys.data.filter(key => key.status === 'active').length;
document.getElementById('summary').textContent =
    `${session.account.email} (${session.account.role}) · ${active} active API key${active === 1 ? '' : 's'} · ` +
    `${models.data.length}${models.next_cursor ? '+' : ''} model${models.data.length === 1 ? '' : 's'}`;

/** The first-run checklist: each step done or with what to do next; hidden once every step is done. */
function drawFirstSteps(steps) {
    const done = steps.filter(step => step.done).length;
    document.getElementById('first-steps').hidden = done === steps.length;
    document.getElementById('first-steps-progress').textContent = `${done} of ${steps.length} done`;
    document.getElementById('first-steps-list').replaceChildren(...steps.map(step =>
        el('li', { 'data-step': step.id, 'data-done': String(step.done), class: step.done ? 'done' : '' },
            el('strong', {}, step.done ? `✓ ${step.title}` : step.title),
            el('span', { class: 'visually-hidden' }, step.done ? ' (done)' : ' (to do)'),
            el('div', { class: step.done ? 'muted' : '' }, ...[].concat(step.done ? step.doneText : step.todo())))));
}
