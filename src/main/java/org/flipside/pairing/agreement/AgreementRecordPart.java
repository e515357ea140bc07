package org.flipside.pairing.agreement;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.flipside.pairing.PairView;
import org.flipside.pairing.workspace.PairRecordPart;
import org.flipside.program.Side;
import org.flipside.shared.web.UserMessages;
import org.springframework.stereotype.Component;

/** The agreement in the pair record: the current text, field by field, and who signed it when. */
@Component
class AgreementRecordPart implements PairRecordPart {

    private final AgreementService agreements;
    private final UserMessages messages;

    AgreementRecordPart(AgreementService agreements, UserMessages messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "pair.record.agreement";
    }

    @Override
    public List<List<String>> rows(PairView pair) {
        AgreementView agreement = agreements.of(pair);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(messages.text("agreement.record.item"), messages.text("agreement.record.value")));
        if (!agreement.written()) {
            rows.add(List.of(messages.text("agreement.record.version"), messages.text("agreement.record.none")));
            return rows;
        }
        AgreementVersion current = agreement.current();
        AgreementTerms terms = current.terms();
        rows.add(List.of(messages.text("agreement.record.version"), String.valueOf(current.number())));
        rows.add(List.of(messages.text("agreement.record.written"),
                DateTimeFormatter.ISO_INSTANT.format(current.createdAt()) + " · " + current.createdByName()));
        rows.add(List.of(messages.text("field.cadence"), messages.text(terms.cadence().messageKey())));
        rows.add(List.of(messages.text("field.meetingMode"), messages.text(terms.meetingMode().messageKey())));
        rows.add(List.of(messages.text("field.confidentiality"), terms.confidentiality()));
        rows.add(List.of(messages.text("field.mentorExpectations"), terms.mentorExpectations()));
        rows.add(List.of(messages.text("field.menteeExpectations"), terms.menteeExpectations()));
        rows.add(List.of(messages.text("field.practicalities"),
                terms.practicalities() == null ? "" : terms.practicalities()));
        for (Side side : List.of(Side.MENTEE, Side.MENTOR)) {
            rows.add(List.of(messages.text("agreement.record.signature." + side.name()),
                    current.signatureOf(side)
                            .map(s -> s.fullName() + " · " + DateTimeFormatter.ISO_INSTANT.format(s.signedAt()))
                            .orElse(messages.text("agreement.record.unsigned"))));
        }
        return rows;
    }
}
