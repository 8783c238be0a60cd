// Login. The page says why the user is here (session expired, suspended, logged out) and returns them to
// the page they were on.
import { logIn } from './api.js';
import { onSubmit } from './forms.js';
import { drawGuestNavigation } from './layout.js';

const REASONS = {
    session_invalid: 'Your session has expired. Please log in again.',
    account_suspended: 'This account is suspended. Contact your administrator.',
    logged_out: 'You have logged out.',
    logged_out_everywhere: 'Every session of your account has ended, on every device.'
};

const params = new URLSearchParams(location.search);
const notice = document.getElementById('notice');
notice.textContent = REASONS[params.get('reason')] || '';
drawGuestNavigation();
// Why the user came here stops being news once they try to log in: only the answer to this attempt is shown.
document.getElementById('login').addEventListener('submit', () => { notice.textContent = ''; });

onSubmit(document.getElementById('login'), async data => {
    await logIn(data.get('email').trim(), data.get('password'));
    location.assign(safeNext(params.get('next')));
});

// Only a page of this site. The address is resolved as the browser would resolve it (which drops tabs and line
// breaks, so "/\t/evil.example" is "//evil.example") and must keep this page's origin. What is returned is the whole
// resolved address, never a path: a path that begins "//" after resolving ("/.//evil.example" resolves to the path
// "//evil.example") names another host when handed back to location.assign. No page of ours has such a path, so that
// goes home too.
function safeNext(next) {
    if (!next) {
        return '/';
    }
    try {
        const target = new URL(next, location.origin);
        const ours = target.origin === location.origin && !target.pathname.startsWith('//');
        return ours ? target.href : '/';
    } catch (notAnAddress) {
        return '/';
    }
}
