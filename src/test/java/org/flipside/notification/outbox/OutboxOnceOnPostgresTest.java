package org.flipside.notification.outbox;

import org.flipside.testing.OnPostgres;

@OnPostgres
class OutboxOnceOnPostgresTest extends OutboxOnceContract {
}
