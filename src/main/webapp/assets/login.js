// Login. The page says why the user is here (session expired, suspended, logged out) and returns them to
// the page they were on.
import { logIn } from './api.js';
import { onSubmit } from './forms.js';
import { drawGuestNavigation } from './layout.js';
import { keepingNext, safeNext } from './return-address.js';

const REASONS = {
    session_invalid: 'Your session has expired. Please log in again.',
    account_suspended: 'This account is suspended. Contact your administrator.',
    logged_out: 'You have logged out.',
    logged_out_everywhere: 'Every session of your account has ended, on every device.'
};

const params = new URLSearchParams(location.search);
const notice = document.getElementById('notice');
// Sent here by an invitation's page: which address to use matters, since only the invited one can accept.
const invited = (params.get('next') || '').startsWith('/invitations/accept')
    ? 'Log in with the address your invitation was sent to: you go back to the invitation to join.' : '';
notice.textContent = REASONS[params.get('reason')] || invited;
drawGuestNavigation();
// Signing up instead keeps where to come back to (an invitation's page).
document.getElementById('to-signup').href = keepingNext('/signup');
// Why the user came here stops being news once they try to log in: only the answer to this attempt is shown.
document.getElementById('login').addEventListener('submit', () => { notice.textContent = ''; });

onSubmit(document.getElementById('login'), async data => {
    await logIn(data.get('email').trim(), data.get('password'));
    location.assign(safeNext(params.get('next')));
});
