package org.flipside.people;

/** Whether someone still works here. Leavers stay in the directory so past programs keep their history. */
public enum EmploymentStatus {
    ACTIVE,
    LEAVER
}
