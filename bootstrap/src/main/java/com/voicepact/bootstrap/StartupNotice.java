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
}
