/**
 * Every cache this server keeps in its own memory: one library (Caffeine), each cache bounded by a setting read in
 * one place and evicting a few entries at a time, never all at once, with its size and hit rate in {@code /metrics}.
 */
package io.genx3d.caches;
