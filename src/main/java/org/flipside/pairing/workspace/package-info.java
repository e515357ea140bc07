/**
 * The frame every page of a pair's workspace shares: the header with the two people and the tabs, notices and parts
 * of the pair record. It is a named interface so that modules above pairing can put their own tab in the workspace
 * through {@link org.flipside.pairing.workspace.WorkspacePage#openTab}, which answers in public pairing types only,
 * and say something on a pair's pages through {@link org.flipside.pairing.workspace.WorkspaceNotices}, such as a
 * pulse waiting for the junior mentor.
 */
@org.springframework.modulith.NamedInterface("workspace")
package org.flipside.pairing.workspace;
