/**
 * The genx3D API server: the JAX-RS application. Each sub-package is one capability, arranged in floors that only
 * import downwards (see PackageLayersTest): the caller model at the bottom, authentication on it, accounts and keys on
 * that, usage and sessions on keys, and the 3D domain (models, chat) on top.
 */
package io.genx3d;
