package org.flipside.training.guide;

/** A program's guide as its row holds it, without its items. */
record StoredGuide(long id, long programId, String topic, String topicKey, String libraryCode, String title,
                   String introduction, int nextPosition, long version) {
}
