package com.voicepact.adapter.in.web.contract;

import com.voicepact.application.contract.port.in.ContractHistory;
import com.voicepact.application.contract.port.in.GetContractTimelineUseCase;
import com.voicepact.application.contract.port.in.TimelineEvent;
import com.voicepact.domain.contract.ContractId;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A contract's timeline for the operator console: everything that happened to it, oldest first. */
@Controller("/api/v1/contracts/{id}/timeline")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ContractTimelineController {

    private final GetContractTimelineUseCase timelines;

    ContractTimelineController(GetContractTimelineUseCase timelines) {
        this.timelines = timelines;
    }

    /** {@code {contract_id, status, events: [{at, kind, actor, summary, detail}]}}; 404 when the contract is unknown. */
    @Get
    Timeline timeline(@PathVariable String id) {
        return Timeline.from(timelines.timeline(ContractId.parse(id)));
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Timeline(String contractId, String status, List<Event> events) {

        static Timeline from(ContractHistory h) {
            return new Timeline(
                    h.contractId().value(),
                    h.status().wireName(),
                    h.events().stream().map(Event::from).toList());
        }
    }

    /** {@code detail}: facts as texts, e.g. for an SMS {@code to, text, delivery_status}; for a payment {@code transaction_id, amount, currency, state}. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Event(Instant at, String kind, String actor, String summary, Map<String, String> detail) {

        static Event from(TimelineEvent e) {
            return new Event(e.at(), e.kind().wireName(), e.actor(), e.summary(), e.detail());
        }
    }
}
