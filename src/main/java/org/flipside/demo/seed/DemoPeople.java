package org.flipside.demo.seed;

import java.util.List;
import org.flipside.people.DirectoryWriter;
import org.flipside.people.NewEmployee;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Fills the directory with the synthetic company. */
@Component
@Order(100)
class DemoPeople implements DemoStep {

    private final DirectoryWriter directory;

    DemoPeople(DirectoryWriter directory) {
        this.directory = directory;
    }

    @Override
    public void seed(DemoSeeding seeding) {
        List<NewEmployee> people = SyntheticOrganisation.generate(seeding.today());
        directory.addAll(people);
        seeding.addPeople(people);
    }
}
