/**
 * The confidential channel: conversations between one participant and the managers of their program. Nobody else —
 * the partner, other participants, other programs' managers, administrators, sponsors — learns that one exists.
 */
package org.flipside.feedback.channel;
