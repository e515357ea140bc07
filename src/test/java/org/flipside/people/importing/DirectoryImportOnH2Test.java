package org.flipside.people.importing;

import org.flipside.testing.OnH2;

@OnH2
class DirectoryImportOnH2Test extends DirectoryImportContract {
}
