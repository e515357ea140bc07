package org.flipside.program.definition;

import org.springframework.data.relational.core.mapping.Table;

/** A short subject the pairs of a program are encouraged to talk about, such as "AI assistants at work". */
@Table("program_focus_topic")
record FocusTopic(String topic) {
}
