package org.flipside.training.guide;

import org.flipside.testing.OnH2;

@OnH2
class GuideAccessOnH2Test extends GuideAccessContract {
}
