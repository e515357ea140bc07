package org.flipside.people.importing;

import org.flipside.testing.HeapSampler;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.flipside.FlipsideApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports a generated 100,000-person HR export with the real import service, on an H2 file database and on
 * embedded PostgreSQL, and prints how long the preview and the import took and the peak heap. Not a test: run it
 * by hand (see docs/performance.md):
 * <pre>
 * MAVEN_OPTS=-Xmx512m ./mvnw -q -B test-compile exec:java \
 *     -Dexec.mainClass=org.flipside.people.importing.ImportBenchmark -Dexec.classpathScope=test
 * </pre>
 * Optional arguments: the number of rows, and {@code h2} or {@code postgres} to run one database only.
 */
public final class ImportBenchmark {

    private static final String[] FIRST = {"Amara", "Bruno", "Chen", "Dana", "Emeka", "Fatima", "Giulia", "Hiro",
            "Ingrid", "Jonas", "Kavya", "Lena", "Mateo", "Noor", "Olu", "Priya", "Quentin", "Rosa", "Sven", "Tariq"};
    private static final String[] LAST = {"Okafor", "Costa", "Wei", "Fischer", "Nwosu", "Haddad", "Rossi", "Tanaka",
            "Berg", "Schmidt", "Raman", "Novak", "García", "Khan", "Adeyemi", "Iyer", "Martin", "Silva", "Larsen", "Aziz"};
    private static final String[] DEPARTMENTS = {"Engineering", "Sales", "Finance", "People", "Marketing",
            "Operations", "Legal", "Customer Success", "Product", "Data"};
    private static final String[][] SITES = {{"London", "Europe/London"}, {"Berlin", "Europe/Berlin"},
            {"New York", "America/New_York"}, {"Singapore", "Asia/Singapore"}, {"São Paulo", "America/Sao_Paulo"},
            {"Bengaluru", "Asia/Kolkata"}, {"Lagos", "Africa/Lagos"}, {"Sydney", "Australia/Sydney"}};
    private static final String[] LANGUAGES = {"English", "English, French", "German, English", "Portuguese, English",
            "Hindi, Tamil, English", "Japanese", "Spanish, English", "Yoruba, English"};

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        byte[] file = generate(rows, new Random(42));
        System.out.printf("Generated %,d rows, %.1f MB, max heap %d MB, %d processors%n", rows,
                file.length / 1_048_576.0, Runtime.getRuntime().maxMemory() / 1_048_576,
                Runtime.getRuntime().availableProcessors());
        List<String> table = new ArrayList<>();
        table.add(String.format("%-10s | %7s | %11s | %10s | %13s | %14s", "database", "rows", "preview (s)",
                "import (s)", "re-import (s)", "peak heap (MB)"));

        String only = args.length > 1 ? args[1] : "all";
        Path h2 = Path.of("target", "bench", "h2");
        deleteRecursively(h2);
        if (!only.equals("postgres")) table.add(run("H2", file, rows, Map.of("spring.datasource.url",
                "jdbc:h2:file:" + h2.toAbsolutePath().resolve("flipside") + ";DB_CLOSE_ON_EXIT=FALSE")));

        if (!only.equals("h2")) try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
            table.add(run("PostgreSQL", file, rows, Map.of(
                    "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres", "spring.datasource.password", "")));
        }
        System.out.println();
        table.forEach(System.out::println);
    }

    private static String run(String database, byte[] file, int rows, Map<String, Object> properties) {
        Map<String, Object> all = new java.util.HashMap<>(properties);
        all.put("flipside.demo", "false");
        all.put("server.port", "0");
        all.put("logging.level.root", "WARN");
        // as command-line arguments, which win over application.properties (default properties would not)
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FlipsideApplication.class)
                .run(arguments)) {
            check(context.getEnvironment().getProperty("spring.datasource.url").equals(properties.get("spring.datasource.url")),
                    "data source " + context.getEnvironment().getProperty("spring.datasource.url"));
            DirectoryImports imports = context.getBean(DirectoryImports.class);
            ColumnMapping mapping = new ColumnMapping(ColumnMapping.suggest(CsvFile.of(file).headers()).columns(),
                    "dd/MM/yyyy");
            HeapSampler.start();
            HeapSampler.reset();
            long first = imports.upload("bench.csv", file, "bench").id();
            double preview = seconds(() -> imports.map(first, mapping, ImportOptions.allOrNothing()));
            ImportPreview done = timed(() -> imports.confirm(first));
            double imported = lastSeconds;
            check(done.counts().created() == rows, "created " + done.counts());

            long second = imports.upload("bench.csv", file, "bench").id();
            imports.map(second, mapping, ImportOptions.allOrNothing());
            ImportPreview again = timed(() -> imports.confirm(second));
            double reimported = lastSeconds;
            check(again.counts().unchanged() == rows, "unchanged " + again.counts());
            return String.format("%-10s | %,7d | %11.1f | %10.1f | %13.1f | %14d", database, rows, preview, imported,
                    reimported, HeapSampler.peakMegabytes());
        }
    }

    /** A realistic export: a management tree up to eight levels deep, ; separators, a BOM, CRLF, quoted names. */
    static byte[] generate(int rows, Random random) {
        StringBuilder csv = new StringBuilder(rows * 160);
        csv.append('\uFEFF').append("Employee ID;Name;Work Email;Department;Job Title;Level;Manager ID;Hire Date;"
                + "Birth Year;Location;Time Zone;Languages;Status\r\n");
        int[] depth = new int[rows];
        for (int i = 0; i < rows; i++) {
            int manager = i == 0 ? -1 : Math.max(0, (i - 1) / 6 - random.nextInt(3));
            depth[i] = manager < 0 ? 0 : depth[manager] + 1;
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String[] site = SITES[random.nextInt(SITES.length)];
            LocalDate hired = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9_000));
            csv.append(String.format("E%07d", i)).append(';')
                    .append(random.nextInt(10) == 0 ? "\"" + last + "; " + first + "\"" : first + " " + last).append(';')
                    .append(first.toLowerCase()).append('.').append(i).append("@example.com").append(';')
                    .append(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]).append(';')
                    .append(depth[i] < 3 ? "Director" : "Specialist").append(';')
                    .append(Math.max(1, 12 - depth[i])).append(';')
                    .append(manager < 0 ? "" : String.format("E%07d", manager)).append(';')
                    .append(String.format("%02d/%02d/%d", hired.getDayOfMonth(), hired.getMonthValue(), hired.getYear())).append(';')
                    .append(random.nextInt(8) == 0 ? "" : String.valueOf(1960 + random.nextInt(45))).append(';')
                    .append(site[0]).append(';').append(site[1]).append(';')
                    .append('"').append(LANGUAGES[random.nextInt(LANGUAGES.length)]).append('"').append(';')
                    .append(random.nextInt(50) == 0 ? "LEAVER" : "ACTIVE").append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double lastSeconds;

    private static <T> T timed(Supplier<T> action) {
        long start = System.nanoTime();
        T result = action.get();
        lastSeconds = (System.nanoTime() - start) / 1e9;
        return result;
    }

    private static double seconds(Supplier<?> action) {
        timed(action);
        return lastSeconds;
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("Unexpected result: " + what);
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
