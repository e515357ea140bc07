package org.flipside.training.guide;

/** A file of the guide library breaks the format or the rules; the message names the file, the line and why. */
public class MalformedGuideException extends IllegalStateException {

    public MalformedGuideException(String file, int line, String reason) {
        super("Conversation guide library: " + file + (line > 0 ? " line " + line : "") + ": " + reason);
    }
}
