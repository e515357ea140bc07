package org.flipside.program.profile;

import org.flipside.testing.OnH2;

@OnH2
class ProfileSnapshotsOnH2Test extends ProfileSnapshotsContract {
}
