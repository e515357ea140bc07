package org.flipside.pairing.workspace;

/**
 * Something the people of a pair (or its managers) should know on every page of its workspace, such as an agreement
 * not signed yet. {@code text} is ready to show; {@code link} is a path within the workspace or {@code null}.
 */
public record WorkspaceNotice(Level level, String text, String link) {

    public enum Level {
        INFO, WARNING
    }
}
