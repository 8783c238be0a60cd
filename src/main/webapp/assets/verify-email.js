// The page a verification mail links to: it sends the link's token to the API once and says what happened.
import { call } from './api.js';
import { drawGuestNavigation } from './layout.js';

drawGuestNavigation();
const result = document.getElementById('verify-result');
const token = new URLSearchParams(location.search).get('token');
// The token leaves the address bar (and so the history and any Referer) before anything else happens.
history.replaceState(null, '', location.pathname);

if (!token) {
    result.textContent = 'This link has no token. Open the link from the mail exactly as it is.';
} else {
    call('POST', '/api/v1/email-verifications', { token })
        .then(account => {
            result.textContent = `Thank you: ${account.email} is verified.`;
        })
        .catch(failure => {
            result.textContent = `${failure.message}.`;
        });
}
