// Settings → Account: the address and whether it is verified, changing the password (which ends every other
// session), and logging out everywhere.
import { call, formatTime } from './api.js';
import { confirmAction, toast } from './feedback.js';
import { humane, onSubmit } from './forms.js';
import { signedInPage } from './layout.js';

const session = await signedInPage();
const account = session.account;
document.getElementById('account-name').textContent = account.name;
document.getElementById('account-email').textContent = account.email;
document.getElementById('account-role').textContent = account.role === 'admin' ? 'Admin' : 'User';
document.getElementById('account-since').textContent = formatTime(account.created_at);
const verified = document.getElementById('account-verified');
verified.className = account.email_verified ? 'badge active' : 'badge warn';
verified.textContent = account.email_verified ? 'verified' : 'not verified yet';
document.getElementById('verify-hint').hidden = account.email_verified;
document.getElementById('mail-again').addEventListener('click', async event => {
    event.target.disabled = true;
    try {
        const sent = await call('POST', '/api/v1/email-verifications/mail');
        toast(sent.message);
    } catch (failure) {
        toast(humane(failure), 'error');
    } finally {
        event.target.disabled = false;
    }
});

const form = document.getElementById('change-password');
onSubmit(form, async data => {
    await call('PUT', '/api/v1/sessions/password', {
        current_password: data.get('current_password'),
        new_password: data.get('new_password')
    });
    form.reset();
    document.getElementById('password-notice').textContent =
        'Your password is changed. Every other session has ended; this one goes on.';
    toast('Password changed');
});

document.getElementById('logout-everywhere').addEventListener('click', async () => {
    const sure = await confirmAction({
        title: 'Log out everywhere?',
        text: 'Every session of this account ends, this one included: you log in again here. API keys keep working.',
        confirmLabel: 'Log out everywhere'
    });
    if (!sure) {
        return;
    }
    await call('DELETE', '/api/v1/sessions/all');
    location.assign('/login?reason=logged_out_everywhere');
});
