package fr.ror.nomenclator.loaders.http;

import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import fr.ror.nomenclator.terminology.InvalidContentException;
import fr.ror.nomenclator.terminology.TerminologyException;
import fr.ror.nomenclator.terminology.UnknownResourceException;
import fr.ror.nomenclator.terminology.VersionConflictException;
import java.net.URI;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The REST API's one error boundary: every refusal is an RFC 7807 problem detail
 * ({@code application/problem+json}) with the stable code ({@code LD1xx} reading and writing
 * formats, {@code TE1xx} invalid content, {@code TE2xx} conflicts, {@code TE4xx} not found) and
 * a 4xx status. Nothing reaches the store before the checks these errors come from.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

    static final String TYPE_PREFIX = "urn:nomenclator:problem:";

    @ExceptionHandler(LoadException.class)
    ResponseEntity<ProblemDetail> load(LoadException e) {
        return problem(status(e.error()), e.code(), e.getMessage());
    }

    @ExceptionHandler(TerminologyException.class)
    ResponseEntity<ProblemDetail> terminology(TerminologyException e) {
        HttpStatus status = e instanceof UnknownResourceException ? HttpStatus.NOT_FOUND
                : e instanceof VersionConflictException ? HttpStatus.CONFLICT
                : e instanceof InvalidContentException ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.BAD_REQUEST;
        return problem(status, e.code(), e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, LoadError.TOO_LARGE.code(), "the upload is larger than the limit ("
                + "spring.servlet.multipart.max-file-size)");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MultipartException.class, IllegalArgumentException.class, TypeMismatchException.class})
    ResponseEntity<ProblemDetail> badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, LoadError.BAD_REQUEST.code(), e.getMessage());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, LoadError.BAD_REQUEST.code(), e.getMessage());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, LoadError.BAD_REQUEST.code(), e.getMessage());
    }

    static HttpStatus status(LoadError error) {
        return HttpStatus.valueOf(error.httpStatus());
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
