package com.voicepact.application.shared.port.in;

import com.voicepact.domain.InvalidValueException;

/**
 * One page of an operator's list: {@code limit} entries (1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT} when not
 * given) after skipping {@code offset} (0 or more), as every list of the API pages.
 *
 * @throws InvalidValueException when the limit or the offset is out of range
 */
public record PageRequest(int limit, int offset) {

    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 50;

    public PageRequest {
        InvalidValueException.require(limit >= 1 && limit <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT);
        InvalidValueException.require(offset >= 0, "offset must not be negative");
    }

    /** The page asked for, with the defaults (50 from the start) for what was not given (null). */
    public static PageRequest of(Integer limit, Integer offset) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
