package org.flipside.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flipside.people.NewEmployee;
import org.junit.jupiter.api.Test;

class SyntheticOrganisationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private final List<NewEmployee> people = SyntheticOrganisation.generate(TODAY);

    @Test
    void isTheSameCompanyEveryTimeForTheSameDay() {
        assertThat(SyntheticOrganisation.generate(TODAY)).isEqualTo(people);
        assertThat(SyntheticOrganisation.generate(1L, TODAY)).isNotEqualTo(people);
    }

    @Test
    void hasAboutFourHundredPeopleInEightDepartmentsAndAnExecutiveOffice() {
        assertThat(people).hasSizeBetween(380, 420);
        Set<String> departments = people.stream().map(NewEmployee::department).collect(Collectors.toSet());
        assertThat(departments).contains("Engineering", "Marketing", "Sales", "Finance", "People & Culture",
                "Operations", "Customer Success", "Legal", "Executive Office");
    }

    @Test
    void reportingLinesFormOneTreeUnderTheChiefExecutive() {
        Map<String, NewEmployee> byNumber = new HashMap<>();
        people.forEach(p -> byNumber.put(p.employeeNumber(), p));
        assertThat(byNumber).hasSize(people.size());

        List<NewEmployee> roots = people.stream().filter(p -> p.managerNumber() == null).toList();
        assertThat(roots).singleElement().extracting(NewEmployee::jobTitle).isEqualTo("Chief Executive Officer");
        for (NewEmployee person : people) {
            Set<String> seen = new HashSet<>();
            NewEmployee current = person;
            while (current.managerNumber() != null) {
                assertThat(seen.add(current.employeeNumber())).as("cycle through %s", current.employeeNumber()).isTrue();
                NewEmployee manager = byNumber.get(current.managerNumber());
                assertThat(manager).as("manager of %s", current.employeeNumber()).isNotNull();
                assertThat(manager.grade()).as("%s outranks %s", manager.jobTitle(), current.jobTitle())
                        .isGreaterThan(current.grade());
                current = manager;
            }
            assertThat(current).isSameAs(roots.get(0));
        }
    }

    @Test
    void gradesFormAPyramid() {
        Map<Integer, Long> perGrade = people.stream()
                .collect(Collectors.groupingBy(NewEmployee::grade, Collectors.counting()));
        assertThat(perGrade.keySet()).allMatch(g -> g >= 1 && g <= 12);
        assertThat(perGrade.get(12)).isEqualTo(1);
        long juniors = people.stream().filter(p -> p.grade() <= 3).count();
        long seniors = people.stream().filter(p -> p.grade() >= 9).count();
        assertThat(juniors).isGreaterThan(people.size() / 3);
        assertThat(seniors).isLessThan(people.size() / 15);
    }

    @Test
    void titlesFitTheGrade() {
        assertThat(people).filteredOn(p -> p.grade() == 1).allMatch(p -> p.jobTitle().startsWith("Graduate "));
        assertThat(people).filteredOn(p -> p.grade() == 11).extracting(NewEmployee::jobTitle)
                .contains("Chief Technology Officer", "Chief People Officer", "General Counsel");
        assertThat(people).anyMatch(p -> p.jobTitle().equals("People Programs Manager")
                || p.jobTitle().equals("Senior People Programs Manager"));
        assertThat(people).anyMatch(p -> p.jobTitle().contains("IT Systems Administrator"));
    }

    @Test
    void agesAndHireDatesAreBelievable() {
        for (NewEmployee p : people) {
            int age = TODAY.getYear() - p.birthYear();
            assertThat(age).as(p.jobTitle()).isBetween(21, 62);
            assertThat(p.hireDate()).isBefore(TODAY).isAfter(LocalDate.of(p.birthYear() + 20, 1, 1));
        }
        double juniorAge = people.stream().filter(p -> p.grade() <= 2).mapToInt(p -> TODAY.getYear() - p.birthYear())
                .average().orElseThrow();
        double executiveAge = people.stream().filter(p -> p.grade() >= 10).mapToInt(p -> TODAY.getYear() - p.birthYear())
                .average().orElseThrow();
        assertThat(executiveAge).isGreaterThan(juniorAge + 10);
    }

    @Test
    void locationsHaveTheirOwnTimeZonesAndEveryoneSpeaksEnglish() {
        Map<String, String> zoneOf = Map.of("London", "Europe/London", "New York", "America/New_York",
                "Berlin", "Europe/Berlin", "Singapore", "Asia/Singapore", "São Paulo", "America/Sao_Paulo",
                "Bengaluru", "Asia/Kolkata", "Nairobi", "Africa/Nairobi");
        assertThat(people.stream().map(NewEmployee::location).distinct().count()).isGreaterThanOrEqualTo(6);
        for (NewEmployee p : people) {
            assertThat(p.timeZone()).isEqualTo(zoneOf.get(p.location()));
            assertThat(ZoneId.of(p.timeZone())).isNotNull();
            assertThat(p.languages()).contains("English");
        }
    }

    @Test
    void emailsAreUniquePlainAsciiAddressesOnTheDemoDomain() {
        Set<String> emails = people.stream().map(NewEmployee::email).collect(Collectors.toSet());
        assertThat(emails).hasSize(people.size());
        assertThat(emails).allMatch(e -> e.matches("[a-z0-9-]+\\.[a-z0-9-]+\\d*@demo\\.flipside\\.example"));
    }

    @Test
    void aFewStaffHaveLeftButNoManagers() {
        Set<String> managers = people.stream().map(NewEmployee::managerNumber).collect(Collectors.toSet());
        List<NewEmployee> leavers = people.stream()
                .filter(p -> p.status() == org.flipside.people.EmploymentStatus.LEAVER).toList();
        assertThat(leavers).isNotEmpty().hasSizeLessThan(people.size() / 10);
        assertThat(leavers).noneMatch(p -> managers.contains(p.employeeNumber()));
    }
}
