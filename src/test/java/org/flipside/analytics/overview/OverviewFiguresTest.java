package org.flipside.analytics.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flipside.analytics.overview.OverviewFigures.Taking;
import org.flipside.pairing.PairCounts.Couple;
import org.flipside.people.Employee;
import org.flipside.people.EmploymentStatus;
import org.flipside.program.Side;
import org.junit.jupiter.api.Test;

class OverviewFiguresTest {

    @Test
    void bandsFollowTheBirthYearAndTheirEdgesBelongToThem() {
        assertThat(GenerationBand.of(1964)).contains(GenerationBand.BABY_BOOMERS);
        assertThat(GenerationBand.of(1965)).contains(GenerationBand.GENERATION_X);
        assertThat(GenerationBand.of(1996)).contains(GenerationBand.MILLENNIALS);
        assertThat(GenerationBand.of(1997)).contains(GenerationBand.GENERATION_Z);
        assertThat(GenerationBand.of(1930)).contains(GenerationBand.BEFORE_BOOMERS);
        assertThat(GenerationBand.of(2015)).contains(GenerationBand.GENERATION_ALPHA);
        assertThat(GenerationBand.of(null)).isEmpty();
        assertThat(GenerationBand.BEFORE_BOOMERS.fromYear()).isNull();
        assertThat(GenerationBand.MILLENNIALS.fromYear()).isEqualTo(1981);
    }

    @Test
    void eachSidesCountIsWithheldOnItsOwnBelowTheMinimum() {
        Set<Taking> taking = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            taking.add(new Taking(Side.MENTOR, person("m" + i, "Sales", 2, 1999)));
        }
        for (int i = 0; i < 4; i++) {
            taking.add(new Taking(Side.MENTEE, person("e" + i, "Sales", 8, 1970)));
        }
        taking.add(new Taking(Side.MENTEE, person("x", null, null, null)));

        Breakdown byDepartment = OverviewFigures.breakdown("department", taking, Employee::department,
                Comparator.naturalOrder());
        assertThat(byDepartment.rows()).hasSize(2);
        Breakdown.Row sales = byDepartment.rows().get(0);
        assertThat(sales.label()).isEqualTo("Sales");
        assertThat(sales.mentors()).isEqualTo(new Count(6, false));
        assertThat(sales.mentees()).isEqualTo(new Count(null, true));
        assertThat(byDepartment.rows().get(1).label()).isNull();

        Breakdown byBand = OverviewFigures.breakdown("generation", taking, OverviewFigures::band,
                OverviewFigures.bandOrder());
        assertThat(byBand.rows()).extracting(Breakdown.Row::label).containsExactly("GENERATION_X", "GENERATION_Z", null);
    }

    @Test
    void reachCountsPairsAcrossBandsAndWithholdsSmallCells() {
        Map<String, Employee> people = new HashMap<>();
        List<Couple> couples = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.put("z" + i, person("z" + i, "IT", 2, 2000));
            people.put("x" + i, person("x" + i, "IT", 8, 1970));
            couples.add(new Couple(i, 1, "x" + i, "z" + i));
        }
        for (int i = 0; i < 2; i++) {
            people.put("y" + i, person("y" + i, "IT", 3, 2001));
            couples.add(new Couple(100 + i, 1, "y" + i, "z" + i));
        }
        people.put("u", person("u", "IT", 3, null));
        couples.add(new Couple(200, 1, "u", "z0"));

        Reach reach = OverviewFigures.reach(couples, people);

        assertThat(reach.known()).isEqualTo(8);
        assertThat(reach.crossing()).isEqualTo(new Count(6, false));
        assertThat(reach.percent()).isEqualTo(75);
        assertThat(reach.bandPairs()).containsExactly(
                new Reach.BandPair(GenerationBand.GENERATION_Z, GenerationBand.GENERATION_X, new Count(6, false)),
                new Reach.BandPair(GenerationBand.GENERATION_Z, GenerationBand.GENERATION_Z, new Count(null, true)));
    }

    @Test
    void fewCrossingPairsWithholdTheShareToo() {
        Map<String, Employee> people = Map.of("a", person("a", "IT", 2, 2000), "b", person("b", "IT", 8, 1960));
        Reach reach = OverviewFigures.reach(List.of(new Couple(1, 1, "b", "a")), people);
        assertThat(reach.crossing().withheld()).isTrue();
        assertThat(reach.percent()).isNull();
    }

    private static Employee person(String number, String department, Integer grade, Integer birthYear) {
        return new Employee(number, "Name " + number, number + "@example.test", department, "Role", grade, null,
                java.time.LocalDate.of(2015, 1, 1), birthYear, "Paris", "Europe/Paris", List.of(), EmploymentStatus.ACTIVE, null,
                0L);
    }
}
