package org.flipside.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The caller's network address. Proxies' forwarding headers are already applied by the server
 * (server.forward-headers-strategy), so the remote address is the client's.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null ? "unknown" : truncate(address);
    }

    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return "internal";
    }

    private static String truncate(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
