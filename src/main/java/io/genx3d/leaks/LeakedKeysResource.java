package io.genx3d.leaks;

import io.genx3d.auth.RequestOutcomes;
import io.genx3d.keys.ApiKeys;
import io.genx3d.ratelimit.LeakReportLimits;
import io.genx3d.validation.JsonBodies;
import io.genx3d.validation.RequestLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/leaked-keys}: open to secret scanners. Each reported token that is a live genx3D key is revoked
 * at once (with the keys it made, on every node, recorded in the audit log with the report's URL) and its owner is
 * mailed; the answer labels each token {@code true_positive} or {@code false_positive}, as GitHub expects. A report's
 * {@code url} is repeated (audit log, {@code leak_url}, mail) only when {@link LeakUrl} accepts it. Signed
 * reports are required when signing keys are configured; otherwise reports are limited per address.
 */
@Path("/leaked-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeakedKeysResource {

    @Inject
    ApiKeys keys;

    @Inject
    ScannerSignatures signatures;

    @Inject
    LeakReportLimits limits;

    @Inject
    LeakNotices notices;

    @Inject
    RequestLimits requestLimits;

    @Context
    HttpServletRequest request;

    /** One verdict per reported token, in GitHub's names. */
    public record Verdict(String tokenRaw, String tokenType, String label) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Verdict> report(
            InputStream entity,
            @HeaderParam(ScannerSignatures.KEY_ID_HEADER) String keyId,
            @HeaderParam(ScannerSignatures.SIGNATURE_HEADER) String signature)
            throws IOException {
        // Kept as bytes: the signature covers exactly what was sent, so it is checked before the bytes are parsed.
        byte[] body = JsonBodies.readBounded(entity, requestLimits.maxBodyBytes());
        if (signatures.required()) {
            signatures.verify(body, keyId, signature);
        } else {
            limits.charge(RequestOutcomes.clientAddress(request));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (LeakReport.Item item : LeakReport.parse(body).items()) {
            Optional<ApiKeys.LeakedKey> revoked = keys.revokeLeaked(item.token(), item.url());
            revoked.ifPresent(leaked -> notices.tell(leaked, item.url(), item.urlDropped()));
            verdicts.add(
                    new Verdict(item.token(), item.type(), revoked.isPresent() ? "true_positive" : "false_positive"));
        }
        return verdicts;
    }
}
