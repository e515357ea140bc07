package org.flipside.training.guide;

import org.flipside.testing.OnH2;

@OnH2
class GuideEditingOnH2Test extends GuideEditingContract {
}
