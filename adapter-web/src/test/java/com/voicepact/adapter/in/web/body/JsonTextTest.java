package com.voicepact.adapter.in.web.body;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTextTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("{\"a\": 1}", false),
                Arguments.of("  {\"a\": [1, {\"b\": \"}]{\"}]} \r\n\t", false),
                Arguments.of("\uFEFF{\"a\": 1}", false),
                Arguments.of("{\"a\": \"\\\" } x\"}", false),
                Arguments.of("[1, 2]", false),
                Arguments.of("\"text\"", false),
                Arguments.of("42", false),
                Arguments.of("{\"a\": 1", false),
                Arguments.of("{\"a\": \"unclosed", false),
                Arguments.of("{\"a\": 1} xyz", true),
                Arguments.of("{\"a\": 1}{\"a\": 2}", true),
                Arguments.of("{\"a\": 1}}", true),
                Arguments.of("[1] [2]", true),
                Arguments.of("\"a\" \"b\"", true),
                Arguments.of("42 43", true),
                Arguments.of("true false", true));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @MethodSource("texts")
    void givenATextHoldingJson_whenChecked_thenOnlyContentAfterTheFirstValueCounts(String text, boolean more) {
        assertThat(JsonText.hasMoreAfterFirstValue(text)).isEqualTo(more);
    }

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("{\"a\": 1, \"b\": 2}", null),
                Arguments.of("{\"a\": 1, \"a\": 2}", "a"),
                Arguments.of("{\"a\": 1, \"\\u0061\": 2}", "a"),
                Arguments.of("{\"a\": {\"a\": 1}, \"b\": [{\"a\": 1}, {\"a\": 2}]}", null),
                Arguments.of("{\"a\": [\"a\", \"a\"]}", null),
                Arguments.of("{\"a\": \"b\", \"b\": \"a\"}", null),
                Arguments.of("{\"t\": {\"p\": 1, \"x\": {}, \"p\": 2}}", "p"),
                Arguments.of("[{\"a\": 1, \"a\": 1}]", "a"));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @MethodSource("keys")
    void givenAnObject_whenChecked_thenAKeyRepeatedInTheSameObjectIsFound(String text, String repeated) {
        assertThat(JsonText.repeatedKey(text)).isEqualTo(repeated);
    }
}
