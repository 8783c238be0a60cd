// "Page not found": says which address has no page and offers the way back, signed in or not.
import { anyonePage } from './layout.js';

document.getElementById('missing-path').textContent = location.pathname;
await anyonePage();
