package org.flipside.matching.rule;

/** A manager's decision about one pair: keep it in every run, or keep it out of every run. */
public enum RuleKind {
    LOCK,
    FORBID
}
