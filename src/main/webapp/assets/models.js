// Models: the account's models, each viewable in 3D and downloadable in every export format, and a chat box
// that builds them ("Create a cube").
import { call, el, formatTime } from './api.js';
import { fieldError, onSubmit } from './forms.js';
import { signedInPage } from './layout.js';
import { ModelViewer } from './viewer.js';

const FORMATS = [['gltf', 'glTF'], ['glb', 'GLB'], ['obj', 'OBJ'], ['stl', 'STL']];
const viewer = new ModelViewer(document.getElementById('viewer'));
let onView = null;

await signedInPage();
const models = await showModels();
const requested = new URLSearchParams(location.search).get('model');
const first = models.find(model => model.id === requested);
if (first) {
    await view(first);
}

const chat = document.getElementById('chat');
onSubmit(chat, async data => {
    const message = { message: data.get('message').trim() };
    if (!message.message) {
        fieldError(chat, 'message', 'Type what to build or change first, for example “Create a cube”.');
        return;
    }
    if (onView) {
        message.model_id = onView.id;
    }
    const reply = await call('POST', '/api/v1/chat', message);
    document.getElementById('chat-reply').textContent = reply.reply;
    if (reply.model) {
        await showModels();
        await view(reply.model);
    }
    document.getElementById('chat-message').value = '';
});

async function showModels() {
    const page = await call('GET', '/api/v1/models?limit=100');
    document.querySelector('#models tbody').replaceChildren(...page.data.map(model => el('tr', { 'data-model-id': model.id },
        el('td', {}, model.name),
        el('td', {}, model.parts.length),
        el('td', {}, formatTime(model.updated_at)),
        el('td', {}, el('button', { type: 'button', onclick: () => view(model), 'aria-label': `View ${model.name} in 3D` }, 'View'),
            ' ', downloads(model)))));
    document.getElementById('no-models').hidden = page.data.length > 0;
    return page.data;
}

function downloads(model) {
    return el('span', { class: 'downloads' }, FORMATS.map(([format, label]) => el('a', {
        href: `/api/v1/models/${encodeURIComponent(model.id)}/export?format=${format}`,
        download: '', 'aria-label': `Download ${model.name} as ${label}${format === 'obj' ? ' (zip with its material file)' : ''}`
    }, label)));
}

async function view(model) {
    onView = model;
    const caption = document.getElementById('viewer-caption');
    caption.textContent = `Loading ${model.name}…`;
    await viewer.show(model);
    caption.textContent = `${model.name}: ${model.parts.length} part${model.parts.length === 1 ? '' : 's'}. ` +
        'Drag to turn, scroll to zoom; or focus the view and use the arrow keys.';
    document.getElementById('downloads').replaceChildren('Download: ', downloads(model));
    document.getElementById('viewer').dataset.rendered = 'true';
}
