package org.flipside.program.definition;

import org.springframework.data.repository.ListCrudRepository;

interface ProgramRepository extends ListCrudRepository<Program, Long> {
}
