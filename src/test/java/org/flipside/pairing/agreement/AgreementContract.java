package org.flipside.pairing.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.flipside.pairing.PairFixture.as;

import org.flipside.identity.Accounts;
import org.flipside.identity.Role;
import org.flipside.pairing.PairFixture;
import org.flipside.pairing.PairFixture.Scene;
import org.flipside.pairing.Pairs;
import org.flipside.pairing.workspace.PairRecordPart;
import org.flipside.program.EnrollmentFixture.Person;
import org.flipside.people.DirectoryWriter;
import org.flipside.program.Cadence;
import org.flipside.program.Programs;
import org.flipside.program.Side;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The rules of a pair's agreement through its service, on a real database. */
abstract class AgreementContract {

    @Autowired
    AgreementService agreements;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accounts;
    @Autowired
    DirectoryWriter directory;
    @Autowired
    Programs programs;
    @Autowired
    Pairs pairs;
    @Autowired
    java.util.List<PairRecordPart> recordParts;

    PairFixture fixture;
    Scene scene;

    @BeforeEach
    void aPair() {
        fixture = new PairFixture(jdbc, accounts, directory, programs, pairs);
        scene = fixture.scene();
    }

    static AgreementTerms terms(String expectations) {
        return new AgreementTerms(Cadence.MONTHLY, AgreedMeetingMode.VIDEO, "What we say stays with us.",
                "Mentor: " + expectations, "Mentee: " + expectations, "Teams, Tuesday mornings");
    }

    private AgreementView save(Person who, AgreementTerms terms, int from) {
        return as(who, () -> agreements.save(scene.pairId(), terms, from));
    }

    private AgreementView sign(Person who, int version) {
        return as(who, () -> agreements.sign(scene.pairId(), version));
    }

    @Test
    void beforeAnyoneWritesItTheAgreementSuggestsAStartAndCannotBeSigned() {
        AgreementView agreement = as(scene.mentor(), () -> agreements.get(scene.pairId()));

        assertThat(agreement.version()).isZero();
        assertThat(agreement.written()).isFalse();
        assertThat(agreement.signed()).isFalse();
        assertThat(agreement.terms().cadence()).isEqualTo(Cadence.FORTNIGHTLY);
        assertThat(agreement.terms().meetingMode()).isEqualTo(AgreedMeetingMode.MIXED);
        assertThat(agreement.terms().confidentiality()).contains("stays between the two of us");
        assertThatThrownBy(() -> sign(scene.mentee(), 0)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("agreement.sign.nothingWritten");
    }

    @Test
    void itIsSignedOnlyOnceBothPeopleSignedTheCurrentVersion() {
        save(scene.mentee(), terms("prepare"), 0);

        AgreementView half = sign(scene.mentee(), 1);
        assertThat(half.signed()).isFalse();
        assertThat(half.signedBy(Side.MENTEE)).isTrue();
        assertThat(half.signedBy(Side.MENTOR)).isFalse();

        AgreementView both = sign(scene.mentor(), 1);
        assertThat(both.signed()).isTrue();
        assertThat(both.current().signatures()).extracting(Signature::side, Signature::version, Signature::participantId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Side.MENTEE, 1, scene.menteeParticipant()),
                        org.assertj.core.groups.Tuple.tuple(Side.MENTOR, 1, scene.mentorParticipant()));
        assertThat(both.current().signatureOf(Side.MENTOR).orElseThrow().fullName())
                .isEqualTo("Name " + scene.mentor().employeeNumber());

        // Signing again changes nothing.
        assertThat(sign(scene.mentor(), 1).current().signatures()).hasSize(2);
    }

    @Test
    void aChangedTextIsANewVersionThatNeedsBothSignaturesAgainAndTheOldOneIsKept() {
        save(scene.mentee(), terms("prepare"), 0);
        sign(scene.mentee(), 1);
        sign(scene.mentor(), 1);

        AgreementView changed = save(scene.mentor(), terms("prepare and follow up"), 1);

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.signed()).isFalse();
        assertThat(changed.current().signatures()).isEmpty();
        assertThat(changed.current().createdBySide()).isEqualTo(Side.MENTOR);
        assertThat(changed.history()).extracting(AgreementVersion::number).containsExactly(2, 1);
        assertThat(changed.history().get(1).signedByBoth()).isTrue();
        assertThat(changed.history().get(1).terms().mentorExpectations()).isEqualTo("Mentor: prepare");
    }

    @Test
    void savingTheSameTextAgainChangesNothing() {
        save(scene.mentee(), terms("prepare"), 0);
        sign(scene.mentee(), 1);
        AgreementTerms padded = new AgreementTerms(Cadence.MONTHLY, AgreedMeetingMode.VIDEO,
                "  What we say stays with us. ", "Mentor: prepare", "Mentee: prepare\n", "Teams, Tuesday mornings");

        AgreementView same = save(scene.mentor(), padded, 1);

        assertThat(same.version()).isEqualTo(1);
        assertThat(same.signedBy(Side.MENTEE)).isTrue();
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedAndTheNewerTextStays() {
        save(scene.mentee(), terms("from the mentee"), 0);

        assertThatThrownBy(() -> save(scene.mentor(), terms("from the mentor"), 0))
                .isInstanceOf(StaleEditException.class);
        AgreementView agreement = as(scene.mentor(), () -> agreements.get(scene.pairId()));
        assertThat(agreement.history()).hasSize(1);
        assertThat(agreement.terms().mentorExpectations()).isEqualTo("Mentor: from the mentee");
    }

    @Test
    void signingAVersionThatWasReplacedIsRefusedAndSignsNothing() {
        save(scene.mentee(), terms("one"), 0);
        save(scene.mentor(), terms("two"), 1);

        assertThatThrownBy(() -> sign(scene.mentee(), 1)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("agreement.sign.superseded");
        AgreementView agreement = as(scene.mentee(), () -> agreements.get(scene.pairId()));
        assertThat(agreement.history()).allSatisfy(version -> assertThat(version.signatures()).isEmpty());
    }

    @Test
    void theManagerReadsButNeitherWritesNorSigns() {
        save(scene.mentee(), terms("prepare"), 0);

        assertThat(as(scene.manager(), () -> agreements.get(scene.pairId())).version()).isEqualTo(1);
        assertThatThrownBy(() -> sign(scene.manager(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> save(scene.manager(), terms("managed"), 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(scene.mentee(), () -> agreements.get(scene.pairId())).current().signatures()).isEmpty();
    }

    @Test
    void peopleOutsideThePairAreToldItDoesNotExist() {
        for (var outsider : java.util.List.of(fixture.person(Role.EMPLOYEE), fixture.person(Role.ADMIN),
                fixture.person(Role.PROGRAM_MANAGER))) {
            assertThatThrownBy(() -> as(outsider, () -> agreements.get(scene.pairId())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(outsider, () -> agreements.save(scene.pairId(), terms("x"), 0)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> as(outsider, () -> agreements.sign(scene.pairId(), 1)))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void everyMissingOrOverlongFieldIsNamedAndNothingIsSaved() {
        AgreementTerms bad = new AgreementTerms(null, null, " ", "", "x".repeat(2001), "y".repeat(1001));

        assertThatThrownBy(() -> save(scene.mentee(), bad, 0)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().stream().map(FieldProblem::field).toList())
                .isEqualTo(java.util.List.of("cadence", "meetingMode", "confidentiality", "mentorExpectations",
                        "menteeExpectations", "practicalities"));
        assertThat(as(scene.mentee(), () -> agreements.get(scene.pairId())).written()).isFalse();
    }

    @Test
    void aClosedPairsAgreementIsKeptAsItWas() {
        save(scene.mentee(), terms("prepare"), 0);
        sign(scene.mentee(), 1);
        jdbc.sql("update mentoring_pair set state = 'COMPLETED', version = version + 1 where id = :id")
                .param("id", scene.pairId()).update();

        assertThatThrownBy(() -> save(scene.mentor(), terms("later"), 1)).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).code()).isEqualTo("agreement.closed");
        assertThatThrownBy(() -> sign(scene.mentor(), 1)).isInstanceOf(RuleViolationException.class);
        AgreementView kept = as(scene.mentor(), () -> agreements.get(scene.pairId()));
        assertThat(kept.readOnly()).isTrue();
        assertThat(kept.version()).isEqualTo(1);
        assertThat(kept.signedBy(Side.MENTOR)).isFalse();
    }

    @Test
    void thePairRecordHoldsTheCurrentTextAndItsSignatures() {
        save(scene.mentee(), terms("prepare"), 0);
        sign(scene.mentor(), 1);
        PairRecordPart part = recordParts.stream().filter(p -> p.titleKey().equals("pair.record.agreement"))
                .findFirst().orElseThrow();

        java.util.List<java.util.List<String>> rows = part.rows(as(scene.mentee(), () -> pairs.get(scene.pairId())));

        assertThat(rows).contains(java.util.List.of("Version", "1"),
                java.util.List.of("What we expect of the mentee", "Mentee: prepare"),
                java.util.List.of("Meeting mode", "By video"),
                java.util.List.of("Signed by the mentee", "Not signed"));
        assertThat(rows).anySatisfy(row -> assertThat(row.get(0) + row.get(1))
                .startsWith("Signed by the mentorName " + scene.mentor().employeeNumber() + " · "));
    }
}
