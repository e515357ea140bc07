/** A program's pairs in figures for dashboards: {@link org.flipside.pairing.PairFigures}. */
package org.flipside.pairing.figures;
