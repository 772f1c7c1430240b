package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.DeliveryReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AT joins every reply of a session with {@code *}, so a reply is what follows the previous hop's
 * text, not what follows the last {@code *}: a reply that itself holds {@code *} or {@code #} is
 * not a menu choice and re-prompts, at every prompt, and changes nothing.
 */
class UssdRepliesTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final ContractId contract =
            new EscrowScenario(app).activeContractWithLockedPayment().contractId();

    private String hop(String text) {
        return app.ussd.handle(new UssdRequest("R1", "*384*123#", SELLER, "63902", text));
    }

    private static String join(String previous, String reply) {
        return previous.isEmpty() ? reply : previous + "*" + reply;
    }

    /** Walks to a prompt through its replies and answers the screen shown there. */
    private String walkTo(List<String> replies) {
        String text = "";
        String screen = hop(text);
        for (String reply : replies) {
            text = join(text, reply);
            screen = hop(text);
        }
        return screen;
    }

    static Stream<Arguments> everyPromptAndReply() {
        List<List<String>> prompts = List.of(
                List.of(),
                List.of("1"),
                List.of("2"),
                List.of("2", "1"),
                List.of("2", "1", "2"),
                List.of("3"),
                List.of("4"),
                List.of("4", "1"));
        List<String> replies = List.of("2*5", "1*1", "1#", "#", "*", "1*", "*1", "0*0", "98#");
        return prompts.stream().flatMap(p -> replies.stream().map(r -> Arguments.of(p, r)));
    }

    @ParameterizedTest(name = "at {0} the reply {1}")
    @MethodSource("everyPromptAndReply")
    void givenAnyPrompt_whenTheReplyHoldsAStarOrHash_thenTheSamePromptAgainWithAHintAndNothingDone(
            List<String> path, String reply) {
        String prompt = walkTo(path);
        String previous = String.join("*", path);

        String answer = hop(join(previous, reply));

        String title = path.equals(List.of("2", "1", "2")) ? "Enter a number above 0." : "Invalid choice.";
        assertThat(answer).isEqualTo("CON " + title + prompt.substring(prompt.indexOf('\n')));
        assertThat(app.queries.get(contract).fulfilment().delivery()).isEmpty();
        assertThat(app.queries.get(contract).fulfilment().dispute()).isEmpty();
        assertThat(app.languages.languageOf(SELLER)).isEmpty();
    }

    @Test
    void
            givenTheQuantityPrompt_whenTheSellerTypes2Star5_thenNotFiveBagsButAReprompt_andThenTheRealQuantityIsRecorded() {
        assertThat(walkTo(List.of("2", "1", "2"))).startsWith("CON Enter quantity delivered");

        assertThat(hop("2*1*2*2*5")).startsWith("CON Enter a number above 0.");
        assertThat(app.queries.get(contract).fulfilment().delivery()).isEmpty();

        assertThat(hop("2*1*2*2*5*7")).startsWith("END Partial delivery of 7 ");
        DeliveryReport delivery =
                app.queries.get(contract).fulfilment().delivery().orElseThrow();
        assertThat(delivery.partial()).isTrue();
        assertThat(delivery.deliveredQuantity().value()).isEqualByComparingTo(new BigDecimal("7"));
    }
}
