package org.flipside.pairing;

/** How a pair came about: both people accepted a match, or a program manager paired them by hand. */
public enum PairOrigin {
    MATCHED, MANUAL
}
