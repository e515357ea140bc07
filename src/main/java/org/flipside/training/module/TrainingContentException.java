package org.flipside.training.module;

/** A training content file that cannot be used; the application refuses to start with it. */
public class TrainingContentException extends IllegalStateException {

    public TrainingContentException(String source, int line, String problem) {
        super("Training content " + source + (line > 0 ? ", line " + line : "") + ": " + problem);
    }

    public TrainingContentException(String source, String problem) {
        this(source, 0, problem);
    }
}
