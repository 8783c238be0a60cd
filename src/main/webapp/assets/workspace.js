// Where a page works: the signed-in person's own account, or a project of one of their organizations. A project's
// pages are the account's pages with ?project_id= in their address (Usage, Logs, Models) or the project's own
// (/project, its keys): the id is passed through to the API, which decides whether this person may see it.
import { call } from './api.js';

/** The project this page works in, or null for the person's own account. */
export const projectId = new URLSearchParams(location.search).get('project_id') || null;

/** {@code path} (an API or page address) with the project's id added when the page works in a project. */
export function inWorkspace(path) {
    if (!projectId) {
        return path;
    }
    const separator = path.includes('?') ? '&' : '?';
    return `${path}${separator}project_id=${encodeURIComponent(projectId)}`;
}

/** Where the keys live: the account's (GET/POST /api/v1/keys) or the project's. */
export const keysPath = projectId ? `/api/v1/projects/${encodeURIComponent(projectId)}/keys` : '/api/v1/keys';

let loaded = null;

/**
 * The project and its organization (with the person's role in it), fetched once; null on the account's own pages.
 */
export function currentProject() {
    if (!projectId) {
        return Promise.resolve(null);
    }
    loaded ??= (async () => {
        const project = await call('GET', `/api/v1/projects/${encodeURIComponent(projectId)}`);
        const organization = await call('GET', `/api/v1/organizations/${encodeURIComponent(project.organization_id)}`);
        return { project, organization };
    })();
    return loaded;
}

/** Role order, weakest first: a role "may" what any weaker role may. */
const ROLES = ['viewer', 'member', 'admin', 'owner'];

/** Whether {@code role} is at least {@code needed} (owner > admin > member > viewer). */
export function atLeast(role, needed) {
    return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
