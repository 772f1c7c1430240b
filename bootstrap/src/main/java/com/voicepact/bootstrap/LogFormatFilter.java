package com.voicepact.bootstrap;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets an appender of {@code logback.xml} write only when its format ({@code <format>}) is the one {@code LOG_FORMAT}
 * ({@code <chosen>}, as logback substitutes it) chose, by {@link LogFormat}'s rule. Both appenders stay referenced, so logback has nothing to warn about at start: its
 * status dump (about 30 lines of plain text) would break "one JSON object per line".
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {

    private String format = "plain";
    private String chosen = "plain";
    private boolean active;

    /** Set by logback from the {@code <format>} element: the format this appender writes. */
    public void setFormat(String format) {
        this.format = format;
    }

    /** Set by logback from the {@code <chosen>} element: the value of {@code LOG_FORMAT}, possibly empty. */
    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    @Override
    public void start() {
        active = LogFormat.chosenBy(chosen).equals(format);
        super.start();
    }

    @Override
    public FilterReply decide(ILoggingEvent event) {
        return active ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
}
