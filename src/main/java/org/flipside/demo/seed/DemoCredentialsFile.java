package org.flipside.demo.seed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the demo passwords in a file next to the embedded database, readable by its owner only where the file
 * system has POSIX permissions, so that the newcomer who missed the log can still sign in.
 */
final class DemoCredentialsFile {

    private DemoCredentialsFile() {
    }

    static void write(Path file, List<DemoCredential> credentials) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            // created with the permissions, so there is no moment when others could read it
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        Files.write(file, lines(credentials), StandardCharsets.UTF_8);
    }

    static List<String> lines(List<DemoCredential> credentials) {
        List<String> lines = new ArrayList<>();
        lines.add("# Flipside demo accounts, created on first start. Sign in at /login.");
        lines.add("# username | password | role | played by");
        for (DemoCredential c : credentials) {
            lines.add(c.username() + " | " + c.password() + " | " + c.role().name() + " | " + c.displayName());
        }
        return lines;
    }
}
