package org.flipside.identity.web;

import java.util.Set;
import org.flipside.identity.NewAccount;
import org.flipside.identity.Role;

record NewUserForm(String username, String displayName, String email, String timeZone, Set<Role> roles, String password) {

    static NewUserForm empty(String defaultZone) {
        return new NewUserForm("", "", "", defaultZone, Set.of(Role.EMPLOYEE), "");
    }

    NewAccount toAccount() {
        return new NewAccount(username, displayName, email, timeZone, roles, password);
    }
}
