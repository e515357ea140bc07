/** Confirmed matches in figures for dashboards: {@link org.flipside.matching.MatchFigures}. */
package org.flipside.matching.figures;
