package org.gflow.engine.eoffice;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The inbox's door to {@link LetterPreview}: the draft PDF of the letter a task signs off. */
@RestController
class LetterPreviewController {

    private final LetterPreview preview;

    LetterPreviewController(LetterPreview preview) {
        this.preview = preview;
    }

    @GetMapping("/api/inbox/tasks/{taskId}/letter-preview.pdf")
    ResponseEntity<byte[]> preview(@PathVariable("taskId") String taskId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("letter-draft.pdf")
                                .build()
                                .toString())
                .body(preview.of(taskId));
    }
}
