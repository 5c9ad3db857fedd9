package org.tongban.document;

import org.springframework.http.HttpStatus;
import org.tongban.shared.ErrorCode;
import org.springframework.modulith.NamedInterface;

/**
 * Failures of stored and uploaded files: each has a Chinese message under {@code error.<CODE>}. The code of an
 * upload names the first check it failed ({@link MaterialInspector}), so a person learns what to change.
 */
@NamedInterface("files")
public enum DocumentError implements ErrorCode {
    /** The file name is blank, too long ({@code {0}} = the limit) or holds path separators or control characters. */
    FILE_NAME_INVALID(HttpStatus.BAD_REQUEST),
    /** The file has no bytes. */
    FILE_EMPTY(HttpStatus.BAD_REQUEST),
    /** The file is larger than the limit ({@code {0}}, for example {@code 10 MB}). */
    FILE_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
    /** The detected type is not one of the allowed ones ({@code {0}}, for example {@code PDF / JPG}). */
    FILE_TYPE_NOT_ALLOWED(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** The file is a program or script, whatever its name says ({@code {0}} = the allowed types). */
    FILE_EXECUTABLE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /**
     * The file is a compressed archive (zip, rar, 7z, gzip, tar, bzip2, xz…), whatever its name says
     * ({@code {0}} = the allowed types).
     */
    FILE_ARCHIVE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    /** The PDF cannot be parsed, has no pages or expands beyond the inflation budget. */
    FILE_PDF_MALFORMED(HttpStatus.BAD_REQUEST),
    /** The PDF holds JavaScript, launch actions, XFA forms, rich media or embedded files. */
    FILE_PDF_ACTIVE_CONTENT(HttpStatus.BAD_REQUEST),
    /** The PDF is encrypted (with or without an open password), so it cannot be reviewed. */
    FILE_PDF_ENCRYPTED(HttpStatus.BAD_REQUEST),
    /** The JPEG or PNG cannot be decoded completely. */
    FILE_IMAGE_MALFORMED(HttpStatus.BAD_REQUEST),
    /**
     * The image is wider or higher than {@code {0}} pixels or has more than {@code {1}} times ten thousand
     * pixels (the unit people count megapixels in, in Chinese).
     */
    FILE_IMAGE_TOO_LARGE(HttpStatus.BAD_REQUEST),
    /** No stored file has this key (it was never stored or has been deleted). */
    FILE_NOT_FOUND(HttpStatus.NOT_FOUND);

    private final HttpStatus status;

    DocumentError(HttpStatus status) {
        this.status = status;
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
