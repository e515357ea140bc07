/**
 * Shared kernel: the few exception types and web helpers every module speaks, and nothing domain-specific.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.flipside.shared;
