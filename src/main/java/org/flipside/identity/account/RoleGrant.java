package org.flipside.identity.account;

import org.flipside.identity.Role;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
record RoleGrant(Role role) {
}
