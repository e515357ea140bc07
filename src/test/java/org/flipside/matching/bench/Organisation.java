package org.flipside.matching.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;

/**
 * A generated company: a CEO, department heads, seniors (grades 7–10) reporting to seniors of higher grade in their
 * department, team leads (5–6) under seniors, and juniors (1–4) under team leads or directly under seniors, so that
 * some seniors sit above some juniors' chains. Teams mostly share their manager's site; seniors are older.
 */
final class Organisation {

    record Site(String city, String zone, List<String> languages, double secondLanguage) {
    }

    static final List<Site> SITES = List.of(
            new Site("London", "Europe/London", List.of("English", "French"), 0.2),
            new Site("New York", "America/New_York", List.of("English", "Spanish"), 0.25),
            new Site("Berlin", "Europe/Berlin", List.of("German", "English"), 0.75),
            new Site("Paris", "Europe/Paris", List.of("French", "English"), 0.6),
            new Site("Singapore", "Asia/Singapore", List.of("English", "Chinese"), 0.4),
            new Site("Bangalore", "Asia/Kolkata", List.of("English", "Hindi"), 0.6),
            new Site("São Paulo", "America/Sao_Paulo", List.of("Portuguese", "English"), 0.5),
            new Site("Madrid", "Europe/Madrid", List.of("Spanish", "English"), 0.55),
            new Site("Chicago", "America/Chicago", List.of("English", "Spanish"), 0.2),
            new Site("Sydney", "Australia/Sydney", List.of("English"), 0),
            new Site("Tokyo", "Asia/Tokyo", List.of("Japanese", "English"), 0.45),
            new Site("Toronto", "America/Toronto", List.of("English", "French"), 0.3));
    static final List<String> DEPARTMENTS = List.of("Sales", "Engineering", "Operations", "Finance", "Marketing",
            "Customer Service", "Product", "People", "Data", "Legal", "Procurement", "Communications");

    final List<Employee> seniors = new ArrayList<>();
    final List<Employee> juniors = new ArrayList<>();
    final Map<String, String> managerOf = new HashMap<>();
    private final Random random;
    private final Zipf<Site> sites = new Zipf<>(SITES, 0.9);
    private final Zipf<String> departments = new Zipf<>(DEPARTMENTS, 0.7);
    /** Per department, the people who can manage others, by grade. */
    private final Map<String, List<List<Employee>>> managers = new HashMap<>();

    private Organisation(Random random) {
        this.random = random;
    }

    static Organisation of(int seniorCount, int juniorCount, Random random) {
        Organisation org = new Organisation(random);
        Employee ceo = org.person("C0", "Executive", 12, null, SITES.get(0));
        org.managerOf.put(ceo.employeeNumber(), null);
        for (String department : DEPARTMENTS) {
            org.add(org.person("H-" + department.replace(' ', '-'), department, 11, ceo, SITES.get(0)), department, 11);
        }
        int[] grades = new int[seniorCount];
        for (int i = 0; i < seniorCount; i++) {
            double x = random.nextDouble();
            grades[i] = x < 0.35 ? 7 : x < 0.65 ? 8 : x < 0.85 ? 9 : 10;
        }
        java.util.Arrays.sort(grades); // highest first below, so managers exist before their reports
        for (int i = seniorCount - 1; i >= 0; i--) {
            String department = org.departments.draw(random);
            Employee manager = org.above(department, grades[i], 11);
            Employee senior = org.person(String.format("S%05d", seniorCount - i), department, grades[i], manager, null);
            org.seniors.add(senior);
            org.add(senior, department, grades[i]);
        }
        int leads = Math.max(1, juniorCount / 5);
        List<Employee> teamLeads = new ArrayList<>();
        for (int k = 0; k < leads; k++) {
            String department = org.departments.draw(random);
            int grade = 5 + random.nextInt(2);
            Employee lead = org.person(String.format("L%05d", k + 1), department, grade, org.above(department, grade, 10), null);
            teamLeads.add(lead);
            org.add(lead, department, grade);
        }
        for (int j = 0; j < juniorCount; j++) {
            double x = random.nextDouble();
            int grade = x < 0.15 ? 1 : x < 0.5 ? 2 : x < 0.85 ? 3 : 4;
            Employee manager = random.nextDouble() < 0.8 ? teamLeads.get(random.nextInt(teamLeads.size()))
                    : org.above(org.departments.draw(random), grade, 10);
            org.juniors.add(org.person(String.format("J%05d", j + 1), manager.department(), grade, manager, null));
        }
        return org;
    }

    /** Someone in the department with a grade above {@code grade} (at most {@code highest}); the head at worst. */
    private Employee above(String department, int grade, int highest) {
        List<List<Employee>> byGrade = managers.get(department);
        for (int attempt = 0; attempt < 4; attempt++) {
            int g = grade + 1 + random.nextInt(Math.max(1, highest - grade));
            List<Employee> candidates = byGrade.get(Math.min(g, 11));
            if (!candidates.isEmpty()) {
                return candidates.get(random.nextInt(candidates.size()));
            }
        }
        return byGrade.get(11).get(0);
    }

    private void add(Employee employee, String department, int grade) {
        List<List<Employee>> byGrade = managers.computeIfAbsent(department, d -> {
            List<List<Employee>> lists = new ArrayList<>();
            for (int g = 0; g <= 12; g++) {
                lists.add(new ArrayList<>());
            }
            return lists;
        });
        byGrade.get(grade).add(employee);
    }

    private Employee person(String number, String department, int grade, Employee manager, Site fixed) {
        Site site = fixed != null ? fixed : manager != null && random.nextDouble() < 0.6 ? siteOf(manager)
                : sites.draw(random);
        List<String> languages = new ArrayList<>(List.of(site.languages().get(0)));
        if (site.languages().size() > 1 && random.nextDouble() < site.secondLanguage()) {
            languages.add(site.languages().get(1));
        }
        double age = grade >= 7 ? 30 + 3 * grade + random.nextGaussian() * 5
                : 21 + 1.5 * grade + Math.abs(random.nextGaussian()) * 3;
        Integer birthYear = random.nextDouble() < 0.03 ? null : 2026 - (int) Math.round(age);
        Integer knownGrade = grade < 11 && random.nextDouble() < 0.01 ? null : grade;
        managerOf.put(number, manager == null ? null : manager.employeeNumber());
        String title = grade >= 7 ? "Director" : grade >= 5 ? "Team lead" : "Associate";
        return new Employee(number, "Person " + number, number.toLowerCase() + "@example.com", department, title,
                knownGrade, manager == null ? null : manager.employeeNumber(), LocalDate.of(2015, 1, 1), birthYear,
                site.city(), site.zone(), languages, EmploymentStatus.ACTIVE, Instant.EPOCH, 1);
    }

    private static Site siteOf(Employee employee) {
        return SITES.stream().filter(site -> site.city().equals(employee.location())).findFirst().orElseThrow();
    }
}
