/**
 * The psychological-safety pulse: junior mentors say, once per period, whether they can speak openly with their
 * senior mentee. Answers are stored without any link to the person; the program's managers see them only aggregated
 * over enough respondents, and a low score raises a flag that names the pair only when the junior agreed to it.
 */
package org.flipside.feedback.safety;
