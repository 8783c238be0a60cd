// Login. The page says why the user is here (session expired, suspended, logged out) and returns them to
// the page they were on.
import { logIn } from './api.js';
import { onSubmit } from './forms.js';
import { drawGuestNavigation } from './layout.js';

const REASONS = {
    session_invalid: 'Your session has expired. Please log in again.',
    account_suspended: 'This account is suspended. Contact your administrator.',
    logged_out: 'You have logged out.'
};

const params = new URLSearchParams(location.search);
document.getElementById('notice').textContent = REASONS[params.get('reason')] || '';
drawGuestNavigation();

onSubmit(document.getElementById('login'), async data => {
    await logIn(data.get('email').trim(), data.get('password'));
    location.assign(safeNext(params.get('next')));
});

// Only a path on this site: "//evil.example" or "https://…" would make the login page an open redirect.
function safeNext(next) {
    return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
