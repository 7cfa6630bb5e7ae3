/**
 * OpenBLAS through the FFM API on off-heap memory: the {@code openblas} kernel tier (work in progress; the
 * module builds so that the layout is in place).
 */
package org.jcanns.nativeblas;
