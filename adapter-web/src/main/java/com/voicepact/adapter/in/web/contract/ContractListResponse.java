package com.voicepact.adapter.in.web.contract;

import com.voicepact.application.contract.port.shared.ContractPage;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
record ContractListResponse(List<ContractResponse> contracts, int limit, int offset, long total) {

    static ContractListResponse from(ContractPage page) {
        return new ContractListResponse(
                page.contracts().stream().map(ContractResponse::from).toList(),
                page.limit(),
                page.offset(),
                page.total());
    }
}
