/**
 * Demo: on the first start of an embedded installation, seeds a synthetic organisation and one sign-in account per
 * role, so that a newcomer can explore Flipside at once. Never runs against the production profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.flipside.demo;
