package com.voicepact.adapter.in.web.voice;

import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.application.voice.port.in.ExtractTermsCommand;
import com.voicepact.application.voice.port.in.ExtractTermsUseCase;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.extraction.ExtractedTerms;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** {@code POST /api/v1/voice/extract}: the terms of a transcript, in the corpus's names and canonical forms. */
@JsonErrors
@Controller("/api/v1/voice")
final class VoiceExtractController {

    private final ExtractTermsUseCase extract;

    VoiceExtractController(ExtractTermsUseCase extract) {
        this.extract = extract;
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ExtractRequest(
            @Nullable String transcript, @Nullable String referenceDate) {}

    @Serdeable(naming = SnakeCaseStrategy.class)
    record ExtractResponse(
            @Nullable String product,
            @Nullable BigDecimal quantity,
            @Nullable String unit,
            @Nullable BigDecimal unitPrice,
            @Nullable BigDecimal totalAmount,
            @Nullable String currency,
            @Nullable String deliveryLocation,
            @Nullable String deliveryDeadline,
            @Nullable String qualityRequirements,
            Map<String, Double> confidence,
            boolean complete) {

        static ExtractResponse from(ExtractedTerms t) {
            Map<String, Double> confidence = ExtractFields.confidences(t);
            return new ExtractResponse(
                    t.product().value(),
                    t.quantity().value(),
                    t.unit().value(),
                    t.unitPrice().value(),
                    t.totalAmount().value(),
                    t.currency().value(),
                    t.deliveryLocation().value(),
                    t.deliveryDeadline().value() == null
                            ? null
                            : t.deliveryDeadline().value().toString(),
                    t.qualityRequirements().value(),
                    confidence,
                    t.isCompleteForConfirmation());
        }
    }

    @Post("/extract")
    ExtractResponse extract(@Body ExtractRequest body) {
        InvalidValueException.require(
                body.transcript() != null && !body.transcript().isBlank(), "transcript is required");
        InvalidValueException.require(
                body.transcript().length() <= 100_000, "transcript must be at most 100000 characters");
        LocalDate reference;
        try {
            reference = body.referenceDate() == null ? null : LocalDate.parse(body.referenceDate());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("reference_date must be YYYY-MM-DD");
        }
        return ExtractResponse.from(extract.extract(new ExtractTermsCommand(body.transcript(), reference)));
    }
}
