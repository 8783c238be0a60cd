package io.genx3d.it;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.genx3d.support.Reply;
import java.util.stream.Collectors;

/** Validates a real response against the operation it answers in {@code openapi/genx3d.yaml}. */
final class ContractCheck {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createForSpecificationUrl(
                    "openapi/genx3d.yaml")
            .build();

    private ContractCheck() {}

    /** Null when the response fits the contract, else what does not. */
    static String problems(String method, String pathAndQuery, Reply reply) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        SimpleResponse.Builder response = SimpleResponse.Builder.status(reply.status());
        String type = reply.header("Content-Type");
        if (type != null) {
            response.withContentType(type.replaceAll(";.*", "")).withBody(reply.body());
        }
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
        if (!report.hasErrors()) {
            return null;
        }
        return "contract: "
                + report.getMessages().stream()
                        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .map(ValidationReport.Message::getMessage)
                        .collect(Collectors.joining("; "))
                + " for " + reply;
    }
}
