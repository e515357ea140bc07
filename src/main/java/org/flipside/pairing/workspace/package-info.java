/**
 * The frame every page of a pair's workspace shares: the header with the two people and the tabs, notices and parts
 * of the pair record. {@link org.flipside.pairing.workspace.WorkspacePage} is a named interface so that modules above
 * pairing (insights) can put their own tab in the workspace through
 * {@link org.flipside.pairing.workspace.WorkspacePage#openTab}, which answers in public pairing types only.
 */
@org.springframework.modulith.NamedInterface("workspace")
package org.flipside.pairing.workspace;
