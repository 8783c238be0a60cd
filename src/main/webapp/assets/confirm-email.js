// The page an email-change mail links to: it sends the link's token to the API once, which moves the account to the
// address the mail went to, and says what happened.
import { call } from './api.js';
import { drawGuestNavigation } from './layout.js';

drawGuestNavigation();
const result = document.getElementById('confirm-result');
const token = new URLSearchParams(location.search).get('token');
// The token leaves the address bar (and so the history and any Referer) before anything else happens.
history.replaceState(null, '', location.pathname);

if (!token) {
    result.textContent = 'This link has no token. Open the link from the mail exactly as it is.';
} else {
    call('POST', '/api/v1/email-changes/confirm', { token })
        .then(account => {
            result.textContent = `Done: your account's email address is now ${account.email}, and it is verified.`
                + ' The old address has been told.';
        })
        .catch(failure => {
            result.textContent = `${failure.message}.`;
        });
}
