package org.flipside.demo.seed;

import java.util.List;

/**
 * One department of the demo company: how many people work in it below its head and what their jobs are called.
 *
 * @param people         everyone in the department except its head
 * @param managerTitle   the title of a first-line manager (grade 7; grade 8 adds "Senior")
 * @param directorAreas  what the department's directors are responsible for, used in turn
 * @param tracks         individual-contributor job families; the grade adds the level to the title
 */
record DepartmentPlan(String name, int people, String headTitle, String managerTitle, List<String> directorAreas,
                      List<String> tracks) {

    static final List<DepartmentPlan> ALL = List.of(
            new DepartmentPlan("Engineering", 118, "Chief Technology Officer", "Engineering Manager",
                    List.of("Platform Engineering", "Product Engineering", "Data and Analytics", "Infrastructure"),
                    List.of("Software Engineer", "Software Engineer", "Software Engineer", "QA Engineer",
                            "Data Engineer", "Site Reliability Engineer", "Product Designer")),
            new DepartmentPlan("Sales", 66, "Chief Revenue Officer", "Sales Manager",
                    List.of("Enterprise Sales", "Commercial Sales"),
                    List.of("Account Executive", "Account Executive", "Sales Development Representative",
                            "Sales Engineer")),
            new DepartmentPlan("Customer Success", 54, "Chief Customer Officer", "Customer Success Team Lead",
                    List.of("Customer Support", "Customer Success"),
                    List.of("Support Specialist", "Support Specialist", "Customer Success Specialist",
                            "Onboarding Specialist")),
            new DepartmentPlan("Marketing", 38, "Chief Marketing Officer", "Marketing Manager",
                    List.of("Brand and Content", "Growth Marketing"),
                    List.of("Marketing Specialist", "Content Writer", "Graphic Designer", "Growth Marketer",
                            "Social Media Specialist")),
            new DepartmentPlan("Operations", 42, "Chief Operating Officer", "Operations Manager",
                    List.of("IT and Workplace", "Business Operations"),
                    List.of("IT Systems Administrator", "IT Support Specialist", "Operations Analyst",
                            "Facilities Coordinator", "Procurement Specialist")),
            new DepartmentPlan("Finance", 30, "Chief Financial Officer", "Finance Manager",
                    List.of("Financial Planning and Analysis"),
                    List.of("Financial Analyst", "Accountant", "Payroll Specialist")),
            new DepartmentPlan("People & Culture", 28, "Chief People Officer", "People Programs Manager",
                    List.of("Talent and Learning"),
                    List.of("People Partner", "Recruiter", "Learning and Development Specialist",
                            "People Operations Specialist")),
            new DepartmentPlan("Legal", 14, "General Counsel", "Legal Operations Manager",
                    List.of(),
                    List.of("Legal Counsel", "Paralegal", "Compliance Analyst")));

    /** The title of an individual contributor on this track at this grade (1 to 6). */
    static String levelledTitle(String track, int grade) {
        return switch (grade) {
            case 1 -> "Graduate " + track;
            case 2 -> "Associate " + track;
            case 3 -> track;
            case 4 -> track + " II";
            case 5 -> "Senior " + track;
            default -> "Lead " + track;
        };
    }
}
