// Sign-up, then straight into the dashboard (or back to the page that sent the person here, such as an invitation):
// the account is created and logged in with the same details.
import { call, logIn } from './api.js';
import { onSubmit } from './forms.js';
import { drawGuestNavigation } from './layout.js';
import { keepingNext, safeNext } from './return-address.js';

drawGuestNavigation();
document.getElementById('to-login').href = keepingNext('/login');

onSubmit(document.getElementById('signup'), async data => {
    const details = { email: data.get('email').trim(), password: data.get('password'), name: data.get('name').trim() };
    await call('POST', '/api/v1/accounts', details);
    await logIn(details.email, details.password);
    location.assign(safeNext(new URLSearchParams(location.search).get('next')));
});
