// The quick start: the Authentication guide's own three examples (curl, Python requests, JavaScript fetch) with this
// server's address, the key read from GENX3D_API_KEY. A signed-in person chooses which of their keys by name (the
// server never has a key's secret to show); a pasted key stays in this page and goes only with "Send the request".
import { call, el } from './api.js';
import { anyonePage } from './layout.js';
import { explainRefusal } from './refusals.js';

const ENDPOINT = `${location.origin}/api/v1/chat`;

document.getElementById('server-address').textContent = location.origin;
// Drawn before the session is known, so the examples are there for everyone, signed in or not.
drawExamples();
const pasted = document.getElementById('pasted-key');
pasted.addEventListener('input', () => {
    const ready = pasted.value.trim() !== '';
    document.getElementById('send-example').disabled = !ready;
    document.getElementById('send-hint').textContent = ready
        ? 'Sends the curl request above with the key you pasted.'
        : 'Paste a key in step 1 to send the curl request from this page.';
});
document.getElementById('send-example').addEventListener('click', sendExample);

const session = await anyonePage();
if (session) {
    await offerKeys();
} else {
    document.getElementById('key-signed-out').hidden = false;
}

function drawExamples() {
    document.getElementById('example-curl').textContent = `curl -X POST "${ENDPOINT}" \\
  -H "Authorization: Bearer $GENX3D_API_KEY" \\
  -H "Content-Type: application/json" \\
  -d '{"message": "Create a cube"}'`;
    document.getElementById('example-python').textContent = `import os
import requests

api_key = os.getenv('GENX3D_API_KEY')
headers = {"Authorization": f"Bearer {api_key}"}

response = requests.post(
    "${ENDPOINT}",
    json={"message": "Create a cube"},
    headers=headers
)`;
    document.getElementById('example-javascript').textContent = `const apiKey = process.env.GENX3D_API_KEY;

fetch('${ENDPOINT}', {
  method: 'POST',
  headers: {
    'Authorization': \`Bearer \${apiKey}\`,
    'Content-Type': 'application/json'
  },
  body: JSON.stringify({
    message: 'Create a cube'
  })
});`;
}

/** The person's active keys by name (and the prefix that tells two of a name apart), newest first. */
async function offerKeys() {
    document.getElementById('key-signed-in').hidden = false;
    const active = (await call('GET', '/api/v1/keys')).data.filter(key => key.status === 'active');
    document.getElementById('key-chooser').hidden = active.length === 0;
    document.getElementById('no-active-keys').hidden = active.length > 0;
    const choice = document.getElementById('key-choice');
    choice.replaceChildren(...active.map(key => el('option', { value: key.id }, `${key.name} (${key.prefix}…)`)));
    const named = () => active.find(key => key.id === choice.value);
    choice.addEventListener('change', () => nameTheKey(named()));
    nameTheKey(named());
}

/** Says in the examples' words which key GENX3D_API_KEY should hold. */
function nameTheKey(key) {
    if (!key) {
        return;
    }
    document.getElementById('example-env').textContent =
        `# The secret of your key “${key.name}” (it starts ${key.prefix}), in place of sk-...\n` +
        'export GENX3D_API_KEY="sk-..."';
    document.getElementById('key-in-use').replaceChildren('your key ', el('strong', { id: 'key-in-use-name' }, `“${key.name}”`),
        ' in ', el('code', {}, 'GENX3D_API_KEY'));
}

/** The curl example for real, with the pasted key: its status, its body, and what to do about a refusal. */
async function sendExample() {
    const button = document.getElementById('send-example');
    button.disabled = true;
    const status = document.getElementById('send-status');
    const explanation = document.getElementById('send-explanation');
    const body = document.getElementById('send-body');
    status.textContent = 'Sending…';
    explanation.textContent = '';
    try {
        // credentials: 'omit': the request is the example's, with the pasted key and nothing of the dashboard session.
        const response = await fetch(ENDPOINT, {
            method: 'POST', credentials: 'omit',
            headers: { Authorization: `Bearer ${pasted.value.trim()}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ message: 'Create a cube' })
        });
        const answer = await response.json().catch(() => null);
        status.textContent = `The server answered ${response.status}${response.ok ? ': it worked.' : '.'}`;
        explanation.textContent = response.ok ? '' : explainRefusal(response.status, answer?.error, false) || answer?.error?.message || '';
        body.textContent = JSON.stringify(answer, null, 2);
        body.hidden = answer === null;
    } catch (failure) {
        status.textContent = `The request could not be sent (${failure.message}).`;
        body.hidden = true;
    } finally {
        button.disabled = pasted.value.trim() === '';
    }
}
