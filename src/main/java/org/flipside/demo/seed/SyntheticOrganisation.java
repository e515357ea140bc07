package org.flipside.demo.seed;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.NewEmployee;

/**
 * Generates the demo company: a CEO, an executive office, and departments each with a head, directors,
 * first-line managers and staff. Grades form a pyramid (many juniors, few executives), ages and hire dates fit
 * the grade, teams mostly sit in their manager's office, and every manager is someone generated earlier, so the
 * reporting lines are a tree.
 * <p>
 * The same seed and the same day give the same company.
 */
final class SyntheticOrganisation {

    static final long SEED = 20_240_917L;
    static final String EMAIL_DOMAIN = "demo.flipside.example";

    /** Share of individual contributors at grades 1 to 6. */
    private static final double[] STAFF_GRADES = {14, 22, 24, 18, 13, 9};
    private static final int TEAM_SIZE = 8;
    private static final int TEAMS_PER_DIRECTOR = 4;
    private static final int COMPANY_AGE_YEARS = 22;

    private final Random random;
    private final LocalDate today;
    private final List<NewEmployee> people = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();

    private SyntheticOrganisation(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    static List<NewEmployee> generate(LocalDate today) {
        return generate(SEED, today);
    }

    static List<NewEmployee> generate(long seed, LocalDate today) {
        SyntheticOrganisation organisation = new SyntheticOrganisation(seed, today);
        organisation.build();
        return List.copyOf(organisation.people);
    }

    private void build() {
        NewEmployee ceo = add("Executive Office", "Chief Executive Officer", 12, null, Site.LONDON);
        add("Executive Office", "Chief of Staff", 9, ceo, Site.LONDON);
        add("Executive Office", "Executive Assistant", 4, ceo, Site.LONDON);
        for (DepartmentPlan department : DepartmentPlan.ALL) {
            buildDepartment(department, ceo);
        }
    }

    private void buildDepartment(DepartmentPlan plan, NewEmployee ceo) {
        Site headOffice = random.nextDouble() < 0.6 ? Site.LONDON : Site.pick(random);
        NewEmployee head = add(plan.name(), plan.headTitle(), 11, ceo, headOffice);
        int directorCount = plan.directorAreas().isEmpty() ? 0 : Math.max(1, Math.round(plan.people() / 30f));
        int managerCount = Math.max(1, Math.round((plan.people() - directorCount) / (float) (TEAM_SIZE + 1)));
        int staffCount = plan.people() - directorCount - managerCount;

        List<NewEmployee> directors = new ArrayList<>();
        for (int i = 0; i < directorCount; i++) {
            String area = plan.directorAreas().get(i % plan.directorAreas().size());
            int grade = random.nextDouble() < 0.3 ? 10 : 9;
            directors.add(add(plan.name(), (grade == 10 ? "Senior Director, " : "Director, ") + area, grade, head,
                    nearby(head)));
        }
        List<NewEmployee> managers = new ArrayList<>();
        for (int i = 0; i < managerCount; i++) {
            NewEmployee boss = directors.isEmpty() ? head : directors.get(i / TEAMS_PER_DIRECTOR % directors.size());
            int grade = random.nextDouble() < 0.35 ? 8 : 7;
            managers.add(add(plan.name(), (grade == 8 ? "Senior " : "") + plan.managerTitle(), grade, boss,
                    random.nextDouble() < 0.6 ? siteOf(boss) : Site.pick(random)));
        }
        for (int i = 0; i < staffCount; i++) {
            NewEmployee manager = managers.get(i % managers.size());
            int grade = Weighted.pick(STAFF_GRADES, random) + 1;
            String track = plan.tracks().get(random.nextInt(plan.tracks().size()));
            add(plan.name(), DepartmentPlan.levelledTitle(track, grade), grade, manager, nearby(manager));
        }
    }

    /** Most people work in their manager's office; some are remote from them. */
    private Site nearby(NewEmployee manager) {
        return random.nextDouble() < 0.75 ? siteOf(manager) : Site.pick(random);
    }

    private NewEmployee add(String department, String title, int grade, NewEmployee manager, Site site) {
        NameGroup group = site.nameGroup(random);
        String given = group.givenName(random);
        String family = group.familyName(random);
        int age = ageFor(grade);
        int birthYear = today.getYear() - age;
        int maxTenureYears = Math.min(COMPANY_AGE_YEARS, Math.max(0, age - 21));
        if (grade <= 2) {
            maxTenureYears = Math.min(maxTenureYears, grade * 2);
        }
        LocalDate hired = today.minusDays(30 + random.nextInt(Math.max(1, maxTenureYears * 365)));
        boolean leaver = grade <= 6 && manager != null && random.nextDouble() < 0.03;
        NewEmployee employee = new NewEmployee(
                "E" + (10_001 + people.size()),
                given + " " + family,
                email(given, family),
                department,
                title,
                grade,
                manager == null ? null : manager.employeeNumber(),
                hired,
                birthYear,
                site.name(),
                site.timeZone(),
                languages(site, group),
                leaver ? EmploymentStatus.LEAVER : EmploymentStatus.ACTIVE);
        people.add(employee);
        return employee;
    }

    /** Typical ages by grade: graduates in their early twenties, executives in their forties to sixties. */
    private int ageFor(int grade) {
        int[][] ranges = {{21, 26}, {22, 29}, {24, 34}, {26, 38}, {28, 45}, {30, 50}, {30, 50}, {33, 55}, {36, 58},
                {38, 60}, {40, 62}, {45, 62}};
        int[] range = ranges[Math.min(Math.max(grade, 1), 12) - 1];
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }

    private List<String> languages(Site site, NameGroup group) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add("English"); // the company's working language
        languages.addAll(site.languages());
        if (!group.heritageLanguages().isEmpty() && random.nextDouble() < 0.5) {
            languages.add(group.heritageLanguages().get(random.nextInt(group.heritageLanguages().size())));
        }
        if (random.nextDouble() < 0.12) {
            languages.add(List.of("French", "Spanish", "German", "Italian", "Dutch").get(random.nextInt(5)));
        }
        return List.copyOf(languages);
    }

    private String email(String given, String family) {
        String base = ascii(given) + "." + ascii(family);
        String candidate = base;
        for (int n = 2; !emails.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate + "@" + EMAIL_DOMAIN;
    }

    private static String ascii(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static Site siteOf(NewEmployee employee) {
        return Site.ALL.stream().filter(site -> site.name().equals(employee.location())).findFirst().orElse(Site.LONDON);
    }
}
