/**
 * Training and guidance: role training for junior mentors and senior mentees (short modules with questions that
 * confirm understanding, completion tracked per participant) and conversation guides for a program's topics. It sits
 * below pairing: a program may require the training before a pair becomes active, and sessions draw their agenda
 * from the guides. Other modules use {@link org.flipside.training.TrainingProgress} and
 * {@link org.flipside.training.ConversationGuides} and listen for its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.flipside.training;
