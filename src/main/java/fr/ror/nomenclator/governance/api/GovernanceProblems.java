package fr.ror.nomenclator.governance.api;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import fr.ror.nomenclator.governance.ForbiddenActionException;
import fr.ror.nomenclator.governance.GovernanceException;
import fr.ror.nomenclator.governance.InvalidChangeRequestException;
import fr.ror.nomenclator.governance.UnknownChangeRequestException;
import fr.ror.nomenclator.governance.WorkflowConflictException;
import fr.ror.nomenclator.loaders.LoadError;
import fr.ror.nomenclator.loaders.LoadException;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The one boundary where governance errors become RFC 7807 problem details
 * ({@code application/problem+json}) with their stable code: GV1xx → 400 (malformed) or 422,
 * GV2xx → 409, GV3xx → 403, GV4xx → 404. A workbook the loaders cannot read keeps the loaders'
 * code and status ({@code LD1xx}).
 */
@RestControllerAdvice(basePackageClasses = GovernanceProblems.class)
class GovernanceProblems {

    @ExceptionHandler(GovernanceException.class)
    ResponseEntity<ProblemDetail> governance(GovernanceException e) {
        HttpStatus status;
        if (e instanceof InvalidChangeRequestException invalid) {
            status = invalid.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_ENTITY;
        } else if (e instanceof WorkflowConflictException) {
            status = HttpStatus.CONFLICT;
        } else if (e instanceof ForbiddenActionException) {
            status = HttpStatus.FORBIDDEN;
        } else if (e instanceof UnknownChangeRequestException) {
            status = HttpStatus.NOT_FOUND;
        } else {
            status = HttpStatus.BAD_REQUEST;
        }
        return problem(status, e.code(), e.getMessage(), e);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        String detail = "the body is not the JSON expected";
        if (e.getCause() instanceof InvalidTypeIdException typeId) {
            detail = "unknown operation kind '" + typeId.getTypeId() + "' at " + path(typeId) + "; the kinds are"
                    + " add-concept, change-display, change-designation, change-definition, change-property,"
                    + " deprecate, retire, reactivate, move, split, merge, add-value-set-member,"
                    + " remove-value-set-member, add-value-set-rule, remove-value-set-rule, add-mapping,"
                    + " change-mapping, remove-mapping";
        } else if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            detail = "unknown field '" + unknown.getPropertyName() + "' at " + path(unknown) + "; expected one of "
                    + unknown.getKnownPropertyIds();
        } else if (e.getCause() instanceof JsonMappingException mapping) {
            detail = "the body is not the JSON expected at " + path(mapping) + ": " + mapping.getOriginalMessage();
        } else if (e.getCause() != null) {
            detail = "the body is not valid JSON: " + e.getCause().getMessage().lines().findFirst().orElse("");
        }
        return problem(HttpStatus.BAD_REQUEST, "GV100", detail, null);
    }

    /** A workbook the loaders cannot read at all: its LD code and status, as {@code /api/imports} answers. */
    @ExceptionHandler(LoadException.class)
    ResponseEntity<ProblemDetail> load(LoadException e) {
        return problem(HttpStatus.valueOf(e.error().httpStatus()), e.code(), e.getMessage(), null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, LoadError.TOO_LARGE.code(), "the upload is larger than the limit"
                + " (spring.servlet.multipart.max-file-size)", null);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> badUpload(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "GV100", "send the workbook as the multipart part 'file', or as the"
                + " raw body: " + e.getMessage(), null);
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return problem(HttpStatus.BAD_REQUEST, "GV105", "'" + e.getValue() + "' is not a valid value for " + name, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "GV109", "send application/json", null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "GV110", e.getMethod() + " is not supported here", null);
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream().map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName()
                : "[" + ref.getIndex() + "]").collect(Collectors.joining());
        return path.isEmpty() ? "the top" : path.replaceFirst("^\\.", "");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
                                                         GovernanceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:nomenclator:problem:" + code));
        problem.setProperty("code", code);
        if (e != null && !e.problems().isEmpty()) {
            problem.setProperty("problems", e.problems());
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
