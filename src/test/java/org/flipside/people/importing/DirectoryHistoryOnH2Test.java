package org.flipside.people.importing;

import org.flipside.testing.OnH2;

@OnH2
class DirectoryHistoryOnH2Test extends DirectoryHistoryContract {
}
