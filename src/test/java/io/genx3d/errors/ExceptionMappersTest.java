package io.genx3d.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mappers that no black-box test can easily provoke (an unexpected failure) and their shared rules. */
class ExceptionMappersTest {

    @Test
    void anUnexpectedFailureIsA500EnvelopeWithAnErrorIdAndNoDetailsOfTheFailure() {
        Response response = new UnexpectedExceptionMapper()
                .toResponse(new IllegalStateException("secret internals: /etc/passwd at Foo.java:42"));
        assertEquals(500, response.getStatus());
        assertEquals("application/json", response.getMediaType().toString());
        ErrorBody.Error error = ((ErrorBody) response.getEntity()).error();
        assertEquals("INTERNAL_ERROR", error.code());
        assertEquals("Internal server error", error.message());
        assertEquals(List.of("error_id"), List.copyOf(error.details().keySet()));
        assertTrue(error.details().get("error_id").toString().matches("[0-9a-f-]{36}"));
        assertFalse(error.toString().contains("secret internals"));
    }

    @Test
    void aRefusalKeepsItsStatusDetailsAndHeaders() {
        ApiException refusal = new ApiException(
                        ErrorCode.UNAUTHORIZED, "Invalid API key", Map.of("reason", "key_not_found"))
                .withHeader("WWW-Authenticate", "Bearer realm=\"genx3d\"");
        Response response = new ApiExceptionMapper().toResponse(refusal);
        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"genx3d\"", response.getHeaderString("WWW-Authenticate"));
        assertEquals(
                ErrorBody.of(ErrorCode.UNAUTHORIZED, "Invalid API key", Map.of("reason", "key_not_found")),
                response.getEntity());
    }

    @Test
    void jaxRsOwnErrorsKeepTheirStatusInTheEnvelope() {
        WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
        Response notAllowed = mapper.toResponse(new NotAllowedException("POST", new String[] {"GET"}));
        assertEquals(405, notAllowed.getStatus());
        assertEquals("GET, POST", notAllowed.getHeaderString("Allow"));
        assertEquals(
                List.of("GET", "POST"),
                ((ErrorBody) notAllowed.getEntity()).error().details().get("allowed"));
        Response unsupported = mapper.toResponse(new NotSupportedException());
        assertEquals(
                "UNSUPPORTED_MEDIA_TYPE",
                ((ErrorBody) unsupported.getEntity()).error().code());
    }

    @Test
    void statusesMapToCodesAndUnknownOnesFallBackByClass() {
        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.forStatus(413));
        assertEquals(ErrorCode.INTERNAL_ERROR, ErrorCode.forStatus(502));
        assertEquals(ErrorCode.BAD_REQUEST, ErrorCode.forStatus(418));
    }
}
