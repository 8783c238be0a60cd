// "Forgot your password?": without a token the page asks for the address and mails a link; the link brings the
// person back here with its token, and the page asks for the new password.
import { call } from './api.js';
import { onSubmit } from './forms.js';
import { drawGuestNavigation } from './layout.js';

drawGuestNavigation();
const notice = document.getElementById('reset-notice');
const token = new URLSearchParams(location.search).get('token');
// The token leaves the address bar (and so the history and any Referer) before anything else happens.
history.replaceState(null, '', location.pathname);

if (token) {
    const form = document.getElementById('reset-confirm');
    form.hidden = false;
    onSubmit(form, async data => {
        await call('POST', '/api/v1/password-resets/confirm', { token, password: data.get('password') });
        form.hidden = true;
        notice.textContent = 'Your password is changed and every session has ended. If the address had not been verified'
            + ' yet, every API key made on the account before was revoked as well: make new ones after you log in. ';
        const login = document.createElement('a');
        login.href = '/login';
        login.textContent = 'Log in with the new password';
        notice.append(login);
    });
} else {
    const form = document.getElementById('reset-request');
    form.hidden = false;
    onSubmit(form, async data => {
        const answer = await call('POST', '/api/v1/password-resets', { email: data.get('email').trim() });
        notice.textContent = `${answer.message}.`;
    });
}
