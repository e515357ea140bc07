/**
 * Privacy rules shared by every module that reports on groups of people.
 */
package org.flipside.shared.privacy;
