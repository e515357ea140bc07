package org.flipside.analytics.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What a benchmark database holds, written beside it once the organisation is generated, so a later run with
 * {@code -Dreuse=true} can measure the same data again without generating it (which takes minutes).
 */
record GeneratedMarker(long largestProgram, long largestSurvey, String summary) {

    private static final String FILE = "generated.properties";

    static boolean present(Path folder, long seed) throws IOException {
        Path file = folder.resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        return String.valueOf(seed).equals(load(file).getProperty("seed"));
    }

    static GeneratedMarker read(Path folder) throws IOException {
        Properties p = load(folder.resolve(FILE));
        return new GeneratedMarker(Long.parseLong(p.getProperty("largestProgram")),
                Long.parseLong(p.getProperty("largestSurvey")), "reused " + p.getProperty("summary"));
    }

    static GeneratedMarker write(Path folder, long seed, OrganisationGenerator.Generated data) throws IOException {
        Properties p = new Properties();
        p.setProperty("seed", String.valueOf(seed));
        p.setProperty("largestProgram", String.valueOf(data.largestProgram()));
        p.setProperty("largestSurvey", String.valueOf(data.largestSurvey()));
        p.setProperty("summary", data.toString());
        Files.createDirectories(folder);
        try (Writer out = Files.newBufferedWriter(folder.resolve(FILE))) {
            p.store(out, "organisation generated for DashboardBenchmark");
        }
        return new GeneratedMarker(data.largestProgram(), data.largestSurvey(), "generated " + data);
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return p;
    }
}
