/**
 * The pair workspace's frame. Its notices ({@link org.flipside.pairing.workspace.WorkspaceNotices}) are a named
 * interface so that modules above pairing can say something on a pair's pages, such as a pulse waiting for the
 * junior mentor.
 */
@org.springframework.modulith.NamedInterface("workspace")
package org.flipside.pairing.workspace;
