/**
 * Insights: what a pair learns that the organisation should act on. A junior mentor (or the senior mentee, from a
 * session) records an insight tied to the program's objectives and topics; the senior can endorse it, and it is
 * proposed to an owner who turns it into an action, declines it with a reason or merges it into an existing action.
 * The module sits above pairing and reads pairs only through {@link org.flipside.pairing.Pairs}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package org.flipside.insights;
