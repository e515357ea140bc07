package org.flipside.training.guide;

import org.flipside.testing.OnH2;

@OnH2
class GuideCreationOnH2Test extends GuideCreationContract {
}
