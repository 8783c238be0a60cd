// Settings → Account: the name, the address and whether it is verified, changing the address (by a link mailed to
// the new one), changing the password (which ends every other session), which security mail to get, and logging out
// everywhere.
import { call, formatTime } from './api.js';
import { confirmAction, toast } from './feedback.js';
import { humane, onSubmit } from './forms.js';
import { signedInPage } from './layout.js';

await signedInPage();
const account = await call('GET', '/api/v1/account');
document.getElementById('account-name').textContent = account.name;
document.getElementById('profile-name').value = account.name;
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

const nameForm = document.getElementById('change-name');
onSubmit(nameForm, async data => {
    const changed = await call('PATCH', '/api/v1/account', { name: data.get('name') });
    document.getElementById('account-name').textContent = changed.name;
    nameForm.elements.name.value = changed.name;
    toast('Name saved');
});

const emailForm = document.getElementById('change-email');
onSubmit(emailForm, async data => {
    const requested = await call('POST', '/api/v1/email-changes', {
        email: data.get('email'),
        current_password: data.get('current_password')
    });
    emailForm.reset();
    showPendingEmail(requested.pending_email);
    toast('Confirmation link sent');
});

function showPendingEmail(pending) {
    document.getElementById('email-notice').textContent = pending
        ? `A confirmation link is on its way to ${pending}. Your address changes when you open it.`
        : '';
}

const notificationsForm = document.getElementById('notifications');
const CHOICES = ['key_created', 'new_sign_in', 'email_changed'];
onSubmit(notificationsForm, async () => {
    const chosen = Object.fromEntries(CHOICES.map(name => [name, notificationsForm.elements[name].checked]));
    const saved = await call('PATCH', '/api/v1/account', { notifications: chosen });
    showNotifications(saved.notifications);
    toast('Mail settings saved');
});

function showNotifications(notifications) {
    for (const name of CHOICES) {
        notificationsForm.elements[name].checked = notifications[name];
    }
}

showPendingEmail(account.pending_email);
showNotifications(account.notifications);

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
