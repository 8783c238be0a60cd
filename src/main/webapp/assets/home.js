// The dashboard's front page: who is logged in and what they have.
import { call } from './api.js';
import { signedInPage } from './layout.js';

const session = await signedInPage();
// The example talks to this very server, so it can be pasted as it is (with a key in place of sk-...).
document.getElementById('curl-example').textContent =
    `curl -H "Authorization: Bearer sk-..." -H "Content-Type: application/json" \\\n` +
    `     -d '{"message":"Create a cube"}' ${location.origin}/api/v1/chat`;
document.getElementById('greeting').textContent = `Welcome, ${session.account.name}`;
const [keys, models] = await Promise.all([call('GET', '/api/v1/keys'), call('GET', '/api/v1/models?limit=100')]);
const active = keys.data.filter(key => key.status === 'active').length;
document.getElementById('summary').textContent =
    `${session.account.email} (${session.account.role}) · ${active} active API key${active === 1 ? '' : 's'} · ` +
    `${models.data.length}${models.next_cursor ? '+' : ''} model${models.data.length === 1 ? '' : 's'}`;
