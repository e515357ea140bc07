/**
 * Audit: an append-only record of who did what to which record, when and from where. Every module writes to it
 * through {@link org.flipside.audit.AuditLog}; administrators read it. Nothing can change or delete an entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.flipside.audit;
