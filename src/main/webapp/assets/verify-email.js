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
            result.textContent = `Thank you: ${account.email} is verified.` + endedNotice(account.ended_before_proof);
        })
        .catch(failure => {
            if (failure.details.reason === 'already_verified') {
                result.replaceChildren('Your email address is already verified. ',
                    Object.assign(document.createElement('a'), { href: '/login', textContent: 'Log in' }),
                    ' to continue.');
                return;
            }
            result.textContent = `${failure.message}.`;
        });
}

// Opened outside a session of the account, the link ended what had been made on it before (whoever made it may not
// have been the address's owner): the page says what, and what to do next.
function endedNotice(ended) {
    if (!ended) {
        return '';
    }
    return ` Because this link was opened outside the account's own session, everything made on the account before`
        + ` it was verified has ended: ${ended.sessions} session(s) logged out and ${ended.keys} API key(s) revoked.`
        + ' If you did not sign up yourself, choose a new password with "Forgot your password?": that ends whatever'
        + ' the account was used for since.';
}
