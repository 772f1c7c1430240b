package com.voicepact.application.contract.port.shared;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractStatus;

/** A page of contracts, optionally of one party's phone and in one status. */
public record ContractSearch(PhoneNumber party, ContractStatus status, int limit, int offset) {

    public static final int MAX_LIMIT = 100;

    public ContractSearch {
        InvalidValueException.require(limit >= 1 && limit <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT);
        InvalidValueException.require(offset >= 0, "offset must not be negative");
    }
}
