package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/configuration.md lists exactly the variables the settings tree reads ({@link Variable}), with their defaults and units. */
class ConfigurationTableTest {

    private static final Path DOCS = Path.of("..", "docs", "configuration.md");

    @Test
    void givenTheDocumentedTable_whenComparedWithTheCatalogue_thenEqual() throws IOException {
        assertThat(ConfigurationTable.problems(Files.readString(DOCS), EnumSet.allOf(Variable.class)))
                .isEmpty();
    }

    @Test
    void givenTheReadme_whenRead_thenItPointsToTheOneTableRatherThanKeepingASecond() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(readme)
                .contains("docs/configuration.md")
                .doesNotContain(ConfigurationTable.HEADER)
                .doesNotContain("| variable | default | meaning |");
    }

    /** The check is shown failing: a deliberately wrong table against four catalogued variables. */
    @Test
    void givenAWrongTable_whenCompared_thenEveryDifferenceIsNamed() {
        String wrong = """
                # Configuration
                | variable | default | unit | meaning |
                |---|---|---|---|
                | `ESCROW_TIMEOUT` | `604800` | ISO-8601 duration | the unit says ISO, the code reads seconds |
                | `PAYMENT_RETRY_DELAY` | `600` | seconds | the code's default is 300 |
                | `NOT_IN_THE_CODE` | absent | text | documented, never read |

                | `VOICEPACT_CHECKOUT_WINDOW` | `PT5M` | ISO-8601 duration | cut off from the table by the blank line above |
                """;
        List<Variable> catalogue = List.of(
                Variable.ESCROW_TIMEOUT,
                Variable.PAYMENT_RETRY_DELAY,
                Variable.VOICEPACT_CHECKOUT_WINDOW,
                Variable.PAYMENT_PROVIDER);

        assertThat(ConfigurationTable.problems(wrong, catalogue))
                .containsExactlyInAnyOrder(
                        "line 8: a variable row outside the table (a blank line splits it?)",
                        "ESCROW_TIMEOUT: unit is 'ISO-8601 duration' in the table, 'seconds' in the code",
                        "PAYMENT_RETRY_DELAY: default is '`600`' in the table, the code's is `300`",
                        "VOICEPACT_CHECKOUT_WINDOW: read by the code, missing from the table",
                        "PAYMENT_PROVIDER: read by the code, missing from the table",
                        "NOT_IN_THE_CODE: in the table, not read by the code");
    }

    @Test
    void givenNoTableAtAll_whenCompared_thenThatIsTheProblem() {
        assertThat(ConfigurationTable.problems("| variable | default | meaning |\n|---|---|---|\n", List.of()))
                .containsExactly("no table headed " + ConfigurationTable.HEADER);
    }
}
