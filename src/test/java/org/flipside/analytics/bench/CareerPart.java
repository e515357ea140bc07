package org.flipside.analytics.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.flipside.people.EmploymentHistory;
import org.flipside.people.EmploymentStatus;
import org.flipside.people.LevelChange;

/**
 * Who left and who changed level, decided once everyone's programs are known. Everyone leaves and is promoted at an
 * ordinary yearly rate; approved participants of a running program, from its start on, leave a little less often and
 * are promoted a little more often, so the outcomes report has a real difference to show. Nobody leaves before an
 * invitation that names them, and nobody on the roster of a program that has not started leaves at all.
 */
final class CareerPart {

    static final double LEAVING_A_YEAR = 0.10;
    static final double PARTICIPANTS_LEAVING_A_YEAR = 0.06;
    static final double PROMOTED_A_YEAR = 0.08;
    static final double PARTICIPANTS_PROMOTED_A_YEAR = 0.14;
    /** How far back the directory's leave dates and level changes go. */
    static final int LEAVERS_DAYS = 540;
    static final int CHANGES_DAYS = 730;
    private static final int TOP_GRADE = 12;

    private CareerPart() {
    }

    /** Each person's history by employee index, as the directory will hold it. */
    static EmploymentHistory[] decide(DirectoryPart.People people, List<ProgramPart.Program> programs, Random random,
                                      LocalDate today) {
        int size = people.size();
        LocalDate[] since = new LocalDate[size];
        LocalDate[] invited = new LocalDate[size];
        boolean[] upcoming = new boolean[size];
        for (ProgramPart.Program program : programs) {
            LocalDate start = program.start().toLocalDate();
            LocalDate invitedOn = program.invited().toLocalDate();
            for (int person : program.roster()) {
                invited[person] = later(invited[person], invitedOn);
                upcoming[person] |= !program.running();
            }
            if (program.running()) {
                for (long[] participant : program.participants()) {
                    int person = (int) participant[1];
                    since[person] = since[person] == null || start.isBefore(since[person]) ? start : since[person];
                }
            }
        }
        EmploymentHistory[] histories = new EmploymentHistory[size];
        for (int i = 0; i < size; i++) {
            LocalDate leaves = i == 0 || upcoming[i] ? null : leaveDate(people.hired()[i], since[i], invited[i],
                    random, today);
            List<LevelChange> changes = new ArrayList<>();
            int grade = people.grades()[i];
            for (LocalDate on : promotions(since[i], random, today)) {
                if (grade < TOP_GRADE && (leaves == null || on.isBefore(leaves)) && on.isAfter(people.hired()[i])) {
                    changes.add(new LevelChange(people.number(i), grade, grade + 1, on));
                    grade++;
                }
            }
            histories[i] = new EmploymentHistory(people.number(i), people.departments()[i], grade, people.hired()[i],
                    leaves == null ? EmploymentStatus.ACTIVE : EmploymentStatus.LEAVER, leaves, changes);
        }
        return histories;
    }

    /** A leave date at the yearly rate over the days someone could have left in, or {@code null}. */
    private static LocalDate leaveDate(LocalDate hired, LocalDate since, LocalDate invited, Random random,
                                       LocalDate today) {
        LocalDate from = later(later(today.minusDays(LEAVERS_DAYS), hired.plusDays(1)), later(since, invited));
        long days = ChronoUnit.DAYS.between(from, today);
        double rate = since == null ? LEAVING_A_YEAR : PARTICIPANTS_LEAVING_A_YEAR;
        boolean leaves = random.nextDouble() < rate * days / 365;
        return leaves && days > 1 ? from.plusDays(1 + random.nextInt((int) days - 1)) : null;
    }

    /**
     * Promotion dates, oldest first: one chance at the ordinary rate until a participant's first start (for everyone
     * else until today), then one at the participants' rate.
     */
    private static List<LocalDate> promotions(LocalDate since, Random random, LocalDate today) {
        LocalDate from = today.minusDays(CHANGES_DAYS);
        LocalDate switchOn = since == null ? today : later(since, from);
        List<LocalDate> dates = new ArrayList<>();
        promotion(from, switchOn, PROMOTED_A_YEAR, random).ifPresent(dates::add);
        if (since != null) {
            promotion(switchOn, today, PARTICIPANTS_PROMOTED_A_YEAR, random).ifPresent(dates::add);
        }
        return dates;
    }

    /** One promotion strictly between the two days at the yearly rate, or none. */
    private static Optional<LocalDate> promotion(LocalDate from, LocalDate until, double rate, Random random) {
        long days = ChronoUnit.DAYS.between(from, until);
        boolean promoted = random.nextDouble() < rate * days / 365;
        return promoted && days > 1 ? Optional.of(from.plusDays(1 + random.nextInt((int) days - 1))) : Optional.empty();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null || b != null && b.isAfter(a) ? b : a;
    }
}
