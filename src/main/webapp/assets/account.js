// Settings → Account: the address and whether it is verified, changing the password (which ends every other
// session), and logging out everywhere.
import { call } from './api.js';
import { onSubmit } from './forms.js';
import { signedInPage } from './layout.js';

const session = await signedInPage();
document.getElementById('account-email').textContent = session.account.email;
document.getElementById('account-verified').textContent = session.account.email_verified
    ? '· verified'
    : '· not verified yet: open the link we mailed to this address';

const form = document.getElementById('change-password');
onSubmit(form, async data => {
    await call('PUT', '/api/v1/sessions/password', {
        current_password: data.get('current_password'),
        new_password: data.get('new_password')
    });
    form.reset();
    document.getElementById('password-notice').textContent =
        'Your password is changed. Every other session has ended; this one goes on.';
});

document.getElementById('logout-everywhere').addEventListener('click', async () => {
    await call('DELETE', '/api/v1/sessions/all');
    location.assign('/login?reason=logged_out_everywhere');
});
