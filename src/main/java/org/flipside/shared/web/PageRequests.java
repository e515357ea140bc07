package org.flipside.shared.web;

/**
 * Bounds for list pages and API paging, so a client cannot ask for a whole company in one response.
 */
public final class PageRequests {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    private PageRequests() {
    }

    public static int size(Integer requested) {
        if (requested == null || requested < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(requested, MAX_SIZE);
    }

    public static int page(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
