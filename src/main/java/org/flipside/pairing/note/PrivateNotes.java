package org.flipside.pairing.note;

import java.time.Clock;
import java.util.List;
import org.flipside.pairing.pair.PairAccess;
import org.flipside.pairing.pair.PairAccess.Access;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private notes of a pair's people. A note belongs to the participant who wrote it and only they read, change or
 * delete it: the partner, the program's managers and administrators are told it does not exist. Nothing about notes is
 * written to the audit log, mailed, exported or searchable — even that someone keeps notes is their own business.
 */
@Service
@Transactional
public class PrivateNotes {

    public static final int MAX_LENGTH = 4000;
    static final String KIND = "Note";

    private final PairAccess access;
    private final NoteStore store;
    private final Clock clock;

    PrivateNotes(PairAccess access, NoteStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    /** The caller's own notes on the pair, newest first. */
    @Transactional(readOnly = true)
    public List<PrivateNote> mine(long pairId) {
        return store.of(pairId, author(pairId));
    }

    @Transactional(readOnly = true)
    public PrivateNote get(long pairId, long noteId) {
        return store.find(noteId, pairId, author(pairId)).orElseThrow(() -> new NotFoundException(KIND, noteId));
    }

    public PrivateNote create(long pairId, String body) {
        long author = author(pairId);
        String text = checked(body);
        long id = store.insert(pairId, author, text, clock.instant());
        return store.find(id, pairId, author).orElseThrow();
    }

    /** Changes the caller's note, read at {@code version}. */
    public PrivateNote update(long pairId, long noteId, String body, long version) {
        long author = author(pairId);
        store.find(noteId, pairId, author).orElseThrow(() -> new NotFoundException(KIND, noteId));
        String text = checked(body);
        if (!store.update(noteId, pairId, author, text, version, clock.instant())) {
            throw new StaleEditException(KIND, noteId);
        }
        return store.find(noteId, pairId, author).orElseThrow();
    }

    public void delete(long pairId, long noteId) {
        if (!store.delete(noteId, pairId, author(pairId))) {
            throw new NotFoundException(KIND, noteId);
        }
    }

    /** The caller's participant id in the pair; a manager or anyone else gets 404. */
    private long author(long pairId) {
        Access member = access.requireMember(pairId);
        return member.pair().member(member.side()).participantId();
    }

    private static String checked(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("body", "pair.note.body.required", "Write something."));
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(FieldProblem.of("body", "pair.note.body.length",
                    "A note holds up to 4000 characters.", MAX_LENGTH, text.length()));
        }
        return text;
    }
}
