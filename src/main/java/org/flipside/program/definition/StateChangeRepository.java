package org.flipside.program.definition;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface StateChangeRepository extends ListCrudRepository<StateChangeEntry, Long> {

    List<StateChangeEntry> findByProgramIdOrderByIdAsc(long programId);
}
