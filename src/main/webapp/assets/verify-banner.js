// While the account's address is unverified, every signed-in page says so at its top, with the way to get a new link.
import { call, el } from './api.js';

/** The banner for an unverified account, or nothing. */
export function drawVerifyBanner(account) {
    // The account page says it in its own profile card, with the same button.
    if (account.email_verified || document.getElementById('verify-banner') || document.getElementById('verify-hint')) {
        return;
    }
    const banner = el('div', { class: 'banner', id: 'verify-banner', role: 'region', 'aria-label': 'Verify your email' },
        el('span', {}, `Verify your email address: open the link we sent to ${account.email}. `), resendButton());
    document.getElementById('main').prepend(banner);
}

/** "Send the link again": mails a new link (the earlier one stops working) and says what happened beside it. */
export function resendButton() {
    const status = el('span', { class: 'resend-status', role: 'status' });
    const button = el('button', { type: 'button', class: 'small resend-link', onclick: async () => {
        button.disabled = true;
        try {
            await call('POST', '/api/v1/email-verifications/mail');
            status.textContent = ' Sent: check your inbox for the new link.';
        } catch (failure) {
            status.textContent = ` ${failure.message}`;
        } finally {
            button.disabled = false;
        }
    } }, 'Send the link again');
    return el('span', {}, button, status);
}
