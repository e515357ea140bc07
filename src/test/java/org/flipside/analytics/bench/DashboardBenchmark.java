package org.flipside.analytics.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flipside.FlipsideApplication;
import org.flipside.identity.AccountView;
import org.flipside.identity.Accounts;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;
import org.flipside.identity.token.ApiTokenService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application on a generated organisation (see {@link OrganisationGenerator}), signs in 20 clients
 * and measures every dashboard and report page under their load, on an H2 file database and on embedded PostgreSQL,
 * once per size of the largest program. Not a test: run it by hand (see docs/performance.md):
 * <pre>
 * MAVEN_OPTS=-Xmx1g ./mvnw -q -B test-compile exec:java \
 *     -Dexec.mainClass=org.flipside.analytics.bench.DashboardBenchmark -Dexec.classpathScope=test
 * </pre>
 * Arguments: the sizes of the largest program in pairs (default {@code 500,1000,2500,5000}), then {@code h2},
 * {@code postgres} or {@code all}. Properties: {@code -Dclients=20 -Dwarmup=20 -Dseconds=30 -Dseed=42}, and
 * {@code -Dreuse=true} to keep each database under {@code target/bench} and, when it already holds an organisation of
 * that size (same seed), measure it again instead of generating anew; {@code -Dapp="name=value;name=value"} passes
 * settings to the application (e.g. {@code flipside.figures.cache-seconds=0} to measure every reading uncached);
 * {@code -Dpages=pairs} measures only the pages whose name contains that text.
 */
public final class DashboardBenchmark {

    private static final String PASSWORD = "Bench-Granite-Lantern-77";
    private static final String HTML = "text/html";
    private static final String JSON = "application/json";

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = Stream.of((args.length > 0 ? args[0] : "500,1000,2500,5000").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        String only = args.length > 1 ? args[1] : "all";
        int clients = Integer.getInteger("clients", 20);
        long warmup = Integer.getInteger("warmup", 20) * 1000L;
        long seconds = Integer.getInteger("seconds", 30) * 1000L;
        long seed = Long.getLong("seed", 42L);
        boolean reuse = Boolean.getBoolean("reuse");
        System.out.printf("Sizes %s, %d clients, warm-up %d s, measured %d s, seed %d, max heap %d MB, %d processors%n",
                sizes, clients, warmup / 1000, seconds / 1000, seed, Runtime.getRuntime().maxMemory() / 1_048_576,
                Runtime.getRuntime().availableProcessors());
        Map<String, Map<Integer, List<LoadRun.Result>>> all = new LinkedHashMap<>();
        if (!only.equals("postgres")) {
            for (int size : sizes) {
                Path h2 = Path.of("target", "bench", "dashboard-h2-" + size);
                if (!(reuse && GeneratedMarker.present(h2, seed))) {
                    deleteRecursively(h2);
                }
                all.computeIfAbsent("H2 (file)", k -> new LinkedHashMap<>()).put(size, run("H2 (file)", size, Map.of(
                        "spring.datasource.url", "jdbc:h2:file:" + h2.toAbsolutePath().resolve("flipside")
                                + ";DB_CLOSE_ON_EXIT=FALSE"), h2, clients, warmup, seconds, seed));
            }
        }
        if (!only.equals("h2")) {
            for (int size : sizes) {
                // a fresh server per size, so every size starts from an empty, freshly migrated database
                Path data = Path.of("target", "bench", "dashboard-pg-" + size).toAbsolutePath();
                boolean again = reuse && GeneratedMarker.present(data, seed);
                if (!again) {
                    deleteRecursively(data);
                }
                Files.createDirectories(data);
                try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                        .setDataDirectory(data.resolve("pgdata"))
                        // kept on close, so -Dreuse=true finds it; a run that does not reuse deleted it above
                        .setCleanDataDirectory(false).start()) {
                    all.computeIfAbsent("PostgreSQL", k -> new LinkedHashMap<>()).put(size, run("PostgreSQL", size,
                            Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                                    "spring.datasource.username", "postgres", "spring.datasource.password", ""),
                            data, clients, warmup, seconds, seed));
                }
            }
        }
        System.out.println();
        all.forEach((database, bySize) -> bySize.forEach((size, results) -> {
            System.out.printf("%n%s, largest program %,d pairs:%n%s%n", database, size, LoadRun.Result.header());
            results.forEach(r -> System.out.println(r.row()));
        }));
        all.forEach((database, bySize) -> growth(database, bySize));
    }

    private static List<LoadRun.Result> run(String database, int size, Map<String, Object> properties, Path folder,
                                            int clients, long warmup, long seconds, long seed) throws Exception {
        Map<String, Object> all = new HashMap<>(properties);
        for (String setting : System.getProperty("app", "").split(";")) {
            if (setting.contains("=")) {
                all.put(setting.substring(0, setting.indexOf('=')).strip(),
                        setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        all.put("flipside.demo", "false");
        all.put("server.port", "0");
        all.put("logging.level.root", "WARN");
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(FlipsideApplication.class)
                .run(arguments)) {
            Accounts accounts = context.getBean(Accounts.class);
            ApiTokenService tokens = context.getBean(ApiTokenService.class);
            AccountView manager = accounts.findByUsername("bench.manager").orElseGet(() -> accounts.open(
                    new NewAccount("bench.manager", "Bench Manager", "bench.manager@example.com", "Europe/London",
                            Set.of(Role.PROGRAM_MANAGER), PASSWORD)));
            AccountView sponsor = accounts.findByUsername("bench.sponsor").orElseGet(() -> accounts.open(
                    new NewAccount("bench.sponsor", "Bench Sponsor", "bench.sponsor@example.com", "Europe/London",
                            Set.of(Role.ADMIN, Role.SPONSOR), PASSWORD)));
            String managerToken = tokens.issue(manager.id(), manager.username(), "bench", 1).secret();
            String sponsorToken = tokens.issue(sponsor.id(), sponsor.username(), "bench", 1).secret();
            GeneratedMarker data = GeneratedMarker.present(folder, seed) ? GeneratedMarker.read(folder)
                    : GeneratedMarker.write(folder, seed, OrganisationGenerator.generate(
                            context.getBean(DataSource.class), Scale.organisation(size), seed, "E", "bench.manager",
                            OffsetDateTime.now()));
            System.out.printf("%s: %s%n", database, data.summary());
            String base = "http://localhost:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort();
            String only = System.getProperty("pages", "");
            List<LoadRun.Page> pages = present(pages(data).stream().filter(p -> p.name().contains(only)).toList(),
                    base, managerToken, sponsorToken);
            List<LoadRun.Client> load = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                BenchBrowser asManager = new BenchBrowser(base).signIn("bench.manager", PASSWORD).withToken(managerToken);
                BenchBrowser asSponsor = new BenchBrowser(base).signIn("bench.sponsor", PASSWORD).withToken(sponsorToken);
                load.add(page -> (page.overseer() ? asSponsor : asManager).get(page.path(), page.accept()));
            }
            List<LoadRun.Result> results = LoadRun.run(pages, load, warmup, seconds);
            System.out.printf("%n%s, largest program %,d pairs:%n%s%n", database, size, LoadRun.Result.header());
            results.forEach(r -> System.out.println(r.row()));
            return results;
        }
    }

    /** Every dashboard and report page of the largest program, and the organisation's overview. */
    static List<LoadRun.Page> pages(GeneratedMarker data) {
        long id = data.largestProgram();
        return List.of(
                new LoadRun.Page("dashboard", "/programs/" + id + "/dashboard", HTML, false),
                new LoadRun.Page("dashboard (JSON)", "/api/v1/programs/" + id + "/dashboard", JSON, false),
                new LoadRun.Page("outcomes report", "/programs/" + id + "/outcomes", HTML, false),
                new LoadRun.Page("outcomes (JSON)", "/api/v1/programs/" + id + "/outcomes", JSON, false),
                new LoadRun.Page("evaluation (4 levels)", "/programs/" + id + "/evaluation", HTML, false),
                new LoadRun.Page("organisation overview", "/insight/organisation", HTML, true),
                new LoadRun.Page("organisation (JSON)", "/api/v1/insight/organisation", JSON, true),
                new LoadRun.Page("pairs (manager's list)", "/programs/" + id + "/pairs", HTML, false),
                new LoadRun.Page("you said, we did", "/programs/" + id + "/you-said-we-did", HTML, false),
                new LoadRun.Page("survey results", "/programs/" + id + "/surveys/" + data.largestSurvey() + "/results",
                        HTML, false));
    }

    /** The pages this build has: one that answers 404 to its rightful reader is skipped, with a line saying so. */
    private static List<LoadRun.Page> present(List<LoadRun.Page> pages, String base, String managerToken,
                                              String sponsorToken) throws Exception {
        BenchBrowser manager = new BenchBrowser(base).signIn("bench.manager", PASSWORD).withToken(managerToken);
        BenchBrowser sponsor = new BenchBrowser(base).signIn("bench.sponsor", PASSWORD).withToken(sponsorToken);
        List<LoadRun.Page> present = new ArrayList<>();
        for (LoadRun.Page page : pages) {
            long start = System.nanoTime();
            int status = (page.overseer() ? sponsor : manager).get(page.path(), page.accept());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (status == 404) {
                System.out.printf("Skipped %s (%s): not in this build (404)%n", page.name(), page.path());
            } else if (status != 200) {
                throw new IllegalStateException(page.path() + " answered " + status);
            } else {
                System.out.printf("First request of %s: %d ms%n", page.name(), millis);
                present.add(page);
            }
        }
        return present;
    }

    private static void growth(String database, Map<Integer, List<LoadRun.Result>> bySize) {
        List<Integer> sizes = new ArrayList<>(bySize.keySet());
        StringBuilder header = new StringBuilder(String.format("%n%s, p95 ms by pairs in the largest program:%n%-26s",
                database, "page"));
        sizes.forEach(s -> header.append(String.format(" | %7s", String.format("%,d", s))));
        System.out.println(header);
        List<LoadRun.Result> first = bySize.get(sizes.get(0));
        for (int p = 0; p < first.size(); p++) {
            StringBuilder row = new StringBuilder(String.format("%-26s", first.get(p).page().name()));
            for (int size : sizes) {
                LoadRun.Result result = bySize.get(size).get(p);
                // a page no client reached in the measured time has no figure, which is not the same as 0 ms
                row.append(result.requests() == 0 ? String.format(" | %7s", "none") : String.format(" | %7.1f", result.p95()));
            }
            System.out.println(row);
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
