/**
 * The insight ledger: recording, endorsement, proposal to an owner and the owner's response.
 * {@link org.flipside.insights.ledger.InsightLedger}, {@link org.flipside.insights.ledger.InsightProposals},
 * {@link org.flipside.insights.ledger.InsightResponses} and their drafts are a named interface so that the demo seeding
 * can record and answer insights through the same rules as the pairs and owners.
 */
@org.springframework.modulith.NamedInterface("ledger")
package org.flipside.insights.ledger;
