package org.flipside.matching.scoring;

import static org.flipside.matching.scoring.Reasons.name;

import java.util.function.Function;
import org.flipside.people.Employee;

/** Reasons that come from the directory: departments, locations, generations, and the hard constraints. */
final class DirectoryReasons {

    private DirectoryReasons() {
    }

    /** Crossing departments or locations: {@code what} is "department" or "location". */
    static Reason crossing(String what, Person mentee, Person mentor, Function<Employee, String> value) {
        String a = known(mentee, value);
        String b = known(mentor, value);
        if (a == null || b == null) {
            return a == null && b == null ? Reason.of("matching.reason." + what + ".unknownBoth")
                    : Reason.of("matching.reason." + what + ".unknown", name(a == null ? mentee : mentor));
        }
        int fulfilment = Fulfilment.crossing(mentee.department, mentor.department);
        if ("location".equals(what)) {
            fulfilment = Fulfilment.crossing(mentee.location, mentor.location);
        }
        return fulfilment == 0 ? Reason.of("matching.reason." + what + ".same", a)
                : Reason.of("matching.reason." + what + ".different", a, b);
    }

    static Reason generation(Person mentee, Person mentor) {
        if (mentee.birthYear == Person.UNKNOWN || mentor.birthYear == Person.UNKNOWN) {
            return mentee.birthYear == Person.UNKNOWN && mentor.birthYear == Person.UNKNOWN
                    ? Reason.of("matching.reason.generation.unknownBoth")
                    : Reason.of("matching.reason.generation.unknown",
                    name(mentee.birthYear == Person.UNKNOWN ? mentee : mentor));
        }
        return Reason.of("matching.reason.generation", Math.abs(mentee.birthYear - mentor.birthYear));
    }

    static Reason block(Constraint constraint, Person mentee, Person mentor, HardConstraints constraints) {
        String key = constraint.messageKey();
        return switch (constraint) {
            case MANAGEMENT_CHAIN -> chain(mentee, mentor);
            case GRADE_GAP -> mentee.grade == Person.UNKNOWN || mentor.grade == Person.UNKNOWN
                    ? Reason.of(key + ".unknown", name(mentee.grade == Person.UNKNOWN ? mentee : mentor),
                    constraints.gradeGap)
                    : Reason.of(key + ".known", name(mentee), mentee.grade, name(mentor), mentor.grade,
                    constraints.gradeGap);
            // Deliberately without names: whose confidential list it was must not show.
            case DO_NOT_MATCH, FORBIDDEN_BY_MANAGER -> Reason.of(key);
            case EARLIER_PAIR -> Reason.of(key, name(mentee), name(mentor));
            case MUST_HAVE -> throw new IllegalArgumentException("A must-have block names its criterion");
        };
    }

    private static Reason chain(Person mentee, Person mentor) {
        String key = "matching.block.MANAGEMENT_CHAIN";
        if (mentee.enter == mentor.enter) {
            return Reason.of(key + ".cycle", name(mentee), name(mentor));
        }
        boolean menteeAbove = mentee.enter <= mentor.enter && mentor.enter < mentee.exit;
        Person above = menteeAbove ? mentee : mentor;
        Person below = menteeAbove ? mentor : mentee;
        return Reason.of(key + ".manages", name(above), name(below), Math.abs(above.depth - below.depth));
    }

    private static String known(Person person, Function<Employee, String> value) {
        Employee employee = person.candidate.employee();
        String text = employee == null ? null : value.apply(employee);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
