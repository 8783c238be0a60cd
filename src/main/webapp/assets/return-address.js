// Where the login and sign-up pages send the person afterwards: the page that sent them there (?next=), so that an
// invitation link, or a page whose session ended, is back on screen once they are signed in.

/**
 * Only a page of this site. The address is resolved as the browser would resolve it (which drops tabs and line breaks,
 * so "/\t/evil.example" is "//evil.example") and must keep this page's origin. What is returned is the whole resolved
 * address, never a path: a path that begins "//" after resolving ("/.//evil.example" resolves to the path
 * "//evil.example") names another host when handed back to location.assign. No page of ours has such a path, so that
 * goes home too.
 */
export function safeNext(next) {
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

/** {@code page} ("/signup") carrying this page's own ?next= along, when it has one. */
export function keepingNext(page) {
    const next = new URLSearchParams(location.search).get('next');
    return next ? `${page}?next=${encodeURIComponent(next)}` : page;
}

/** {@code page} ("/login") with the page on view as where to come back to. */
export function comingBackHere(page) {
    return `${page}?next=${encodeURIComponent(location.pathname + location.search)}`;
}
