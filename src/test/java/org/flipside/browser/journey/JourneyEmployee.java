package org.flipside.browser.journey;

import java.time.ZoneId;
import org.flipside.testing.Unique;

/** One row of the HR export, with an employee number, an address and a username nobody else uses. */
final class JourneyEmployee {

    final String number;
    final String name;
    final String email;
    final String username;
    final String department;
    final String jobTitle;
    final int grade;
    final int birthYear;

    JourneyEmployee(String who, String department, String jobTitle, int grade, int birthYear) {
        this.username = Unique.username("journey." + who);
        this.number = username.toUpperCase().replace('.', '-');
        this.name = who + " " + username.substring(username.lastIndexOf('.') + 1);
        this.email = username + "@journey.example.org";
        this.department = department;
        this.jobTitle = jobTitle;
        this.grade = grade;
        this.birthYear = birthYear;
    }

    String csvRow(ZoneId zone) {
        return String.join(",", number, name, email, department, jobTitle, String.valueOf(grade),
                String.valueOf(birthYear), "Lyon", zone.getId(), "en") + "\n";
    }
}
