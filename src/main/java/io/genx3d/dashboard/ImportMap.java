package io.genx3d.dashboard;

/**
 * The models page's import map: three.js's add-ons import the bare name {@code three}, which a browser can
 * only resolve through an inline {@code <script type="importmap">}. A strict Content-Security-Policy blocks
 * inline scripts unless it names their hash, so the policy carries this one's; {@code ImportMapTest} fails
 * when the page's import map and this hash drift apart.
 */
final class ImportMap {

    /** SHA-256 of the exact text between the page's importmap tags, base64, in CSP source syntax. */
    static final String HASH = "sha256-RcVb7Jk0lWerKvk/69FOANgpeI1EEhwoTNZ9MjHfRjU=";

    private ImportMap() {
    }
}
