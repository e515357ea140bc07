package org.flipside.analytics.export.web;

import org.flipside.analytics.export.Download;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers a download as an attachment with its own name and media type. */
final class Files {

    private Files() {
    }

    static ResponseEntity<byte[]> attachment(Download download) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(download.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.fileName()).build().toString())
                .body(download.content());
    }
}
