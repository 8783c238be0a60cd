// A refusal in plain words, for pages that send requests a person composed (the quick start's "Send the request", the
// API docs' "Try it out"): the error envelope says what the server decided; this says what to do about it.

/**
 * What to do about an answer, or null when it was no refusal (or its message already says it all).
 * {@code usedSession}: the request went with the dashboard session rather than an API key.
 */
export function explainRefusal(status, error, usedSession) {
    const details = error?.details || {};
    if (status === 401) {
        if (details.expired_at) {
            return `This API key expired at ${details.expired_at}: use another key, or create one under Settings → API Keys.`;
        }
        return UNAUTHORIZED[details.reason] ?? 'Paste an API key or log in.';
    }
    if (status === 403) {
        if (details.reason === 'csrf_token_invalid') {
            return 'Requests from this page with your dashboard session need the CSRF token; reload the page '
                + '(your session may have changed in another tab).';
        }
        if (details.reason === 'address_not_allowed') {
            return 'This key’s IP allowlist does not include your address: change the allowlist under '
                + 'Settings → API Keys, or use another key.';
        }
        if (details.reason === 'https_required') {
            return 'This server takes API keys only over HTTPS: use its https:// address.';
        }
        if (details.required) {
            return `${usedSession ? 'Your dashboard session' : 'This key'} lacks the permission ${details.required}: `
                + 'use a key that has it (Settings → API Keys shows each key’s permissions).';
        }
        return 'This account may not do that: it needs other permissions or an admin account.';
    }
    if (status === 429) {
        const when = details.reset_at ? ` after ${details.reset_at}` : ' in a little while';
        return `Too many requests: the rate limit was reached. Try again${when}.`;
    }
    return null;
}

const UNAUTHORIZED = {
    missing_key: 'Paste an API key or log in: this request carried neither a key nor a dashboard session.',
    malformed_key: 'That does not look like an API key: paste the whole key (it starts with sk-), nothing else.',
    key_not_found: 'No such key: check that you pasted all of it. A key is shown only once; if yours is lost, '
        + 'roll it under Settings → API Keys.',
    key_revoked: 'This API key was revoked and no longer works: use another key, or create one.',
    account_suspended: 'The account is suspended: its keys and sessions do not work until an admin reactivates it.',
    session_invalid: 'Your dashboard session has ended (it expired, or you logged out): log in again, '
        + 'or paste an API key.'
};
