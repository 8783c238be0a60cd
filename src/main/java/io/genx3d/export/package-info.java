/**
 * Geometry: meshes of the primitives and the STL, OBJ and glTF files a model exports to. Knows parts only as
 * {@link io.genx3d.export.PartShape}s, nothing of models or requests.
 */
package io.genx3d.export;
