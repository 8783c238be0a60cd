// Models: the account's models (paged), each viewable in 3D and downloadable in every export format; a model can be
// started, renamed and deleted here; and a chat that builds the model on view ("Create a cube"), with the
// conversation on screen and an Undo button. With ?project_id= they are a project's models, shared by its members.
import { call, el, formatTime } from './api.js';
import { confirmAction, toast } from './feedback.js';
import { clearErrors, fieldError, onSubmit } from './forms.js';
import { signedInPage } from './layout.js';
import { ModelViewer } from './viewer.js';
import { inWorkspace, projectId } from './workspace.js';

const FORMATS = [['gltf', 'glTF'], ['glb', 'GLB'], ['obj', 'OBJ'], ['stl', 'STL']];
const viewer = new ModelViewer(document.getElementById('viewer'));
const chat = document.getElementById('chat');
const log = document.getElementById('chat-log');
const undo = document.getElementById('undo');
let onView = null;
let cursor = null;
let listed = [];
// Each model's conversation: its id (so "it" means what it meant a message ago) and what was said, kept for this tab
// (sessionStorage: a reload shows it again, closing the tab forgets it; it holds only what the person typed and read).
const STORED = 'genx3d.conversations';
const conversations = new Map(JSON.parse(sessionStorage.getItem(STORED) || '[]'));

function remember() {
    sessionStorage.setItem(STORED, JSON.stringify([...conversations].slice(-20)));
}

await signedInPage();
if (projectId) {
    document.getElementById('list-title').textContent = 'The project’s models'; // shared by its members, not "yours"
}
await showModels();
const requested = new URLSearchParams(location.search).get('model');
const first = listed.find(model => model.id === requested);
if (first) {
    await view(first, false);
}

document.getElementById('more-models').addEventListener('click', () => showModels(true));
document.getElementById('new-model').addEventListener('click', newModel);
document.getElementById('first-model-empty').addEventListener('click', newModel);
document.getElementById('first-model-chat').addEventListener('click', buildACube);
document.getElementById('fit-view').addEventListener('click', () => viewer.fit());
document.getElementById('rename-model').addEventListener('click', openRename);
document.getElementById('cancel-rename').addEventListener('click', closeRename);
document.getElementById('delete-model').addEventListener('click', deleteModel);
undo.addEventListener('click', () => send('undo'));

onSubmit(chat, async data => {
    const message = data.get('message').trim();
    if (!message) {
        fieldError(chat, 'message', 'Type what to build or change first, for example “Create a cube”.');
        return;
    }
    await send(message);
    document.getElementById('chat-message').value = '';
});

const renameForm = document.getElementById('rename-form');
onSubmit(renameForm, async data => {
    const renamed = await call('PATCH', inWorkspace(`/api/v1/models/${encodeURIComponent(onView.id)}`), { name: data.get('name').trim() });
    closeRename();
    toast('Model renamed');
    await showModels();
    await view(renamed, false);
});

async function send(message) {
    // Undo and the suggestions send without the form: an error about an empty message is stale either way.
    clearErrors(chat);
    const request = { message };
    const talk = onView ? conversations.get(onView.id) : null;
    if (onView) {
        request.model_id = onView.id;
    }
    if (talk?.id) {
        request.conversation_id = talk.id;
    }
    const reply = await call('POST', inWorkspace('/api/v1/chat'), request);
    const model = reply.model || onView;
    if (model) {
        const conversation = conversations.get(model.id) || { id: null, said: [] };
        conversation.id = reply.conversation_id || conversation.id;
        conversation.said.push({ message, reply: reply.reply, understood: reply.understood,
            suggestions: reply.suggestions || [] });
        conversation.said = conversation.said.slice(-50);
        conversations.set(model.id, conversation);
        remember();
    }
    if (reply.model) {
        await showModels();
        await view(reply.model, false);
    } else {
        drawLog();
    }
}

function drawLog() {
    const said = onView ? conversations.get(onView.id)?.said || [] : [];
    log.replaceChildren(...said.flatMap(({ message, reply, understood, suggestions }, index) => [
        el('li', { class: 'said' }, el('span', { class: 'visually-hidden' }, 'You: '), message),
        el('li', { class: understood ? 'replied' : 'replied not-understood' },
            el('span', { class: 'visually-hidden' }, 'genx3D: '), reply,
            // The last answer's suggestions are offered as buttons: one click sends the sentence as written.
            index === said.length - 1 && suggestions?.length
                ? el('span', { class: 'suggestions' }, suggestions.map(sentence =>
                    el('button', { type: 'button', class: 'suggestion', onclick: () => send(sentence) }, sentence)))
                : null)]));
    log.hidden = said.length === 0;
    log.scrollTop = log.scrollHeight;
    undo.disabled = !onView || said.length === 0;
}

async function showModels(more = false) {
    const body = document.querySelector('#models tbody');
    let page;
    try {
        const query = new URLSearchParams({ limit: '100' });
        if (more && cursor) {
            query.set('cursor', cursor);
        }
        page = await call('GET', inWorkspace(`/api/v1/models?${query}`));
    } catch (failure) {
        body.replaceChildren(el('tr', { class: 'empty-row' }, el('td', { colspan: '4' },
            `Your models could not be loaded (${failure.message}). `,
            el('button', { type: 'button', onclick: () => showModels() }, 'Try again'))));
        throw failure;
    }
    listed = more ? [...listed, ...page.data] : page.data;
    cursor = page.next_cursor;
    body.replaceChildren(...listed.map(modelRow));
    document.getElementById('more-models').hidden = !cursor;
    // No models: instead of an empty table, what to do first.
    document.getElementById('no-models').hidden = listed.length > 0;
    document.getElementById('models-wrap').hidden = listed.length === 0;
    drawEmptyViewer();
    return listed;
}

// An empty viewer says what would fill it and offers that: the newest model, or a first one built from the chat.
function drawEmptyViewer() {
    const empty = document.getElementById('viewer-empty');
    empty.hidden = onView !== null;
    if (onView !== null) {
        return;
    }
    const newest = listed[0];
    document.getElementById('viewer-empty-text').textContent = newest
        ? 'Nothing on view yet. Choose a model from your list to see it here in 3D.'
        : 'Nothing on view yet. Ask the chat below to build something, for example “Create a cube”.';
    const action = document.getElementById('viewer-empty-action');
    action.textContent = newest ? `View “${newest.name}”` : 'Build a cube from the chat';
    action.onclick = newest ? () => view(newest, true) : buildACube;
}

/** The first step for someone with nothing yet: the chat's own example, sent as if typed. */
function buildACube() {
    send('Create a cube').catch(failure => toast(`The cube could not be built: ${failure.message}`, 'error'));
}

function modelRow(model) {
    return el('tr', { 'data-model-id': model.id, class: onView?.id === model.id ? 'selected' : null },
        el('td', { 'data-label': 'Name' }, model.name),
        el('td', { 'data-label': 'Parts' }, model.parts.length),
        el('td', { 'data-label': 'Updated' }, formatTime(model.updated_at)),
        // One element beside the label, so on a phone's card the download links wrap in their column.
        el('td', { 'data-label': 'View' }, el('div', { class: 'cell-value' },
            el('button', { type: 'button', onclick: () => view(model, true),
                'aria-label': `View ${model.name} in 3D` }, 'View'), ' ', downloads(model))));
}

function downloads(model) {
    return el('span', { class: 'downloads' }, FORMATS.map(([format, label]) => el('a', {
        href: inWorkspace(`/api/v1/models/${encodeURIComponent(model.id)}/export?format=${format}`),
        download: '', 'aria-label': `Download ${model.name} as ${label}${format === 'obj' ? ' (zip with its material file)' : ''}`
    }, label)));
}

async function view(model, bringIntoView) {
    onView = model;
    document.querySelectorAll('#models tbody tr').forEach(row =>
        row.classList.toggle('selected', row.dataset.modelId === model.id));
    const caption = document.getElementById('viewer-caption');
    caption.textContent = `Loading ${model.name}…`;
    if (bringIntoView) {
        // Chosen from further down a long list (or below the viewer on a phone), the viewer comes into view.
        const section = document.getElementById('viewer-section');
        if (section.getBoundingClientRect().top < 0 || section.getBoundingClientRect().top > innerHeight / 2) {
            section.scrollIntoView({ block: 'start' });
        }
    }
    await viewer.show(model);
    document.getElementById('viewer-empty').hidden = true;
    caption.textContent = `${model.name}: ${model.parts.length} part${model.parts.length === 1 ? '' : 's'}. ` +
        'Drag to turn, scroll to zoom; or focus the view and use the arrow keys.';
    document.getElementById('downloads').replaceChildren('Download: ', downloads(model));
    document.getElementById('model-actions').hidden = false;
    document.getElementById('viewer').dataset.rendered = 'true';
    history.replaceState(null, '', inWorkspace(`/models?model=${encodeURIComponent(model.id)}`));
    drawLog();
}

async function newModel() {
    const model = await call('POST', inWorkspace('/api/v1/models'), { name: 'Untitled model' });
    toast('New model started');
    await showModels();
    await view(model, true);
    openRename();
}

function openRename() {
    renameForm.hidden = false;
    const input = document.getElementById('model-name');
    input.value = onView.name;
    input.select();
    input.focus();
}

function closeRename() {
    renameForm.hidden = true;
    document.getElementById('rename-model').focus();
}

async function deleteModel() {
    const sure = await confirmAction({
        title: 'Delete this model?',
        text: `“${onView.name}” and its ${onView.parts.length} part${onView.parts.length === 1 ? '' : 's'} are deleted for good.`,
        confirmLabel: 'Delete model'
    });
    if (!sure) {
        return;
    }
    await call('DELETE', inWorkspace(`/api/v1/models/${encodeURIComponent(onView.id)}`));
    conversations.delete(onView.id);
    remember();
    onView = null;
    viewer.clear();
    document.getElementById('model-actions').hidden = true;
    document.getElementById('downloads').replaceChildren();
    document.getElementById('viewer-caption').textContent = 'Model deleted. Choose another, or start chatting to build a new one.';
    history.replaceState(null, '', inWorkspace('/models'));
    drawLog();
    toast('Model deleted');
    await showModels();
}
