package com.voicepact.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the service tells whoever started it (where it runs, the simulator's address, a first operator key): plain lines
 * on standard output, or, with {@code LOG_FORMAT=json}, log lines like every other, so that the output stays one JSON
 * object per line.
 */
final class StartupNotice {

    private static final Logger LOG = LoggerFactory.getLogger("com.voicepact.startup");

    private StartupNotice() {}

    static void tell(ServiceSettings service, String text) {
        if ("json".equals(service.logFormat())) {
            LOG.info(text);
        } else {
            System.out.println(text);
        }
    }

    /**
     * Why the service does not start: one line on standard error, or, with {@code LOG_FORMAT=json} (read here from the
     * environment: the settings themselves may be what was refused), one ERROR log line, so a log collector keeps it.
     */
    static void refuse(String text) {
        if ("json".equals(LogFormat.chosenBy(System.getenv("LOG_FORMAT")))) {
            LOG.error(text);
        } else {
            System.err.println(text);
        }
    }
}
