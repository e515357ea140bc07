package org.flipside.program;

import java.util.List;

/** The signed-in employee's part in one program, with the program's questions and their answers so far. */
public record MyParticipation(ParticipantView participant, ProgramState programState, List<Question> questions,
                              java.util.Map<Long, List<String>> answers) {
}
