/**
 * The directory import and the level-history backfill. {@link org.flipside.people.importing.DirectoryImports} and
 * {@link org.flipside.people.importing.LevelHistoryUploads} are a named interface so that the demo seeding can give
 * its organisation leavers and level changes through the same steps and checks as HR.
 */
@org.springframework.modulith.NamedInterface("importing")
package org.flipside.people.importing;
