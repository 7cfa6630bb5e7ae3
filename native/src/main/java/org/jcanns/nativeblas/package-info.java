/**
 * OpenBLAS through the FFM API on off-heap memory: the {@code openblas} kernel tier. One library instance per
 * process; {@code OPENBLAS_CORETYPE} is corrected before it loads (see {@code CoreType}).
 */
package org.jcanns.nativeblas;
