/**
 * The mentoring agreement of a pair: versions, signatures, the reminder to sign and its at-risk signal.
 * {@link org.flipside.pairing.agreement.AgreementService} and its terms are a named interface so that the demo seeding
 * can write and sign an agreement through the same rules as the pair's people.
 */
@org.springframework.modulith.NamedInterface("agreement")
package org.flipside.pairing.agreement;
