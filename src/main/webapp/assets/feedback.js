// What the dashboard says after an action: a toast ("Key revoked", "Copied") read out by screen readers, and a
// confirmation dialog for anything that cannot be undone (revoking, suspending, deleting).
import { el } from './api.js';

let region = null;

/** Shows {@code message} for a few seconds in one polite live region at the bottom of the page. */
export function toast(message, kind = 'ok') {
    if (!region) {
        region = el('div', { class: 'toasts', role: 'status', 'aria-live': 'polite', id: 'toasts' });
        document.body.append(region);
    }
    const item = el('p', { class: `toast ${kind}` }, message);
    region.append(item);
    setTimeout(() => item.remove(), 5000);
}

/**
 * Asks before an action that cannot be undone, in a modal dialog with Cancel focused; resolves true when confirmed.
 * {@code confirmLabel} names the action ("Suspend user"), so the button says what it does.
 */
export function confirmAction({ title, text, confirmLabel, danger = true }) {
    const dialog = el('dialog', { class: 'confirm-dialog', 'aria-labelledby': 'confirm-dialog-title' },
        el('form', { method: 'dialog' },
            el('h2', { id: 'confirm-dialog-title' }, title),
            el('p', {}, text),
            el('div', { class: 'actions' },
                el('button', { value: 'cancel', autofocus: true }, 'Cancel'),
                el('button', { value: 'confirm', class: danger ? 'danger confirm' : 'primary', id: 'confirm-dialog-ok' },
                    confirmLabel))));
    document.body.append(dialog);
    return new Promise(resolve => {
        dialog.addEventListener('close', () => {
            resolve(dialog.returnValue === 'confirm');
            dialog.remove();
        });
        dialog.showModal();
    });
}

/**
 * Copies {@code text} and says so; where the browser refuses the clipboard, says how to copy by hand. Resolves
 * whether it was copied.
 */
export async function copy(text, what = 'Copied') {
    try {
        await navigator.clipboard.writeText(text);
        toast(what);
        return true;
    } catch {
        toast('The browser did not allow copying: select the text and press Ctrl+C (⌘C).', 'error');
        return false;
    }
}
