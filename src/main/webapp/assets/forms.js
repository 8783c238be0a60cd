// Shows the API's error body next to the field it names (details.field), or above the buttons when it names
// none, so the user reads the server's own words ("password must be at least 12 characters").

export function clearErrors(form) {
    form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
    form.querySelectorAll('.field-error, .form-error').forEach(slot => { slot.textContent = ''; });
}

// The API words its errors for programs ("rate_limit exceeds the creating key's own rate limit"); people read
// the same refusal with the field's name and the numbers they need. The API's own message stays as it is.
const FIELD_NAMES = {
    rate_limit: 'Rate limit', expires_at: 'The expiry date', allowed_ips: 'Allowed IP addresses', name: 'Name',
    permissions: 'Permissions', level: 'Permission level', grace_period: 'Grace period', email: 'Email',
    password: 'Password', current_password: 'Current password', new_password: 'New password', message: 'Message'
};

export function humane(failure) {
    const field = failure.details?.field;
    if (field === 'rate_limit' && failure.details.max !== undefined) {
        return `Rate limit can be at most ${Number(failure.details.max).toLocaleString('en-US')} requests per hour on your plan.`;
    }
    if (failure.status === 429) {
        return 'Too many requests just now. Wait a moment and try again.';
    }
    if (failure.status >= 500) {
        return 'Something went wrong on our side. Please try again in a moment.';
    }
    let message = failure.message || 'Something went wrong. Please try again.';
    for (const [name, label] of Object.entries(FIELD_NAMES)) {
        message = message.replace(new RegExp(`\\b${name}\\b`, 'g'), label.toLowerCase());
    }
    message = message.charAt(0).toUpperCase() + message.slice(1);
    return /[.!?]$/.test(message) ? message : `${message}.`;
}

export function showError(form, failure) {
    failure = { ...failure, details: failure.details, message: humane(failure) };
    const field = failure.details?.field;
    const input = field ? form.querySelector(`[name="${CSS.escape(field)}"]`) : null;
    const slot = input ? form.querySelector(`#${CSS.escape(input.id)}-error`) : null;
    if (input && slot) {
        input.setAttribute('aria-invalid', 'true');
        slot.textContent = failure.message;
        input.focus();
        return;
    }
    const general = form.querySelector('.form-error');
    general.textContent = failure.message || 'Something went wrong. Please try again.';
    general.focus();
}

/** A field's error goes as soon as the field is changed: it described the value that is no longer there. */
function clearFieldError(input) {
    if (!input.id) {
        return;
    }
    input.removeAttribute('aria-invalid');
    const slot = input.form?.querySelector(`#${CSS.escape(input.id)}-error`);
    if (slot) {
        slot.textContent = '';
    }
}

/** Shows a message of the page's own next to a field, as the server's are shown. */
export function fieldError(form, name, message) {
    showError(form, { message, details: { field: name } });
}

/**
 * Names every empty required field at once ("Email is required."), which the API cannot: it answers with the first
 * field it meets. True when none is empty.
 */
function requiredFieldsFilled(form) {
    const empty = [...form.querySelectorAll('[required]')].filter(input => !input.disabled && !String(input.value).trim());
    for (const input of empty) {
        const label = form.querySelector(`label[for="${CSS.escape(input.id)}"]`)?.textContent.trim() || 'This field';
        fieldError(form, input.name, `${label} is required.`);
    }
    empty[0]?.focus(); // each error focused its field: the first one is where to start
    return empty.length === 0;
}

/** Runs the submit handler with the button disabled, showing any ApiError inline. */
export function onSubmit(form, handler) {
    form.addEventListener('input', event => clearFieldError(event.target));
    form.addEventListener('change', event => clearFieldError(event.target));
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearErrors(form);
        if (!requiredFieldsFilled(form)) {
            return;
        }
        const button = form.querySelector('button[type=submit]');
        button.disabled = true;
        try {
            await handler(new FormData(form));
        } catch (failure) {
            showError(form, failure);
        } finally {
            button.disabled = false;
        }
    });
}
