package org.flipside.feedback.channel;

import org.flipside.testing.OnH2;

@OnH2
class ConversationStoreOnH2Test extends ConversationStoreContract {
}
