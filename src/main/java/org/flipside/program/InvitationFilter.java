package org.flipside.program;

/** Who to invite from the directory: every part optional; leavers and people already enrolled are always left out. */
public record InvitationFilter(String department, Integer gradeMin, Integer gradeMax, String location) {
}
