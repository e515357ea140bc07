/**
 * Actions taken on insights until DONE, and the overdue reminders to their owners.
 * {@link org.flipside.insights.action.InsightActions} and its inputs are a named interface so that the demo seeding can
 * post status updates through the same rules as an owner.
 */
@org.springframework.modulith.NamedInterface("action")
package org.flipside.insights.action;
