package org.flipside.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void suggestsFieldsFromCommonHeaderNames() {
        ColumnMapping mapping = ColumnMapping.suggest(List.of("Employee ID", "Full Name", "Work E-mail", "Job_Title",
                "Grade", "Reports To", "Hire Date", "Time Zone", "Something else"));

        assertThat(mapping.columns()).containsEntry(ImportField.EMPLOYEE_NUMBER, "Employee ID")
                .containsEntry(ImportField.FULL_NAME, "Full Name")
                .containsEntry(ImportField.JOB_TITLE, "Job_Title")
                .containsEntry(ImportField.GRADE, "Grade")
                .containsEntry(ImportField.MANAGER_NUMBER, "Reports To")
                .containsEntry(ImportField.HIRE_DATE, "Hire Date")
                .containsEntry(ImportField.TIME_ZONE, "Time Zone")
                .doesNotContainKey(ImportField.LOCATION);
    }

    @Test
    void theRememberedMappingWinsWhereItsHeadersAreInTheFile() {
        ColumnMapping remembered = new ColumnMapping(Map.of(ImportField.EMPLOYEE_NUMBER, "Personalnummer",
                ImportField.EMAIL, "Not in this file"), "dd.MM.yyyy");

        ColumnMapping prefilled = ColumnMapping.prefill(remembered, List.of("Personalnummer", "id", "email"));

        assertThat(prefilled.header(ImportField.EMPLOYEE_NUMBER)).isEqualTo("Personalnummer");
        assertThat(prefilled.header(ImportField.EMAIL)).isEqualTo("email");
        assertThat(prefilled.dateFormat()).isEqualTo("dd.MM.yyyy");
    }

    @Test
    void survivesStorage() {
        ColumnMapping mapping = new ColumnMapping(Map.of(ImportField.FULL_NAME, "Name = first + last",
                ImportField.STATUS, "Status"), "MM/dd/yyyy");

        assertThat(ColumnMapping.decode(mapping.encode(), mapping.dateFormat())).isEqualTo(mapping);
    }
}
