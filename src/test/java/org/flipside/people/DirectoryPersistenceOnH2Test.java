package org.flipside.people;

import org.flipside.testing.OnH2;

@OnH2
class DirectoryPersistenceOnH2Test extends DirectoryPersistenceContract {
}
