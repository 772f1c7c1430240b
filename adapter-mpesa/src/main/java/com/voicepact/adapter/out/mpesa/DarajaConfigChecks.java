package com.voicepact.adapter.out.mpesa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The checks {@link DarajaConfig} makes when built; each failure names the environment variable at fault. */
final class DarajaConfigChecks {

    /** A Paybill, Till or B2C shortcode: 5 to 8 digits. */
    private static final Pattern SHORTCODE = Pattern.compile("\\d{5,8}");

    private DarajaConfigChecks() {}

    /** @throws IllegalArgumentException {@code rule + ", got '<value>'"} when {@code value} is no shortcode */
    static void requireShortcode(String value, String rule) {
        require(value != null && SHORTCODE.matcher(value).matches(), rule + ", got '" + value + "'");
    }

    /** Production needs Safaricom's certificate; when one is named, it must be readable. */
    static void requireCertificate(DarajaEnvironment environment, Path certificatePath) {
        if (certificatePath == null) {
            require(environment == DarajaEnvironment.SANDBOX, "MPESA_CERTIFICATE_PATH is required in production");
            return;
        }
        require(
                Files.isReadable(certificatePath),
                "MPESA_CERTIFICATE_PATH: no readable certificate at " + certificatePath);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
