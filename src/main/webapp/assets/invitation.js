// The page an invitation mail links to (/invitations/accept?token=…). Signed in, it accepts at once and says which
// organization was joined, as what. Not signed in, it says what the link is and offers Log in and Sign up, which both
// come back here (the token stays in the return address) to accept; an address not verified yet is waited for, and the
// join follows by itself. A refusal (another address, a link already used, withdrawn or expired) is shown in the API's
// words with what to do about it.
import { call, el, logOut } from './api.js';
import { humane } from './forms.js';
import { anyonePage } from './layout.js';
import { comingBackHere } from './return-address.js';

const token = new URLSearchParams(location.search).get('token');
const status = document.getElementById('invitation-status');
const error = document.getElementById('invitation-error');
const actions = document.getElementById('invitation-actions');
let waiting = false;

const session = await anyonePage();
if (!token) {
    status.textContent = 'This address holds no invitation. Open the link in your invitation mail as it is.';
} else if (!session) {
    status.textContent = 'You were invited to an organization on genx3D. Log in with the address the invitation was '
        + 'sent to, or create an account with it: you come back here to join.';
    actions.replaceChildren(
        el('a', { class: 'button primary', href: comingBackHere('/login'), id: 'invitation-login' }, 'Log in'),
        el('a', { class: 'button', href: comingBackHere('/signup'), id: 'invitation-signup' }, 'Sign up'));
} else {
    await accept();
}

async function accept() {
    error.textContent = '';
    status.textContent = `Joining as ${session.account.email}…`;
    try {
        const joined = await call('POST', '/api/v1/invitations/accept', { token });
        status.replaceChildren(`You joined ${joined.organization_name} as ${joined.role === 'admin' || joined.role === 'owner' ? 'an' : 'a'} ${joined.role}.`);
        actions.replaceChildren(el('a', { class: 'button primary', id: 'joined-organization',
            href: `/organization?id=${encodeURIComponent(joined.organization_id)}` }, `Open ${joined.organization_name}`));
    } catch (failure) {
        refused(failure);
    }
}

// One flow from the mail: sign up, verify the address in the mail that follows (any tab), and the join happens here.
// The account is read every 3 s for up to 15 minutes; nothing is accepted before the server says the address is verified.
async function joinOnceVerified() {
    if (waiting) {
        return;
    }
    waiting = true;
    for (let tries = 0; tries < 300; tries++) {
        await new Promise(resolve => setTimeout(resolve, 3000));
        const account = await call('GET', '/api/v1/account').catch(() => null);
        if (account?.email_verified) {
            waiting = false;
            await accept();
            return;
        }
    }
    waiting = false;
}

function refused(failure) {
    status.textContent = `Signed in as ${session.account.email}.`;
    const reason = failure.details?.reason;
    // An unknown token says nothing a person can act on in the API's words ("token is not a valid invitation link").
    error.textContent = failure.details?.field === 'token' && !reason
        ? 'This invitation link is not valid: it may have been withdrawn, or only part of it was copied. '
            + 'Open the link in the mail as it is, or ask for a new invitation.'
        : humane(failure);
    if (reason === 'invitation_email') {
        actions.replaceChildren(el('button', { type: 'button', class: 'primary', id: 'switch-account', onclick: async () => {
            await logOut().catch(() => {});
            location.assign(comingBackHere('/login'));
        } }, 'Log in with another address'));
    } else if (reason === 'email_unverified') {
        actions.replaceChildren(
            el('p', { class: 'hint', id: 'invitation-waiting' }, `Open the verification mail we sent to `
                + `${session.account.email}: this page joins by itself as soon as the address is verified.`),
            el('button', { type: 'button', class: 'primary', onclick: accept }, 'Try again'));
        joinOnceVerified();
    } else {
        actions.replaceChildren(el('a', { class: 'button', href: '/' }, 'Go to your dashboard'));
    }
    error.focus();
}
