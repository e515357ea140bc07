package org.flipside.feedback.channel;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ConversationStoreOnPostgresTest extends ConversationStoreContract {
}
