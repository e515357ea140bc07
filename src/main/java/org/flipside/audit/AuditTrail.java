package org.flipside.audit;

import java.util.List;
import org.flipside.shared.web.PageOf;

/** Reads the audit log, newest first. */
public interface AuditTrail {

    PageOf<AuditEntry> search(AuditSearch search, int page, int size);

    List<String> actions();
}
