package org.flipside.analytics.export;

/** An exported file, ready to offer: its name, its media type and its bytes. */
public record Download(String fileName, String mediaType, byte[] content) {

    public static final String CSV = "text/csv;charset=UTF-8";
    public static final String PDF = "application/pdf";
}
