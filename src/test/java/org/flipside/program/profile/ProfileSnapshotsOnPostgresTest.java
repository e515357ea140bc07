package org.flipside.program.profile;

import org.flipside.testing.OnPostgres;

@OnPostgres
class ProfileSnapshotsOnPostgresTest extends ProfileSnapshotsContract {
}
