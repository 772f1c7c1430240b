package com.voicepact.application.operations.port.out;

/**
 * Reads the {@link BusinessFigures} from the stored data (a few aggregate queries, no rows loaded).
 * What a metrics scrape shows; the caller caches it, since every node reads the same shared data.
 */
public interface BusinessFiguresPort {

    /** The figures now, read in one unit of work so the families agree with each other. */
    BusinessFigures read();
}
