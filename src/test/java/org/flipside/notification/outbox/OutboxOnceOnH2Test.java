package org.flipside.notification.outbox;

import org.flipside.testing.OnH2;

@OnH2
class OutboxOnceOnH2Test extends OutboxOnceContract {
}
